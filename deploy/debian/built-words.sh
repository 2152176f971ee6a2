#!/bin/sh
# Prints the folder where build.rs made search's word sets for the release build (its OUT_DIR's
# words/), as cargo says it: nothing is built again after `cargo build --release`. Read from the
# build script's out_dir (…/build/patient-guide-<hash>/out), which does not depend on how
# cargo names the package (its id leaves the name out when the checkout's folder has it).
set -eu
cd "$(dirname "$0")/../.."
cargo build --release --message-format=json 2>/dev/null \
    | sed -n 's/.*"out_dir":"\([^"]*\/build\/patient-guide-[0-9a-f]*\/out\)".*/\1\/words/p' \
    | tail -n 1
