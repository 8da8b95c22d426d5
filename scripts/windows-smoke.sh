#!/usr/bin/env bash
# Smoke test of the Windows build under Wine (run scripts/windows.sh first):
#   --version, check-content, a progress round trip (drill, export, import into another
#   folder), the window opening (Xvfb), a silent install (also with /KIOSK) followed by
#   running the installed programs, and a silent uninstall that keeps progress.
# Installs wine64, xvfb, xdotool when missing (as root). Exits non-zero on the first failure.
#
# Debian's Wine 8 lacks ProcessPrng (bcryptprimitives.dll), which Rust's standard library
# needs and Windows 10/11 have: a test-only stand-in (packaging/windows/test-only) is built
# with mingw and put beside the exe here. It is never part of the installer.
set -euo pipefail
cd "$(dirname "$0")/.."
target=x86_64-pc-windows-gnu
bin=$(realpath target/$target/release)
setup=$(ls target/windows/tuntun-*-setup.exe | head -1)

need=()
command -v wine >/dev/null || need+=(wine wine64)
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xdotool >/dev/null || need+=(xdotool)
command -v x86_64-w64-mingw32-gcc >/dev/null || need+=(gcc-mingw-w64-x86-64)
if ((${#need[@]})); then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

work=$(mktemp -d)
export WINEPREFIX=$work/prefix WINEDEBUG=-all WINEDLLOVERRIDES="bcryptprimitives=n,b;mscoree=;mshtml="
n=230; while [[ -e /tmp/.X11-unix/X$n || -e /tmp/.X$n-lock ]]; do n=$((n+1)); done
export DISPLAY=:$n
Xvfb "$DISPLAY" -screen 0 1366x768x24 >/dev/null 2>&1 & xvfb=$!
cleanup() { wineserver -k 2>/dev/null || true; kill "$xvfb" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
sleep 1
wineboot -i >/dev/null 2>&1 || true

stand_in=$work/bcryptprimitives.dll
x86_64-w64-mingw32-gcc -O2 -shared -o "$stand_in" packaging/windows/test-only/bcryptprimitives.c \
  -Wl,--kill-at -ladvapi32
app=$work/app
mkdir -p "$app"
cp "$bin/tuntun.exe" "$bin/tuntun-cli.exe" "$stand_in" "$app/"

ok() { printf 'ok   %s\n' "$*"; }
fail() { printf 'FAIL %s\n' "$*"; exit 1; }
cli() { wine "$app/tuntun-cli.exe" "$@" 2>&1 | tr -d '\r'; }
win() { winepath -w "$1" 2>/dev/null | tr -d '\r'; }

v=$(cli --version); [[ $v == tuntun* ]] || fail "--version printed: $v"; ok "--version: $v"
c=$(cli check-content); [[ $c == ok:* ]] || fail "check-content: $c"; ok "check-content: ${c##*$'\n'}"

a=$work/a; b=$work/b; mkdir -p "$a" "$b"
written=$(cli --data-dir "$(win "$a")" drill --steps 16 | grep -c '^written ' || true)
[[ $written -ge 32 ]] || fail "drill wrote $written events"; ok "drill: $written events written"
cli --data-dir "$(win "$a")" export --all --out "$(win "$work/class.tuntun")" >/dev/null
[[ -s $work/class.tuntun ]] || fail "export wrote no file"; ok "export: $(stat -c %s "$work/class.tuntun") bytes"
i=$(cli --data-dir "$(win "$b")" import "$(win "$work/class.tuntun")")
[[ $i == *"new here: 1 learner(s), "* && $i == *"first file from the laptop"* ]] || fail "import: $i"
ok "import into another folder: ${i##*: }"
l=$(cli --data-dir "$(win "$b")" learners)
[[ $l == *Drill* ]] || fail "learners: $l"; ok "learners after import: $(echo "$l" | wc -l)"
ls "$a/backups"/tuntun-*.sqlite3 >/dev/null || fail "no backup in $a/backups"; ok "backups: $(ls "$a/backups" | wc -l)"

# The window: a GUI program, found on the screen by its title.
wine "$app/tuntun.exe" --data-dir "$(win "$work/gui")" >/dev/null 2>&1 & gui=$!
found=no
for _ in $(seq 300); do
  if xdotool search --name '^Tuntun$' >/dev/null 2>&1; then found=yes; break; fi
  sleep 0.2
done
[[ $found == yes ]] || fail "no window titled Tuntun within 60 s"
for _ in $(seq 50); do [[ -e $work/gui/tuntun.sqlite3 ]] && break; sleep 0.2; done
[[ -e $work/gui/tuntun.sqlite3 ]] || fail "the window did not create its progress file"
ok "the window opens and creates its progress file"
kill "$gui" 2>/dev/null || true; wineserver -k 2>/dev/null || true; sleep 1

# Silent install, the installed programs, a kiosk install, and an uninstall that keeps progress.
wine "$setup" /S || fail "silent install"
pf=$WINEPREFIX/drive_c/Program\ Files/Tuntun
[[ -f $pf/tuntun.exe && -f $pf/tuntun-cli.exe && -f $pf/uninstall.exe ]] || fail "not installed in Program Files"
[[ ! -e $pf/bcryptprimitives.dll ]] || fail "the test-only stand-in was installed"
menu=$WINEPREFIX/drive_c/ProgramData/Microsoft/Windows/Start\ Menu/Programs/Tuntun/Tuntun.lnk
[[ -f $menu ]] || fail "no Start-menu entry"
ok "silent install into Program Files with a Start-menu entry"
cp "$stand_in" "$pf/"   # test only, as above
v2=$(wine "$pf/tuntun-cli.exe" --version 2>&1 | tr -d '\r')
[[ $v2 == "$v" ]] || fail "installed tuntun-cli --version: $v2"; ok "installed tuntun-cli runs: $v2"
rm "$pf/bcryptprimitives.dll"
wine "$setup" /S /KIOSK || fail "silent kiosk install"
startup=$WINEPREFIX/drive_c/ProgramData/Microsoft/Windows/Start\ Menu/Programs/StartUp/Tuntun\ \(kiosk\).lnk
shared=$WINEPREFIX/drive_c/ProgramData/Tuntun/data
[[ -f $startup ]] || fail "no kiosk start-up entry"
[[ -d $shared ]] || fail "no shared data folder"
ok "/KIOSK: starts at sign-in with progress in C:\\ProgramData\\Tuntun\\data"
cp "$stand_in" "$pf/"
wine "$pf/tuntun-cli.exe" --data-dir 'C:\ProgramData\Tuntun\data' drill --steps 2 >/dev/null 2>&1
rm "$pf/bcryptprimitives.dll"
[[ -f $shared/tuntun.sqlite3 ]] || fail "no progress in the shared folder"
wine "$pf/uninstall.exe" /S || fail "silent uninstall"
# The uninstaller finishes in a copy of itself after `wine` returns: wait for its last step.
for _ in $(seq 100); do [[ -e $pf/tuntun.exe || -e $startup || -e $menu ]] || break; sleep 0.2; done
[[ ! -e $pf/tuntun.exe ]] || fail "uninstall left tuntun.exe"
[[ ! -e $startup ]] || fail "uninstall left the start-up entry"
[[ ! -e $menu ]] || fail "uninstall left the Start-menu entry"
[[ -f $shared/tuntun.sqlite3 ]] || fail "uninstall deleted progress"
ok "silent uninstall removes the program and keeps progress"
echo "windows smoke test: all ok"
