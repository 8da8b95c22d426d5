//! Fuzzes the reader of progress export files (`tuntun export` / `tuntun import`): the file
//! comes from a USB stick, so every byte is untrusted.
//!
//! `tuntun::store::exchange::check` reads and verifies the whole file (header, every JSON
//! line, the value rules, counts, SHA-256 and the ed25519 signature) without touching a
//! database. It must never panic: every bad file has to come back as an `ImportError`.
//!
//! Input: the first byte chooses the mode. `0`: the rest is taken as the lines of a file that
//! is then sealed and signed with a fixed key (`exchange::seal`), so the fuzzer reaches the
//! JSON lines and the value rules behind the signature. Anything else: the whole input is
//! the file, as it would arrive on a stick (header, signature and limits).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let file;
    let input = match data.split_first() {
        Some((0, body)) => {
            file = tuntun::store::exchange::seal(body, &[7; 32]);
            &file[..]
        }
        _ => data,
    };
    let result = tuntun::store::exchange::check(&mut &input[..]);
    // The error message is what the person at the laptop sees; format it too.
    if let Err(e) = &result {
        std::hint::black_box(e.to_string());
    }
    std::hint::black_box(result.is_ok());
});
