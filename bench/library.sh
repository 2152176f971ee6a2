#!/usr/bin/env bash
# A library of 1,000 guides of about 30 KB (generated: each its own medicine, condition and
# category) beside one guide and the floor, in one sitting:
# - first frame and peak RSS at 200x60 and 80x24: the floor's 20 KB guide; Kesimpta alone; the
#   1,000 guides with their headers kept from an earlier run (the usual start); the 1,000 guides
#   on a first run ever (no headers kept: each file's header read);
# - peak memory once the whole library is loaded, checked and indexed for search (after the
#   first frame, on the loading thread);
# - `check` and `list` over the 1,000 files.
# Search per keystroke across the library: `cargo bench --bench keystrokes`.
# Usage: bench/library.sh [RUNS]   (default 40 runs per figure; SHARED=path overrides ../shared)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED:-../shared}
runs=${1:-40}
work=$(mktemp -d)
trap 'tmux kill-session -t pg-library-bench 2>/dev/null || true; rm -rf "$work"' EXIT
export XDG_CACHE_HOME=$work/cache

cargo build --release --quiet
cargo run --release --quiet --example generate-guide -- --library 1000 "$work/lib"
(cd "$shared/bench/floor" && cargo build --release --quiet)
floor=$shared/bench/floor/target/release/floor
ours=target/release/patient-guide
ff=$shared/tools/first-frame
echo "library: $(ls "$work/lib" | wc -l) files, $(du -sb "$work/lib" | cut -f1) bytes"

# One run of the app on the library, until it has loaded, checked and indexed every guide
# (its headers are then kept): its peak memory.
tmux new-session -d -s pg-library-bench -x 200 -y 60 \
    "XDG_CACHE_HOME=$XDG_CACHE_HOME $ours --guides $work/lib; sleep 60"
pid=""
for _ in $(seq 100); do
    pid=$(pgrep -n -f "^$ours --guides $work/lib" || true)
    [ -n "$pid" ] && break
    sleep 0.1
done
for _ in $(seq 600); do
    ls "$XDG_CACHE_HOME"/patient-guide/catalogue-*.txt >/dev/null 2>&1 && break
    sleep 0.1
done
sleep 1
echo "whole library loaded, checked and indexed: peak RSS $(grep VmHWM /proc/"$pid"/status | awk '{printf "%.1f MiB", $2/1024}')"
tmux kill-session -t pg-library-bench

for size in 200x60 80x24; do
    echo "== $size"
    echo -n "floor, 20 KB guide:                 "
    "$ff" --size "$size" --runs "$runs" --expect "┘" -- "$floor" "$shared/bench/guide20k.toml" | tr '\n' ' '; echo
    echo -n "patient-guide, Kesimpta:            "
    "$ff" --size "$size" --runs "$runs" --expect "qQuit" -- "$ours" --exit-after-first-frame | tr '\n' ' '; echo
    echo -n "patient-guide, 1,000 guides:        "
    "$ff" --size "$size" --runs "$runs" --expect "Myquestions" -- \
        "$ours" --guides "$work/lib" --exit-after-first-frame | tr '\n' ' '; echo
    echo -n "patient-guide, 1,000, first run:    "
    "$ff" --size "$size" --runs "$runs" --expect "Myquestions" --env XDG_CACHE_HOME="$work/none" -- \
        "$ours" --guides "$work/lib" --exit-after-first-frame | tr '\n' ' '; echo
done

echo "== check and list over 1,000 files (3 runs each, seconds)"
for cmd in check list; do
    for _ in 1 2 3; do
        /usr/bin/time -f "$cmd: %e s, peak RSS %M KiB" "$ours" "$cmd" --guides "$work/lib" >/dev/null 2>"$work/time" || true
        tail -1 "$work/time"
    done
done
