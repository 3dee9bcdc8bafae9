#!/usr/bin/env python3
"""Build ``src/dnnd/data/vn_units.tsv.gz``: every Vietnamese administrative unit, old and new.

usage: python tools/build_gazetteer.py [--check]

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
(``tests/test_gazetteer.py`` runs it in CI).
"""

from __future__ import annotations

import gzip
import io
import json
import sys
import unicodedata
from pathlib import Path

OUTPUT = Path(__file__).resolve().parent.parent / "src" / "dnnd" / "data" / "vn_units.tsv.gz"
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


def build() -> bytes:
    """The gzip-compressed file, byte for byte reproducible (no time stamp)."""
    from importlib.metadata import version

    text = io.StringIO()
    text.write(HEADER.format(version=version("vietnamadminunits")))
    for row in rows():
        text.write("\t".join(row) + "\n")
    return gzip.compress(text.getvalue().encode("utf-8"), mtime=0)


def main() -> int:
    data = build()
    if "--check" in sys.argv:
        if not OUTPUT.exists() or gzip.decompress(OUTPUT.read_bytes()) != gzip.decompress(data):
            print(f"{OUTPUT} is stale: run python tools/build_gazetteer.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_bytes(data)
    print(f"wrote {OUTPUT} ({len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
