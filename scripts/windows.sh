#!/usr/bin/env bash
# Builds Tuntun for Windows 10/11 (x64) on this Linux machine:
#   target/x86_64-pc-windows-gnu/release/tuntun.exe      the window (a GUI program)
#   target/x86_64-pc-windows-gnu/release/tuntun-cli.exe  the commands (a console program)
#   target/windows/tuntun-<version>-setup.exe            the installer (NSIS)
# Extra arguments go to cargo (e.g. --features gpu). Installs what it needs when missing
# (as root): the rustup target, Debian's gcc-mingw-w64-x86-64, nsis and librsvg2-bin.
set -euo pipefail
cd "$(dirname "$0")/.."
target=x86_64-pc-windows-gnu

need=()
command -v x86_64-w64-mingw32-gcc >/dev/null || need+=(gcc-mingw-w64-x86-64)
command -v makensis >/dev/null || need+=(nsis)
command -v rsvg-convert >/dev/null || need+=(librsvg2-bin)
if ((${#need[@]})); then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
rustup target list --installed | grep -qx "$target" || rustup target add "$target"

cargo build --release --locked --target "$target" "$@"

version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
bin=target/$target/release
out=target/windows
stage=$out/stage
rm -rf "$stage"
mkdir -p "$stage"
cp "$bin/tuntun.exe" "$bin/tuntun-cli.exe" "$stage/"
python3 scripts/ico.py assets/icons/tuntun.svg "$stage/tuntun.ico"
# Windows line ends, so Notepad shows them well.
sed 's/$/\r/' README.md >"$stage/README.txt"
sed 's/$/\r/' LICENSE >"$stage/LICENSE.txt"
setup=$(realpath "$out")/tuntun-$version-setup.exe
makensis -V2 -DVERSION="$version" -DSRCDIR="$(realpath "$stage")" -DOUTFILE="$setup" \
  packaging/windows/tuntun.nsi
for f in "$bin/tuntun.exe" "$bin/tuntun-cli.exe" "$setup"; do
  printf '%-60s %6.1f MB\n' "$f" "$(echo "$(stat -c %s "$f") / 1048576" | bc -l)"
done
