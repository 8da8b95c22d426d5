#!/usr/bin/env bash
# Regenerates the README's screenshots from the release build, on a virtual screen.
#   scripts/screenshots.sh            (needs: Xvfb, xdotool, imagemagick — installed if missing)
# Each picture is taken at 1366×768, the commonest laptop screen in the offices.
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/screenshots
mkdir -p "$out"
if ! command -v Xvfb >/dev/null || ! command -v xdotool >/dev/null || ! command -v import >/dev/null || ! command -v openbox >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xvfb xdotool imagemagick openbox >/dev/null
fi
cargo build --release --quiet
bin=target/release/tuntun

n=140; while [[ -e /tmp/.X11-unix/X$n ]]; do n=$((n+1)); done
export DISPLAY=:$n XDG_RUNTIME_DIR=$(mktemp -d) ICED_BACKEND=tiny-skia
Xvfb "$DISPLAY" -screen 0 1366x768x24 >/dev/null 2>&1 & xvfb=$!
sleep 1
openbox >/dev/null 2>&1 & wm=$!   # a window manager, so the window opens maximised as on a laptop
trap 'kill $wm $xvfb 2>/dev/null' EXIT
sleep 0.5
data=$(mktemp -d)

start() { "$bin" --data-dir "$data" "$@" >/dev/null 2>&1 & app=$!; for _ in $(seq 100); do xdotool search --name '^Tuntun$' >/dev/null 2>&1 && break; sleep 0.1; done; sleep 1.5; }
stop() { kill "$app" 2>/dev/null; wait "$app" 2>/dev/null || true; }
shot() { import -window root "$out/$1.png"; echo "$out/$1.png"; }
click() { xdotool mousemove "$1" "$2" click 1; sleep 0.7; }
# Click the centre of the first on-screen text that a test id names is not possible from X,
# so the coordinates below follow the fixed layout at 1366×768.

start
shot 01-new-learner
xdotool type --delay 30 "Siti Rahmawati"   # the name box has the focus
xdotool key Return; sleep 1.2
shot 02-home
stop

start
click 680 202     # the learner's tile
click 1138 192    # Lanjutkan
shot 03-lesson-read
click 1270 724    # Lanjut
click 900 420     # a wrong box, to show the gentle feedback
click 245 724     # Petunjuk
shot 04-lesson-practice
stop
