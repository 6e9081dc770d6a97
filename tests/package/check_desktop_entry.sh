#!/usr/bin/env bash
# package.desktop_valid: the menu entry and the board MIME type that
# cmake --install and the .deb install are valid, and agree with each other
# and with the extension the app gives new boards (src/core/board_file_name.h).
#   check_desktop_entry.sh DESKTOP_FILE MIME_XML
# Exits 77 (ctest: skipped) when desktop-file-validate is missing
# (tools/install-deps.sh test installs it).
set -euo pipefail
desktop=$1 mime=$2
fail() { echo "FAIL: $*" >&2; exit 1; }

command -v desktop-file-validate >/dev/null || { echo "desktop-file-validate missing (desktop-file-utils)"; exit 77; }
# desktop-file-validate prints hints as well as errors; any line of output is a finding.
out=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate: $out"
[ -z "$out" ] || fail "desktop-file-validate has remarks: $out"

grep -qx 'Exec=netwerktafel %f' "$desktop" || fail "Exec= must open the file it is given"
grep -qx 'MimeType=application/x-netwerktafel;' "$desktop" || fail "MimeType= must name the board type"
grep -q '^Name\[nl\]=\|^GenericName\[nl\]=' "$desktop" || fail "no Dutch name"
grep -q '^Comment\[nl\]=' "$desktop" || fail "no Dutch comment"

if command -v xmllint >/dev/null; then
  xmllint --noout "$mime" || fail "$mime is not well-formed XML"
else
  echo "note: xmllint missing (libxml2-utils); XML not checked on its own"
fi
grep -q '<glob pattern="\*.netwerktafel"/>' "$mime" || fail "no *.netwerktafel glob"
grep -q '<sub-class-of type="application/json"/>' "$mime" || fail "not a sub-class of application/json"
grep -q 'kBoardExtension = ".netwerktafel"' "$(dirname "$0")/../../src/core/board_file_name.h" ||
  fail "the app's board extension and the MIME glob differ"

# What the desktop will really make of it: shared-mime-info compiles the type
# (it refuses what breaks its rules), and the glob maps to the board type.
if command -v update-mime-database >/dev/null; then
  tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
  mkdir -p "$tmp/mime/packages"
  cp "$mime" "$tmp/mime/packages/netwerktafel.xml"
  # XDG_DATA_DIRS names the folder, or it warns that nobody would look there.
  XDG_DATA_HOME="$tmp" XDG_DATA_DIRS="$tmp" update-mime-database "$tmp/mime" 2>"$tmp/err" ||
    fail "update-mime-database: $(cat "$tmp/err")"
  [ ! -s "$tmp/err" ] || fail "update-mime-database: $(cat "$tmp/err")"
  grep -q ':application/x-netwerktafel:\*\.netwerktafel' "$tmp/mime/globs2" || fail "the glob did not compile"
  grep -qx 'application/x-netwerktafel application/json' "$tmp/mime/subclasses" || fail "sub-class not compiled"
else
  echo "note: update-mime-database missing (shared-mime-info); MIME type not compiled"
fi
echo "desktop entry and MIME type valid"
