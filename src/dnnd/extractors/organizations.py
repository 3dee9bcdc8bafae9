"""Organizations: friendship unions and associations, Party and State bodies, NGOs, companies.

How Vietnamese news names an organization: a *head* (``Liên hiệp các tổ chức hữu
nghị``, ``UBND``, ``Tỉnh ủy``, ``Sở Ngoại vụ``, ``Bệnh viện``...) and then the
place it belongs to (``tỉnh Lào Cai``, ``TP.HCM``, ``Việt Nam``), or nothing when
the article's own province is meant (``UBND tỉnh``, ``Tỉnh ủy``). The extractor
finds heads with compiled patterns, extends each with the place mentions the
place extractor found right after it, and keeps the longest non-overlapping
names (an organization nested in another's name is not listed apart).

Resolution within an article, following the gold conventions:

* ``Liên hiệp Hữu nghị tỉnh Lào Cai`` = ``Liên hiệp các tổ chức hữu nghị tỉnh Lào
  Cai``; a bare ``Liên hiệp`` / ``Liên hiệp tỉnh`` is the one local union the
  article is about;
* a local-only body without its place (``UBND tỉnh``, ``Thành ủy``, ``HĐND TP``) is
  the same as the one fuller form with a place, when the article has exactly one;
* internal organs (Ban Chấp hành, Ban Thường vụ, Thường trực, Đảng đoàn, Ban Kiểm
  tra) and generic Đảng / Nhà nước / Chính phủ / Trung ương are not listed;
* the name is the fullest form, the first one written among equals.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache

import attrs

from dnnd.gazetteer import (
    LOWER,
    UPPER,
    abbreviations,
    expand_abbreviations,
    honorifics,
    known_organizations,
    org_head_tails,
    org_heads,
    org_latin,
    org_not_names,
    org_organs,
    org_stop_words,
    read_list,
    read_tsv,
    state_fields,
    surnames,
    titles,
    trie_regex,
)
from dnnd.gazetteer import places as gazetteer_places
from dnnd.model import Mention, Organization, Span
from dnnd.plugin import Extraction, ExtractionContext
from dnnd.text.normalize import match_key
from dnnd.text.patterns import scanner
from dnnd.text.words import WordIndex

__all__ = ["EXTRACTORS", "OrganizationExtractor", "find_organizations"]

_W = rf"[{UPPER}{LOWER}0-9]"
# A capitalised word, Latin or Vietnamese, or an acronym; a full stop only inside it ("TP.HCM"),
# never the one that ends the sentence.
_CAP = rf"[{UPPER}](?:[{UPPER}{LOWER}0-9&'’-]|(?<=[{UPPER}])\.(?=[{UPPER}{LOWER}0-9]))*"
_LOW = rf"[{LOWER}]+"

# Friendship unions: "Liên hiệp các tổ chức hữu nghị", "Liên hiệp Hữu nghị", with "Hội" before it at times.
_FU_FULL = r"(?:Hội )?Liên [Hh]iệp (?:[Cc]ác [Tt]ổ chức [Hh]ữu nghị|Hữu nghị|hữu nghị)(?![\w])"
_FU_FULL_RE = re.compile(_FU_FULL)
_FU_REF = r"Liên hiệp(?: (?:tỉnh|thành phố|TP))?(?! (?:[Cc]ác|[Hh]ữu|phụ|Phụ|Quốc|quốc|hội|[A-ZĐ]))(?![\w])"
# Friendship associations: "Hội Hữu nghị Việt - Trung", "Hội hữu nghị Việt Nam - Lào", "câu lạc bộ hữu nghị
# Việt-Triều" (the two peoples named make it a name, whatever the case of its head; a partner state may be named
# by its form, in lower case after its capital: "Hội Hữu nghị Việt Nam - Liên bang Nga", tienphong.vn)
_FA = (
    rf"(?:Chi [Hh]ội|Hội|[Cc]âu lạc bộ|[Cc]âu [Ll]ạc [Bb]ộ) [Hh]ữu nghị (?:và [Hh]ợp tác )?(?:Việt Nam|Việt) ?[-–] ?"
    rf"(?:(?:Liên bang|Cộng hòa|Cộng hoà) )?{_CAP}(?: (?!tỉnh|thành)[{UPPER}]{_W}*)?"
)
_CHI_HOI = r"Chi hội [Hh]ữu nghị"
_FA_PARTNER = re.compile(r"[-–] ?(.+)$")


def _fa_ends_in_place(surface: str) -> bool:
    """True unless the partner of a friendship association runs into a person's surname ("Lào Nguyễn")."""
    partner = _FA_PARTNER.search(surface)
    if partner is None or " " not in partner.group(1):
        return True
    last = partner.group(1).rsplit(" ", 1)[1]
    return last not in surnames() or gazetteer_places().lookup(partner.group(1)) is not None


_CLUSTER = r"Cụm số \d+"
# several owners after a department's field: "... của 7 đơn vị", "... của các huyện", "Sở Giáo dục và Thể thao
# các tỉnh Nam Lào" (one department in each, no one organization; "hai nước" is left to the facts, which read
# "Hội LHPN hai nước" as both sides)
_OWNERS_COUNTED = re.compile(
    r" (?:của (?:\d+|hai|ba|bốn|năm|các|những|nhiều) |(?:\d+|hai|ba|bốn|năm|các|những) (?:tỉnh|huyện|"
    r"thành phố|địa phương)(?![\w]))"
)
# several units after any body's kind: "Trung tâm y tế các huyện", one in each
# ("Hội phụ nữ hai tỉnh": the union of each of the two provinces, no one body either)
_PLURAL_OWNERS = re.compile(r" (?:các|những|hai|ba) (?:tỉnh|huyện|thành phố|quận|thị xã|xã|phường|địa phương)(?![\w])")
# Local Party and State bodies; they take the place after them.
# (some sites capitalise both syllables: "Trưởng ban Dân vận Tỉnh Ủy")
_PARTY_COMMITTEES = (
    r"Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Huyện ủy|Huyện uỷ|Quận ủy|Quận uỷ|Thị ủy|Thị uỷ|"
    r"Tỉnh Ủy|Tỉnh Uỷ|Thành Ủy|Huyện Ủy|Quận Ủy|Thị Ủy|"
    # (a region's committee: China's autonomous regions, Vietnam's wartime zones, "Khu ủy Quảng Tây")
    r"Khu ủy|Khu uỷ|Khu Ủy"
)
# The Youth Union's committee of a province, city or district, named like the Party's: "Tỉnh Đoàn Sơn La",
# "Thành đoàn TP.HCM" (Điều lệ Đoàn TNCS Hồ Chí Minh ch. III); never "tỉnh đoàn kết" (united), "đoàn viên"
_YOUTH_COMMITTEES = r"(?:Tỉnh|Thành|Huyện|Quận) [Đđ]oàn(?! kết| viên)"
_LOCAL_ONLY = rf"{_PARTY_COMMITTEES}|{_YOUTH_COMMITTEES}"
# (after a commission, some sites write the committee in lower case: "Ban dân vận tỉnh ủy")
_LOCAL_ONLY_LOWER = _PARTY_COMMITTEES.lower()
_LOCAL_COMMITTEE = re.compile(rf"(?:{_LOCAL_ONLY}|{_LOCAL_ONLY_LOWER})(?![\w])")
_LOCAL = (
    r"UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|ủy ban nhân dân|Hội đồng nhân dân|"
    r"(?:Ủy ban|Uỷ ban|UB) (?:MTTQ|Mặt trận Tổ quốc)(?: Việt Nam)?|UBMTTQ(?: Việt Nam)?|"
    r"Đảng ủy|Đảng uỷ|Đảng bộ|Cổng (?:TTĐT|[Tt]hông tin điện tử)|Công an|Bộ [Cc]hỉ huy [Qq]uân sự|"
    # (the corps and the command in lower case too, as many sites write them)
    r"Bộ [Cc]hỉ huy Bộ đội [Bb]iên phòng|Bộ đội biên phòng|Văn phòng (?:UBND|HĐND|Tỉnh ủy|Thành ủy)|"
    r"Đài Phát thanh và Truyền hình|Đài PT-TH|Tòa án nhân dân|Viện Kiểm sát nhân dân|"
    # (the Youth Union of a bloc of bodies: "Đoàn Khối Cơ quan và Doanh nghiệp tỉnh"; before "Khối" the word
    # "Đoàn" is no surname)
    r"Đoàn(?= [Kk]hối )|"
    # (China's local governments as the Vietnamese press names them: "Chính phủ nhân dân tỉnh Vân Nam")
    r"[Cc]hính quyền nhân dân|Chính phủ [Nn]hân dân"
)
# A party named after its centre: "Trung ương Đảng Nhân dân Cách mạng Lào", "... Đảng Cộng sản Việt Nam"
# (the kind by its initials too: "Bí thư T.Ư Đảng NDCM Lào", tinbong247.org, "Đảng CS Trung Quốc")
_PARTY = (
    rf"Đảng(?:(?: (?:[Cc]ộng sản|[Nn]hân dân|[Cc]ách mạng|[Ll]ao động|[Dd]ân chủ|[Xx]ã hội|[Tt]hống nhất))+"
    rf"| (?:NDCM|CS)) [{UPPER}]{_W}*"
    rf"(?: [{UPPER}]{_W}*)?"
)
_PARTY_AFTER = re.compile(rf" {_PARTY}(?![\w])")
_OWN_PARTY_TAIL = re.compile(r" đảng(?: cộng sản việt nam)?$")  # (in a lower-cased key)
# where the country of a party's name begins: its first capitalised word after the party's kind
_PARTY_COUNTRY = re.compile(
    rf" (?=[{UPPER}])(?!(?:[Cc]ộng sản|[Nn]hân dân|[Cc]ách mạng|[Ll]ao động|[Dd]ân chủ|[Xx]ã hội|"
    rf"[Tt]hống nhất)(?![\w]))"
)


def _party_end(text: str, party: int, end: int) -> int:
    """Where a party's name read from ``party`` to ``end`` ends: at its country when a word follows that is
    no part of the country's name."""
    country = _PARTY_COUNTRY.search(text, party, end)
    if country is None:
        return end
    first, _, rest = text[country.end() : end].partition(" ")
    info = gazetteer_places().lookup(first) if rest else None
    if info is not None and info.level == "country" and gazetteer_places().lookup(f"{first} {rest}") is None:
        return country.end() + len(first)
    return end


# Party commissions: "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Ban Đối ngoại Trung ương", with the field
# in lower case at times ("Ban đối ngoại Trung ương Đảng Nhân dân Cách mạng Lào")
_COMMISSION = (
    # "Trưởng ban Dân vận Trung ương": after a head's title the commission's "Ban" is written in lower case
    rf"(?:Ban |(?<=[Tt]rưởng )ban (?=[{UPPER}]))"
    rf"(?!Thường vụ|thường vụ|Thường trực|thường trực|Chấp hành|chấp hành|Kiểm tra|kiểm tra|Bí thư|bí thư)"
    rf"[{UPPER}{LOWER}]{_W}*"
    rf"(?: {_LOW}){{0,2}}(?: và [{UPPER}]{_W}*(?: {_LOW}){{0,2}})? (?:{_LOCAL_ONLY}|{_LOCAL_ONLY_LOWER}|"
    rf"Trung ương(?: {_PARTY})?|Đảng ủy)(?![\w])"
)
_BRAND_CUE = r"shop|cửa hàng|tiệm|thương hiệu|nhãn hàng|hãng|chuỗi(?: [a-zđ]+)?|hệ thống(?: [a-zđ]+)?"

_PLACE_KEYWORDS = r"tỉnh|thành phố|TP\.?|Tp\.?|huyện|quận|thị xã|xã|phường|thị trấn|châu"


@cache
def _head_re() -> re.Pattern[str]:
    known = list(_known_index())
    # a site may write the field in lower case: "Sở y tế tỉnh Hà Giang", or only its first syllable capitalised:
    # "Sở Văn hóa, thể thao và du lịch"
    fields = trie_regex(
        [*state_fields(), *(f.lower() for f in state_fields()), *(f[:1] + f[1:].lower() for f in state_fields())]
    )
    parts = [
        rf"(?P<cluster>{_CLUSTER})",
        rf"(?P<fa>{_FA})",
        rf"(?P<chihoi>{_CHI_HOI})",
        rf"(?P<fu>{_FU_FULL})",
        rf"(?P<commission>{_COMMISSION})",
        # a party by its full name, before the known "Trung ương Đảng" can cut it short
        rf"(?P<party>(?:Trung ương )?{_PARTY})(?![\w])",
        # the Youth Union's central committee and its secretariat, named by "Đoàn" alone after "Trung ương" ("Bí
        # thư Trung ương Đoàn", "Ban Bí thư Trung ương Đoàn ban hành Kế hoạch", thieunhivietnam.vn); not before
        # the union's full name ("Trung ương Đoàn Thanh niên ...": its central level, read as such)
        r"(?P<youthcentre>(?:Ban Bí thư )?(?:Trung ương|TƯ|TW) Đoàn)(?! Thanh niên| TNCS| [Tt]hanh)(?![\w])",
        # (not a site's domain: "VTV.vn - Lễ thành lập ..." is a dateline, "VOV.vn" a source)
        rf"(?P<known>{trie_regex(known)})(?![\w])(?!\.[a-z])",
        # (a province's Sở, a district's Phòng and a ministry share the state's fields)
        rf"(?P<department>(?:Sở|Bộ|Phòng) {fields})(?![\w])",
        # (in lower case too after "BTV", the committee's standing board, which only a committee can follow:
        # "Ủy viên BTV huyện ủy", quanba.hagiang.gov.vn)
        # (never before "viên", which makes of a body the noun for its member: "Tỉnh ủy viên", "Đảng ủy viên",
        # "Công an viên" are people, as "Hội viên" is; baophutho.vn, hanoidep.vn)
        rf"(?P<localonly>{_LOCAL_ONLY}|(?<=BTV ){_LOCAL_ONLY_LOWER})(?![\w])(?! viên(?![\w]))",
        rf"(?P<local>{_LOCAL})(?![\w])(?! viên(?![\w]))",
        rf"(?P<brand>(?:{_BRAND_CUE}) (?P<brandname>{_CAP}(?: {_CAP}){{0,3}}))",
        rf"(?P<furef>{_FU_REF})",
    ]
    # the lookahead names the characters a head can start with: scanner() lets the engine skip to them
    return scanner(re.compile(rf"(?=[{UPPER}sctnhbđủ])(?<![\w])(?:" + "|".join(parts) + ")"))


@cache
def _generic_re() -> re.Pattern[str]:
    # scanned over every text: scanner() checks the look-behind after a head's first letter, not before every one
    return scanner(re.compile(rf"(?<![\w])(?:{trie_regex(org_heads())})(?= )"))


_TOKEN = re.compile(rf"[{UPPER}{LOWER}0-9](?:[{UPPER}{LOWER}0-9&'’]|[-.](?=[{UPPER}{LOWER}0-9]))*")
# a space, or a dash between two capitalised parts ("Việt Nam – Hàn Quốc", "Việt-Triều")
# a word after a slash, inside a name ("da cam/dioxin"); not a number ("số 12/QĐ") nor a second slash
_SLASH_WORD = re.compile(rf"(?<=[{UPPER}{LOWER}])/ ?(?P<word>[{UPPER}{LOWER}][{UPPER}{LOWER}]*)(?![\w/])")
_GAP = re.compile(rf" ?[-–] ?(?=[{UPPER}])| ")
# ("Thành phố" capitalised: the press writes the city's level word so inside names, "Hội Chữ thập đỏ Thành phố Hồ
# Chí Minh")
# Vietnam or the Vietnamese in a body's name, also as the press abbreviates it: "Tổng hội người VN tại Lào"
_VIET_IN_NAME = re.compile(r"Việt|(?<![\w])VN(?![\w])")
# a province or city level word closing a clause: the body of the unit the article is about
_BARE_LEVEL = re.compile(r"(?:tỉnh|thành phố|Thành phố)(?=[,;.)]|$)")
# a province's or city's level word ending a name read in lower case ("Ban chỉ đạo ... tỉnh")
_LEVEL_CLOSES = re.compile(r" (?:tỉnh|thành phố)$")
_LEVEL_WORD = re.compile(r"(?:tỉnh|thành phố|Thành phố|TP\.?|Tp\.?|huyện|quận|thị xã|xã|phường|thị trấn)(?= |$)")
_LATIN = re.compile(r"[A-Za-z0-9&.'’-]+")


def _is_cap(word: str) -> bool:
    # a code starting with a digit counts ("3D"), a quantity with its separators does not ("2.500", "1,5")
    return word[:1].isupper() or (
        word[:1].isdigit() and len(word) > 1 and not word.replace(".", "").replace(",", "").isdigit()
    )


@cache
def _stop_re() -> re.Pattern[str]:
    listed = read_list("org_stop_nouns.txt")
    nouns = trie_regex(listed)  # "Ban Quản lý dự án": a noun, not the verb "dự"
    # a stop word that ends such a noun is its syllable there: "Cảng hàng không" (aviation), not "không" (not)
    stops = set(org_stop_words())
    # (its first syllable capitalised too: "Tổ chức Hàng không dân dụng quốc tế")
    tails = [
        f"(?<={re.escape(first)} ){re.escape(last)}(?![\\w])"
        for head, _, last in (noun.rpartition(" ") for noun in listed)
        if head and last in stops
        for first in {head, head[:1].upper() + head[1:]}
    ]
    ends = rf"(?!{'|'.join(tails)})" if tails else ""
    return re.compile(rf"(?!(?:{nouns})(?![\w])){ends}(?:{trie_regex(org_stop_words())})(?![\w])")


def _place_end(text: str, pos: int, places: dict[int, Mention]) -> int | None:
    """The end of the place named at ``pos``: a place mention, or a name the gazetteer knows."""
    place = places.get(pos)
    if place is not None:
        return None if _word_goes_on(text, pos, place.end) else place.end
    if not text[pos : pos + 1].isupper():
        return None
    after_dash = text[pos - 1 : pos] in "-–" or text[pos - 2 : pos] in ("- ", "– ")
    prev = None if after_dash else _WORD_BEFORE.search(text, max(0, pos - 12), pos)
    if not (after_dash or (prev is not None and prev.group(1)[0].islower())):
        return None  # "bảo tàng Tôn Đức Thắng": after a capitalised word, "Đức" is a syllable of a name
    known = gazetteer_places().bare_re.match(text, pos)
    if known is None:
        return _state_with_acronym_end(text, pos)
    if known.end() < len(text) and (text[known.end()].isalnum() or text[known.end()] == "-"):
        return None
    return None if _word_goes_on(text, pos, known.end()) else known.end()


# a country's form of state with its acronym in brackets before the country's own name: "Cộng hòa dân chủ nhân
# dân (CHDCND) Lào" (baodantoc.vn, sonla.gov.vn, baomoi.com), "Cộng hòa (CH) Séc" (nhandan.com.vn)
_STATE_FORM_ACRONYM = re.compile(
    rf"((?:Cộng hòa|Cộng hoà|Liên bang|Vương quốc)(?: [{UPPER}{LOWER}]+){{0,5}}?) \(([{UPPER}]{{2,}})\) (?=[{UPPER}])"
)


def _state_acronym_left_out(text: str, r: _Raw) -> _Raw:
    """A name shown without the acronym in brackets of the form of state inside it: "Đại sứ quán nước Cộng hòa dân
    chủ nhân dân Lào tại Việt Nam", as "Bộ đội Biên phòng tỉnh Nghệ An" leaves out its "(BĐBP)"."""
    m = _STATE_FORM_ACRONYM.search(text, r.start, r.end)
    if m is None or _state_with_acronym_end(text, m.start()) is None:
        return r
    return attrs.evolve(r, shown=text[r.start : m.end(1)] + " " + text[m.end() : r.end])


def _state_with_acronym_end(text: str, pos: int) -> int | None:
    """The end of a country named at ``pos`` by its form of state, the form's acronym in brackets before the
    country's name ("Cộng hòa dân chủ nhân dân (CHDCND) Lào"), when the name without the brackets is known."""
    m = _STATE_FORM_ACRONYM.match(text, pos)
    if m is None or "".join(w[0] for w in m.group(1).split()).upper() != m.group(2):
        return None  # the acronym spells the form of state it stands beside
    form = m.group(1)
    rest = text[m.end() : m.end() + 40]
    known = gazetteer_places().bare_re.match(f"{form} {rest}")
    if known is None or known.end() <= len(form) + 1:
        return None
    end = m.end() + known.end() - len(form) - 1
    if end < len(text) and (text[end].isalnum() or text[end] == "-"):
        return None
    return end


def _word_goes_on(text: str, start: int, end: int) -> bool:
    """True when the last syllable of ``text[start:end]`` opens a two-syllable word that goes on after ``end``
    ("Pháp ngữ", "Chuyên Ngoại ngữ"): what looks like a place there is a syllable of the name."""
    if not text.startswith(" ", end) or not text[end + 1 : end + 2].islower():
        return False
    last = text.rfind(" ", start, end) + 1
    if text[last] not in _name_word_initials():
        return False
    compound = _name_word_re().match(text, last)
    return compound is not None and compound.end() > end


_BODY_SEAT = re.compile(r"(?:tại|bên cạnh) ")


def _seat_at_body(text: str, at: int) -> int | None:
    """Where a known international body named after "tại" or "bên cạnh" at ``at`` ends, or None: a permanent
    mission is seated at a body, not a place ("... Việt Nam bên cạnh UNESCO", ngkt.mofa.gov.vn)."""
    seat = _BODY_SEAT.match(text, at)
    if seat is None:
        return None
    body = _head_re().match(text, seat.end())
    return body.end() if body is not None and body.lastgroup == "known" else None


def _is_department(name: str) -> bool:
    """True for a ministry or department named by its field alone ("Sở Ngoại vụ", "Bộ Y tế", "Phòng Nội vụ")."""
    if not name.startswith(("Sở ", "Bộ ", "Phòng ")):
        return False
    _, _, field = name.partition(" ")
    return field in _state_field_set() or field in _lower_field_set()


@cache
def _lower_field_set() -> frozenset[str]:
    return frozenset(f.lower() for f in state_fields())


@cache
def _state_field_set() -> frozenset[str]:
    return frozenset(state_fields())


def _foreign(name: str) -> bool:
    """True when the gazetteer knows ``name`` as a place outside Vietnam, or as a region of the world ("châu
    Âu": "Liên hiệp hội người Việt Nam tại châu Âu", "Hiệp hội Doanh nghiệp châu Âu tại Việt Nam")."""
    info = gazetteer_places().lookup(name) if name else None
    return info is not None and (info.country not in (None, "VN") or info.level == "region")


def _country(name: str) -> bool:
    """True when the gazetteer knows ``name`` as a country ("Nhật Bản", "Việt Nam")."""
    info = gazetteer_places().lookup(name) if name else None
    return info is not None and info.level == "country"


def _vietnamese(name: str) -> bool:
    """True when the gazetteer knows ``name`` as a province or city of Vietnam."""
    info = gazetteer_places().lookup(name) if name else None
    return info is not None and info.country == "VN" and info.level in ("province", "city")


def _names_home_province(name: str) -> bool:
    """True when a province of Vietnam ends ``name`` ("Hội đồng hương Ninh Bình")."""
    words = name.split(" ")
    return any(_vietnamese(" ".join(words[-n:])) for n in (1, 2, 3) if len(words) > n)


def _names_foreign_country(name: str) -> bool:
    """True when a foreign country's name ends ``name`` ("Hiệp hội Doanh nghiệp Hàn Quốc")."""
    words = name.split(" ")
    return any(_foreign(" ".join(words[-n:])) for n in (1, 2, 3) if len(words) > n)


def _head_goes_on(text: str, run_start: int, pos: int) -> bool:
    """True when an organization head begins at ``run_start`` and runs past ``pos`` (a parent body
    named inside the name: "Ban Chấp hành Hội Hữu nghị ...")."""
    head = _generic_re().match(text, run_start)
    return head is not None and head.end() > pos


@cache
def _title_start_re() -> re.Pattern[str]:
    return re.compile(rf"(?:Phó |Tổng )?(?:{trie_regex(titles())})(?![\w])")


@cache
def _listed_field_re() -> re.Pattern[str]:
    """A field of the state's whose parts are listed with a comma ("Văn hóa, Thể thao và Du lịch"), as written
    or in lower case after its first letter."""
    fields = [f for f in state_fields() if ", " in f]
    fields += [f[:1] + f[1:].lower() for f in fields]
    return re.compile(rf"(?:{trie_regex(fields or ['(?!)'])})(?![\w])")


@cache
def _listed_field_initials() -> frozenset[str]:
    """The first letters of those fields: a cheap test before :func:`_listed_field_re`, run at every word."""
    return frozenset(f[0] for f in state_fields() if ", " in f)


def _joins_fields(text: str, after: int, category: str, words: int) -> bool:
    """True when a dash joins two fields of a name ("Đại học Tài chính - Quản trị Kinh doanh", "Cao đẳng Văn
    hóa - Nghệ thuật", "Ban Văn hóa – Xã hội"): the part after it is capitalised, is no title of a person's
    and no other body's head ("Hội Nông dân - Hội Phụ nữ" are two bodies)."""
    if not words:
        return False
    word = _TOKEN.match(text, after)
    return (
        word is not None
        and word.group(0)[:1].isupper()
        and word.group(0) not in surnames()
        and _title_start_re().match(text, after) is None
        and _generic_re().match(text, after) is None
        and _head_re().match(text, after) is None
    )


@cache
def _rank_re() -> re.Pattern[str]:
    return re.compile(rf"(?:{trie_regex(read_list('org_rank_words.txt'))})(?![\w])")


@cache
def _name_word_re() -> re.Pattern[str]:
    """Two-syllable words a name writes with one capital ("Cộng sản", "Tổ quốc"): no name ends inside them."""
    return re.compile(rf"(?:{trie_regex(read_list('org_name_words.txt'))})(?![\w])")


@cache
def _name_word_initials() -> frozenset[str]:
    return frozenset(word[0] for word in read_list("org_name_words.txt"))


@cache
def _branch_initials() -> frozenset[str]:
    """The first letters of the branch words: a cheap test before :func:`_branch_re`, run at every word."""
    return frozenset(w[0] for w in _branch_words())


@cache
def _branch_words() -> tuple[str, ...]:
    """The branch words, also with their first letter capitalised after a dash ("Ngân hàng Nhà nước Việt Nam - Chi
    nhánh Nghệ An", baonghean.vn)."""
    words = read_list("org_branch_words.txt")
    return (*words, *(w[:1].upper() + w[1:] for w in words))


@cache
def _branch_re() -> re.Pattern[str]:
    return re.compile(rf"(?:{trie_regex(_branch_words())})(?= )")


def _branch_end(text: str, at: int, places: dict[int, Mention]) -> int | None:
    """The end of a branch named at ``at`` by a branch word and its place ("cơ sở Ninh Bình", "Chi nhánh tỉnh
    Nghệ An"), or None."""
    branch = _branch_re().match(text, at)
    if branch is None:
        return None
    level = _LEVEL_WORD.match(text, branch.end() + 1)
    return _place_end(text, level.end() + 1 if level is not None else branch.end() + 1, places)


@cache
def _branch_head_re() -> re.Pattern[str]:
    """A branch word capitalised at the head of a name: "Chi nhánh ...", "Chi hội ...", "Văn phòng đại diện ..."."""
    words = [w[:1].upper() + w[1:] for w in read_list("org_branch_words.txt")]
    return re.compile(rf"(?:{trie_regex(words)}) ")


@cache
def _counted_re() -> re.Pattern[str]:
    """A noun a number counts (``org_count_nouns.txt``): "Bộ đội 2 người" names no unit 2."""
    return re.compile(rf" (?:{trie_regex(read_list('org_count_nouns.txt'))})(?![\w])")


# a city's or province's level word between "tại" and its name, with or without a space ("TP.Hồ Chí Minh"), or
# a region's ("Tổng Lãnh sự quán Việt Nam tại khu vực Bắc Lào", vov.vn)
_SEAT_LEVEL = re.compile(r"(?:TP\.|Tp\.|TP |Tp |thành phố |tỉnh |khu vực )(?=[A-ZĐ])")
# an organizing committee, named after the event it organizes
_ORGANIZING_COMMITTEE = re.compile(r"Ban [Tt]ổ chức")
_PRESIDIUM = re.compile(r"Đoàn [Cc]hủ tịch(?![\w])")  # a body's presidium, no organization of its own
# "số" and a number: the body's number among its kind ("Ủy ban số 8")
_NUMBERED = re.compile(r"[Ss]ố \d+[A-Z]?(?![\w/.,]\d)")
# what may follow a number that ends a name: punctuation, the end of the text, or a word (a stop word, read apart)
_NUMBER_CLOSES = re.compile(r"(?:[,;.:)(]|$| [,;(–-])")
# the border gate a post or customs office is named by ("Đồn BP cửa khẩu quốc tế Nậm Cắn")
_BORDER_GATE = re.compile(rf"cửa khẩu(?: quốc tế| chính| phụ)? [{UPPER}]")
# a preposition is never a name's first word ("trường tiểu học trên địa bàn huyện": the schools of a district)
# "gốc Việt", "gốc Hoa": of Vietnamese, Chinese origin, after the people of a country
_COMPATRIOTS = re.compile(r"(?:Hội|Ban [Ll]iên lạc|Câu lạc bộ) đồng hương ")  # the people of one home place
_ORIGIN = re.compile(rf"gốc (?=[{UPPER}])(?:Việt(?! Nam)|Hoa|Khmer|Khơ-me)?")
_PREPOSITION = re.compile(
    # (and a conjunction before a capital: "Tổng hội và Hội Việt kiều ...", the head alone, then another body;
    # "Trường trung học cơ sở và trung học phổ thông" joins two kinds of one school)
    rf"(?:trên|tại|ở|của|cho|với|trong|từ|thuộc|(?:và|hoặc)(?= [{UPPER}]))(?![\w])"
)
# a term ("khóa IV", "nhiệm kỳ 2020-2025") is the office's or the congress's, never a name's first word
_REACH = re.compile(r"(?:quốc tế|toàn cầu)(?![\w])")  # an international or a global body's reach
_ACRONYM_FIRST = re.compile(rf" [{UPPER}]{{2,}}(?![\w])")  # an acronym as the first word after a head
_TERM_WORD = re.compile(r"(?:khóa|khoá|nhiệm kỳ)(?![\w])")


# (its head as the press abbreviates it too: "Trường Đại học Sư phạm - ĐH Huế", dantri.com.vn)
# what follows a head that closes a name: a word in lower case, the end of a clause
_HEAD_ENDS = re.compile(rf" [{LOWER}]|[.,;:]")
_UNIVERSITY = re.compile(rf"(?:Đại học|ĐH)(?= [{UPPER}])")


# a second part of a name in lower case after "và", up to the capitalised proper name that closes the name:
# a company's business lines ("Công ty TNHH sản xuất và thương mại Hoàng Long"), a centre's fields
_LOWER_PART = re.compile(rf"[{LOWER}]+(?: [{LOWER}]+){{0,2}} (?=[{UPPER}])")


def _lower_part_before_name(text: str, pos: int, places: dict[int, Mention]) -> bool:
    """True when the lower-case words at ``pos`` (after "và") are a part of the name that a capitalised proper
    name closes, not another party of a list: no verb, body, title, plural, level word or people of a place among
    them ("X và các đơn vị", "X và ông Y", "X và chính quyền huyện"), and no place, title or honorific after."""
    part = _LOWER_PART.match(text, pos)
    if part is None:
        return False
    close = part.end()
    if close in places or _title_start_re().match(text, close) or _head_re().match(text, close):
        return False
    if _PLURAL_WORD.search(part.group(0)) or _PLACE_PEOPLE.match(" và " + part.group(0)):
        return False
    stop = _stop_re()
    at = pos
    for word in part.group(0).split():
        if (
            stop.match(text, at)
            or _head_re().match(text, at)
            or _generic_re().match(text, at)
            or _title_start_re().match(text, at)
            or _LEVEL_WORD.match(text, at)
            or _honorific_opens(text, at)
        ):
            return False
        at += len(word) + 1
    return True


_VIETNAMESE_CAP_AFTER = re.compile(rf" [{UPPER}][{LOWER}]*(?![\w'’.-])")


def _brand_goes_on(text: str, end: int, places: dict[int, Mention]) -> bool:
    """True when a place read into a company's name at ``end`` is only the first syllables of its brand: a
    capitalised Vietnamese syllable follows it at once ("Phú Mỹ Hưng", "Đức Long", "Hải Hà Dream City"), that
    no other place, person, title or body opens."""
    after = _VIETNAMESE_CAP_AFTER.match(text, end)
    if after is None:
        return False
    at = end + 1
    word = after.group(0)[1:]
    return not (
        at in places
        or _place_end(text, at, places) is not None
        or word in surnames()
        or _NOT_VIETNAMESE.search(word) is not None  # (a foreign holder's name: "Honda Việt Nam Takahiro")
        or _title_start_re().match(text, at) is not None
        or _head_re().match(text, at) is not None
        or _generic_re().match(text, at) is not None
        or _LEVEL_WORD.match(text, at) is not None
    )


def _read_name(
    text: str,
    start: int,
    pos: int,
    places: dict[int, Mention],
    lower_first: bool,
    category: str,
    named: bool = False,
) -> int:
    """Read the organization name at ``start`` on from ``pos`` (just after its head); return its end.

    Vietnamese writes each part of a name with a capital on its first syllable ("Ban Công tác
    đại biểu Quốc hội"); the name takes places ("Hội Hữu nghị Việt Nam – Hàn Quốc tỉnh Đắk
    Lắk"), "và" between two parts, "của"/"tại" + a place at its end. It ends at punctuation,
    at a stop word (a verb, a function word), at lower-case words after a place, and before
    another organization's head. ``pos`` is returned when no name follows the head.
    """
    end = i = pos
    words = lowers = 0
    after_place = prev_cap = prev_acronym = prev_latin = False
    proper = 0  # capitalised words in a row after the lower-case part of the name
    run_start = pos  # where the current run of capitalised words began
    field_words: int | None = None  # lower-case words read since a dash joined two fields
    last_place = ""  # the last place read into the name
    stop = _stop_re()
    known = _known_index()
    branch_initials = _branch_initials()
    while True:
        gap = _GAP.match(text, i)
        slash = _SLASH_WORD.match(text, i) if gap is None and words and not after_place else None
        if slash is not None and not (
            _head_re().match(text, slash.start("word")) or _generic_re().match(text, slash.start("word"))
        ):
            # "Hội Nạn nhân chất độc da cam/Dioxin tỉnh", "Hội NNCĐDC/dioxin Việt Nam": a slash joins two words of the
            # name that stand for one another (not two bodies: "Tổng cục An ninh/Bộ An ninh Lào", qdnd.vn)
            end = i = slash.end()
            words += 1
            prev_cap = prev_acronym = False
            continue
        if gap is None:
            if words and _comma_pair_at(text, i):
                i += 1  # "Quỹ Vaccine phòng, chống COVID-19": the comma joins a verb pair of the name, read on
                continue
            fields = _fields_listed(text, start, i, category, places) if words else None
            if fields is None:
                break
            # "Bộ Thông tin, Văn hóa và Du lịch Lào", "Khoa Môi trường, Biến đổi khí hậu và Đô thị": the fields of
            # one ministry or faculty, listed with a comma and "và"; its place may follow
            end = i = fields
            words += 2
            after_place = prev_cap = True  # (a place may follow the fields, no more words in lower case)
            continue
        sep = gap.group(0)
        if sep != " ":
            if _title_start_re().match(text, gap.end()):
                break  # "Trường Đại học Y Dược - Phó Hiệu trưởng": a person's title after a dash
            university = _UNIVERSITY.match(text, gap.end()) if category == "institution" else None
            if university is not None and text.startswith("Trường ", start):
                # "Trường Đại học Sư phạm – Đại học Đà Nẵng" (udn.vn): a member school of a regional or national
                # university is named with its university
                end = _read_name(text, gap.end(), university.end(), places, False, category)
                break
            if not prev_cap and not _joins_fields(text, gap.end(), category, words):
                break
            if prev_cap and text[gap.end() : gap.end() + 1].isupper() and _generic_re().match(text, gap.end()):
                break  # "Quỹ Khuyến học Vinacam - Công ty cổ phần Tập đoàn Vinacam": the body it belongs to
            field_words = 0  # "Đại học Tài chính - Quản trị kinh doanh": a second field, a few syllables long
        j = gap.end()
        if j == len(text):
            break  # a space ends the text: no word follows it
        if text[j : j + 1].isupper() and _degree_opens(text, j):
            break  # "Phòng Sau Đại học PGS.TS Nguyễn ...": an academic degree opens a person's name, no body's word
        if words == 0 and category == "diplomatic" and text.startswith("nước ", j):
            # "Tổng lãnh sự quán nước Cộng hòa Dân chủ Nhân dân Lào": a mission named by "nước" (country) and its
            # country
            country = _place_end(text, j + 5, places)
            if country is not None:
                last_place = text[j + 5 : country]
                end = i = country
                words += 1
                after_place = prev_cap = True
                continue
        place_end = _place_end(text, j, places)
        if place_end is not None and category == "company" and _brand_goes_on(text, place_end, places):
            place_end = None  # "Công ty TNHH Phát triển Phú Mỹ Hưng": a place's name opens the company's brand
        if place_end is not None:
            last_place = text[j:place_end]
            end = i = place_end
            words += 1
            after_place = prev_cap = True
            continue
        if sep != " ":
            branch_end = _branch_end(text, j, places) if text[j] in branch_initials else None
            if branch_end is not None:
                end = branch_end  # "Ngân hàng Nhà nước Việt Nam - Chi nhánh Nghệ An": a branch after a dash
                break
            tok = _TOKEN.match(text, j)
            if tok is None:
                break
            end = i = tok.end()
            words += 1
            continue
        committee = _LOCAL_COMMITTEE.match(text, j) if words else None
        if committee is not None:
            # "Ban Tuyên giáo và Dân vận Tỉnh ủy chỉ đạo": the province's committee ends its organ's name,
            # with the province when one follows ("Ban Dân vận Tỉnh ủy Lào Cai")
            end = committee.end()
            if text.startswith(" ", end):
                end = _place_end(text, end + 1, places) or end
            break
        if words and text.startswith("Trung ương", j) and not text[j + 10 : j + 11].isalnum():
            end = j + 10  # "Ban Dân vận Trung ương": the centre ends the name like a place
            party = _PARTY_AFTER.match(text, end)
            if party is not None:
                end = _party_end(
                    text, end + 1, party.end()
                )  # "Ban Liên lạc Đối ngoại Trung ương Đảng Cộng sản Trung Quốc": the party's centre
            if category == "institution" and text.startswith(" ", end):
                # a central hospital or institute seated outside the capital names its city: "Bệnh viện
                # Trung ương Huế", "Viện Pháp y tâm thần Trung ương Biên Hòa"
                end = _place_end(text, end + 1, places) or end
            break
        # ("xã" is a syllable of "hợp tác xã", a cooperative, however its first syllable is cased: "Liên hiệp Hợp tác
        # xã Thương mại TPHCM", sggp.org.vn, tienphong.vn)
        level = _LEVEL_WORD.match(text, j) if not text.endswith(("hợp tác ", "Hợp tác "), 0, j) else None
        if level is None and prev_acronym and (bare := _BARE_LEVEL.match(text, j)) is not None:
            end = bare.end()  # "Bộ Chỉ huy BĐBP tỉnh, lãnh đạo thị trấn": the province's body, before a comma
            break
        if (
            level is not None
            and level.group(0) not in ("tỉnh", "thành phố", "Thành phố", "TP", "TP.", "Tp", "Tp.")
            and text[level.end() + 1 : level.end() + 2].islower()
            and not (prev_acronym and _bare_lower_level(text, level))
        ):
            level = None  # "Vụ Bảo hiểm xã hội": a level word before a word in lower case is a syllable of the name
        if level is not None and (words or category == "friendship"):
            # (a friendship association named by its province alone: "Hội Hữu nghị tỉnh Quảng Nam")
            nxt = places.get(level.end() + 1)
            unit = _UNIT_NAME.match(text, level.end())
            numbered = _NUMBERED_UNIT.match(text, j - 1) if unit is None else None
            if nxt is not None:
                end = nxt.end
            elif unit is not None:
                end = unit.end()  # "tỉnh Phông Sa Lỳ": a unit the gazetteer does not know
            elif numbered is not None:
                end = numbered.end()  # "Trung tâm Y tế quận 8": a city's numbered district or ward
            elif level.group(0).rstrip(".") in ("tỉnh", "thành phố", "Thành phố", "TP", "Tp") and not text.startswith(
                " các ", level.end()
            ):
                end = level.end()
            elif prev_acronym and _bare_lower_level(text, level):
                end = level.end()  # "Hội CTĐ huyện đã vận động": the district's body, by its acronym
            break
        rank = _rank_re().match(text, j) if prev_acronym else None
        if rank is not None:
            end = rank.end()  # "Viện KSND tối cao": the body's rank, after its acronym, is its name's last word
            break
        branch = _branch_re().match(text, j) if words and not after_place and text[j] in branch_initials else None
        if branch is not None:
            # "Bệnh viện Bạch Mai cơ sở Ninh Bình": a branch and its place end the name
            branch_end = _branch_end(text, j, places)
            if branch_end is not None:
                end = branch_end
                break
        if words and text.startswith("toàn ", j) and _VIET_IN_NAME.search(text, start, i) is not None:
            # "Hội người Việt Nam toàn Thái Lan" (scov.gov.vn, vietnamplus.vn): the Vietnamese of a whole country
            country = _place_end(text, j + 5, places)
            if country is not None and _foreign(text[j + 5 : country]):
                end = country
            elif text.startswith("Liên bang", j + 5) and not text[j + 14 : j + 15].isalnum():
                # ("Tổng hội người Việt toàn Liên bang Đức", or of the federation the article is about, thoibao.de)
                end = _place_end(text, j + 15, places) or j + 14
            break
        # (a mission's seat also after "ở": "Tổng lãnh sự quán Pháp ở TP.HCM", xaluan.com)
        if category == "diplomatic" and words and (body_seat := _seat_at_body(text, j)) is not None:
            end = body_seat  # "Phái đoàn Thường trực Việt Nam tại Liên hợp quốc": a mission to a known body
            break
        if words and (text.startswith(("của ", "tại "), j) or (category == "diplomatic" and text.startswith("ở ", j))):
            at = text.index(" ", j) + 1
            # (a continent is written in lower case: "Liên hiệp hội người Việt Nam tại châu Âu")
            place_end = _place_end(text, at, places) if text[at : at + 1].isupper() or at in places else None
            seat = _SEAT_LEVEL.match(text, at) if place_end is None else None
            if seat is not None:
                at = seat.end()  # "... tại TP.Hồ Chí Minh", "... tại tỉnh Đồng Nai": a level word first
                place_end = _place_end(text, at, places)
            there = text[at : place_end or at]
            # "Hội người Việt Nam tại Hàn Quốc", "Hiệp hội Doanh nghiệp Hàn Quốc tại Việt Nam": a body of one
            # country in another
            abroad = (
                (
                    # (a company's name may hold "Việt" as a syllable of its brand: "Tập đoàn Tân Việt tại thành phố
                    # Gdansk" is where the company works, not a body of the Vietnamese there)
                    (_VIET_IN_NAME.search(text, start, i) is not None and category != "company")
                    or (category == "association" and _names_home_province(text[start:i]))
                )
                and _foreign(there)
            ) or (
                (there.startswith("Việt Nam") or _vietnamese(there)) and _names_foreign_country(text[start:i])
            )  # (and one of another country in a province: "Hiệp hội Doanh nghiệp Nhật Bản tại Đồng Nai"; of a
            # province's people abroad: "Hội đồng hương Ninh Bình tại Ba Lan", vtv4.vtv.vn)
            # (a name in Latin letters is complete: "Good Neighbors International của Hàn Quốc" says where the
            # body comes from, in Vietnamese, after its name)
            owned = text[j] == "c" and not _latin_word_before(text, j)
            # "Hội đồng hương Duy Xuyên tại Hà Nội" (baoquangnam.vn): the people of one place living in another,
            # at home as abroad, are named by both
            abroad = abroad or (text[j] == "t" and _COMPATRIOTS.match(text, start) is not None)
            if place_end is not None and (category == "diplomatic" or owned or abroad):
                end = place_end  # "Đại sứ quán Nhật Bản tại Việt Nam", "Hội người Việt Nam tại Hàn Quốc"
            elif text[j] == "t" and _branch_head_re().match(text, start):
                # "Chi hội JVPF tại tỉnh Saitama", "Chi nhánh Vietcombank tại Lào Cai": a branch is named by its seat
                level = _LEVEL_WORD.match(text, j + 4)
                end = _place_end(text, level.end() + 1 if level is not None else j + 4, places) or end
            break
        if (
            words
            and text.startswith("vì ", j)
            and text[j + 3 : j + 4].isupper()
            and not _place_end(text, j + 3, places)
        ):
            i = j + 2  # "Hội Phụ nữ Campuchia vì Hòa bình và Phát triển": the cause a body serves, in its name
            prev_cap = False
            after_place = False
            continue
        if words and not after_place and text.startswith("& ", j) and text[j + 2 : j + 3].isalpha():
            i = j + 1  # "Bộ Nông nghiệp & phát triển nông thôn": "&" joins two parts of one name, whatever their case
            prev_cap = False
            continue
        if words and not after_place and text.startswith(("và ", "về ", "với "), j):
            k = text.index(" ", j) + 1  # after "và", "về" or "với" and its space
            plural = text.startswith(("các ", "những "), k) and text.startswith("và ", j)
            if _head_re().match(text, k) or _generic_re().match(text, k) or plural:
                break  # "... về các tổ chức phi chính phủ" goes on; "X và các đơn vị" does not
            other = _place_end(text, k, places) if text.startswith("và ", j) else None
            if other is not None and not _CAPITAL_AFTER.match(text, other):
                # "hợp tác giữa Trường Đại học Cửu Long và Lào" (mku.edu.vn): a place alone after "và" is the other
                # party, no part of the name
                break
            if text[k : k + 1].isupper() and (
                _title_start_re().match(text, k) or (_honorific_opens(text, k) and k not in places)
            ):
                # "Công ty điện tử Samsung Shim Won Hwan và Tổng Giám đốc ...": another office holder; "Khoa Đông
                # phương và Ông Lưu Ngọc Cương": a person named with his honorific (not "Anh Quốc", a place)
                break
            if (
                text.startswith("và ", j)
                and not text[k : k + 1].isupper()
                # (a part in lower case after a lower-case word may go on to the proper name that closes the name)
                and (prev_cap or not _lower_part_before_name(text, k, places))
            ):
                break
            if not text.startswith("và ", j) and not lower_first:
                break
            if text.startswith("với ", j) and prev_cap and text[k : k + 1].islower():
                # "Quỹ Hòa bình Hàn - Việt với tổng kinh phí": after a proper name "với" and lower case are the
                # sentence's; a remit with "với" goes on in lower case ("Ủy ban liên lạc văn hóa với nước ngoài")
                break
            i = k - 1
            if text.startswith("và ", j):
                lowers = 0  # "Chữ thập đỏ và Trăng lưỡi liềm đỏ quốc tế": each part joined by "và" has its own words
            if not text.startswith("và ", j) and text.startswith(("các ", "những "), k):
                i = text.index(" ", k)  # "Ủy ban Công tác về các tổ chức ...": the plural belongs to the name
            prev_cap = False
            continue
        if words and text.startswith("ở nước ngoài", j) and _VIET_IN_NAME.search(text, max(start, j - 10), j):
            # "Hội liên lạc người Việt Nam ở nước ngoài TPHCM": the overseas Vietnamese, whom the body serves, are
            # named with where they live, and the body's own place may follow
            end = i = j + 12
            words += 1
            prev_cap = False
            continue
        if (
            stop.match(text, j)
            and not (
                words == 0
                and lower_first
                and named
                and not _TERM_WORD.match(text, j)
                and not _PREPOSITION.match(text, j)
                # (nor a marker that only stands before a verb: "Hội đã làm tốt ...", "Công ty sẽ ...")
                and not _aspect_re().match(text, j)
                # (but a verb before a title is the sentence's: "Chủ tịch Hội làm Trưởng đoàn")
                and not _title_start_re().match(text, text.find(" ", j) + 1)
            )
            # "Ban Tổ chức Lễ hội Việt Nam tại Sapporo": an organizing committee is named by its event
            and not (_ORGANIZING_COMMITTEE.fullmatch(text, start, i) and text[j : j + 1].isupper())
        ):
            break  # (the first word after a head that allows lower case is the name's own: "Hội người ...")
        if words and category == "media" and _media_head_re().match(text, j):
            break  # "Báo Nhà báo và Công luận Báo Đầu tư": a list without its comma, the next masthead begins
        if words and ((name := text[start:i]) in known or _is_department(name)):
            if text[j : j + 1].islower():
                break  # "Bộ Công Thương chủ trì", "Sở Ngoại vụ chịu trách nhiệm": a known name is complete
            following = _head_re().match(text, j)
            if following is not None and following.lastgroup == "known":
                break  # "Bộ Ngoại giao Chính phủ Cách mạng lâm thời ...": the body it belongs to is named apart
            if following is not None and following.lastgroup == "party":
                end = _party_end(text, j, following.end())  # "Bộ Chính trị Đảng Nhân dân Cách mạng Lào": an organ
                break
        listed = _listed_field_re().match(text, j) if text[j] in _listed_field_initials() else None
        if listed is not None:
            # "Trường Đại học Văn hóa, Thể thao và Du lịch Thanh Hóa": a field of the state's, its parts listed
            # with a comma, names a school or a centre as it names a department
            words += 1
            end = i = listed.end()
            prev_cap = True
            continue
        numbered = _NUMBERED.match(text, j)
        if numbered is not None:
            # "Ủy ban số 8", "Trường Tiểu học số 2 Nam Lý": a body numbered among its kind
            words += 1
            end = i = numbered.end()
            if _CAPITAL_AFTER.match(text, i):
                prev_cap = after_place = False
                continue
            break
        kind = _school_kind_re().match(text, j) if category == "institution" and not after_place else None
        if kind is not None and (words or lower_first or text[j].isupper()):
            # "Trường Phổ thông dân tộc bán trú Trung học cơ sở Văn Lăng": a school's kinds, one word each
            words += 1
            lowers += 1
            prev_cap = prev_acronym = False
            proper = 0
            end = i = kind.end()
            continue
        tok = _TOKEN.match(text, j)
        if tok is None:
            break
        word = tok.group(0)
        cap = _is_cap(word)
        word_end = tok.end()
        compound = _name_word_re().match(text, j) if cap and word[0] in _name_word_initials() else None
        if compound is not None:
            # "Đảng Cộng sản", "Mặt trận Tổ quốc", "Liên bang Nga": a word of two syllables, one capital, is read
            # whole, so no rule for lower case after a proper name cuts the name inside it
            word = compound.group(0)
            word_end = compound.end()
        if words == 0 and category == "military" and word.isdigit() and not _counted_re().match(text, word_end):
            end = word_end  # "Quân khu 4", "Sư đoàn 324": a unit named by its number alone
            break
        if words == 0 and not cap and not lower_first and not (category == "military" and _BORDER_GATE.match(text, j)):
            return pos  # (a post is named by its border gate: "Đồn Biên phòng cửa khẩu Thanh Thủy")
        origin = _ORIGIN.match(text, j) if after_place and category == "association" else None
        if origin is not None:
            # "Tổng Hội người Campuchia gốc Việt Nam": the people an association gathers, by their origin
            words += 2
            end = i = _place_end(text, origin.end(), places) or origin.end()
            continue
        if after_place and _masthead_goes_on(text, j, word, category, words):
            # "báo Sài Gòn Giải phóng", "báo Pháp Luật TP.HCM": a place opens the masthead, its own words follow
            after_place = prev_cap = False
        elif after_place:
            town = _seat_after_partner(text, j, last_place) if category == "institution" else None
            if town is not None:
                end = town  # "Bệnh viện Việt Nam - Thụy Điển Uông Bí": a friendship hospital's town ends its name
                break
            if (
                category in ("friendship", "institution", "association", "company")
                and cap
                and word.isascii()
                and word.isalpha()
                and (category == "friendship" or word[1:].islower())
                and not _CAPITAL_AFTER.match(text, word_end)
            ):
                # "Hội hữu nghị Nhật Bản - Việt Nam Mimasaka": the foreign town it is of; "Bệnh viện Seoul Asan",
                # "Bệnh viện Đại học Seoul Bundang" (tienphong.vn, world.kbs.co.kr), "Chi hội Gwangju Jeollanam"
                # (vietnam.ajunews.com): a foreign city opens a name its own word ends (a person's name after a
                # body takes two words: "Hạ viện Mỹ Nancy Pelosi")
                end = word_end
            elif (
                category in ("institution", "company")
                and word.isdigit()
                and len(word) <= 2
                and (_NUMBER_CLOSES.match(text, word_end) or stop.match(text, word_end + 1))
                and not _counted_re().match(text, word_end)
            ):
                end = word_end  # "Trường THPT Lai Vung 1", "Công ty Cổ phần Sông Đà 9": numbered after their place
            break  # "Hạ viện Mỹ Nancy Pelosi", "Bộ Ngoại giao Trung Quốc cáo buộc": the name ended
        if not cap and prev_acronym and category == "military" and word.isdigit():
            end = word_end  # "Đại đội BP 221": a unit's number after its corps' acronym ends its name
            break
        if (
            not cap
            and prev_acronym
            and not (category == "institution" and _CAPITAL_AFTER.match(text, word_end))
            and not _BORDER_GATE.match(text, j)
        ):
            # "Bộ Tư lệnh BĐBP phát động": an acronym completes the name, lower case after it does not belong; but
            # a school's kind may go on to its proper name ("Trường THPT chuyên Lê Quý Đôn")
            break
        if not cap and prev_latin and not word.isdigit() and word not in _latin_links():
            # "Công ty an ninh mạng Kaspersky cảnh báo": a brand in Latin letters after the kind completes the
            # name; a Vietnamese name writes its next syllables in lower case, a Latin brand does not
            break
        if (
            not cap
            and proper >= 2
            and not word.isdigit()  # (a number is weighed below: "Công ty Cổ phần Sông Đà 9,")
            and not (word == "tế" and text.endswith("Quốc ", 0, j))
            and not _head_goes_on(text, run_start, j)
        ):
            # "Chi khu Quân sự Mê Sang vui mừng": after a proper name (two capitals after lower case) it ends
            # ("Quốc tế", international, is written so inside names: "Rotary Quốc tế"; nor does a parent
            # body's head written with a lower-case tail: "Ban Chấp hành Hội Hữu nghị")
            break
        if (
            not cap
            and not lowers
            and words >= 3
            and run_start == pos + 1  # (every word since the head capitalised)
            and proper == 0
            # (nor after an acronym, where a legal form is written so: "Công ty TNHH Một Thành Viên Giám định")
            and not _ACRONYM_FIRST.match(text, pos)
            and not text[start:pos].rpartition(" ")[2].isupper()
            # (nor the reach of a body after its proper name: "Tổ chức Làng Hoa Sen quốc tế Hàn Quốc")
            and not _REACH.match(text, j)
            and not word.isdigit()
            and word not in _latin_links()
            and not _head_goes_on(text, run_start, j)
        ):
            # "Ban Tổ Chức Bầu Cử tiến hành", "Hội Đồng Giám Sát đứng đầu là": a name written with every
            # syllable capitalised, as the overseas press writes them, ends at the first word in lower case
            break
        if not cap and prev_cap and category == "media" and text.count(" ", run_start, i) >= 1:
            # "báo Người Lao Động xác định": a masthead written all in capitals is complete; lower case
            # after it is the sentence's (one capital then lower case is the masthead's: "Công an nhân dân")
            break
        if (
            cap
            and proper >= 2
            and (head := _generic_re().match(text, j)) is not None
            and not _HEAD_ENDS.match(text, head.end())
        ):
            # "Công ty CP Vàng bạc đá quý Phú Nhuận Công ty (PNJ)": after a proper name, another body's head; not one
            # that ends the name or the clause, a word of the name ("Ban Tổ Chức Bầu Cử Cộng Đồng là ...")
            break
        # (a company's legal form is no acronym that completes a name: "Ngân hàng TMCP phát triển TP.Hồ Chí Minh",
        # "Công ty TNHH sản xuất ...", "Ngân hàng Thương mại CP Công thương Việt Nam"; baoquangngai.vn, baolangson.vn)
        legal = word in _LEGAL_FORMS
        prev_acronym = len(word) > 1 and word.isupper() and not legal
        # (a company's brand right after its head completes it too: "Tổng Công ty Becamex đặt ra", baobinhduong.vn)
        prev_latin = (
            cap
            and (lowers > 0 or (words == 0 and category == "company"))
            and word.isascii()
            and _NOT_VIETNAMESE.search(word) is not None
        )
        if cap and not prev_cap and lowers and not proper and _generic_re().match(text, j) is not None:
            # "Hội đồng bảo trợ Quỹ Bảo trợ trẻ em Việt Nam", "Phòng Hợp tác quốc tế Trường Đại học Quy
            # Nhơn": after the organ's own words in lower case, the head of the body it belongs to begins
            # that body's name, read by the same rules (its own lower-case words, its place)
            lowers = 0
        if cap and not prev_cap:
            run_start = j
        proper = proper + 1 if cap and (proper or lowers) and not legal else 0
        if not cap:
            if word.isdigit() and words and category == "military" and not _counted_re().match(text, word_end):
                words += 1  # "Đại đội Biên phòng 224": a unit's number ends its name
                end = i = word_end
                break
            if (
                word.isdigit()
                and words
                and run_start > pos  # (a capitalised word came before it)
                and category in ("institution", "company")
                and (_NUMBER_CLOSES.match(text, word_end) or stop.match(text, word_end + 1))
                and not _counted_re().match(text, word_end)
            ):
                # "Bệnh viện Quân y 175", "Tổng công ty Phát điện 1": numbered after its capitalised name
                end = i = word_end
                break
            if word.isdigit() and words and _CAPITAL_AFTER.match(text, word_end):
                words += 1  # "Tổ chức Khu vực 3740 Rotary Quốc tế": a number inside a proper name
                end = i = word_end
                continue
            if after_place or word.isdigit():
                break
            if field_words is not None:
                field_words += 1
                if field_words > 3 and not _place_closes_soon(text, word_end, places):
                    # "... Quản trị kinh doanh cơ sở 2": the field ended, a description follows (but a remit its
                    # place closes goes on: "Trung tâm Phục hồi chức năng - Giáo dục trẻ em khuyết tật tỉnh Khánh
                    # Hòa", baokhanhhoa.vn)
                    break
            lowers += 1
            # (a long remit that the body's place closes goes on: "Ban Chỉ đạo khắc phục hậu quả chiến tranh tỉnh")
            # (or the bare level word itself, closing the name at punctuation: "... thông tin đối ngoại tỉnh;")
            if lowers > 6 and not _place_closes_soon(text, word_end, places) and not _BARE_LEVEL.match(text, j):
                break
        words += 1
        prev_cap = cap
        end = i = word_end
        if compound is not None:
            # (the word's lower-case syllable counts as the rules count one: "Công tác Xã hội Thanh thiếu niên",
            # "Báo Lao động Thủ đô" go on past the proper name after it)
            prev_cap = False
            proper = 0
            lowers += 1
        if words > 1 and _INITIAL.match(text, j) and _latin_word_before(text, j):
            end = i = i + 1  # "Quỹ Lawrence S. Ting": a middle initial between two Latin names, with its stop
    return end


# ", Văn hóa và Du lịch": two more fields after a comma, the last after "và", each capitalised then in lower case
_FIELDS_AFTER = re.compile(
    rf", (?P<first>[{UPPER}][{LOWER}]*(?: [{LOWER}]+){{0,3}}) và (?P<last>[{UPPER}][{LOWER}]*(?: [{LOWER}]+){{0,3}})"
    rf"(?![\w&-])"
)


def _field_opens(text: str, at: int, places: dict[int, Mention]) -> bool:
    """True when a listed part at ``at`` is a field's name: no body's head, title, person or place opens it."""
    return not (
        at in places
        or _place_end(text, at, places) is not None
        or _head_re().match(text, at) is not None
        or _generic_re().match(text, at) is not None
        or _title_start_re().match(text, at) is not None
        or ((word := _TOKEN.match(text, at)) is not None and word.group(0) in surnames())
    )


@cache
def _comma_pairs() -> tuple[tuple[str, str], ...]:
    """The verb pairs written with a comma inside a name (``org_comma_words.txt``), each as (first, second)."""
    pairs = []
    for line in read_list("org_comma_words.txt"):
        first, _, second = line.partition(", ")
        pairs.append((first, second))
        pairs.append((first[:1].upper() + first[1:], second))
    return tuple(pairs)


def _comma_pair_at(text: str, pos: int) -> bool:
    """True when the ", " at ``pos`` joins the two verbs of a pair ("phòng, chống"): the word before it is the
    pair's first, the word after it the second."""
    if not text.startswith(", ", pos):
        return False
    for first, second in _comma_pairs():
        before = pos - len(first)
        if (
            text.startswith(first, before)
            and not text[before - 1 : before].isalnum()
            and text.startswith(second, pos + 2)
            and not text[pos + 2 + len(second) : pos + 3 + len(second)].isalnum()
        ):
            return True
    return False


def _fields_listed(text: str, start: int, pos: int, category: str, places: dict[int, Mention]) -> int | None:
    """Where the fields listed after a ministry's, department's or school's first field end ("Bộ Thông tin, Văn
    hóa và Du lịch"), or None: not after a name known complete ("Bộ Tài chính, Kế hoạch và Đầu tư" lists two
    ministries), nor after a plural ("các Sở Y tế, Giáo dục và Đào tạo")."""
    if category not in ("ministry", "state", "institution") or not text.startswith(", ", pos):
        return None
    listed = _FIELDS_AFTER.match(text, pos)
    if listed is None or (name := text[start:pos]) in _known_index() or _is_department(name):
        return None
    if _PLURAL_BEFORE.search(text, max(0, start - 12), start):
        return None
    if not (_field_opens(text, listed.start("first"), places) and _field_opens(text, listed.start("last"), places)):
        return None
    if _stop_at(text, listed.start("first"), listed.end("first")) is not None:
        return None  # a clause, not a field
    # the last field ends before a verb or a function word ("Khoa Ngữ văn, Lịch sử và Địa lý đón đoàn"), and
    # takes no more lower-case syllables than the field before it ("Bộ Thông tin, Văn hóa và Du lịch diễn ra")
    stop = _stop_at(text, listed.start("last"), listed.end())
    end = stop - 1 if stop is not None else listed.end()
    syllables = listed.group("first").count(" ") + 1
    last = text[listed.start("last") : end].split(" ")
    return listed.start("last") + len(" ".join(last[: max(2, syllables)]))


def _stop_at(text: str, start: int, end: int) -> int | None:
    """Where the first stop word (a verb, a function word) among the words of ``text[start:end]`` begins."""
    for word in _WORDS.finditer(text, start, end):
        if _stop_re().match(text, word.start(), end):
            return word.start()
    return None


# up to two more words in lower case, then a level word: where a long remit in a name may end
_LOWER_THEN_LEVEL = re.compile(rf"(?: [{LOWER}]+){{0,2}}? (?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)(?![\w])")


def _place_closes_soon(text: str, pos: int, places: dict[int, Mention]) -> bool:
    """True when a level word and a place the article names follow ``pos`` within two words ("... chiến
    tranh tỉnh Quảng Trị"): the lower-case words before it describe the body's remit, not the sentence."""
    m = _LOWER_THEN_LEVEL.match(text, pos)
    return m is not None and m.end() + 1 in places


def _seat_after_partner(text: str, pos: int, partner: str) -> int | None:
    """The end of the Vietnamese town at ``pos`` that seats an institution named for a partner country.

    Hospitals and schools built with a foreign country are named for the friendship, then their town:
    "Bệnh viện Hữu nghị Việt Nam Cuba Hà Nội", "Bệnh viện Việt Nam - Thụy Điển Uông Bí". The places do
    not mark a town after a capitalised word (it may be a syllable of a name), so the gazetteer decides.
    """
    country = gazetteer_places().lookup(partner)
    if country is None or country.level != "country" or country.code == "VN":
        return None
    seat = gazetteer_places().bare_re.match(text, pos)
    if seat is None or text[seat.end() : seat.end() + 1].isalnum():
        return None
    info = gazetteer_places().lookup(seat.group(0))
    return seat.end() if info is not None and info.country == "VN" and info.level != "country" else None


def _masthead_goes_on(text: str, at: int, word: str, category: str, words: int) -> bool:
    """True when the capitalised Vietnamese ``word`` at ``at`` goes on a newspaper's name that a place opened.

    "báo Sài Gòn Giải phóng", "báo Hà Nội Mới": a masthead may begin with a place; a person ("Đài Tiếng nói
    Việt Nam Đỗ Tiến Sỹ"), a title, another body's head or a foreign name in Latin letters ends it instead.
    """
    return (
        category == "media"
        and words == 1
        and word[:1].isupper()
        and not word.isascii()
        and word not in surnames()
        and _title_start_re().match(text, at) is None
        and _generic_re().match(text, at) is None
        and _head_re().match(text, at) is None
    )


@cache
def _media_head_re() -> re.Pattern[str]:
    """A capitalised newspaper or station head before a capitalised name: "Báo Đầu tư" (but not "Báo chí")."""
    heads = [h.head for h in org_heads().values() if h.category == "media" and h.head[:1].isupper()]
    return re.compile(rf"(?:{trie_regex(heads)}) [{UPPER}]")


@cache
def _school_kind_re() -> re.Pattern[str]:
    """A kind of school (``org_school_kinds.txt``), in either case: "dân tộc bán trú", "Trung học cơ sở"."""
    return re.compile(rf"(?:{trie_regex(read_list('org_school_kinds.txt'))})(?![\w])", re.IGNORECASE)


# a middle initial: one Latin capital, its full stop, then a capitalised Latin name ("Lawrence S. Ting")
_INITIAL = re.compile(r"[A-Z]\. [A-Z][a-z]+(?![\w])")


def _latin_word_before(text: str, pos: int) -> bool:
    """True when a capitalised foreign word in Latin letters ends one space before ``pos`` (not Vietnamese
    written without its marks: "Hoa B. Ngay" is a school's letter and the next sentence)."""
    word = _WORD_BEFORE.search(text, max(0, pos - 30), pos)
    return (
        word is not None
        and word.group(1).isascii()
        and word.group(1)[:1].isupper()
        and _NOT_VIETNAMESE.search(word.group(1)) is not None
    )


_KNOWN_BY_SURFACE: dict[str, tuple[str, str]] = {}


@cache
def _known_index() -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for org in known_organizations():
        for surface in (org.name, *org.aliases):
            out.setdefault(surface, (org.name, org.category))
            for variant in _case_variants(surface):
                out.setdefault(variant, (org.name, org.category))
            # every syllable capitalised, as some outlets write names: "tổ chức Tầm Nhìn Thế Giới" (three
            # syllables at least: two capitalised ones may be a given name, as "Quốc Hội" in "Nguyễn Quốc Hội")
            titled = " ".join(w[:1].upper() + w[1:] for w in surface.split(" "))
            if titled != surface and surface.count(" ") >= 2:
                out.setdefault(titled, (org.name, org.category))
    return out


def _case_variants(name: str) -> list[str]:
    """``name`` with the syllable after its head capitalised or not, as the press writes either.

    "Ủy ban Công tác về các tổ chức ..." and "Ủy ban công tác về các tổ chức ..." are one body: Vietnamese
    spelling rules capitalise the first syllable of each part of a name, and outlets disagree on where the
    parts begin. The head is the first one or two syllables (whichever the head table knows).
    """
    words = name.split(" ")
    heads = org_heads()
    n = 2 if " ".join(words[:2]) in heads else 1 if words[0] in heads else 0
    if not n or len(words) <= n + 1:
        return []
    word = words[n]
    if not word[:1].isalpha() or (len(word) > 1 and word.isupper()):
        return []
    swapped = word[:1].lower() + word[1:] if word[:1].isupper() else word[:1].upper() + word[1:]
    out = [" ".join([*words[:n], swapped, *words[n + 1 :]])]
    # the part after "và" in lower case too: "Bộ Thông tin và truyền thông", "Sở Văn hóa, Thể thao và du lịch"
    joined = [k + 1 for k in range(n + 1, len(words) - 1) if words[k] == "và" and words[k + 1][:1].isupper()]
    if joined:
        lowered = [w[:1].lower() + w[1:] if k in joined else w for k, w in enumerate(words)]
        out.append(" ".join(lowered))
    return out


@attrs.frozen
class _Raw:
    start: int
    end: int
    kind: str  # the head pattern that matched
    head: str  # key of the head, qualifier excluded
    qualifier: str  # key of the place qualifier ("" none, "tỉnh"/"tp" bare, else the place's key)
    place_level: str | None = None
    ref: bool = False
    category: str = ""
    parent: _Raw | None = None  # an internal organ's organization, listed too
    shown: str = ""  # the full name when the text names only its end ("Tr'Hy" in "các Đồn Biên phòng Ga Ry, Tr'Hy")
    # the body a central committee heads: it names the body (and spells its acronym out) for the article's
    # other mentions of it, but is listed only when the article names it apart
    inside_centre: bool = False


_FU_KEY = re.compile(r"^(?:hội )?liên hiệp (?:các tổ chức )?hữu nghị")
_DASH = re.compile(r"\s*[-–—]\s*")
_SCHOOL_WORD = re.compile(r"^trường (?=(?:đại học|cao đẳng|học viện) )")
# the heads of schools and universities, in either case
_SCHOOL_HEAD = re.compile(r"(?i:trường|đại học|cao đẳng|học viện|khoa)(?![\w])")
_SCHOOL_KIND = re.compile(r"(?i:trường(?: đại học| cao đẳng)?|đại học|cao đẳng)")  # a school's kind alone
# a company's legal form, which articles write once in full and then leave out ("Công ty TNHH MTV Xổ số kiến
# thiết An Giang", then "Công ty Xổ số kiến thiết An Giang")
# the legal forms of Vietnamese companies and banks by their initials (Luật Doanh nghiệp 2020 art. 37-38; Luật
# Các tổ chức tín dụng: "ngân hàng thương mại cổ phần")
_LEGAL_FORMS = frozenset({"TNHH", "CP", "TMCP", "MTV", "CTCP"})
_COMPANY_FORM = re.compile(
    r"^((?:tổng )?công ty) (?:tnhh|trách nhiệm hữu hạn|cp|cổ phần)(?: (?:mtv|một thành viên))?(?= )"
)


@lru_cache(maxsize=8192)  # the same heads recur in every article ("UBND tỉnh")
def _head_key(text: str) -> str:
    key = match_key(expand_abbreviations(text))
    key = _FU_KEY.sub("liên hiệp các tổ chức hữu nghị", key)
    key = _DASH.sub("-", key).translate(_NO_QUOTES)  # "Quỹ “Vì người nghèo”" and "Quỹ Vì người nghèo" are one
    key = _SCHOOL_WORD.sub("", key)  # "Trường Đại học Thành Đông" and "Đại học Thành Đông" are one
    key = _COMPANY_FORM.sub(r"\1", key)
    if _FA_KEY.match(key):
        # "Hội Hữu nghị Lào - Việt" and "Hội Hữu nghị Lào - Việt Nam" are one association; so are "Hội hữu nghị
        # Việt Lào xã Tự Lạn" and "Hội hữu nghị Việt - Lào xã Tự Lạn" (vanhoavaphattrien.vn, baonghean.vn: small
        # sites leave the dash out)
        key = _FA_UNDASHED.sub(r"\1-", key, count=1)
        key = _partner_short_re().sub(lambda m: _partner_short_names()[m.group(0)], key)
    return key


_FA_KEY = re.compile(r"(?:trung ương )?(?:chi )?hội hữu nghị ")
# the Vietnamese people and their partner with no dash between ("việt lào"), in a lower-cased key
_FA_UNDASHED = re.compile(
    r"^((?:trung ương )?(?:chi )?hội hữu nghị việt(?: nam)?) "
    r"(?!(?:nam|và|tỉnh|thành phố|tp|huyện|quận|thị xã|xã|phường|thị trấn)(?![\w]))(?=\w)"
)
# the quotes a proper name is set in after its kind ("Tổ chức “Sen Vàng”") are no part of the name
_NO_QUOTES = str.maketrans("", "", '“”"')


@cache
def _partner_short_names() -> dict[str, str]:
    return {match_key(row[0]): match_key(row[1]) for row in read_tsv("org_partner_short_names.tsv") if len(row) > 1}


@cache
def _partner_short_re() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{trie_regex(_partner_short_names())})(?![\w])")


def _places_at(text: str, mentions: Sequence[Mention]) -> dict[int, Mention]:
    # (a place glued to the letters after it is a syllable of a word, no place that ends a name: "C" in
    # "Đồn Biên phòng CKQT Cha Lo")
    return {m.start: m for m in mentions if m.kind == "place" and not text[m.end : m.end + 1].isalnum()}


@attrs.frozen
class _PlaceCover:
    """Where the places of a text lie, built once per text: is a position strictly inside one of them?

    A bisect over the places sorted by start and the running maximum of their ends, so that every head noun
    asks in O(log places) rather than scanning them all (quadratic on long pages).
    """

    starts: list[int]
    reach: list[int]  # reach[i]: the furthest end among the first i + 1 places by start

    @classmethod
    def of(cls, places: dict[int, Mention]) -> _PlaceCover:
        """The cover of ``places`` (keyed by start)."""
        spans = sorted((p.start, p.end) for p in places.values())
        reach: list[int] = []
        for _, end in spans:
            reach.append(max(end, reach[-1]) if reach else end)
        return cls([start for start, _ in spans], reach)

    def inside(self, position: int) -> bool:
        """True when some place has ``start < position < end``."""
        i = bisect_left(self.starts, position)  # the places that start before ``position``
        return i > 0 and self.reach[i - 1] > position


_PLURAL_OR_NAME = re.compile(r"\s+các ")
# the levels below a province (Luật Tổ chức chính quyền địa phương 2015, Điều 2), whose bodies the press names
# by the bare level word as it does a province's ("Hội CTĐ huyện", "UBND xã"); not a capitalised name the
# gazetteer lacks after the level, nor "các" (several units), nor "xã hội" (society, no commune), nor "huyện
# ủy" (the district's Party committee, written in lower case)
_LOWER_LEVELS = frozenset({"huyện", "quận", "thị xã", "xã", "phường", "thị trấn"})
# the qualifier of a body named by a bare level word ("UBND tỉnh", "Hội CTĐ huyện"), or by none
_BARE_QUALIFIERS = frozenset({"", "tỉnh", "tp"} | _LOWER_LEVELS)


def _bare_lower_level(text: str, level: re.Match[str]) -> bool:
    """True when the level word ``level`` matched, below a province's, ends a body's name bare ("Hội CTĐ
    huyện đã ..."): no unit's name, "các" or "hội" follows it."""
    return level.group(0) in _LOWER_LEVELS and not _NOT_BARE_LOWER_LEVEL.match(text, level.end())


_NOT_BARE_LOWER_LEVEL = re.compile(rf"\s+(?:(?:các|hội|ủy|uỷ)(?![\w])|[{UPPER}\d])")
# ("thị": a Chinese county-level city, "Chính phủ nhân dân thị Bằng Tường"; a place must follow it)
# (Laos' capital is a unit of a province's rank, named "thủ đô": "HĐND Thủ đô Viêng Chăn", baonghean.vn)
_QUAL_KEYWORD = re.compile(
    r" (tỉnh|thành phố|Thành phố|TP|Tp|huyện|quận|thị xã|xã|phường|thị trấn|châu|thị|thủ đô|Thủ đô)\.?(?![\w])"
)
_TP_ALONE = re.compile(r" (TP\.?|Tp\.?)(?![\w])")
# Cities number their urban districts and wards ("Quận 1", "Phường 15": Nghị định 08/2014, the units of
# TP.HCM and of many provincial cities): the level word and its number are the unit's whole name
_NUMBERED_UNIT = re.compile(r" ([Qq]uận|[Pp]hường) (\d{1,2})(?![\w/]|[.,:-]\d|,? (?:và )?\d)")
_NUMBERED_LEVEL = {"quận": "district", "phường": "commune"}


def _extend(text: str, end: int, places: dict[int, Mention], max_steps: int = 2) -> tuple[int, str, str | None]:
    """Extend an organization name at ``end`` over the place qualifiers that follow it.

    Returns the new end, the qualifier key and the qualifier's level.
    """
    qualifier, level = "", None
    for _ in range(max_steps):
        place = places.get(end + 1) if end < len(text) and text[end] == " " else None
        if place is not None:
            end, qualifier, level = place.end, _place_key(place), place.attrs.get("level")
            continue
        numbered = _NUMBERED_UNIT.match(text, end)
        if numbered is not None:
            # "UBND Quận 1", "Ủy ban nhân dân phường 1": no gazetteer lists a numbered unit's name
            keyword = numbered.group(1).lower()
            end, qualifier, level = numbered.end(), f"{keyword} {numbered.group(2)}", _NUMBERED_LEVEL[keyword]
            continue
        region = _autonomous_region(text, end, places)
        if region is not None:
            end, qualifier, level = region.end, _place_key(region), region.attrs.get("level")
            continue
        m = _QUAL_KEYWORD.match(text, end)
        if m is None:
            break
        after = m.end() + 1
        place = places.get(after) or places.get(m.start() + 1)
        if place is not None and place.start in (after, m.start() + 1):
            end, qualifier, level = place.end, _place_key(place), place.attrs.get("level")
            continue
        keyword = m.group(1).rstrip(".").lower()
        unit = _UNIT_NAME.match(text, m.end(1)) if keyword == "tỉnh" else None
        if unit is not None and unit.group(0).split(" ", 2)[1] not in surnames():
            # "Công an tỉnh Kra Chê", "Công an tỉnh Môn Đôn Ki Ri": a foreign province the gazetteer does not know
            # (not a person's name after a bare level: "Chủ tịch UBND tỉnh Nguyễn Văn An")
            end, qualifier, level = unit.end(), match_key(unit.group(0)), "province"
        elif keyword in ("tỉnh", "tp", "thành phố") and not _PLURAL_OR_NAME.match(text, m.end(1)):
            end, qualifier = m.end(1), "tp" if keyword != "tỉnh" else "tỉnh"
        elif keyword in _LOWER_LEVELS and not _NOT_BARE_LOWER_LEVEL.match(text, m.end(1)):
            # "Hội CTĐ huyện đã vận động", "UBND xã phối hợp": a district's or commune's own body, named by its
            # bare level as a province's is (the article named the unit before)
            end, qualifier = m.end(1), keyword
        break
    return end, qualifier, level


# China's autonomous regions and prefectures as the Vietnamese press names them, with the people they are
# of before the place: "Khu tự trị dân tộc Choang Quảng Tây", "Khu tự trị Duy Ngô Nhĩ Tân Cương"
_AUTONOMOUS = re.compile(r" (?:[Kk]hu|[Cc]hâu) tự trị(?: dân tộc)?(?![\w])")
_CAP_WORD_AFTER = re.compile(rf" [{UPPER}][{LOWER}]*(?![\w])")


def _autonomous_region(text: str, end: int, places: dict[int, Mention]) -> Mention | None:
    """The place an autonomous region named at ``end`` ends in, after up to three capitalised words naming
    its people ("Choang", "Duy Ngô Nhĩ"); None when no such region follows."""
    m = _AUTONOMOUS.match(text, end)
    if m is None:
        return None
    pos = m.end()
    for _ in range(4):
        if (place := places.get(pos + 1)) is not None and text[pos] == " ":
            return place
        word = _CAP_WORD_AFTER.match(text, pos)
        if word is None:
            return None
        pos = word.end()
    return None


def _place_key(place: Mention) -> str:
    code = place.attrs.get("code") if place.attrs.get("level") == "country" else None
    if code is not None and code in _country_names():
        # one country by any of its names: "Quốc hội Lào" is "Quốc hội nước CHDCND Lào"
        return _country_names()[code]
    return match_key(place.attrs.get("canonical") or place.text)


@cache
def _country_names() -> dict[str, str]:
    """Each country's key by its ISO code: its short Vietnamese name (CLDR), as the gazetteer reads it."""
    from babel import Locale

    return {
        code: match_key(name.partition(" (")[0]) for code, name in Locale("vi").territories.items() if len(code) == 2
    }


_REGION = re.compile(
    rf" các tỉnh(?: (?:miền núi|trung du|đồng bằng|duyên hải|biên giới|khu vực|vùng))?(?: {_LOW}){{0,2}}"
    rf" (?:phía (?:Bắc|Nam|Tây|Đông)|[{UPPER}]{_W}*(?: [{UPPER}]{_W}*)?)"
)


# the central level of an association is the association itself, named at that level ("Trung ương Hội Hữu
# nghị Việt Nam - Campuchia"): not an organ of another body, whose parent would be listed apart
# (its central committee too: "Ủy ban Trung ương Mặt trận Lào xây dựng đất nước" is the front at its centre)
_CENTRAL_LEVEL = re.compile(r"(?:(?:Ủy ban|Uỷ ban|UB) )?(?:Trung ương|TW|TƯ) |UBTƯ |UBTW ")


# the unit a district's, town's or city's Party committee is named by, written bare after it: two to four
# capitalised syllables ("Huyện ủy Mù Cang Chải", "Thị ủy Duyên Hải"); no gazetteer lists every district
# (the Youth Union's committee too: "Huyện đoàn Duy Xuyên trao tặng", duyxuyenrt.vn; "Huyện Đoàn Tháp Mười", thdt.vn)
_COMMITTEE_HEAD = re.compile(r"(?:Huyện|Quận|Thị|Thành) (?:ủy|uỷ|Ủy|Uỷ|đoàn|Đoàn)$")
_UNIT_RUN = re.compile(rf" ([{UPPER}][{LOWER}]+(?: [{UPPER}][{LOWER}]+){{1,7}})(?![\w'’-])")


def _committee_unit(text: str, end: int) -> int | None:
    """The end of the unit named bare after a district's, town's or city's Party (or Youth Union) committee ending
    at ``end``, or None. The run stops before a person's name that ends it, a surname and one to three syllables ("Huyện
    ủy Mường Khương Nguyễn Văn An"); a run of three syllables or more that starts with a surname is a person
    ("Bí thư Huyện ủy Nguyễn Hoàng Thám")."""
    if _COMMITTEE_HEAD.search(text, max(0, end - 11), end) is None:
        return None
    run = _UNIT_RUN.match(text, end)
    if run is None:
        return None
    words = run.group(1).split(" ")
    family = surnames()
    cut = next((i for i in range(2, len(words) - 1) if words[i] in family and len(words) - i <= 4), len(words))
    words = words[:cut]
    if len(words) < 2 or len(words) > 4 or (words[0] in family and len(words) > 2):
        return None
    if words[0] in _title_set() or words[0] in org_heads() or " ".join(words[:2]) in org_heads():
        return None
    return end + 1 + len(" ".join(words))


def find_organizations(text: str, place_mentions: Sequence[Mention] = (), index: WordIndex | None = None) -> list[_Raw]:
    """Every organization mention in ``text`` (longest first, no overlaps), in order (``index``: the text's word
    index, if built; another text's, as the document's for a re-cased copy, is not used)."""
    index = index if index is not None and index.text is text else WordIndex(text)
    places = _places_at(text, place_mentions)
    raws: list[_Raw] = []
    known = _known_index()
    for m in index.matches(_head_re()):
        kind = m.lastgroup or ""
        if kind == "brandname":
            kind = "brand"
        start, end = m.span()
        surface = m.group(0)
        category = ""
        ref = False
        if kind == "brand":
            start, end = m.span("brandname")
            raws.append(_Raw(start, end, "brand", _head_key(text[start:end]), "", None, False, "company"))
            continue
        party: _Raw | None = None
        if kind in ("party", "commission") and "Đảng " in surface:
            # "Đảng Nhân dân Cách mạng Lào Soonthorn Xayachak": the party ends with its country, a person may follow
            party_start = start + surface.index("Đảng ")
            end = _party_end(text, party_start, end)
            surface = text[start:end]
            if kind == "commission":
                # "Ban Tuyên giáo Trung ương Đảng Cộng sản Việt Nam" names the party too, as an organ names its body
                party = _Raw(party_start, end, "party", _head_key(text[party_start:end]), "", None, False, "")
        if kind == "fa" and not _fa_ends_in_place(surface):
            end = start + surface.rindex(" ")  # "Hội Hữu nghị Việt Nam - Lào Nguyễn Văn An": a name follows
            surface = text[start:end]
        if kind == "known":
            category = known.get(surface, ("", ""))[1]
        elif kind == "youthcentre":
            kind, category = "known", "mass"
        if kind == "localonly" and text.startswith(" các ", end):
            continue  # "Bí thư Tỉnh ủy các tỉnh ...": several provinces' committees
        if kind == "localonly" and surface.endswith("oàn"):
            if _inside_person_name(text, start):
                continue  # "ông Lê Thành Đoàn": a given name, no youth committee
            category = "mass"
        # "Phòng Lao động - Thương binh và Xã hội của 7 đơn vị": one office in each of several units, a
        # mention (a position may name it) but no one organization
        ref = kind == "department" and _OWNERS_COUNTED.match(text, end) is not None
        head = _head_key(text[start:end])
        if kind == "known":
            head = _head_key(known.get(surface, (surface, ""))[0])
        qualifier, level = "", None
        if kind == "fu":
            region = _REGION.match(text, end)
            if region:
                end = region.end()
                head = _head_key(text[start:end])
            elif text.startswith(" các ", end):
                continue  # "Liên hiệp các tổ chức hữu nghị các tỉnh: ...": several unions
            else:
                end, qualifier, level = _extend(text, end, places)
                ref = qualifier == ""
        elif kind == "cluster":
            fu = _FU_FULL_RE.match(text, end + 1)
            if fu:
                region = _REGION.match(text, fu.end())
                if region:
                    end = region.end()
                else:
                    end, qualifier, level = _extend(text, fu.end(), places)
                head = _head_key(text[start:end])
            else:
                ref = True
        elif kind == "furef":
            ref = True
            if text[start:end].endswith((" tỉnh", " TP", " thành phố")):
                qualifier = "tỉnh"
        elif kind in ("fa", "chihoi", "known", "department", "localonly", "local", "commission", "party"):
            if kind == "chihoi":
                nested = _head_re().match(text, end + 1)
                if nested and nested.lastgroup in ("known",):
                    end = nested.end()
                    head = _head_key(text[start:end])
            country = (
                places.get(end + 6) if kind in ("known", "department") and text.startswith(" nước ", end) else None
            )
            if country is not None and country.attrs.get("level") == "country" and country.attrs.get("code") != "VN":
                # "Quốc hội nước CHDCND Lào": a foreign body with its country (Vietnam's own are named bare)
                end, qualifier, level = country.end, _place_key(country), "country"
            elif kind in ("local", "known") and head in _BLOC_HEADS and (bloc := _BLOC.match(text, end)) is not None:
                # "Đảng ủy Khối các cơ quan tỉnh", "Đảng bộ Khối Doanh nghiệp Trung ương": the committee of a
                # bloc of bodies, named by the bloc and its level
                end = bloc.end()
                head = _head_key(text[start:end])
                if bloc.group("centre") is None:
                    end, qualifier, level = _extend(text, end, places)
                else:
                    qualifier = "trung ương"
            elif kind == "local" and (regional := _regional_seat(text, end, places)) is not None:
                end, qualifier = regional  # "Tòa án nhân dân khu vực 1 – Quảng Ninh"
                level = "region"
            else:
                extended, qualifier, level = _extend(text, end, places)
                national = kind == "known" and (alone := org_heads().get(surface)) is not None and alone.alone
                if _SEVERAL_AFTER.match(text, end) or (
                    (national or kind == "department") and _SEVERAL_BEFORE.search(text, max(0, start - 8), start)
                ):
                    continue  # "Quốc hội hai nước", "Bộ Ngoại giao hai nước", "hai Quốc hội": one body in each country
                if national and level != "country":
                    # "đại biểu Quốc hội tỉnh Tuyên Quang": a national body takes a country ("Quốc hội Lào"),
                    # never a province; the province is the deputy's constituency
                    qualifier, level = "", None
                elif kind == "known" and qualifier and head.endswith(" " + _head_key(text[end + 1 : extended])):
                    # "JICA Nhật Bản", "KOICA Hàn Quốc": the acronym and the country its known name already ends
                    # in, no office of the body there (as "JICA Việt Nam" is)
                    qualifier, level = "", None
                else:
                    end = extended
            if kind == "localonly" and category == "mass" and not qualifier and text.startswith(" ", end):
                # "Tỉnh Đoàn Sơn La": after the capitalised "Đoàn" no place is read (it may be a surname),
                # but a committee's own province follows it
                unit = gazetteer_places().bare_re.match(text, end + 1)
                info = gazetteer_places().lookup(unit.group(0)) if unit is not None else None
                if unit is not None and info is not None and not text[unit.end() : unit.end() + 1].isalnum():
                    end, qualifier, level = unit.end(), match_key(info.name), info.level
            if kind == "localonly" and not qualifier and (unit_end := _committee_unit(text, end)) is not None:
                # "Huyện ủy Mù Cang Chải", "Bí thư Huyện ủy Yên Định": a district's committee and its district (the
                # gazetteer's or not: "Huyện đoàn Chợ Mới")
                end, qualifier, level = unit_end, match_key(text[end + 1 : unit_end]), "district"
            if kind == "local" and not qualifier:
                r = _with_inner_acronym(text, _Raw(start, end, kind, head, "", None, False, category), places)
                if not r.qualifier and not (
                    head == "đảng ủy" and _title_before_re().search(text, max(0, start - 30), start)
                ):
                    # "Đảng bộ", "chính quyền nhân dân" without a place: generic; but "Bí thư Đảng ủy" names
                    # the committee of the unit the article is about, as "Bí thư Tỉnh ủy" names a province's
                    continue
                raws.append(r)  # "Ủy ban nhân dân (UBND) tỉnh Hải Dương": the acronym defined inside
                continue
            if kind == "local" and head in ("đảng bộ", "đảng ủy") and qualifier in ("tỉnh", "tp"):
                continue
        shown = ""
        if kind in ("commission", "known") and text[start].islower():
            # "Trưởng ban Dân vận Trung ương" names "Ban Dân vận Trung ương", "Trưởng đoàn ĐBQH tỉnh" "Đoàn ĐBQH tỉnh"
            shown = text[start].upper() + text[start + 1 : end]
        if kind == "commission":
            # (Vietnam's own party is the one a commission's bare name means: "Ban Tuyên giáo Trung ương" is
            # "Ban Tuyên giáo Trung ương Đảng Cộng sản Việt Nam")
            head = _OWN_PARTY_TAIL.sub("", head)
        raws.append(_Raw(start, end, kind, head, qualifier, level, ref, category, party, shown))
    cover = _PlaceCover.of(places)
    for m in index.matches(_generic_re()):
        generic = _generic(text, m.start(), m.end(), places, cover)
        if generic is not None:
            raws.append(generic)
    raws = _as_defined(text, raws)
    raws.extend(_latin_names(text, places, index))
    raws.extend(_latin_with_acronym(text, places))
    raws.extend(_acronyms_with_place(text, places))
    raws.extend(_cued_acronyms(text, places, raws))
    raws = [_with_inner_acronym(text, r, places) for r in raws]
    raws = _without_holders(text, raws, places)
    organs = _with_organs(text, raws, index)
    if organs:
        # an organ with its parent is read as such, not by the head-noun reading of its first word
        organ_starts = {r.start for r in organs if r.kind == "organ"}
        raws = [r for r in raws if not (r.kind == "generic" and r.start in organ_starts)]
    raws.extend(organs)
    # longest first; of two equal spans an organ with its parent (which lists the parent too)
    raws.sort(key=lambda r: (r.start, -(r.end - r.start), r.kind != "organ"))
    kept: list[_Raw] = []
    last_end = -1
    for r in raws:
        if r.start >= last_end:
            if (r.kind in ("generic", "known") and _PLURAL_OWNERS.match(text, r.end)) or (
                r.kind == "generic" and r.category in ("state", "ministry") and _OWNERS_COUNTED.match(text, r.end)
            ):
                # "Sở Giáo dục và Thể thao các tỉnh Nam Lào", "Trung tâm y tế các huyện": one in each
                r = attrs.evolve(r, ref=True)
            elif (
                r.qualifier in ("", "tỉnh", "tp")
                and text.endswith(("cấp ", "Cấp "), max(0, r.start - 4), r.start)
                # (not "cao cấp", senior: "Đoàn cán bộ cao cấp Đảng Nhân dân Cách mạng Lào" is the party's delegation)
                and not text.endswith("cao cấp ", max(0, r.start - 8), r.start)
            ):
                # "các cấp Hội Chữ thập đỏ trong tỉnh" (every level of the association), "giao lưu ... cấp Bộ Chỉ huy
                # BĐBP tỉnh" (at the level of such bodies): a level, no one body (bienphong.com.vn, baogialai.com.vn)
                r = attrs.evolve(r, ref=True)
            centre = None
            if r.parent is not None and _CENTRAL_LEVEL.match(text, r.start):
                # the association at its central level: a body of its own, a fact's party as it stands
                centre = attrs.evolve(r.parent, inside_centre=True)
                r = attrs.evolve(r, kind="central", parent=None, category=r.parent.category or _category(r.parent))
            if not r.shown and "(" in text[r.start : r.end]:
                r = _state_acronym_left_out(text, r)
            kept.append(r)
            last_end = r.end
            if r.parent is not None:
                kept.append(r.parent)  # "Ban Thường vụ Tỉnh ủy" names "Tỉnh ủy" too
            elif centre is not None:
                kept.append(centre)
    return _distributed(text, kept)


# a further proper name in a list: ", Tr'Hy", " và A Nông"
_PROPER = rf"[{UPPER}][{UPPER}{LOWER}'’-]*"
_LIST_ITEM = re.compile(rf"(, | và )({_PROPER}(?: {_PROPER}){{0,2}})(?=[ ,;.…)(]|$)")


def _distributed(text: str, kept: list[_Raw]) -> list[_Raw]:
    """Organizations named by one head for several proper names: "các Đồn Biên phòng Ga Ry, Tr'Hy, A Nông".

    Vietnamese capitalises only the first syllable of a name's common part ("Biên phòng") and every
    syllable of a proper name ("Ga Ry"); after a plural "các", the common part is shared by the
    proper names listed after the first one.
    """
    out: list[_Raw] = []
    starts = {r.start for r in kept}
    for r in kept:
        out.append(r)
        if r.kind != "generic" or not text.endswith("các ", 0, r.start) or r.category == "business":
            # (a chain's stores share its brand, not only their kind: "các siêu thị Co.opmart Quy Nhơn, Tam Kỳ,
            # Huế", sggp.org.vn, are no "siêu thị Huế")
            continue
        words = text[r.start : r.end].split(" ")
        k = len(words)
        while k > 2 and words[k - 1][:1].isupper():
            k -= 1
        if k == len(words) or k < 2 or not words[k - 1][:1].islower():
            continue  # no common part before a proper name
        base = " ".join(words[:k])
        pos = r.end
        while (m := _LIST_ITEM.match(text, pos)) is not None and m.start(2) not in starts:
            item = m.group(2)
            out.append(
                _Raw(
                    m.start(2),
                    m.end(2),
                    "generic",
                    _head_key(f"{base} {item}"),
                    "",
                    None,
                    False,
                    r.category,
                    shown=f"{base} {item}",
                )
            )
            pos = m.end(2)
            if m.group(1) == " và ":
                break
    return out


@cache
def _organ_last_words() -> frozenset[str]:
    """The last word of each internal organ's name ("vụ" of "Ban Thường vụ", "ương" of "Ủy ban Trung ương")."""
    return frozenset(organ.rpartition(" ")[2] for organ in org_organs())


@cache
def _organ_before_re() -> re.Pattern[str]:
    """Internal organs ending right before a space ("Ủy ban Trung ương ", "Ban Chấp hành Trung ương ")."""
    organs = trie_regex(org_organs())
    # searched in a window before a head: scanner() lets the engine skip to an organ's first letters
    return scanner(re.compile(rf"(?<![\w])(?:{organs})(?: (?:{organs}))* $"))


@cache
def _title_before_re() -> re.Pattern[str]:
    """A title ending right before a space, with the word qualifying the office when one follows it
    ("Phó Chủ tịch Thường trực ", ``title_modifiers.txt``)."""
    modifiers = trie_regex(read_list("title_modifiers.txt"))
    # searched in a window before every head: scanner() lets the engine skip to a title's first letters
    return scanner(re.compile(rf"(?<![\w])(?:{trie_regex(titles())})(?: (?:{modifiers}))? $"))


_CAP_RUN_BEFORE = scanner(re.compile(rf"(?<![\w])((?:[{UPPER}][{LOWER}]* )+)$"))  # searched in a window


@cache
def _letters() -> tuple[frozenset[str], frozenset[str]]:
    """The characters of the classes ``[UPPER]`` and ``[LOWER]`` (written as regex ranges), as sets."""
    every = "".join(map(chr, range(0x10000)))
    return frozenset(re.findall(f"[{UPPER}]", every)), frozenset(re.findall(f"[{LOWER}]", every))


def _inside_person_name(text: str, start: int) -> bool:
    """True when ``start`` follows capitalised syllables that begin with a surname ("Nguyễn Ngọc Trường")."""
    if text[start - 1 : start] == " ":
        # cheap first: the syllable before must be capitalised ("của UBND" is no name), else no run can match
        upper, lower = _letters()
        i = start - 2
        while i >= 0 and text[i] in lower:
            i -= 1
        if i < 0 or text[i] not in upper:
            return False
    run = _CAP_RUN_BEFORE.search(text, max(0, start - 40), start)
    if run is None:
        return False
    words = run.group(1).split(" ")
    if len(words) > 1 and words[0] in _CAPITAL_HONORIFICS and words[1] in surnames():
        return True  # "Ông Nguyễn Ngọc Trường Sơn" at a sentence start
    return words[0] in surnames() and not _sentence_start(text, run.start())


def _holder_before(text: str, title_start: int) -> bool:
    """True when an honorific, a person's name and a comma or dash come right before the title at
    ``title_start``, perhaps with other offices of theirs between ("ông Nguyễn Văn D, Giám đốc ...",
    "PGS.TS Đào Xuân Cơ - Bí thư Đảng ủy, Giám đốc ..."): the office's holder is named in front of it, so
    what follows the title is the body's name to its end."""
    sep = _HOLDER_SEPARATOR.search(text, max(0, title_start - 3), title_start)
    for _ in range(3):  # (the person, then at most two more offices of theirs)
        if sep is None:
            return False
        if _person_before(text, sep.start()):
            return True
        # another office of the same person before this one: "..., Bí thư Đảng ủy, Giám đốc ..."
        sep = _OFFICE_BEFORE.search(text, max(0, sep.start() - 80), sep.start())
        if sep is None or _title_start_re().match(text, sep.end()) is None:
            return False
    return False


def _person_before(text: str, end: int) -> bool:
    """True when an honorific and a person's name end at ``end`` ("ông Nguyễn Văn D", "PGS.TS Trần Trọng Đạo")."""
    window = text[max(0, end - 48) : end] + " "
    run = _CAP_RUN_BEFORE.search(window)
    if run is None:
        return False
    words = run.group(1).split(" ")[:-1]
    cued = False
    while words and words[0] in _honorific_set():
        words, cued = words[1:], True  # "Ông", "Đại tá" written capitalised, in the run
    if len(words) < 2 or words[0] not in surnames():
        return False  # (a place is no holder: "Tại Hà Nội, Giám đốc Sở Y tế ...")
    # one word ("ông", "PGS.TS", "PGS.TS." with its stop) or two ("đồng chí")
    last = window[: run.start()].rstrip(". ").split()[-2:] or [""]
    return cued or last[-1] in _honorific_set() or " ".join(last) in _honorific_set()


# the start of the office before a separator: after the previous separator, and "nguyên" (former) if written
# (a semicolon parts the people of a list: "ông A, Phó Chủ tịch UBND tỉnh; Giám đốc Sở Y tế Nguyễn Văn B")
_OFFICE_BEFORE = re.compile(r"(?:,| [-–]) (?:nguyên |Nguyên )?(?=[^,;]*$)")


# a comma or a dash between a person's name and the title they hold: "PGS.TS Đào Xuân Cơ - Giám đốc ..."
_HOLDER_SEPARATOR = re.compile(r"(?:,| [-–]) $")


@cache
def _honorific_set() -> frozenset[str]:
    return frozenset(honorifics())


def _honorific_opens(text: str, pos: int) -> bool:
    """True when an honorific (``honorifics.txt``: "Ông", "Đồng chí") opens the words at ``pos`` before a
    capitalised name."""
    two = _TWO_WORDS_AFTER.match(text, pos - 1)
    if two is not None and two.group(1) in _honorific_set() and text[two.end() + 1 : two.end() + 2].isupper():
        return True
    one = _WORD_AFTER.match(text, pos - 1)
    return one is not None and one.group(1) in _honorific_set() and text[one.end() + 1 : one.end() + 2].isupper()


def _degree_opens(text: str, pos: int) -> bool:
    """True when an academic or professional degree written by its capitals ("PGS.TS", "ThS", "BS"; an honorific of
    ``honorifics.txt`` with two capitals or more) opens the words at ``pos`` before a capitalised name."""
    one = _WORD_AFTER.match(text, pos - 1)
    if one is None or one.group(1) not in _honorific_set() or sum(c.isupper() for c in one.group(1)) < 2:
        return False
    return _DEGREE_THEN_NAME.match(text, one.end()) is not None


# the rest of a degree ("PGS.TS", "GS, TS") and the capital that opens the name after it
_DEGREE_THEN_NAME = re.compile(rf"(?:[.,] ?[{UPPER}]\w*)*\.? [{UPPER}]")


#: honorifics as a sentence starts with them, before a person's name
_CAPITAL_HONORIFICS = frozenset({"Ông", "Bà", "Anh", "Chị", "Em", "Cô", "Chú", "Bác", "Cụ", "Ngài"})


def _sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 2) : pos].strip()
    return not before or before[-1] in '.!?:;\n“"('


@cache
def _surname_run_re() -> re.Pattern[str]:
    name = rf"[{UPPER}][{LOWER}]*"
    return re.compile(rf" (?:{trie_regex(surnames())})(?: {name}){{1,3}}(?![\w]| [{UPPER}])")


def _person_starts(text: str, head_end: int, cut: re.Match[str]) -> int:
    """Where the person's name in the surname run ``cut`` after a body's name starts: at the run, or one
    syllable on when the run has four syllables, its second a surname too, and only one capitalised syllable
    of the body's name would be left before it ("Bệnh viện Bạch Mai Đào Xuân Cơ": "Bạch Mai" and "Đào Xuân
    Cơ"; a name of three syllables is the most common, a body's proper name of one rare)."""
    words = cut.group(0).split(" ")[1:]
    if len(words) == 4 and words[1] in surnames() and " " not in text[head_end + 1 : cut.start()]:
        return cut.start() + 1 + len(words[0])
    return cut.start()


_VI_WORD = re.compile(r" (\S+)")
# a word no Vietnamese syllable written without its marks can be: two vowel groups ("Shinnyo", "Plan
# International"), or a letter Vietnamese does not use
_NOT_VIETNAMESE = re.compile(r"[A-Za-z]*[aeiouy]+[^aeiouy\W]+[aeiouy]+|[fjwzFJWZ]")
# a Latin name that carries Vietnam's is a Vietnamese outlet's masthead, kept with its head ("Báo điện tử
# VietnamPlus", "báo điện tử VnExpress"), unlike a foreign paper's ("Báo Newsweek")
_VIET_LATIN = re.compile(r"(?:Viet|VIET|Vn|VN)(?=[A-Za-z ])")


def _foreign_name_at(text: str, pos: int, places: dict[int, Mention]) -> bool:
    """True when a foreign word in Latin letters, no place, begins at ``pos`` (a person's name: "Sonexay")."""
    word = _LATIN_WORD.match(text, pos)
    return (
        word is not None
        and _NOT_VIETNAMESE.search(word.group(0)) is not None
        and pos not in places
        and _place_end(text, pos, places) is None
    )


_LATIN_WORD = re.compile(r"[A-Z][a-z]+(?![\w])")
# two or three plain capitalised Latin words closing a name: a foreign person's given and family names
_LATIN_HOLDER = re.compile(r"(?<= )[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}$")


def _before_foreign_holder(text: str, head_end: int, end: int, places: dict[int, Mention]) -> int:
    """Where a name read after a title ends when the foreign person holding the office follows it in Latin
    letters ("Trợ lý Bộ trưởng Bộ Giáo dục Suwat Tantipipat"); ``end`` when no such person closes it.

    Vietnamese words must come before the run (a name all in Latin letters is the body's own: "Tổ chức
    Good Neighbors"), and no word of the run may be one Latin organization names end in ("Foundation")."""
    run = _LATIN_HOLDER.search(text[head_end:end])
    if run is None or run.start() < 2 or text[head_end : head_end + run.start()].isascii():
        return end
    at = head_end + run.start()
    if any(w in _latin_suffixes() for w in run.group(0).split(" ")) or not _foreign_name_at(text, at, places):
        return end
    return at - 1


_BRAND_HEADS = frozenset({"công ty", "tổng công ty"})


@cache
def _founder_heads() -> frozenset[str]:
    """Heads of bodies named after a founder: the words describing them stay in the name before Latin ones."""
    return frozenset(read_list("org_founder_heads.txt"))


def _described_latin(text: str, head_end: int, end: int, brand: bool = False) -> int | None:
    """Where a foreign name in Latin script starts when Vietnamese words describe it between the head and
    it ("Tổ chức Phật giáo Shinnyo-en"), if it runs to ``end``; else None. A company's ``brand`` may be one
    word ("Công ty an ninh mạng Kaspersky")."""
    if _NOT_VIETNAMESE.search(text, head_end, end) is None:
        return None  # (no foreign word anywhere in the name: one search, not a match at every word)
    pos = head_end
    seen_vietnamese = prev_cap = False
    while (m := _VI_WORD.match(text, pos, end)) is not None:
        word = m.group(1)
        # (nor one written as a Vietnamese syllable after a capitalised one, in a name set in Title Case: "Hội
        # Người Việt Quốc Gia Houston", thoibao.com, viendongdaily.com)
        vietnamese_title = prev_cap and _NOT_VIETNAMESE.search(word) is None
        if word.isascii() and word[:1].isupper() and not vietnamese_title:  # (not a syllable without marks: "an ninh")
            if _LEVEL_WORD.match(text, m.start(1)):
                return None  # "Nhóm Thiện nguyện TP. Pleiku": a level word and its city, no Latin name
            run = _LATIN_RUN.match(text, m.start(1), end)
            latin = run.group(0) if run is not None and run.end() == end else ""
            # one plain word may be a town the body is of ("Hiệp hội Công thương Mimasaka"); a name of several
            # words or a hyphenated one is the body's own ("Shinnyo-en", "Plan International"), but not a code
            # with a number, as diseases are named ("Quỹ phòng chống dịch Covid-19": the fund's cause)
            hyphenated = "-" in latin and not any(c.isdigit() for c in latin)
            # (after a capitalised syllable the Latin words end a proper name the Vietnamese ones began, not a
            # name of its own after a description: "Công ty Cổ phần Hải Hà Dream City", baophutho.vn)
            if prev_cap and brand:
                return None
            if seen_vietnamese and _NOT_VIETNAMESE.search(latin) and (brand or " " in latin or hyphenated):
                return m.start(1)
            return None
        seen_vietnamese = True
        prev_cap = word[:1].isupper()
        pos = m.end()
    return None


# a body's proper name set in quotes right after its head (and the kind in lower case): "Quỹ học bổng “Vừ A
# Dính”", "CLB “Tiếp sức đến trường”"; the name starts with a capital and holds no sentence's end
_QUOTED_NAME = re.compile(rf" [“\"][{UPPER}][^”\"\n.;:!?]{{1,70}}[”\"]")


# one capital letter standing for a name the press withholds (court reporting: "Công ty N", "ông S"); not
# the first syllable of a place ("A Lưới"), a vowel that is a syllable of its own before the word it makes
# ("Trạm Y tế"), nor a letter in a code ("Công ty N.V.", "Tập đoàn T&T Group")
_ANONYMISED = re.compile(rf" (?:[BCDĐFGHJKLMNPQRSTVWXZ]|[{UPPER}](?! [{LOWER}]))(?![\w’'&-])(?!\.\w)(?! [{UPPER}])")


# a syllable in lower case after the first word
_LOWER_SYLLABLE = re.compile(rf" [{LOWER}]")


def _generic(text: str, start: int, head_end: int, places: dict[int, Mention], cover: _PlaceCover) -> _Raw | None:
    """An organization named by a head noun of the table and the words after it."""
    head = org_heads()[text[start:head_end]]
    if text.startswith(" Thường trực ", head_end) and text.endswith("rưởng ", 0, start):
        return None  # "Phó Trưởng Ban Thường trực Ban Dân vận": the title's own "Ban", then its rank
    if start in places or (
        _inside_person_name(text, start)
        # ("Đoàn Sở Giáo dục tỉnh Youngam", hns.edu.vn: "Đoàn", a delegation, before a department, no surname)
        and not (head.category in ("ministry", "state") and text.endswith(" Đoàn ", max(0, start - 6), start))
        # (nor before a head with a syllable in lower case, which no person's name holds: "Đoàn Trường tiểu học
        # Cheon Buk", a school's delegation, dlib.quangthanh; "Đoàn Trường Đại học Ajou", udn.vn)
        and not _LOWER_SYLLABLE.search(text, start, head_end)
    ):
        return None  # "Đài Loan" is a place; "Nguyễn Ngọc Trường Sơn" a person
    if text[start - 2 : start - 1].isalpha() and cover.inside(start):
        return None  # "Tây Ban Nha": the head is a syllable inside a place's name
    prev = _WORD_BEFORE.search(text, max(0, start - 12), start)
    if prev is not None and f"{prev.group(1).lower()} {head.head.lower()}" in org_head_tails():
        return None  # "thị trường Mỹ": the head is the tail of another word
    lower = head.lower
    nxt = _WORD_AFTER.match(text, head_end)
    two = _TWO_WORDS_AFTER.match(text, head_end)
    # (a head in lower case is checked as the list writes it, capitalised: "trung tâm Hội nghị")
    written = head.head[:1].upper() + head.head[1:]
    if (nxt is not None and f"{written} {nxt.group(1)}" in org_not_names()) or (
        two is not None and f"{written} {two.group(1)}" in org_not_names()
    ):
        return None  # "Hội nghị", "Trung tâm hội nghị", "Bộ trưởng": no organization's name
    if nxt is not None and f"{head.head} {nxt.group(1).lower()}" in _title_set():
        return None  # "Bộ Trưởng Bộ Ngoại giao": a title written with a capital, no organization's name
    if _ANONYMISED.match(text, head_end):
        return None  # "Công ty N vắng mặt tại phiên tòa": court reporting hides a party behind one letter
    if head.head == "trung tâm" and head_end + 1 in places:
        return None  # "ở trung tâm Hà Nội": the centre of a place, no body ("bảo tàng TP.HCM" is one)
    if head.named:
        # "Hội người Việt Nam tại Hàn Quốc": lower case when a capital comes later
        lower = nxt is not None
    end = _read_name(text, start, head_end, places, lower, head.category, head.named)
    inner = _head_re().match(text, head_end + 1) if end > head_end else None
    if inner is not None and inner.lastgroup == "known" and inner.end() > end:
        end = inner.end()  # "Hội đồng Ủy hội sông Mê Công quốc tế": a known body's organ takes its whole name
    quoted = _QUOTED_NAME.match(text, end)
    if quoted is not None and (not _CAPITAL_INSIDE.search(text, head_end, end) or _ends_in_head(text, head_end, end)):
        # "Câu lạc bộ “Vì Hoàng Sa - Trường Sa thân yêu”": the proper name in quotes; "Ban Đại diện Quỹ “Giáo dục
        # xây dựng tương lai”" (baoangiang.com.vn): the quotes name the body whose head ends the organ's name
        end = quoted.end()
    if head.alone and _NUMBERED.fullmatch(text, head_end + 1, end):
        end = head_end  # "Tổ Đại biểu Quốc hội số 4": the deputies' group is numbered, not the national body
    defined = _ACRONYM_AHEAD.match(text, end) if end > head_end else None
    if defined is not None and _runs_to_acronym(text[start:end], defined.group(2), end, places):
        end = defined.end(1)  # "Hội Từ thiện Thánh hữu ngày sau (LDSC)": the acronym defined closes the name
    # (only after a description in lower case: "Hội Hữu nghị ... tỉnh Sơn La và đoàn ..." ends at its place)
    described = end > head_end and text[text.rfind(" ", 0, end) + 1].islower()
    # (a school's name lists no groups: "Đại học ... kinh doanh và học sinh huyện Ý Yên" is two recipients; a
    # centre's may list its fields: "Trung tâm Thông tin và hợp tác quốc tế tỉnh")
    school = head.category == "institution" and _SCHOOL_HEAD.match(head.head) is not None
    listed = _LISTED_TAIL.match(text, end) if described and not school else None
    if listed is not None and not _listed_bodies(text, listed):
        # "Hội Bảo trợ người khuyết tật, trẻ mồ côi và bệnh nhân nghèo tỉnh": the groups a body serves,
        # listed inside its name, which a level word (and its place) closes
        qualified, qualifier, _ = _extend(text, listed.end(), places)
        if qualifier:
            end = qualified
    if (
        head.named
        and lower
        and not _CAPITAL_INSIDE.search(text, head_end, end)
        # (but a capitalised head whose name its province's level word closes is one: "Ban chỉ đạo công tác biên
        # giới tỉnh", "Hội Người mù tỉnh", the body of the province the article is about)
        and not (text[start].isupper() and _LEVEL_CLOSES.search(text, head_end, end))
    ):
        return None  # lower case all through: a common noun phrase, not a name
    title = _title_before_re().search(text, max(0, start - 30), start)
    if (
        title is None
        and prev is not None
        and prev.group(1) in _organ_last_words()  # (a cheap test first: most heads follow no organ)
        and (organ_before := _organ_before_re().search(text, max(0, start - 40), start)) is not None
    ):
        # "Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Đỗ Văn Chiến": the title names the organ, the body it
        # belongs to follows, then the holder
        title = _title_before_re().search(text, max(0, organ_before.start() - 30), organ_before.start())
    titled = title is not None
    # "ông Nguyễn Văn D, Giám đốc Bệnh viện Bạch Mai": the holder is named before the title, so a run of
    # capitalised syllables after the body is still its name
    held = title is not None and _holder_before(text, title.start())
    for cut in _surname_run_re().finditer(text, head_end, end):
        # after a title a person's name may follow the organization: "Trưởng Ban Dân vận Tỉnh ủy Dương Đức
        # Huy"; after a known organization's full name, always ("Ban Bí thư Trần Quốc Vượng")
        if (not titled or held) and text[start : cut.start()] not in _known_index():
            continue
        at = _person_starts(text, head_end, cut)
        if (
            _place_end(text, at + 1, places) is None
            and at + 1 not in places
            and not cover.inside(at + 1)  # "Quốc hội Đại Hàn Dân Quốc": "Hàn" is no surname here
            # (nor a region the gazetteer knows that the places leave to the name: "Viện Nghiên cứu Châu Mỹ")
            and gazetteer_places().lookup(text[at + 1 : end]) is None
        ):
            end = at  # not "Hàn Quốc", a place whose first syllable is a surname
            break
    if head.alone and titled and end > head_end and _foreign_name_at(text, head_end + 1, places):
        end = head_end  # "Thủ tướng Chính phủ Sonexay Siphandone": the office holder, named in Latin letters
    elif titled and end > head_end:
        end = _before_foreign_holder(text, head_end, end, places)
    if end == head_end and not (head.alone and not _GENERIC_AFTER.match(text, end)):
        return None
    if end == head_end and _SEVERAL_BEFORE.search(text, max(0, start - 8), start):
        return None  # "giữa hai Đảng, hai Chính phủ": a national body of each of several countries
    if end > head_end and _SEVERAL_AFTER.match(text, end):
        return None  # "Bộ Ngoại giao hai nước", "Hội Chữ thập đỏ hai nước": one body in each country
    if end == head_end and titled and not _NAME_AFTER.match(text, end):
        return None  # "Thủ tướng Chính phủ tặng ...": the office acts, no body is named apart
    if _organ_re().fullmatch(text, start, end):
        return None  # an internal organ alone ("Ban Thường vụ", "Ban Chấp hành khóa III")
    if (
        (head.category in ("company", "business") or _SCHOOL_KIND.fullmatch(head.head) is not None)
        and end > head_end
        and _country(text[head_end + 1 : end])
    ):
        # "một công ty Nhật Bản", "nhà hàng Việt Nam", "các trường Đại học, Cao đẳng Việt Nam" (vtv.vn): a kind
        # of business or school and its nationality
        return None
    if head.category == "institution" and end > head_end and text[head_end + 1 : end] in org_heads():
        return None  # "hỗ trợ trường Nghệ thuật Quốc gia Lào lên trường Đại học" (hcmcons.vn): a kind, no name
    organ = _organ_re().match(text, start, end)
    if organ is not None and _PRESIDIUM.match(text, organ.end() + 1):
        return None  # "Ban Thường vụ Đoàn Chủ tịch Liên hiệp ...": an organ of the presidium; the body follows
    if organ is not None and (text[organ.end() + 1 : end] in org_heads() or _owner_noun(text[organ.end() + 1 : end])):
        # "Ban Chấp hành Hội", "Ban Giám hiệu nhà trường", "Ban Tổ chức chương trình": an organ of the body or
        # event the article is about, named by its head alone or by a common noun
        return None
    if (
        _PLURAL_BEFORE.search(text, max(0, start - 12), start)
        and len(_CAPITAL_INSIDE.findall(text, head_end, end)) <= 1
    ):
        return None  # "các Đồn Biên phòng và ...": several bodies of a kind, no proper name to tell them apart
    # (not a level word and its place: "Nhóm Thiện nguyện TP. Pleiku" is named by its city)
    latin = _LATIN_RUN.match(text, head_end + 1, end) if not _LEVEL_WORD.match(text, head_end + 1) else None
    # not an acronym ("THCS"), nor Vietnamese syllables without their marks ("Đài Trung", the city of Taichung)
    foreign = (
        latin is not None
        and any(c.islower() for c in latin.group(0))
        and _NOT_VIETNAMESE.search(latin.group(0)) is not None
        and _VIET_LATIN.match(latin.group(0)) is None
    )
    if (
        (head.category == "media" or (head.head.islower() and head.category != "business"))
        and latin is not None
        and foreign
        and head_end + 1 not in places
    ):
        # "Báo Newsweek", "tập đoàn American Motors Corporation của Mỹ": the name is the Latin part
        start, end = latin.span()
    elif (
        latin is None
        and (head.category == "association" or head.head.lower() in _BRAND_HEADS)
        and head.head not in _founder_heads()  # "Quỹ học bổng Otsuka Toshimi": the fund and its founder
    ):
        # (a company whose legal form is written is named by its registered name: "Công ty TNHH vệ sĩ Security")
        described_latin = _described_latin(text, head_end, end, brand=head.category == "company")
        if described_latin is not None and described_latin not in places:
            start = described_latin  # "Tổ chức Phật giáo Shinnyo-en": the body is its Latin name
    named = _latin_re().match(text, head_end + 1, end) if head_end + 1 not in places else None
    latin_key = None
    if named is not None and named.group("named") is None and named.group("cue") is None:
        named = None
    if named is None:
        run = _latin_run_re().match(text, head_end + 1, end)
        if (
            run is not None
            and " " in run.group(0)
            and any(c.islower() for c in run.group(0))
            # (not Vietnamese syllables without marks: "Bệnh viện Nhi Trung ương" goes on past "Nhi Trung")
            and _NOT_VIETNAMESE.search(run.group(0)) is not None
            and head_end + 1 not in places
            # (a country or province after it closes the name: "Công ty TNHH Samsung Việt Nam")
            and gazetteer_places().lookup(text[run.end() : end].strip()) is None
        ):
            # "Tổ chức Children of Vietnam cam kết": the Latin name ends the body's name; keyed by it, so
            # that "Children of Vietnam" alone is the same body
            spelt = _CAPITALS_ON.match(text, run.end(), end)
            if spelt is None:
                end = run.end()
                latin_key = _head_key(run.group(0))
            else:
                end = spelt.end()  # "Dabaco Thanh Hóa": capitalised syllables Latin letters cannot spell go on
    key = latin_key or _head_key(text[start:end])
    known = _known_index().get(text[head_end + 1 : end])
    if known is not None and head.category in ("association", "state"):
        key = _head_key(known[0])  # "Tổ chức KOICA" is the known "Cơ quan Hợp tác Quốc tế Hàn Quốc"
    return _Raw(start, end, "generic", key, "", None, False, head.category)


def _ends_in_head(text: str, start: int, end: int) -> bool:
    """True when one of the last three words of ``text[start:end]`` opens a head of the table that ends there."""
    at = end
    for _ in range(3):
        at = text.rfind(" ", start, at)
        if at < 0:
            return False
        head = _generic_re().match(text, at + 1)
        if head is not None and head.end() == end:
            return True
    return False


def _as_defined(text: str, raws: list[_Raw]) -> list[_Raw]:
    """Names read short where the article writes in full a name it defined with an acronym in brackets:
    "Hội Từ thiện Thánh hữu ngày sau (LDSC)", then "Hội Từ thiện Thánh hữu ngày sau đã tài trợ"."""
    defined = {text[r.start : r.end] for r in raws if _ABBREVIATION_AFTER.match(text, r.end) is not None}
    defined = {name for name in defined if " " in name}
    if not defined:
        return raws
    out = []
    for r in raws:
        for name in defined:
            end = r.start + len(name)
            if end > r.end and text.startswith(name, r.start) and not text[end : end + 1].isalnum():
                r = attrs.evolve(r, end=end, head=_head_key(name))
                break
        out.append(r)
    return out


# two or three capitalised words closing a name, the first perhaps hyphenated: a person's name ("Park Sam-koo")
_HOLDER_TAIL = re.compile(rf" [{UPPER}][{LOWER}]*(?:-[{LOWER}]+)?(?: [{UPPER}][{LOWER}]*(?:-[{LOWER}]+)?){{1,2}}")


@cache
def _title_word_re() -> re.Pattern[str]:
    # (searched in a window before every name: scanner() lets the engine skip to a title's first letters)
    return scanner(re.compile(rf"(?<![\w])(?:{trie_regex(titles())})(?![\w])"))


def _without_holders(text: str, raws: list[_Raw], places: dict[int, Mention]) -> list[_Raw]:
    """Names read on into the name of the person holding an office, where the article also writes the body's
    name alone: "tập đoàn Kumho Asiana", then "Chủ tịch tập đoàn Kumho Asiana Park Sam-koo"."""
    names = {text[r.start : r.end] for r in raws}
    out = []
    for r in raws:
        written = text[r.start : r.end]
        # (cheap first: another name the article writes starts this one; then a holder is named after a title only)
        shorter = [name for name in names if len(name) < len(written) and written.startswith(name)]
        if not shorter or _title_word_re().search(text, max(0, r.start - 40), r.start) is None:
            out.append(r)
            continue
        for name in shorter:
            cut = r.start + len(name)
            if (
                _HOLDER_TAIL.fullmatch(text, cut, r.end)
                and cut + 1 not in places
                and _place_end(text, cut + 1, places) is None
                # (nor a country the gazetteer knows, found as a place or not: "ChildFund Việt Nam")
                and gazetteer_places().lookup(text[cut + 1 : r.end]) is None
            ):
                r = attrs.evolve(r, end=cut, head=_head_key(name))
                break
        out.append(r)
    return out


# a word or two in lower case, then an acronym in brackets: the name the acronym stands for runs to it
_ACRONYM_AHEAD = re.compile(rf"((?: [{LOWER}]+){{1,2}}) \(([{UPPER}]{{3,9}})[),]")


def _runs_to_acronym(name: str, acronym: str, end: int, places: dict[int, Mention]) -> bool:
    """True when the name read (``name``, ending at ``end``) stops short of the acronym defined after it: no
    run of its words has the acronym's initials ("Sở Y tế tỉnh chủ trì (SYT)" is complete), nor does a place
    or a level word end it."""
    words = name.split(" ")
    if _LEVEL_WORD.fullmatch(words[-1]) or any(p.end == end for p in places.values()):
        return False
    initials = "".join(w[:1] for w in words).upper()
    return acronym not in initials


@cache
def _owner_nouns() -> frozenset[str]:
    return frozenset(read_list("org_owner_nouns.txt"))


def _owner_noun(words: str) -> bool:
    """True when ``words`` are a common noun for an organ's body or event (``org_owner_nouns.txt``)."""
    return words.lower() in _owner_nouns()


# "Chính phủ hai nước", "Quốc hội các nước": a generic or plural reference, not one body
_LISTED_WORDS = rf"[{UPPER}{LOWER}]+(?: [{UPPER}{LOWER}]+){{0,4}}"
_LISTED_TAIL = re.compile(
    # (the last group after "và", or after a comma when two commas list three in lower case: "Hội Bảo trợ người
    # tàn tật, trẻ mồ côi, bệnh nhân nghèo tỉnh")
    rf"(?: {_LISTED_WORDS})?(?:(?:, {_LISTED_WORDS})* và {_LISTED_WORDS}|(?:, [{LOWER}]+(?: [{LOWER}]+){{0,4}}){{2,}})"
    # (a level word and its place close it, or the country a national association is named after; the city's
    # level word and name run together in "TPHCM", as many sites write it)
    r"(?= (?:tỉnh|thành phố|TP|TPHCM|Tp|huyện|quận|thị xã|Việt Nam)(?![\w]))"
)
_LISTED_SPLIT = re.compile(r", | và ")
_PLURAL_WORD = re.compile(r"(?<![\w])(?:các|những|nhiều|mọi)(?![\w])")
# the population or the government of a place, listed after a body (``org_place_people.txt``)
_PLACE_PEOPLE = re.compile(rf"(?:^|, | và )(?:{trie_regex(read_list('org_place_people.txt'))})(?![\w])")


def _listed_bodies(text: str, listed: re.Match[str]) -> bool:
    """True when a list after a name enumerates bodies, not the groups one body serves ("Sở Y tế và các
    bệnh viện tỉnh", "Hội Nông dân và Hội Phụ nữ tỉnh")."""
    if _PLURAL_WORD.search(listed.group(0)) or _PLACE_PEOPLE.search(listed.group(0)):
        return True  # (or the people of the place: "Sở Ngoại vụ và nhân dân tỉnh Lào Cai")
    pos = listed.start()
    for item in _LISTED_SPLIT.split(listed.group(0)):
        at = text.find(item.strip(), pos)
        if item.strip() and (_generic_re().match(text, at) or _head_re().match(text, at)):
            return True
        if item.strip() and _title_start_re().match(text, at):
            return True  # "Công ty TNHH thương mại và đại diện Hội Nông dân tỉnh": persons of another body
        pos = at + len(item.strip())
    return False


_UNIT_NAME = re.compile(rf"(?: [{UPPER}][{LOWER}]*(?:-[{UPPER}{LOWER}][{LOWER}]*)?){{1,4}}(?![\w'’])")
_WORD_BEFORE = re.compile(r"(\w+) $")
_WORD_AFTER = re.compile(r" (\w+)")
_TWO_WORDS_AFTER = re.compile(r" (\w+ \w+)")
_CAPITAL_INSIDE = re.compile(rf" [{UPPER}]")
_CAPITAL_AFTER = re.compile(rf" [{UPPER}][{LOWER}]")
_NAME_AFTER = re.compile(rf" [{UPPER}]")
_LATIN_RUN = re.compile(r"[A-Z][A-Za-z0-9&'’.-]*(?: [A-Z][A-Za-z0-9&'’.-]*)*(?![\w])")
_CAPITALS_ON = re.compile(rf"(?: [{UPPER}][{LOWER}]*)+(?![\w])")
_GENERIC_AFTER = re.compile(r" (?:hai|ba|các|những|nhiều|mỗi|nước|của (?:hai|các))(?![\w])")


@cache
def _organ_re() -> re.Pattern[str]:
    return scanner(re.compile(rf"(?<![\w])(?:{trie_regex(org_organs())})(?![\w])"))


def _with_organs(text: str, raws: list[_Raw], index: WordIndex) -> list[_Raw]:
    """Internal organs with their parent: "Ban Thường vụ" + "Tỉnh ủy" is one organization."""
    by_start: dict[int, _Raw] = {}
    for r in raws:
        if not r.ref or r.kind == "furef":
            by_start.setdefault(r.start, r)
    out: list[_Raw] = []
    # last first, so that an organ of an organ finds its parent read already: "BCH" + "Trung ương Hội ..."
    for m in reversed(list(index.matches(_organ_re()))):
        # (the organ's acronym may stand between: "Hội đồng quản trị (HĐQT) Công ty ...")
        bracket = _ORGAN_ACRONYM.match(text, m.end())
        parent = by_start.get((bracket.end() if bracket is not None else m.end()) + 1)
        if parent is None and _TITLE_CASED.fullmatch(m.group(0)) and m.start() not in by_start:
            # "Hội Đồng Giám Sát đứng đầu là ...": an organ alone is not listed, but written with every syllable
            # capitalised it stays a mention, so that no one reads a person's name ("Đồng Giám Sát") into it
            out.append(_Raw(m.start(), m.end(), "bare organ", _head_key(m.group(0)), "", ref=True))
            continue
        if parent is None or parent.start == m.start():
            continue
        if m.group(0).lower() == "ban thường trực" and text.endswith("rưởng ", 0, m.start()):
            continue  # "Phó Trưởng Ban thường trực Ban Dân vận Trung ương": a standing deputy head, of the "Ban" after
        if text[m.start() : parent.end] in _known_index():
            continue  # "Văn phòng Chính phủ", a ministry known by its whole name, not an organ of the government
        head = _head_key(text[m.start() : m.end()]) + " " + parent.head
        # the parent's name as shown ("Mặt trận Tổ quốc Việt Nam", its acronym in brackets left out)
        shown = text[m.start() : parent.start] + parent.shown if parent.shown else ""
        if bracket is not None:
            shown = f"{text[m.start() : m.end()]} {parent.shown or text[parent.start : parent.end]}"
        out.append(
            _Raw(
                m.start(),
                parent.end,
                "organ",
                head,
                parent.qualifier,
                parent.place_level,
                False,
                "organ",
                parent,
                shown,
            )
        )
        if by_start.get(m.start()) is None or by_start[m.start()].end < parent.end:
            by_start[m.start()] = out[-1]
    out.reverse()
    return out


_ORGAN_ACRONYM = re.compile(rf" \([{UPPER}]{{2,9}}\)")
_TITLE_CASED = re.compile(rf"[{UPPER}][{LOWER}]*(?: [{UPPER}][{LOWER}]*)+")


@cache
def _latin_branches() -> tuple[str, str]:
    """The two readings of a Latin name: after a Vietnamese cue word ("tập đoàn American Motors"), and named by
    the English kind it ends in ("Nam A Bank")."""
    words = org_latin()
    cap = r"[A-Z][A-Za-z0-9&'’.-]*"
    link = trie_regex(words.get("link", ()))
    run = rf"{cap}(?: (?:(?:{link}) )*{cap})*"
    suffix = trie_regex(words.get("suffix", ()))
    cue = trie_regex(words.get("cue", ()))
    # (an English name may say where the body is, or whom it serves, after its kind: "Rotary Club of Mosman",
    # "State Committee for Overseas Vietnamese")
    seat = rf"(?: (?:of|for)(?: the)? {cap}(?: {cap}){{0,2}})?"
    return rf"(?P<cue>{cue}) (?P<cued>{run})", rf"(?P<named>{run} (?:{suffix})(?:\.|{seat}))"


@cache
def _latin_re() -> re.Pattern[str]:
    cued, named = _latin_branches()
    return re.compile(rf"(?<![\w])(?:{cued}|{named})(?![\w])")


@cache
def _latin_cued_re() -> re.Pattern[str]:
    # (opened by the cue words: the word index finds where they stand)
    return scanner(re.compile(rf"(?<![\w])(?:{_latin_branches()[0]})(?![\w])"))


@cache
def _latin_named_re() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{_latin_branches()[1]})(?![\w])")


@cache
def _latin_kind_word_re() -> re.Pattern[str]:
    # the English kind a named Latin name ends in, as a word: a page without one has no such name
    return re.compile(rf"(?<![\w])(?:{trie_regex(sorted(_latin_suffixes()))})(?![\w])")


def _latin_matches(text: str, index: WordIndex) -> Iterator[re.Match[str]]:
    """The matches of ``_latin_re().finditer(text)`` (groups ``cue``, ``cued``, ``named``), found faster.

    That scan tries both readings at every position. Here the cued names are looked for at their cue words only
    (through the word index), and the named ones only on a page holding one of the English kinds they end in
    (few do). The two are merged as the one scan reads them: the leftmost next, a cued one first at one start,
    the next looked for after the end of the last.
    """
    kinds = index.opening_starts(_latin_kind_word_re())  # (looked up with every pattern's words: no pass of its own)
    named_re = None if kinds is not None and not kinds else _latin_named_re()

    def next_cued(pos: int) -> re.Match[str] | None:
        return next(index.matches(_latin_cued_re(), pos), None)

    def next_named(pos: int) -> re.Match[str] | None:
        return named_re.search(text, pos) if named_re is not None else None

    cued, named = next_cued(0), next_named(0)
    while True:
        if cued is not None and (named is None or cued.start() <= named.start()):
            found = cued
        elif named is not None:
            found = named
        else:
            return
        yield found
        pos = found.end()
        if cued is not None and cued.start() < pos:
            cued = next_cued(pos)
        if named is not None and named.start() < pos:
            named = next_named(pos)


# "of" or "for" before a capitalised word (rare in Vietnamese text: found fast), and the seat it opens
_OF_FOR = re.compile(r" (?:of|for) (?=(?:the )?[A-Z])")
_SEAT_AFTER_KIND = re.compile(r" (?:of|for)(?: the)? [A-Z][A-Za-z0-9&'’.-]*(?: [A-Z][A-Za-z0-9&'’.-]*){0,2}(?![\w])")
# the kind right before "of", opening the name
_KIND_BEFORE = re.compile(r"(?<![\w&'’.-])([A-Z][a-z]+)$")
# a capitalised Latin word before it: the kind is the tail of a longer name ("Rotary Club of Mosman", found above)
_LATIN_CAPITAL_BEFORE = re.compile(r"(?<![\w])[A-Z][A-Za-z0-9&'’.-]* $")


def _latin_kind_first(text: str, places: dict[int, Mention]) -> list[_Raw]:
    """English names opened by their kind, then where the body is or whom it serves: "University of North
    Dakota", "Bank of America" (``org_latin.tsv``, suffix: the kinds)."""
    out: list[_Raw] = []
    if " of " not in text and " for " not in text:
        return out  # (a plain substring test, fastest on the many pages with no English name)
    for m in _OF_FOR.finditer(text):
        kind = _KIND_BEFORE.search(text, max(0, m.start() - 20), m.start())
        seat = _SEAT_AFTER_KIND.match(text, m.start())
        if kind is None or seat is None or kind.group(1) not in _latin_suffixes() or kind.start() in places:
            continue
        if _LATIN_CAPITAL_BEFORE.search(text, max(0, kind.start() - 30), kind.start()) is not None:
            continue
        name = text[kind.start() : seat.end()].rstrip(".")
        out.append(_Raw(kind.start(), kind.start() + len(name), "latin", _head_key(name), "", None, False, "foreign"))
    return out


@cache
def _latin_run_re() -> re.Pattern[str]:
    cap = r"[A-Z][A-Za-z0-9&'’.-]*"
    link = trie_regex(org_latin().get("link", ()))
    return re.compile(rf"{cap}(?: (?:(?:{link}) )*{cap})*(?![\w])")


_PLURAL_BEFORE = re.compile(r"(?:các|những|nhiều|mọi|\d+) $")
# a national body or a ministry of each of several countries: "Quốc hội hai nước", "hai Chính phủ" (vov.vn)
_SEVERAL_AFTER = re.compile(r" (?:hai|ba|các|những|nhiều) (?:nước|bên|quốc gia)(?![\w])")
_SEVERAL_BEFORE = re.compile(r"(?<![\w])(?:[Hh]ai|[Bb]a) $")  # ("các Sở Y tế, Giáo dục ...": the kind, read apart)
# Vietnam as an English name writes it, after the name of a body's Vietnamese arm
_VIETNAM_IN_ENGLISH = re.compile(r" (?:Vietnam|Viet Nam|VietNam)(?![\w])")
_LATIN_LEAD = re.compile(r"(?:Theo|Trong|Tại|Với|Từ|Của|Và|Khi|Cho|Do|Như|Sau|Trước) ")


def _latin_names(text: str, places: dict[int, Mention], index: WordIndex) -> list[_Raw]:
    """Foreign organizations in Latin script: "Nam A Bank", "tập đoàn American Motors Corporation"."""
    out = []
    for m in _latin_matches(text, index):
        group = "cued" if m.groupdict().get("cued") else "named"  # (a match of either reading's own pattern)
        if group == "cued" and _PLURAL_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "các quỹ ETF", "113 tổ chức PCPNN": a kind of organization, not one
        start, end = m.span(group)
        lead = _LATIN_LEAD.match(text, start, end)
        if lead is not None:
            start = lead.end()  # "Theo Washington Post": "Theo" starts the sentence, not the name
        name = text[start:end].rstrip(".")
        end = start + len(name)
        if start in places and places[start].end >= end:
            continue  # a place ("Washington")
        if group == "named" and text.startswith(" ", end):
            # "Lions Club Hà Nội", "Samsung Electronics Việt Nam": the place its branch is of, whether or not
            # the places found it (after a capitalised name they leave it to the name)
            seat = places.get(end + 1)
            known = gazetteer_places().bare_re.match(text, end + 1) if seat is None else None
            seat_end = seat.end if seat is not None else known.end() if known is not None else None
            if seat_end is None and (english := _VIETNAM_IN_ENGLISH.match(text, end)) is not None:
                seat_end = english.end()  # "Fulbright University Vietnam": the country written in English too
            if seat_end is not None and not text[seat_end : seat_end + 1].isalnum():
                end = seat_end
                name = text[start:end]
        if group == "cued" and len(name) < 2:
            continue
        key = _head_key(name)
        if (
            group == "cued"
            and start == m.start("cued")
            and _DESCRIPTOR_CUE.match(m.group("cue"))
            and name.rsplit(" ", 1)[-1] not in _latin_suffixes()
        ):
            # "Tổ chức từ thiện MedShare": a capitalised head and its kind open the name; a Latin name that says
            # its own kind stands alone ("Tổ chức phi chính phủ Latter Day Saint Charities")
            start = m.start()
        elif group == "cued" and start == m.start("cued") and m.group("cue") in org_latin().get("opens", ()):
            start = m.start()  # "Cty Taekwang Vina": the short form of "Công ty" heads the name as it does
        out.append(_Raw(start, end, "latin", key, "", None, False, "foreign"))
    countries = [(m.start() + 1, m.end()) for m in _VIETNAM_AFTER.finditer(text)]
    for start, end in countries:
        # (the country is found fast; the brand before it is checked only there)
        brand = _BRAND_BEFORE.search(text, max(0, start - 31), start - 1)
        if (
            brand is None
            or _NOT_VIETNAMESE.search(brand.group(0)) is None
            or _VIET_LATIN.match(brand.group(0)) is not None
            or brand.start() in places
            or _CAPITALISED_BEFORE.search(text, max(0, brand.start() - 20), brand.start()) is not None
        ):
            continue  # Vietnamese syllables without marks, a place, or the tail of a longer capitalised name
        # "Samsung Việt Nam", "ChildFund Việt Nam": a foreign company's or NGO's Vietnamese arm, named by its
        # brand and the country
        name = text[brand.start() : end]
        out.append(_Raw(brand.start(), end, "latin", _head_key(name), "", None, False, "foreign"))
    out.extend(_latin_kind_after_brand(text, places))
    out.extend(_latin_kind_first(text, places))
    return out


@cache
def _latin_brand_kind_re() -> re.Pattern[str]:
    """An English kind a Vietnamese brand takes after its name (``org_latin.tsv``, brand): " Group"."""
    return re.compile(rf" (?:{trie_regex(org_latin().get('brand', ()))})(?![\w'’&-])")


# the Vietnamese syllables of a brand, capitalised, right before its English kind: "Hai Thành", "Bắc Á"
_BRAND_SYLLABLES = re.compile(rf"(?<![\w&'’.-])(?:[{UPPER}][{LOWER}]*(?: |$)){{1,4}}$")


def _latin_kind_after_brand(text: str, places: dict[int, Mention]) -> list[_Raw]:
    """Vietnamese companies named by their brand and an English kind: "Hai Thành Group", "Bắc Á Bank" (the
    brand in Vietnamese syllables, which the Latin-script names above leave out)."""
    out: list[_Raw] = []
    if not any(kind in text for kind in org_latin().get("brand", ())):
        return out  # (most pages name no such kind: a plain substring test says so fastest)
    for kind in _latin_brand_kind_re().finditer(text):
        brand = _BRAND_SYLLABLES.search(text, max(0, kind.start() - 30), kind.start() + 1)
        if brand is None or _VIETNAMESE_LETTER.search(brand.group(0)) is None:
            continue  # (a brand in Latin letters is a Latin name: found above)
        start = brand.start()
        lead = _LATIN_LEAD.match(text, start, kind.start())
        if lead is not None:
            start = lead.end()  # "Theo Hai Thành Group": "Theo" starts the sentence, not the name
        if start >= kind.start() or (start in places and places[start].end >= kind.start() - 1):
            continue  # a place before the kind ("Hà Nội Group" is read as the place's)
        out.append(_Raw(start, kind.end(), "latin", _head_key(text[start : kind.end()]), "", None, False, "company"))
    return out


# a single Latin-script brand before "Việt Nam" (its Vietnamese arm); the brand may be written in two capitalised
# parts ("ChildFund")
_VIETNAM_AFTER = re.compile(r" Việt Nam(?![\w])")
_BRAND_BEFORE = re.compile(r"(?<![\w&'’.-])[A-Z][a-z]+(?:[A-Z][a-z]+)?$")
_CAPITALISED_BEFORE = re.compile(rf"[{UPPER}][\w&'’.-]* $")


@cache
def _latin_links() -> frozenset[str]:
    """Lower-case words inside an English name ("for" in "Habitat for Humanity"), ``org_latin.tsv``."""
    return frozenset(org_latin().get("link", ()))


@cache
def _latin_suffixes() -> frozenset[str]:
    return frozenset(org_latin().get("suffix", ()))


# an acronym in brackets, as an article defines one after the name it stands for
_BRACKETED_ACRONYM = re.compile(r" \(([A-Z][A-Z0-9&]{1,8})[),]")


@cache
def _latin_run_before_re() -> re.Pattern[str]:
    """A run of capitalised Latin words (link words between) ending where the search window ends."""
    cap = r"[A-Z][A-Za-z0-9&'’.-]*"
    link = trie_regex(org_latin().get("link", ()))
    return re.compile(rf"(?<![\w])(?:{cap}(?: (?:(?:{link}) )*{cap})*)$")


def _latin_with_acronym(text: str, places: dict[int, Mention]) -> list[_Raw]:
    """Foreign bodies in Latin script that the article defines with their acronym: "Children of Vietnam (COV)",
    "Passerelles Numeriques (PN)". The acronym must spell the initials of the name's words (link words aside
    or not), so that a sentence's first word or a place before the name is left out."""
    out = []
    for m in _BRACKETED_ACRONYM.finditer(text):
        known = _known_before_acronym(text, m)
        if known is not None:
            out.append(known)
            continue
        run = _latin_run_before_re().search(text, max(0, m.start() - 80), m.start())
        if run is None:
            continue
        words = run.group(0).split(" ")
        for k in range(len(words) - 1):
            name = words[k:]
            # (or the initials and the kind's the article leaves out: "Friedrich Ebert (FES)", "Konrad Adenauer
            # (KAS)", the foundations, Stiftung, of German parties; vietnambotschaft.org)
            spelt = (_initials(name), _initials([w for w in name if w[:1].isupper()]))
            if m.group(1) in spelt or (len(name) > 1 and len(m.group(1)) > 2 and m.group(1)[:-1] == spelt[0]):
                start = m.start() - len(" ".join(name))
                before = _WORD_BEFORE.search(text, max(0, start - 12), start)
                person = before is not None and before.group(1).capitalize() in _CAPITAL_HONORIFICS
                if start not in places and not person:  # (not "ông John Smith (JS)")
                    out.append(_Raw(start, m.start(), "latin", _head_key(" ".join(name)), "", None, False, "foreign"))
                break
    out.extend(_latin_after_acronym(text, places))
    return out


@cache
def _latin_cue_before_re() -> re.Pattern[str]:
    """A cue of a Latin-script name (``org_latin.tsv``, cue) ending where the search window ends: "Tổ chức "."""
    return re.compile(rf"(?<![\w])(?:{trie_regex(org_latin().get('cue', ()))}) $")


# brackets opening on a capitalised Latin word (the bracket is found fast), and an acronym right before them:
# "EFD (Education For Development"
_LATIN_IN_BRACKETS = re.compile(r" \((?=[A-Z][a-z])")
_ACRONYM_ENDS = re.compile(r"(?<![\w.-])[A-Z][A-Z0-9&]{1,8}$")


def _latin_after_acronym(text: str, places: dict[int, Mention]) -> list[_Raw]:
    """Foreign bodies named by their acronym, the name it stands for in brackets after it: "Tổ chức EFD
    (Education For Development - tổ chức phi chính phủ ...)". The name's initials (link words aside or not)
    must spell the acronym, and a body's kind must show: a cue before the acronym ("Tổ chức") or the name's
    own kind ("World Health Organization"); not a programme or a place ("SDGs (Sustainable Development
    Goals)", "HCMC (Ho Chi Minh City)")."""
    out = []
    for bracket in _LATIN_IN_BRACKETS.finditer(text):
        m = _ACRONYM_ENDS.search(text, max(0, bracket.start() - 10), bracket.start())
        if m is None:
            continue
        acronym = m.group(0)
        run = _latin_run_re().match(text, bracket.end())
        if run is None or bracket.end() in places or acronym in _acronyms_not_bodies():
            continue
        words = run.group(0).split(" ")
        cued = _latin_cue_before_re().search(text, max(0, m.start() - 30), m.start()) is not None
        if not cued and words[-1] not in _latin_suffixes():
            continue
        if acronym in (_initials(words), _initials([w for w in words if w[:1].isupper()])):
            out.append(_Raw(run.start(), run.end(), "latin", _head_key(run.group(0)), "", None, False, "foreign"))
    return out


@cache
def _known_by_acronym() -> dict[str, tuple[tuple[str, str], ...]]:
    """The known bodies (``organizations.tsv``) by the acronyms among their aliases: names and categories."""
    out: dict[str, list[tuple[str, str]]] = {}
    for org in known_organizations():
        for alias in org.aliases:
            if alias.isupper() and " " not in alias:
                out.setdefault(alias, []).append((org.name, org.category))
    return {acronym: tuple(names) for acronym, names in out.items()}


def _known_before_acronym(text: str, acronym: re.Match[str]) -> _Raw | None:
    """A known body written in full before its acronym in brackets, whatever its case: "Cơ quan hợp tác quốc tế
    Hàn Quốc (KOICA)", "Tổ chức y tế thế giới (WHO)" (outlets disagree on which syllables they capitalise, and
    the acronym says which body the words are)."""
    for name, category in _known_by_acronym().get(acronym.group(1), ()):
        start = acronym.start() - len(name)
        if start >= 0 and text[start : acronym.start()].casefold() == name.casefold() and not _glued(text, start):
            return _Raw(start, acronym.start(), "known", _head_key(name), "", None, False, category)
    return None


def _glued(text: str, start: int) -> bool:
    """True when the word at ``start`` is the tail of a longer word."""
    return start > 0 and text[start - 1].isalnum()


# the brackets that open a body's name in another script: " (", " (tiếng Anh: ", " (tên tiếng Anh là "
_TRANSLATION_OPENS = re.compile(rf" \((?:(?:tên )?(?:bằng )?tiếng [{UPPER}]\w*(?: là|:) )?")
_TRANSLATION_CLOSES = re.compile(r"\)|,| hoặc | viết tắt")
# a letter only Vietnamese writes (a mark on a vowel, or "đ"): a name that holds one is not in Latin script
_VIETNAMESE_LETTER = re.compile(r"[^\x00-\x7f’‘“”–—]")


def _latin_translations(text: str, raws: Sequence[_Raw]) -> dict[tuple[str, str], tuple[str, str]]:
    """Names given right after a body's name in brackets in the other script, either way round: "Vietnam
    Children’s Fund (Quỹ Trẻ em Việt Nam)", "trường Cao đẳng Phát thanh - Truyền hình II (VOV College)",
    "Tổ chức Hỗ trợ Gia cư (tiếng Anh: Habitat for Humanity)". One body, named twice; maps the bracketed
    name's group key to the first's."""
    out: dict[tuple[str, str], tuple[str, str]] = {}
    bracketed = [r for r in raws if not r.ref and text.startswith(" (", r.end)]
    if not bracketed:
        return out
    by_start = {r.start: r for r in raws if not r.ref}
    for r in bracketed:
        opens = _TRANSLATION_OPENS.match(text, r.end)
        inner = by_start.get(opens.end()) if opens is not None else None
        if inner is None or inner.head == r.head or _TRANSLATION_CLOSES.match(text, inner.end) is None:
            continue
        outer_name, inner_name = text[r.start : r.end], text[inner.start : inner.end]
        if inner_name.isupper() or outer_name.isupper():
            continue  # an acronym: defined as an alias of the name
        scripts = {_VIETNAMESE_LETTER.search(outer_name) is None, _VIETNAMESE_LETTER.search(inner_name) is None}
        if scripts == {True, False}:  # (one in Latin script, the other in Vietnamese)
            out.setdefault((inner.head, inner.qualifier), (r.head, r.qualifier))
    return out


def _initials(words: Sequence[str]) -> str:
    return "".join(w[:1] for w in words).upper()


# a cue that opens the name: a capitalised head, then the kind of body in lower case ("Tổ chức từ thiện",
# "Tổ chức phi chính phủ"); a head alone ("Tổ chức Children of Vietnam") or in lower case ("tập đoàn
# American Motors Corporation") only introduces it
_DESCRIPTOR_CUE = re.compile(rf"[{UPPER}]\w* (?:\w+ )*[{LOWER}]\w*$")


# "BHXH tỉnh Bình Dương", "BĐBP tỉnh Điện Biên", "LĐLĐ huyện X": a body by its acronym and the unit it serves;
# "BHXH Việt Nam": an acronym the press spells out (abbreviations.tsv) and its country
_ACRONYM_LEVEL = re.compile(
    # (the lookahead first lets the engine pass, in one test, every place where no two capitals stand)
    rf"(?=[{UPPER}]{{2}})(?<![\w.-])[{UPPER}][{UPPER}]{{1,7}}"
    rf"(?= (?:(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã|xã|phường) )?[{UPPER}]| khu vực [0-9IVX])"
)
_ACRONYM_LEVEL = scanner(_ACRONYM_LEVEL)  # the same matches, found faster (see scanner)
# The Party's committees of a bloc of bodies ("Đảng ủy Khối các cơ quan tỉnh", "Đảng bộ Khối Cơ quan và
# Doanh nghiệp tỉnh", "Đảng ủy Khối Doanh nghiệp Trung ương"): Quy định 294-QĐ/TW on blocs of agencies and
# enterprises; the bloc's level follows it. The Youth Union and the Trade Union are set up by bloc too
# ("Đoàn Khối Các cơ quan tỉnh", "Đoàn Thanh niên Khối Các cơ quan và Doanh nghiệp tỉnh", baonamdinh.vn;
# "Công đoàn Khối ...": Điều lệ Đoàn TNCS Hồ Chí Minh and Điều lệ Công đoàn Việt Nam on their bloc levels)
_BLOC_HEADS = frozenset({"đảng ủy", "đảng bộ", "đoàn", "đoàn thanh niên", "công đoàn"})
_BLOC = re.compile(
    r" [Kk]hối(?: [Cc]ác)? (?:[Cc]ơ quan(?:(?: và |-| - )[Dd]oanh nghiệp)?|[Dd]oanh nghiệp)"
    r"(?P<centre> (?:Trung ương|TW|TƯ))?(?![\w])"
)
_ACRONYM_BEFORE = re.compile(rf"(?<![\w.,-])[{UPPER}][{UPPER}]{{1,7}} $")
# Courts, procuracies and other branches set up by region (Nghị quyết 81/2025 and 84/2025 of the Ủy ban
# Thường vụ Quốc hội): numbered within a province, the province after a dash: "TAND khu vực 7 - TP.HCM",
# "Tòa án nhân dân khu vực 1 – Quảng Ninh"
_REGION_NUMBER = re.compile(r" khu vực (?:\d+|[IVX]+)(?![\w])")
_REGION_DASH = re.compile(r" ?[-–] ?")


def _regional_seat(text: str, end: int, places: dict[int, Mention]) -> tuple[int, str] | None:
    """The region a body is numbered by after its name at ``end``, with its province when a dash gives it:
    the new end and the group qualifier ("khu vực 7 hồ chí minh"), or None."""
    number = _REGION_NUMBER.match(text, end)
    if number is None:
        return None
    end, qualifier = number.end(), match_key(number.group(0))
    dash = _REGION_DASH.match(text, end)
    place = places.get(dash.end()) if dash is not None else None
    if place is not None:
        end, qualifier = place.end, f"{qualifier} {_place_key(place)}"
    return end, qualifier


def _is_mission(acronym: str) -> bool:
    """True when ``acronym`` is the press's for a diplomatic mission (``abbreviations.tsv``: "ĐSQ", "TLSQ")."""
    head = org_heads().get(abbreviations().get(acronym, ""))
    return head is not None and head.category == "diplomatic"


def _acronyms_with_place(text: str, places: dict[int, Mention]) -> list[_Raw]:
    """Bodies written as an acronym followed by a level word and a place the place extractor found."""
    out = []
    for m in _ACRONYM_FROM.finditer(text):
        # "(COPION/Hàn Quốc; CIAT/Cô-lôm-bia)": a foreign body by its acronym and its country
        if _country_at(places, m.end() + 1) and m.group(1) not in _acronyms_not_bodies():
            out.append(_Raw(m.start(1), m.end(1), "acronym", _head_key(m.group(1)), "", None, False, "foreign"))
    for m in _ACRONYM_LEVEL.finditer(text):
        if m.group(0) in _acronyms_not_bodies():
            continue
        regional = _regional_seat(text, m.end(), places) if m.group(0) in abbreviations() else None
        if regional is not None:
            end, qualifier = regional
            out.append(_Raw(m.start(), end, "acronym", _head_key(m.group(0)), qualifier, "region", False, "state"))
            continue
        if text[m.end() + 1].isupper() and (m.group(0) not in abbreviations() or not _unit_at(places, m.end() + 1)):
            continue  # without a level word, only a known abbreviation before a country or a province
        end, qualifier, level = _extend(text, m.end(), places)
        if qualifier in _BARE_QUALIFIERS:
            continue  # a named place must follow: "THCS xã" alone is not a body
        if _is_mission(m.group(0)):
            if text.startswith(" tại ", end):
                # "ĐSQ Nhật Bản tại Việt Nam", "TLSQ Hàn Quốc tại TP.HCM": its host country or city
                seat = _SEAT_LEVEL.match(text, end + 5)
                host = _place_end(text, seat.end() if seat is not None else end + 5, places)
                end = _place_end(text, end + 5, places) or host or end
            # (keyed as the spelt-out mission is, its country and post in its name: one embassy, however written)
            out.append(_Raw(m.start(), end, "acronym", _head_key(text[m.start() : end]), "", None, False, "diplomatic"))
            continue
        # an organ's acronym before its body's: "BTS PG tỉnh Bến Tre" (Ban Trị sự Phật giáo) is one name
        before = _ACRONYM_BEFORE.search(text, max(0, m.start() - 12), m.start())
        # (not "ASEAN BHXH Việt Nam"; nor a title's acronym, a person's post: "PCT UBND huyện Đô Lương", doluong.gov.vn)
        own = (
            before is not None
            and before.group(0)[:-1] not in _known_index()
            and before.group(0)[:-1] not in _title_set()
        )
        start = before.start() if before is not None and own else m.start()
        head = _head_key(text[start : m.end()])
        out.append(_Raw(start, end, "acronym", head, qualifier, level, False, "state"))
    return out


# an acronym standing alone: capitals (digits and "&" after the first), no part of a code ("QĐ-UBND",
# "TP.Huế", "COVID-19") nor of a run of capitals (a headline, a name set in capitals: "YOUN MEE HYANG"),
# nor before a model or age code (a product or a tournament: "HIMARS M142", "AFC U23")
_BARE_ACRONYM = scanner(
    re.compile(
        rf"(?=[{UPPER}]{{2}})(?<![\w./&'’-])(?<![{UPPER}] )[{UPPER}][{UPPER}0-9&]{{1,8}}"
        rf"(?![\w&/'’-])(?!\.\w)(?! [{UPPER}]{{2}})(?! [{UPPER}]+\d)"
    )
)
# the words after which an acronym names a body: a possessor, a source, an agent ("của NATO", "theo WHO",
# "được FIFA bầu chọn", "bởi AFC")
_ACRONYM_AFTER_WORD = re.compile(r"(?<![\w])(?:của|theo|Theo|được|bởi|với) $")


@cache
def _title_set() -> frozenset[str]:
    return frozenset(titles())


@cache
def _title_tail_re() -> re.Pattern[str]:
    """A title (either case of its first letter) ending right before a space: "Chủ tịch ", "tổng thư ký "."""
    words = {w for t in titles() for w in (t, t[:1].lower() + t[1:], t[:1].upper() + t[1:])}
    return scanner(re.compile(rf"(?<![\w])(?:{trie_regex(words)}) $"))  # searched in a window: skip to a title


@cache
def _aspect_re() -> re.Pattern[str]:
    """A word that only stands before a verb (``aspect_markers.txt``): "đã", "sẽ", "được"."""
    return re.compile(rf"(?:{trie_regex(read_list('aspect_markers.txt'))})(?![\w])")


@cache
def _acronym_acts_re() -> re.Pattern[str]:
    """A verb of saying (``reporting_verbs.txt``), an aspect marker before it at times: "FIFA đã thông báo"."""
    verbs = trie_regex(read_list("reporting_verbs.txt"))
    aspect = trie_regex(read_list("aspect_markers.txt"))
    return re.compile(rf" (?:(?:{aspect}) )?(?:{verbs})(?![\w])")


# "do" before a giver: "do KFHI tài trợ" (the agent of the gift that follows)
_GIVER_BEFORE = re.compile(r"(?<![\w])[Dd]o $")


@cache
def _acronym_gives_re() -> re.Pattern[str]:
    """A verb of giving or funding (``facts/aid.tsv``, give and fund), an aspect marker before it at times:
    "tài trợ", "đã viện trợ". Group ``aspect`` holds the marker."""
    verbs = trie_regex([row[0] for row in read_tsv("facts/aid.tsv") if row[1] in ("give", "fund")])
    aspect = trie_regex(read_list("aspect_markers.txt"))
    return re.compile(rf" (?P<aspect>(?:{aspect}) )?(?:{verbs})(?![\w])")


def _gives(text: str, start: int, end: int) -> bool:
    """True when the acronym at ``start``..``end`` is the giver of a gift told right after it: "do KFHI tài trợ",
    "KOICA đã viện trợ". (Without "do" or an aspect marker, an acronym before "hỗ trợ" may name a programme.)"""
    verb = _acronym_gives_re().match(text, end)
    if verb is None:
        return False
    return verb.group("aspect") is not None or _GIVER_BEFORE.search(text, max(0, start - 3), start) is not None


def _cued_acronyms(text: str, places: dict[int, Mention], bodies: Sequence[_Raw]) -> list[_Raw]:
    """Bodies named by an acronym alone, as the press names foreign and national bodies ("FIFA", "AFC").

    An acronym is a body when the sentence treats it as one: a title before it ("Chủ tịch VFF"), a verb
    of saying after it ("AFC cho biết"), a verb of giving after it, as its agent ("do KFHI tài trợ", "KOICA
    đã viện trợ"), a possessor's, source's or agent's word before it ("của NATO", "theo WHO"), or a list
    that joins it to a body named by its acronym (``bodies``: "USAID, KOICA và GIZ"). Not: the acronyms
    that name no body (currencies, units, terms, common nouns: ``org_acronym_not_bodies.txt``), those that
    name a body only with its place (``abbreviations.tsv``: "UBND"), codes, and places.
    """
    found: list[tuple[int, int, bool]] = []
    for m in _BARE_ACRONYM.finditer(text):
        word = m.group(0)
        if word in _acronyms_not_bodies() or word in abbreviations() or m.start() in places or _ROMAN.match(word):
            continue  # (a roman numeral numbers a term or a congress: "khóa II", "lần thứ VI")
        letters = sum(c.isalpha() for c in word)
        start = m.start()
        # (the cheap tests first: a verb right after, a preposition right before, then a title before)
        cued = _acronym_acts_re().match(text, m.end()) is not None or _gives(text, start, m.end())
        if not cued and letters >= 3:
            # a preposition is a weaker cue: three letters at least ("của EU" may be a place's union)
            cued = _ACRONYM_AFTER_WORD.search(text, max(0, start - 6), start) is not None
        if not cued and text[start - 2 : start - 1].islower():  # (a title ends in a lower-case letter)
            cued = _title_tail_re().search(text, max(0, start - 30), start) is not None
        found.append((start, m.end(), cued and letters >= 2))
    # a list: "USAID, KOICA và GIZ", "FIFA và AFC" (three letters at least, as for a preposition)
    named = {(r.start, r.end) for r in bodies if text[r.start : r.end].isupper()}
    named.update((s, e) for s, e, cued in found if cued)
    ends, starts = {e for _, e in named}, {s for s, _ in named}
    grew = True
    while grew:
        grew = False
        for i, (s, e, cued) in enumerate(found):
            if cued or sum(c.isalpha() for c in text[s:e]) < 3:
                continue
            left = _LIST_GLUE_BEFORE.search(text, max(0, s - 6), s)
            right = _LIST_GLUE_AFTER.match(text, e)
            if (left is not None and left.start() in ends) or (right is not None and right.end() in starts):
                found[i] = (s, e, True)
                ends.add(e)
                starts.add(s)
                grew = True
    return [_Raw(s, e, "acronym", _head_key(text[s:e]), "", None, False, "foreign") for s, e, cued in found if cued]


_ROMAN = re.compile(r"(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")
_LIST_GLUE_BEFORE = re.compile(r"(?:, |,? và )$")
_LIST_GLUE_AFTER = re.compile(r"(?:, |,? và )")


_INNER_ACRONYM = re.compile(
    rf" \(([{UPPER}][{UPPER}0-9&]{{1,9}})\)"
    # (a place, or the article's own province or city by its level word alone: "Hội Người cao tuổi (NCT) tỉnh")
    rf"(?= (?:(?:tỉnh|thành phố|TP|huyện|quận|thị xã) )?[{UPPER}]| (?:tỉnh|thành phố|TP)(?![\w]))"
)
_WORDS = re.compile(r"\S+")


def _stands_for(acronym: str, name: str) -> str | None:
    """The last words of ``name`` after its head whose initials spell ``acronym`` ("Liên hiệp Phụ nữ" for
    LHPN in "Hội Liên hiệp Phụ nữ"); none when it stands for the whole name (then it names that body)."""
    words = name.split(" ")
    for k in range(2, len(words)):
        part = words[-k:]
        if "".join(w[:1] for w in part).upper() == acronym:
            return " ".join(part)
    return None


def _spelt_inside(name: str, aliases: dict[str, _Raw], text: str) -> str | None:
    """``name`` with an acronym the article defined spelt out, when one is a word inside it."""
    for word in _WORDS.findall(name)[1:]:
        defined = aliases.get(word)
        if defined is None:
            continue
        inner = _INNER_ACRONYM.search(text, defined.start, defined.end)
        before = text[defined.start : inner.start()] if inner is not None else defined.shown
        expansion = _stands_for(word, before) if before else None
        if expansion is not None:
            return re.sub(rf"(?<![\w]){re.escape(word)}(?![\w])", expansion, name, count=1)
    return None


def _with_inner_acronym(text: str, r: _Raw, places: dict[int, Mention]) -> _Raw:
    """A name with its acronym inside, before its place: "Bộ đội Biên phòng (BĐBP) tỉnh Nghệ An"."""
    if r.ref or r.qualifier:
        return r
    inner = _INNER_ACRONYM.match(text, r.end)
    if inner is None:
        return r
    end, qualifier, level = _extend(text, inner.end(), places)
    if qualifier == "":
        return r
    shown = text[r.start : r.end] + text[inner.end() : end]
    return attrs.evolve(r, end=end, qualifier=qualifier, place_level=level, shown=shown)


_ACRONYM_FROM = scanner(re.compile(rf"(?=[{UPPER}]{{2}})(?<![\w./-])([{UPPER}][{UPPER}0-9&]{{2,9}})(?=/)"))


def _country_at(places: dict[int, Mention], pos: int) -> bool:
    place = places.get(pos)
    return place is not None and place.attrs.get("level") == "country"


def _unit_at(places: dict[int, Mention], pos: int) -> bool:
    """True when a country or a province is named at ``pos`` ("BHXH Việt Nam", "BĐBP Thừa Thiên Huế")."""
    place = places.get(pos)
    return place is not None and place.attrs.get("level") in ("country", "province")


@cache
def _acronyms_not_bodies() -> frozenset[str]:
    return frozenset(read_list("org_acronym_not_bodies.txt"))


# the end of a name spelt out in brackets after its acronym: the bracket, or a dash and what the body is
# ("EFD (Education For Development - tổ chức phi chính phủ về phát triển trẻ em)")
_DEFINITION_CLOSES = re.compile(r"\)| [-–] [^()]{1,80}\)")
# (the name in brackets may follow a word or two of its kind: "WVI (tổ chức Tầm Nhìn Thế Giới)")
_ABBREVIATION_BEFORE = scanner(re.compile(rf"(?<![\w(])([{UPPER}][{UPPER}0-9&]{{1,9}}) \((?:[{LOWER}]+ ){{0,3}}$"))
_FLAT_LEVEL = re.compile(r"\b(?:tỉnh|thành phố|tp) ")


def _flat_key(head: str, qualifier: str) -> str:
    """A group's key without level words: "… tỉnh Lào Cai" and "… Lào Cai" are one name."""
    if qualifier in _BARE_QUALIFIERS and qualifier:
        return f"{head}\t{qualifier}"  # a bare body keeps its own group (merged below, or not)
    return _FLAT_LEVEL.sub("", f"{head} {qualifier}".strip())


# "(MBS)", or "(LDSC, Hoa Kỳ)": the acronym first, then where the body is from
_ABBREVIATION_AFTER = re.compile(rf"\s*\(([{UPPER}][{UPPER}0-9&]{{1,9}})(?:\)|, (?=[^()]{{1,40}}\)))")


def _fullness(text: str, r: _Raw) -> tuple[int, int]:
    surface = text[r.start : r.end]
    words = len(surface.split())
    if r.kind == "acronym":
        # "BHXH Việt Nam" is not fuller than its spelling out; of two acronyms, the longer is ("ĐSQ Nhật Bản tại
        # Việt Nam", its post named, over "ĐSQ Nhật Bản")
        return (-1, words)
    if surface.startswith("Hội Liên hiệp"):
        words -= 1  # "Hội Liên hiệp các tổ chức hữu nghị" is the same name, not a fuller one
    return (1 if r.qualifier not in _BARE_QUALIFIERS else 0, words)


_LEVEL_PREFIX = re.compile(r"(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã|xã|phường|thị trấn|thôn|bản|ấp|xóm) ")


def _lower_cased(mentions: Sequence[Mention]) -> bool:
    """True on a page written all in lower case: its places (level words aside) are found in lower
    case more often than with capitals, two at least."""
    low = cap = 0
    for m in mentions:
        if m.kind != "place" or not m.text[:1].isalpha():
            continue
        if m.text[:1].isupper():
            cap += 1
        elif not _LEVEL_PREFIX.match(m.text):
            low += 1
    return low >= 2 and low > cap


@cache
def _known_lower_re() -> re.Pattern[str]:
    surfaces = {s.lower(): s for s in sorted(_known_index(), key=len) if not s.isupper()}
    return re.compile(rf"(?<![\w])(?:{trie_regex(list(surfaces))})(?![\w])")


@cache
def _head_lower_re() -> re.Pattern[str]:
    heads = [h.lower() for h, info in org_heads().items() if not info.alone and h[:1].isupper()]
    low = rf"[{LOWER}]+"
    # a head, up to five lower-case words of its name, then (a space and) a capital -- the place read --
    # or a bare provincial level word ("liên hiệp các tổ chức hữu nghị tỉnh")
    return re.compile(
        rf"(?<![\w])(?P<head>{trie_regex(sorted(set(heads)))})(?P<rest>(?: {low}){{0,5}}?)"
        rf" (?=[{UPPER}]|(?:tỉnh|thành phố)(?![ \w]))"
    )


def _recased(text: str, mentions: Sequence[Mention]) -> str:
    """``text`` of a lower-cased page with capitals put back where names show: each syllable of a
    place found in lower case, a known organization as the table writes it, and the head of a name
    that runs on to a place ("hội khuyến học tỉnh hải dương", "báo hải dương"). Same length as
    ``text``, so every offset holds."""
    chars = list(text)
    for m in mentions:
        if m.kind != "place" or not m.text[:1].islower():
            continue
        level = _LEVEL_PREFIX.match(m.text)
        pos = m.start + (level.end() if level else 0)
        for word in re.finditer(r"\w+", text[pos : m.end]):
            chars[pos + word.start()] = chars[pos + word.start()].upper()
    recased = "".join(chars)
    for k in _known_lower_re().finditer(recased.lower()):
        surface = next(s for s in _known_index() if s.lower() == k.group(0) and not s.isupper())
        chars[k.start() : k.end()] = surface
    recased = "".join(chars)
    for h in _head_lower_re().finditer(recased):
        prev = _WORD_BEFORE_HEAD.search(recased, max(0, h.start() - 12), h.start())
        if prev is not None and f"{prev.group(1).lower()} {h.group('head')}" in org_head_tails():
            continue  # "đại hội", "xã hội": the head is the tail of another word
        own = [w for w in h.group("rest").split() if w not in ("tỉnh", "thành", "phố", "tp", "huyện", "quận", "xã")]
        if not own and h.group("head").split(" ")[0] in ("hội", "tổ chức", "trung tâm"):
            continue  # "hội tỉnh Hải Dương": a head right before a place is the place's own event or body word
        chars[h.start()] = chars[h.start()].upper()
    return "".join(chars)


_WORD_BEFORE_HEAD = re.compile(r"(\w+) $")


@cache
def _titled_lower_head_re() -> re.Pattern[str]:
    """A title, then a head the table writes capitalised written in lower case, then a capital: "Chủ tịch hội
    Hữu nghị Việt Nam - Lào tỉnh", "Giám đốc trung tâm Y tế huyện" (the title says an organization follows)."""
    heads = {h.lower() for h, info in org_heads().items() if not info.alone and h[:1].isupper()}
    heads -= {h for h in org_heads() if h[:1].islower()}  # (those the table takes in lower case already)
    heads.discard("tổ chức")  # (also the verb "to organise": "Chủ tịch tổ chức ...", "Trưởng đại diện tổ chức ...")
    modifiers = trie_regex(read_list("title_modifiers.txt"))
    return re.compile(
        rf"(?<![\w])(?P<title>{trie_regex(titles())})(?: (?:{modifiers}))? (?P<head>{trie_regex(sorted(heads))})"
        rf" (?=[{UPPER}])"
    )


@cache
def _title_cased_heads() -> dict[str, str]:
    """The heads of several syllables the table writes with a lower-case syllable, each as the overseas press
    writes it, every syllable capitalised ("Đại Sứ Quán", "Câu Lạc Bộ"), mapped to the table's spelling."""
    heads: dict[str, str] = {}
    for head in org_heads():
        words = head.split(" ")
        # (not a council, "Hội Đồng": the overseas press names a community's organs so, "Hội Đồng Giám Sát", and
        # an organ alone is not listed)
        if head[:1].isupper() and any(w[:1].islower() for w in words[1:]) and not head.startswith("Hội đồng"):
            heads.setdefault(" ".join(w[:1].upper() + w[1:] for w in words), head)
    return heads


@cache
def _title_cased_head_re() -> re.Pattern[str]:
    """A head written with every syllable capitalised, then a capitalised name: "Đại Sứ Quán Việt Nam"."""
    return re.compile(rf"(?<![\w])(?:{trie_regex(sorted(_title_cased_heads()))}) (?=[{UPPER}])")


def _titled_heads_recased(text: str, index: WordIndex) -> str:
    """``text`` with the head of each name written in lower case after a title capitalised, and each head
    written with every syllable capitalised, as the table writes it (same length); ``text`` itself when there
    is none."""
    chars: list[str] | None = None
    for m in index.matches(_titled_lower_head_re()):
        if f"{m.group('title')} {m.group('head')}" in _title_set():
            continue  # "Trưởng ban Dân vận", "Trưởng phòng Lãnh sự": the head is the title's own last word
        if _generic_re().match(text, m.end()) or _head_re().match(text, m.end()):
            continue  # "Giám đốc văn phòng Cơ quan Phát triển Pháp": the body is named by the capitalised head
        chars = chars if chars is not None else list(text)
        chars[m.start("head")] = chars[m.start("head")].upper()
    # "tại trụ sở Đại Sứ Quán Việt Nam tại Hàn Quốc" (bavik.kr): the overseas press capitalises every syllable
    for m in index.matches(_title_cased_head_re()):
        chars = chars if chars is not None else list(text)
        chars[m.start() : m.end() - 1] = _title_cased_heads()[m.group(0)[:-1]]
    return text if chars is None else "".join(chars)


def _as_written(org: Organization, recased: str, original: str) -> Organization:
    """``org`` found in the recased text, named and aliased as the page writes it."""

    def written(name: str) -> str:
        span = next((s for s in org.spans if recased[s.start : s.end] == name), None)
        return original[span.start : span.end] if span is not None else name

    return attrs.evolve(org, name=written(org.name), aliases=tuple(written(a) for a in org.aliases))


@lru_cache(maxsize=1024)  # keyed by the acronyms in the order defined: pages of one outlet repeat theirs
def _alias_re(acronyms: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern for the acronyms an article defined, each standing alone (not "VUFO)", "VUFO (")."""
    # (scanned over the whole text: scanner() lets the engine skip to the acronyms' first letters)
    return scanner(re.compile(r"(?<![\w(])(?:" + "|".join(map(re.escape, acronyms)) + r")(?![\w)])(?! \()(?!\.[a-z])"))


class OrganizationExtractor:
    """Finds organizations; one :class:`~dnnd.Organization` per organization in the article."""

    name = "organizations"
    order = 500

    def extract(self, context: ExtractionContext) -> Extraction:
        """Mentions of kind ``organization``; entities named by their fullest form."""
        original = text = context.text
        if _lower_cased(context.mentions):
            text = _recased(text, context.mentions)  # names found by their capitals, shown as written
        else:
            text = _titled_heads_recased(text, context.words)  # "Chủ tịch hội Hữu nghị ...", shown as written
        raws = find_organizations(text, context.mentions, context.words)
        # aliases given in brackets after a name: "Chứng khoán MB (MBS)"
        aliases: dict[str, _Raw] = {}
        for r in raws:
            if r.ref:
                continue
            m = _ABBREVIATION_AFTER.match(text, r.end)
            if r.shown and m is None:
                m = _INNER_ACRONYM.search(text, r.start, r.end)  # "Bộ đội Biên phòng (BĐBP) tỉnh Nghệ An"
            if m and m.group(1) not in aliases:
                aliases[m.group(1)] = r
            # the other way round: "VFF (Liên đoàn Bóng đá Việt Nam)"
            window = max(0, r.start - 40)
            # (a bracket opens before the name first: a plain look-up, cheaper than the search at every name)
            before = _ABBREVIATION_BEFORE.search(text, window, r.start) if "(" in text[window : r.start] else None
            if before and _DEFINITION_CLOSES.match(text, r.end) and before.group(1) not in aliases:
                aliases[before.group(1)] = r
        if aliases:
            alias_re = _alias_re(tuple(aliases))
            taken: set[int] = set()
            for r in raws:
                taken.update(range(r.start, r.end))
            for m in alias_re.finditer(text):
                if m.start() not in taken:
                    a = aliases[m.group(0)]
                    raws.append(attrs.evolve(a, start=m.start(), end=m.end()))
            # "Tổ chức LDSC" after "Latter Day Saint Charities (LDSC)": the head and the acronym name it
            for i, r in enumerate(raws):
                # (a known acronym too: "KOICA" after "Korea International Cooperation Agency (KOICA)")
                surface = text[r.start : r.end]
                defined = aliases.get(surface) if r.kind == "acronym" or surface.isupper() else None
                if defined is not None and defined is not r:
                    raws[i] = attrs.evolve(defined, start=r.start, end=r.end)  # "theo AFD": the body it stands for
                    continue
                head, _, rest = text[r.start : r.end].rpartition(" ")
                aliased = aliases.get(rest)
                if r.kind == "generic" and aliased is not None and aliased is not r and head in org_heads():
                    raws[i] = attrs.evolve(aliased, start=r.start, end=r.end)
                    continue
                if r.kind in ("generic", "known") and not r.ref:
                    # "Hội LHPN Lào" after "Hội Liên hiệp Phụ nữ (LHPN) Việt Nam": the acronym inside another
                    # name is spelt out as the article defined it
                    spelt = _spelt_inside(text[r.start : r.end], aliases, text)
                    if spelt is not None:
                        # (a known body keeps its key, its place apart: "Đoàn ĐBQH tỉnh" is the province's one)
                        head = r.head if r.kind == "known" else _head_key(spelt)
                        raws[i] = attrs.evolve(r, head=head, shown=spelt)
            raws.sort(key=lambda r: r.start)
        groups: dict[tuple[str, str], list[_Raw]] = {}
        short = _latin_translations(text, raws) | _short_names(text, raws)
        for r in raws:
            if not r.ref:
                groups.setdefault(short.get((r.head, r.qualifier), (r.head, r.qualifier)), []).append(r)
        # one name with and without its level word, or known by its acronym ("VUFO")
        by_flat: dict[str, tuple[str, str]] = {}
        for key in list(groups):
            flat = _flat_key(*key)
            if flat in by_flat:
                groups[by_flat[flat]].extend(groups.pop(key))
            else:
                by_flat[flat] = key
        # a body without its place is the one fuller form with a place, when there is one
        by_head: dict[str, list[tuple[str, str]]] = {}
        ambiguous: list[_Raw] = []  # a bare body that may be any of several with their place: a mention only
        for key in groups:
            if key[1] not in _BARE_QUALIFIERS:
                by_head.setdefault(key[0], []).append(key)
        for head, qualifier in list(groups):
            if qualifier not in _BARE_QUALIFIERS:
                continue
            kinds = {r.kind for r in groups[(head, qualifier)]}
            if qualifier == "" and kinds & {"known", "department"} and (head, _HOME) in groups:
                # "Bộ Ngoại giao" beside "Bộ Ngoại giao Việt Nam": a national body, with or without its country
                groups[(head, _HOME)].extend(groups.pop((head, qualifier)))
                continue
            if qualifier == "" and not kinds & {"localonly", "local"}:
                if kinds <= {"department", "generic", "known"}:
                    _join_home_province(groups, by_head.get(head, ()), (head, qualifier))
                continue
            wanted = _MERGE_LEVELS[qualifier]
            fuller = [k for k in by_head.get(head, ()) if groups[k][0].place_level in wanted]
            if len(fuller) > 1:
                # "Tỉnh ủy" beside "Tỉnh ủy Lào Cai" and "Tỉnh ủy Vân Nam": a body named bare in the Vietnamese
                # press is the one of a Vietnamese province; a foreign one is named with its place
                home = [k for k in fuller if _vietnamese(k[1])]
                fuller = home if len(home) == 1 else fuller
            if len(fuller) == 1:
                groups[fuller[0]].extend(groups.pop((head, qualifier)))
            elif len(fuller) > 1 and qualifier != "":
                # "Liên hiệp ... tỉnh" beside the unions of two named provinces: either one, no body of its own
                ambiguous.extend(groups.pop((head, qualifier)))
        _join_missions(groups)
        _join_brands(groups)
        # references: "Liên hiệp", "Liên hiệp tỉnh", "Cụm số 2"
        fu_keys = [k for k in groups if k[0].startswith("liên hiệp các tổ chức hữu nghị")]
        local_fu = [k for k in fu_keys if k[1] != "việt nam" and not k[0].endswith("việt nam")]
        unresolved: list[_Raw] = ambiguous
        for r in raws:
            if not r.ref:
                continue
            target: tuple[str, str] | None = None
            if r.kind == "cluster":
                target = next((k for k in groups if k[0].startswith(r.head)), None)
            elif r.kind not in ("fu", "furef"):
                pass  # "Công an tỉnh", a body of several owners: a mention, which no union stands for
            elif len(local_fu) == 1:
                target = local_fu[0]
            elif not local_fu and len(fu_keys) == 1 and r.qualifier != "tỉnh":
                target = fu_keys[0]
            if target is not None:
                groups[target].append(r)
            elif r.kind == "fu" and not fu_keys:
                # "Liên hiệp các tổ chức hữu nghị" written in full with no union named beside it: the
                # article names its union so, and the full name is an organization of its own
                groups.setdefault((r.head, ""), []).append(attrs.evolve(r, ref=False))
            else:
                unresolved.append(r)
        for key in [k for k, items in groups.items() if all(r.inside_centre for r in items)]:
            del groups[key]  # "Ủy ban Trung ương MTTQ Việt Nam" alone: the front is not listed apart
        # a reference with no one union to point at ("Chủ tịch Liên hiệp" among several) is still a
        # mention, so that a position can name it, but it is no organization of its own
        mentions: list[Mention] = [Mention("organization", r.start, r.end, text[r.start : r.end]) for r in unresolved]
        entities: list[Organization] = []
        ordered = sorted(groups.values(), key=lambda items: min(r.start for r in items))
        for index, items in enumerate(ordered, start=1):
            items.sort(key=lambda r: r.start)
            named = [r for r in items if not r.ref] or items
            best = named[0]  # (most are named once: nothing to choose)
            if len(named) > 1:
                headlined = _in_headline(text, named, context.article.title or "")
                best = max(named, key=lambda r: (_fullness(text, r), text[r.start : r.end] in headlined, -r.start))
            name = (best.shown or text[best.start : best.end]).translate(_NO_QUOTES)
            entity_id = f"organization:{index}"
            other_names = sorted({text[r.start : r.end] for r in items} - {name})
            canonical = _canonical(name)
            known = _known_index().get(name)
            if known:
                canonical = known[0]
            entities.append(
                Organization(
                    name=name,
                    id=entity_id,
                    spans=tuple(Span(r.start, r.end) for r in items),
                    canonical=canonical,
                    category=best.category or _category(best),
                    aliases=tuple(other_names),
                )
            )
            for r in items:
                # an internal organ with its parent is listed as an organization, but its mention has
                # kind "organ": the parent's own mention inside it is what a fact's party refers to
                kind = "organ" if r.kind == "organ" else "organization"
                mentions.append(Mention(kind, r.start, r.end, text[r.start : r.end], entity_id))
        if text is not original:
            mentions = [attrs.evolve(m, text=original[m.start : m.end]) for m in mentions]
            entities = [_as_written(e, text, original) for e in entities]
        return Extraction(mentions, entities)


def _short_names(text: str, raws: Sequence[_Raw]) -> dict[tuple[str, str], tuple[str, str]]:
    """Short names given in brackets right after a name, with the same head: "Công ty TNHH Một Thành Viên
    Giám định PNJ (Công ty P-Lab)". Maps the short name's group key to the full name's."""
    by_start = {r.start: r for r in raws if not r.ref}
    out: dict[tuple[str, str], tuple[str, str]] = {}
    for r in raws:
        if r.ref or not text.startswith(" (", r.end):
            continue
        inner = by_start.get(r.end + 2)
        if (
            inner is not None
            and text.startswith(")", inner.end)
            and inner.head != r.head
            and text[inner.start : inner.end].split(" ", 1)[0] == text[r.start : r.end].split(" ", 1)[0]
        ):
            out.setdefault((inner.head, inner.qualifier), (r.head, r.qualifier))
    return out


def _in_headline(text: str, named: Sequence[_Raw], title: str) -> frozenset[str]:
    """The forms of one organization that the headline writes, when the body writes it more than one way.

    The headline is where the article first writes the name, so its spelling is the name's: "Hội Hữu nghị
    Lào - Việt Nam" in the title and "Hội Hữu nghị Lào – Việt Nam" further down are one name, written with
    the hyphen.
    """
    if not title:
        return frozenset()
    forms = {text[r.start : r.end] for r in named}
    return frozenset(form for form in forms if form in title) if len(forms) > 1 else frozenset()


def _join_home_province(
    groups: dict[tuple[str, str], list[_Raw]], placed: Sequence[tuple[str, str]], bare: tuple[str, str]
) -> None:
    """A department or association named bare is the one form of it with a Vietnamese province beside it
    ("Sở Ngoại vụ" after "Sở Ngoại vụ TP. Đà Nẵng", "Hội chữ thập đỏ" after "Hội Chữ thập đỏ thành phố Đà
    Nẵng"): the article has named its body once in full and goes on by the short form."""
    fuller = [k for k in placed if groups[k][0].place_level == "province" and _vietnamese(k[1])]
    # ("Hiệp hội Thương gia Đài Loan" beside "Hiệp hội Thương gia Đài Loan tỉnh": the province unnamed)
    head = bare[0]
    fuller += [k for k in ((head, "tỉnh"), (head, "tp"), (head + " tỉnh", ""), (head + " tp", "")) if k in groups]
    if _BARE_LEVEL_END.search(head):
        # "Hội Khuyến học tỉnh" after "Hội Khuyến học tỉnh Quảng Nam": the level word without its place
        fuller += [k for k in groups if not k[1] and k[0].startswith(head + " ") and _vietnamese(k[0][len(head) + 1 :])]
    if len(fuller) == 1 and len(placed) <= 1:
        groups[fuller[0]].extend(groups.pop(bare))


_BARE_LEVEL_END = re.compile(r" (?:tỉnh|tp|thành phố)$")


@lru_cache(maxsize=8192)  # the same names recur from article to article
def _canonical(name: str) -> str:
    """``name`` spelt out in full (no press abbreviations), its head capitalised."""
    return _capitalised_head(expand_abbreviations(name))


def _capitalised_head(name: str) -> str:
    """``name`` with its head capitalised, as a name is written in full ("ủy ban nhân dân tỉnh Lào Cai",
    "trung tâm Y tế huyện X" are "Ủy ban nhân dân ...", "Trung tâm Y tế ..."); a Latin name ("eBay") as it is."""
    words = name.split(" ", 4)
    if not name[:1].islower() or not any(" ".join(words[:n]) in _lower_heads() for n in (1, 2, 3, 4)):
        return name
    return name[:1].upper() + name[1:]


@cache
def _lower_heads() -> frozenset[str]:
    return frozenset({h for h in org_heads() if h.islower()} | {"ủy ban nhân dân", "uỷ ban nhân dân"})


@cache
def _brand_kinds() -> frozenset[str]:
    """The kinds written before a brand: a company's heads, an association's ("Tổ chức Plan International", "Quỹ
    học bổng Imaya"); not an organ's ("công đoàn Cty Taekwang Vina" is the company's union, a body apart)."""
    return frozenset(match_key(h) for h, info in org_heads().items() if info.category in ("company", "association"))


def _join_brands(groups: dict[tuple[str, str], list[_Raw]]) -> None:
    """A company or a foreign body named by its brand alone is the one named with its kind before the brand
    ("T&T Group" after "Tập đoàn T&T Group", "TASCO" after "Công ty cổ phần TASCO"; kenhvtc9.vn, baogialai.com.vn):
    the article has named it in full and goes on by the brand."""
    heads = _brand_kinds()
    for key in list(groups):
        brand = key[0]
        if key[1] or not all(r.kind in ("latin", "brand", "acronym") for r in groups[key]):
            continue
        fuller = [
            k
            for k in groups
            if k != key and not k[1] and k[0].endswith(" " + brand) and k[0][: -len(brand) - 1] in heads
        ]
        if len(fuller) == 1:
            groups[fuller[0]].extend(groups.pop(key))


def _join_missions(groups: dict[tuple[str, str], list[_Raw]]) -> None:
    """A diplomatic mission named bare is the one fuller form of it with its post ("Đại sứ quán Mông Cổ" and
    "Đại sứ quán Mông Cổ tại Việt Nam"): a country keeps one embassy in a host country."""
    for key in list(groups):
        if key[1] or not any(r.category == "diplomatic" for r in groups[key]):
            continue
        posted = [k for k in groups if k != key and k[0].startswith(key[0] + " tại ")]
        if len(posted) == 1:
            groups[posted[0]].extend(groups.pop(key))


#: the qualifier key of Vietnam, the country a national body named bare belongs to in Vietnamese news
_HOME = "việt nam"
#: which place levels a bare qualifier can stand for: "tỉnh" a province, "TP" a province-level or other city
_MERGE_LEVELS = {
    "": ("province",),
    "tỉnh": ("province",),
    "tp": ("province", "district", "city"),
    "huyện": ("district",),
    "quận": ("district",),
    "thị xã": ("district", "city"),
    "xã": ("commune",),
    "phường": ("commune",),
    "thị trấn": ("commune",),
}


def _category(r: _Raw) -> str:
    if r.kind in ("fu", "fa", "chihoi", "cluster", "furef"):
        return "friendship"
    if r.kind in ("localonly", "commission", "party"):
        return "party"
    if r.kind in ("local", "department"):
        return "state"
    return r.kind


#: The extractor classes of this module, for the built-in plugin.
EXTRACTORS = (OrganizationExtractor,)
