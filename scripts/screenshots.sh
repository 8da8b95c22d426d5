#!/usr/bin/env bash
# Regenerates the README's screenshots from the release build, on a virtual screen.
#   scripts/screenshots.sh            (needs: Xvfb, xdotool, imagemagick — installed if missing)
# Each picture is taken at 1366×768, the commonest laptop screen in the offices.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${SHOTS_OUT:-docs/screenshots}   # SHOTS_OUT: elsewhere, to check a run first
mkdir -p "$out"
if ! command -v Xvfb >/dev/null || ! command -v xdotool >/dev/null || ! command -v import >/dev/null || ! command -v openbox >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xvfb xdotool imagemagick openbox >/dev/null
fi
# TUNTUN_BIN: a release binary built already (else this builds one).
if [[ -n ${TUNTUN_BIN:-} ]]; then bin=$TUNTUN_BIN; else cargo build --release --quiet; bin=target/release/tuntun; fi

n=140; while [[ -e /tmp/.X11-unix/X$n ]]; do n=$((n+1)); done
export DISPLAY=:$n XDG_RUNTIME_DIR=$(mktemp -d) ICED_BACKEND=tiny-skia
Xvfb "$DISPLAY" -screen 0 1366x768x24 >/dev/null 2>&1 & xvfb=$!
sleep 1
openbox >/dev/null 2>&1 & wm=$!   # a window manager, so the window opens maximised as on a laptop
trap 'kill $wm $xvfb 2>/dev/null' EXIT
sleep 0.5
data=$(mktemp -d)

# Started when the window is maximised: Tuntun asks for that once its data is loaded (a
# busy machine can take seconds; keys typed before then are lost).
start() {
  "$bin" --data-dir "$data" "$@" >/dev/null 2>&1 & app=$!
  local w
  for _ in $(seq 300); do
    w=$(xdotool search --name '^Tuntun$' 2>/dev/null | head -1 || true)
    [[ -n $w && $(xdotool getwindowgeometry "$w" 2>/dev/null | sed -n 's/.*Geometry: \([0-9]*\)x.*/\1/p') == 1366 ]] && break
    sleep 0.1
  done
  sleep 2
}
stop() { kill "$app" 2>/dev/null; wait "$app" 2>/dev/null || true; }
shot() { import -window root "$out/$1.png"; echo "$out/$1.png"; }
click() { xdotool mousemove "$1" "$2" click 1; sleep 0.7; }
key() { xdotool key "$@"; sleep 0.7; }
type() { xdotool type --delay 30 "$1"; sleep 0.5; }
wheel() { xdotool mousemove "$1" "$2"; for _ in $(seq "$3"); do xdotool click 5; sleep 0.05; done; sleep 0.6; }
# A click on the empty page beside the lesson's text: it takes the keyboard's ring away
# (the ring is for keyboard users; these pictures show what a mouse user sees).
calm() { click 200 640; }

# Getting to a lesson does not depend on where things are drawn: a screen opens with the
# keyboard focus on its main action, so on a new learner's home Tab goes from "Lanjutkan"
# through the lessons in course order (modules by `order`, lessons by file name) and
# Return opens the one wanted. Only clicks inside a practice tool use coordinates, which
# follow the layout at 1366×768 and the default text size (checked by looking at each
# picture after a run).
lesson_tabs() {
  local n=0 m l
  for m in $(for f in assets/lessons/*/module.toml; do echo "$(sed -n 's/^order = //p' "$f") $(basename "$(dirname "$f")")"; done | sort -n | cut -d' ' -f2); do
    for l in assets/lessons/"$m"/[0-9]*.toml; do
      n=$((n+1))
      if [[ $m == "$1" && $(basename "$l" .toml) == "$2" ]]; then echo "$n"; return; fi
    done
  done
  echo "screenshots.sh: no lesson $1/$2" >&2; return 1
}
open_lesson() {
  local n; n=$(lesson_tabs "$1" "$2") || exit 1
  for _ in $(seq "$n"); do xdotool key Tab; sleep 0.05; done
  key Return; sleep 0.5
}
# The one learner's tile on the sign-in screen.
sign_in() { click 339 222; sleep 0.5; }
# First start on a laptop: Lewati (the mentor account is skipped, as on a personal laptop),
# reached with Tab from the name box (name, PIN, Ulangi PIN, Simpan, Lewati).
skip_mentor() { xdotool key Tab Tab Tab Tab; sleep 0.3; key Return; }
next() { click 1180 722; }   # "Langkah berikutnya", bottom right of every lesson step
leave() { click 1246 67; }   # "Berhenti dulu", top right (at the default text size)

# First start: the mentor account (skipped here, as on a personal laptop).
start
shot 00-first-start
skip_mentor
shot 01-new-learner
type "Budi Santoso"  # the name box has the focus
key Return; sleep 0.5
shot 02-home
stop

# A Dasar practice step with the gentle feedback.
start
sign_in
key Return          # Lanjutkan
shot 03-lesson-read
next
click 900 420       # a wrong box, to show the gentle feedback
click 385 722       # Petunjuk
shot 04-lesson-practice
stop

# The webmail: the inbox of the scam lesson, then the attachment lesson.
start
sign_in
open_lesson email 08-penipuan
key Return          # past the reading step
calm
shot 05-email-inbox
stop
start
sign_in
open_lesson email 05-lampiran
key Return
click 985 305       # the Sekretaris's message
next
click 808 248       # Balas
next
click 873 248       # Lampirkan File
next                # a reading step: the end of a file's name
next
click 1080 426      # Laporan-Bulanan-Mei-2025.pdf
click 1227 597      # Lampirkan
calm
shot 06-email-compose
next                # the step that asks for the message text
# The text sizes: "Tampilan" on the home screen, then the same webmail step larger.
leave
click 793 80        # Tampilan
click 1056 259      # Sangat Besar
shot 10-display-largest
click 1198 672      # Selesai (where it is at that size)
click 1178 306      # Lanjutkan: back to the message
calm
shot 11-email-largest
click 1210 80       # Berhenti dulu (at that size)
click 729 128       # Tampilan
click 683 389       # Lebih Besar
key Escape          # Esc closes the panel
key Return          # Lanjutkan has the focus
calm
shot 12-email-larger
stop
# The same reply sent without a greeting, by a learner at the default size.
data=$(mktemp -d)
start
skip_mentor
type "Siti Rahmawati"; key Return; sleep 0.5
open_lesson email 05-lampiran
key Return
click 985 305       # the Sekretaris's message
next
click 808 248       # Balas
next
click 873 248       # Lampirkan File
next
next
click 1080 426      # Laporan-Bulanan-Mei-2025.pdf
click 1227 597      # Lampirkan
next
type "laporan bulanan terlampir"   # the message box has the focus
click 720 248       # Kirim, without a greeting: the lesson explains
calm
shot 07-email-feedback
stop

# The word processor and its Save As dialog (Dokumen 3), on a fresh laptop at the default size.
data=$(mktemp -d)
start
skip_mentor
type "Budi Santoso"; key Return; sleep 0.5
open_lesson dokumen 03-simpan
next
next
click 682 366       # the quiz: the clear file name
next
shot 13-dokumen-editor
click 627 211       # Simpan Sebagai
next
click 620 407       # the folder Surat Keluar 2025
shot 14-dokumen-save-as
stop

# The pretend phone (Presensi 5): Riwayat and a forgotten check-out's cut.
start
sign_in
open_lesson presensi 05-presensi-pulang
next
click 682 576       # Riwayat
shot 15-presensi-riwayat
next
click 682 600       # 03-06-2025, no check-out
shot 16-presensi-cut
stop

# Presensi 2: the map with the office's radius, then the check before sending.
start
sign_in
open_lesson presensi 02-presensi-masuk
next
click 682 421       # Presensi Masuk
next
click 682 440       # Izinkan (the location)
next
calm
shot 17-presensi-map
click 682 600       # the map's Lanjut
next
click 682 558       # Ambil Foto
next
calm
shot 18-presensi-confirm
stop

# e-Kinerja: MyASN's sign-in on the laptop beside the phone's authenticator (Kinerja 3).
start
sign_in
open_lesson kinerja 03-kode
key Return
calm
shot 20-kinerja-sign-in
stop

# SRIKANDI: the home page with its counted boxes, then an incoming letter (SRIKANDI 2).
start
sign_in
open_lesson srikandi 02-naskah-masuk
key Return
calm
shot 21-srikandi-home
stop

# A class of 30 on the shared laptop: tiles, search, the PIN pad.
data=$(mktemp -d)
"$bin" --data-dir "$data" demo-class >/dev/null
start
shot 08-class-of-30
type "sit"
shot 09-class-search
click 970 71        # Kelas (no mentor PIN on a laptop set up without a mentor)
shot 19-class-overview
stop
