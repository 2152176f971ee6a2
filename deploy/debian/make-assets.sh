#!/bin/sh
# The package's generated files, printed by the program itself: the manual page and shell
# completions (made from its own option definitions by clap_mangen and clap_complete, kept in
# data/manual/ and checked against the options by a test). Run after
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
