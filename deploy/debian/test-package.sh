#!/usr/bin/env bash
# The Debian package as a clinic's IT person meets it (issue 31), run by .ci/run as root:
# build it, lintian (no error or warning that is not overridden with its reason), every
# Recommends installable, install it, use it, remove and purge it, and nothing of it left
# but the kiosk's system user.
set -euo pipefail
cd "$(dirname "$0")/../.."

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
fail() { echo "test-package: $*" >&2; exit 1; }
purge() { $sudo apt-get purge -y -q patient-guide >/dev/null 2>&1 || true; }

want=3.8.0
if ! cargo deb --version 2>/dev/null | grep -q "$want"; then
    cargo install --locked "cargo-deb@$want"
fi

cargo build --release
deploy/debian/make-assets.sh
cargo deb --no-build >target/cargo-deb.out
deb=$(tail -n 1 target/cargo-deb.out)
[ -f "$deb" ] || fail "cargo deb made no package: $(cat target/cargo-deb.out)"
echo "test-package: built $deb ($(stat -c %s "$deb") bytes)"
# The program's size budget (issue 26: 3 MB; BENCHMARKS.md has its parts).
size=$(stat -c %s target/release/patient-guide)
[ "$size" -le 3000000 ] || fail "the program is $size bytes, over its 3,000,000 (BENCHMARKS.md, \"Binary size\")"

# A program built with packed relocations (build.rs) starts only on glibc 2.36 or later, which
# dpkg-shlibdeps does not read from it: Depends must say so (Cargo.toml), or apt would install
# a program that cannot start. (readelf comes with dpkg-dev's binutils.)
if readelf -V target/release/patient-guide | grep -q GLIBC_ABI_DT_RELR; then
    dpkg-deb -f "$deb" Depends | grep -q 'libc6 (>= 2\.36)' \
        || fail "the program needs glibc 2.36 (GLIBC_ABI_DT_RELR); Depends says: $(dpkg-deb -f "$deb" Depends)"
fi

# Lintian: errors and warnings fail (overrides, each with its reason, are in the package).
lintian --fail-on error,warning "$deb"

# Every Recommends can be installed from the machine's sources (simulated: the X server would
# pull a newer systemd into a CI machine).
$sudo apt-get update -q >/dev/null
sim=$($sudo apt-get install -s "$deb" 2>&1) || fail "apt cannot install the package: $sim"
for p in $(dpkg-deb -f "$deb" Recommends | tr -d ' ' | tr ',' ' '); do
    dpkg -s "$p" >/dev/null 2>&1 || grep -q "^Inst $p " <<<"$sim" \
        || fail "Recommends $p would not be installed"
done

# A package left by an earlier run goes first, and whatever happens below, it goes at the end.
purge
trap purge EXIT
# What the package depends on is installed before the machine is looked at, so that only what
# the package itself leaves can show up after its purge.
depends=$(dpkg-deb -f "$deb" Depends | sed 's/([^)]*)//g' | tr -d ' ' | tr ',' ' ')
# shellcheck disable=SC2086
$sudo apt-get install -y -q $depends >/dev/null
places=(/usr /etc /var/lib /var/log /var/cache /lib /opt /srv)
before=$(mktemp)
find "${places[@]}" -xdev 2>/dev/null | sort >"$before" || true

$sudo apt-get install -y -q --no-install-recommends "$deb"
patient-guide --version | grep -q '^patient-guide ' || fail "--version"
man -w patient-guide | grep -q 'patient-guide.1' || fail "man -w found no page"
[ -s /usr/share/bash-completion/completions/patient-guide ] || fail "no bash completion"
[ -s /usr/share/zsh/vendor-completions/_patient-guide ] || fail "no zsh completion"
[ -s /usr/share/fish/vendor_completions.d/patient-guide.fish ] || fail "no fish completion"
[ -s /usr/share/doc/patient-guide/copyright ] || fail "no copyright file"
[ -s /usr/share/doc/patient-guide/changelog.Debian.gz ] || fail "no changelog"
for set in en es; do
    [ -s "/usr/share/patient-guide/words/$set.fst" ] || fail "no word set $set.fst"
done
# The installed program corrects a typo with the installed word sets alone: the build's own
# sets (which a program built here would also find) are moved out of its way meanwhile, and put
# back however this script ends.
built=$(deploy/debian/built-words.sh)
[ -n "$built" ] && [ -d "$built" ] || fail "no word sets from the build (${built:-cargo named no folder})"
mv "$built" "$built.away"
trap 'mv "$built.away" "$built"; purge' EXIT
searched=$(patient-guide search vacines --guide kesimpta 2>&1) || true
mv "$built.away" "$built"
trap purge EXIT
grep -q '^Showing results for "vaccines"' <<<"$searched" \
    || fail "the installed program did not correct a typo: $searched"
getent passwd kiosk >/dev/null || fail "postinst made no kiosk user"
[ -f /etc/patient-guide/kiosk.toml ] || fail "postinst made no kiosk.toml"
# The installed guides pass the checker, and the installed units are valid as systemd reads them.
patient-guide check /usr/share/patient-guide/guides/*.toml >/dev/null || fail "installed guides"
for unit in patient-guide-kiosk.service patient-guide-kiosk-x.service; do
    [ -f "/usr/lib/systemd/system/$unit" ] || fail "no $unit"
    systemd-analyze verify "/usr/lib/systemd/system/$unit" || fail "systemd-analyze verify $unit"
done

$sudo apt-get remove -y -q patient-guide
[ ! -e /usr/bin/patient-guide ] || fail "remove left the program"
# Debian keeps a removed package's settings until purge.
[ -f /etc/patient-guide/kiosk.toml ] || fail "remove took the settings (only purge may)"
$sudo apt-get purge -y -q patient-guide
dpkg -s patient-guide >/dev/null 2>&1 && fail "dpkg still knows the package after purge"

after=$(mktemp)
find "${places[@]}" -xdev 2>/dev/null | sort >"$after" || true
# What is new after purge. The kiosk's system user stays (Debian does not remove system users,
# so /etc/passwd and its kin change); apt's, dpkg's and man's own records and logs change too.
left=$(comm -13 "$before" "$after" | grep -v -E \
    '^/var/lib/(apt|dpkg)/|^/var/log/(apt/|dpkg\.log|alternatives\.log)|^/var/cache/(apt|man|debconf)/|^/etc/(passwd|group|shadow|gshadow|subuid|subgid)-?$' \
    || true)
[ -z "$left" ] || fail "left behind after purge:
$left"
getent passwd kiosk >/dev/null || fail "the kiosk user went (Debian keeps system users)"
rm -f "$before" "$after"
echo "test-package: built, lintian clean, installed, used, removed and purged; nothing left but the kiosk user"
