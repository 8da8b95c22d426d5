#!/usr/bin/env bash
# Whole-process figures, printed as a table:  benches/startup.sh [RUNS]
#
# - cold start to the first window on screen (the sign-in screen of a class of 30), release
#   build, with the software renderer (tiny-skia, the default) and with the GPU one (wgpu;
#   on this machine's Xvfb that is Mesa's llvmpipe); median of RUNS (default 10) starts;
# - resident memory (VmRSS) 3 s after start, and after walking through the attachment lesson
#   of the Email module (open, reply, attach a file: the heaviest view);
# - the release binary's size;
# - GCompris (gcompris-qt from Debian) measured the same way, when it is installed
#   (apt-get install gcompris-qt).
# "First window on screen" is when the window manager shows a mapped window: iced draws its
# first frame then. Needs Xvfb, xdotool, openbox (installed if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
if ! command -v Xvfb >/dev/null || ! command -v xdotool >/dev/null || ! command -v openbox >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xvfb xdotool openbox >/dev/null
fi
# TUNTUN_BIN: a release binary built already; NO_GPU=1: leave out the GPU row (its build
# is a second whole release build).
if [[ -n ${TUNTUN_BIN:-} ]]; then bin=$TUNTUN_BIN; else cargo build --release --quiet; bin=target/release/tuntun; fi
# The GPU renderer is an opt-in feature: a second binary with it, in its own target folder.
if [[ -z ${NO_GPU:-} ]]; then
  cargo build --release --quiet --features gpu --target-dir target/gpu
  gpu_bin=target/gpu/release/tuntun
fi

n=170; while [[ -e /tmp/.X11-unix/X$n ]]; do n=$((n+1)); done
export DISPLAY=:$n XDG_RUNTIME_DIR=$(mktemp -d)
Xvfb "$DISPLAY" -screen 0 1366x768x24 >/dev/null 2>&1 & xvfb=$!
sleep 1
openbox >/dev/null 2>&1 & wm=$!
trap 'kill $wm $xvfb 2>/dev/null' EXIT
sleep 0.5

data=$(mktemp -d)
"$bin" --data-dir "$data" demo-class >/dev/null

rss() { awk '/VmRSS/ {print int($2/1024)}' "/proc/$1/status" 2>/dev/null || echo "?"; }

# Starts a command, prints "<seconds to first visible window> <RSS MB after 3 s>", stops it.
measure() {
  local t0 pid shown=none
  t0=$(date +%s.%N)
  "$@" >/dev/null 2>&1 & pid=$!
  for _ in $(seq 3000); do
    if xdotool search --onlyvisible --pid "$pid" >/dev/null 2>&1; then
      shown=$(echo "$(date +%s.%N) - $t0" | bc); break
    fi
    sleep 0.005
  done
  sleep 3
  echo "$shown $(rss "$pid")"
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

row() { # label, then the command
  local label=$1; shift
  local times=() mems=()
  for _ in $(seq "$runs"); do
    read -r t m < <(measure "$@")
    times+=("$t"); mems+=("$m")
  done
  printf '%-34s first window %6.3f s (median of %d)   resident %4s MB\n' "$label" \
    "$(printf '%s\n' "${times[@]}" | median)" "$runs" "$(printf '%s\n' "${mems[@]}" | median)"
}

row "Tuntun, tiny-skia (default)" env ICED_BACKEND=tiny-skia "$bin" --data-dir "$data"
if [[ -z ${NO_GPU:-} ]]; then
  row "Tuntun, wgpu (--features gpu)" env ICED_BACKEND=wgpu "$gpu_bin" --data-dir "$data"
fi

# Memory after a lesson walk: the webmail with a reply and an attachment.
ICED_BACKEND=tiny-skia "$bin" --data-dir "$data" >/dev/null 2>&1 & app=$!
for _ in $(seq 300); do xdotool search --onlyvisible --pid "$app" >/dev/null 2>&1 && break; sleep 0.02; done
sleep 1.5
click() { xdotool mousemove "$1" "$2" click 1; sleep 0.5; }
click 339 293                         # the first learner's tile
# Email 5 (Melampirkan file): from "Lanjutkan", which has the focus, Tab goes through the
# lessons in course order (as scripts/screenshots.sh does); then the reply and the file.
n=0; found=
for m in $(for f in assets/lessons/*/module.toml; do echo "$(sed -n 's/^order = //p' "$f") $(basename "$(dirname "$f")")"; done | sort -n | cut -d' ' -f2); do
  for l in assets/lessons/"$m"/[0-9]*.toml; do
    n=$((n+1)); [[ $m/$(basename "$l" .toml) == email/05-lampiran ]] && { found=$n; break 2; }
  done
done
for _ in $(seq "$found"); do xdotool key Tab; sleep 0.05; done
xdotool key Return; sleep 1; xdotool key Return; sleep 0.7
for xy in "985 305" "1180 722" "808 248" "1180 722" "873 248" "1180 722" "1180 722" "1080 426" "1227 597"; do
  click $xy
done
sleep 1
printf '%-34s resident %s MB\n' "Tuntun after a webmail lesson" "$(rss "$app")"
kill "$app"; wait "$app" 2>/dev/null || true

gcompris=$(command -v gcompris-qt || ls /usr/games/gcompris-qt 2>/dev/null || true)
if [[ -n $gcompris ]]; then
  row "GCompris $(dpkg-query -W -f '${Version}' gcompris-qt 2>/dev/null)" "$gcompris"
else
  echo "GCompris: not installed (apt-get install gcompris-qt to compare)"
fi
cp "$bin" "$data/size" && strip "$data/size" 2>/dev/null || true
printf 'release binary: %s MB (%s MB stripped)\n' \
  "$(( $(stat -c %s "$bin") / 1048576 ))" "$(( $(stat -c %s "$data/size") / 1048576 ))"
rm -rf "$data"
