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

type() { xdotool type --delay 30 "$1"; sleep 0.5; }
wheel() { xdotool mousemove "$1" "$2"; for _ in $(seq "$3"); do xdotool click 5; sleep 0.05; done; sleep 0.6; }
wheelup() { xdotool mousemove "$1" "$2"; for _ in $(seq "$3"); do xdotool click 4; sleep 0.05; done; sleep 0.6; }

# First start: the mentor account (skipped here, as on a personal laptop).
start
shot 00-first-start
click 1050 593        # Lewati
shot 01-new-learner
type "Budi Santoso"  # the name box has the focus
xdotool key Return; sleep 1.2
shot 02-home
stop

# A Dasar practice step with the gentle feedback.
start
click 339 222       # the learner's tile
click 1138 192      # Lanjutkan
shot 03-lesson-read
click 1270 724      # Lanjut
click 900 420       # a wrong box, to show the gentle feedback
click 375 724       # Petunjuk (after the wider "Langkah sebelumnya")
shot 04-lesson-practice
stop

# The webmail: the inbox of the scam lesson, then the attachment lesson.
start
click 339 222
wheel 680 500 8     # down to the Email module
click 680 517       # 8. Mengenali penipuan
click 1270 724      # Lanjut
shot 05-email-inbox
stop
start
click 339 222
wheel 680 500 8
click 680 339       # 5. Melampirkan file
click 1270 724      # Lanjut
click 985 305       # the Sekretaris's message
click 1270 724
click 808 248       # Balas
click 1270 724
click 873 248       # Lampirkan File
click 1270 724
click 1080 426      # Laporan-Bulanan-Mei-2025.pdf
click 1227 597      # Lampirkan
shot 06-email-compose
click 1270 724      # Lanjut
click 990 600       # the message box
type "laporan bulanan terlampir"
click 720 248       # Kirim, without a greeting: the lesson explains
shot 07-email-feedback
# The text sizes: "Tampilan" on the home screen, then the same webmail step larger.
click 1256 67       # Ke Beranda
click 793 80        # Tampilan
click 1056 259      # Sangat Besar
shot 10-display-largest
click 1198 672      # Selesai (where it is at that size)
click 1178 306      # Lanjutkan: back to the message
shot 11-email-largest
click 1223 81       # Ke Beranda
click 729 128       # Tampilan
click 683 389       # Lebih Besar
xdotool key Escape; sleep 0.5   # Esc closes the panel
click 1158 249      # Lanjutkan
shot 12-email-larger
stop

# The word processor and its Save As dialog (Dokumen 3), on a fresh laptop at the default size.
data=$(mktemp -d)
start
click 1050 593        # Lewati
type "Budi Santoso"; xdotool key Return; sleep 1.2
wheel 680 500 25
wheelup 680 500 2
click 680 460       # Dokumen 3. Menyimpan dengan nama yang jelas
click 1270 724
click 1270 724
click 682 366       # the quiz: the clear file name
click 1270 724
shot 13-dokumen-editor
click 627 211       # Simpan Sebagai
click 1270 724
click 620 407       # the folder Surat Keluar 2025
shot 14-dokumen-save-as
stop

# The pretend phone (Presensi 5): Riwayat, a forgotten check-out's cut, the map, the confirmation.
start
click 339 222
wheel 680 500 14
click 680 309       # Presensi 5. Presensi Pulang
click 1270 724
click 682 576       # Riwayat
shot 15-presensi-riwayat
click 1270 724
click 682 600       # 03-06-2025, no check-out
shot 16-presensi-cut
click 1270 724
click 1270 724
click 802 217       # the phone's Kembali: the list
click 802 217       # and home
click 682 512       # Presensi Pulang
shot 17-presensi-map
click 1270 724
click 682 600       # the map's Lanjut
click 1270 724
click 1115 369      # Lepas masker (beside the phone)
click 1270 724
click 682 558       # Ambil Foto
shot 18-presensi-confirm
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
