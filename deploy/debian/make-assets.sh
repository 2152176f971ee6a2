#!/bin/sh
# The package's generated files: the manual page and shell completions, printed by the program
# itself (made from its own option definitions by clap_mangen and clap_complete, kept in
# data/manual/ and checked against the options by a test), and the word sets search reads
# (made by build.rs; the program trusts only the sets its own build made). Run after
# `cargo build --release`, before `cargo deb --no-build`.
set -eu
cd "$(dirname "$0")/../.."
bin=target/release/patient-guide
out=target/assets
mkdir -p "$out"
"$bin" manual | gzip -9n > "$out/patient-guide.1.gz"
"$bin" manual bash > "$out/patient-guide.bash"
"$bin" manual zsh > "$out/_patient-guide"
"$bin" manual fish > "$out/patient-guide.fish"
# Where build.rs made the word sets, as cargo says it (nothing is built again).
built=$(cargo build --release --message-format=json 2>/dev/null \
    | grep '"reason":"build-script-executed"' | grep '#patient-guide@' \
    | sed 's/.*"out_dir":"\([^"]*\)".*/\1/' | tail -n 1)
[ -n "$built" ] && [ -s "$built/words/en.fst" ] && [ -s "$built/words/es.fst" ] || {
    echo "make-assets: no word sets from the build (${built:-cargo named no folder})" >&2
    exit 1
}
mkdir -p "$out/words"
cp "$built/words/en.fst" "$built/words/es.fst" "$out/words/"
