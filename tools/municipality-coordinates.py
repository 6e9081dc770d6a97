#!/usr/bin/env python3
"""Adds a position (lat, lon) to every municipality of assets/catalogue/municipalities.json.

The positions come from zipcode-belgium.csv, bpost's postal-code list with a longitude and
latitude per locality (GitHub jief/zipcode-belgium, commit 2a0bc21; see docs/municipalities.md,
"Coordinates"). That file is not kept in this repository: only the positions taken from it
(facts) are, in the JSON. Give the path of a copy as SOURCE. A municipality's
position is that of its main locality, the one that bears its name; bpost lists the
Brussels municipalities and a few facility municipalities by their French name. A
municipality named after several villages (Knokke-Heist) or after none (Zwalm, Voeren)
gets the mean of those villages; one formed on 1 January 2025 under a new name
(Pajottegem, Tongeren-Borgloon) gets the mean of its former municipalities; one that kept
the name of one of its parts (Antwerpen, Hasselt, Lochristi) keeps that part's position,
which is also its seat.

Run from anywhere; it rewrites the JSON in place (one municipality a line, as before) and
checks the result: every municipality has a position, all lie in Belgium, a few known
ones are where they should be. Running it twice changes nothing.

    /usr/bin/python3 tools/municipality-coordinates.py SOURCE.csv [--check]

--check only verifies that the JSON already holds what the script would write.
"""
import csv
import json
import math
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = Path(next((a for a in sys.argv[1:] if not a.startswith("--")), "zipcode-belgium.csv"))
TARGET = ROOT / "assets" / "catalogue" / "municipalities.json"

POSITION_NOTE = (
    " Positions (lat, lon): the municipality's main locality in bpost's postal-code list with "
    "coordinates, GitHub jief/zipcode-belgium (zipcode-belgium.csv, commit 2a0bc21); the mean of "
    "its villages or former municipalities where it is named after none or several "
    "(tools/municipality-coordinates.py)."
)
POSITION_MARK = " Positions (lat, lon):"

# Municipality -> its parts (former municipalities or villages), each part a list of
# "postcode locality" rows whose mean is the part's position; the municipality is the mean
# of its parts. Every municipality not listed here is the single row bearing its name.
PARTS = {
    # Brussels: bpost lists the French names.
    "Brussel": [["1000 Bruxelles"]],
    "Elsene": [["1050 Ixelles"]],
    "Oudergem": [["1160 Auderghem"]],
    "Schaarbeek": [["1030 Schaerbeek"]],
    "Sint-Agatha-Berchem": [["1082 Berchem-Sainte-Agathe"]],
    "Sint-Gillis": [["1060 Saint-Gilles"]],
    "Sint-Jans-Molenbeek": [["1080 Molenbeek-Saint-Jean"]],
    "Sint-Joost-ten-Node": [["1210 Saint-Josse-Ten-Noode"]],
    "Sint-Lambrechts-Woluwe": [["1200 Woluwe-Saint-Lambert"]],
    "Sint-Pieters-Woluwe": [["1150 Woluwe-Saint-Pierre"]],
    "Ukkel": [["1180 Uccle"]],
    "Vorst": [["1190 Forest"]],
    "Watermaal-Bosvoorde": [["1170 Watermael-Boitsfort"]],
    # Flemish municipalities that bpost lists by their French name.
    "Bever": [["1547 Biévène"]],
    "Mesen": [["8957 Messines"]],
    "Ronse": [["9600 Renaix"]],
    "Sint-Genesius-Rode": [["1640 Rhode-Saint-Genèse"]],
    "Spiere-Helkijn": [["8587 Espierres"], ["8587 Helchin"]],
    "Voeren": [["3790 Fouron-Saint-Martin", "3790 Mouland", "3791 Remersdaal", "3792 Fouron-Saint-Pierre",
                "3793 Teuven", "3798 Fouron-Le-Comte"]],
    # A name found more than once in bpost's full list: the postcode decides.
    "Tielt": [["8700 Tielt"]],  # 3390 Tielt is a village of Tielt-Winge
    # Named after several villages or former municipalities.
    "Erpe-Mere": [["9420 Erpe"], ["9420 Mere"]],
    "Hamont-Achel": [["3930 Hamont"], ["3930 Achel"]],
    "Hechtel-Eksel": [["3940 Hechtel"], ["3941 Eksel"]],
    "Houthalen-Helchteren": [["3530 Houthalen"], ["3530 Helchteren"]],
    "Knokke-Heist": [["8300 Knokke"], ["8301 Heist-Aan-Zee"]],
    "Langemark-Poelkapelle": [["8920 Langemark"], ["8920 Poelkapelle"]],
    "Lo-Reninge": [["8647 Lo"], ["8647 Reninge"]],
    "Puurs-Sint-Amands": [["2870 Puurs"], ["2890 Sint-Amands"]],
    "Scherpenheuvel-Zichem": [["3270 Scherpenheuvel"], ["3271 Zichem"]],
    "Wortegem-Petegem": [["9790 Wortegem"], ["9790 Petegem-Aan-De-Schelde"]],
    # Named after no locality: the mean of its villages.
    "Heuvelland": [["8950 Nieuwkerke", "8951 Dranouter", "8952 Wulvergem", "8953 Wijtschate", "8954 Westouter",
                    "8956 Kemmel", "8958 Loker"]],
    "Horebeke": [["9667 Sint-Kornelis-Horebeke", "9667 Sint-Maria-Horebeke"]],
    "Kluisbergen": [["9690 Berchem", "9690 Kwaremont", "9690 Ruien", "9690 Zulzeke"]],
    "Laakdal": [["2430 Eindhout", "2430 Vorst", "2431 Varendonk", "2431 Veerle"]],
    "Lennik": [["1750 Gaasbeek", "1750 Sint-Kwintens-Lennik", "1750 Sint-Martens-Lennik"]],
    "Lierde": [["9570 Deftinge", "9570 Sint-Maria-Lierde", "9571 Hemelveerdegem", "9572 Sint-Martens-Lierde"]],
    "Maarkedal": [["9680 Etikhove", "9680 Maarke-Kerkem", "9681 Nukerke", "9688 Schorisse"]],
    "Tielt-Winge": [["3390 Houwaart", "3390 Sint-Joris-Winge", "3390 Tielt", "3391 Meensel-Kiezegem"]],
    "Vleteren": [["8640 Oostvleteren", "8640 Westvleteren", "8640 Woesten"]],
    "Zwalm": [["9630 Beerlegem", "9630 Dikkele", "9630 Hundelgem", "9630 Meilegem", "9630 Munkzwalm",
               "9630 Paulatem", "9630 Roborst", "9630 Rozebeke", "9630 Sint-Blasius-Boekel",
               "9630 Sint-Denijs-Boekel", "9630 Sint-Maria-Latem", "9636 Nederzwalm-Hermelgem"]],
    # Mergers of 2019 under a new name: the mean of the former municipalities.
    "Kruisem": [["9770 Kruishoutem"], ["9750 Zingem"]],
    "Lievegem": [["9920 Lovendegem"], ["9950 Waarschoot"], ["9930 Zomergem"]],
    "Oudsbergen": [["3670 Meeuwen", "3670 Gruitrode"], ["3660 Opglabbeek"]],
    "Pelt": [["3900 Overpelt"], ["3910 Neerpelt"]],
    # Mergers of 1 January 2025 under a new name (docs/municipalities.md): the mean of
    # the former municipalities. Those that kept a name (Antwerpen, Hasselt, Lochristi,
    # Lokeren, Tielt, Wingene) keep their own position, which is also the seat.
    "Antwerpen": [["2000 Antwerpen"]],
    "Beveren-Kruibeke-Zwijndrecht": [["9120 Beveren-Waas"], ["9150 Kruibeke"], ["2070 Zwijndrecht"]],
    "Bilzen-Hoeselt": [["3740 Bilzen"], ["3730 Hoeselt"]],
    "Merelbeke-Melle": [["9820 Merelbeke"], ["9090 Melle"]],
    "Nazareth-De Pinte": [["9810 Nazareth"], ["9840 De Pinte"]],
    "Pajottegem": [["1570 Galmaarden"], ["1755 Gooik"], ["1540 Herne"]],
    "Tessenderlo-Ham": [["3980 Tessenderlo"], ["3945 Kwaadmechelen", "3945 Oostham"]],
    "Tongeren-Borgloon": [["3700 Tongeren"], ["3840 Borgloon"]],
}

# Belgium's bounding box, generously.
LAT_RANGE = (49.5, 51.6)
LON_RANGE = (2.5, 6.4)

# Known positions (town centres, to 0.01°) the result must come within 3 km of.
SPOT_CHECKS = {
    "Zottegem": (50.87, 3.81),
    "Lochristi": (51.10, 3.83),
    "Hasselt": (50.93, 5.34),
    "Brussel": (50.85, 4.35),
    "Gent": (51.05, 3.72),
    "Oostende": (51.22, 2.92),
    "Leuven": (50.88, 4.70),
}


def fold(text):
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().strip()


def km(a, b):
    """Equirectangular distance in km; fine at Belgium's scale."""
    lat = math.radians((a[0] + b[0]) / 2)
    dx = math.radians(b[1] - a[1]) * math.cos(lat)
    dy = math.radians(b[0] - a[0])
    return 6371.0 * math.hypot(dx, dy)


def read_source():
    rows = []
    with SOURCE.open(encoding="utf-8", newline="") as f:
        for record in csv.reader(line for line in f if not line.startswith("#")):
            if not record:
                continue
            postcode, locality, lon, lat = record
            rows.append((postcode.strip(), locality.strip(), float(lat), float(lon)))
    return rows


def find_row(rows, key):
    postcode, _, locality = key.partition(" ") if key[:4].isdigit() else ("", "", key)
    hits = [r for r in rows if fold(r[1]) == fold(locality) and (not postcode or r[0] == postcode)]
    if len(hits) != 1:
        raise SystemExit(f"{key!r}: {len(hits)} rows in {SOURCE.name}, expected exactly one")
    return hits[0]


def mean(points):
    return (sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points))


def position(rows, name):
    parts = PARTS.get(name, [[name]])
    return mean([mean([find_row(rows, key)[2:] for key in part]) for part in parts])


def verify(entries):
    problems = []
    positions = {}
    for e in entries:
        if "lat" not in e or "lon" not in e:
            problems.append(f"{e['name']}: no position")
            continue
        p = (e["lat"], e["lon"])
        positions[e["name"]] = p
        if not (LAT_RANGE[0] <= p[0] <= LAT_RANGE[1] and LON_RANGE[0] <= p[1] <= LON_RANGE[1]):
            problems.append(f"{e['name']}: {p} is outside Belgium")
    for name, known in SPOT_CHECKS.items():
        if name in positions and km(positions[name], known) > 3:
            problems.append(f"{name}: {positions[name]} is {km(positions[name], known):.1f} km from {known}")
    # A position geocoded into the wrong place shows as far from its province's others.
    by_province = {}
    for e in entries:
        if e["name"] in positions:
            by_province.setdefault(e.get("province") or e["region"], []).append(e["name"])
    for province, names in by_province.items():
        middle = mean([positions[n] for n in names])
        for n in names:
            if km(positions[n], middle) > 60:
                problems.append(f"{n}: {km(positions[n], middle):.0f} km from the middle of {province}")
    # ... or as having no other municipality near it.
    for n, p in positions.items():
        if n == "Voeren":  # cut off from the rest of Flanders by Wallonia: really 16 km from Riemst
            continue
        nearest = min(km(p, q) for m, q in positions.items() if m != n)
        if nearest > 15:
            problems.append(f"{n}: the nearest other municipality is {nearest:.0f} km away")
    return problems


def render(doc):
    head = {k: v for k, v in doc.items() if k != "municipalities"}
    lines = ["{"]
    for k, v in head.items():
        lines.append(f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)},")
    lines.append('  "municipalities": [')
    items = [f"    {json.dumps(e, ensure_ascii=False)}" for e in doc["municipalities"]]
    lines.append(",\n".join(items))
    lines.append("  ]")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main():
    check_only = "--check" in sys.argv[1:]
    rows = read_source()
    original = TARGET.read_text(encoding="utf-8")
    doc = json.loads(original)
    entries = []
    for e in doc["municipalities"]:
        lat, lon = position(rows, e["name"])
        entry = {k: v for k, v in e.items() if k not in ("lat", "lon")}
        entry["lat"] = round(lat, 4)
        entry["lon"] = round(lon, 4)
        entries.append(entry)
    doc["municipalities"] = entries
    doc["source"] = doc["source"].split(POSITION_MARK)[0] + POSITION_NOTE
    problems = verify(entries)
    if problems:
        raise SystemExit("\n".join(problems))
    text = render(doc)
    if check_only:
        if text != original:
            raise SystemExit(f"{TARGET} is not what {Path(__file__).name} writes: run it")
        print(f"{TARGET.name}: {len(entries)} positions, as the script writes them")
        return
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {len(entries)} positions to {TARGET}")


if __name__ == "__main__":
    main()
