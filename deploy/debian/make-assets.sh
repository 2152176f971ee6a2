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
built=$(deploy/debian/built-words.sh)
[ -n "$built" ] && [ -s "$built/en.fst" ] && [ -s "$built/es.fst" ] || {
    echo "make-assets: no word sets from the build (${built:-cargo named no folder})" >&2
    exit 1
}
mkdir -p "$out/words"
cp "$built/en.fst" "$built/es.fst" "$out/words/"
