"""Bylines and source credits at the foot of a Vietnamese news article.

Vietnamese pages credit an article in a few set shapes, usually after its last
paragraph::

    Nguồn: Kiều Thu (Báo Lào Cai điện tử, Thứ Bảy, ngày 10/01/2026 - 10:34 GMT+7)
    Theo VŨ VĂN CÀI                       <- the writer, then their positions
    Ủy viên Ban Thường vụ Tỉnh ủy, ...
    Theo Báo Lào Cai                      <- the outlet the article is taken from
    Nguồn: baolaocai.vn
    Trình bày minh họa:                   <- layout credits, not authors
    Vũ Sơn - Khánh Ly
    https://baolaocai.vn/...-post891061.html   <- the original's address

:func:`read_credits` reads them from a page's lines and says which lines it
used, so that the parser leaves them out of the body.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

import attrs

from dnnd.gazetteer import place_key, places, read_list, surnames
from dnnd.legacy_vietnamese import syllable_share
from dnnd.parsers.lines import (
    ends_sentence,
    is_related_marker,
    is_stray,
    is_url,
    opens_with_agent,
    shows_act,
    word_count,
)
from dnnd.parsers.stamps import is_stamp_label
from dnnd.text.dates import Published, find_published
from dnnd.text.names import name_case
from dnnd.text.normalize import match_key

__all__ = [
    "Byline",
    "Credits",
    "abbreviates_a_name",
    "dotted_initials",
    "given_name",
    "is_affiliation",
    "is_bare_label",
    "is_labelled_byline",
    "is_outlet_name",
    "is_section_menu",
    "is_section_name",
    "normalize_outlet",
    "person_name",
    "read_byline",
    "read_credits",
]

# Words that open the name of a news outlet rather than a person.
_OUTLET_HEADS = (
    "báo",
    "tạp chí",
    "tuần báo",
    "nhật báo",
    "bản tin",
    "cổng thông tin",
    "cổng ttđt",
    "cổng",
    "trang thông tin",
    "web",  # a portal called after its province ("Web Quảng Trị")
    "đài",
    "truyền hình",
    "kênh",
    "thông tấn xã",
    "ttxvn",
    "vov",
    "vtv",
    "vnexpress",
    "vietnamnet",
    "vietnamplus",
)
_DOMAIN = re.compile(r"^(?:https?://)?(?:www\.)?[\w\-]+(?:\.[\w\-]+)*\.(?:vn|com|net|org|gov|info)(?:/\S*)?$", re.I)
# "điện tử", "online" and the like name the outlet's website edition, not another outlet.
_EDITION = re.compile(r"\s+(?:điện tử|online|điện tử online|đt)$", re.I)
_SOURCE = re.compile(r"^nguồn(?: tin)?\s*:\s*(?P<rest>.+)$", re.I)
# "Nguồn Hải Dương: http://baohaiduong.vn/...": an aggregator names the original's outlet, then its address.
_SOURCE_LINK = re.compile(r"^nguồn\s+(?P<outlet>[^:]{2,40}?)\s*:\s*(?P<url>https?://(?P<host>[^/\s]+)\S*)", re.I)
_THEO = re.compile(r"^theo\s+(?P<rest>.+)$", re.I)
# Credits for the page's making, not its writing: layout, illustration, graphics, photos, video.
_MAKING = re.compile(
    r"^(?:trình bày(?: minh họa| minh hoạ)?|thiết kế|đồ họa|đồ hoạ|minh họa|minh hoạ|video|dựng|kỹ thuật)\s*:",
    re.I,
)
_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'’.\-]*$")


@attrs.frozen
class Credits:
    """What a page's credits say, and which of its lines they take up.

    ``lines`` are indices into the sequence given to :func:`read_credits`.
    """

    authors: tuple[str, ...] = ()
    outlet: str | None = None
    published: Published | None = None
    url: str | None = None
    lines: frozenset[int] = frozenset()


def normalize_outlet(name: str) -> str:
    """An outlet's name without its edition: ``Báo Lào Cai điện tử`` → ``Báo Lào Cai``."""
    return _EDITION.sub("", name.strip(" .,;")).strip()


def is_outlet_name(text: str) -> bool:
    """True when ``text`` names a news outlet (``Báo Lào Cai``, ``TTXVN``, ``baolaocai.vn``, ``Tiền Phong``)."""
    key = match_key(text).strip(" .,;")
    return (
        bool(_DOMAIN.match(text.strip()))
        or any(key == h or key.startswith(h + " ") for h in _OUTLET_HEADS)
        or key in _outlet_names()
    )


@cache
def _outlet_names() -> frozenset[str]:
    """Outlets credited by their name alone, no head noun before it (``Tiền Phong``, ``Dân trí``)."""
    return frozenset(match_key(name) for name in read_list("outlet_names.txt"))


def _is_domain(text: str) -> bool:
    return bool(_DOMAIN.match(text.strip()))


def _looks_like_name(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= 6 and all(_NAME_WORD.match(w) and w[0].isupper() for w in words)


def _is_position_line(line: str) -> bool:
    # A writer's positions follow their name: short, comma-separated, never a full sentence.
    return bool(line) and word_count(line) <= 40 and not line.rstrip().endswith((".", "!", "?", "…"))


class _Reader:
    def __init__(self) -> None:
        self.authors: list[str] = []
        self.outlet: str | None = None
        self.domain: str | None = None
        self.published: Published | None = None
        self.url: str | None = None
        self.used: set[int] = set()

    def author(self, name: str) -> None:
        name = name_case(name.strip(" .,;"))
        if name and name not in self.authors:
            self.authors.append(name)

    def source(self, rest: str) -> None:
        """``Nguồn: <writer> (<outlet>, <date>)``, ``Nguồn: <outlet>`` or ``Nguồn: <domain>``."""
        paren = re.match(r"^(?P<head>[^()]*)\((?P<inner>[^()]*)\)\s*\.?$", rest)
        if paren:
            head, inner = paren.group("head").strip(), paren.group("inner")
            stamp = find_published(inner)
            if stamp is not None and self.published is None:
                self.published = stamp[0]
            outlet = inner[: stamp[1]] if stamp is not None else inner
            outlet = normalize_outlet(outlet.split(",")[0])
            if outlet:
                self.outlet = self.outlet or outlet
            if head and is_outlet_name(head):
                self.outlet = self.outlet or normalize_outlet(head)
            elif head:
                self.author(head)
            return
        if _is_domain(rest):
            self.domain = self.domain or rest.strip().lower()
        elif (byline := read_byline(rest)) is not None and byline.outlet is not None:
            for name in byline.authors:  # "Nguồn: Minh Anh - Báo Nghệ An", "Nguồn: Hoài Thu/VOV"
                self.author(name)
            self.outlet = self.outlet or byline.outlet
        else:
            self.outlet = self.outlet or normalize_outlet(rest)

    def theo(self, rest: str, index: int, lines: Sequence[str]) -> None:
        """``Theo <outlet>`` or ``Theo <WRITER>`` followed by the writer's positions."""
        if _is_domain(rest):
            self.domain = self.domain or rest.strip().lower()
            return
        # "Theo RT", "Theo AFP": one word in capitals is an agency's acronym; a writer's name has two or more.
        if is_outlet_name(rest) or (" " not in rest.strip() and _ACRONYM.match(rest.strip())):
            self.outlet = self.outlet or normalize_outlet(rest)
            return
        self.author(rest)
        following = index + 1
        while following < len(lines) and _is_position_line(lines[following]):
            self.used.add(following)
            following += 1


# "(TTXVN/Vietnam+)", "(Theo VnExpress)", "(AFP)": the agency or outlet the text comes from, alone in brackets.
_AGENCY_MIN = 3
_DESK_WORDS = 3
_BRACKET_OUTLET = re.compile(r"^\((?:theo\s+)?(?P<inner>[^()]{2,40})\)\.?$", re.I)


def _bracketed_outlet(inner: str) -> str | None:
    """The first outlet named in brackets (``TTXVN/Vietnam+`` -> ``TTXVN``), if every part names one."""
    parts = [p.strip() for p in re.split(r"[/,]", inner) if p.strip()]
    if not parts or not (is_outlet_name(parts[0]) or (_ACRONYM.match(parts[0]) and len(parts[0]) >= _AGENCY_MIN)):
        return None  # "(TH)" is "tổng hợp", not an agency
    # after a slash, the agency's desk or the outlet's brand ("TTXVN/Vietnam+", "VOV/Tây Bắc")
    if not all(p[:1].isupper() and word_count(p) <= _DESK_WORDS for p in parts[1:]):
        return None
    return normalize_outlet(parts[0])


# "Nguồn:", "Theo:": a credit's label alone on its line, what it credits on the next one.
_BARE_SOURCE = re.compile(r"^\s*(?:nguồn(?: tin)?|theo)\s*:\s*$", re.I)
# ... which is short and no sentence: an outlet, a domain, a writer.
_CREDITED_WORDS = 10


def _credited_below(lines: Sequence[str], index: int) -> int | None:
    """The index of the line a bare credit label at ``index`` introduces, else ``None``."""
    below = next((i for i in range(index + 1, min(index + 3, len(lines))) if lines[i]), None)
    if below is None or word_count(lines[below]) > _CREDITED_WORDS or ends_sentence(lines[below].rstrip(".")):
        return None
    return below


def read_credits(lines: Sequence[str]) -> Credits:
    """Read the credits among ``lines`` (cleaned lines of the article's part of a page).

    Recognised lines, wherever they stand: ``Nguồn: ...`` (writer, outlet and
    date, or an outlet or domain alone), a short ``Theo ...`` line (an outlet,
    or a writer whose positions follow on the next lines), credits for the
    page's making (``Trình bày minh họa: ...`` - dropped, the names on the
    next line too when the credit line ends with a colon) and a bare URL (the
    article's address; the first one wins). A named outlet wins over a bare
    domain.
    """
    reader = _Reader()
    lines = list(lines)
    for index, line in enumerate(lines):
        if index in reader.used or not line:
            continue
        if _BARE_SOURCE.match(line) and (credited := _credited_below(lines, index)) is not None:
            # "Nguồn:" alone, the outlet on the next line (a label and its value in two elements)
            reader.used.add(index)
            label = line.strip().rstrip(":").strip()
            joiner = " " if match_key(label) == "theo" else ": "  # "Theo Báo X", "Nguồn: Báo X"
            lines[credited] = f"{label}{joiner}{lines[credited].strip()}"
            continue
        if is_url(line):
            reader.url = reader.url or line
            reader.used.add(index)
        elif match := _SOURCE.match(line):
            reader.source(match.group("rest").strip())
            reader.used.add(index)
        elif match := _SOURCE_LINK.match(line):
            host = match["host"].lower()
            reader.domain = reader.domain or (host[4:] if host.startswith("www.") else host)
            reader.used.add(index)
        elif (match := _THEO.match(line)) and word_count(line) <= 12 and not ends_sentence(line.rstrip(".")):
            rest = match.group("rest").strip(" .")
            if is_outlet_name(rest) or _is_domain(rest) or rest.isupper() or _looks_like_name(rest):
                reader.used.add(index)
                reader.theo(rest, index, lines)
            elif (byline := read_byline(rest)) is not None:  # "Theo Hoài Thu/VOV", "Theo X (Báo Y)"
                reader.used.add(index)
                for name in byline.authors:
                    reader.author(name)
                reader.outlet = reader.outlet or byline.outlet
            elif (agency := _bracketed_outlet(rest)) is not None:  # "Theo TTXVN/Vietnam+": the agency, its brand
                reader.used.add(index)
                reader.outlet = reader.outlet or agency
        elif (bracket := _BRACKET_OUTLET.match(line.strip())) and (outlet := _bracketed_outlet(bracket["inner"])):
            reader.outlet = reader.outlet or outlet  # "(TTXVN/Vietnam+)", "(Theo VnExpress)" closing the text
            reader.used.add(index)
        elif _MAKING.match(line) and word_count(line) <= 15:
            reader.used.add(index)
            if line.rstrip().endswith(":") and index + 1 < len(lines) and lines[index + 1]:
                reader.used.add(index + 1)
    return Credits(
        authors=tuple(reader.authors),
        outlet=reader.outlet or reader.domain,
        published=reader.published,
        url=reader.url,
        lines=frozenset(reader.used),
    )


# ---------------------------------------------------------------- lone bylines at the top or foot

# "Bài và ảnh: X", "Tác giả: X": a label from the data file, a colon, the names.
_LABEL_SPLIT = re.compile(r"^(?P<label>[^:]{1,25}?)\s*:\s*(?P<rest>.*)$")
# "Phóng viên Minh Anh", "PV Minh Anh": a reporter's role, then the name, with no colon between.
_ROLE = re.compile(r"^(?i:phóng viên|pv|biên tập viên|btv|cộng tác viên|ctv)\s+(?P<rest>[A-ZĐÀ-Ỹ].*)$")
# "Viết bởi Minh Anh", "Đăng bởi Minh Anh", "Bởi Minh Anh", "by Minh Anh": a CMS template's byline, no colon.
_POSTED_BY = re.compile(r"^(?i:viết bởi|đăng bởi|gửi bởi|bởi|posted by|written by|by)\s+(?P<rest>[A-ZĐÀ-Ỹ].*)$")
# "Bài THANH PHONG", "Bài và ảnh MINH ANH": a credit label (data list byline_words.txt) with no colon, the
# writer's name set in capitals after it; the capitals tell the name from the label's own words.
_LABEL_CAPS = re.compile(r"^(?P<label>[^\W\d_][^:]{0,20}?[^\W\d_])\s+(?P<rest>[A-ZĐÀ-Ỹ]{2,}(?:\s+[A-ZĐÀ-Ỹ]{2,}){1,3})$")
# "Tin Đinh Chung ảnh Gia Uyên": the writer's credit label, the name, the photographer's label and name, with no
# colons (set in bold, lost in the scrape); the second label and both names vouch for the credit.
_WRITER_THEN_PHOTOGRAPHER = re.compile(
    r"^(?P<label>(?i:tin|bài))\s+(?P<names>[^:]{3,60}?)\s+(?i:ảnh)\s+(?P<photo>[^:]{3,40})$"
)
# "Đàm Đệ Nhà báo": an author box printed as one line, the writer's name then their role; "Như Anh - CTV":
# the role after a dash, cut short.
_ROLE_AFTER = re.compile(
    r"^(?P<names>[A-ZĐÀ-Ỹ].*?)\s+(?:(?i:nhà báo|phóng viên|biên tập viên|cộng tác viên)|[-–]\s+(?i:ctv|pv|btv))$"
)
# "X (tổng hợp)", "X (theo Reuters)", "X (TH)": the writer, then how the text was gathered.
_GATHERED = re.compile(r"^(?P<names>[^()]+?)\s*\((?P<how>[^()]{1,60})\)\s*\.?$")
_THEO_IN = re.compile(r"^(?:theo|nguồn)\s*:?\s+(?P<outlet>.+)$", re.I)
# "Hoàng Chương (PV TTXVN tại Lào)": the writer is the outlet's reporter (correspondent) somewhere.
_REPORTER_OF = re.compile(
    r"^(?i:pv|ptv|phóng viên|phóng viên thường trú|cộng tác viên|ctv)\s+(?P<outlet>.+?)(?:\s+(?i:tại|ở)\s+.+)?$"
)
# "X (tổng hợp từ TTXVN)", "X (tổng hợp theo Reuters, AFP)": the writer compiled the text from these outlets.
_COMPILED_FROM = re.compile(r"^(?:tổng hợp|t/h|th)\s+(?:từ|theo)\s+(?P<outlet>.+)$", re.I)
# "Name / domain" and "Name - domain": the writer and the outlet's site.
# A site's name ends in its top-level domain, letters only: "P.TCCB-LĐ" (a unit cut short) is no site.
_SLASH_SITE = re.compile(r"^(?P<names>.+?)\s*[/|\-–]\s*(?P<site>[\w\-]+(?:\.[\w\-]+)*\.[A-Za-z]{2,6})\s*$")
# "Hoài Thu/VOV", "Minh Hà / TTXVN": the writer, then the outlet's name or acronym after a slash.
_SLASH_OUTLET = re.compile(r"^(?P<names>[^/]+?)\s*/\s*(?P<outlet>[^/]{2,40})$")
_ACRONYM = re.compile(r"^[A-ZĐ][A-ZĐ0-9.]{1,9}$")
# "Minh Anh - TTXVN", "Thu Hà – Báo Nhân Dân": the writer, then the outlet after a dash.
_DASH_OUTLET = re.compile(r"^(?P<names>[^-–]+?)\s+[-–]\s+(?P<outlet>[^-–]{2,40})$")
# An agency's regional desk after its acronym: "VOV-Tây Bắc", "TTXVN/Hà Nội".
_DESK = re.compile(r"^(?P<acronym>[A-ZĐ][A-ZĐ0-9.]{1,9})\s*[-–/]\s*[^\W\d][\w\s]{1,30}$")
# A hyphen glued to a line's first word: how a list typed by hand bullets its items ("-Thôn Khe Ngài").
_GLUED_HYPHEN = re.compile(r"^\s*-(?=[^\W\d_])")
# A whole line in markdown bold or italics: "**Minh Anh**", "*Minh Anh*", "_Minh Anh_".
_EMPHASIS = re.compile(r"(?P<mark>\*\*|__|\*|_)(?P<inner>[^*_]+)(?P=mark)")
# Initials standing for a writer: "MV", "T.H", "N.Q.A".
_INITIALS = re.compile(r"^[A-ZĐ](?:\.?\s?[A-ZĐ]){1,3}\.?$")
_SYLLABLE_MAX = 7
# A name closed by one full stop: "Xuân Hùng.", "NGỌC TUẤN."
_STOPPED_NAME = re.compile(r"^[^\W\d_][^.!?:;,()]*[^\W\d_]\.$")
# Initials with their dots, one letter each: "H.P", "N.Q.A." (an abbreviated place, "TP.HCM", has runs).
_DOTTED_INITIALS = re.compile(r"^[A-ZĐ](?:\.\s?[A-ZĐ]){1,3}\.?$")


# An acronym standing alone for a name of three words or more: "VKHP", "HNVTD".
_ACRONYM_SIGN = re.compile(r"^[A-ZĐ]{3,8}$")


def abbreviates_a_name(line: str, lines: Sequence[str]) -> bool:
    """True when ``line`` is an acronym (``VKHP``) spelling the first letters of a name written among ``lines``
    (``Hội LL Việt Kiều Hải Phòng``): the organization that signs its page, no writer's initials.

    A writer's initials (``MV``, ``N.Q.A``) stand for a person the page does not name.
    """
    acronym = line.strip()
    if not _ACRONYM_SIGN.match(acronym):
        return False
    for text in lines:
        if acronym[0] in text:
            # the first letters of each run of capitalised words ("Hội LL Việt Kiều Hải Phòng" -> "HLVKHP")
            initials = "".join(word[0] if word[:1].isupper() else " " for word in text.split())
            if acronym in initials:
                return True
    return False


def dotted_initials(text: str) -> bool:
    """True for a writer's initials written with dots (``H.P``, ``N.Q.A.``)."""
    return bool(_DOTTED_INITIALS.match(text))


# A menu line holds at least this many section names (and words).
_MENU_MIN_SECTIONS = 3
_MENU_MIN_WORDS = 4
# A family name cut short ("Ng.", "Tr.", "T.") glued or spaced to a given name of one or two syllables.
_ABBREVIATED = re.compile(
    r"^(?:[A-ZĐ][a-zđ]{0,2}\.\s?){1,2}(?P<given>[A-ZĐÀ-Ỹ][^\W\d_A-ZĐ]{1,6}(?:\s[A-ZĐÀ-Ỹ][^\W\d_A-ZĐ]{1,6})?)$"
)
# "Q. Ba Đình", "P. Bến Nghé", "X. Tân Lập": quận, phường, xã cut short, not a family name.
_UNIT_LETTERS = frozenset("QPX")
# "About Huế": the header of a WordPress theme's author box, naming the account that posted the article (the
# writer signs in the text); its English label is left untranslated by Vietnamese sites.
_AUTHOR_BOX = re.compile(r"^About\s+\w")
# "(Trí Dũng, Phòng Lễ tân, ngày 30-8-2006)": the writer, their office and the date, in brackets at the foot.
_BRACKETED = re.compile(r"^\((?P<inner>[^()]{3,120})\)\.?$")
# "Minh Anh | Báo Nghệ An": the writer, then the outlet after a bar.
_BAR_OUTLET = re.compile(r"^(?P<names>[^|]+?)\s*\|\s*(?P<outlet>[^|]{2,40})$")
# "Kim Liên - Sở Ngoại vụ", "Thu Huyền, Uỷ ban QGVSTBCPN": the writers, then the office they write for (an
# organization's head noun) after a spaced dash or a comma; both sides may hold dashes ("Thu Hà - Minh Anh -
# Phòng Văn hóa - Thông tin").
_DASH = re.compile(r"\s[-–]\s|,\s")
# An office cut short after its head noun's letter: "P.TCCB-LĐ", "P. CTSV" (phòng), "VP.UBND" (văn phòng).
_SHORT_OFFICE = re.compile(r"^(?:P|VP|TT|B)\.\s?[A-ZĐ][A-ZĐ\-]{1,12}$")


# The joiner between a credit label's words, however it is typed: "Bài, ảnh", "Bài,ảnh", "Bài & ảnh", "Tin/ảnh".
_LABEL_JOINER = re.compile(r"\s*(?:[,&/+\-–]|(?<!\w)và(?!\w))\s*")


def _label_key(label: str) -> str:
    """A credit label's key, its words joined one way: ``Bài & ảnh`` and ``Bài,ảnh`` read as ``bài và ảnh``."""
    return _LABEL_JOINER.sub(" và ", match_key(label).strip())


@cache
def _labels() -> frozenset[str]:
    return frozenset(_label_key(label) for label in read_list("byline_words.txt"))


@cache
def _offices() -> frozenset[str]:
    return frozenset(read_list("byline_offices.txt"))


@cache
def _groups() -> frozenset[str]:
    return frozenset(read_list("byline_groups.txt"))


@cache
def _function_words() -> frozenset[str]:
    return frozenset(read_list("function_words.txt"))


@cache
def _sections() -> frozenset[str]:
    return frozenset(read_list("section_names.txt"))


@cache
def _longest_section() -> int:
    """How many words the longest section name has (a menu is cut into names up to this long)."""
    return max(len(name.split()) for name in _sections())


def is_bare_label(line: str) -> bool:
    """True for a byline label with no name after it (``Tác giả``, ``Phóng viên:``): the site's template."""
    if len(line) > 30:
        return False
    key = _label_key(line.rstrip().rstrip(" :"))
    return key in _labels() and (line.rstrip().endswith(":") or key not in _groups())  # "Nhóm phóng viên" signs


def is_section_name(line: str) -> bool:
    """True for the name of a news section printed as a label (``Thời Sự``, ``Thế giới``)."""
    return match_key(line).strip(" :.>»/|") in _sections()


def is_section_menu(line: str) -> bool:
    """True for a menu scraped as one line: section names one after another, nothing else
    (``Thời sự Chính trị Kinh tế Xã hội``)."""
    words = match_key(line).replace("|", " ").split()
    if len(words) < _MENU_MIN_WORDS:
        return False
    longest = _longest_section()
    # Cut the words into section names, the longest name first at each step.
    at = count = 0
    while at < len(words):
        for size in range(min(longest, len(words) - at), 0, -1):
            if " ".join(words[at : at + size]) in _sections():
                at, count = at + size, count + 1
                break
        else:
            return False
    return count >= _MENU_MIN_SECTIONS


def person_name(text: str) -> str | None:
    """``text`` name-cased when it is shaped like a Vietnamese writer's name, else ``None``.

    A name is 2 to 4 syllables, each capitalised (or the whole name in capitals), letters
    only; a province, a country or a section label is not a name.
    """
    words = text.split()
    if not 2 <= len(words) <= 4:
        return None
    caps = text.isupper()
    for word in words:
        if not word.isalpha() or len(word) > _SYLLABLE_MAX:
            return None
        if not caps and not (word[0].isupper() and (len(word) == 1 or word[1:].islower())):
            return None
    if is_section_name(text) or _is_place(text) or is_outlet_name(text) or is_stamp_label(text):
        return None  # a weekday over the stamp ("Thứ Hai") is no writer
    if any(match_key(word) in _function_words() for word in words):
        return None
    if match_key(words[0]) in _unit_words() or match_key(" ".join(words[:2])) in _unit_words():
        return None  # "Tỉnh Aveyron", "Thành phố Huế": a unit's level word opens a place's name, never a writer's
    # A pen name is two syllables ("Lệ An"); a longer name opens with a family name ("Nguyễn Thu Hà"),
    # which tells it from a slogan in capitals ("ĐỒNG HÀNH CÙNG BẠN").
    if len(words) >= 3 and name_case(words[0]) not in surnames():
        return None
    # "Ông Nguyễn Văn A": a form of address before a full name is how the text names someone, not a signature
    # ("Ông" is a family name too, but never before another one).
    if len(words) >= 3 and match_key(words[0]) in _honorifics() and name_case(words[1]) in surnames():
        return None
    return name_case(text)


@cache
def _unit_words() -> frozenset[str]:
    return frozenset(match_key(word) for word in read_list("byline_unit_words.txt"))


@cache
def _honorifics() -> frozenset[str]:
    return frozenset(match_key(word) for word in read_list("honorifics.txt"))


def _is_place(text: str) -> bool:
    # A country, a region ("Tây Nguyên"), a Vietnamese unit or a Lao or Khmer place ("Hủa Phăn", spelt syllable
    # by syllable from its language) is never a writer; a Chinese province or district ("Thanh Hải", "Văn Sơn")
    # shares its Sino-Vietnamese name with pen names too often to rule one out.
    place = places().lookup(text)
    return place is not None and (place.country in _NO_PEN_NAME_COUNTRIES or place.level in ("country", "region"))


# Countries whose places are never a Vietnamese pen name: Việt Nam's own, and the transliterated Lao and Khmer ones.
_NO_PEN_NAME_COUNTRIES = frozenset({"VN", "LA", "KH"})


def _abbreviated(part: str) -> str | None:
    """``Ng.Quang``, ``T. Minh``: a family name cut to its first letters and a dot, then the given name."""
    if part.isupper():  # "Đ.BÌNH": the given name in capitals
        part = re.sub(r"[^\W\d_]{2,}", lambda m: m.group().capitalize(), part)
    match = _ABBREVIATED.match(part)
    # "P. Bến Nghé" is a ward, "Ph. Nga" a writer (Phạm, Phan): a unit is cut to one letter
    if match is None or (part[0] in _UNIT_LETTERS and part[1] == ".") or is_outlet_name(part):  # "VOV.VN": a site
        return None
    given = match["given"]
    # "H.Nam Đàn", "T.Thanh Hóa": a unit cut short before its place; a country is never written so, and its
    # name is a given name too ("T.Anh", "V.Nga", "H.Mỹ")
    if _is_unit_place(given) or places().district(given) is not None or match_key(given) in _function_words():
        return None
    return part


def _is_unit_place(text: str) -> bool:
    """A place :func:`_is_place` rules out as a writer, a country aside."""
    place = places().lookup(text)
    return _is_place(text) and place is not None and place.level != "country"


@cache
def _not_names() -> frozenset[str]:
    return frozenset(read_list("byline_not_names.txt"))


def given_name(text: str) -> str | None:
    """``Hùng``, ``HẢI``: a writer signing with one syllable, name-cased; ``None`` for any other word.

    Only the caller knows whether the line stands where a byline does (alone, right under the
    article's last paragraph): a single word is a name there and nowhere else.
    """
    word = text.strip()
    if not 2 <= len(word) <= _SYLLABLE_MAX or not word.isalpha():
        return None
    if not (word.isupper() or (word[0].isupper() and word[1:].islower())):
        return None
    key = match_key(word)
    if key in _function_words() or key in _not_names() or key in _labels() or key in _groups():
        return None
    if is_section_name(word) or _is_place(word) or is_outlet_name(word):
        return None
    share, read = syllable_share(word)  # a word with a Vietnamese letter must be a Vietnamese syllable
    return name_case(word) if not read or share == 1 else None


def _names(text: str, *, initials: bool, given: bool = False) -> list[str] | None:
    parts = [p.strip(" .") for p in re.split(r"\s*(?:,|;|\s[-–]\s|\svà\s|&)\s*", text) if p.strip(" .")]
    if not parts:
        return None
    # "THU HÀ-MINH ANH": two names joined by a dash with no space, each of two syllables or more
    # (a hyphen inside one name joins single syllables: "Khăm-bảy").
    parts = [
        piece.strip()
        for part in parts
        for piece in (part.split("-") if all(len(p.split()) >= 2 for p in part.split("-")) and "-" in part else [part])
    ]
    out = []
    for part in parts:
        if initials and _INITIALS.match(part) and not is_outlet_name(part):
            out.append(part)
        elif initials and (short := _abbreviated(part)) is not None:
            out.append(short)
        elif (name := person_name(part) or (given_name(part) if given else None)) is not None:
            out.append(name)
        else:
            return None
    return out


@attrs.frozen
class Byline:
    """A byline line read: the writers it names and the outlet it credits, if any."""

    authors: tuple[str, ...]
    outlet: str | None = None


def _names_outlet(text: str) -> str | None:
    """The outlet ``text`` names after a writer (``TTXVN``, ``Báo Nhân Dân``, ``VOV-Tây Bắc``), else ``None``."""
    text = text.strip()
    if match_key(text) in _groups():  # "Nhóm PV" is a team, not an outlet
        return None
    if is_outlet_name(text) or _ACRONYM.match(text):
        return normalize_outlet(text)
    if desk := _DESK.match(text):
        return normalize_outlet(desk["acronym"])
    return None


def read_byline(line: str, *, initials: bool = False, given: bool = False) -> Byline | None:
    """Read ``line`` as a byline, or ``None`` when it is not one.

    Shapes: a lone name (``Lệ An``, ``QUỐC THÔNG``), several (``X - Y``, ``X và Y``), a
    labelled credit (``Bài và ảnh: X``, ``Tác giả: X``), a team (``Nhóm phóng viên``),
    ``X (tổng hợp)``, ``X (theo Reuters)``, ``NAME |``, ``Name / domain``. Initials
    (``MV``, ``T.H``) count only when ``initials`` is set: the caller knows the line stands
    where a byline does. A given name alone (``Hùng``) counts only when ``given`` is set too
    (see :func:`given_name`).
    """
    if emphasised := _EMPHASIS.fullmatch(line.strip()):  # "**Minh Anh**", "_Minh Anh_": the scrape's bold or italics
        line = emphasised["inner"]
    if initials and (bracketed := _BRACKETED.match(line.strip())):
        return _bracketed(bracketed["inner"])
    if initials and _STOPPED_NAME.match(line.strip()) and person_name(line.strip()[:-1]) is not None:
        line = line.strip()[:-1]  # "Xuân Hùng.": a lone name where a byline stands, its full stop typed on
    if line.rstrip().endswith((".", "!", "?", ":")) and not _INITIALS.match(line.strip()):
        return None  # a byline is not a sentence
    if _GLUED_HYPHEN.match(line):
        return None  # "-Anh Tuan": an item of a list typed with hyphens, its bullet glued to its first word
    text = line.strip().strip("|").strip(" -–—")
    if not text or word_count(text) > 12:
        return None
    # "Tác giả: X" is a CMS label line too: the label's names are read before the site's lines are ruled out.
    if (labelled := _LABEL_SPLIT.match(text)) and _label_key(labelled["label"]) in _labels():
        return _labelled(labelled["rest"])
    if is_stray(text) or is_related_marker(text) or _THEO_IN.match(text) or _AUTHOR_BOX.match(text):
        return None
    key = match_key(text)
    if key in _groups():
        return Byline((text,))
    if (team := _team_of_outlet(text)) is not None:
        return team
    if (posted := _POSTED_BY.match(text)) and (names := _names(posted["rest"], initials=False)):
        return Byline(tuple(names))  # "Viết bởi Minh Anh": the template's label, then the name
    if (role := _ROLE.match(text)) and (names := _names(role["rest"], initials=False)):
        return Byline(tuple(names))  # "Phóng viên Minh Anh": the role before the name, no colon
    # (a headline set all in capitals, "TIN VUI ...", shows no such change of case)
    credit = _LABEL_CAPS.match(text)
    if (
        credit
        and not credit["label"].isupper()
        and _label_key(credit["label"]) in _labels()
        and (names := _names(credit["rest"], initials=False))
    ):
        return Byline(tuple(names))  # "Bài THANH PHONG": a credit label, no colon, the name set in capitals
    if (
        (both := _WRITER_THEN_PHOTOGRAPHER.match(text))
        and _label_key(both["label"]) in _labels()
        and (names := _names(both["names"], initials=False))
        and _names(both["photo"], initials=False)
    ):
        return Byline(tuple(names))  # "Tin Đinh Chung ảnh Gia Uyên": the writer's and the photographer's labels
    if role and (byline := read_byline(role["rest"])) and byline.authors:
        return byline  # "CTV Quế Ánh/VOV.VN", "PV Minh Anh (TTXVN)": the role before a byline of another shape
    if initials and (signed := _titled_signature(text)) is not None:
        return signed  # "ThS. Nguyễn Thị Bình", "Trung tá NGUYỄN VĂN HÙNG": a degree or rank, then the full name
    if (role := _ROLE_AFTER.match(text)) and (names := _names(role["names"], initials=False)):
        return Byline(tuple(names))  # "Minh Anh Nhà báo": an author box, the name over the role
    outlet = None
    if gathered := _GATHERED.match(text):
        text, how = gathered["names"], gathered["how"]
        if theo := _THEO_IN.match(how) or _COMPILED_FROM.match(how):
            outlet = normalize_outlet(re.split(r"[,;]", theo["outlet"])[0])
        elif is_outlet_name(how):
            outlet = normalize_outlet(how)  # "Minh Anh (TTXVN)": the agency in brackets ("(TH)" is "tổng hợp")
        elif (reporter := _REPORTER_OF.match(how)) and (agency := _names_outlet(reporter["outlet"])):
            outlet = agency  # "Hoàng Chương (PV TTXVN tại Lào)": the agency's correspondent
        elif word_count(how) > 3 and not _is_office(how):  # "X (Phòng Văn hóa huyện)": the office they write for
            return None
        elif (pen := _pen_name_of_province(text, how)) is not None:
            return Byline((pen,))  # "Hương Thủy (Quảng Ninh)": a pen name a town shares, the writer's province after
    if outlet is None:
        # "Thu Hà/VOV (tổng hợp)", "M.K./VOV.VN (biên dịch)": how the text was gathered may follow the outlet too
        text, outlet = _writers_and_outlet(text)
    names = _names(text, initials=initials, given=given)
    if not names and outlet and match_key(text.strip()) in _groups():
        return Byline((text.strip(),), outlet)  # "Nhóm PV/VOV1": the outlet's team
    return Byline(tuple(names), outlet) if names else None


def _writers_and_outlet(text: str) -> tuple[str, str | None]:
    """The writers' part of ``text`` and the outlet or site named after it (``Minh Anh/TTXVN``, ``X - vov.vn``,
    ``Minh Anh | Báo Nghệ An``), or the writers before the office they sign for (``Kim Liên - Sở Ngoại vụ``)."""
    if site := _SLASH_SITE.match(text):
        return site["names"], site["site"].lower()
    for shape in (_SLASH_OUTLET, _BAR_OUTLET, _DASH_OUTLET):
        if (match := shape.match(text)) and (outlet := _names_outlet(match["outlet"])):
            return match["names"], outlet
    names_only = _before_office(text)
    return (names_only, None) if names_only is not None else (text, None)


@cache
def _signature_titles() -> re.Pattern[str]:
    words = sorted(read_list("byline_titles.txt"), key=len, reverse=True)
    return re.compile(r"^(?:" + "|".join(map(re.escape, words)) + r")\.?\s+(?=\S)")


def _titled_signature(text: str) -> Byline | None:
    """The writer of a signature that puts a degree or a rank before a full name (``ThS. Nguyễn Thị Bình``,
    ``Đại tá NGUYỄN VĂN HÙNG - Bộ CHQS tỉnh``), else ``None``. A pen name is never titled: the name after
    the title opens with a family name and has three syllables or more."""
    title = _signature_titles().match(match_key(text))
    if title is None:
        return None
    rest = text[title.end() :]
    byline = read_byline(rest)
    if byline is None or not byline.authors:
        return None
    if not all(len(name.split()) >= 3 and name.split()[0] in surnames() for name in byline.authors):
        return None
    return byline


def _before_office(text: str) -> str | None:
    """The writers before the office they sign for (``Kim Liên - Sở Ngoại vụ``, ``Thu Huyền, Uỷ ban X``), else
    ``None``."""
    for dash in _DASH.finditer(text):
        office = text[dash.end() :].strip()
        # "Minh Thu - Trường Hải": a second writer whose name opens with a head noun's syllable
        if (_is_office(office) or _SHORT_OFFICE.match(office)) and person_name(office) is None:
            return text[: dash.start()]
    return None


def _pen_name_of_province(text: str, how: str) -> str | None:
    """``text`` name-cased when it is a two-syllable name a Vietnamese town or district shares (``Hương Thủy``,
    ``Bình Minh``) and ``how`` names another province, the one the writer reports from ("Bình Minh (Vĩnh Long)"
    is the town in its province, how places are written)."""
    words = text.split()
    if len(words) != 2 or not all(w.isalpha() and (w.isupper() or w.istitle()) for w in words):
        return None
    place, province = places().lookup(text), places().lookup(how)
    if place is None or place.country != "VN" or place.level in ("province", "country"):
        return None
    if province is None or province.level != "province" or province.country != "VN":
        return None
    # every district of the name lies in another province ("Hoàng Mai": a ward of Hà Nội, a town of Nghệ An)
    homes = {match_key(d.current or "") for d in places().districts.get(place_key(text), [])} | {
        match_key(place.current or "")
    }
    # the province as written and the one it is part of since 2025 ("Gò Công (Tiền Giang)": Đồng Tháp today)
    written = {match_key(province.name), match_key(province.current or province.name)}
    return name_case(text) if not written & homes else None


def _team_of_outlet(text: str) -> Byline | None:
    """``Nhóm PV Báo Lào Cai``, ``PV Báo Thanh Hóa``: the outlet's reporters, then the outlet's name."""
    words = text.split()
    for size in range(min(_TEAM_MAX_WORDS, len(words) - 1), 0, -1):  # "PV Báo Thanh Hóa", "Nhóm PV Báo Lào Cai"
        if match_key(" ".join(words[:size])) in _groups() and is_outlet_name(rest := " ".join(words[size:])):
            return Byline((" ".join(words[:size]),), normalize_outlet(rest))
    return None


_TEAM_MAX_WORDS = 3


# "Bài: X; Ảnh: Y", "Bài: X - Ảnh: Y": the writer's credit, then the photographer's after a separator.
# ("Tác giả: X | Nguồn tin: Y": a CMS's credit row, the source after the writer, is cut off the same way)
_PHOTO_CREDIT = re.compile(
    r"\s*(?:[;,|]|\s[-–]|\.)\s*(?:ảnh|hình ảnh|ảnh và video|video|đồ họa|trình bày|nguồn(?: tin)?)\s*:.*$", re.I
)


def is_labelled_byline(line: str) -> bool:
    """True for a labelled credit naming writers (``Tác giả: Minh Anh``): a byline, not the CMS's label line."""
    labelled = _LABEL_SPLIT.match(line.strip())
    return (
        labelled is not None
        and _label_key(labelled["label"]) in _labels()
        and word_count(line) <= 12
        and _labelled(labelled["rest"]) is not None
    )


def _labelled(rest: str) -> Byline | None:
    """The writers named after a byline label, a photographer's credit after them left out."""
    rest = _PHOTO_CREDIT.sub("", rest)
    if match_key(rest.strip()) in _groups():
        return Byline((rest.strip(),))  # "Bài, ảnh: Nhóm PV"
    names = _names(rest, initials=True)
    if names:
        return Byline(tuple(names))
    # "Bài và ảnh: Đức Anh (Sở Ngoại vụ)", "Tin: Thu Hà - VP UBND tỉnh", "Bài, ảnh: Hồng Nhung/Báo Lào Cai":
    # a writer's byline in any shape after the label
    byline = read_byline(rest, initials=True)
    if byline and byline.authors:
        return byline
    # "Tác giả: Yamakami Tatsuya – Ủy viên quản trị quỹ IMAYA": the writer's post after a dash; the label and the
    # post vouch for the name, which may be a foreign one in Latin letters (longer than a Vietnamese syllable).
    if (posted := _NAME_THEN_POST.match(rest.strip())) is None or not is_affiliation(posted["post"]):
        return None
    name = posted["name"].strip()
    names = _names(name, initials=True) or ([name] if _LABELLED_FOREIGN_NAME.match(name) else None)
    return Byline(tuple(names)) if names else None


# The writer's name, a dash, their post: "Nguyễn Văn An - Phó Chủ tịch Hội".
_NAME_THEN_POST = re.compile(r"^(?P<name>[^-–—]{3,40}?)\s+[-–—]\s+(?P<post>[^-–—]+)$")
# A name in Latin letters of two or three capitalised words under a writer's label, a post after it.
_LABELLED_FOREIGN_NAME = re.compile(r"^[A-Z][a-z]{1,11}(?:\s+[A-Z][a-z]{1,11}){1,2}$")
# A writer's post or institute under their name is short.
_AFFILIATION_WORDS = 15


def is_affiliation(line: str) -> bool:
    """True for the line under a signed name that gives the writer's post or institute (``Viện Nghiên cứu
    Đông Nam Á``, ``Viện trưởng Viện ...``): short, no sentence, opening with an office's head noun or a title."""
    text = line.strip()
    if not text or word_count(text) > _AFFILIATION_WORDS or ends_sentence(text) or shows_act(text):
        return False  # "Chủ tịch UBND tỉnh phát biểu tại hội nghị": a photo's caption, not a post
    return _is_office(text) or opens_with_agent(text)


def _is_office(text: str) -> bool:
    """True for an organization's name after a writer: it opens with a head noun (``Sở``, ``Phòng``, ``Ban``)."""
    from dnnd.gazetteer import org_heads

    words = text.split()
    if not 2 <= len(words) <= 8 or ends_sentence(text):
        return False
    heads = org_heads().keys() | _offices()
    return any(" ".join(words[:n]) in heads for n in (1, 2, 3))


def _bracketed(inner: str) -> Byline | None:
    """``Trí Dũng, Phòng Lễ tân, ngày 30-8-2006``: names first, then the office and the date, each short;
    or the writers' names alone (``(Thanh Vân)``, as TV stations sign a report), never initials ("(TH)")."""
    parts = [p.strip() for p in inner.split(",") if p.strip()]
    if len(parts) < 2:
        alone = _names(inner, initials=False)
        return Byline(tuple(alone)) if alone else None
    names = _names(parts[0], initials=True)
    if not names:
        return None
    for part in parts[1:]:
        if word_count(part) > 6 or not (_is_office(part) or find_published(part) is not None):
            return None
    return Byline(tuple(names))
