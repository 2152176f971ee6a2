#!/usr/bin/env bash
# Peak memory and first frame against guide size: generated guides of ordinary words from 1 to
# 7.5 MB (topics of 1 KB, and topics of 95 KB, near the 100 KB a topic may hold), opened at 80x24.
# Usage: bench/memory.sh [RUNS]   (default 10 runs per guide; SHARED=path overrides ../shared)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED:-../shared}
runs=${1:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cargo build --release --quiet
ours=target/release/patient-guide
ff=$shared/tools/first-frame
printf '%-28s %10s %s\n' "guide" "bytes" "first frame and peak RSS"
for spec in "1000 1000" "2000 1000" "4000 1000" "6300 1000" "10 95000" "75 95000"; do
    set -- $spec
    dir="$work/$1x$2"
    mkdir -p "$dir"
    cargo run --release --quiet --example generate-guide -- "$1" "$2" >"$dir/g.toml"
    bytes=$(wc -c <"$dir/g.toml")
    printf '%-28s %10s ' "$1 topics of $2 B" "$bytes"
    "$ff" --size 80x24 --runs "$runs" --expect "qQuit" -- "$ours" --guides "$dir" --exit-after-first-frame | tr '\n' ' '
    echo
done
