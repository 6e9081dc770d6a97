#!/usr/bin/env python3
"""No arrow points up: every #include "folder/..." in src/ goes to the same
folder or to a lower floor (docs/architecture.md).

    check_floors.py SRC_DIR

Folders on the same floor are neighbours that do not include each other.
Prints every include that breaks the rule (file:line and the include) and
exits 1; exits 0 when there are none.
"""

import pathlib
import re
import sys

# Lowest first. A folder may include its own files and any folder on a lower
# floor, nothing else.
FLOORS = [
    ("core",),              # the model, commands, history, rules, files; no GL, no ImGui
    ("input", "net"),       # pointer gestures and hit testing; the phones' web server
    ("session", "platform"),  # a running workshop without a display; window, touch, TUIO
    ("view",),              # ImGui panels and the board canvas
    ("render",),            # the board drawn offscreen (with the view) and its PNG files
    ("app", "tools"),       # the executables
]
FLOOR = {folder: n for n, folders in enumerate(FLOORS) for folder in folders}

INCLUDE = re.compile(r'^\s*#\s*include\s*"([^"/]+)/[^"]*"')
SOURCES = {".h", ".hpp", ".cpp", ".cc", ".in"}


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    src = pathlib.Path(sys.argv[1])
    problems = []
    for folder in sorted(p for p in src.iterdir() if p.is_dir()):
        if folder.name not in FLOOR:
            problems.append(f"src/{folder.name}/ has no floor: add it to FLOORS in {pathlib.Path(__file__).name}"
                            " and to docs/architecture.md")
            continue
        for path in sorted(folder.rglob("*")):
            if path.suffix not in SOURCES or not path.is_file():
                continue
            lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
            for number, line in enumerate(lines, 1):
                m = INCLUDE.match(line)
                if not m:
                    continue
                target = m.group(1)
                # Its own folder, or not a floor: an outside header ("glad/gl.h"), or a
                # folder of src/ without a floor, reported once above.
                if target == folder.name or target not in FLOOR:
                    continue
                where = f"src/{path.relative_to(src)}:{number}"
                include = line.strip()
                if FLOOR[target] == FLOOR[folder.name]:
                    problems.append(f"{where}: {include}: {folder.name}/ and {target}/ share floor "
                                    f"{FLOOR[target]} and must not include each other")
                elif FLOOR[target] > FLOOR[folder.name]:
                    problems.append(f"{where}: {include}: {folder.name}/ (floor {FLOOR[folder.name]}) "
                                    f"includes {target}/ (floor {FLOOR[target]}), a higher floor")
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} problem(s) with the floors (docs/architecture.md):",
              " <- ".join("/".join(f) for f in FLOORS))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
