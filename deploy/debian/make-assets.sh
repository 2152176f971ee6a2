#!/bin/sh
# The package's generated files, made by the program itself from its own option definitions
# (clap_mangen, clap_complete): the manual page and shell completions. Run after
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
