#!/usr/bin/env bash
# Renders the app icon assets/icons/netwerktafel.svg into the PNG sizes of the
# hicolor icon theme (assets/icons/netwerktafel-<N>.png). The PNGs are
# committed, so building and packaging never need librsvg; run this again
# after changing the SVG, and commit what it writes.
set -euo pipefail
cd "$(dirname "$0")/../assets/icons"
command -v rsvg-convert >/dev/null || { echo "rsvg-convert is missing: apt-get install librsvg2-bin" >&2; exit 1; }
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" --format png netwerktafel.svg --output "netwerktafel-$size.png"
done
ls -l netwerktafel-*.png
