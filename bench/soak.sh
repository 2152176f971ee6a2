#!/usr/bin/env bash
# A full day of patients on one kiosk (tests/soak_kiosk.rs at full length): 100 random sessions,
# 50,000 events, each session ended by the idle reset; prints the memory, open files and child
# processes after the first and the last reset. Usage: bench/soak.sh [SESSIONS] [EVENTS]
set -euo pipefail
cd "$(dirname "$0")/.."
SOAK_SESSIONS=${1:-100} SOAK_EVENTS=${2:-50000} \
    cargo test --release --quiet --test soak_kiosk -- --nocapture 2>&1 | grep -E "soak:|test result|panicked|grew|left behind"
