#!/usr/bin/env bash
# Every benchmark, numbers printed: the in-process ones (view + layout, step write, PIN hash,
# export/import of a district-sized file), then the whole-process ones (first window,
# memory, binary size, GCompris beside Tuntun when installed).
#   benches/run.sh            (about 5 minutes after the release build)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo bench --bench view --bench store --bench pin --bench mentor --bench sync
benches/startup.sh "${1:-10}"
