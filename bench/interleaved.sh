#!/usr/bin/env bash
# First frame of a build before a change and after it, against the floor, interleaved: 12 rounds,
# each running 5 of every program and size in turn, so that the machine's changing load falls on
# all of them alike. Prints one line per batch; BENCHMARKS.md takes the median of the round
# medians. Kesimpta in English and Spanish, and a library of 1,000 generated guides started with
# its catalogue kept (and, after, its first guide kept checked) by an earlier run.
# Usage: BEFORE=path/to/old/patient-guide bench/interleaved.sh   (SHARED=path overrides ../shared;
# ROUNDS=N runs N rounds instead of 12; AFTER=path times that build instead of building
# target/release/patient-guide)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED:-../shared}
before=${BEFORE:?BEFORE=path of the older build}
after=${AFTER:-target/release/patient-guide}
ff=$shared/tools/first-frame
floor=$shared/bench/floor/target/release/floor
work=$(mktemp -d)
trap 'tmux kill-session -t pg-interleaved 2>/dev/null || true; rm -rf "$work"' EXIT
[ -n "${AFTER:-}" ] || cargo build --release --quiet
(cd "$shared/bench/floor" && cargo build --release --quiet)
cargo run --release --quiet --example generate-guide -- --library 1000 "$work/lib"
# The library opened once whole (its catalogue kept), then once to its first frame.
prep() {
    mkdir -p "$2"
    tmux new-session -d -s pg-interleaved -x 80 -y 24 "XDG_CACHE_HOME=$2 $1 --guides $work/lib; sleep 30"
    # The catalogue: catalogue-*.txt (catalogue-*.tsv before its second form).
    for _ in $(seq 300); do ls "$2"/patient-guide/catalogue-*.t[sx][vt] >/dev/null 2>&1 && break; sleep 0.1; done
    sleep 1
    tmux kill-session -t pg-interleaved
    XDG_CACHE_HOME=$2 "$ff" --size 80x24 --runs 1 --expect Myquestions -- "$1" --guides "$work/lib" \
        --exit-after-first-frame >/dev/null
}
prep "$before" "$work/cache-before"
prep "$after" "$work/cache-after"
run() { # name size cache expect command...
    local name=$1 size=$2 cache=$3 expect=$4
    shift 4
    XDG_CACHE_HOME=$cache "$ff" --size "$size" --runs 5 --expect "$expect" -- "$@" | sed -n 1p |
        sed "s/^/$name $size /"
}
# The two builds take turns at going first after the floor, so that neither always runs in the
# same place: on 2026-12-05 a pair of builds timed in one order and then the other each came out
# 0.07-0.15x slower when run straight after the floor, and later one build timed twice in a row
# came out 0.08x faster there. Taking turns cancels such an effect either way.
for round in $(seq "${ROUNDS:-12}"); do
    order="before after"
    [ $((round % 2)) -eq 0 ] && order="after before"
    for size in 80x24 200x60; do
        run floor "$size" "$work/cache-after" "┘" "$floor" "$shared/bench/guide20k.toml"
        for b in $order; do
            bin=$before
            [ "$b" = after ] && bin=$after
            run "$b-en" "$size" "$work/cache-$b" qQuit "$bin" --exit-after-first-frame
            run "$b-es" "$size" "$work/cache-$b" Salir "$bin" --lang es --exit-after-first-frame
            run "$b-lib" "$size" "$work/cache-$b" Myquestions "$bin" --guides "$work/lib" --exit-after-first-frame
        done
    done
done | tee "$work/lines"
# The median of the round medians, and its ratio to the floor's.
python3 - "$work/lines" <<'PY'
import re, statistics, sys
runs = {}
for line in open(sys.argv[1]):
    m = re.match(r"(\S+) (\S+) first frame: median ([\d.]+)", line)
    if m:
        runs.setdefault((m[1], m[2]), []).append(float(m[3]))
for size in ["80x24", "200x60"]:
    floor = statistics.median(runs[("floor", size)])
    print(f"== {size}: floor {floor:.2f} ms")
    for name in ["before-en", "after-en", "before-es", "after-es", "before-lib", "after-lib"]:
        ms = statistics.median(runs[(name, size)])
        print(f"   {name:<11} {ms:.2f} ms  {ms / floor:.2f}x")
PY
