"""Places: Vietnamese provinces (before and after 2025), districts, communes, countries, regions.

Two passes over the text, each one compiled regular expression:

1. a keyword introduces a unit: ``huyện Bát Xát``, ``tỉnh Vân Nam``, ``phường Bà Rịa``.
   For units from district level up (*tỉnh*, *thành phố*, *huyện*, *quận*, *thị xã*)
   the place is the name after the keyword (``Bát Xát``). For communes and below
   (*xã*, *phường*, *thị trấn*, *thôn*, *bản*) the keyword stays part of the name
   (``phường Bà Rịa``): since the 2025 reform most communes are named after the
   district or town they replaced, so ``Bà Rịa`` alone names the town and only
   ``phường Bà Rịa`` names the ward.
2. a bare name the gazetteer knows: a province, a town (``Đà Lạt``), a country
   (``Hàn Quốc``, ``Mỹ``), a foreign region or city (``Vân Nam``, ``châu Âu``).

On a page written all in lower case, a level word still introduces a unit the
gazetteer knows at that level, and a bracket a country or a district.

A bare name that is part of a longer capitalised name is not a place: ``Đức`` in
``Dương Đức Huy``, ``Nhật`` in ``Việt Nhật`` or ``Chủ Nhật``, ``Hồ Chí Minh`` after
``Chủ tịch``. A place inside an organization's name still is (``Liên hiệp các tổ
chức hữu nghị tỉnh Lào Cai`` names ``Lào Cai``).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, insort
from collections.abc import Iterator
from functools import cache, lru_cache

import attrs

from dnnd.gazetteer import (
    LOWER,
    UPPER,
    PlaceInfo,
    honorifics,
    org_heads,
    org_not_names,
    place_key,
    places,
    read_list,
    surnames,
    titles,
    trie_regex,
)
from dnnd.model import Mention, Place, Span
from dnnd.plugin import Extraction, ExtractionContext
from dnnd.text.patterns import scanner
from dnnd.text.words import WordIndex

__all__ = ["EXTRACTORS", "PlaceExtractor", "find_places"]

_SYLLABLE = rf"[{UPPER}][{LOWER}]*"
# a syllable of a unit's name after its level word: also with an apostrophe ("quận Chanh T’ria", "Ea H'leo") and
# with lower-case parts after a hyphen ("tỉnh Seine-et-Marne", "tỉnh Kyungsangbuk-do", "Bun-ga-ri")
_NAME_SYLLABLE = rf"[{UPPER}][{LOWER}]*(?:['’][{UPPER}{LOWER}][{LOWER}]*)?(?:-[{LOWER}]+(?![\w'’]))*"
_NAME = rf"{_NAME_SYLLABLE}(?:(?: |-){_NAME_SYLLABLE}){{0,3}}"

#: keyword -> (level, keep the keyword in the name)
_KEYWORDS: dict[str, tuple[str, bool]] = {
    "tỉnh": ("province", False),
    "thành phố": ("city", False),
    "tp.": ("city", False),
    "tp": ("city", False),
    "huyện": ("district", False),
    "quận": ("district", False),
    # a county of the United States, as the overseas press names it ("quận hạt Camden", "Quận Hạt Santa Clara")
    "quận hạt": ("district", False),
    "thị xã": ("district", False),
    "tx.": ("district", False),
    "thị trấn": ("commune", True),
    "xã": ("commune", True),
    "phường": ("commune", True),
    "thôn": ("village", True),
    "bản": ("village", True),
    "đặc khu": ("commune", True),
    "ấp": ("village", True),
    "xóm": ("village", True),
    "khóm": ("village", False),  # (the press and the gold write the name alone: "khóm Ka Túp" is "Ka Túp")
    "làng": ("village", True),
    "buôn": ("village", True),  # a village of the Central Highlands ("buôn Kiến Thiết"); "Buôn Ma Thuột" is a city
    "khu phố": ("village", True),
    "tổ dân phố": ("village", True),
    # a Lao village cluster (cụm bản); the press and the gold write the name alone ("cụm Phiêng Sa")
    "cụm bản": ("village", False),
    "cụm": ("village", False),
    "phum": ("village", True),
    "sóc": ("village", True),
    "bang": ("province", False),
    "tiểu bang": ("province", False),
    # China's units in their Sino-Vietnamese level words: "châu" (自治州, a prefecture), "trấn" (镇, a town)
    "châu": ("district", False),
    "trấn": ("commune", False),
    # an island or an archipelago: "đảo Lý Sơn", "quần đảo Trường Sa"; the press and the gold write the name alone
    "đảo": ("island", False),
    "quần đảo": ("island", False),
    # a foreign region the gazetteer may lack, written in Latin script: "vùng Donbass", "vùng Nouvelle-Aquitaine",
    # "khu vực Kyushu" (a region in Vietnamese, "vùng Tây Bắc", is a place only where the gazetteer knows it)
    "vùng": ("region", False),
    "khu vực": ("region", False),
}
#: level words only foreign units have: a name after one is that country's unit, known or not
_FOREIGN_KEYWORDS = {"châu": "CN", "trấn": "CN"}

# what the press writes between a level word and the name to say what kind of unit it is: "huyện biên giới
# Mường Tè", "xã vùng cao Phiêng Khoài", "huyện đảo Lý Sơn" (the name alone is then the place)
_UNIT_DESCRIPTORS = "biên giới|vùng cao|miền núi|vùng biên|đảo"
_KEYWORD_RE = re.compile(
    # (not after a hyphen: "Khăm-phum", "Xổm-phon" are syllables of a Lao name transcribed with hyphens)
    r"(?<![\w.-])(?P<kw>[Tt]ỉnh|[Tt]hành [Pp]hố|TP\.?|Tp\.?|TX\.|[Hh]uyện|[Qq]uận [Hh]ạt|[Qq]uận|[Tt]hị xã|[Tt]hị trấn"
    r"|[Xx]ã|[Pp]hường|[Tt]hôn|[Cc]ụm bản|[Cc]ụm|[Bb]ản|[Đđ]ặc khu|[Ấấ]p|[Xx]óm|[Kk]hóm|[Ll]àng|buôn|[Kk]hu phố"
    r"|[Tt]ổ dân phố|[Pp]hum|[Ss]óc|(?<![Ll]iên )[Bb]ang|[Tt]iểu [Bb]ang|châu|trấn|[Qq]uần đảo|[Đđ]ảo"
    # (a region's name is a word: "khu vực TP.HCM", "vùng ĐBSCL" are found by their own level word or name)
    rf"|[Vv]ùng(?= [{UPPER}][{LOWER}])|[Kk]hu vực(?= [{UPPER}][{LOWER}]))"
    rf"(?: |(?<=\.))(?:(?P<desc>{_UNIT_DESCRIPTORS}) )?(?P<name>{_NAME})"  # "TX.Hương Trà": glued to the name
)
_KEYWORD_RE = scanner(_KEYWORD_RE)  # the same matches, found faster (see scanner)
_WORD_BEFORE = re.compile(r"(\w+)\s$")
#: commune-level and smaller keywords, written in lower case inside a sentence ("Bản Ghi nhớ" is a document)
_LOWER_KEYWORDS = frozenset(
    {"thị trấn", "xã", "phường", "thôn", "bản", "làng", "ấp", "xóm", "khóm", "khu phố", "tổ dân phố", "đảo", "quần đảo"}
)


@cache
def _keyword_compounds() -> frozenset[str]:
    return frozenset(read_list("place_keyword_compounds.txt"))


@cache
def _compound_tails() -> frozenset[str]:
    """The level words the compounds end in, after their first word ("bản" of "văn bản")."""
    return frozenset(c.split(" ", 1)[1] for c in _keyword_compounds() if " " in c)


def _not_a_keyword(text: str, start: int, keyword: str, name_end: int) -> bool:
    """True when the level word at ``start`` ends another word ("văn bản", "nông thôn") or, written
    with a capital inside a sentence, begins a title ("ký kết Bản Ghi nhớ") - unless a number closes
    the unit's name ("và Bản Ka Túp 2"): titles are not numbered so."""
    if keyword.lower() in _compound_tails():  # (no other level word ends a compound: no search for the word)
        before = _WORD_BEFORE.search(text, max(0, start - 12), start)
        if before is not None and f"{before.group(1).lower()} {keyword.lower()}" in _keyword_compounds():
            return True
    if keyword[0].isupper() and keyword.lower() in _LOWER_KEYWORDS:
        if _ADDRESS_LEVEL_AFTER.match(text, name_end) is not None:
            return False  # "tại Bản Đông, xã Pamakab", "Làng Noọng Ôn, xã Xiêng Phin": an address goes on
        if keyword == "Làng":
            return True  # "Làng Hữu Nghị", "Làng Hoa Sen": a body's name, wherever it stands
        return not _at_sentence_start(text[max(0, start - 7) : start]) and not _UNIT_NUMBER.match(text, name_end)
    return False


# the next unit of an address after a comma, by its level word: ", xã Pamakab", ", huyện Khăm Cợt"
_ADDRESS_LEVEL_AFTER = re.compile(rf", (?:xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|cụm bản|cụm) [{UPPER}]")


_LIST_NEXT = re.compile(rf"(?P<sep>, và |, | và )(?P<name>{_NAME})")
# a count of two before a level word, and the second unit after a dash (past the first's province in brackets):
# "hai tỉnh Thanh Hóa - Hủa Phăn", "2 huyện Quan Sơn (Thanh Hóa) – Viêng Xay (Hủa Phăn)"
_PAIR_COUNTS = ("hai ", "Hai ", " 2 ", " 02 ")
_BRACKET_AFTER = re.compile(r" \([^()\n]{1,40}\)")


def _list_next(text: str, end: int, plural: bool) -> re.Match[str] | None:
    """The next item of a list of units after ``end``; in a list a plural announced, also past the bracket that
    places the item before ("hai thôn Nà Nưa (Việt Nam) và Nà Hoa (Trung Quốc)")."""
    nxt = _LIST_NEXT.match(text, end)
    if nxt is None and plural and (bracket := _BRACKET_AFTER.match(text, end)) is not None:
        nxt = _LIST_NEXT.match(text, bracket.end())
    return nxt


_PAIR_NEXT = re.compile(rf"(?: \([^()\n]{{1,40}}\))? [-–] (?P<name>{_NAME})")
_CAPITALISED_BEFORE = re.compile(rf"(?<![.!?:;\n“\"(] )(?<!^)(?<![\w])[{UPPER}][{LOWER}]+ $")
_TWO_CAPITALS = re.compile(f"[{UPPER}]{{2}}")
_SYLLABLE_AFTER = re.compile(rf" ({_SYLLABLE})")


@cache
def _person_cue_before() -> re.Pattern[str]:
    words = sorted(set(honorifics()), key=len, reverse=True)
    return re.compile(r"(?:^|(?<=\W))(?:" + trie_regex(words) + r")\s$")


@cache
def _title_before() -> re.Pattern[str]:
    return re.compile(r"(?:^|(?<=\W))(?:" + trie_regex(titles()) + r")\s$")


def _is_capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper() and not (len(word) > 1 and word.isupper())


@lru_cache(maxsize=65536)  # a pure function of names, which recur from page to page
def _name_facts(name: str) -> tuple[bool, bool, int, bool, bool]:
    """What :func:`_rejected` reads of a name alone: an abbreviation in it, a surname first, its number of
    syllables, whether it may follow a longer capitalised name (title case, or not plain ASCII), and whether
    it is one Vietnamese syllable ("Anh", "Đức", "Ý", not "Cuba", "München")."""
    syllables = name.split()
    return (
        _TWO_CAPITALS.search(name) is not None,
        syllables[0] in surnames(),
        len(syllables),
        name.istitle() or not name.isascii(),
        _vietnamese_syllable(name),
    )


@lru_cache(maxsize=65536)  # a pure function of words, which recur from page to page
def _vietnamese_syllable(word: str) -> bool:
    """Whether ``word`` may be one Vietnamese syllable ("Anh", "Đức", "Huy"), not a foreign word ("Cuba", "Joe",
    "Trump", "Vladimir"): the letters f, j, w, z, a vowel after a consonant after a vowel, or a final consonant
    other than c, ch, m, n, ng, nh, p, t are not Vietnamese."""
    return _VIETNAMESE_SYLLABLE.fullmatch(_unmarked(word)) is not None


# an onset, one run of vowels, a coda (letters without diacritics, "đ" as "d"; a rhyme may be a vowel alone)
_VIETNAMESE_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]+(?:ch|ng|nh|[cmnpt])?"
)


def _unmarked(word: str) -> str:
    """``word`` in lower case without its diacritics ("München" -> "munchen", "Đức" -> "duc")."""
    decomposed = unicodedata.normalize("NFD", word.lower().replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _rejected(text: str, start: int, end: int) -> bool:
    """True when the bare place name at ``start:end`` is part of a person's or a longer name."""
    name = text[start:end]
    abbreviated, first_is_surname, syllables, may_follow_a_name, vietnamese_syllable = _name_facts(name)
    if abbreviated:
        return False  # "TP.HCM", "UAE": an abbreviation is never part of a person's name
    window = text[max(0, start - 40) : start]
    word_before = window.endswith(_WORDS_BEFORE_ENDS)  # (most names follow neither word: one test for both)
    if word_before and _ends_with_word(window, _LANGUAGE_WORDS):
        return True  # "tiếng Anh", "tiếng Nhật": a language, not the country
    if word_before and _ends_with_word(window, _STREET_WORDS, _NOT_STREET_AFTER) and not _ROUTE_DASH.match(text, end):
        return True  # "đường Hồ Chí Minh", "phố Huế": a road or a street named after the place (not a route between
        # two places: "tuyến đường Hà Nội - Lào Cai")
    if first_is_surname and _person_cue_before().search(window):
        return True  # "bà Hà Giang", "ông Hồ Chí Minh": a person
    if first_is_surname and syllables >= 3 and _title_before().search(window):
        return True  # "Chủ tịch Hồ Chí Minh": a person named after the city
    if may_follow_a_name and window[-1:] in (" ", "-"):
        # (the word before may open a line: "Cọc vài.\nNguyễn Văn Sơn")
        cut = max(window.rfind(" ", 0, len(window) - 1), window.rfind("\n", 0, len(window) - 1))
        word = window[cut + 1 : -1]
        capitalised = _is_capitalised(word) and not _is_capitalised_keyword(word) and word[-1:].isalpha()
        head = window[: cut if cut >= 0 and window[cut] == " " else cut + 1] if capitalised else ""  # (a newline
        # stays in the head: it ends a line; the head is read only after a capitalised word)
        if (
            capitalised
            and (not _at_sentence_start(head) or _surname_opening_a_name(word, name) or _photo_credit(head))
            and word not in _COMPASS_WORDS
            and not _brand_before(word, syllables)
            and not head.endswith(_BODY_OF_UNIT)
            and not (window[-1] == "-" and _place_before_hyphen(head, word))
            # (a place of two syllables or more ends a name in title case: "Hội Ái Hữu Quảng Ngãi"; not a field of
            # study, "Khoa Việt Nam học", "Viện Hàn Quốc học")
            and not (syllables > 1 and _title_case_org_before(window) and not text.startswith(" học", end))
        ):
            return True  # "Dương Đức", "Việt Nhật", "Chủ Nhật": inside a longer name
    if syllables == 1:
        if window.endswith("(") and text.startswith(")", end):
            return False  # "Hủa Phăn (Lào)", "Tập đoàn LS (Hàn Quốc)": a country in brackets
        if window.endswith(" ") and f"{_word_before(window)} {name}" in _word_compounds():
            return True  # "(Chủ Nhật)": the second syllable of a word, also where a clause opens
        if _at_sentence_start(window) and vietnamese_syllable and not _paired(window):
            return True  # "Anh", "Đức", "Ý" opening a sentence are words or given names ("Cuba", "Iran" are not)
        after = _SYLLABLE_AFTER.match(text, end)
        if after and after.group(1) not in surnames() and not _before_foreign_name(name, after.group(1)):
            return True  # "Đức Huy", "Anh Tuấn": a given name; "Washington Post": a longer foreign name
        if after and places().commune(f"{name} {after.group(1)}") is not None:
            return True  # "Mỹ Trà": the first syllable of a commune's name
        lower = _LOWER_WORD_AFTER.match(text, end)
        if lower and f"{name} {lower.group(1)}" in _word_compounds():
            return True  # "Anh hùng", "Pháp luật": the first syllable of a word
    return False


_LOWER_WORD_AFTER = re.compile(rf" ([{LOWER}]+)")
# the capitalised words before a name, up to the start of the window or a word that is not capitalised (a dash
# between two places of the name goes on with it: "Hội Ái Hữu Vinh – Hà Tĩnh Bắc Cali")
_TITLE_RUN = re.compile(rf"(?<![\w])(?:[{UPPER}][{LOWER}]*(?: [-–] | |-))+$")


@cache
def _org_head_prefixes() -> tuple[str, ...]:
    """The organization heads (``org_heads.tsv``) in lower case with a space: what a title-case name opens with.
    (Not the press: a paper named after its province, "Báo Gia Lai", "báo Sài Gòn Tiếp Thị", is a title.)"""
    return tuple(sorted({h.lower() + " " for h, info in org_heads().items() if info.category != "media"}))


def _title_case_org_before(window: str) -> bool:
    """True when the capitalised words before a place open with an organization's head, or follow one: the place
    ends a name written in title case, as overseas communities and their papers write them ("Hội Ái Hữu Quảng
    Ngãi", "Thư Viện Việt Nam", "Hội Hữu Nghị Việt Nam - Campuchia"); a person's name opens with a surname."""
    run = _TITLE_RUN.search(window)
    if run is None:
        return False
    if run.group(0).lower().startswith(_org_head_prefixes()):
        return True
    # the head in lower case before the run: "Công ty Điện Lực Quảng Nam", "Công ty cổ phần Điện Lực Quảng Nam"
    first = run.group(0).split(" ", 1)[0]
    return first not in surnames() and window[: run.start()].lower().endswith(_org_head_prefixes())


def _word_before(window: str) -> str:
    """The word before the space that ends ``window``, without a bracket or a quote opening it."""
    return window[window.rfind(" ", 0, len(window) - 1) + 1 : -1].lstrip('(“"')


def _place_before_hyphen(head: str, word: str) -> bool:
    """True when ``word``, glued to the name by a hyphen, ends a place's name: the hyphen pairs two places ("hữu
    nghị Trung Quốc-Việt Nam", "Hàn Quốc-Việt Nam"), as a spaced dash does, and joins no syllables of one name."""
    gazetteer = places()
    start = head.rfind(" ") + 1
    return gazetteer.lookup(word) is not None or gazetteer.lookup(f"{head[start:]} {word}") is not None


def _surname_opening_a_name(word: str, name: str) -> bool:
    """True when the surname ``word`` opening a sentence or a list after a colon begins a person's name that goes
    on with ``name`` ("các đồng chí: Nguyễn Văn Sơn", "Trần Thái Bình"): a unit's name is a common given name.
    Not before a country or a region: "Đoàn" is also a delegation ("Đoàn Lào", "Đoàn Việt Nam đến dự")."""
    if word not in surnames() or word.lower() in _KEYWORDS:
        return False  # (a level word that is also a surname names the unit: "Châu Hồng Hà nằm ở phía Nam")
    info = places().lookup(name)
    return info is None or info.level not in ("country", "region", "continent")


@lru_cache(maxsize=65536)  # a pure function of names, which recur from page to page
def _before_foreign_name(name: str, word: str) -> bool:
    """True when a one-word place followed by the capitalised ``word`` stays a place: a foreign word after a
    country, or after a Vietnamese syllable, begins a foreign person's name ("Tổng thống Nga Vladimir Putin",
    "Thủ tướng Israel Benjamin Netanyahu"); after a foreign city it goes on the city's longer name
    ("Washington Post")."""
    if _vietnamese_syllable(word):
        return False
    info = places().lookup(name)
    return _vietnamese_syllable(name) or (info is not None and info.level == "country")


# "tiếng" (language) before a country's name makes it the language: "dạy tiếng Anh", "Tiếng Nhật"
_LANGUAGE_WORDS = ("tiếng", "Tiếng")
# "đường" (road) or "phố" (street) right before a name makes it the road's name ("đường Hồ Chí Minh"); "thành phố",
# "khu phố", "tổ dân phố" are level words
_STREET_WORDS = ("đường", "Đường", "phố")
_NOT_STREET_AFTER = ("thành ", "Thành ", "khu ", "Khu ", "dân ")
# how a window ends when :func:`_ends_with_word` may find one of those words in it (a space, or a space and a
# line break, after the word)
_WORDS_BEFORE_ENDS = tuple(w + end for w in (*_LANGUAGE_WORDS, *_STREET_WORDS) for end in (" ", " \n"))


def _ends_with_word(window: str, words: tuple[str, ...], not_after: tuple[str, ...] = ()) -> bool:
    """Whether ``window`` ends with one of ``words`` and a space (before a last line break, if one ends it), the
    word not the end of a longer one nor written right after one of ``not_after``: what a search for ``(?:^|(?<=\\W))
    (?<!not_after)(?:words) $`` finds, read from the end instead of tried at every character of the window."""
    body = window[:-1] if window.endswith("\n") else window  # (as "$": the end, or before a last line break)
    if not body.endswith(" "):
        return False
    for word in words:
        at = len(body) - 1 - len(word)
        if (
            at >= 0
            and body.startswith(word, at)
            and not (at and (body[at - 1].isalnum() or body[at - 1] == "_"))
            and not body.endswith(not_after, 0, at)
        ):
            return True
    return False


_ROUTE_DASH = re.compile(r" ?[-–]")
# a body of a province or a city is named by "Tỉnh" / "Thành" and its own capitalised word, then the unit's name:
# "Tỉnh Đoàn Sơn La", "Thành Đoàn Hà Nội", "Tỉnh Hội Nông dân": the capitalised word does not begin a longer name
_BODY_OF_UNIT = (" Tỉnh", " Thành")


def _brand_before(word: str, syllables: int) -> bool:
    """True when the capitalised word before a place of two or more syllables is a brand in Latin script that
    names a company's local arm ("Tập đoàn Dabaco Việt Nam", "Honda Việt Nam"): no person's name ends so."""
    return syllables >= 2 and len(word) > 4 and word.isascii() and word.isalpha()


# a part of a country named by its compass point ("vùng Đông Bắc Thái Lan", "miền Trung Việt Nam"): the capitalised
# word before the country is the part's, not a longer name's (whole names such as "Nam Phi" are listed)
_COMPASS_WORDS = frozenset({"Đông", "Tây", "Nam", "Bắc", "Trung"})


@cache
def _word_compounds() -> frozenset[str]:
    return frozenset(read_list("place_word_compounds.txt"))


_PAIR_DASH = re.compile(r"(\S+(?: \S+){0,2}) [-–]\s?$")


def _paired(window: str) -> bool:
    """True when a dash pairs the name with a country or place before it ("Việt Nam - Lào", "Việt – Lào"):
    the dash then joins two places, it does not open a clause."""
    m = _PAIR_DASH.search(window)
    if m is None:
        return False
    words = m.group(1).split(" ")
    return any(
        places().lookup(" ".join(words[i:])) is not None or " ".join(words[i:]) in _pair_short_forms()
        for i in range(len(words))
    )


@cache
def _pair_short_forms() -> frozenset[str]:
    return frozenset(read_list("place_pair_short_forms.txt"))


# the word that credits a photo, before its author's name: "Ảnh: Huy Anh", "(Ảnh: Minh Đức/TTXVN)"
_PHOTO_CREDIT = ("Ảnh:", "ảnh:", "Ảnh -", "Ảnh –")


def _photo_credit(head: str) -> bool:
    """True when the text before a word credits a photo: the name that follows is its author's, not a place
    ("Ảnh: Huy Anh", "Ảnh: Minh Đức/TTXVN")."""
    return head.rstrip(" ").endswith(_PHOTO_CREDIT)


def _at_sentence_start(head: str) -> bool:
    """True when the text before a word ends a sentence, a clause opener, the block, or a list item's bullet at
    the start of a line (a dash opening the line: "-Anh Chương Jôn Đặng tài trợ", "1,- Thôn Khe Ngài")."""
    head = head.rstrip(" ")
    return (
        not head
        or head[-1] in '.!?:;…"“(\n'
        or head.endswith((" -", " –"))
        or (head[-1] in "-–+•" and _LINE_BULLET.search(head, max(0, len(head) - 8)) is not None)
    )


# a list item's bullet opening a line, after the item's number if it has one: "-", "+", "1,-", "2. -"
_LINE_BULLET = re.compile(r"(?:^|\n)[ \t]*(?:\d{1,2}[.,)] ?)?[-–+•]$")


def _is_capitalised_keyword(word: str) -> bool:
    return word.lower().rstrip(".") in {"tỉnh", "tp", "huyện", "quận", "xã", "phường", "thôn", "bản", "thành"}


@attrs.frozen
class _Found:
    start: int
    end: int
    name: str
    info: PlaceInfo


@lru_cache(maxsize=65536)  # a pure function of names, which recur from page to page
def _keyword_place(keyword: str, name: str) -> PlaceInfo:
    gazetteer = places()
    level, _ = _KEYWORDS[keyword.lower()]
    info: PlaceInfo | None
    if keyword in _FOREIGN_KEYWORDS:
        known = gazetteer.lookup(name)
        info = known if known is not None and known.country == _FOREIGN_KEYWORDS[keyword] else None
        return info or PlaceInfo(name, level, None, _FOREIGN_KEYWORDS[keyword])
    if level == "province":
        info = gazetteer.lookup(name)
    elif level == "city":
        info = gazetteer.lookup(name) or gazetteer.district(name)
    elif level == "district":
        info = gazetteer.district(name) or gazetteer.lookup(name)
    elif level == "commune":
        info = gazetteer.commune(name)
        if info is not None:
            info = attrs.evolve(info, level="commune")
    elif level == "island":
        return gazetteer.lookup(name) or gazetteer.district(name) or PlaceInfo(name, "other")
    elif level == "region":
        return gazetteer.lookup(name) or PlaceInfo(name, "region")
    else:
        info = None
    return info or PlaceInfo(name, level if level != "city" else "district", None, None)


@lru_cache(maxsize=65536)  # a pure function of names, which recur from page to page
def _known(level: str, name: str) -> bool:
    gazetteer = places()
    if level == "province":
        return gazetteer.lookup(name) is not None
    if level == "city":
        return gazetteer.lookup(name) is not None or gazetteer.district(name) is not None
    if level in ("district", "island"):  # (an island district: "đảo Lý Sơn", "quần đảo Trường Sa")
        return gazetteer.district(name) is not None or gazetteer.lookup(name) is not None
    if level == "region":
        return gazetteer.lookup(name) is not None
    return gazetteer.commune(name) is not None


def _latin_name_word(word: str) -> bool:
    """A word of a foreign name in Latin script: capitalised, then lower case, its parts joined by hyphens
    ("Gyeonggi", "Seine-et-Marne", "Kyungsangbuk-do"), longer than a Vietnamese syllable written plain."""
    parts = word.split("-")
    return (
        len(word) > 3
        and word.isascii()
        and all(part.isalpha() for part in parts)
        and parts[0].istitle()
        and all(part.islower() or part.istitle() for part in parts[1:])
    )


@lru_cache(maxsize=65536)  # a pure function of names, which recur from page to page
def _trim_name(level: str, name: str) -> str:
    """The longest prefix of a capitalised run naming a unit of ``level``.

    A province or a city must be known; a smaller unit may be new to the
    gazetteer, and then runs up to the next surname (a person's name follows).
    A one-syllable commune ("Đông") is rarer than a longer village or commune
    name beginning with it, so it does not cut a longer run short ("thôn Đông Trung").
    """
    words = name.split(" ")
    if words[0] == "Trưởng":
        return ""  # "Huyện Trưởng huyện Kongpongro", "Tỉnh Trưởng": the unit's head written in title case
    for n in range(len(words), 0, -1):
        candidate = " ".join(words[:n])
        if level in ("village", "commune") and n == 1 < len(words):
            break
        if _known(level, candidate):
            return candidate
    if level in ("province", "city") and all(_latin_name_word(w) for w in words):
        return name  # "thành phố Mimasaka", "tỉnh Seine-et-Marne": a foreign unit in Latin script the gazetteer lacks
    if (
        level == "region"
        and len(words) <= 2
        and all(_latin_name_word(w) and not _vietnamese_syllable(w) for w in words)
    ):
        # "vùng Donbass", "vùng Nouvelle-Aquitaine"; not "vùng Trung du" (a Vietnamese word, unmarked), nor a longer
        # run, where a person's name follows ("khu vực Busan-Nam Gyeongsang Park Soo-kwan")
        return name
    if level in ("province", "city", "region") or (words[0] in surnames() and len(words) > 1):
        return ""  # "HĐND tỉnh Biện Văn Huy": a title before a person's name, not an unknown province
    if level == "district" and len(words) == 1 and words[0] in surnames():
        return ""  # "Huyện Đoàn", "Quận Đoàn": a body's branch in the district (the Youth Union's); no district is
        # named by one surname
    for i in range(1, len(words) - 1):  # a person's name has a given name after the surname ("thôn Ma Lâm")
        if words[i] in surnames():
            return " ".join(words[:i])
    return name


_UNIT_SYLLABLE = rf"[{UPPER}][{LOWER}]*(?:['’][{UPPER}{LOWER}][{LOWER}]*)?"
_UNIT_NAME = rf"{_UNIT_SYLLABLE}(?: {_UNIT_SYLLABLE}){{0,3}}"
_UNIT_LIST_NEXT = re.compile(rf"(, và |, | và )({_UNIT_NAME})")


@cache
def _named_unit_re() -> re.Pattern[str]:
    words = trie_regex([*read_list("place_named_units.txt"), *_posts()])
    # (a school numbered among the commune's schools, "Trường Tiểu học số 2 Văn Lăng", or its kind's initials in
    # brackets, "Trường Tiểu học và Trung học cơ sở (TH&THCS) Chiềng Ngần A")
    return scanner(re.compile(rf"(?<![\w])(?:{words}) (?:số \d{{1,2}} |\([A-Z&]{{2,10}}\) )?(?P<name>{_UNIT_NAME})"))


@cache
def _low_named_unit_re() -> re.Pattern[str]:
    """:func:`_named_unit_re` for a page written in lower case ("trường thcs văn giang"), with the school
    kinds also alone: a list drops "trường" after its first item ("các trường: tiểu học, thcs hưng thái")."""
    words = {w.lower() for w in read_list("place_named_units.txt")}
    kinds = {w.split(" ", 1)[1] for w in words if w.startswith("trường ")}
    return scanner(re.compile(rf"(?<![\w])(?:{trie_regex(words | kinds)}) (?P<name>{_LOW_NAME})"))


@cache
def _posts() -> frozenset[str]:
    return frozenset(read_list("place_named_posts.txt"))


def _commune_prefix(name: str) -> tuple[str, PlaceInfo] | None:
    """The longest leading part of ``name`` the gazetteer knows as a commune or ward."""
    words = name.split(" ")
    for n in range(len(words), 0, -1):
        part = " ".join(words[:n])
        info = places().commune(part) if n > 1 or len(part) > 3 else None
        if info is not None:
            return part, info
    return None


def _named_after_communes(text: str, taken: list[tuple[int, int]], index: WordIndex) -> list[_Found]:
    """Communes named by the school, health station or border post that bears their name.

    "Trường THCS Đông Lỗ" names xã Đông Lỗ; after a plural the list goes on: "các Đồn Biên phòng
    Ga Ry, Tr'Hy, A Nông".
    """
    out: list[_Found] = []
    inside = bytearray(len(text) + 1)  # the characters of the taken spans: a lookup, not a walk over them

    def mark(s: int, e: int) -> None:
        s = max(s, 0)
        if s < e:
            inside[s:e] = b"\x01" * (e - s)

    for s, e in taken:
        mark(s, e)
    for m in index.matches(_named_unit_re()):
        plural = text.endswith(("các ", "những "), max(0, m.start() - 6), m.start())
        start, name = m.start("name"), m.group("name")
        while True:
            # a school named after a person ("Trường THCS Lê Quý Đôn") is not named after a ward
            known = _commune_prefix(name) if name.split(" ")[0] not in surnames() else None
            if known is None and text[m.start() : m.start("name") - 1] in _posts():
                known = name, places().lookup(name) or PlaceInfo(name, "commune", country="VN")
            if known is not None and not (0 <= start < len(inside) and inside[start]):
                part, info = known
                out.append(_Found(start, start + len(part), part, info.renamed(part)))
                taken.append((start, start + len(part)))
                mark(start, start + len(part))
            nxt = _UNIT_LIST_NEXT.match(text, start + len(name)) if plural else None
            if nxt is None:
                break
            start, name = nxt.start(2), nxt.group(2)
    return out


@cache
def _org_head_re() -> re.Pattern[str]:
    """A capitalised organization head (``org_heads.tsv``) and the space after it. (The heads also taken in
    lower case are left out: "báo", "trường" are common words, and scanning for them triples the time.)"""
    return scanner(re.compile(rf"(?<![\w])(?:{trie_regex(h for h in org_heads() if h[:1].isupper())}) "))


# the proper part of a name after its head: the first run of two or more capitalised syllables, after at
# most a few descriptor words (lower-case words, "Đa", acronyms such as "CP", "THCS"), within the clause
_CAPITAL_SYLLABLE = rf"[{UPPER}][{LOWER}]*(?![\w])"
_ORG_PROPER_PART = re.compile(
    rf"(?:[{UPPER}{LOWER}0-9]+ ){{0,5}}?(?P<run>{_CAPITAL_SYLLABLE}(?: {_CAPITAL_SYLLABLE})+)"
)


def _district_tails(text: str, taken: list[tuple[int, int]], index: WordIndex) -> list[_Found]:
    """Districts named at the end of an organization's name: "Bệnh viện Đa khoa Cẩm Thủy", "Công ty CP Vàng
    bạc đá quý Phú Nhuận". The name's proper part is its first run of two or more capitalised syllables
    after the head; its longest tail the gazetteer knows as a district is a place (never a word of the
    descriptor before it, such as "Đa khoa" or "THCS"). Public bodies and firms are named so after their
    district; communes only after the words of ``place_named_units.txt``, their names being common words."""
    out: list[_Found] = []
    busy = sorted(taken)
    gazetteer = places()
    heads = _org_head_re()
    family_names, not_names = surnames(), org_not_names()
    for head in index.matches(heads):
        proper = _ORG_PROPER_PART.match(text, head.end())
        if proper is None:
            continue
        head_word = text[head.start() : head.end() - 1]
        if f"{head_word} {text[head.end() : text.find(' ', head.end())]}" in not_names:
            continue  # "Hội nghị Cẩm Thủy": no name follows
        run_start = proper.start("run")
        words = proper.group("run").split(" ")
        offsets = [run_start]
        for w in words[:-1]:
            offsets.append(offsets[-1] + len(w) + 1)
        # another name begins inside the run: "... Phú Nhuận Công ty (PNJ)"
        cut = next((i for i in range(2, len(words)) if heads.match(text, offsets[i])), None)
        if cut is not None:
            words = words[:cut]
        # a person's name after the organization's: "Liên hiệp ... Việt Nam Phan Anh Sơn"
        person = next((i for i in range(1, len(words) - 1) if words[i] in family_names), None)
        if person is not None and gazetteer.district(" ".join(words[person:])) is None:
            words = words[:person]
        for n in range(min(len(words), 4), 1, -1):
            if words[0] in family_names and n < len(words):
                break  # "Công ty TNHH Nguyễn Văn Minh Long": named after a person, not a district
            at = offsets[len(words) - n]
            name = " ".join(words[-n:])
            info = gazetteer.district(name)
            if info is None:
                continue
            end = at + len(name)
            i = bisect_left(busy, (end, -1))
            if not (i and busy[i - 1][1] > at):
                out.append(_Found(at, end, name, info))
                insort(busy, (at, end))
                taken.append((at, end))
            break
    return out


# the next unit of an address: ", tỉnh Hủa Phăn", " (Lào)"
_ADDRESS_GOES_ON = re.compile(
    r"(?:, (?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã|xã|phường|châu)|,? \()(?= ?[{UPPER}])".replace("{UPPER}", UPPER)
)


# the district after a Lao village cluster: "cụm Phiêng Sa, huyện Xiềng Khọ", "cụm Phiêng Sa (huyện Siềng Khọ"
_CLUSTER_ADDRESS = re.compile(r"(?:, | \()(?:huyện|tỉnh|thuộc) ")


def _cut_inside_a_word(text: str, m: re.Match[str], name: str) -> bool:
    """True for a foreign region's whole run that ends inside a word ("vùng Kantō" read as "Kant")."""
    end = m.end("name")
    cut = name == m.group("name") and end < len(text) and text[end].isalnum()
    return cut and m.group("kw").lower() in _REGION_WORDS


_REGION_WORDS = frozenset({"vùng", "khu vực"})
# the rest of a word a capital goes on inside of, after the letters the name pattern read ("AVia" read as "A")
_CAMEL_REST = re.compile(rf"(?<=[{UPPER}{LOWER}])[{UPPER}][{LOWER}]+(?![\w])")


def _in_address(text: str, m: re.Match[str], keyword: str) -> bool:
    """True for a two-word district, commune or village that an address goes on after: the name that
    :func:`_trim_name` refused as a person's (its first word is also a surname) is the unit's."""
    level = _KEYWORDS[keyword.lower()][0]
    name = m.group("name")
    return (
        level in ("district", "commune", "village")
        and (name.count(" ") == 1 or (name.count(" ") == 2 and not _head_before(text, m.start())))
        and _ADDRESS_GOES_ON.match(text, m.end("name")) is not None
    )


def _head_before(text: str, start: int) -> bool:
    """True when a title (and its body's words) ends right before the level word at ``start``: "Chủ tịch UBND xã
    Nguyễn Văn Nam" names a person after the level word, "xã Ma Ngán Tý, huyện Kim Bình" a three-syllable unit."""
    return _head_title_before().search(text, max(0, start - 40), start) is not None


# what joins two units of one level: "huyện Thường Xuân với huyện Sầm Tớ", "xã A và xã B", "tỉnh A, tỉnh B"
_PAIR_JOINS = frozenset({" với ", " và ", ", ", ", và "})


def _paired_with_unit(text: str, m: re.Match[str], keyword: str, found: list[_Found]) -> bool:
    """True for a two-syllable unit joined to a unit of the same level word found just before it: the pair names
    two places ("kết nghĩa giữa huyện Thường Xuân với huyện Sầm Tớ"); a person's name would follow a title."""
    if not found or m.group("name").count(" ") != 1:
        return False
    previous = found[-1]
    if text[previous.end : m.start()] not in _PAIR_JOINS:
        return False
    level_word = keyword.lower() + " "
    before = text[max(0, previous.start - len(level_word)) : previous.start].lower()
    return before == level_word or previous.name.lower().startswith(level_word)


def _foreign_unit_closed(text: str, m: re.Match[str], keyword: str) -> bool:
    """True for the name after a level word only China's units have ("trấn", "châu") that a punctuation mark
    closes: a town or a prefecture named with a syllable that is also a Vietnamese surname ("trấn Giáp Dần,")."""
    end = m.end("name")
    return (
        keyword in _FOREIGN_KEYWORDS
        and m.group("name").count(" ") <= 2
        and (end == len(text) or text[end] in _UNIT_NAME_ENDS or text.startswith(" (", end))
    )


# the title of a village's head before its level word: "Trưởng thôn Hồ Bình", "Phó trưởng bản Lò Mai"
_VILLAGE_HEAD_BEFORE = re.compile(r"(?:[Tt]rưởng|[Gg]ià) $")


def _village_named_like_a_person(text: str, m: re.Match[str], keyword: str) -> bool:
    """True for a village of two syllables whose first is also a surname ("thôn Kim Tiên", "làng Hà Lòng"),
    which :func:`_trim_name` refused as a person's: a person is named so after the village head's title, and
    has three syllables elsewhere."""
    return (
        _KEYWORDS[keyword.lower()][0] == "village"
        and m.group("name").count(" ") == 1
        and _VILLAGE_HEAD_BEFORE.search(text, max(0, m.start() - 7), m.start()) is None
    )


def _names_a_region(keyword: str, name: str) -> bool:
    """True when the level word and the start of ``name`` are a region's whole name ("châu Âu"), or
    ``name`` starts with a place of another country ("châu Úc"): no unit of the level word's country."""
    words = name.split(" ")
    for n in range(1, len(words) + 1):
        part = " ".join(words[:n])
        if places().lookup(f"{keyword} {part}") is not None:
            return True
        known = places().lookup(part)
        if known is not None and known.country != _FOREIGN_KEYWORDS[keyword]:
            return True
    return False


# what says a province is foreign: its country after it ("tỉnh Kampot (Campuchia)", "tỉnh X, Vương quốc Lào"),
# or a known foreign province next in the list ("các tỉnh Môn Đôn Ki Ri, Kra Chê và Tbong Khmum")
_COUNTRY_AFTER = re.compile(rf"(?: ?\(|, )(?P<name>{_NAME}(?: {_NAME})?)")
_NEXT_ITEM = re.compile(rf"(?:, và |, | và )(?P<name>{_NAME})")


@cache
def _country_word_after_re() -> re.Pattern[str]:
    """The country with its form of state, after "nước" (country) or not: "tỉnh Phong Sa Lỳ, nước Cộng hòa dân chủ
    nhân dân Lào", "tỉnh Ta Ke Ô, nước Campuchia", "tỉnh Svay Riêng, Vương quốc Campuchia"."""
    return re.compile(rf"(?: ?\(|, )(?:nước )?(?P<name>(?:{trie_regex(_state_forms())} )?{_NAME}(?: {_NAME})?)")


@cache
def _head_title_before() -> re.Pattern[str]:
    """A title and up to two words of its body before a level word: "Thống đốc ", "Chủ tịch Hội đồng "."""
    return re.compile(rf"(?:^|(?<=\W))(?:{trie_regex(titles())})(?: \w+){{0,2}} $")


def _head_and_latin_name(text: str, start: int, keyword: str, name: str) -> bool:
    """True when ``name``, a run of Latin words the gazetteer lacks after the level word at ``start``, follows
    the title of the unit's head: a foreign person's name (two words) ends the run."""
    level = _KEYWORDS[keyword.lower()][0]
    return (
        level in ("province", "city")
        and not _known(level, name)
        and all(_latin_name_word(w) for w in name.split(" "))
        and _head_title_before().search(text, max(0, start - 40), start) is not None
    )


def _unit_before_head_name(text: str, run: str) -> str:
    """The unit's name at the head of ``run``, a unit and its head's name: the longest part the page writes alone
    elsewhere (before a punctuation mark: "thành phố Kazanlak, tỉnh Stara Zagora"), else all but the two words of a
    given name and a family name ("" when only they are left)."""
    words = run.split(" ")
    for n in range(len(words) - 1, 0, -1):
        part = " ".join(words[:n])
        at = text.find(part)
        while at >= 0:
            end = at + len(part)
            if end == len(text) or text[end] in _UNIT_NAME_ENDS:
                return part
            at = text.find(part, end)
    return " ".join(words[:-2])


_UNIT_NAME_ENDS = frozenset(",.;:()")


def _abroad(text: str, m: re.Match[str], keyword: str) -> bool:
    """True for a province or city name the gazetteer lacks that the text places abroad."""
    words = m.group("name").split(" ")
    if _KEYWORDS[keyword.lower()][0] not in ("province", "city") or words[0] in surnames():
        return False
    if all(word in _COMPASS_WORDS for word in words):
        return False  # "3 tỉnh Đông Bắc (Vương quốc Campuchia)": the provinces of a part of the country
    for after in (_COUNTRY_AFTER.match(text, m.end("name")), _country_word_after_re().match(text, m.end("name"))):
        country = places().lookup(after.group("name")) if after is not None else None
        if country is not None and country.level == "country" and country.code != "VN":
            return True
    nxt = _NEXT_ITEM.match(text, m.end("name"))
    province = places().lookup(nxt.group("name")) if nxt is not None else None
    return province is not None and province.level == "province" and province.country not in (None, "VN")


# a list of villages that the commune they lie in closes: ", Xa Ry, Cheng của xã", ", Troi (xã"
_LIST_BEFORE_COMMUNE = re.compile(
    rf"(?:(?:, | và |, và ){_NAME})+(?: (?:của |thuộc )?| \(|, )(?:xã|phường|thị trấn) [{UPPER}]"
)

# a number closing a unit's name, not a count of something after it
_UNIT_NUMBER = re.compile(r" \d{1,3}(?=[,.;:)]|\s*\(| và | [-–] |$)")
# (found by its digits, which are rare, and then the level word before them: a scan that skips to digits)
_NUMBERED_UNIT = scanner(
    re.compile(
        r"(?=[0-9])(?<![\w.,/])\d{1,3}"
        r"(?=[,.;:)]|\s*\(| và | (?:xã|phường|quận|thị trấn|thành phố|tại|ở) | [-–] |$)"
    )
)
# the next number of a list of numbered units, closed as a unit's number is
_NUMBER_LIST_NEXT = re.compile(r"(?P<sep>, và |, | và )(?P<number>\d{1,3})(?=[,.;:)]|\s*\(| và | [-–] |$)")
#: the level words a unit is named by a number after (a village; a ward or an urban district of a city: "Phường 15,
#: Quận 8 (TPHCM)", "phường 5, thành phố Vị Thanh", "quận 16 tại thủ đô Paris"), and the level of the unit
_NUMBERED_UNIT_WORDS = {
    "thôn": "village",
    "ấp": "village",
    "xóm": "village",
    "khu phố": "village",
    "tổ dân phố": "village",
    "khu": "village",
    "phường": "commune",
    "quận": "district",
}
# "khu" is a village in Phú Thọ and Quảng Ninh ("khu 2, phường Phong Hải") and a zone anywhere else ("khu 2 của
# bệnh viện"): a numbered "khu" is a village only where the address goes on with its commune
_VILLAGE_NEEDS_COMMUNE = frozenset({"khu"})
_NUMBER_AND_COMMUNE = re.compile(rf"\d+,? (?:xã|phường|thị trấn) [{UPPER}]")
_NUMBERED_WORD_ENDS = frozenset(word[-1] for word in _NUMBERED_UNIT_WORDS)
# a level word and its space, in lower case or capitalised: a text without one names no numbered unit
_NUMBERED_WORDS_SPACED = tuple(form + " " for w in _NUMBERED_UNIT_WORDS for form in (w, w.capitalize()))
_COUNT_BEFORE = re.compile(r"\d $")


def _numbered_unit_start(text: str, number_start: int) -> tuple[int, str] | None:
    """Where the level word before a unit's number begins, if it is a word of its own, and the unit's level."""
    if text[number_start - 2 : number_start - 1].lower() not in _NUMBERED_WORD_ENDS:
        return None  # (most numbers: no level word ends there, nothing to compare)
    for word, level in _NUMBERED_UNIT_WORDS.items():
        start = number_start - len(word) - 1
        if start >= 0 and text[start : number_start - 1].lower() == word and not text[start - 1 : start].isalnum():
            if word in _VILLAGE_NEEDS_COMMUNE and _NUMBER_AND_COMMUNE.match(text, number_start) is None:
                return None
            if _COUNT_BEFORE.search(text, max(0, start - 3), start) is not None:
                return None  # "3 phường 2 xã": counts of units, not a unit's number
            return start, level
    return None


# a number after a unit's name, whatever follows it (not a decimal, nor a date)
_NUMBER_AFTER = re.compile(r" \d{1,3}(?![\w.,/]\w)")


def _numbered_as_elsewhere(text: str, found: list[_Found], taken: list[tuple[int, int]]) -> list[_Found]:
    """The units found by their level word, each with the number the page closes its name with elsewhere: "khu phố
    Phú Hòa 8, phường Phú Lợi" numbers "khu phố Phú Hòa 8 đã đến", where a number before a word may be a count."""
    numbered = {place_key(f.name) for f in found if f.name[-1:].isdecimal()}
    if not numbered:
        return found
    out = []
    for f in found:
        number = _NUMBER_AFTER.match(text, f.end) if not f.name[-1:].isdecimal() else None
        if number is not None and place_key(text[f.start : number.end()]) in numbered:
            shown = text[f.start : number.end()]
            f = _Found(f.start, number.end(), shown, f.info.renamed(shown))
            taken.append((f.start, f.end))
        out.append(f)
    return out


def find_places(text: str, index: WordIndex | None = None) -> list[_Found]:
    """Every place mention in ``text``, in order, without overlaps (``index``: the text's word index, if built)."""
    index = index if index is not None and index.text is text else WordIndex(text)
    found: list[_Found] = []
    taken: list[tuple[int, int]] = []
    for m in index.matches(_KEYWORD_RE):
        keyword = m.group("kw")
        if _not_a_keyword(text, m.start(), keyword, m.end("name")):
            continue
        before = _CAPITALISED_BEFORE.search(text, max(0, m.start() - 12), m.start()) if keyword[0].isupper() else None
        if before is not None and places().lookup(before.group(0) + keyword) is not None:
            continue  # "Nhật Bản Fukuda": the keyword ends a place name the gazetteer knows
        if keyword.lower() == "cụm" and _CLUSTER_ADDRESS.match(text, m.end("name")) is None:
            continue  # "cụm" alone is a common word ("cụm dân cư"): a cluster only where its address goes on
        if keyword in _FOREIGN_KEYWORDS and _names_a_region(keyword, m.group("name")):
            continue  # "châu Âu", "châu Á - Thái Bình Dương": a continent, found by its whole name
        level, keep = _KEYWORDS[keyword.lower()]
        glued = _CAMEL_REST.match(text, m.end("name"))  # "bản AVia", "tỉnh ChiBa": a name with a capital inside
        name = _trim_name(level, m.group("name") if glued is None else text[m.start("name") : glued.end()])
        if " " in name and _head_and_latin_name(text, m.start(), keyword, name):
            # "Tỉnh trưởng tỉnh Preah Sihanoukville Sbong Sarat", "Chủ tịch Hội đồng tỉnh Kohara Katsuji": the unit's
            # head is named after it, by a given name and a family name
            name = _unit_before_head_name(text, name)
        if name and _cut_inside_a_word(text, m, name):
            continue  # "vùng Kantō": the name goes on in letters the pattern does not read
        if not name and _in_address(text, m, keyword):
            name = m.group("name")  # "huyện Sầm Tớ, tỉnh Hủa Phăn": an address goes on, no person is named
        if not name and _paired_with_unit(text, m, keyword, found):
            name = m.group("name")  # "giữa huyện Thường Xuân với huyện Sầm Tớ": a unit paired with another
        if not name and _foreign_unit_closed(text, m, keyword):
            name = m.group("name")  # "trấn Dĩ Tát, trấn Giáp Dần, trấn Lạc Dục": China's towns, no person
        if not name and _village_named_like_a_person(text, m, keyword):
            name = m.group("name")  # "thôn Kim Tiên": two syllables, no title before the level word
        if not name and _abroad(text, m, keyword):
            name = m.group("name")  # "các tỉnh Môn Đôn Ki Ri, Kra Chê": a foreign province the gazetteer lacks
        if not name:
            continue
        name = _with_dashed_rest(text, m.start("name"), name)  # "tỉnh Bà Rịa – Vũng Tàu": one province
        keep = keep and m.group("desc") is None  # "xã biên giới Thanh Yên" names "Thanh Yên"
        start = m.start() if keep else m.start("name")
        end = m.start("name") + len(name)
        number = _UNIT_NUMBER.match(text, end) if keep and name == m.group("name") else None
        if number is not None:
            end = number.end()  # "xã A Lưới 1", "Bản Ka Túp 2": units told apart by a number
            name = text[m.start("name") : end]
        info = _keyword_place(keyword, name)
        shown = text[start:end]
        found.append(_Found(start, end, shown, info.renamed(shown) if keep else info))
        taken.append((m.start(), end))
        # a list after the keyword: "các huyện Bát Xát, Sa Pa, Bảo Thắng và Văn Bàn", "xã Y Tý, A Mú Sung"
        plural = (
            text.endswith(("các ", "Các "), max(0, m.start() - 4), m.start())
            or text.endswith(("những ", "Những "), max(0, m.start() - 6), m.start())
            or text.endswith(_PAIR_COUNTS, max(0, m.start() - 4), m.start())
        )
        # "thôn Mới, Xa Ry, Cheng của xã Hướng Phùng": the villages of the commune named next, no person among them
        to_commune = level == "village" and _LIST_BEFORE_COMMUNE.match(text, end) is not None
        plural = plural or to_commune
        nxt = _list_next(text, end, plural)
        while nxt is not None:
            item = _trim_name(level, nxt.group("name")) or (
                nxt.group("name") if to_commune and nxt.group("name").count(" ") < 2 else ""
            )  # (a two-syllable name only: a person's, "Trần Văn Nam", has three)
            if (
                not item
                or not (plural or _known(level, item))
                or (level in ("province", "city") and not _known(level, item))
            ):
                break
            item = _with_dashed_rest(text, nxt.start("name"), item)
            start, end = nxt.start("name"), nxt.start("name") + len(item)
            info = _keyword_place(keyword, item)
            found.append(_Found(start, end, item, info.renamed(item) if keep else info))
            taken.append((start, end))
            if nxt.group("sep").strip() in ("và", ", và"):
                break  # "A, B và C": the list ends with its last item
            nxt = _list_next(text, end, plural)
        pair = _PAIR_NEXT.match(text, end) if text.endswith(_PAIR_COUNTS, max(0, m.start() - 4), m.start()) else None
        item = _trim_name(level, pair.group("name")) if pair is not None else ""
        if pair is not None and item:
            # "giữa hai huyện Quan Sơn (Thanh Hóa) - Viêng Xay (Hủa Phăn)", "02 huyện Tây Giang – Kà Lừm": the two
            # units a twinning pairs, of one level, the second across the border and often unknown
            start = pair.start("name")
            info = _keyword_place(keyword, item)
            found.append(_Found(start, start + len(item), item, info.renamed(item) if keep else info))
            taken.append((start, start + len(item)))
    found = _numbered_as_elsewhere(text, found, taken)
    numbered = any(w in text for w in _NUMBERED_WORDS_SPACED)
    for m in _NUMBERED_UNIT.finditer(text) if numbered else ():
        unit = _numbered_unit_start(text, m.start())
        if unit is not None and not any(s < m.end() and unit[0] < e for s, e in taken):
            # "thôn 11 xã Sơn Hồng", "Phường 15, Quận 8 (TPHCM)": a unit named by its number alone
            word = text[unit[0] : m.start() - 1]
            nxt = _NUMBER_LIST_NEXT.match(text, m.end())
            if nxt is not None and not text.endswith(("các ", "Các ", "những "), max(0, unit[0] - 6), unit[0]):
                continue  # "UBND quận 5, 10 và 11": a list of numbers only a plural announces is one of units
            # (the level word of a list of numbers, "các quận 5, 10 và 11", is each item's: the items are the numbers)
            start = unit[0] if nxt is None else m.start()
            shown = text[start : m.end()]
            found.append(_Found(start, m.end(), shown, PlaceInfo(f"{word} {m.group(0)}", unit[1], country="VN")))
            taken.append((unit[0], m.end()))
            while nxt is not None:
                # "Quận 1, 3, 5, 10, Tân Bình", "các quận 5, 10 và 11": the units the list numbers after the first
                listed = nxt.group("number")
                info = PlaceInfo(f"{word} {listed}", unit[1], country="VN")
                found.append(_Found(nxt.start("number"), nxt.end(), listed, info))
                taken.append((nxt.start("number"), nxt.end()))
                nxt = _NUMBER_LIST_NEXT.match(text, nxt.end()) if "và" not in nxt.group("sep") else None
    found += _colon_lists(text, taken)
    found += _named_after_communes(text, taken, index)
    found += _district_tails(text, taken, index)
    found += _lower_cased_units(text, taken, len(found), index)
    covered = bytearray(len(text) + 1)  # the characters of the taken spans: a lookup, not a set of them
    for s, e in taken:
        covered[s:e] = b"\x01" * (e - s)
    gazetteer = places()
    for m in gazetteer.finditer(text):
        start, end = m.span()
        if (start and (text[start - 1].isalnum() or text[start - 1] in "_.")) or (
            end < len(text) and text[end].isalnum()
        ):
            continue
        if covered[start] or covered[end - 1]:
            continue
        if _rejected(text, start, end):
            continue
        bare = m.group(0)
        known = gazetteer.lookup(bare)
        if known is None:
            continue
        if known.level == "region" and _direction(text, start, bare):
            continue  # "phía Tây Bắc của đảo Shikoku": a direction, not the region of that name
        if gazetteer.needs_context(bare) and not _in_place_context(text, start, end, found):
            continue  # "Victoria's Secret", "Florence Nightingale": a world city's name with no place around it
        found.append(_Found(start, end, bare, known))
    found.sort(key=lambda f: f.start)
    found += _bracketed_districts(text, found)
    found += _listed_units(text, found, index)
    found += _named_again(text, found)
    found = [_with_state_form(text, f) if f.info.level == "country" else f for f in found]
    found.sort(key=lambda f: f.start)
    return _with_compass_parts(text, found)


_DASHED_REST = re.compile(rf" ?[-–] ?({_NAME})")


def _with_dashed_rest(text: str, start: int, name: str) -> str:
    """``name`` (at ``start``) with the dash and the name after it, where both together name one known unit
    ("Bà Rịa – Vũng Tàu": the name before the dash is a town of its own)."""
    rest = _DASHED_REST.match(text, start + len(name))
    if rest is None or places().lookup(f"{name} - {rest.group(1)}") is None:
        return name
    return text[start : rest.end()]


def _named_again(text: str, found: list[_Found]) -> list[_Found]:
    """The units a level word named once, where the page names them again bare: "thành phố Mimasaka ... Hiệp hội
    Công thương Mimasaka", "huyện Mèo Vạc ... tại Mèo Vạc", "tỉnh Nakhon Panom ... sang Nakhon Panom".

    Only names the gazetteer does not find bare (foreign units it lacks, Vietnamese districts), of a level whose
    name stands alone (a commune's name alone names its old district), of two syllables or a foreign word (one
    Vietnamese syllable is too often a given name), and not inside a person's or a longer name.
    """
    gazetteer = places()
    again = {
        f.name: f.info
        for f in found
        if f.info.level not in ("commune", "village", "country")
        and f.name[:1].isupper()
        and (" " in f.name or not _vietnamese_syllable(f.name))
        and gazetteer.lookup(f.name) is None
    }
    if not again:
        return []
    covered = bytearray(len(text) + 1)
    for f in found:
        covered[f.start : f.end] = b"\x01" * (f.end - f.start)
    out = []
    for name, info in again.items():
        start = text.find(name)
        while start >= 0:
            end = start + len(name)
            if (
                not covered[start]
                and not covered[end - 1]
                and not (start and (text[start - 1].isalnum() or text[start - 1] in "-_."))
                and not (end < len(text) and (text[end].isalnum() or text[end] == "-"))
                and not _rejected(text, start, end)
            ):
                out.append(_Found(start, end, name, info))
                covered[start:end] = b"\x01" * (end - start)
            start = text.find(name, end)
    return out


_DIRECTION_BEFORE = ("phía ", "hướng ")


def _direction(text: str, start: int, name: str) -> bool:
    """True for a region named by compass words alone ("Tây Bắc") after "phía" or "hướng" (side, direction)."""
    return text.endswith(_DIRECTION_BEFORE, max(0, start - 6), start) and all(
        word in _COMPASS_WORDS for word in name.split(" ")
    )


# a compass word naming a part of a foreign country or state: "Bắc Lào", "Nam California", "Nam Australia"
_COMPASS_BEFORE = re.compile(r"(?<!\w)(?:Đông Bắc|Tây Bắc|Đông Nam|Tây Nam|Bắc|Nam|Đông|Tây|Trung) $")
_WORD_BEFORE_COMPASS = re.compile(r"(\w+) $")
# "miền Nam Việt Nam", "phía Bắc Lào": the part is named by the compass word alone, the country after it is its own
_PART_WORDS = frozenset({"miền", "phía", "hướng"})


def _with_compass_parts(text: str, found: list[_Found]) -> list[_Found]:
    """Each foreign country or state with the compass word written right before it, as one region: "các tỉnh Bắc
    Lào", "bang Nam Australia", "Cộng Đồng Người Việt Quốc Gia Nam California" - not after a word that makes the
    compass word a part's own name ("miền Nam Việt Nam") or the end of another place ("Việt Nam Lào")."""
    out: list[_Found] = []
    previous_end = 0
    for f in found:
        if f.info.level in ("country", "province") and f.info.country not in (None, "VN") and f.start > previous_end:
            compass = _COMPASS_BEFORE.search(text, max(previous_end, f.start - 9), f.start)
            if compass is not None and not _compass_belongs_before(text, compass.start(), compass.group(0)[:-1]):
                name = text[compass.start() : f.end]
                f = _Found(compass.start(), f.end, name, PlaceInfo(name, "region", None, f.info.country))
        out.append(f)
        previous_end = max(previous_end, f.end)
    return out


def _compass_belongs_before(text: str, at: int, compass: str) -> bool:
    """True when the word before the compass word at ``at`` takes it: "miền Nam", "Việt Nam", "Hà Nam", or a
    surname begins a person's name ("Đại sứ Vũ Trung Mỹ")."""
    before = _WORD_BEFORE_COMPASS.search(text, max(0, at - 12), at)
    if before is None:
        return False
    word = before.group(1)
    if word.lower() in _PART_WORDS:
        return True
    return word[0].isupper() and (word in surnames() or places().lookup(f"{word} {compass}") is not None)


# a name alone in brackets, of two to four syllables (a literal first: the engine skips to each bracket)
_NAME_IN_PAREN = re.compile(rf"\((?P<name>{_SYLLABLE}(?: {_SYLLABLE}){{1,3}})\)")


def _bracketed_districts(text: str, found: list[_Found]) -> list[_Found]:
    """Districts named alone in brackets after a place or a body in them: "trường THCS Bắc Phong (Cao
    Phong)", "xã Mường Lạn (Sốp Cộp)". (Rural districts have no bare entry: only "huyện" or this shows them.)"""
    starts = {f.start for f in found}
    out = []
    for m in _NAME_IN_PAREN.finditer(text):
        start, name = m.start("name"), m.group("name")
        if start in starts:
            continue
        info = places().district(name)
        if info is not None and not _rejected(text, start, m.end("name")):
            out.append(_Found(start, m.end("name"), name, info))
    return out


@cache
def _context_before_re() -> re.Pattern[str]:
    return re.compile(rf"(?:^|(?<=\W))(?:{trie_regex(read_list('place_context_words.txt'))}) $")


# what follows a city in place context: its country or state, in brackets or after a comma or a dash
# ("Atlanta (Mỹ)", "Atlanta, Georgia", "Austin, bang Texas"), or the next item of a list of places
_CONTEXT_AFTER = re.compile(rf"(?:, và | và |, | \(| [-–] )(?:bang |tiểu bang )?({_NAME})")
_LIST_BEFORE = (", ", " và ", ", và ")


def _in_place_context(text: str, start: int, end: int, found: list[_Found]) -> bool:
    """True when the text around a one-word world city says it is a place: a preposition of place before
    it, its country or state after it, or a place it is listed with ("New York, London, Milan và Paris")."""
    if _context_before_re().search(text, max(0, start - 8), start):
        return True
    for sep in _LIST_BEFORE:
        if text.endswith(sep, 0, start) and any(f.end == start - len(sep) for f in found):
            return True
    after = _CONTEXT_AFTER.match(text, end)
    if after is None:
        return False
    gazetteer = places()
    name = after.group(1)  # the whole capitalised run: "Victoria, Anh Tuấn" names a person, not England
    return gazetteer.lookup(name) is not None and not gazetteer.needs_context(name)


# A page some sites lower-case whole ("tại các huyện kim thành, nam sách và tp hải dương", "tổ chức
# shinnyo-en (nhật bản)"): names have no capital to find them by, but a level word still introduces a
# unit the gazetteer knows, and a bracket still holds a country or a unit.
_LOW_SYLLABLE = rf"[{LOWER}]+"
_LOW_NAME = rf"{_LOW_SYLLABLE}(?:[ -]{_LOW_SYLLABLE}){{0,3}}"
_LOW_KEYWORD = re.compile(
    r"(?=[cnthqxp])"  # the letters the words below start with: the engine skips to them (see scanner)
    r"(?<![\w.])(?P<plural>(?:các|những) )?(?P<kw>tỉnh|thành phố|tp\.?|huyện|quận|thị xã|tx\.|xã|phường|thị trấn)"
    rf"(?: |(?<=\.))(?P<name>{_LOW_NAME})"
)
_LOW_KEYWORD = scanner(_LOW_KEYWORD)  # the same matches, found faster (see scanner)
_LOW_LIST_NEXT = re.compile(rf"(?P<sep>, và |, | và )(?P<name>{_LOW_NAME})")
_LOW_IN_PAREN = re.compile(rf"\((?P<name>{_LOW_NAME})\)")  # a literal first: the engine skips to each bracket
_LOW_KEYWORD_LEVEL = {"tp": "city", "tp.": "city", "tx.": "district"}


def _low_unit(level: str, name: str) -> str:
    """The longest leading part of the lower-case ``name`` the gazetteer knows at ``level``; a commune
    needs two syllables ("xã hội" is society, not a commune "Hội")."""
    words = name.split(" ")
    for n in range(len(words), 0, -1):
        part = " ".join(words[:n])
        if (n > 1 or level not in ("commune", "village")) and _known(level, part):
            return part
    return ""


def _lower_cased_units(text: str, taken: list[tuple[int, int]], capitalised: int, index: WordIndex) -> list[_Found]:
    """Units named in lower case after their level word, in the lists it opens, and countries or
    units in brackets -- only on a lower-cased page: where such units outnumber the places found
    by their capitals (``capitalised``), and are at least two."""
    out: list[_Found] = []

    def add(start: int, name: str, keyword: str, keep: bool) -> None:
        info = _keyword_place(keyword, name) if keyword else places().lookup(name)
        if info is None:
            return
        out.append(_Found(start, start + len(name), name, info.renamed(name) if keep else info))

    for m in index.matches(_LOW_KEYWORD):
        keyword = m.group("kw")
        level, keep = _KEYWORDS[keyword] if keyword in _KEYWORDS else (_LOW_KEYWORD_LEVEL[keyword], False)
        name = _low_unit(level, m.group("name"))
        if not name:
            continue
        start = m.start() if keep else m.start("name")
        add(start, text[start : m.start("name") + len(name)], keyword, keep)
        end = m.start("name") + len(name)
        nxt = _LOW_LIST_NEXT.match(text, end) if m.group("plural") else None
        while nxt is not None:
            item = _low_unit(level, nxt.group("name"))
            if not item:
                break
            add(nxt.start("name"), item, keyword, keep)
            if nxt.group("sep").strip() in ("và", ", và"):
                break
            nxt = _LOW_LIST_NEXT.match(text, nxt.start("name") + len(item))
    for m in index.matches(_low_named_unit_re()):
        name = _low_unit("commune", m.group("name"))
        info = places().commune(name) if name else None
        if info is not None:
            out.append(_Found(m.start("name"), m.start("name") + len(name), name, info.renamed(name)))
    brackets = text.count("(")  # (each bracketed unit opens one: the most the scan below can add)
    if len(out) + brackets < 2 or len(out) + brackets <= capitalised:
        return []  # (most pages: too few units in lower case whatever the brackets hold)
    for m in _LOW_IN_PAREN.finditer(text):
        name = m.group("name")
        if places().lookup(name) is not None or places().district(name) is not None:
            info = places().lookup(name) or _keyword_place("huyện", name)
            out.append(_Found(m.start("name"), m.end("name"), name, info))
    if len(out) < 2 or len(out) <= capitalised:
        return []
    kept = []
    for f in sorted(out, key=lambda f: f.start):
        if any(s < f.end and f.start < e for s, e in taken):
            continue
        kept.append(f)
        taken.append((f.start, f.end))
    return kept


_ITEM_WORD = rf"[{UPPER}][{LOWER}]*(?:['’][{UPPER}{LOWER}][{LOWER}]*)?"
_ITEM = rf"{_ITEM_WORD}(?: {_ITEM_WORD}){{1,3}}"
_ITEM_AFTER = re.compile(rf"(?:, và |, | và )({_ITEM})(?![\w'’-])(?! [{UPPER}])")
_ITEM_BEFORE = re.compile(rf"(?<![\w'’-])({_ITEM})(?:, | và |, và )$")
_ITEM_IN_PAREN = scanner(re.compile(rf"(?<=\()({_ITEM}), $"))
_ITEM_BEFORE_PAREN = scanner(re.compile(rf"(?<![\w'’-])({_ITEM}) \($"))
_LOCATIVE_LIST = scanner(
    re.compile(rf"(?<![\w])(?:tại|ở|qua|đến|thuộc) ({_ITEM}(?:(?:, | và |, và ){_ITEM})+)(?![\w'’-])(?! [{UPPER}])")
)
_LIST_SEP = re.compile(r", và |, | và ")


# a unit's name; two joined by a dash name a unit merged from both ("Chân Mây - Lăng Cô")
_ITEM = rf"{_ITEM_WORD}(?: {_ITEM_WORD}){{0,3}}(?: [-–] {_ITEM_WORD}(?: {_ITEM_WORD}){{0,3}})?"


# "5 xã: Phú Lộc, Hưng Lộc, Lộc An và Vinh Lộc", "các huyện gồm: A, B": a count or a plural, a level word
# and a colon, then the list of its units
_COLON_KEYWORDS = r"xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố|thôn|bản|ấp"
# (two level words may share the list: "các xã, phường: Tam Thanh, Tam Thăng, An Phú")
_COLON_LIST = re.compile(
    rf"(?<![\w])(?:các|những|\d+) (?P<kw>{_COLON_KEYWORDS})(?:, (?:{_COLON_KEYWORDS}))?(?: gồm)?: "
    rf"(?P<items>{_ITEM}(?:(?:, và |, | và ){_ITEM})*)"
)
# the same head, ending at a colon: found backwards from each ": " (rare), not by a scan of every word
_COLON_HEAD = re.compile(rf"(?<![\w])(?:các|những|\d+) (?:{_COLON_KEYWORDS})(?:, (?:{_COLON_KEYWORDS}))?(?: gồm)?\Z")
_COLON_HEAD_REACH = 36  # "những thành phố, thị trấn gồm" and a space: longer heads are only longer numbers


def _colon_list_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches ``_COLON_LIST.finditer(text)`` gives, found from the colons: every match has one ": "
    right after its head, and none inside its list of capitalised names."""
    end = 0
    colon = text.find(": ")
    while colon != -1:
        start = max(end, colon - _COLON_HEAD_REACH)
        while start > end and text[start - 1].isdecimal():
            start -= 1  # a head's number read whole: the look-behind before it must see no digit
        head = _COLON_HEAD.search(text, start, colon)
        m = _COLON_LIST.match(text, head.start()) if head is not None else None
        if m is not None:
            yield m
            end = m.end()
        colon = text.find(": ", max(colon + 1, end))


def _colon_lists(text: str, taken: list[tuple[int, int]]) -> list[_Found]:
    """The units listed after a counted or plural level word and a colon, each of that level."""
    out = []
    for m in _colon_list_matches(text):
        keyword = m.group("kw")
        level, keep = _KEYWORDS[keyword]
        pos = m.start("items")
        for item in _LIST_SEP.split(m.group("items")):
            at = text.index(item, pos)
            pos = at + len(item)
            if any(s < pos and at < e for s, e in taken) or not _known(level, item):
                continue  # only units the gazetteer knows at that level: the list may name other things
            info = _keyword_place(keyword, item)
            out.append(_Found(at, pos, item, info.renamed(item) if keep else info))
            taken.append((at, pos))
    return out


def _unit_of(name: str, communes: bool = False) -> PlaceInfo | None:
    """A Vietnamese district (or commune), or a place the gazetteer knows, named ``name`` bare.

    Communes only where asked: their names are most often common words and given names.
    """
    gazetteer = places()
    return gazetteer.lookup(name) or gazetteer.district(name) or (gazetteer.commune(name) if communes else None)


# a bracket that opens with the level word of the unit in it: "Mỹ Trà (TP. Cao Lãnh)", "(huyện Hiệp Hòa)"
_BRACKET_LEVEL_WORD = re.compile(r" \((?:TP\.? ?|Tp\.? ?|TX\.? ?|thành phố |huyện |quận |thị xã )\Z")


def _bracket_with_level_word(text: str, anchor: _Found) -> int | None:
    """Where the text before a bracket ends, when ``anchor`` opens that bracket after its level word."""
    if "(" not in text[max(0, anchor.start - 14) : anchor.start]:
        return None  # (most places: no bracket just before them)
    m = _BRACKET_LEVEL_WORD.search(text, max(0, anchor.start - 14), anchor.start)
    return m.start() + 2 if m is not None else None


def _commune_of(name: str, anchor: _Found, bracket: int | None, listed: bool = False) -> PlaceInfo | None:
    """A commune named before the bracket that holds its district: "Mỹ Trà (TP. Cao Lãnh)". The gazetteer must
    know it in the district's province: as its only commune of that name, or, for an item of a list ("Thanh Thủy,
    Minh Tân, Thanh Đức (Vị Xuyên)"), as one of them."""
    if bracket is None or anchor.info.level not in ("district", "city") or anchor.info.current is None:
        return None
    if listed:
        return places().commune_in(name, anchor.info.current)  # (one of several of that name may lie there)
    info = places().commune(name)  # (alone, the name may be a school's or a firm's: the only commune of it)
    return info if info is not None and info.current == anchor.info.current else None


def _ends_before(text: str, end: int, tail: str) -> bool:
    """Whether ``text[:end]`` ends with ``tail``, or with it and a newline: where a pattern ending in
    ``tail$`` can match when searched up to ``end`` (most places have no such text before them)."""
    return text.endswith(tail, 0, end) or text.endswith(tail + "\n", 0, end)


def _listed_units(text: str, found: list[_Found], index: WordIndex) -> list[_Found]:
    """Units named without a level word where the context says they are places.

    "Cao Lộc, Lộc Bình (Lạng Sơn)", "huyện Mường Nhé, Điện Biên Đông": in a list beside a place
    already found, or before a province in brackets, a name the gazetteer knows as a district or
    commune is one too; "tại Tân Phú, Định Quán và Vĩnh Cửu": a list after a preposition of place
    whose every item is a known unit.
    """
    taken = sorted((f.start, f.end) for f in found)

    def free(start: int, end: int) -> bool:
        # spans do not overlap one another: only the one starting last before ``end`` can reach ``start``
        i = bisect_left(taken, (end, -1))
        return not (i and taken[i - 1][1] > start)

    out: list[_Found] = []
    district_of: dict[int, _Found] = {}  # a commune found before a bracket -> the district in the bracket

    def add(start: int, name: str, info: PlaceInfo) -> None:
        out.append(_Found(start, start + len(name), name, info.renamed(name)))
        insort(taken, (start, start + len(name)))

    queue = list(found)
    while queue:
        anchor = queue.pop()
        if anchor.info.level not in ("province", "district", "commune", "city"):
            continue
        nxt = _ITEM_AFTER.match(text, anchor.end)
        if nxt is not None and free(*nxt.span(1)) and (info := _unit_of(nxt.group(1))) is not None:
            add(nxt.start(1), nxt.group(1), info)
            queue.append(out[-1])
        # backwards only before a bracket ("Lộc Bình (Lạng Sơn)") or within a list the anchor continues
        reach = max(0, anchor.start - 40)
        before = None
        bracket = anchor.start if _ends_before(text, anchor.start, " (") else _bracket_with_level_word(text, anchor)
        if bracket is not None:
            before = _ITEM_BEFORE_PAREN.search(text, reach, bracket)
        if before is None and _ends_before(text, anchor.start, ", "):
            before = _ITEM_IN_PAREN.search(text, reach, anchor.start)  # "(Minh Hóa, Quảng Bình)"
        if before is None and anchor in out and _ends_before(text, anchor.start, " "):
            before = _ITEM_BEFORE.search(text, reach, anchor.start)
        if before is None or not free(*before.span(1)):
            continue
        # "Na Khê, Bạch Đích, Phú Lũng, Thắng Mố (Yên Minh)": each commune before the one the bracket holds
        # lies in the bracket's district too
        district = district_of.get(anchor.start)
        info = _unit_of(before.group(1))
        if info is None and district is not None:
            info = _commune_of(before.group(1), district, anchor.start, listed=True)
        elif info is None:
            district = anchor
            listed = text.endswith((", ", ": "), max(0, before.start(1) - 2), before.start(1))
            info = _commune_of(before.group(1), anchor, bracket, listed)
        if info is not None and not _rejected(text, before.start(1), before.end(1)):
            add(before.start(1), before.group(1), info)
            queue.append(out[-1])
            if info.level == "commune" and district is not None:
                district_of[out[-1].start] = district
    for m in index.matches(_LOCATIVE_LIST):
        items = _LIST_SEP.split(m.group(1))
        pos = m.start(1)
        spans = []
        for item in items:
            at = text.index(item, pos)
            spans.append((at, item, _unit_of(item)))
            pos = at + len(item)
        if all(info is not None and free(at, at + len(item)) for at, item, info in spans):
            for at, item, info in spans:
                assert info is not None
                add(at, item, info)
    return out


@cache
def _state_form_re() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{trie_regex(_state_forms())}) $")


@cache
def _state_forms() -> tuple[str, ...]:
    """The forms of state, each also with the old tone placement the press still writes ("Cộng hoà")."""
    forms = read_list("place_state_forms.txt")
    return tuple(dict.fromkeys([*forms, *(f.replace("hòa", "hoà") for f in forms)]))


@cache
def _state_form_ends() -> tuple[str, ...]:
    """The last words of the forms of state: the word before a country that has one ends so."""
    return tuple({form.rpartition(" ")[2] for form in _state_forms()})


def _may_follow_state_form(text: str, start: int) -> bool:
    """False when no form of state can end just before ``start`` (a space, or a space and a newline, after
    one of the forms' last words): most countries need no search for one."""
    space = start - 1 if text.endswith(" ", 0, start) else start - 2
    if space < 0 or text[space] != " ":
        return False
    # (the ends hold no space: the window ends with one exactly when its last word does)
    return text.endswith(_state_form_ends(), max(0, space - 30), space)


@cache
def _state_prefix_re() -> re.Pattern[str]:
    return re.compile(rf"(?:{trie_regex(_state_forms())}) ")


@lru_cache(maxsize=65536)  # a pure function of names, which recur from page to page
def _state_written(name: str) -> str:
    """The form of state a country is written with ("cộng hòa xã hội chủ nghĩa" in "Cộng hòa xã hội chủ nghĩa
    Việt Nam"), in lower case; "" for the country's name alone."""
    m = _state_prefix_re().match(name)
    return place_key(m.group(0)) if m is not None else ""


def _with_state_form(text: str, found: _Found) -> _Found:
    """A country with the form of state written before it: "CH Bồ Đào Nha", "Vương quốc Thái Lan"."""
    if found.info.level != "country":
        return found
    if not _may_follow_state_form(text, found.start):
        return found
    form = _state_form_re().search(text, max(0, found.start - 30), found.start)
    if form is None:
        return found
    return attrs.evolve(found, start=form.start(), name=text[form.start() : found.end])


@lru_cache(maxsize=65536)  # a pure function of names, which recur from page to page
def _spelling(name: str) -> str:
    """The script a place is written in: its romanised form and its Vietnamese one are listed apart, as the
    article writes them ("Khammuane" and "Khăm Muộn")."""
    return "latin" if name.replace(" ", "").replace("-", "").isascii() else "vi"


class PlaceExtractor:
    """Finds places: provinces old and new, districts, communes, countries, foreign regions."""

    name = "places"
    order = 400

    def extract(self, context: ExtractionContext) -> Extraction:
        """One mention per occurrence; one :class:`~dnnd.Place` per place (first spelling as its name)."""
        text = context.text
        groups: dict[tuple[str | None, ...], list[_Found]] = {}
        for f in find_places(text, context.words):
            key = (
                (f.info.level, place_key(f.name))
                if f.info.level in ("commune", "village")
                else (
                    f.info.level if f.info.level != "city" else "district",
                    place_key(f.info.name),
                    f.info.country,
                    _spelling(f.name),
                    # "Việt Nam" and "Cộng hòa xã hội chủ nghĩa Việt Nam" are listed as written, apart
                    _state_written(f.name) if f.info.level == "country" else "",
                )
            )
            groups.setdefault(key, []).append(f)
        mentions: list[Mention] = []
        entities: list[Place] = []
        for index, items in enumerate(groups.values(), start=1):
            entity_id = f"place:{index}"
            first = items[0]
            info = first.info
            entities.append(
                Place(
                    name=first.name,
                    id=entity_id,
                    spans=tuple(Span(f.start, f.end) for f in items),
                    level=info.level,
                    code=info.code,
                    country=info.country,
                    current=info.current,
                )
            )
            for f in items:
                mentions.append(
                    Mention(
                        "place",
                        f.start,
                        f.end,
                        text[f.start : f.end],
                        entity_id,
                        {"level": f.info.level, "code": f.info.code, "canonical": f.info.name},
                    )
                )
        return Extraction(mentions, entities)


#: The extractor classes of this module, for the built-in plugin.
EXTRACTORS = (PlaceExtractor,)
