#!/usr/bin/env bash
# Makes the README's pictures with the app itself, on a virtual screen:
# docs/pictures/start-screen.png (the start screen with three boards to carry
# on with) and docs/pictures/board.png (the demo in the middle of a workshop).
#   tools/readme-pictures.sh [BUILD_DIR]   (default: build, as tools/demo.sh makes it)
set -euo pipefail
cd "$(dirname "$0")/.."
app="${1:-build}/netwerktafel"
[ -x "$app" ] || { echo "$app not found: build first (tools/demo.sh)" >&2; exit 1; }
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -p "$home/Netwerktafel"
# Three boards from the demo, as a facilitator's folder would hold them.
/usr/bin/python3 - "$home/Netwerktafel" <<'PY'
import json, os, sys
folder = sys.argv[1]
demo = json.load(open("assets/demo/demo-workshop.json", encoding="utf-8"))
for name, title, org, date in [
        ("2026-11-23 Ons netwerk uitbouwen", "Ons netwerk uitbouwen", "Cultuurcentrum De Serre", "2026-11-23"),
        ("2026-10-14 Samen voor de Leie", "Samen voor de Leie", "Bibliotheek Deinze", "2026-10-14"),
        ("2026-09-30 Erfgoed in de buurt", "Erfgoed in de buurt", "Erfgoedcel Meetjesland", "2026-09-30")]:
    demo["board"]["workshop"].update(title=title, organisation=org, date=date)
    with open(os.path.join(folder, name + ".netwerktafel"), "w", encoding="utf-8") as f:
        json.dump(demo, f, ensure_ascii=False)
    os.utime(os.path.join(folder, name + ".netwerktafel"), (0, 1_800_000_000 + int(date.replace("-", ""))))
# The demo half-way: the group is looking for partners, six minutes into that part.
demo["board"]["workshop"].update(title="Ons netwerk uitbouwen", organisation="Cultuurcentrum De Serre", date="2026-11-23")
timer = demo["board"]["programme"]["timer"]
timer["phase"] = next(p["id"] for p in demo["board"]["programme"]["phases"] if p["kind"] == "partners")
timer["elapsedSeconds"] = 360.0
with open(os.path.join(os.path.dirname(folder), "halfway.netwerktafel"), "w", encoding="utf-8") as f:
    json.dump(demo, f, ensure_ascii=False)
PY
run() { HOME="$home" xvfb-run -a -s "-screen 0 1920x1080x24" "$app" --windowed 1920x1080 --tuio-port 0 --http-port 0 "$@"; }
run --screenshot docs/pictures/start-screen.png --frames 12
run "$home/halfway.netwerktafel" --screenshot docs/pictures/board.png --frames 3
echo "wrote docs/pictures/start-screen.png and docs/pictures/board.png"
