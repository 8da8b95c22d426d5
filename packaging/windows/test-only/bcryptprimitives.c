/* TEST ONLY — never shipped. Debian's Wine 8 lacks ProcessPrng (bcryptprimitives.dll),
 * which Rust's standard library calls for randomness and which Windows 10 and 11 have.
 * scripts/windows-smoke.sh builds this stand-in with mingw and puts it beside the exe under
 * Wine, with WINEDLLOVERRIDES=bcryptprimitives=n. It fills the buffer from
 * SystemFunction036 (RtlGenRandom), which Wine has. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
