#!/usr/bin/env bash
# Start-up to first frame and peak memory: patient-guide against the floor (../shared/bench),
# side by side in one run, at 200x60 and 80x24, with the bundled Kesimpta guide against the
# floor's 20 KB guide, and with a generated 1 MB guide against the floor's 1 MB guide.
# Usage: bench/startup.sh [RUNS]   (default 60 runs per figure; SHARED=path overrides ../shared)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED:-../shared}
runs=${1:-60}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cargo build --release --quiet
mkdir -p "$work/big"
cargo run --release --quiet --example generate-guide -- 1000 1000 >"$work/big/generated.toml"
(cd "$shared/bench/floor" && cargo build --release --quiet)
python3 "$shared/bench/gen_guide.py" 900 "$work/floor-1mb.toml"
floor=$shared/bench/floor/target/release/floor
ours=target/release/patient-guide
ff=$shared/tools/first-frame

echo "guides: ours $(wc -c <guide/kesimpta.toml) and $(wc -c <"$work/big/generated.toml") bytes;" \
    "floor $(wc -c <"$shared/bench/guide20k.toml") and $(wc -c <"$work/floor-1mb.toml") bytes"
for size in 200x60 80x24; do
    echo "== $size"
    # The floor's last cell drawn is its bottom-right corner; ours ends with the footer.
    echo -n "floor, 20 KB guide:        "
    "$ff" --size "$size" --runs "$runs" --expect "┘" -- "$floor" "$shared/bench/guide20k.toml"
    echo -n "patient-guide, Kesimpta:   "
    "$ff" --size "$size" --runs "$runs" --expect "qQuit" -- "$ours" --exit-after-first-frame
    echo -n "floor, 1 MB guide:         "
    "$ff" --size "$size" --runs "$runs" --expect "┘" -- "$floor" "$work/floor-1mb.toml"
    echo -n "patient-guide, 1 MB guide: "
    "$ff" --size "$size" --runs "$runs" --expect "qQuit" -- \
        "$ours" --guides "$work/big" --exit-after-first-frame
done
