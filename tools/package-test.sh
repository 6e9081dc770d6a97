#!/usr/bin/env bash
# Proves that Netwerktafel installs like an application, in two halves:
#
#   tools/package-test.sh                 builds Release in build-package/, runs cpack -G DEB and
#                                         checks the .deb: its dependencies, its files, a valid menu
#                                         entry and MIME type, and that the app in it runs from there
#   tools/package-test.sh --install DEB [--artifacts DIR]
#                                         installs DEB with apt, as a user would, and runs the installed
#                                         app (--version, --export-png under xvfb-run, the picture's board
#                                         read back, a double-click's MIME lookup); it changes the
#                                         machine, so it is meant for a fresh root; DIR keeps the picture
#   tools/package-test.sh --fresh-root [DEB]
#                                         the first half (unless DEB is given), then the second half in
#                                         a brand-new Debian 12 root (../shared/tools/fresh-debian.sh)
#
# fresh-debian.sh runs a command on a clone of the committed HEAD of the repository it is started
# from. To install exactly this .deb, and nothing the build left behind, --fresh-root starts it
# from a throwaway repository that holds only this script and the .deb. It uses a root of its own
# ($FRESH_ROOT, default /var/tmp/nt-fresh-package) so it can run beside the README's fresh runs.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
fail() { echo "FAIL: $*" >&2; exit 1; }

build_deb() {
  cd "$repo"
  tools/install-deps.sh package
  cmake -S . -B build-package -DCMAKE_BUILD_TYPE=Release -DNT_BUILD_TESTS=OFF -DNT_BUILD_BENCH=OFF >/dev/null
  cmake --build build-package -j "$(nproc)"
  rm -f build-package/netwerktafel_*.deb
  (cd build-package && cpack -G DEB >/dev/null)
  local version arch
  version=$(sed -n 's/^project(netwerktafel VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
  arch=$(dpkg --print-architecture)
  deb=$repo/build-package/netwerktafel_${version}_${arch}.deb
  [ -f "$deb" ] || fail "cpack made no $deb"

  # Dependencies come from dpkg-shlibdeps: every library the binaries link, by its package.
  local depends
  depends=$(dpkg-deb -f "$deb" Depends)
  echo "Depends: $depends"
  for lib in libglfw3 libxrandr2 libpng16-16 liboscpack1 libcpp-httplib0.11 libmosquitto1 libc6 libstdc++6; do
    [[ $depends == *"$lib"* ]] || fail "Depends lacks $lib"
  done
  [ "$(dpkg-deb -f "$deb" Section)" = misc ] || fail "no Section"
  [ "$(dpkg-deb -f "$deb" Maintainer)" = Netwerktafel ] || fail "no Maintainer"

  local files
  files=$(dpkg-deb -c "$deb" | awk '{print $NF}')
  for f in ./usr/bin/netwerktafel ./usr/bin/netwerktafel-tuio ./usr/bin/netwerktafel-room-broker ./usr/share/netwerktafel/catalogue/actor_types.json \
           ./usr/share/netwerktafel/fonts/NotoSans-Regular.ttf ./usr/share/netwerktafel/i18n/nl.json \
           ./usr/share/netwerktafel/demo/demo-workshop.json ./usr/share/applications/netwerktafel.desktop \
           ./usr/share/mime/packages/netwerktafel.xml ./usr/share/icons/hicolor/scalable/apps/netwerktafel.svg; do
    grep -qx "$f" <<<"$files" || fail "the .deb lacks $f"
  done
  for size in 16 24 32 48 64 128 256 512; do
    grep -qx "./usr/share/icons/hicolor/${size}x${size}/apps/netwerktafel.png" <<<"$files" || fail "no ${size}px icon"
  done

  # The files as unpacked: a valid menu entry and MIME type, and an app that runs from there
  # and finds assets without NETWERKTAFEL_ASSETS. (Here it could still fall back on the source
  # tree it was built from; in a fresh root, --install, only ../share/netwerktafel has them.)
  local tmp
  tmp=$(mktemp -d)
  dpkg-deb -x "$deb" "$tmp/root"
  tests/package/check_desktop_entry.sh "$tmp/root/usr/share/applications/netwerktafel.desktop" \
    "$tmp/root/usr/share/mime/packages/netwerktafel.xml"
  NETWERKTAFEL_ASSETS=/nonexistent "$tmp/root/usr/bin/netwerktafel" --version
  NETWERKTAFEL_ASSETS=/nonexistent "$tmp/root/usr/bin/netwerktafel" --demo --export-json "$tmp/demo.json"
  grep -q '"netwerktafel-board"' "$tmp/demo.json" || fail "the unpacked app exported no board"
  rm -rf "$tmp"
  echo "built and checked: $deb"
}

install_and_run() {
  local deb=$1 artifacts=${2:-}
  [ -f "$deb" ] || fail "no such .deb: $deb"
  [ "$(id -u)" -eq 0 ] || fail "--install needs root (and is meant for a fresh root)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # As a user would: apt resolves the .deb's dependencies, nothing else is installed first.
  apt-get install -y -q "$(realpath "$deb")" | tail -n 3
  dpkg-query -W -f='${Status}\n' netwerktafel | grep -q "install ok installed" || fail "netwerktafel not installed"
  command -v netwerktafel | grep -qx /usr/bin/netwerktafel || fail "netwerktafel not on PATH"
  netwerktafel --version

  # The PNG export needs an X display; a virtual one here.
  apt-get install -y -qq --no-install-recommends xvfb xauth >/dev/null
  local tmp
  tmp=$(mktemp -d)
  xvfb-run -a -s "-screen 0 1920x1080x24" netwerktafel --demo --export-png "$tmp/x.png" --width 1280
  [ "$(head -c 8 "$tmp/x.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "x.png is no PNG"
  local size
  size=$(stat -c %s "$tmp/x.png")
  [ "$size" -gt 20000 ] || fail "x.png is suspiciously small ($size bytes)"
  # The picture carries the board: reading it back proves the export and the installed assets.
  netwerktafel "$tmp/x.png" --export-json "$tmp/back.json"
  grep -q '"netwerktafel-board"' "$tmp/back.json" || fail "the picture's board did not read back"
  echo "exported and read back a ${size}-byte PNG"
  if [ -n "$artifacts" ]; then mkdir -p "$artifacts" && cp "$tmp/x.png" "$artifacts/installed-demo.png"; fi

  # A double-click: once the desktop's MIME and menu databases are there (a desktop has them;
  # their dpkg triggers fill them with what the .deb installed), a board file is of the board
  # type and opens with Netwerktafel. gio asks GLib, as GNOME's file manager does.
  apt-get install -y -qq --no-install-recommends shared-mime-info desktop-file-utils libglib2.0-bin >/dev/null
  cp "$tmp/back.json" "$tmp/workshop.netwerktafel"
  local type app
  type=$(gio info -a standard::content-type "$tmp/workshop.netwerktafel" | sed -n 's/^ *standard::content-type: //p')
  app=$(gio mime "$type" | sed -n 's/^Default application for .*: //p')
  echo "a double-click on workshop.netwerktafel: $type, opened by $app"
  [ "$type" = application/x-netwerktafel ] || fail "board files are not of the board type"
  [ "$app" = netwerktafel.desktop ] || fail "board files do not open with Netwerktafel"
  netwerktafel "$tmp/workshop.netwerktafel" --export-json "$tmp/again.json"
  echo "installed and ran netwerktafel from $(basename "$deb")"
}

fresh_root() {
  local deb=$1
  local fresh=${FRESH_DEBIAN:-$repo/../shared/tools/fresh-debian.sh}
  [ -x "$fresh" ] || fail "no $fresh"
  local scratch
  scratch=$(mktemp -d)
  mkdir -p "$scratch/project/tools"
  cp "$repo/tools/package-test.sh" "$scratch/project/tools/"
  cp "$deb" "$scratch/project/"
  git -C "$scratch/project" init -q
  git -C "$scratch/project" add -A
  git -C "$scratch/project" -c user.name=package-test -c user.email=package-test@localhost commit -qm "the .deb to install"
  local rc=0
  (cd "$scratch/project" &&
     FRESH_ROOT=${FRESH_ROOT:-/var/tmp/nt-fresh-package} FRESH_OUT="$scratch/out" \
     "$fresh" "tools/package-test.sh --install ./$(basename "$deb") --artifacts build-test/test-artifacts") || rc=$?
  mkdir -p "$repo/build-package"
  [ -f "$scratch/out/test-artifacts/installed-demo.png" ] &&
    cp "$scratch/out/test-artifacts/installed-demo.png" "$repo/build-package/installed-demo.png" &&
    echo "the installed app's picture: build-package/installed-demo.png"
  rm -rf "$scratch"
  return $rc
}

case "${1:-}" in
  "") build_deb ;;
  --install)
    [ $# -ge 2 ] || fail "usage: $0 --install DEB [--artifacts DIR]"
    artifacts=""
    [ "${3:-}" = --artifacts ] && artifacts=${4:?}
    install_and_run "$2" "$artifacts" ;;
  --fresh-root)
    if [ -n "${2:-}" ]; then deb=$(realpath "$2"); else build_deb; fi
    fresh_root "$deb" ;;
  *) echo "usage: $0 [--install DEB [--artifacts DIR] | --fresh-root [DEB]]" >&2; exit 2 ;;
esac
