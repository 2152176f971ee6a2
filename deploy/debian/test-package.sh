#!/usr/bin/env bash
# The Debian package as a clinic's IT person meets it (issue 31), run by .ci/run as root:
# build it, lintian (no error or warning that is not overridden with its reason), every
# Recommends installable, install it, use it, remove and purge it, and nothing of it left
# but the kiosk's system user.
set -euo pipefail
cd "$(dirname "$0")/../.."

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
fail() { echo "test-package: $*" >&2; exit 1; }

command -v cargo-deb >/dev/null || cargo install --locked cargo-deb@3.8.0
command -v lintian >/dev/null || DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q lintian

cargo build --release
deploy/debian/make-assets.sh
deb=$(cargo deb --no-build 2>/dev/null | tail -n 1)
[ -f "$deb" ] || fail "cargo deb made no package"
echo "test-package: built $deb ($(stat -c %s "$deb") bytes)"

# Lintian: errors and warnings fail (overrides, each with its reason, are in the package).
lintian --fail-on error,warning "$deb"

# Every Recommends can be installed from the machine's sources (simulated: the X server would
# pull a newer systemd into a CI machine).
sim=$($sudo apt-get install -s "$deb" 2>&1) || fail "apt cannot install the package: $sim"
for p in $(dpkg-deb -f "$deb" Recommends | tr -d ' ' | tr ',' ' '); do
    dpkg -s "$p" >/dev/null 2>&1 || grep -q "^Inst $p " <<<"$sim" \
        || fail "Recommends $p would not be installed"
done

# Remember what is on the machine before, to find anything the package leaves behind.
before=$(mktemp)
find /usr /etc /var/lib /lib -xdev 2>/dev/null | sort >"$before"

DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "$deb"
patient-guide --version | grep -q '^patient-guide ' || fail "--version"
man -w patient-guide | grep -q 'patient-guide.1' || fail "man -w found no page"
[ -s /usr/share/bash-completion/completions/patient-guide ] || fail "no bash completion"
[ -s /usr/share/zsh/vendor-completions/_patient-guide ] || fail "no zsh completion"
[ -s /usr/share/fish/vendor_completions.d/patient-guide.fish ] || fail "no fish completion"
[ -s /usr/share/doc/patient-guide/copyright ] || fail "no copyright file"
[ -s /usr/share/doc/patient-guide/changelog.Debian.gz ] || fail "no changelog"
getent passwd kiosk >/dev/null || fail "postinst made no kiosk user"
[ -f /etc/patient-guide/kiosk.toml ] || fail "postinst made no kiosk.toml"
# The installed guides pass the checker, and the installed units are valid as systemd reads them.
patient-guide check /usr/share/patient-guide/guides/*.toml >/dev/null || fail "installed guides"
for unit in patient-guide-kiosk.service patient-guide-kiosk-x.service; do
    [ -f "/usr/lib/systemd/system/$unit" ] || fail "no $unit"
    systemd-analyze verify "/usr/lib/systemd/system/$unit" || fail "systemd-analyze verify $unit"
done

DEBIAN_FRONTEND=noninteractive $sudo apt-get remove -y -q patient-guide
[ ! -e /usr/bin/patient-guide ] || fail "remove left the program"
# Debian keeps a removed package's settings until purge.
[ -f /etc/patient-guide/kiosk.toml ] || fail "remove took the settings (only purge may)"
DEBIAN_FRONTEND=noninteractive $sudo apt-get purge -y -q patient-guide
dpkg -s patient-guide >/dev/null 2>&1 && fail "dpkg still knows the package after purge"

after=$(mktemp)
find /usr /etc /var/lib /lib -xdev 2>/dev/null | sort >"$after"
# What is new after purge. The kiosk's system user stays (Debian does not remove system users);
# apt and dpkg keep their own logs and lists.
left=$(comm -13 "$before" "$after" | grep -v -E '^/var/lib/(apt|dpkg)/|^/var/cache/|^/etc/(passwd|group|shadow|gshadow|subuid|subgid)-?$' || true)
[ -z "$left" ] || fail "left behind after purge:
$left"
getent passwd kiosk >/dev/null || fail "the kiosk user went (Debian keeps system users)"
rm -f "$before" "$after"
echo "test-package: built, lintian clean, installed, used, removed and purged; nothing left but the kiosk user"
