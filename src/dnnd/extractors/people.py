"""People and their positions, in the forms Vietnamese news writes them.

* name then positions: ``đồng chí Dương Đức Huy - Ủy viên Ban thường vụ, Trưởng Ban
  Tuyên giáo và Dân vận Tỉnh ủy``; ``Đồng Huy Cương, Ủy viên Đảng đoàn, Phó Chủ
  tịch Liên hiệp các tổ chức hữu nghị Việt Nam``;
* positions then name: ``Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lai Châu Trần Tiến
  Dũng``, ``Tổng Bí thư Tô Lâm``;
* a role taken: ``... tái đắc cử Chủ tịch Liên hiệp ... khóa III`` (the position
  without the term), ``bầu đồng chí X ... giữ chức chủ tịch`` (the position spelled
  out with the organization the article means), ``làm Trưởng đoàn``.

A name is 2-4 capitalised syllables starting with a Vietnamese surname, or any
2-4 capitalised words after an honorific (``ông``, ``chị``, ``PGS.TS``) or a
title (foreign names: ``Tổng thống Vladimir Putin``). An honorific with one
syllable (``chị Vân``, ``ông Minh``) refers back to a person already named.
A position is a title (``Phó Chủ tịch``), an internal organ (``Ban Thường vụ``)
and the organization mention that follows it, kept verbatim; positions are split
at commas and semicolons and deduplicated per person, case-insensitively.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from functools import cache

import attrs

from dnnd.gazetteer import (
    LOWER,
    UPPER,
    honorifics,
    old_tone_placement,
    org_heads,
    org_latin,
    org_organs,
    org_stop_words,
    places,
    read_list,
    read_tsv,
    state_fields,
    surnames,
    titles,
    trie_regex,
)
from dnnd.legacy_vietnamese import is_syllable
from dnnd.model import Mention, Organization, Person, Span
from dnnd.plugin import Extraction, ExtractionContext
from dnnd.text.normalize import match_key
from dnnd.text.patterns import scanner
from dnnd.text.words import WordIndex

__all__ = ["EXTRACTORS", "PeopleExtractor", "find_people"]

# "H'Yim", "H’Hen": Ê Đê and Jrai given names join a prefix and a syllable with an apostrophe
_WORD = rf"[{UPPER}][{LOWER}]*(?:['’][{UPPER}][{LOWER}]+)?(?:-[{UPPER}{LOWER}][{LOWER}]*)*(?![\w])"
# An honour written right after a name ends it: "trao tặng ông Nguyễn Văn An Huân chương Hữu nghị".
_HONOUR_AFTER = re.compile(r" (?:Huân chương|Huy chương|Bằng khen|Giấy khen|Kỷ niệm chương|Cờ thi đua|Danh hiệu)(?!\w)")
# (a ministry's party board, the state body's counterpart of a mass organisation's "Đảng đoàn": "Ủy viên Ban Cán
# sự Đảng")
# (the standing board of a front's or a union's presidium: "Ủy viên Ban Thường vụ Đoàn Chủ tịch Ủy ban Trung ương
# MTTQ Việt Nam", as the charters of the Front and of VUFO name their organs)
_ORGAN = re.compile(
    r" ?(?:[Bb]an [Tt]hường vụ|[Bb]an [Cc]hấp hành|Đảng đoàn|[Tt]hường trực|[Bb]an [Kk]iểm tra"
    r"|[Bb]an [Cc]án sự(?: [Đđ]ảng)?)(?: Đoàn [Cc]hủ tịch)?(?![\w])"
)


@cache
def _role_verbs() -> dict[str, str]:
    """The verbs joining a name to an office (``role_verbs.tsv``): phrase -> ``elected``, ``held`` or ``link``."""
    return {row[0]: row[1] for row in read_tsv("role_verbs.tsv") if row[1] in ("elected", "held", "link")}


@cache
def _role_verb_re(agent: bool = False) -> re.Pattern[str]:
    """A role verb (``role_verbs.tsv``); with ``agent``, the passive ones without their "được", as written
    after the body that acts ("được Đại hội | tín nhiệm bầu làm")."""
    rows = read_tsv("role_verbs.tsv")
    nouns = [row[0] for row in rows if row[1] == "noun"]
    verbs = [v[len("được ") :] for v in _role_verbs() if v.startswith("được ")] if agent else list(_role_verbs())
    # (an aspect adverb before the phrase is no part of the verb: "tiếp tục được tín nhiệm cử giữ chức")
    aspect = "" if agent else rf"(?:(?:{trie_regex(row[0] for row in rows if row[1] == 'aspect')}) )?"
    return re.compile(rf"{aspect}(?P<verb>{trie_regex(verbs)})(?: (?:vào )?(?:{trie_regex(nouns)}))? ")


@cache
def _chain_verbs() -> frozenset[str]:
    """Verbs after a comma in a chain of offices that the office follows directly (", làm Trưởng đoàn")."""
    return frozenset(
        v
        for v, kind in _role_verbs().items()
        if (kind in ("held", "link") and not v.endswith((" là", "chức vụ"))) or v == "giữ chức"
    )


def _is_elected(verb: str) -> bool:
    return _role_verbs().get(verb) == "elected"


_ABBR = re.compile(rf" ?\([{UPPER}][{UPPER}0-9&]{{1,9}}\)")
# "Tỉnh trưởng tỉnh Hủa Phăn", "Thống đốc bang California": a level word before the place served
_LEVEL_BEFORE_PLACE = re.compile(r" (?:tỉnh|thành phố|TP\.?|huyện|bang|quận|vùng|khu vực|nước|thủ đô) ")
# "... tại Việt Nam", "... tại TP. Hồ Chí Minh": where a diplomat serves, with its level word at times
# "... tại VN": the press's abbreviation of Việt Nam as the post of a foreign diplomat (no place mention of its own)
_AT_VN = re.compile(r" tại VN(?![\w.])")
_AT_PLACE = re.compile(r" tại (?:(?:thành phố|Thành phố|TP\.?|Tp\.?|thủ đô|Thủ đô|tỉnh|bang|khu vực) )?")
# "... nước CHDCND Lào", "... của Cộng hòa Bồ Đào Nha": the country a body or an envoy belongs to
_OF_COUNTRY = re.compile(r" (?:của (?:nước )?|nước )")
_HYPHENATED_UNIT = re.compile(rf"[{UPPER}][{LOWER}]*(?:-[{LOWER}]+)+(?![\w-])")
# the term an office is held for, as written after it: "khóa II", "nhiệm kỳ 2011-2019", "nhiệm kỳ VI"
_TERM = re.compile(r" (?:kh(?:óa|oá)|nhiệm k[ỳì]) (?:\d{4} ?[-–] ?\d{4}|[IVXL]+|\d+)(?![\w])")
# the numbered committee an office sits in ("Ủy viên BCH VFF khóa VIII"), unlike a span of years: kept in a roll
_COMMITTEE_TERM = re.compile(r" kh(?:óa|oá) (?:[IVXL]+|\d+)(?![\w])")
# (or two capitals split by a full stop, as some papers write "Trung ương": "Ủy viên BCH T.Ư Đảng")
# (two acronyms joined by a hyphen are one body's: "ĐHQG-HCM", "GD-ĐT")
_ACRONYM = re.compile(
    rf" [{UPPER}](?:[{UPPER}0-9&]{{1,7}}(?:-[{UPPER}][{UPPER}0-9&]{{1,7}})?(?![\w])|\.[{UPPER}](?![\w.]))"
)
# a board's name after "Trưởng ban": a capitalised word and a lower-case one ("Kiểm tra", "Tuyên giáo"), the
# whole name when no capitalised word goes on ("Ban Tổ chức Lễ hội": a longer name, read further on)
_BOARD_NAME = re.compile(rf" [{UPPER}][{LOWER}]+(?: [{LOWER}]+)?(?![\w])(?! [{UPPER}][{LOWER}])")
# the same after "Trưởng phòng", "Trưởng khoa" (a unit of an office or a school: "Trưởng phòng Đào tạo"), and the
# whole name when it closes the clause ("Trưởng phòng Hợp tác quốc tế.")
_UNIT_NAME_TO_BREAK = re.compile(rf" [{UPPER}][{LOWER}]+(?: [{LOWER}]+){{0,3}}(?=[,;.)\n]|$)")
_UNIT_HEAD_ENDINGS = (" ban", " phòng", " khoa", " bộ phận")
_WORD_AFTER = re.compile(rf" [{UPPER}][{LOWER}]+(?![\w])(?! [{UPPER}][{LOWER}])")  # ("Chánh Văn phòng Sở cho biết")
_WORD_THEN_BREAK = re.compile(rf" [{UPPER}][{LOWER}]+(?=[,;.)]|$)")
_ENDS_IN_LEVEL = re.compile(r" (?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)$")
# (or by its acronym: "Liên hiệp các tổ chức hữu nghị tỉnh BRVT")
_UNIT_AFTER_LEVEL = re.compile(
    rf" (?:([{UPPER}][{LOWER}]*)(?: [{UPPER}][{LOWER}]*){{0,3}}|[{UPPER}]{{2,6}}(?:-[{UPPER}]{{1,4}})?)"
    rf"(?=[,;.)]| [{LOWER}]|$)"
)
_PAIR_DASH = re.compile(r" ?[-–] ?")
# a committee named by two fields joined by a dash, the body's mention cut at the dash: "Ban Văn hóa – Xã hội",
# "Ban Kinh tế - Ngân sách" (the committees of a People's Council), "Ban Tuyên giáo – Dân vận"
_COMMITTEE = re.compile(r"(?:Ban|Ủy ban|Uỷ ban) [^\W\d_]")
_SECOND_FIELD = re.compile(rf" ?[-–] ?[{UPPER}][{LOWER}]+(?: [{LOWER}]+)?(?![\w])")
_PUNCT = re.compile(r"[,.;:!?()\n“”\"]")
_LOWER_GAP = re.compile(rf"(?: [{LOWER}]+)+ ")
_FIELD_GAP = re.compile(rf" [{UPPER}][{LOWER}]+(?: [{LOWER}]+){{0,2}} ")  # "Giám đốc Phúc lợi của LDSC"
_INITIALS = re.compile(
    r"(?<![\w])(?P<h>[ôÔ]ng|[bB]à|[aA]nh|[cC]hị|[eE]m|[cC]háu|[cC]ô|[cC]hú|[cC]ụ) "
    r"(?P<name>(?:[A-ZĐ]\.){1,4}[A-ZĐ]?|[A-ZĐ](?=[,;)]))(?![\w])"
)
_INITIALS = scanner(_INITIALS)  # the same matches, found faster (see scanner)
_LOWER_WORDS = re.compile(rf"(?<![\w])[{LOWER}]+(?: [{LOWER}]+)?")


# words that end an organization's name but join a holder's offices ("Phó Chủ tịch kiêm Tổng Thư ký Hội X")
_OFFICE_JOINERS = frozenset({"kiêm"})


@cache
def _title_body_stops() -> frozenset[str]:
    return org_stop_words() - _OFFICE_JOINERS


def _acts_between(text: str, start: int, stop: int) -> bool:
    """True when a verb or function word (``org_stop_words.txt``) stands between a title and a body; "kiêm",
    which joins two offices of one holder, does not part them."""
    stops = _title_body_stops()
    for m in _LOWER_WORDS.finditer(text, start, stop):
        words = m.group(0).split(" ")
        if any(w in stops for w in words) or m.group(0) in stops:
            return True
    return False


_AGE = re.compile(r",? \(?\d{1,3} tuổi\)?(?=,)")
_OPEN_PAREN = re.compile(r" ?\(")
_PAREN = re.compile(r"\s*\([^()]{1,20}\)")
# the name spelt again in brackets, syllable by syllable: "Kikeo Khaykhamphithoun (Ki-kẹo Khảy-khăm-phị-thun), Bí thư"
_OTHER_SPELLING = re.compile(
    rf"\s*\([{UPPER}][{LOWER}]*(?:-[{LOWER}]+)*(?: [{UPPER}][{LOWER}]*(?:-[{LOWER}]+)*){{0,5}}\)"
)
# (a scrape may lose the space after the dash: "bà YOUN MEE HYANG -Nghị sĩ Quốc hội Hàn Quốc")
# (a table row joins its cells by " | ": "1 | Nguyễn Văn A | Chủ tịch Hội")
# (a dash after a line break opens the next line of a roll, "- Phó Chủ tịch: B", none of this name's offices)
# (and before a former or acting office in lower case: "Trần Liễm-nguyên Chủ tịch Hội Nhà báo tỉnh")
_SEP_FIRST = re.compile(
    rf"(?:\s*,\s*|[^\S\n]+[-–]\s+|[^\S\n]*[-–]\s+|[^\S\n]*[-–](?=[{UPPER}]|(?:nguyên|cựu|quyền) [{UPPER}])|:\s*| \| )"
)
# a comma, or "làm"/"kiêm" before a second role: "Phó Giám đốc Công an tỉnh làm Trưởng đoàn"
_SEP_NEXT = re.compile(rf"\s*,\s*| (?=(?:làm|kiêm) [{UPPER}])")
_SEP_NEXT_DASH = re.compile(rf"\s*,\s*|\s+[-–]\s+(?=[{UPPER}])| (?=(?:làm|kiêm) [{UPPER}])")
_SEP_NEXT_BAR = re.compile(rf"\s*,\s*| \| (?=[{UPPER}])| (?=(?:làm|kiêm) [{UPPER}])")
_DASH_BRIDGE = re.compile(r" [-–|] $")  # (a table's cell bar too: "Chủ tịch Hội | Nguyễn Văn An")
# a body one is a member of, listed between two offices: "..., Ban Chấp hành, Phó Chủ tịch ..."
_ORGAN_ALONE = re.compile(r"(?:Ban [Cc]hấp hành|Ban [Tt]hường vụ|Ban [Kk]iểm tra)(?=,)")
# a word in Latin script of two syllables or more ("Harashima", "Yonekawa"); a Vietnamese syllable has one
# vowel group ("Minh", "Nguyen")
_FOREIGN_WORD = re.compile(r"[A-Z][a-z]*[aeiouy]+[^aeiouy\W]+[aeiouy]+[a-z]*")
_HYPHENED_FULL_NAME = re.compile(r"[A-Z][a-z]*(?:-[A-Z][a-z]*){2,}")
_PAIR_BEFORE = re.compile(r" và (?:[\w.]+ ){1,2}$")  # "... và ông ", "... và Thiếu tướng ": a pair's second name next
_PAIR_JOIN = re.compile(r",? và (?:(?:ông|bà|đồng chí|Ông|Bà) )?")
_LIST_JOIN = re.compile(r"(?:,|,? và) (?:(?:ông|bà|đồng chí) )?")
# names in Latin script listed by commas, "và", or the semicolons that part a line-up's lines of players
_LATIN_LIST_JOIN = re.compile(r"(?:[,;]|,? và) (?:(?:ông|bà|đồng chí) )?")
# the same, and the semicolon of a roll whose names carry offices ("bà B, Giám đốc Sở X; ông C, ...")
_ROLL_JOIN = re.compile(r"(?:[,;]|[,;]? và) (?:(?:[ôÔ]ng|[bB]à|[đĐ]ồng chí) )?")
# an election, or the executive committee it makes up ("BCH lâm thời có 7 thành viên do ông A làm Chủ tịch")
_ELECTION_CUE = scanner(
    re.compile(r"(?<![\w])(?:bầu|hiệp thương|tín nhiệm bầu|bầu bổ sung|Ban [Cc]hấp hành|BCH)(?![\w])")
)


@cache
def _bare_head_re(before_name: bool = False) -> re.Pattern[str]:
    """A capitalised organization head standing alone after a title ("Chủ tịch Hội", "Phó Giám đốc Sở"):
    before punctuation or a lower-case word, or (``before_name``) before any word, for a name to follow."""
    heads = [h for h in org_heads() if h[:1].isupper()]
    # (a line break or a table's cell bar ends it too: "- Ông A: Chủ tịch Hội\n", "A | Chủ tịch Hội | ...",
    # and a dash before the name it is written before: "Chủ tịch Hội - ông A")
    after = "(?= )" if before_name else rf"(?=[,.;:)\n]| [{LOWER}|]| [-–] |$)"
    return re.compile(rf" (?:{trie_regex(heads)}){after}")


@cache
def _numbered_head_re() -> re.Pattern[str]:
    """A capitalised organization head and the number that names the body ("Ủy ban 8", "Tiểu ban số 2")."""
    heads = [h for h in org_heads() if h[:1].isupper()]
    # (a number that counts, "Chủ tịch Hội 2 nhiệm kỳ", is followed by what it counts, not by a break or "của")
    return re.compile(rf" (?:{trie_regex(heads)}) (?:số )?\d{{1,3}}(?=[,;)\n]|\.(?!\d)| của | [-–] |$)")


@cache
def _capital_heads() -> frozenset[str]:
    """The capitalised organization heads ("Hội", "Sở", "Đảng ủy"): a body named by its head alone."""
    return frozenset(h for h in org_heads() if h[:1].isupper())


# a unit's level word alone after a title or a body: the unit the article is about ("Chủ tịch xã", "Trưởng thôn")
_BARE_LEVEL = re.compile(
    # (a unit's party committee written in lower case goes with it: "Phó Bí thư tỉnh ủy")
    r" (?:(?:tỉnh|thành|huyện|quận|thị|đảng) (?:ủy|uỷ)"
    r"|tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|thôn|bản|ấp|xóm|buôn|làng|tổ dân phố|khu phố"
    # (and the school the article is about, as its staff call it: "Hiệu trưởng nhà trường", often capitalised:
    # "Phó Hiệu trưởng Nhà trường")
    r"|[nN]hà trường)(?![\w])"
)


def _bare_level_end(ctx: _Context, at: int) -> int | None:
    """Where a bare level word written at ``at`` ends, or None: not before a capitalised word, which is the
    unit's name ("xã Tà Xùa"), unless that word opens a person's name ("Chủ tịch UBND xã Nguyễn Văn An")."""
    m = _BARE_LEVEL.match(ctx.text, at)
    if m is None:
        return None
    if ctx.text[m.end() : m.end() + 1] == " " and ctx.text[m.end() + 1 : m.end() + 2].isupper():
        return m.end() if ctx.name_next(m.end()) else None
    return m.end()


# speaking for a delegation, as a visit's report names who answered the hosts: "Đại diện đoàn Trường Đại học
# Ajou Hàn Quốc, ông Jeung Bae Suh – C.E.O ..." (a delegation is a visit's party, and no one holds an office in it
# as its "representative"; its head is its "Trưởng đoàn")
_FOR_DELEGATION = re.compile(r"[Đđ]ại diện (?:cho )?(?:các )?(?:[Đđ]oàn|phái đoàn)(?![\w])")


@cache
def _on_behalf_re() -> re.Pattern[str]:
    """The words of acting for another (``person_on_behalf.txt``) right before a title, searched up to it."""
    return re.compile(rf"(?<![\w])(?:{trie_regex(_both_cases(read_list('person_on_behalf.txt')))}) $")


@cache
def _bridge_re() -> re.Pattern[str]:
    """A dash or a comma, then an honorific or a rank (``honorifics.txt``), right before a name: "Chủ tịch
    UBND tỉnh, ông A", "Chỉ huy trưởng BĐBP tỉnh, Đại tá A"; or a space alone, as the press sets a degree or a
    rank between an office and its holder's name: "Hiệu trưởng Trường Đại học Vinh PGS.TS Nguyễn Huy Bằng"
    (one person's: not the plural "các đồng chí")."""
    single = trie_regex([h for h in honorifics() if not h.lower().startswith("các ")])
    return re.compile(rf"(?: [-–]|,) (?:{trie_regex(honorifics())})[:.]? $|(?<=[\w)]) (?:{single})[:.]? $")


_CONCURRENT = re.compile(r"(?:kiêm|đồng thời là|đồng thời giữ chức|đồng thời) ")
# up to four lower-case words before a role verb: "chuyển công tác đảm nhận chức", "người từng là"
_LEAD_IN = re.compile(
    rf"(?:[{LOWER}]+ ){{1,4}}(?P<verb>đảm nhận chức|đảm nhiệm chức|giữ chức|được bầu giữ chức|được bổ nhiệm làm|là) "
)
# "được" before the capitalised body that acts, an aspect word before it at times ("vừa được Trung ương Hội ...")
_PASSIVE_BEFORE_AGENT = re.compile(rf" (?:(?:vừa|mới|đã|vừa mới) )?được (?=[{UPPER}])")
# a clause's opening words before a title, no name among them: "Tới dự có", "Về phía tỉnh có", "Tham dự, có"
_LOWER_WORD_BEFORE = re.compile(rf"(?<![\w])[{LOWER}]+ $")  # (searched up to a title)
_WORDS_BEFORE_TITLE = re.compile(rf"\s*[{UPPER}{LOWER}][{LOWER}]*,?(?: [{LOWER}]+,?)* ")
_SEGMENT_END = re.compile(r"[,;|\n]|\.(?:\s|$)")  # (a table's cell bar too: "Chủ tịch | UBND tỉnh")
_CLAUSE_BREAK_AS_WRITTEN = r"[;:!?\n“”\"(]|(?<!TP)(?<!Tp)\.(?=\s)|\s[-–]\s"  # "TP. Hồ Chí Minh" goes on
# the same breaks; the look-ahead names every character one starts with, which scanner() lets the engine
# skip to rather than try each alternative at every letter (searched over 300 characters per name)
_CLAUSE_BREAK = scanner(re.compile(rf"(?=[;:!?\n“”\"(.\s])(?:{_CLAUSE_BREAK_AS_WRITTEN})"))


def _both_cases(words: Sequence[str]) -> set[str]:
    out = set()
    for w in words:
        out.add(w)
        out.add(w[0].upper() + w[1:])
        out.add(w[0].lower() + w[1:])
    return out


def _spellings(words: Sequence[str]) -> set[str]:
    """``words`` in both cases, with every word capitalised ("Giám Đốc", as some outlets write a title) and
    with the old tone placement ("Chính uỷ" for "Chính ủy")."""
    out = _both_cases(words)
    out.update([" ".join(part[:1].upper() + part[1:] for part in w.split(" ")) for w in words if " " in w])
    out.update([old_tone_placement(w) for w in out])
    return out


@cache
def _title_re() -> re.Pattern[str]:
    words = _spellings(titles())
    heads = trie_regex(words)
    # the lookahead names the characters a title can start with: scanner() lets the engine skip to them
    first = "".join(sorted({w[0] for w in words} | set("NnCcQqPpTt")))  # (Tân, Tổng: T; quyền: q)
    return scanner(
        re.compile(
            rf"(?<![\w])(?=[{re.escape(first)}])"
            # (an acting head in lower case after a comma or a dash, "ông A, quyền Hiệu trưởng"; not after a word,
            # "chính quyền Tổng thống Mỹ", "thẩm quyền")
            # (a deputy abbreviated as schools and firms write it: "P.Trưởng phòng Đào tạo", "P. Giám đốc")
            # (and an acting head abbreviated the same way: "Q. Giám đốc Sở Ngoại vụ", "Q.Hiệu trưởng")
            rf"(?:(?:[Nn]guyên|[Cc]ựu|Quyền|(?<![\w] )quyền|[Tt]ân) |Q\. ?)?"
            rf"(?:[Pp]hó |P\. ?)?(?:(?:[Tt]ổng) )?(?:{heads})"
            rf"(?: (?:{trie_regex(_spellings(_title_modifiers()))}))?(?![\w])"
        )
    )


@cache
def _title_modifiers() -> tuple[str, ...]:
    return read_list("title_modifiers.txt")


@cache
def _field_re() -> re.Pattern[str]:
    """The field written after a title in "trưởng": a ministry's or a department's (``state_fields.txt``), or
    a portfolio of a foreign minister or a deputy head (``title_fields.txt``)."""
    return re.compile(rf" (?:{trie_regex([*state_fields(), *read_list('title_fields.txt')])})(?![\w])")


@cache
def _honorific_spellings() -> tuple[str, ...]:
    """The honorifics as written, and those of several words with every word capitalised ("Bác Sĩ", "Niên
    Trưởng"), as the overseas press writes the words before a name in Title Case."""
    listed = honorifics()
    title_case = {" ".join(p[:1].upper() + p[1:] for p in h.split(" ")) for h in listed if " " in h}
    return tuple(sorted(set(listed) | title_case, key=len, reverse=True))


@cache
def _honorific_endings() -> frozenset[str]:
    """The last two characters of every honorific (a cheap test before :func:`_honorific_re`); none: no test."""
    if any(len(h) < 2 or h[-1] in ":." for h in _honorific_spellings()):
        return frozenset()
    return frozenset(h[-2:] for h in _honorific_spellings())


def _may_follow_honorific(text: str, offset: int) -> bool:
    """False when no honorific (with its ``:`` or ``.``) can end right before the space before ``offset``.

    A character test that spares most capitalised runs the search of :func:`_honorific_re`: the
    word before them is no honorific ("của", "tỉnh").
    """
    if text[offset - 1 : offset] != " ":
        return text[offset - 1 : offset] == "\n"  # the pattern's $ also matches before a final newline
    k = offset - 1
    if text[k - 1 : k] in (":", "."):
        k -= 1
    endings = _honorific_endings()
    return k < 2 or not endings or text[k - 2 : k] in endings


@cache
def _honorific_re() -> re.Pattern[str]:
    words = trie_regex(_honorific_spellings())
    return re.compile(rf"(?:^|(?<=[^\w.]))(?P<h>{words})(?::|\.)? $")  # "TS. Vi-lay-vông"


_RUN_AT = re.compile(rf"{_WORD}(?: {_WORD})*")


def _honorific_before(text: str, start: int) -> re.Match[str] | None:
    """The honorific written right before the name at ``start`` (its group ``h``), if any."""
    return _honorific_re().search(text, max(0, start - 16), start)


def _own_honorific(ctx: _Context, start: int) -> re.Match[str] | None:
    """The honorific right before the name at ``start``, unless it closes a body's name: "Chủ tịch Hội Nhà báo
    Nguyễn Văn An" (the journalists' association, no journalist's honorific)."""
    h = _honorific_before(ctx.text, start)
    return h if h is not None and not _closes_body(ctx, h) else None


def _closes_body(ctx: _Context, h: re.Match[str]) -> bool:
    """True when the honorific ``h`` ends an organization's name ("Hội Nhà báo"); never a degree written with its
    full stop before the name ("Trưởng khoa Sau Đại học PGS.TS. Nguyễn Trọng Văn": no body ends in a degree)."""
    if h.end("h") not in ctx.org_ends:
        return False
    word = h.group("h")
    abbreviation = word[:1].isupper() and not word.istitle() and " " not in word
    return not (abbreviation and ctx.text.startswith(". ", h.end("h")))


@cache
def _glued_honorific_re() -> re.Pattern[str]:
    """Honorifics written in capitals (abbreviations) that the press glues to a name with a full stop."""
    short = [h for h in honorifics() if h[:1].isupper() and not h.istitle() and " " not in h]
    return scanner(re.compile(rf"(?<![\w.])(?P<h>{trie_regex(short)})\.(?=[{UPPER}][{LOWER}])"))


@cache
def _capital_honorifics() -> frozenset[str]:
    """One-word honorifics written with a capital, as a sentence or a run of capitals opens with them."""
    return frozenset(h for h in honorifics() if h[:1].isupper() and h.istitle() and " " not in h and "." not in h)


@cache
def _two_word_capital_honorifics() -> frozenset[str]:
    """Two-word honorifics in Title Case ("Bác Sĩ", "Niên Trưởng"), as a run of capitals may open with them."""
    return frozenset(h for h in _honorific_spellings() if h.count(" ") == 1 and h.istitle())


@attrs.define
class _Found:
    start: int
    end: int
    name: str
    honorific: str | None = None
    positions: list[str] = attrs.field(factory=list)
    ref: bool = False
    cued: bool = False  # followed by a verb of saying
    took_office: bool = False  # given an office by a role verb after the name ("được bầu làm Chủ tịch")


class _Context:
    """Organization mentions by start offset, and helpers to read positions."""

    def __init__(self, text: str, mentions: Sequence[Mention], words: WordIndex | None = None) -> None:
        self.text = text
        # the text's word index (its capitalised runs, the titles' matches): the document's, else built here
        self.words = words if words is not None and words.text is text else WordIndex(text)
        self.orgs = sorted((m for m in mentions if m.kind in ("organization", "organ")), key=lambda m: m.start)
        self.org_starts = [m.start for m in self.orgs]
        self.org_ends = {m.end for m in self.orgs}
        blocked = sorted((m.start, m.end) for m in mentions if m.kind in ("organization", "organ", "place"))
        self.blocked_starts = [s for s, _ in blocked]
        self.blocked = blocked
        self.places = {m.start: m for m in mentions if m.kind == "place"}
        self.name_starts: set[int] = set()
        self.name_order: list[int] = []  # the same, sorted
        self._orgs_by_text: list[Mention] | None = None
        self._org_texts: list[str] = []

    def orgs_starting(self, prefix: str) -> list[Mention]:
        """The organization mentions whose text starts with ``prefix``, by a bisect over their texts sorted
        once (not a scan of every organization for every office: quadratic on long pages)."""
        if self._orgs_by_text is None:
            self._orgs_by_text = sorted(self.orgs, key=lambda m: m.text)
            self._org_texts = [m.text for m in self._orgs_by_text]
        texts, out = self._org_texts, []
        i = bisect_left(texts, prefix)  # the texts with this prefix follow one another from here
        while i < len(texts) and texts[i].startswith(prefix):
            out.append(self._orgs_by_text[i])
            i += 1
        return out

    def name_next(self, end: int) -> bool:
        """True when a person's name follows ``end`` after one space, on the same line: what ends at ``end``
        is written before that name ("Chủ tịch Hội X Nguyễn Văn A"), not after the name before it."""
        return self.text[end : end + 1] == " " and end + 1 in self.name_starts

    def first_name_start(self, start: int, stop: int) -> int | None:
        """The first start of a person's name (or of the honorific before it) strictly between ``start`` and
        ``stop``, or None."""
        i = bisect_left(self.name_order, start + 1)
        return self.name_order[i] if i < len(self.name_order) and self.name_order[i] < stop else None

    def name_between(self, start: int, stop: int) -> bool:
        """True when a person's name starts strictly between ``start`` and ``stop``."""
        i = bisect_left(self.name_order, start + 1)
        return i < len(self.name_order) and self.name_order[i] < stop

    def place_at(self, start: int) -> int | None:
        """The end of the place named at ``start`` (a place mention, else a country the gazetteer knows)."""
        m = self.places.get(start)
        if m is not None:
            return m.end
        if not self.text[start : start + 1].isupper():
            return None
        known = places().bare_re.match(self.text, start)
        if known is None or self.text[known.end() : known.end() + 1].isalnum():
            return None
        info = places().lookup(known.group(0))
        # a country, or a foreign unit ("bang California"); not a Vietnamese one ("Chủ tịch Hồ Chí Minh")
        foreign = info is not None and (info.level == "country" or info.country not in (None, "VN"))
        return known.end() if foreign else None

    def org_in(self, start: int, stop: int) -> Mention | None:
        """The first organization mention starting in ``[start, stop]``."""
        i = bisect_left(self.org_starts, start)
        if i < len(self.orgs) and self.orgs[i].start <= stop:
            return self.orgs[i]
        return None

    def covered_within(self, start: int, end: int, lo: int, hi: int) -> bool:
        """True when ``[start, end)`` overlaps an organization or place mention and every one it overlaps lies
        inside ``[lo, hi)``."""
        i = bisect_left(self.blocked_starts, end)
        hits = [(s, e) for s, e in self.blocked[max(0, i - 8) : i] if e > start]
        return bool(hits) and all(lo <= s and e <= hi for s, e in hits)

    def covered(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` overlaps an organization or place mention."""
        i = bisect_left(self.blocked_starts, end)
        # mentions do not overlap each other much: look back over a few that start before ``end``
        blocked = self.blocked
        for k in range(max(0, i - 8), i):  # noqa: SIM110 (a loop, not any(): called for every capitalised run)
            if blocked[k][1] > start:
                return True
        return False


@cache
def _aspect_re() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{trie_regex(read_list('aspect_markers.txt'))})(?![\w])")


@cache
def _titles_of_offices() -> frozenset[str]:
    return frozenset(_both_cases(read_list("titles_of_offices.txt")))


def _serves_an_office(title: str) -> bool:
    """True for a title whose body is another office written after it (``titles_of_offices.txt``)."""
    return title.removeprefix("Phó ").removeprefix("phó ") in _titles_of_offices()


# the words of a unit's name after its head's title, up to the clause's punctuation (searched from the title's end)
# (a full stop inside an abbreviation goes on: "Ban Đối ngoại T.Ư")
_UNIT_WORDS = re.compile(r"(?:[^,;:.!?()\[\]\n“”\"]|\.(?=\w)){1,80}")
_UNIT_NAME_MAX_WORDS = 6


def _unit_name_walk(ctx: _Context, end: int) -> int | None:
    """The end of a unit's name written in mixed case after its head's title at ``end`` ("Phó trưởng phòng Hợp
    tác Quốc tế và các cán bộ", "Trưởng ban Ban chỉ đạo làm trưởng đoàn"), read word by word up to what
    cannot be part of it: a verb or a function word (``org_stop_words.txt``; "và" only before a capital), a
    person's name, an organization, a place or a unit's level word (read after it as the body's); None when
    the name does not open with a capital or runs on past a few words with no such end."""
    text = ctx.text
    if text[end : end + 1] != " " or not text[end + 1 : end + 2].isupper() or end + 1 in ctx.name_starts:
        return None
    run = _UNIT_WORDS.match(text, end + 1)
    if run is None:
        return None
    words = run.group(0).split(" ")
    stops = org_stop_words()
    pos, last = end, None
    for i, w in enumerate(words):
        at = pos + 1
        if i == _UNIT_NAME_MAX_WORDS:
            return None  # (no end in sight: not read as a unit's name)
        if i > 0 and (
            at in ctx.name_starts or ctx.org_in(at, at) is not None or at in ctx.places or _BARE_LEVEL.match(text, pos)
        ):
            break
        if not w or not w[0].isalpha():
            break
        if w == "và":
            if not words[i + 1 : i + 2] or not words[i + 1][:1].isupper():
                break  # ("Hợp tác Quốc tế và các cán bộ": "và" joins the clause, not two fields)
        elif w.islower() and (w in stops or " ".join(words[i : i + 2]) in stops):
            break  # (a capitalised word goes on with the name: "Trưởng Ban Tổ chức Lễ hội")
        pos = at + len(w)
        if w != "và":
            last = pos
    else:
        if run.end() - (end + 1) >= 80:
            return None
    return last


def _unit_name_end(ctx: _Context, end: int) -> int | None:
    """The end of the name of a board, an office's unit or a faculty written after its head's title at ``end``
    ("Trưởng phòng Hợp tác quốc tế.", "Trưởng ban Kiểm tra là ông A"), no predicate in it ("Trưởng phòng Đào
    tạo cho biết"), else None."""
    text = ctx.text
    field = _field_re().match(text, end)
    if (
        field is not None
        and not text[field.end() : field.end() + 1].isalnum()
        and not _WORD_AFTER.match(text, field.end())
    ):
        return field.end()  # "Trưởng phòng Giáo dục và Đào tạo huyện": a district's department, named as a Sở is
    name = _UNIT_NAME_TO_BREAK.match(text, end)
    if name is not None and not _acts_between(text, name.start(), name.end()):
        return name.end()
    walked = _unit_name_walk(ctx, end)
    if walked is not None:
        return walked
    for pattern in (_BOARD_NAME, _WORD_AFTER):
        name = pattern.match(text, end)
        if name is not None and not _acts_between(text, name.start(), name.end()):
            return name.end()
    return None


def _position_at(ctx: _Context, start: int, *, loose: bool, term: bool = True) -> tuple[int, int] | None:
    """Parse one position starting at ``start``; return its span.

    A title, then ``Thường trực`` or an internal organ, then the organization
    mention that follows (with a bracketed abbreviation after it, and with
    ``term`` the term it was held for: ``khóa II``). ``loose``
    allows a descriptive position ending at the next comma (``chủ một tiệm hoa``).
    """
    text = ctx.text
    m = _title_re().match(text, start)
    if m is None:
        return None
    end = m.end()
    if text[end : end + 1] == " " and _serves_an_office(m.group(0)):
        inner = _position_at(ctx, end + 1, loose=False, term=term)
        if inner is not None:
            return start, inner[1]  # "Trợ lý Chủ tịch nước": a staff office, named by the office it serves
    if text.startswith(" các ", end) and (inner := _position_at(ctx, end + 5, loose=False, term=term)) is not None:
        return start, inner[1]  # "Trưởng các Ủy viên Hội đồng ...": the head of a group, named by its members' office
    organ = _ORGAN.match(text, end)
    unit_tier = None  # the tier of the unit a title names its holder the head of ("Trưởng phòng")
    if organ:
        end = organ.end()
    elif (unit_word := _unit_head_of(m.group(0))) is not None and ctx.org_in(m.start() + 1, end + 1) is None:
        unit_tier = _tier(unit_word.capitalize())
        unit_end = _unit_name_end(ctx, end)  # "Trưởng ban Kiểm tra là ông A": the board's name
        if unit_end is not None:
            # "Trưởng bộ phận Phát triển nguồn nhân lực, Sở Chính sách Giáo dục và Thanh niên": the unit, then the
            # body it belongs to
            end = _parents_after_comma(ctx, unit_tier, unit_end)
            if end != unit_end:
                return start, end
    remit = _remit_end(text, end)
    if remit is not None:
        # "Phó Chủ tịch phụ trách tài chính": the portfolio is part of the office; a body may follow it
        org = ctx.org_in(remit + 1, remit + 1)
        acronym = _ACRONYM.match(text, remit) if org is None else None
        return start, org.end if org is not None else acronym.end() if acronym is not None else remit
    stop = _SEGMENT_END.search(text, end)
    comma = stop.start() if stop else len(text)
    org = ctx.org_in(m.start() + 1, min(end + 30, comma))
    if org is not None and organ and org.end < end:
        # "Ban Thường vụ Đoàn Chủ tịch Ủy ban ...": a body read inside the organs, which the body named after them owns
        org = ctx.org_in(end, min(end + 30, comma))
    if (
        org is not None
        and org.start > end
        and not _kind_word_before(text, end, org.start)
        and _acts_between(text, end, org.start)
    ):
        org = None  # "trưởng đoàn đến thăm Sở Ngoại vụ": a verb between says what the role did, not whose it is
    elif org is not None and org.start > end and "(" in text[end : org.start]:
        org = None  # "phó chủ tịch ngoại vụ (Hội Đồng Chấp Hành)": a note in brackets, which the office never opens
    if org is None:
        # "Giám đốc phụ trách dự án xây dựng nhà tình thương của Trung tâm Văn hóa Hàn Quốc": a role
        # described in lower case before its organization
        far = ctx.org_in(end + 1, min(end + 90, comma))
        # the role is the organization's only when the description ends with "của" before its name; a field
        # may be capitalised as part of the office ("Giám đốc Quốc gia của tổ chức ...", "Giám đốc Phúc lợi
        # của LDSC"), no stop word in it
        of = text.rfind(" của ", end, far.start) if far is not None else -1
        if (
            far is not None
            and of >= end
            and (of + 5 == far.start or _kind_word_before(text, of + 4, far.start))  # "của tổ chức Plan ..."
            and (
                # (no aspect word: "Phó Hiệu trưởng và đại diện ... đã tiếp và làm việc với đoàn công tác của Trường
                # X" is an office, then a clause)
                (_LOWER_GAP.fullmatch(text, end, of + 5) and _aspect_re().search(text, end, of) is None)
                or (_FIELD_GAP.fullmatch(text, end, of + 1) and not _acts_between(text, end, of + 1))
            )
        ):
            org = far
    if org is not None and org.start <= comma:
        end = _body_end(ctx, org)
        if (name_at := ctx.first_name_start(org.start, end)) is not None:
            end = name_at - 1  # "Bộ Chỉ huy BĐBP tỉnh Đại tá Nguyễn Văn An": a body read over the rank after it
        if _namesake_head_re().search(text, max(0, end - 40), end + 1) and (named := _RUN_AT.match(text, end + 1)):
            end = named.end()  # "Giám đốc Quỹ học bổng Vừ A Dính": the body is named after a person
        if end == org.end and org.text in _capital_heads() and (unit_end := _bare_level_end(ctx, end)) is not None:
            end = unit_end  # "Bí thư Đảng ủy xã Lê Văn Cường": a body named by its head alone, then its unit's level
        whose = _OF_COUNTRY.match(text, end)
        there = ctx.place_at(whose.end()) if whose is not None else None
        if there is not None:
            end = there  # "Chủ tịch Quốc hội nước CHDCND Lào": the body and the country it belongs to
        elif (bare_end := _bare_level_end(ctx, end)) is not None:
            end = bare_end  # "Bí thư Đảng ủy xã": a body by its head alone, with the level of the unit it serves
        after = _TERM.match(text, end) if term else None
        if after:
            end = after.end()  # "Chủ tịch Liên hiệp ... tỉnh khóa II": the office of that term
        return start, _remit_end(text, end) or end  # "Phó Chủ tịch VFF phụ trách tài chính"
    bare = _bare_head_re().match(text, end)
    if bare is None and text.startswith(" của ", end):
        bare = _bare_head_re().match(text, end + 4)  # "chủ tịch đương nhiệm của Hội": the body, after "của"
    if bare is None and (named := _bare_head_re(before_name=True).match(text, end)) is not None:
        bare = named if named.end() + 1 in ctx.name_starts else None  # "Chủ tịch Hội Nguyễn Văn Út trao quà"
    if bare is None and (numbered := _numbered_head_re().match(text, end)) is not None:
        # "Chủ nhiệm Ủy ban 8 của Thượng viện Campuchia": a body named by a number, then the body it belongs to
        owner = ctx.org_in(numbered.end() + 5, numbered.end() + 5) if text.startswith(" của ", numbered.end()) else None
        return start, owner.end if owner is not None else numbered.end()
    if bare is not None:
        # "Chủ tịch Hội đã tiếp nhận": the body the article is about, by its head alone; "Bí thư Đảng ủy xã":
        # with the level of the unit it serves
        end = _bare_level_end(ctx, bare.end()) or bare.end()
        whose = _OF_COUNTRY.match(text, end)
        unit = _LEVEL_BEFORE_PLACE.match(text, end)
        if whose is not None and (there := ctx.place_at(whose.end())) is not None:
            end = there  # "Thủ tướng Chính phủ nước Cộng hòa Dân chủ Nhân dân Lào": the body and its country
        elif unit is not None and (there := ctx.place_at(unit.end())) is not None:
            end = there  # "Phó Chủ tịch Chính phủ tỉnh Ulyanovsk": a body by its head, then the unit it governs
        after = _TERM.match(text, end) if term else None
        return start, after.end() if after else end  # "Chủ tịch Hội khóa III": the office of that term
    acronym = _ACRONYM.match(text, end)
    if acronym and not ctx.place_at(end + 1) and not ctx.name_next(end):
        # "Tổng thư ký VFF (khóa VIII)": an organization by its acronym; "Phó tổng giám đốc BHXH Việt Nam":
        # with the place it serves
        until = acronym.end()
        parent = _ACRONYM.match(text, until)
        if parent is not None and not ctx.place_at(until + 1):
            until = parent.end()  # "Ủy viên BCH VFF": an organ by its acronym, then its body's
            if (word := _WORD_THEN_BREAK.match(text, until)) and not ctx.place_at(until + 1):
                until = word.end()  # "Ủy viên BCH T.Ư Đảng,": that body's acronym then its one word
        elif parent is None and (word := _WORD_THEN_BREAK.match(text, until)) and not ctx.place_at(until + 1):
            until = word.end()  # "Ủy viên TƯ Đảng,": the acronym's body by one word, the office then ends
        elif (
            parent is None
            and text[until : until + 1] == " "
            and (organ := _organ_re().match(text, until + 1))
            and not text[organ.end() + 1 : organ.end() + 2].isupper()
        ):
            # "Ủy viên BCH Đảng bộ tỉnh": an organ by its acronym, then the organ of the body it belongs to
            # (the article's own unit); a name after it ("Đảng bộ Khối Cơ quan") is a body not read here
            until = organ.end()
        unit = _LEVEL_BEFORE_PLACE.match(text, until)
        there = ctx.place_at(unit.end() if unit is not None else until + 1) if text[until : until + 1] == " " else None
        if there is not None:
            until = there
        elif (bare_end := _bare_level_end(ctx, until)) is not None:
            until = bare_end  # "Chủ tịch HĐND huyện": the body of the article's own district
        after = _TERM.match(text, until) if term else None
        until = after.end() if after else until
        return start, _remit_end(text, until) or until
    field = _field_re().match(text, end) if text[m.start() : m.end()].lower().endswith("trưởng") else None
    if field is not None:
        end = field.end()  # "Bộ trưởng Ngoại giao Trung Quốc": the ministry's field after the title
    level = _LEVEL_BEFORE_PLACE.match(text, end)
    at = level.end() if level is not None else end + 1
    place = ctx.place_at(at) if text[end : end + 1] == " " else None
    last_word = text.rfind(" ", m.start(), end) + 1 if place is None and end == m.end() else 0
    if last_word > m.start() and (own := ctx.place_at(last_word)) is not None and own > end:
        place = own  # "Phó bản Chà Nga": the title's last word is the level word of the village named after it
    if place is None and level is not None:
        spelt = _HYPHENATED_UNIT.match(text, at)
        place = spelt.end() if spelt else None  # "Tỉnh trưởng tỉnh Khăm-muộn": a unit spelt Lao-style
    if place is None and text[end : end + 1] == " ":
        whose = _OF_COUNTRY.match(text, end)
        place = ctx.place_at(whose.end()) if whose is not None else None  # "Lãnh sự danh dự của CH Bồ Đào Nha"
        if place is None and text.startswith(" tại ", end):
            place = _country_at(text, end + 5)  # "Đại sứ tại Nhật Bản Nguyễn Quốc Cường": the country of the post
            post_holder = ctx.first_name_start(end + 5, end + 45) if place is None else None
            if post_holder is not None and _UNIT_WORDS_BEFORE_NAME.fullmatch(text, end + 5, post_holder - 1):
                place = (
                    post_holder - 1
                )  # "Tổng lãnh sự tại Khỏn Kèn Nguyễn Ngọc Sơn": a town the gazetteer need not know
    if place is not None:
        # "Tổng thống Mỹ", "Đại sứ Nhật Bản tại Việt Nam": a title with the country it serves
        end = place
        at_place = _AT_PLACE.match(text, end)
        there = ctx.place_at(at_place.end()) if at_place is not None else None
        if there is None and at_place is not None and text.startswith(" tại ", end):
            there = ctx.place_at(end + 5)  # "tại TP HCM": the level word is part of the place's name
        if there is None and at_place is not None and (spelt := _HYPHENATED_UNIT.match(text, at_place.end())):
            there = spelt.end()  # "Tổng Lãnh sự ... tại Pắc-xế": a Lao town spelt syllable by syllable
        if there is None and text.startswith(" tại ", end) and (body := ctx.org_in(end + 5, end + 5)) is not None:
            there = body.end  # "Trưởng phái đoàn Thường trực Việt Nam tại Liên hợp quốc": a mission to a body
        if there is None and (short := _AT_VN.match(text, end)) is not None:
            there = short.end()  # "đại sứ Nhật Bản tại VN": the host country by the press's abbreviation
        if there is not None:
            end = there
        return start, end
    bare_level = _bare_level_end(ctx, end) if text[start:end] not in _roles_not_alone() else None
    if bare_level is not None:
        return start, bare_level  # "Thị trưởng thành phố", "Chủ tịch tỉnh": the unit the article is about
    if loose and comma < len(text) and text[comma] in ",;" and len(text[end:comma].split()) <= 6:
        gap = text[end:comma]
        # a loose description never runs over another person's name ("đại diện cho Tỉnh trưởng Kim ...")
        # nor over a verb: "Phó Hiệu trưởng đã thay mặt Đảng ủy" is an office, then what its holder did
        if (
            not any(c in gap for c in "()\n")
            and _JOINED_AFTER.match(text, end) is None
            and not ctx.name_between(end, comma)
            and _aspect_re().search(text, end, comma) is None
        ):
            # ("Trưởng khoa Khoa học Xã hội và Nhân văn, Đại học Khon Kaen": a unit's long name, then its body)
            return start, _parents_after_comma(ctx, unit_tier, comma)
    return start, end


def _unit_head_of(title: str) -> str | None:
    """The unit a title names its holder the head of ("Trưởng phòng": "phòng"), or None."""
    lowered = title.lower()
    for ending in _UNIT_HEAD_ENDINGS:
        if lowered.endswith(ending):
            return ending[1:]
    return None


# a word that joins others to the holder, opening what follows a bare title: "ngài Nap Bunh Hêng – Phó Tỉnh
# trưởng cùng lãnh đạo Đảng, chính quyền ..." (the holder came with them; they are no part of the office)
_JOINED_AFTER = re.compile(r" (?:cùng|và|với)(?![\w])")


def _latin_named(name: str) -> bool:
    """True for a body named in Latin script or by an acronym ("Plan International", "Tổ chức WVI")."""
    last = name.rsplit(" ", 1)[-1]
    return name.isascii() or (last.isascii() and last.isupper() and len(last) > 1)


@cache
def _other_name_re() -> re.Pattern[str]:
    """A body's other name in brackets: capitalised words, a lower-case kind word before them at times."""
    cues = trie_regex(org_latin().get("cue", ()))
    return re.compile(rf" \((?:(?:{cues}) )?[{UPPER}][{LOWER}]*(?: [{UPPER}][{LOWER}]*){{0,7}}\)")


def _kind_word_before(text: str, end: int, start: int) -> bool:
    """True when ``text[end:start]`` is a lower-case word for a kind of body written before a name in Latin
    script (``org_latin.tsv`` cues: "tổ chức WVI", "quỹ KVPF"): the body's own noun, no verb between."""
    return text[end:start].strip(" (") in org_latin().get("cue", ())


def _second_field_end(ctx: _Context, end: int) -> int | None:
    """Where the second field of a committee's name written at ``end`` ends ("Ban Văn hóa| – Xã hội"), or None.

    The field closes the clause or comes before the committee's parent body ("Ban Kinh tế - Ngân sách HĐND
    tỉnh"); a title after the dash is a second office ("Trưởng Ban Tổ chức - Trưởng phòng")."""
    text = ctx.text
    m = _SECOND_FIELD.match(text, end)
    dash = _PAIR_DASH.match(text, end)
    if m is None or dash is None or _title_re().match(text, dash.end()) is not None:
        return None
    after = text[m.end() : m.end() + 1]
    if after in ("", ",", ";", ".", ")", "\n") or (after == " " and ctx.org_in(m.end() + 1, m.end() + 1)):
        return m.end()
    return None


# the party committee of a district-level unit, which the unit's name follows with no level word ("Huyện ủy
# Yên Định", "Quận ủy Ba Đình", "Thị ủy Nghi Sơn"), and the unit's Youth Union committee, named the same way
# ("Huyện đoàn A Lưới", "Thành đoàn Cần Thơ")
_DISTRICT_COMMITTEE = re.compile(r"(?:Huyện|Quận|Thị|Thành) (?:ủy|uỷ|đoàn)")
_DISTRICT_COMMITTEE_BEFORE = re.compile(r"(?:Huyện|Quận|Thị|Thành) (?:ủy|uỷ|đoàn)$")  # (searched up to a name's space)
_CAPITAL_WORDS = re.compile(rf" ([{UPPER}][{LOWER}]*(?: [{UPPER}][{LOWER}]*){{0,3}})(?![\w])")


def _district_after(text: str, end: int) -> int | None:
    """The end of a district the tables know, named after a space at ``end`` by the longest run of its
    capitalised words (a name may follow it: "Huyện ủy Mường Khương Hoàng Văn Tám"), else None."""
    run = _CAPITAL_WORDS.match(text, end)
    if run is None:
        return None
    words = run.group(1).split(" ")
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n])
        if places().district(name) is not None:
            return end + 1 + len(name)
    return None


def _body_end(ctx: _Context, org: Mention) -> int:
    """Where the body an office is held in ends, from its mention ``org`` on.

    The body's acronym or its other name in brackets ("Liên đoàn Bóng đá Việt Nam (VFF)", "Tổ chức WVI (Tổ
    chức Tầm nhìn Thế giới)"), the place of the post ("Văn phòng JICA tại Việt Nam": "tại" and a place the
    page names), and a second body headed with it ("Giám đốc Trung tâm Công tác xã hội và Quỹ Bảo trợ trẻ
    em", when the second ends the clause) belong to the office. Fields listed after a comma up to "và" ("Bộ
    Thông tin, Văn hóa và Du lịch") are already in ``org``: the organization reader reads them.
    """
    text = ctx.text
    end = org.end
    unit = _UNIT_AFTER_LEVEL.match(text, end) if _ENDS_IN_LEVEL.search(org.text) else None
    if unit is not None and unit.group(1) not in surnames():
        end = unit.end()  # "Công an tỉnh Môn Đôn Ki Ri,": a province the tables do not know, before a break
    elif _DISTRICT_COMMITTEE.fullmatch(org.text) and (district := _district_after(text, end)) is not None:
        end = district  # "Bí thư Huyện ủy Yên Định": a rural district, known by its bare name only here
    if _COMMITTEE.match(org.text) and (field := _second_field_end(ctx, end)) is not None:
        end = field
    abbr = _ABBR.match(text, end)
    party = _ACRONYM.match(text, end) if org.text.endswith("Đảng") else None
    if abbr is not None:
        end = abbr.end()
    elif party is not None and (country := _country_at(text, party.end() + 1)) is not None:
        end = country  # "Ủy viên Trung ương Đảng NDCM Lào": the party by its acronym, then its country
    elif (
        org.text.isupper()
        and (country := _country_at(text, end + 1)) is not None
        and _AT_PLACE.match(text, country) is not None
    ):
        end = country  # "Đại biện lâm thời ĐSQ Nhật Bản tại Việt Nam": a mission by its acronym, whose, then where
    elif org.text.isupper() and (word := _WORD_THEN_BREAK.match(text, end)) and not ctx.place_at(end + 1):
        end = word.end()  # "Ủy viên BCHX Đoàn,": an organ by its acronym, its body by one word
    elif (
        _latin_named(org.text)  # (a name in Latin script, then its Vietnamese name; not a short one: "(Liên hiệp)")
        and text.startswith(" (", end)
        and (inner := ctx.org_in(end + 2, end + 32)) is not None
        and (inner.start == end + 2 or _kind_word_before(text, end + 1, inner.start))
        and text.startswith(")", inner.end)
    ):
        end = inner.end + 1
    elif _latin_named(org.text) and (spelt := _other_name_re().match(text, end)) is not None:
        end = spelt.end()  # "Tổ chức WVI (tổ chức Tầm Nhìn Thế Giới)": a Latin name, then its Vietnamese one
    abroad = _AT_PLACE.match(text, end)
    post = ctx.place_at(abroad.end()) if abroad is not None else None
    if post is not None:
        end = post  # "Giám đốc Văn phòng Cơ quan Phát triển Pháp (AFD) tại Việt Nam": the post abroad
    elif (country := _country_before_name(text, end)) is not None:
        end = country  # "Trưởng ban Đối ngoại Trung ương Lào Thoongsavanh Phomvihane": the body's country
    parent_at = end + 5 if text.startswith(" của ", end) else end + 7 if text.startswith(" thuộc ", end) else None
    if parent_at is not None and (parent := ctx.org_in(parent_at, parent_at)) is not None:
        # "Chủ nhiệm Ủy ban Đối ngoại của Quốc hội", "Giám đốc Trung tâm Nghiên cứu Nhật Bản thuộc Viện Khoa học xã
        # hội Việt Nam": a committee or a unit, then the body it belongs to
        end = parent.end
    end = _parents_after_comma(ctx, _tier(org.text), end)
    if text.startswith(" và ", end) and (second := ctx.org_in(end + 4, end + 4)) is not None:
        after = text[second.end : second.end + 1]
        if after in ("", ",", ";", ".", ")", "\n") or _said_after(text, second.end):
            end = second.end
    return end


@cache
def _unit_tiers() -> tuple[re.Pattern[str], dict[str, int]]:
    tiers = {row[0]: int(row[1]) for row in read_tsv("title_unit_tiers.tsv")}
    return re.compile(rf"(?:{trie_regex(list(tiers))})(?= |$)"), tiers


def _tier(name: str) -> int | None:
    """The tier of the body ``name`` by its head noun (``title_unit_tiers.tsv``), or None."""
    head_re, tiers = _unit_tiers()
    head = head_re.match(name)
    return tiers[head.group(0)] if head is not None else None


def _parents_after_comma(ctx: _Context, tier: int | None, end: int) -> int:
    """Where an office in a unit ends when the body the unit belongs to follows it after a comma, of a higher
    tier ("Vụ trưởng Vụ Tổ chức cán bộ, Bộ Ngoại giao", "Trưởng phòng Vận động quần chúng, Cục Chính trị Bộ Tư
    lệnh Bộ đội Biên phòng (BĐBP)"), read as far as an office's body is (its own parent, acronym, place);
    ``tier`` is the unit's (``_tier``); ``end`` when no such body follows."""
    text = ctx.text
    if tier is None or not text.startswith(", ", end) or (parent := ctx.org_in(end + 2, end + 2)) is None:
        return end
    higher = _tier(parent.text)
    if higher is None or higher <= tier:
        return end
    body = _body_end(ctx, parent)  # (its own parent after a comma is of a higher tier again: the recursion ends)
    if text[body : body + 1] == " " and text[body + 1 : body + 2].isupper() and not ctx.name_next(body):
        return end  # (a capitalised word the body does not take: not read as the office's)
    # ("..., Sở Chính sách Giáo dục và Thanh niên, thành phố Daegu hy vọng": the parent's place, then the clause)
    return _places_after_comma(ctx, body) or body


def _country_at(text: str, at: int) -> int | None:
    """The end of a country the gazetteer knows, named at ``at``, else None."""
    known = places().bare_re.match(text, at)
    if known is None or text[known.end() : known.end() + 1].isalnum():
        return None
    info = places().lookup(known.group(0))
    return known.end() if info is not None and info.level == "country" else None


def _places_after_comma(ctx: _Context, end: int) -> int | None:
    """The end of one or two places written after commas at ``end`` and before a lower-case word (where the unit
    just named lies: "Bí thư Thị ủy thị Bằng Tường, Quảng Tây, Trung Quốc làm trưởng đoàn"), else None."""
    text, last = ctx.text, None
    for _ in range(2):
        if not text.startswith(", ", end):
            break
        level = _LEVEL_BEFORE_PLACE.match(text, end + 1)  # (", thành phố Daegu": with its level word)
        if (there := ctx.place_at(level.end() if level is not None else end + 2)) is None:
            break
        end = last = there
    if last is None or text[last : last + 1] != " " or not text[last + 1 : last + 2].islower():
        return None
    return last


def _country_before_name(text: str, end: int) -> int | None:
    """The end of a country written at ``end`` after a space and followed by a capitalised word (the
    holder's name), else None."""
    country = _country_at(text, end + 1) if text[end : end + 1] == " " else None
    if country is None or text[country : country + 1] != " " or not text[country + 1 : country + 2].isupper():
        return None
    return country


@cache
def _remit_re() -> re.Pattern[str]:
    return re.compile(rf" (?:{trie_regex(read_list('title_remits.txt'))})((?: [{LOWER}]+){{1,8}})")


def _remit_end(text: str, end: int) -> int | None:
    """Where a portfolio written after a title ends ("phụ trách tài chính và pháp chế"), or None.

    The portfolio is lower-case words up to a function word or a verb (``org_stop_words.txt``); "và"
    joins two fields when a field word follows it.
    """
    m = _remit_re().match(text, end)
    if m is None:
        return None
    stops = org_stop_words()
    pos = m.start(1)
    words = m.group(1).split(" ")[1:]
    last = None
    for i, w in enumerate(words):
        if w in stops and not (w == "và" and last is not None and i + 1 < len(words) and words[i + 1] not in stops):
            break
        pos += 1 + len(w)
        if w != "và":
            last = pos
    return _places_after(text, last) if last is not None else None


def _places_after(text: str, end: int) -> int:
    """``end`` moved over the places a portfolio names after its field ("phụ trách biên giới Việt Nam –
    Campuchia", "phụ trách khu vực Đông Nam Á"): one place the gazetteer knows, or two joined by a dash."""
    at = end + 1
    for _ in range(2):
        if text[at - 1 : at] not in (" ", "-", "–") or not text[at : at + 1].isupper():
            break
        known = places().bare_re.match(text, at)
        if known is None or text[known.end() : known.end() + 1].isalnum():
            break
        end = known.end()
        dash = _PAIR_DASH.match(text, end)
        if dash is None:
            break
        at = dash.end()
    return end


_SEMICOLON = re.compile(r"; ")
# what may follow the last office of a person's chain: the sentence's end, or its predicate in lower case
_CHAIN_CLOSE = re.compile(rf"[.;\n]|$| [{LOWER}]")


def _office_after_semicolon(ctx: _Context, pos: int) -> bool:
    """True when a semicolon at ``pos`` parts two offices of one person ("Ông A, Bí thư Tỉnh ủy; Chủ tịch HĐND
    tỉnh phát biểu"): a capitalised office follows it and closes the clause, no name, colon or comma after it (a
    roll's next item: "; Phó Chủ tịch UBND tỉnh Nguyễn Văn B", "; Phó Chủ tịch: B")."""
    text = ctx.text
    if not text.startswith("; ", pos) or not text[pos + 2 : pos + 3].isupper():
        return False
    if text.startswith("Đại diện ", pos + 2):
        return False  # "ông A - Phó Giám đốc Công an tỉnh; Đại diện Ủy ban MTTQ tỉnh; ...": the roll's next attendee
    span = _position_at(ctx, pos + 2, loose=False)
    if span is None or ctx.name_next(span[1]) or _cut_short(ctx, span):
        return False
    close = _CHAIN_CLOSE.match(text, span[1])
    if close is not None and close.group(0).startswith(" ") and _title_re().fullmatch(text, span[0], span[1]):
        return False  # "; Hiệu trưởng nhà trường đã tới": a bare title, its body in lower case not read
    return close is not None


def _runs_into_next_name(ctx: _Context, name_end: int, chain_end: int) -> bool:
    """True when the chain read after a name (from ``name_end`` to ``chain_end``, opened by a comma) goes on, after
    a comma, with an office written right before another person's name: the offices are that person's chain."""
    text = ctx.text
    if not text.startswith(", ", name_end) or not text.startswith(", ", chain_end):
        return False
    span = _position_at(ctx, chain_end + 2, loose=False)
    return span is not None and ctx.name_next(span[1])


# the rest of a bracketed office up to its close: a few capitalised words, after "tại" or "ở" at times (a county, a
# body named in capitals the tables do not know: "(Chủ Tịch CĐNVQG Hạt Los Angeles)")
_BRACKET_REST = re.compile(rf"(?: (?:tại|ở))?(?: [{UPPER}][\w.&'’-]*){{1,8}}(?=\))")


def _chain_after(ctx: _Context, pos: int) -> tuple[list[tuple[int, int]], int, dict[int, str]]:
    """Positions written after a name: ``, A, B`` or `` - A, B``; returns their spans, where they end, and
    the role verb written before a span, by its index ("- Phó Bí thư Tỉnh ủy làm Chủ tịch Hội")."""
    text = ctx.text
    spans: list[tuple[int, int]] = []
    verbs: dict[int, str] = {}
    opening = _OPEN_PAREN.match(text, pos)
    if opening is not None:
        # "ông Nguyễn Văn An (Chủ tịch Hội Nông dân tỉnh)": positions in brackets
        inner = _position_at(ctx, opening.end(), loose=False)
        if inner is not None and inner[1] > opening.end():
            spans.append(inner)
            # ("(Phó hiệu trưởng Trường THPT Sompanya - Trưởng đoàn)": joined by a dash too, as outside brackets)
            while (nxt := _SEP_NEXT_DASH.match(text, spans[-1][1])) and (
                more := _position_at(ctx, nxt.end(), loose=False)
            ):
                spans.append(more)
            rest = _BRACKET_REST.match(text, spans[-1][1])
            if rest is not None:
                # "ông Trần Văn Lực (Chủ tịch Hội Người Việt Nam tại Hạt Orange)": the note is the office as written,
                # its body's place or name in capitals up to the bracket's close read with it
                spans[-1] = (spans[-1][0], rest.end())
            if not text.startswith(")", spans[-1][1]):
                spans = []
            elif _SEP_FIRST.match(text, spans[-1][1] + 1) is None:
                return spans, spans[-1][1] + 1, verbs
            else:
                pos = spans[-1][1] + 1  # "ông A (Phó Chủ tịch UBND tỉnh) - Chủ tịch Hội": the chain goes on
    paren = _PAREN.match(text, pos) or _OTHER_SPELLING.match(text, pos)
    if paren and not _ABBR.match(text, pos):
        pos = paren.end()
    age = _AGE.match(text, pos)
    if age is not None:
        pos = age.end()  # "Nguyễn Văn Sơn, 45 tuổi, Giám đốc ...": the age comes between the name and the office
    sep = _SEP_FIRST
    skipped = False
    while True:
        m = sep.match(text, pos)
        if m is None and sep is _SEP_FIRST and not spans:
            m = _glued_title(text, pos)
        if m is None and spans and _office_after_semicolon(ctx, pos):
            m = _SEMICOLON.match(text, pos)
        if m is None:
            break
        seg = m.end()
        organ = _ORGAN_ALONE.match(text, seg) if sep is not _SEP_FIRST else None
        if organ is not None:
            pos = organ.end()  # "Ủy viên Ban Thường vụ, Ban Chấp hành, Phó Chủ tịch ...": a membership between
            continue
        verb = _role_verb_re().match(text, seg)
        if verb is None and sep is _SEP_FIRST:
            # "Name, chuyển công tác đảm nhận chức Bí thư": a short predicate before the role verb
            verb = _LEAD_IN.match(text, seg)
        concurrent = _CONCURRENT.match(text, seg)
        if concurrent is not None:
            # ", kiêm Chỉ huy trưởng ...", ", đồng thời là ...": a second office, written with its link word
            span = _position_at(ctx, concurrent.end(), loose=False)
            span = (seg, span[1]) if span is not None and concurrent.group(0).startswith("kiêm") else span
        elif verb and verb.group("verb") in _chain_verbs():
            # (a role taken is the office, not the term it is taken for: "..., làm Chủ tịch Hội ... nhiệm kỳ 2022-2027")
            span = _position_at(ctx, verb.end(), loose=False, term=False)
            if span is not None:
                verbs[len(spans)] = verb.group("verb")
        else:
            span = _position_at(ctx, seg, loose=sep is _SEP_FIRST)
        if span is None and sep is _SEP_FIRST and not spans and not skipped:
            after = _unread_first_item_end(ctx, seg)
            if after is not None:
                # "Nguyễn Thị Thanh, UVT.Ư Đảng, Bí thư Tỉnh ủy": an item the grammar does not read (an
                # abbreviation spelt with a dot, a typo), then the chain
                skipped = True
                pos = after
                continue
        if span is None or ctx.name_next(span[1]):
            break  # "A, Chủ tịch Hội X B": the position is B's, written before B's name
        if text[span[0] : span[1]] in _roles_not_alone():
            break  # "ông A, đại diện cho ...": a role that is no office without the body it serves
        if sep is not _SEP_FIRST and _cut_short(ctx, span):
            break  # "..., Chủ nhiệm Ủy ban 8 của Thượng viện": a body not read; the bare title is no office
        if spans and m.group(0) == " " and concurrent is not None and concurrent.group(0).startswith("kiêm"):
            # "Phó Chủ nhiệm Chính trị Bộ Tư lệnh BĐBP kiêm Tổng Biên tập Báo Biên phòng": no comma, one position
            spans[-1] = (spans[-1][0], span[1])
            pos = span[1]
            continue
        if (
            sep is not _SEP_FIRST
            and text[span[0] : span[1]].islower()
            and _title_re().fullmatch(text, span[0], span[1])
        ):
            break  # "..., lãnh đạo một số Sở": a bare title in lower case further on is the next item of a list
        if (
            text[span[0]].islower()
            and (plural := text.find(" các ", span[0], span[1])) >= 0
            and not ctx.covered(plural, plural + 5)
        ):
            # "ông B, đại diện lãnh đạo các Bộ, ban, ngành": a group listed after the names, not one's office (not
            # the "các" of a body's name: "nguyên Chủ tịch Liên hiệp các Tổ chức Hữu nghị Việt Nam")
            break
        spans.append(span)
        pos = span[1]
        if sep is _SEP_FIRST:
            # "Nguyễn Ngọc Phi - Phó bí thư Tỉnh ủy - Chủ tịch UBND tỉnh": a chain goes on by dashes ("A, Giám đốc
            # Sở Ngoại vụ – Chủ tịch Hội": after commas too); one opened by a table's cell bar by bars
            sep = _SEP_NEXT_BAR if m.group(0).strip() == "|" else _SEP_NEXT_DASH
    return spans, pos, verbs


# a short capitalised item between commas: "UVT.Ư Đảng", "Ủy Trung ương Đảng" (a typo for "Ủy viên")
_SHORT_ITEM = re.compile(rf"[{UPPER}][^,;:()\n]{{0,30}}?(?=, [{UPPER}])")


def _unread_first_item_end(ctx: _Context, seg: int) -> int | None:
    """Where a short capitalised item the grammar does not read ends, when an office follows it after a comma
    ("Nguyễn Thị Thanh, UVT.Ư Đảng, Bí thư Tỉnh ủy, ..."), else None; never over a name ("các ông A, B, Chủ
    tịch ...": B's office), a predicate or more than four words."""
    item = _SHORT_ITEM.match(ctx.text, seg)
    if item is None or len(item.group(0).split(" ")) > 4 or seg in ctx.name_starts or ctx.name_between(seg, item.end()):
        return None
    if _acts_between(ctx.text, seg, item.end()) or _position_at(ctx, item.end() + 2, loose=False) is None:
        return None
    return item.end()


_GLUED_SPACE = re.compile(rf" (?=(?:Phó |Tổng )?[{UPPER}][{LOWER}]* [{UPPER}{LOWER}])")


def _glued_title(text: str, pos: int) -> re.Match[str] | None:
    """The bare space between a name and its office when a roll writes no comma or dash between them
    ("Hoàng Minh Cường Phó Chủ tịch UBND thành phố"): only before a capitalised title of two words or more."""
    m = _GLUED_SPACE.match(text, pos)
    if m is None:
        return None
    title = _title_re().match(text, m.end())
    return m if title is not None and " " in title.group(0) and title.group(0)[:1].isupper() else None


_FIELD_WORDS = re.compile(rf"(?: [{LOWER}]+){{1,3}}")


def _cut_short(ctx: _Context, span: tuple[int, int]) -> bool:
    """True when ``span`` is a bare title with a capitalised word right after it: the body it belongs to
    is written there but was not read, and the title alone would be an office cut short."""
    text = ctx.text
    head = _title_re().match(text, span[0])
    return (
        head is not None
        and head.end() == span[1]
        and text[span[1] : span[1] + 1] == " "
        and text[span[1] + 1 : span[1] + 2].isupper()
    )


# a unit's name the gazetteer does not know: one to three capitalised words (searched between a level word and a name)
_UNIT_WORDS_BEFORE_NAME = re.compile(
    rf"[{UPPER}][{LOWER}]*(?:-[{UPPER}{LOWER}][{LOWER}]*)*(?: [{UPPER}][{LOWER}]*){{0,2}}"
)


def _unit_named_before(ctx: _Context, end: int, name_at: int) -> int | None:
    """``name_at`` when a level word and the capitalised name of its unit fill ``text[end:name_at]`` after the
    title of a unit's head ("Thị trưởng thành phố Gimpo Kim Byung-soo", "Tỉnh trưởng tỉnh Luang Namtha Phet
    Phomphiphak"): the name found after them closes the unit's name, which the gazetteer need not know."""
    text = ctx.text
    level = _LEVEL_BEFORE_PLACE.match(text, end)
    if level is None or _UNIT_WORDS_BEFORE_NAME.fullmatch(text, level.end(), name_at) is None:
        return None
    return name_at


def _field_before_name(text: str, end: int, name_at: int) -> bool:
    """True when one to three lower-case words, none a function word or a verb's marker, fill
    ``text[end:name_at]``: the field of the title before them."""
    if _FIELD_WORDS.fullmatch(text, end, name_at) is None:
        return False
    stops = org_stop_words()
    words = text[end + 1 : name_at].split(" ")
    if any(w in stops for w in words) or " ".join(words) in stops:
        return False
    return _aspect_re().search(text, end, name_at) is None


def _title_start(ctx: _Context, m: re.Match[str]) -> int:
    """Where the title ``m`` found starts: after its first word when that word ends a place or a body named
    before it ("tỉnh Thái Nguyên Chủ tịch Hồ Chí Minh": "Nguyên" is the province's, no former office); not when
    the body opens the title and ends inside it ("Tỉnh ủy viên": a member of the "Tỉnh ủy", the whole title)."""
    space = m.group(0).find(" ")
    if (
        space > 0
        and ctx.covered(m.start(), m.start() + 1)
        and not ctx.covered_within(m.start(), m.start() + 1, m.start(), m.end())
    ):
        return m.start() + space + 1
    return m.start()


def _next_office_start(ctx: _Context, end: int) -> int | None:
    """Where the next office of a chain written before a name starts after one ending at ``end``, or None: after a
    comma or "kiêm", or right after a space when a capitalised title opens there ("Ủy viên Bộ Chính trị Phó Thủ
    tướng Trần Lưu Quang": the press often drops the comma between two offices)."""
    text = ctx.text
    nxt = _SEP_NEXT.match(text, end)
    if nxt is not None:
        return nxt.end()
    if text.startswith(" ", end) and text[end + 1 : end + 2].isupper() and _title_re().match(text, end + 1):
        return end + 1
    return None


# the seat of an office named after its holder's title: "tại Phủ Chủ tịch, Phó Chủ tịch nước A" (the Presidential
# Palace), "Dinh Thống đốc"
_SEAT_BEFORE_TITLE = re.compile(r"(?<![\w])(?:Phủ|Dinh) $")


# what follows a name written after its offices and a comma when the name closes the phrase (searched at its end)
_NAME_CLOSES_CLAUSE = re.compile(rf"[;.)\n]|$|, [{LOWER}]")


def _agent_after(ctx: _Context, name_end: int) -> bool:
    """True when another person follows the name ending at ``name_end`` after a comma, by an honorific or an office
    written before the name: "Thừa ủy quyền của Tổng Bí thư, Chủ tịch nước Nguyễn Phú Trọng, Thứ trưởng Tô Anh Dũng
    trao": the one who acts comes last, the offices before the first name are all that person's."""
    if not ctx.text.startswith(", ", name_end):
        return False
    if name_end + 2 in ctx.name_starts:
        return True
    pos: int | None = name_end + 2
    for _ in range(3):  # (the other's offices may be a chain: ", Phó Thủ tướng, Bộ trưởng Ngoại giao Bùi Thanh Sơn")
        span = _position_at(ctx, pos, loose=False) if pos is not None else None
        if span is None:
            return False
        if ctx.name_next(span[1]):
            return True
        pos = _next_office_start(ctx, span[1])
    return False


def _chain_before(ctx: _Context, name_start: int, floor: int) -> list[tuple[int, int]]:
    """Positions written before a name (``Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh X Name``)."""
    text = ctx.text
    for m in ctx.words.matches(_title_re(), floor, name_start):
        if _SEAT_BEFORE_TITLE.search(text, max(0, m.start() - 5), m.start()):
            continue
        spans: list[tuple[int, int]] = []
        pos = _title_start(ctx, m)
        while True:
            span = _position_at(ctx, pos, loose=False)
            if span is None:
                break
            spans.append(span)
            if span[1] == name_start - 1 and text[span[1]] in " ,":
                return spans
            note = _NOTE.match(text, span[1])
            if note is not None and note.end() == name_start - 1:
                return spans  # "Chủ tịch UBND xã Yên Thọ (Ý Yên, Nam Định) Nguyễn Văn Đông": a note between
            if span[1] == m.end() and (unit_end := _unit_named_before(ctx, span[1], name_start - 1)) is not None:
                spans[-1] = (span[0], unit_end)  # "Thị trưởng thành phố Gimpo Kim Byung-soo": a unit not known
                return spans
            if span[1] == m.end() and _field_before_name(text, span[1], name_start - 1):
                # "phó chủ tịch tài chính Trần Anh Tú", "trưởng ban trọng tài Nguyễn Văn A": the field of a bare
                # title, written in lower case between it and the name
                spans[-1] = (span[0], name_start - 1)
                return spans
            if span[1] == name_start - 2 and text.startswith(", ", span[1]) and span[1] > m.end():
                # "Đại biện lâm thời Đại sứ quán ... tại Việt Nam, Pak Sang Gil;": the name closes the clause, or
                # its predicate follows a comma ("Phó Chủ tịch Hội người Việt Nam tại Nhật Bản, Phan Hữu Duy Quốc,
                # cho biết")
                name = _NAME_AFTER_TITLE.match(text, name_start - 1)
                if name is not None and _NAME_CLOSES_CLAUSE.match(text, name.end()):
                    return spans
            nxt = _next_office_start(ctx, span[1])
            if nxt is None or nxt >= name_start:
                break
            pos = nxt
    return []


# "Tổng thư ký: Lê Hoài Anh", "Chủ tịch: ông A": a line-up written as title, colon, name
# (a year may end the title's term before the colon, "nhiệm kỳ 2013 – 2018: A"; other digits are a time, "10:30")
_TITLE_COLON = re.compile(r"(?:(?<![\d])|(?<=\d{4})):(?: (?:[ôÔ]ng|[bB]à|[đĐ]ồng chí))? $")
# (a line of a roll may open with a bullet dash: "– Chủ tịch Hội: A")
_SEGMENT_OPEN = re.compile(r"(?:[.;\n]\s*|^)(?:[-–•+] )?")


# the field of a bare title on a roll's line, before its colon: "Phó Chủ tịch Nội vụ: Paul Huy Nguyễn"
_ROLL_FIELD = re.compile(rf"(?: [{UPPER}][{LOWER}]*(?: [{LOWER}]+){{0,2}})?")
# the term an office of a line-up is held for, written before its colon: " nhiệm kỳ 2020 - 2025", " khóa VII"
_TERM_BEFORE_COLON = re.compile(r" (?:nhiệm k[ỳì]|kh[óo]a|khoá) [\dIVXL]+(?:\s*[-–]\s*\d+)?")
_NOTE_BEFORE = re.compile(r"\([^()]{1,40}\) $")
_NOTE = re.compile(r" \([^()]{1,40}\)")


def _before_note(text: str, name_at: int) -> int:
    """Where a bracketed note written between a position and a name begins ("... xã Yên Thọ (Ý Yên, Nam
    Định) Nguyễn Văn Đông"), else ``name_at``: the note's bracket opens no clause."""
    note = _NOTE_BEFORE.search(text, max(0, name_at - 44), name_at)
    return note.start() if note is not None else name_at


# a body's acronym in brackets that ends an office, then the clause goes on or ends: " (PACCOM) làm", " (JVPF)."
_CLOSING_ACRONYM = re.compile(rf" ?\([{UPPER}][{UPPER}0-9&]{{1,9}}\)$")


def _office_text(text: str, start: int, end: int) -> str:
    """The office written after a name at ``start:end``, without a bracketed acronym that closes it when the
    clause goes on with something else than the office ("Trưởng Ban Điều phối viện trợ nhân dân (PACCOM) làm
    Trưởng đoàn": the acronym only names the body again). Inside the office it stays, the office going on after
    it ("Trưởng Đại diện Quỹ Nhi đồng Liên hợp quốc (UNICEF) tại Việt Nam", "Trưởng Trung tâm ... (HECI), Bệnh
    viện Chợ Rẫy")."""
    office = text[start:end]
    if text.startswith(",", end) or (closing := _CLOSING_ACRONYM.search(office)) is None:
        return office
    return office[: closing.start()]


def _with_committee_term(text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """``span`` read on over the numbered committee written after it ("khóa VIII"), if any."""
    if span is None or (after := _COMMITTEE_TERM.match(text, span[1])) is None:
        return span
    return span[0], after.end()


def _title_before_colon(ctx: _Context, colon: int, floor: int) -> list[tuple[int, int]]:
    """The position that opens the segment ending at ``colon`` and fills it exactly, if any."""
    text = ctx.text
    lo = max(floor, colon - 120, 0)
    opens = [m.end() for m in _SEGMENT_OPEN.finditer(text, lo, colon)]
    start = opens[-1] if opens else lo
    m = _title_re().match(text, start)
    if m is None:
        return []
    # (the term before a roll's colon is the one its offices are filled for, not part of the office; the numbered
    # committee is: "Chủ tịch Hội nhiệm kì 2013 – 2018: A", "Ủy viên BCH VFF khóa VIII: B")
    span = _with_committee_term(text, _position_at(ctx, start, loose=False, term=False))
    if span is not None and span[1] < colon and _TERM_BEFORE_COLON.fullmatch(ctx.text, span[1], colon):
        return [span]  # "Chủ tịch Hội nhiệm kì 2013 – 2018: Lê Phan Hoàng Chiêu": the term it is held for between
    if (
        span is not None
        and span[1] == m.end()
        and span[1] < colon
        and text.startswith("\n", start - 1)
        and _ROLL_FIELD.fullmatch(text, span[1], colon)
    ):
        return [(span[0], colon)]  # "Phó Chủ tịch Nội vụ: Paul Huy Nguyễn": a roll's line, the title's field
    return [span] if span is not None and span[1] == colon else []


# the middle names that mark a Vietnamese name as a woman's or a man's: no body's or place's name goes on so
_GENDER_MIDDLE_NAMES = frozenset({"Thị", "Văn"})


def _without_place_before(ctx: _Context, start: int, words: list[str]) -> tuple[int, list[str]]:
    """The name in ``words`` (at ``start``) without the foreign place written before it, as a title's place
    is set between an honorific and a foreign name ("Tỉnh trưởng - ngài Fukuoka Hiroshi Ogawa"); the rest
    must read as a foreign name, not Vietnamese syllables ("ông Hàn Quốc Việt" keeps its surname). With no
    title before the honorific the place has nothing to qualify: it opens the name ("ông Salvador Valdes Mesa")."""
    place_end = ctx.place_at(start)
    if place_end is None or ctx.text[place_end : place_end + 1] != " " or not _title_before_honorific(ctx.text, start):
        return start, words
    rest = ctx.text[place_end + 1 : start + len(" ".join(words))]
    if rest.count(" ") == 0 or not _foreign_person_name(rest):
        return start, words
    return place_end + 1, rest.split(" ")


# the plain forms of address (a closed class of kinship and courtesy words): a place after one of them
# qualifies no rank of theirs ("trung tướng Mỹ James Jarrard" does)
_FORMS_OF_ADDRESS = frozenset({"ông", "bà", "ngài", "anh", "chị", "đồng chí", "cô", "chú", "bác", "cụ", "em"})


def _title_before_honorific(text: str, start: int) -> bool:
    """True when the honorific before the name at ``start`` has a title or a rank for a place after it to
    qualify: a rank ("trung tướng Mỹ James Jarrard"), or a title before a form of address (a comma, a colon or
    a dash between them: "Tỉnh trưởng- ngài Fukuoka Hiroshi Ogawa"); not "Nhân dịp ông Salvador Valdes Mesa"."""
    before = _honorific_re().search(text, max(0, start - 16), start)
    if before is None:
        return False
    if before.group("h").lower() not in _FORMS_OF_ADDRESS:
        return True
    end = before.start()
    while end > 0 and text[end - 1] in " -–:,":
        end -= 1
    return any(m.end() == end for m in _title_re().finditer(text, max(0, end - 40), end))


def _given_names_covered(ctx: _Context, start: int, end: int, words: list[str]) -> bool:
    """True when a surname and two or more given names (``words``, ``text[start:end]``) have a place or an
    organization read inside the given names only ("Nguyễn Trường Thắng": "Trường Thắng" as a school)."""
    return len(words) > 2 and words[0] in surnames() and ctx.covered_within(start, end, start + len(words[0]) + 1, end)


def _name_before_title(text: str, start: int, words: list[str]) -> list[str]:
    """The words of the name that opens ``words`` (at ``start``), short of a title glued to it.

    Rolls run the name into its office with no comma ("Hoàng Minh Cường Phó Chủ tịch UBND thành phố") or
    with a bare hyphen ("Võ Ngọc Thành-Phó Bí thư Tỉnh ủy", "ngài Li Thut-Bộ trưởng"): a title of two
    words or more after two name words, or any title after a hyphen inside a word, starts the next item.
    """
    at = start
    for i, word in enumerate(words):
        if i >= 1 and (title := _title_re().match(text, at)) is not None and " " in title.group(0):
            return words[:i]
        hyphen = word.find("-")
        if i >= 1 and hyphen > 0 and _title_re().match(text, at + hyphen + 1) is not None:
            return [*words[:i], word[:hyphen]]
        at += len(word) + 1
    return words


def _is_name_word(word: str) -> bool:
    return not (len(word) > 1 and word.isupper())


def _names_no_one(
    text: str, run: re.Match[str], sur: frozenset[str], korean: frozenset[str], capital: frozenset[str]
) -> bool:
    """True when a capitalised run that no honorific precedes cannot give :func:`_candidates` a name.

    A cheap test of what the full reading of the run would find: no capitalised honorific opens it, no
    word of it can start a name (a surname, an Ê Đê "H'", a Korean surname) and no verb of saying follows.
    """
    words = run.group(0).split(" ")
    if len(words) > 1 and words[0] in capital:
        return False
    if not (sur.isdisjoint(words) and korean.isdisjoint(words)) or "H'" in run.group(0) or "H’" in run.group(0):
        return False
    return not _said_after(text, run.end())


def _country_at_given_names(ctx: _Context, start: int) -> bool:
    """True when a country's name stands where the given names would: "Đoàn Việt Nam tham dự" is the
    Vietnamese delegation ("đoàn" opening the sentence), not a man surnamed Đoàn."""
    place = ctx.places.get(start)
    info = places().lookup(place.text) if place is not None else None
    return info is not None and info.level == "country"


def _candidates(ctx: _Context) -> list[_Found]:
    text = ctx.text
    found: list[_Found] = []
    sur = surnames()
    korean = _korean_surnames()
    capital = _capital_honorifics()
    for run in ctx.words.runs:
        offset = run.start()
        may_honour = _may_follow_honorific(text, offset)
        if not may_honour and _names_no_one(text, run, sur, korean, capital):
            continue  # most runs: a sentence's first word, a place, an organization's name
        honour = _HONOUR_AFTER.search(text, offset, run.end() + 16)
        words = text[offset : honour.start() if honour and honour.start() < run.end() else run.end()].split(" ")
        # an honorific written with a capital at a sentence start: "Ông Nguyễn Minh", "Chị Thanh Vân"
        honorific = None
        before = _honorific_re().search(text, max(0, offset - 16), offset) if may_honour else None
        if before and _title_re().match(text, offset) is None:
            # ("Đồng chí Phó Bí thư Tỉnh ủy ... Nguyễn Văn Sơn": a title after the honorific, the name further on)
            honorific = before.group("h")
        if honorific is None and len(words) > 2 and f"{words[0]} {words[1]}" in _two_word_capital_honorifics():
            # "Bác Sĩ Võ Đình Hữu": a two-word honorific in Title Case opens the run
            honorific = f"{words[0]} {words[1]}"
            offset += len(honorific) + 1
            words = words[2:]
        while (
            honorific is None
            and words[0] in capital
            and len(words) > 1
            and _title_re().match(text, offset + len(words[0]) + 1) is None  # "Bà Tổng Lãnh sự Susan Burns"
        ):
            honorific = words[0]
            offset += len(words[0]) + 1
            words = words[1:]
            break
        while honorific is not None and len(words) > 2 and words[0] in capital:
            # "Ông Bà Roger J. Elsmore": two honorifics written one after the other ("Ông/Bà" set as two
            # words); neither is part of the name
            offset += len(words[0]) + 1
            words = words[1:]
        start = offset
        claimed = False
        if honorific is None:
            # the name starts at a surname; earlier capitalised words belong to a title, a place or a
            # sentence start ("Lai Châu Trần Tiến Dũng": Châu is a surname too, but inside a place)
            chosen = None
            if _DISTRICT_COMMITTEE_BEFORE.search(text, max(0, offset - 9), offset - 1) and (
                district := _district_after(text, offset - 1)
            ):
                # "Bí thư Huyện ủy Mường Khương Hoàng Văn Tám": the district's name (Khương a surname too), then
                # the holder's
                words = words[len(text[offset:district].split(" ")) :]
                offset = district + 1
            for i, w in enumerate(words):
                if w not in sur and not ((w[:1] == "H" or w in korean) and _foreign_surname(w, words[i + 1 : i + 2])):
                    continue
                if _in_surname_compound(words, i):
                    continue  # "Cộng Đồng Người Việt Quốc Gia": the surname is a syllable of a word of a body's name
                s0 = offset + sum(len(x) + 1 for x in words[:i])
                # (short of a title glued by a hyphen, whose body may be read as an organization: "Ayun
                # H’Bút-Tỉnh ủy viên")
                cand = _name_before_title(text, s0, words[i : i + 4])
                e0 = s0 + len(" ".join(cand))
                if not ctx.covered(s0, e0):
                    chosen = (s0, cand)
                    break
                if (
                    len(cand) > 2
                    and ctx.covered_within(s0, e0, s0 + len(w) + 1, e0)
                    and not _country_at_given_names(ctx, s0 + len(w) + 1)
                ):
                    # "Phạm Bình Minh", "Nguyễn Trường Thắng": a place or a school read inside the given names;
                    # a surname and two given names make the whole a person's name
                    chosen, claimed = (s0, cand), True
                    break
            if chosen is None:
                # "Bộ trưởng Nội vụ Gérald Darmanin cho biết": a run before a verb of saying is a name;
                # its last two to four words, not a title or a place before them
                chosen = _speaker(ctx, offset, words, run.end()) if _said_after(text, run.end()) else None
                if chosen is None:
                    continue
            start, words = chosen
        words = _name_before_title(text, start, words)
        if honorific is not None and len(words) > 2:
            start, words = _without_place_before(ctx, start, words)
        # a Vietnamese name has at most four syllables; a Lao or Khmer name transcribed syllable by
        # syllable after an honorific ("Trung tá Khăm Phăn Chăn La Son") runs longer
        words = words[: 6 if honorific and words and words[0] not in sur else _vietnamese_name_length(words, sur)]
        if not words or not all(_is_name_word(w) for w in words):
            continue
        end = start + len(" ".join(words))
        if honorific and (tail := _latin_tail(text, start, end)) is not None:
            end = tail  # "ông Jan van der Berg", "ông John F. Kennedy": the rest of a name in Latin script
            words = text[start:end].split(" ")
        if (
            ctx.covered(start, end)
            and not (claimed or _given_names_covered(ctx, start, end, words))
            and not (honorific and len(words) > 2 and words[1] in _GENDER_MIDDLE_NAMES)
            and not (honorific and len(words) > 2 and ctx.covered_within(start, end, start, start + len(words[0])))
        ):
            # (a surname, then a place or a school read in the given names: "đồng chí Nguyễn Trường Thắng";
            # "ngài Đại tướng Úc Kim Lẹ": a place read in the first word after an honorific, Vietnamese
            # syllables after it: a Lao or Khmer name, not a country)
            continue  # ("bà Trường Thị Hiền": a woman's name after an honorific, whatever a school's name reads)
        name = text[start:end]
        if len(words) == 1:
            if honorific and _HYPHENED_FULL_NAME.fullmatch(name):
                # "ngài Oh-Sae-Hyun": a Korean name written as one hyphened word, every syllable capitalised
                found.append(_Found(start, end, name, honorific))
            elif honorific and _FOREIGN_WORD.fullmatch(name):
                # "ông Harashima": a foreign family name alone (several syllables in Latin script) is a person,
                # the one named in full elsewhere when there is one ("bà Pelosi" for Nancy Pelosi)
                found.append(_Found(start, end, name, honorific, ref=True, cued=True))
            elif honorific and honorific[0].lower() in "ôbacđ":
                found.append(_Found(start, end, name, honorific, ref=True))
            continue
        # (an Ê Đê woman's name, "H'Bia Mlô", is a name by its form alone)
        cued = _said_after(text, end) or words[0].startswith(("H'", "H’"))
        found.append(_Found(start, end, name, honorific, cued=cued))
    # an honorific glued to the name by its full stop: "ĐĐ.Thích Chơn Trí", "PGS.TS.Nguyễn Văn A"
    for m in ctx.words.matches(_glued_honorific_re()):
        glued = _RUN_AT.match(text, m.end())
        if glued is None:
            continue
        words = glued.group(0).split(" ")[:4]
        start, end = m.end(), m.end() + len(" ".join(words))
        if len(words) > 1 and all(_is_name_word(w) for w in words) and not ctx.covered(start, end):
            found.append(_Found(start, end, text[start:end], m.group("h")))
    # a person named by initials, as the press names private persons: "anh N.V.A.", "chị T.", "bà H.T.M";
    # a foreign family name may follow them ("ông J. Smith")
    for m in ctx.words.matches(_INITIALS):
        start, end = m.span("name")
        family = _LATIN_FAMILY_NAME.match(text, end) if text[end - 1] == "." else None
        if family is not None and not is_syllable(family.group(0)[1:]):
            end = family.end()  # ("anh T. Sau khi ...": a Vietnamese syllable opens the next sentence)
        if not ctx.covered(start, end):
            found.append(_Found(start, end, text[start:end], m.group("h")))
    # a name written all in capitals after a lower-case honorific, as pages set foreign donors' names:
    # "bà YOUN MEE HYANG"
    for m in ctx.words.matches(_CAPS_NAME):
        start, end = m.span("name")
        if not ctx.covered(start, end):
            found.append(_Found(start, end, m.group("name"), m.group("h")))
    # a roll or a caption sets a Vietnamese name in capitals without an honorific, its office after a dash or a
    # comma: "NGUYỄN VĂN TOÀN - Chủ tịch Hội"; a surname first and the office make it a person's
    honoured = {f.start for f in found}
    for m in ctx.words.matches(_caps_run_re()):
        start, end = m.span()
        sep = _SEP_FIRST.match(text, end) or _OPEN_PAREN.match(text, end)  # "NGUYỄN VĂN AN (Chủ tịch Hội)"
        if (
            start not in honoured
            and sep is not None
            and _title_re().match(text, sep.end()) is not None
            and not ctx.covered(start, end)
            and places().lookup(m.group(0).title()) is None  # "LÂM ĐỒNG – Giám đốc Sở ...": a dateline's place
        ):
            found.append(_Found(start, end, m.group(0)))
    found = _with_lower_middle_names(ctx, found)
    for m in _GLUED_NAME.finditer(text):
        start, end = m.span("name")
        if _FOREIGN_WORD.fullmatch(text[start:end].split(" ")[0].split("-")[0] + "a") and not ctx.covered(start, end):
            found.append(_Found(start, end, m.group("name"), m.group("h")))
    # foreign names in Latin script, by what is written around them ("cầu thủ Nico Williams đánh đầu")
    found.extend(_latin_people(ctx, found))
    found.sort(key=lambda f: f.start)
    return found


_CAPS_NAME = scanner(
    re.compile(rf"(?<![\w])(?P<h>[ôÔ]ng|[bB]à|[nN]gài) (?P<name>[{UPPER}]{{2,}}(?: [{UPPER}]{{2,}}){{1,3}})(?![\w])")
)


# the gender middle name in lower case, as some pages (overseas ones above all) write it: "Nguyễn văn Hiền"
_LOWER_MIDDLE_NAME = re.compile(rf"(?:văn|thị) [{UPPER}][{LOWER}]+(?: [{UPPER}][{LOWER}]+)?(?![\w])")
_SURNAME_BEFORE = re.compile(rf"[{UPPER}][{LOWER}]* $")  # (searched up to the middle name)


def _with_lower_middle_names(ctx: _Context, found: list[_Found]) -> list[_Found]:
    """``found`` with the names written with their middle name "văn" or "thị" in lower case ("ông Nguyễn văn
    Hiền - Giám đốc ..."): a surname before it, an honorific before the surname or an office after the name
    (a dash or a comma, then a title) make it a person's. The lower-case word splits the run of capitals, so
    the runs miss it or read the surname alone after its honorific: the full name replaces that."""
    text, sur = ctx.text, surnames()
    out: list[_Found] = []
    taken = {f.start: f for f in found}
    for m in ctx.words.matches(_LOWER_MIDDLE_NAME):
        family = _SURNAME_BEFORE.search(text, max(0, m.start() - 12), m.start())
        if family is None or family.group(0)[:-1] not in sur:
            continue
        alone = taken.get(family.start())
        if alone is not None and alone.end != family.end() - 1:
            continue
        start, end = family.start(), m.end()
        honour = _own_honorific(ctx, start)
        sep = _SEP_FIRST.match(text, end)
        if honour is None and (sep is None or _title_re().match(text, sep.end()) is None):
            continue
        if not ctx.covered(start, end):
            out.append(_Found(start, end, text[start:end], honour.group("h") if honour else None))
            if alone is not None:
                found = [f for f in found if f is not alone]
    return found + out if out else found


@cache
def _caps_run_re() -> re.Pattern[str]:
    """A name in capitals opening with a surname ("NGUYỄN VĂN TOÀN"): the surnames' first letters are what the
    engine skips to, so the scan passes over most capitals at once."""
    sur = trie_regex(sorted({w.upper() for w in surnames()}))
    return scanner(re.compile(rf"(?<![\w])(?:{sur})(?: [{UPPER}]{{2,}}){{1,3}}(?![\w])"))


# an honorific glued to a foreign name by a lost space, as scrapes write it: "NgàiMit-suo"
_GLUED_NAME = scanner(
    re.compile(r"(?<![\w])(?P<h>Ngài|Ông|Bà)(?P<name>[A-Z][a-z]+(?:-[a-z]+)*(?: [A-Z][a-z]+(?:-[a-z]+)*){0,3})(?![\w])")
)


@cache
def _latin_full_name() -> str:
    """A full name in Latin script: two to four capitalised words, particles or an initial between ("Luis de
    la Fuente", "John F. Kennedy"), a word joined by a hyphen or an apostrophe ("Jean-Pierre", "O'Brien")."""
    particles = trie_regex(read_list("name_particles.txt"))
    word = "[A-Z][a-zà-öø-ÿ]+(?:['’-][A-Z][a-zà-öø-ÿ]+)*"
    return rf"{word}(?: (?:(?:{particles}) ){{0,2}}(?:[A-Z]\. )?{word}){{1,3}}"


# a family name in Latin script after initials: "J. Smith"
_LATIN_FAMILY_NAME = re.compile(r" [A-Z][a-z]{2,}(?![\w-])")


@cache
def _latin_tail_re() -> re.Pattern[str]:
    """What goes on from a name in Latin script cut at an initial's full stop or at a particle: the full
    stop and further initials ("John F. Kennedy"), or one or two particles (``name_particles.txt``), then
    a capitalised word ("Ursula von der Leyen")."""
    particles = trie_regex(read_list("name_particles.txt"))
    word = "[A-Z][a-zà-öø-ÿ]+(?:-[A-Z][a-zà-öø-ÿ]+)*"
    return re.compile(rf"(?P<stop>\.(?: [A-Z]\.)*|(?: (?:{particles})){{1,2}}) {word}(?![\w'’-])")


def _latin_tail(text: str, start: int, end: int) -> int | None:
    """Where the name in Latin script ``text[start:end]`` really ends when it goes on after an initial or a
    particle (:func:`_latin_tail_re`), else None."""
    if not _LATIN_NAME.fullmatch(text, start, end):
        return None
    m = _latin_tail_re().match(text, end)
    if m is None:
        return None
    initial = text[end - 1 : end].isupper() and (end - start == 1 or text[end - 2] == " ")
    if initial != m.group("stop").startswith("."):
        return None
    # ("anh T. Sau khi ...": after a full stop, a Vietnamese syllable opens the next sentence)
    return None if initial and is_syllable(text[m.end("stop") + 1 : m.end()]) else m.end()


@cache
def _latin_name_re() -> re.Pattern[str]:
    """Every full name in Latin script (:func:`_latin_full_name`), a whole word at each end."""
    return scanner(re.compile(rf"(?<![\w])(?:{_latin_full_name()})(?![\w])"))


@cache
def _latin_not_names() -> frozenset[str]:
    return frozenset(read_list("person_latin_not_names.txt"))


def _foreign_person_name(name: str) -> bool:
    """A Latin run with a word that is no Vietnamese syllable and no word of a club, body or place."""
    words = name.split(" ")
    # a Vietnamese tone mark reads as a consonant to _FOREIGN_WORD ("Hoài"): the foreign word is plain ASCII,
    # of several syllables ("Searcy") or of one that Vietnamese cannot spell ("Carl", "Thayer")
    foreign = any(w.isascii() and (_FOREIGN_WORD.fullmatch(w) or not is_syllable(w)) for w in words)
    return foreign and not _latin_not_names().intersection(words)


@attrs.frozen
class _PersonCues:
    """What, written next to a name (a foreign name in Latin script above all), says that it names a person."""

    noun_before: re.Pattern[str]  # a noun for a person before, a country between at times: "cầu thủ", "cựu binh Mỹ"
    act_after: re.Pattern[str]  # a person's act right after, aspect words or adverbs between
    # a minute of play right after, bare or in brackets ("Eric Garcia 99'"), or the player who came on for
    # this one at that minute, as a line-up writes it ("Fabian Ruiz (Pedri 62')")
    minute_after: re.Pattern[str]


@cache
def _person_cues() -> _PersonCues:
    """The cues of :class:`_PersonCues`, from ``person_nouns.txt``, ``person_acts.txt``, ``reporting_verbs.txt``,
    ``aspect_markers.txt`` and ``person_act_adverbs.txt``."""
    # (a sentence may open with the noun; an honorific stands before the country too: "ông người Mỹ")
    nouns = trie_regex(sorted(_both_cases([*read_list("person_nouns.txt"), *honorifics()])))
    acts = trie_regex([*read_list("person_acts.txt"), *read_list("reporting_verbs.txt")])
    # up to two aspect words or adverbs between: "cũng nhiều lần", "liên tiếp", "phải"
    between = trie_regex([*read_list("aspect_markers.txt"), *read_list("person_act_adverbs.txt")])
    return _PersonCues(
        noun_before=re.compile(
            rf"(?<![\w])(?:{nouns})(?: người)?(?: (?P<country>[{UPPER}][{LOWER}]*(?: [{UPPER}][{LOWER}]*){{0,2}}))? $"
        ),
        act_after=re.compile(rf" (?:(?:{between}) ){{0,2}}(?:{acts})(?![\w])"),
        minute_after=re.compile(r" \((?:[^\W\d_][\w.-]* ){0,3}\d{1,3}['’′]\)| \d{1,3}['’′](?![\w])"),
    )


_AFTER_CAPITAL = re.compile(rf"[{UPPER}][\w.]* $")


def _latin_cued(ctx: _Context, start: int, end: int) -> bool:
    """True when what is written around the Latin name ``text[start:end]`` makes it a person's.

    A noun for a person before it, the person's country between at times ("bạn Thidphaphone
    Duangphachanh", "tiền đạo Nico Williams", "cựu binh Mỹ Chuck Searcy"); a
    person's act after it ("Nico Williams đánh đầu", "Gérald Darmanin cho biết"), unless a title or an
    honorific stands before the name (the title rules read those: "Bộ trưởng ... Pháp Gérald X"); an office
    after a comma, in apposition ("Tsuboi Yoshiharu, Giáo sư danh dự Đại học Waseda"); a
    minute of play after it, as a match report writes who scored or came on ("Eric Garcia 99'").
    """
    text, cues = ctx.text, _person_cues()
    noun = cues.noun_before.search(text, max(0, start - 48), start)
    if noun is not None and (noun.group("country") is None or ctx.place_at(noun.start("country")) == start - 1):
        return True  # ("Nhà báo người Mỹ Peter Brown": the country is one the page or the gazetteer names)
    if cues.minute_after.match(text, end) is not None:
        return True
    if text.startswith(", ", end) and _title_re().match(text, end + 2) is not None:
        return True  # "... lần này là Tsuboi Yoshiharu, Giáo sư danh dự Đại học Waseda": the office in apposition
    if cues.act_after.match(text, end) is None:
        return False
    titled = _AFTER_CAPITAL.search(text, max(0, start - 24), start) is not None
    return not titled and text[start:end].split(" ")[0] not in _capital_honorifics()


def _latin_people(ctx: _Context, found: Sequence[_Found]) -> list[_Found]:
    """Foreign persons named in Latin script, in one pass over the Latin names of the text.

    A name whose syllables are not Vietnamese is a person's when what is written around it says so
    (:func:`_latin_cued`), when it is listed with such a name, joined by "và" or a comma ("Mikel
    Oyarzabal và Marc Cucurella"), or when it is such a name written again.
    """
    text = ctx.text
    latin = [run for m in _latin_name_re().finditer(text) if (run := _latin_run(ctx, m.start(), m.end())) is not None]
    if not latin:
        return []
    spans = sorted((f.start, f.end) for f in found)
    starts = [s for s, _ in spans]
    # a name found already (after a title, before a verb of saying) is not found again, but anchors a list
    taken = {r.start for r in latin if _overlaps(spans, starts, r.start, r.end)}
    added = [r for r in latin if r.start not in taken and _latin_cued(ctx, r.start, r.end)]
    known = {r.name for r in added} | {f.name for f in found if f.cued}
    if not known:
        return added
    taken.update(r.start for r in added)
    people = [r for r in latin if r.name in known]
    grew = True
    while grew:
        grew = False
        for r in latin:
            if r.start in taken:
                continue
            near = any(
                _list_gap(text, p.end, r.start, _LATIN_LIST_JOIN) or _list_gap(text, r.end, p.start, _LATIN_LIST_JOIN)
                for p in people
            )
            if near or r.name in known:
                taken.add(r.start)
                people.append(r)
                known.add(r.name)
                added.append(r)
                grew = True
    return added


def _overlaps(spans: Sequence[tuple[int, int]], starts: Sequence[int], start: int, end: int) -> bool:
    """True when ``[start, end)`` overlaps one of ``spans`` (sorted, ``starts`` their starts): names do not
    nest, so a look back over a few that start before ``end`` finds any overlap."""
    i = bisect_left(starts, end)
    return any(e > start for _, e in spans[max(0, i - 4) : i])


def _latin_run(ctx: _Context, start: int, end: int) -> _Found | None:
    """The foreign person's name a run of Latin words may be: without a country written before the name
    ("Pháp Victor Hugo": "Pháp" has only Latin letters), none when no word is foreign or a place or a body
    covers it."""
    country = ctx.place_at(start)
    if country is not None and country < end and ctx.text[country] == " ":
        start = country + 1
    name = ctx.text[start:end]
    if " " not in name or not _foreign_person_name(name) or ctx.covered(start, end):
        return None
    if name.split(" ", 1)[0].lower() in _name_particles():
        return None  # "De Paul", "Van Dijk": a family name written alone, its particle capitalised
    return _Found(start, end, name, None, cued=True)


@cache
def _name_particles() -> frozenset[str]:
    return frozenset(read_list("name_particles.txt"))


# a name in Latin script as European languages write it ("Gérald Darmanin", "Anne Hidalgo")
_LATIN_NAME = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ' -]+")


@cache
def _korean_surnames() -> frozenset[str]:
    return frozenset(read_list("surnames_korean.txt"))


def _foreign_surname(word: str, following: list[str]) -> bool:
    """True for "H'Yim" (an Ê Đê woman's name) and for a Korean surname before a hyphenated given name."""
    if word.startswith(("H'", "H’")) and len(word) > 2:
        return True
    # Korean given names are written with a hyphen ("Sung-ho"): "Ha Long Bay" is no name
    return word in _korean_surnames() and bool(following) and "-" in following[0] and following[0].isascii()


@cache
def _said_re() -> re.Pattern[str]:
    return re.compile(rf" (?:{trie_regex(read_list('reporting_verbs.txt'))})(?![\w])")


def _said_after(text: str, end: int) -> bool:
    return _said_re().match(text, end) is not None


def _speaker(ctx: _Context, offset: int, words: list[str], run_end: int) -> tuple[int, list[str]] | None:
    """The name in a run of capitalised ``words`` that a verb of saying follows: its last 2-4 words
    that no organization or place covers and that are not title words."""
    if len(words) < 2 or not _said_after(ctx.text, run_end):  # (one word has no 2-word tail: no search)
        return None
    for n in range(min(4, len(words)), 1, -1):
        tail = words[-n:]
        start = run_end - len(" ".join(tail))
        if start > offset and ctx.text[start - 1] != " ":
            continue
        if ctx.covered(start, run_end) or _title_re().search(" ".join(tail)) or not all(w.isalpha() for w in tail):
            continue
        if not all(_is_name_word(w) for w in tail) or ctx.place_at(start) is not None:
            continue
        if not _LATIN_NAME.fullmatch(" ".join(tail)):
            continue  # a Vietnamese run with no surname is a place, a body or a sentence's subject
        return start, tail
    return None


@cache
def _elective_body_re() -> re.Pattern[str]:
    """A name opening with the head of a body that elects its officers (``elective_bodies.txt``)."""
    return re.compile(rf"(?:{trie_regex(read_list('elective_bodies.txt'))})(?![\w])")


# lower-case words after a body's head ("Hội cựu chuyên gia", "Hội người cao tuổi xã"), up to a term or a break
_HEAD_QUALIFIER = re.compile(
    rf" (?!nhiệm k|kh[oó]a )(?P<q>[{LOWER}]+(?: [{LOWER}]+){{1,3}}?)(?= nhiệm k| kh[oó]a|[,.;:)\n]|$)"
)


def _head_qualifier(text: str, end: int) -> str | None:
    """The lower-case words that tell which body a bare head after a title (ending at ``end``) is: two to four
    words up to a term or a break, the first no function word ("Chủ tịch Hội và ông B" has none)."""
    m = _HEAD_QUALIFIER.match(text, end)
    if m is None or m.group("q").split(" ", 1)[0] in _function_words():
        return None
    return m.group("q")


@cache
def _function_words() -> frozenset[str]:
    return frozenset(read_list("function_words.txt"))


def _meant_organization(
    ctx: _Context,
    before: int,
    mentions: Sequence[Mention],
    names: Mapping[str, str] | None = None,
    head: str | None = None,
    *,
    qualifier: str | None = None,
) -> str | None:
    """The organization an election phrase refers to: the nearest friendship body named before it (one with
    ``head``, when the phrase names the body by its head: "Chủ tịch Hội"; one whose name holds ``qualifier``,
    the lower-case words written after that head: "Chủ tịch Hội cựu chuyên gia"), by the fullest name the
    article gives it (``names``, by entity id) when that is one of its forms."""
    upto = ctx.orgs[max(0, bisect_left(ctx.org_starts, before) - 50) : bisect_left(ctx.org_starts, before)]
    candidates = [
        m
        for m in upto
        if m.end <= before
        and _elective_body_re().match(m.text)
        # (the head as the phrase writes it, either case: "Chủ tịch Tổng hội" for "Tổng Hội người Việt Nam")
        and (head is None or m.text.lower().startswith(head.lower() + " "))
        and (qualifier is None or f" {qualifier}" in m.text)
    ]
    if not candidates:
        return None
    last = candidates[-1]
    name = last.text
    fuller = names.get(last.entity) if names and last.entity is not None else None
    if fuller is not None and len(fuller) > len(name) and _elective_body_re().match(fuller):
        name = fuller
    elif name.endswith((" tỉnh", " thành phố", " TP")):
        # "Liên hiệp các tổ chức hữu nghị tỉnh": the article's own union, the first one named with its place
        first = next((m.text for m in ctx.orgs if m.start < before and m.text.startswith(name + " ")), None)
        name = first or name
    if name.startswith("Hội Liên hiệp"):
        name = name[4:]
    return name


# a syllable, or hyphenated syllables as Lao and Khmer names are spelt in Vietnamese ("Xổm-xạ-vạt")
_NAME_WORD = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}{LOWER}][{LOWER}]*)*"
_NAME_AFTER_TITLE = re.compile(
    # (an initial may open it: "Đại sứ Chi-lê tại Việt Nam P.U-ru-ti-a")
    rf" ((?:[{UPPER}]\. ?)?(?:[{UPPER}][{UPPER}{LOWER}]*(?:['’][{UPPER}][{LOWER}]+)?(?:-[{UPPER}{LOWER}][{LOWER}]*)*)"
    rf"(?: {_NAME_WORD}){{0,3}}"
    # (a middle initial, the rest of the name read after its full stop: "Đại sứ Mỹ Daniel J. Kritenbrink")
    rf"(?: [{UPPER}](?=\.))?)"
    rf"(?![\w'’-])(?! [{UPPER}])"
)


def _titled_names(ctx: _Context, found: list[_Found]) -> list[_Found]:
    """Names written right after a position, whatever their origin ("Tổng thống Mỹ Joe Biden").

    A foreign name has no Vietnamese surname to start it; after a title and its organization
    or country, 2-4 capitalised words are a person's name.
    """
    text = ctx.text
    taken = sorted((f.start, f.end) for f in found)
    taken_starts = [s for s, _ in taken]
    out: list[_Found] = []
    for m in ctx.words.matches(_title_re()):
        span = _position_at(ctx, _title_start(ctx, m), loose=False)
        last = m  # the title of the chain's last position
        while span is not None:
            nxt = _next_office_start(ctx, span[1])
            if nxt is None or (head := _title_re().match(text, nxt)) is None:
                break
            span, last = _position_at(ctx, nxt, loose=False), head
        if span is None:
            continue
        name = _NAME_AFTER_TITLE.match(text, span[1])
        roll = _roll_name(ctx, m.start(), span[1])
        if roll is not None:
            name = roll  # "Phó Chủ tịch Nội vụ: Paul Huy Nguyễn (NSW)": a line of a roll, a name in any order
        elif (
            span[1] == last.end()
            and _PREVIOUS_OR_ACTING.sub("", last.group(0)) not in _titles_before_names()
            and not (name is not None and _foreign_full_name(name.group(1)))
        ):
            # a bare title ("Chủ tịch"; "Bộ trưởng Cao cấp, Bộ trưởng Bộ Lễ nghi": the body unknown) before
            # capitals: a Vietnamese name has its surname; a foreign one in full is a name by its form
            # ("Phó Hiệu trưởng John Molony sang thăm Trường")
            continue
        if name is None and span[1] > last.end() and (note := _NOTE.match(text, span[1])) is not None:
            name = _NAME_AFTER_TITLE.match(text, note.end())  # "Thị trưởng thành phố Fukushima (Nhật Bản) Kohata"
        if name is None and text.startswith(", ", span[1]) and span[1] > m.end():
            # "Đại biện lâm thời Đại sứ quán Triều Tiên tại Việt Nam, Pak Sang Gil;"
            name = _NAME_AFTER_TITLE.match(text, span[1] + 1)
            if name is not None and text[name.end() : name.end() + 1] not in (";", ".", ")", "\n", ""):
                name = None
        if name is None:
            continue
        start, end = name.span(1)
        if text.startswith(")", end) and _note_after_name(text, taken, m.start()):
            continue  # "ông Nguyễn Long (Chủ Tịch CĐNVQG Hạt Los Angeles)": a note on the name before, its office
        if _HONOUR_AFTER.match(text, start - 1):
            continue  # "tặng ông A - Phó Chủ tịch Hội X Huân chương Hữu nghị": the award handed over, no name
        if end - start > 2 and text[end - 2] == " ":
            # a name in Latin script going on after a middle initial, else no name ("Nguyễn Văn A. Sau đó")
            tail = _latin_tail(text, start, end)
            if tail is None:
                continue
            end = tail
        label = text[start:end]
        i = bisect_left(taken_starts, end)
        if (i and taken[i - 1][1] > start) or ctx.covered(start, end):
            continue  # already a name, or inside an organization or place
        if not all(_is_name_word(w) for w in name.group(1).split(" ")):  # (the tail after an initial is Latin)
            continue
        if places().lookup(label) is not None:
            continue  # "Giám đốc Plan International Việt Nam": the country the body works in, no name
        before = text[max(0, start - 12) : start - 1].rsplit(" ", 1)[-1]
        if before and _in_surname_compound([before, *label.split(" ")], 0):
            continue  # "Phó Chủ tịch Hội LL Việt Kiều Hải Phòng": the name's first word closes a word of the body
        if _organ_re().match(text, start) is not None:
            continue  # "Ủy viên BCH Đảng bộ tỉnh": an organ's name opens there, not a person's
        if _ENDS_IN_LEVEL.search(text, span[0], span[1]) and label.split(" ")[0] not in surnames():
            continue  # "Phó Giám đốc Công an tỉnh Môn Đôn Ki Ri": the province's name, after its level word
        # one word ("Tổng thống Zelensky") refers to a person named in full elsewhere
        out.append(_Found(start, end, label, ref=" " not in label and "." not in label))
    return out


# the rest of a roll's line after its title and colon: a name of two to four capitalised words, in any order (the
# surname last, as Vietnamese abroad write it: "Kate Hoàng", "Công Lê"), with a bracketed note at times ("(NSW)")
_ROLL_NAME = re.compile(
    rf": ([{UPPER}][{LOWER}]+(?:-[{UPPER}{LOWER}][{LOWER}]*)?(?: [{UPPER}][{LOWER}]+(?:-[{UPPER}{LOWER}][{LOWER}]*)?)"
    rf"{{1,3}})(?: \([^()\n]{{1,30}}\))?[ \t]*(?=\n|$)"
)
# what may open a roll's line before its title: nothing, or a bullet
_ROLL_LINE_OPEN = re.compile(r"[-–•+]? ?")


def _roll_name(ctx: _Context, title_start: int, end: int) -> re.Match[str] | None:
    """The name on a roll's line ("Chủ tịch: Kate Hoàng (NSW)") written after the position that opens the line and
    ends at ``end``, or None."""
    text = ctx.text
    colon = text.find(":", end, end + 30)
    if colon < 0 or _ROLL_FIELD.fullmatch(text, end, colon) is None:
        return None  # (the title's field may come before the colon: "Phó Chủ tịch Ngoại vụ: Công Lê")
    line = text.rfind("\n", 0, title_start) + 1
    if _ROLL_LINE_OPEN.fullmatch(text, line, title_start) is None:
        return None
    return _ROLL_NAME.match(text, colon)


def _note_after_name(text: str, taken: list[tuple[int, int]], title_start: int) -> bool:
    """True when the title at ``title_start`` opens a bracket written right after a name in ``taken`` ("Nguyễn
    Long (Chủ Tịch ..."): the note is that person's office, capitals closing it are the office's, no other name."""
    if not text.startswith(" (", title_start - 2):
        return False
    i = bisect_left(taken, (title_start, 0))
    return i > 0 and taken[i - 1][1] == title_start - 2


def _foreign_full_name(label: str) -> bool:
    """True for a full name in Latin script, of two words or more, one of them no Vietnamese syllable ("John
    Molony", "Yamada Takio"): after any title it names a person, where capitals after a bare title would
    otherwise be read as the title's unnamed body."""
    return " " in label and _LATIN_NAME.fullmatch(label) is not None and _foreign_person_name(label)


@cache
def _organ_re() -> re.Pattern[str]:
    """The organs of a body (``org_organs.txt``: "Ban Chấp hành", "Đảng bộ"), written at a given place."""
    return re.compile(rf"(?:{trie_regex(org_organs())})(?![\w])")


@cache
def _surname_compounds() -> frozenset[str]:
    """Common words one of whose two syllables is a surname ("cộng đồng", "cố vấn"), in lower case."""
    return frozenset(read_list("person_surname_compounds.txt"))


def _vietnamese_name_length(words: Sequence[str], sur: frozenset[str] | set[str]) -> int:
    """How many of a run's words a Vietnamese name may take: four, or five when it opens with two family
    names (the father's and the mother's, "bà Trần Lê Hồ Thiên Trang") and the run ends there."""
    return 5 if len(words) == 5 and words[0] in sur and words[1] in sur else 4


def _in_surname_compound(words: Sequence[str], i: int) -> bool:
    """True when ``words[i]``, a surname, makes a common word with the word before or after it in a run
    written in Title Case ("Hội Đồng Cố Vấn Cộng Đồng"): no name starts there."""
    compounds = _surname_compounds()
    return (i > 0 and f"{words[i - 1]} {words[i]}".lower() in compounds) or (
        i + 1 < len(words) and f"{words[i]} {words[i + 1]}".lower() in compounds
    )


@cache
def _roles_not_alone() -> frozenset[str]:
    return frozenset(read_list("titles_not_alone.txt"))


# a former or acting holder's marker before a title ("Cựu Thủ tướng Fukuda Yasuo", "nguyên Tổng thống ...")
_PREVIOUS_OR_ACTING = re.compile(r"^(?:[Nn]guyên|[Cc]ựu|[Qq]uyền|[Tt]ân) ")


@cache
def _titles_before_names() -> frozenset[str]:
    """Titles that stand before a foreign name with no organization between ("Tổng thống Joe Biden")."""
    out = set(read_list("titles_before_names.txt"))
    return frozenset(out | {f"Phó {t[0].lower()}{t[1:]}" for t in out} | {f"Phó {t}" for t in out})


@cache
def _list_words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The plural marker before a shared title, the glue between it and the first name listed, and that
    glue's end right before a name (a cheap test that one name alone may open a list)."""
    rows = read_tsv("title_list_words.tsv")
    count = trie_regex(r[0] for r in rows if r[1] == "count")
    opens = trie_regex(r[0] for r in rows if r[1] == "opens")
    group = trie_regex(r[0] for r in rows if r[1] == "group")
    plural = re.compile(rf"(?<![\w])(?:{count}|\d{{1,2}}) $")
    # "gồm các đồng chí: A, B": the plural address goes with the word that opens the list
    # ("Ba Phó Chủ tịch mới là các ông: A, B": the title may be qualified as new)
    glue = re.compile(
        rf"(?: mới)?(?P<opens> (?:{opens})(?: (?:{group}))?(?=[: ]))?(?P<colon>:)? (?:(?:[ôÔ]ng|[bB]à|[đĐ]ồng chí) )?"
    )
    announced = re.compile(rf"(?:(?<![\w])(?:{opens})|:):? (?:(?:[ôÔ]ng|[bB]à|[đĐ]ồng chí) )?$")
    return plural, glue, announced


@cache
def _plural_address_re() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The plural address right before the first name of a list ("các đồng chí: ", "hai ông "), searched up
    to that name, and the one that opens a roll with a colon ("các đồng chí: "), searched in the sentence."""
    rows = read_tsv("title_list_words.tsv")
    count = trie_regex(_both_cases([r[0] for r in rows if r[1] == "count"]))
    group = trie_regex(_both_cases([r[0] for r in rows if r[1] == "group"]))
    address = rf"(?<![\w])(?:(?:{group})|(?:{count}) (?:ông|bà|đồng chí|vị))"
    return re.compile(rf"{address}(?::? |: (?:ông|bà) )$"), re.compile(rf"{address}:")


# an office several people hold at once, a deputy's or a member's: one a list of names may share ("các ông A, B,
# Phó Chủ tịch ..."), unlike a head's ("các ông A, B, Chủ tịch Công ty X": B's alone)
_SHAREABLE_OFFICE = re.compile(r"(?:[Pp]hó |P\.|[ỦUủu][ỷy] viên|[Tt]hành viên|[Hh]ội viên)")


def _opened_by_plural_address(text: str, start: int) -> bool:
    """True when the list whose first name starts at ``start`` follows a plural address ("các ông A, B - Phó
    Chủ tịch"), or a semicolon inside the roll one opened ("các đồng chí: A, Bí thư; B, C, Phó Chủ tịch")."""
    right_before, roll = _plural_address_re()
    if right_before.search(text, max(0, start - 24), start) is not None:
        return True
    if not text.endswith("; ", 0, start):
        return False
    sentence = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    return roll.search(text, max(sentence, start - 400), start) is not None


# "ông A (phụ trách tài chính), ông B": a bracketed note after a listed name
_LIST_NOTE = re.compile(r" \([^()]{1,60}\)")


def _list_gap(text: str, end: int, start: int, joins: re.Pattern[str] = _LIST_JOIN) -> bool:
    """True when the text between two names only joins them in a list ("A, ông B", "A (…) và B")."""
    note = _LIST_NOTE.match(text, end, start)
    return joins.fullmatch(text, note.end() if note else end, start) is not None


def _shared_titles(
    ctx: _Context,
    found: Sequence[_Found],
    mentions: Sequence[Mention] = (),
    names: Mapping[str, str] | None = None,
) -> dict[int, str]:
    """Titles shared by a list of names, by the start of each name listed.

    "các Phó Chủ tịch gồm ông A, ông B và ông C", "hai Phó Chủ tịch A và B", "Phó Chủ tịch: A, B":
    the title is each listed person's when it is plural (a numeral or "các" before it) or announces a
    list ("gồm", "là", a colon); the list is names joined by commas and "và", none with a title of its own.
    In the report of an election the title is the office won, spelt out with its body ("Đại hội bầu ...;
    Phó Chủ tịch là ông A và B": the federation's vice-presidents).
    """
    text = ctx.text
    plural, glue, opened = _list_words()
    out: dict[int, str] = {}
    people = [f for f in found if not f.ref]
    i = 0
    while i < len(people):
        first = people[i]
        j = i + 1
        while j < len(people) and _list_gap(text, people[j - 1].end, people[j].start):
            j += 1
        run, i = people[i:j], j
        if len(run) == 1 and not opened.search(text, max(0, first.start - 24), first.start):
            continue  # one name, no "gồm", "là" or colon before it: no list (the common case, tested cheaply)
        floor = max(0, first.start - 160)
        for m in ctx.words.matches(_title_re(), floor, first.start):
            if text.endswith(("Ban ", "ban "), 0, m.start()):
                continue  # "Ban Thường vụ gồm A (Chủ tịch), B": the organ listed, not a title its members share
            span = _with_committee_term(text, _position_at(ctx, m.start(), loose=False, term=False))
            if span is None or span[1] >= first.start:
                continue
            # (the term of the office before the list: "Các PCT HFF nhiệm kỳ 2025-2030 sẽ gồm các ông A, B")
            term = _TERM_BEFORE_COLON.match(text, span[1])
            joined = glue.fullmatch(text, term.end() if term is not None else span[1], first.start)
            if joined is None:
                continue
            announced = joined.group("opens") or joined.group("colon")
            counted = plural.search(text, max(0, m.start() - 6), m.start())
            if not (announced or counted):
                break
            if (
                counted is not None
                and counted.group(0)[0].isdigit()
                and text[span[0] : span[1]].islower()
                and text.endswith("viên", span[0], span[1])
            ):
                # "Ban Chấp hành gồm 9 thành viên: A, Chủ tịch; ...": how many members (a word in "-viên"), not
                # their title ("03 phó chủ tịch gồm các ông A, B, C" is the office of each)
                break
            if len(run) == 1 and not announced:
                break  # "hai Phó Chủ tịch A": one name is not the list the numeral announces
            if announced:
                run, i = _roll_after(text, people, run, i)
            elected = _after_election_cue(text, first.start)
            office = _office_as_understood(ctx, first.start, span, elected, mentions, names)
            for f in run:
                out[f.start] = office
            break
    return out


# "Ủy viên Bộ Chính trị: A - Chủ tịch nước; B - Thủ tướng Chính phủ": between two people of a roll, a
# dash or a comma, the first one's own positions (no sentence end, no colon), a semicolon, the next name
_ROLL_ITEM_END = re.compile(r" ?[-–,] ")


@cache
def _roll_gap_re() -> re.Pattern[str]:
    # (any honorific before the next name: "; Hòa thượng Thích Thiện Nhơn, ...")
    words = trie_regex(sorted(set(honorifics()), key=len, reverse=True))
    return re.compile(rf" ?[-–,] (?:[^.:;\n]|\.(?!\s))+; (?:(?:{words}) )?")


def _roll_after(text: str, people: Sequence[_Found], run: list[_Found], i: int) -> tuple[list[_Found], int]:
    """The list ``run`` (which ends before ``people[i]``) lengthened by the roll that goes on after it.

    A title and a colon (or "gồm") may open a roll whose items, separated by semicolons, each give a name and the
    person's own positions: the title before the colon is every listed person's. ("Chủ tịch: ông A; ông B,
    Phó Chủ tịch UBND tỉnh": a name alone after the colon is a line-up, title then holder, no roll.)
    """
    run = list(run)
    while (
        i < len(people)
        and _roll_gap_re().fullmatch(text, run[-1].end, people[i].start)
        and _ROLL_ITEM_END.match(text, people[i].end)
    ):
        run.append(people[i])
        i += 1
    return run, i


def _office(
    ctx: _Context,
    name_start: int,
    span: tuple[int, int],
    verb: str,
    mentions: Sequence[Mention],
    names: Mapping[str, str] | None,
) -> tuple[str, bool]:
    """The office a role verb gives (spelt out with its body when won by election), and whether it was."""
    # "Đại hội bầu ông A làm Chủ tịch", "bầu Ban Chấp hành; ông B, ông C là Phó Chủ tịch": a linking verb after
    # "bầu" reports an election too
    elected = _is_elected(verb) or (_role_verbs().get(verb) == "link" and _after_election_cue(ctx.text, name_start))
    return _office_as_understood(ctx, name_start, span, elected, mentions, names, spell_lower=verb != "làm"), elected


def _after_election_cue(text: str, at: int) -> bool:
    """True when the sentence before ``at`` reports an election ("Đại hội bầu ...", "BCH ... gồm")."""
    opens = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1  # (a paragraph's end ends a sentence too)
    return _ELECTION_CUE.search(text, max(opens, at - 160), at) is not None


def _office_as_understood(
    ctx: _Context,
    name_start: int,
    span: tuple[int, int],
    elected: bool,
    mentions: Sequence[Mention],
    names: Mapping[str, str] | None,
    *,
    spell_lower: bool = False,
) -> str:
    """The office at ``span``, spelt out with its body when won by election (or, with ``spell_lower``, when
    written in lower case): the reader understands "Phó Chủ tịch" of the body the congress elects for."""
    text = ctx.text
    title = text[span[0] : span[1]]
    org = ctx.org_in(span[0], span[1])
    bare = _bare_head_re().search(title)
    if title.lower().endswith("trưởng đoàn"):
        return title  # "làm Trưởng đoàn": a delegation's head, an office of no body's ("Liên đoàn" is a body)
    if elected and org is not None and bare is not None and org.text == bare.group(0).strip():
        org = None  # "được bầu làm Chủ tịch Liên đoàn": a body named by its head alone is the one meant
    if org is None and (
        (spell_lower and title.islower()) or (elected and (bare is not None or _title_re().fullmatch(title)))
    ):
        # "được bầu làm Chủ tịch Hội", "giữ chức chủ tịch": the office of the body the article is
        # about, spelt out as the reader understands it
        qualifier = _head_qualifier(text, span[1]) if bare is not None and bare.end() == len(title) else None
        meant = _meant_organization(
            ctx, name_start, mentions, names, bare.group(0).strip() if bare else None, qualifier=qualifier
        )
        if meant:
            office = title[: bare.start()] if bare is not None else title
            title = f"{office[0].upper()}{office[1:]} {meant}"
        elif qualifier:
            title = f"{title} {qualifier}"  # "Chủ tịch Hội cựu chuyên gia": a body the article names no further
    elif elected and org is not None and org.end == span[1]:
        fuller = names.get(org.entity, "") if names and org.entity is not None else ""
        if len(fuller) <= len(org.text):
            fuller = _placed_form(ctx, org, name_start)
        if len(fuller) > len(org.text):
            # "tái đắc cử Chủ tịch Liên hiệp Hữu nghị tỉnh": the union in full, as the reader understands it
            title = text[span[0] : org.start] + fuller
    return title


def _placed_form(ctx: _Context, org: Mention, before: int) -> str:
    """The one fuller form of ``org`` named before ``before`` with its place ("Hội Hữu nghị Việt Nam -
    Campuchia tỉnh Đồng Tháp" for "Hội Hữu nghị Việt Nam - Campuchia"), else ``""``: an association's
    congress elects the officers of the association it is the congress of, the one the article names
    with its place."""
    stem = org.text + " "
    forms = {
        m.text
        for m in ctx.orgs_starting(stem)
        if m.start < before and (m.start + len(stem) in ctx.places or _LEVEL_BEFORE_PLACE.match(m.text, len(org.text)))
    }
    return forms.pop() if len(forms) == 1 else ""


def _last_clause_break(ctx: _Context, start: int, end: int) -> int:
    """Where the last clause break in ``[start, end)`` ends, else 0: read from the last one back, the breaks
    inside a name skipped (a dash in "Việt Nam – Trung Quốc", an acronym after one: "(VFF)")."""
    for m in reversed(list(_CLAUSE_BREAK.finditer(ctx.text, start, end))):  # (their ends only grow)
        if not ctx.covered(m.start(), m.end()) and not _ABBR.match(ctx.text, m.start()):
            return m.end()
    return 0


@cache
def _namesake_head_re() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{trie_regex(read_list('person_namesake_heads.txt'))}) $")


# a house number before a street named after a person, inside a line: "(6bis Tôn Đức Thắng, Q.1)", "VP Hội
# 451/24/4 Tô Hiến Thành", "374 Trần Hưng Đạo, phường Quy Nhơn" (not a date, "12/3", nor a number opening a line, a
# table's row); a bare number is an address only with the ward, district or city written next ("Hạng 10 Nguyễn
# Ngọc Trường Sơn:" is a rank)
_HOUSE_NUMBER_BEFORE = re.compile(
    r"(?<=[ (])(?!\d{1,2}/\d{1,2} )\d{1,3}(?P<mark>[A-Za-z]{1,3}|(?:/\d{1,4}[A-Za-z]?)+)? $"
)
_UNIT_AFTER_ADDRESS = re.compile(
    r"(?:,| [-–]) (?:(?:[Pp]hường|[Qq]uận|[Tt]hành phố|[Tt]hị xã|[Tt]hị trấn|[Hh]uyện|[Xx]ã|TP|Tp)(?![\w])|[PQ]\.)"
)


def _street_address(text: str, found: _Found) -> bool:
    """True when ``found`` is the name of a street, written after a house number."""
    number = _HOUSE_NUMBER_BEFORE.search(text, max(0, found.start - 16), found.start)
    if number is None:
        return False
    return number.group("mark") is not None or _UNIT_AFTER_ADDRESS.match(text, found.end) is not None


def _without_namesakes(text: str, found: list[_Found]) -> list[_Found]:
    """``found`` without the names a prize, a school or a street is named after ("Quỹ học bổng Vừ A Dính",
    "374 Trần Hưng Đạo"): such a name written bare is the namesake's wherever it is on the page; with an
    honorific it is a person."""
    namesakes = {
        f.name
        for f in found
        if f.honorific is None
        and (_namesake_head_re().search(text, max(0, f.start - 40), f.start) or _street_address(text, f))
    }
    return [f for f in found if f.honorific is not None or f.name not in namesakes] if namesakes else found


def find_people(
    text: str,
    mentions: Sequence[Mention] = (),
    names: Mapping[str, str] | None = None,
    index: WordIndex | None = None,
) -> list[_Found]:
    """Every person mention in ``text`` with the positions written next to it.

    ``names`` gives the fullest name of each organization entity (by id): an office won by election
    is recorded with its organization spelt out that way. ``index``: the text's word index, if built.
    """
    ctx = _Context(text, mentions, index)
    found = _candidates(ctx)
    found = _without_namesakes(text, sorted(found + _titled_names(ctx, found), key=lambda f: f.start))
    for f in found:
        _with_baptismal_name(text, f)
    ctx.name_starts = {f.start for f in found}
    # a degree, a rank or an honorific written right before a name opens it for what ends before it: "Chủ tịch
    # TS Phạm Vũ Câu" (not the acronym of a body), "Bộ Chỉ huy BĐBP tỉnh Đại tá Nguyễn Văn An"
    ctx.name_starts.update(h.start("h") for f in found if f.honorific and (h := _own_honorific(ctx, f.start)))
    ctx.name_order = sorted(ctx.name_starts)
    shared = _shared_titles(ctx, found, mentions, names)
    previous_end = 0
    pair: _Found | None = None  # the person before, who may share a verb with the next one
    doubtful: list[_Found] = []  # two-syllable names with nothing around them that makes them a person's
    listed: list[_Found] = []  # the people listed just before, none with an office yet
    untitled: list[_Found] = []  # the people just before, listed with no office of their own
    for f in found:
        if f.ref:
            if f.honorific is not None and not _PAIR_BEFORE.search(text, max(0, f.start - 24), f.start):
                # "ông Harashima, Chủ tịch Hội hữu nghị Nhật - Việt tỉnh Saitama", "Thiếu tướng Bozgiev - Phó Chủ
                # tịch Hội ...": one word after an honorific, then the person's offices; not the second of a pair
                # ("ông Harashima và ông Yonekawa, đại diện ...": what follows is said of both)
                f.positions.extend(_office_text(text, s, e) for s, e in _chain_after(ctx, f.end)[0])
            continue
        # "Chủ tịch UBND thành phố Hà Nội – ông Trần Sỹ Thanh": the positions, a dash or a comma, then
        # the honorific and the name
        bridge = (
            _bridge_re().search(text, max(0, f.start - 24), f.start)
            if f.honorific is not None
            else _DASH_BRIDGE.search(text, max(0, f.start - 4), f.start)  # "Chủ tịch HĐND huyện - Dương Văn Út"
        )
        # "Chủ tịch Hội Nhà báo Nguyễn Văn An": the honorific's words close the body's name, the name is bare
        plain = f.honorific is None or ((h := _honorific_before(text, f.start)) is not None and _closes_body(ctx, h))
        if bridge is not None and f.honorific is not None and plain and text[bridge.start() + 1] not in ",-–":
            bridge = None  # (the space alone before the honorific, not a dash or a comma)
        name_at = bridge.start() + 1 if bridge is not None else f.start
        clause = _last_clause_break(ctx, max(0, f.start - 300), _before_note(text, name_at))
        floor = max(clause, previous_end, f.start - 300)
        spans_before = _chain_before(ctx, name_at, floor) if plain or bridge is not None else []
        if (
            spans_before
            and (bridge is not None or spans_before[0][1] < name_at - 1)
            and (
                _on_behalf_re().search(text, max(floor, spans_before[0][0] - 24), spans_before[0][0])
                or _FOR_DELEGATION.match(text, spans_before[0][0]) is not None
            )
            and not _agent_after(ctx, f.end)
        ):
            # "Thay mặt lãnh đạo tỉnh, đồng chí A, ...": whom A speaks for, not A's office (a title written
            # right before a name is that person's: "đại diện cho Tỉnh trưởng Kim Dong-yeon")
            spans_before = spans_before[1:]
        if (
            bridge is not None
            and text[bridge.start()] == ","
            and spans_before
            and text[floor : spans_before[0][0]].strip()
            and not _WORDS_BEFORE_TITLE.fullmatch(text, floor, spans_before[0][0])
            # (nor after a lower-case word that governs the titled noun phrase: "công tác với Ủy viên Bộ Chính trị,
            # ..., bà Trương Thị Mai")
            and not _LOWER_WORD_BEFORE.search(text, max(floor, spans_before[0][0] - 12), spans_before[0][0])
        ):
            # "ông A, Chủ tịch X, ông B": after a comma only a clause that opens with the title, or with words
            # that announce who came ("Tới dự có Chủ tịch X, ông B")
            spans_before = []
        if not spans_before and (colon := _TITLE_COLON.search(text, max(0, f.start - 16), f.start)) is not None:
            spans_before = _title_before_colon(ctx, colon.start(), previous_end)
        spans_after, pos, verbs = _chain_after(ctx, f.end)
        if spans_before and spans_after and _runs_into_next_name(ctx, f.end, pos):
            # "Thủ tướng Chính phủ Phạm Minh Chính, Ủy viên Bộ Chính trị, Thủ tướng Chính phủ Lào Phankham
            # Viphavanh": one titled before the name, and the offices after it run on into the next name's: theirs
            spans_after, pos, verbs = [], f.end, {}
        for s, e in spans_before:
            f.positions.append(text[s:e])  # (an acronym before the name stays: "... Việt Nam (VFF) Lê Hoài Anh")
        for k, (s, e) in enumerate(spans_after):
            # "ông A – Phó Bí thư Tỉnh ủy làm Chủ tịch Hội": an office taken after the chain, spelt out likewise
            f.positions.append(
                _office(ctx, f.start, (s, e), verbs[k], mentions, names)[0] if k in verbs else _office_text(text, s, e)
            )
        if f.start in shared:
            f.positions.append(shared[f.start])
        # "các đồng chí: A, B, Phó Chủ tịch UBND tỉnh", "các ông A, B – Phó Chủ tịch Hội": names a plural address
        # lists with nothing between them share the offices written after the last
        untitled = untitled if untitled and _list_gap(text, untitled[-1].end, f.start) else []
        if (
            spans_after
            and not spans_before
            and untitled
            and _SHAREABLE_OFFICE.match(text, spans_after[0][0])
            and _opened_by_plural_address(text, untitled[0].start)
        ):
            for other in untitled:
                other.positions.extend(
                    _office_text(text, s, e) for k, (s, e) in enumerate(spans_after) if k not in verbs
                )
        joined = pair is not None and _PAIR_JOIN.fullmatch(text, previous_end, f.start) is not None
        # "các ông B, C và D được bầu làm Phó Chủ tịch": names listed share the office won after them, with
        # offices of their own too ("bà B, Giám đốc Sở X; ông C, Phó Giám đốc Sở Y được bầu làm Phó Chủ tịch")
        if (
            pair is not None
            and not pair.took_office
            # ("ba Phó Chủ tịch gồm ông B, ông C; ông A được bầu làm ...": B and C hold the list's office)
            and pair.start not in shared
            and not spans_before
            and _ROLL_JOIN.fullmatch(text, previous_end, f.start)
        ):
            listed.append(pair)
        else:
            listed = []
        if any(other.name == f.name for other in listed):
            listed = []  # the same person again: the roll is over, this is what is said of one of them
        previous_end = pos
        # a role taken: "tái đắc cử Chủ tịch ...", "giữ chức chủ tịch", "làm Trưởng đoàn"
        if spans_after and (where := _places_after_comma(ctx, pos)) is not None:
            pos = where  # "Chủ nhiệm Văn phòng Ngoại sự Khu tự trị ... Quảng Tây, Trung Quốc làm Trưởng đoàn"
        verb = _role_verb_re().match(text, pos + 1) if text[pos : pos + 1] in (" ", ",") else None
        if verb is None and text[pos : pos + 2] == ", ":
            verb = _role_verb_re().match(text, pos + 2)
        if verb is None and text[pos : pos + 3] in (" - ", " – "):
            verb = _role_verb_re().match(text, pos + 3)  # "ông A - nguyên Phó Chủ tịch UBND tỉnh - làm Chủ tịch Hội"
        verb_name, verb_end = (verb.group("verb"), verb.end()) if verb else ("", 0)
        passive = _PASSIVE_BEFORE_AGENT.match(text, pos) if verb is None else None
        if passive is not None:
            # "được Đại hội tín nhiệm bầu làm Chủ tịch", "vừa được UBND tỉnh bổ nhiệm làm": the body that acts,
            # capitalised, a few words between "được" and the verb
            verb = _role_verb_re(agent=True).search(text, passive.end() + 1, passive.end() + 64)
            between = text[passive.end() : verb.start()] if verb else ""
            agent = ctx.org_in(passive.end(), passive.end())
            named = agent is not None and agent.end == passive.end() + len(between) - 1  # a body's name, however long
            if (
                verb is None
                or text[verb.start() - 1] != " "
                or (len(between.split()) > 6 and not named)
                or _PUNCT.search(between)
            ):
                verb = None
            verb_name, verb_end = (f"được {verb.group('verb')}", verb.end()) if verb else ("", 0)
        if verb:
            # a role taken is the office, not the term it is taken for ("tái đắc cử Chủ tịch ... khóa III")
            span = _position_at(ctx, verb_end, loose=False, term=False)
            offices = _offices_listed(ctx, span) if span else []
            if len(offices) > 1:
                # "ông A và bà B tiếp tục giữ chức vụ Chủ tịch và Phó Chủ tịch", "các ông A, B, C lần lượt là
                # Chủ tịch, Phó Chủ tịch và Tổng Thư ký Hội": the offices, respectively, one to each name listed
                owners = [*listed, f] if listed else [pair, f] if joined and pair is not None else []
                if len(owners) == len(offices):
                    # (the body written once, after the last: "Chủ tịch và Phó Chủ tịch của Hội đồng Nghị sỹ
                    # tỉnh Osaka" are both of it)
                    last = offices[-1]
                    body_after = ctx.org_in(last[0], last[1])
                    head = _title_re().match(text, last[0])
                    bare = _bare_head_re().match(text, head.end()) if head is not None and body_after is None else None
                    for owner, (s0, e0) in zip(owners, offices, strict=True):
                        office = text[s0:e0]
                        if ctx.org_in(s0, e0) is None and body_after is not None and s0 < body_after.start:
                            office = f"{office} {text[body_after.start : last[1]]}"
                        elif bare is not None and (s0, e0) != last:
                            office = f"{office} {text[bare.start() + 1 : last[1]]}"  # "Chủ tịch, Phó Chủ tịch ... Hội"
                        elif ctx.org_in(s0, e0) is None and (
                            meant := _meant_organization(ctx, f.start, mentions, names)
                        ):
                            office = f"{office} {meant}"
                        owner.positions.append(office)
                        owner.took_office = True
                    previous_end = last[1]
                    listed = []
                span = None
            elif verb_name.endswith("chức vụ"):
                span = None  # "giữ chức vụ" is read only for offices given respectively, as above
            if span:
                title, elected = _office(ctx, f.start, span, verb_name, mentions, names)
                f.positions.append(title)
                f.took_office = True
                for other in listed:
                    if elected or not other.positions:  # "ông B, ông C làm Phó Chủ tịch": one verb for both
                        other.positions.append(title)
                previous_end = span[1]
                # "từng là Bí thư, Tỉnh trưởng tỉnh Khăm-muộn": the offices listed after the verb
                while nxt := _SEP_NEXT.match(text, previous_end):
                    organ = _ORGAN_ALONE.match(text, nxt.end())
                    if organ is not None:
                        previous_end = organ.end()  # "Ủy viên Ban Thường vụ, Ban Chấp hành, Phó Chủ tịch ..."
                        continue
                    more = _position_at(ctx, nxt.end(), loose=False, term=False)
                    if more is None or ctx.name_next(more[1]):
                        break
                    f.positions.append(text[more[0] : more[1]])
                    previous_end = more[1]
        if (
            not f.positions
            and f.honorific is None
            and not f.cued
            and len(f.name.split()) < 3
            and _person_cues().noun_before.search(text, max(0, f.start - 24), f.start) is None  # "siêu mẫu Lưu Văn"
        ):
            f.ref = True  # two capitalised syllables with no cue: not enough to call it a person
            doubtful.append(f)
        untitled = [*untitled, f] if not f.positions and not f.ref else []
        pair = f
    _listed_with_people(text, found, doubtful)
    return found


_OFFICE_JOIN = re.compile(r", (?:và )?| và ")


def _offices_listed(ctx: _Context, first: tuple[int, int]) -> list[tuple[int, int]]:
    """The offices listed from ``first`` on, joined by commas and a last "và" ("Chủ tịch, Phó Chủ tịch và Tổng
    Thư ký Hội"): one office alone, or offices not closed by "và" (one person's chain), give ``[first]``."""
    text = ctx.text
    offices = [first]
    closed = False
    while not closed and (join := _OFFICE_JOIN.match(text, offices[-1][1])) is not None:
        nxt = _position_at(ctx, join.end(), loose=False, term=False)
        if nxt is None or ctx.name_next(nxt[1]):
            break
        offices.append(nxt)
        closed = "và" in join.group(0)
    return offices if closed else [first]


def _listed_with_people(text: str, found: Sequence[_Found], doubtful: list[_Found]) -> None:
    """Two-syllable names held doubtful that a list joins to a person are persons too ("như Tống Dật, Hà Siêu
    Liên", "Bạch Kính Đình, Đậu Kiêu có tác phẩm"): a street or a dish is not listed with a person."""
    if not doubtful:
        return
    order = sorted(found, key=lambda f: f.start)
    index = {id(f): i for i, f in enumerate(order)}
    grew = True
    while grew:
        grew = False
        for f in doubtful:
            if not f.ref:
                continue
            i = index[id(f)]
            before = order[i - 1] if i > 0 else None
            after = order[i + 1] if i + 1 < len(order) else None
            if (before is not None and not before.ref and _list_gap(text, before.end, f.start)) or (
                after is not None and not after.ref and _list_gap(text, f.end, after.start)
            ):
                f.ref = False
                grew = True


_OFFICE_MARKER = re.compile(r"(?:nguyên|cựu|quyền|tân) ")


def _without_bare_repeats(positions: list[str]) -> list[str]:
    """Drop a bare title that another position of the same person spells out ("Phó Chủ tịch" beside
    "Phó Chủ tịch phụ trách tài chính"; "Đại sứ" beside "cựu Đại sứ Đặc mệnh Toàn quyền ... tại Nhật Bản": the
    office named again by its title, the former/acting marker aside): one office, written once in full."""
    if len(positions) < 2:
        return positions
    keys = [p.lower() for p in positions]
    unmarked = [k[m.end() :] if (m := _OFFICE_MARKER.match(k)) else k for k in keys]
    return [
        p
        for p, k in zip(positions, keys, strict=True)
        if not (_title_re().fullmatch(p) and any(o.startswith(k + " ") for o in unmarked))
        and not any(_ministry_spelt_out(o, k) for o in unmarked)
    ]


def _ministry_spelt_out(office: str, short: str) -> bool:
    """True when ``office`` is ``short`` with the ministry's head noun written after the title ("thứ trưởng bộ
    ngoại giao" for "thứ trưởng ngoại giao", as the press shortens it in a second mention): one office."""
    title = _title_re().match(office)
    end = title.end() if title is not None else 0
    return end > 0 and office.startswith(" bộ ", end) and office[:end] + office[end + 3 :] == short


@cache
def _baptismal_names_before() -> re.Pattern[str]:
    """A run of baptismal names (``person_baptismal_names.txt``) that ends right before a name."""
    names = trie_regex(read_list("person_baptismal_names.txt"))
    return re.compile(rf"(?<![\w.])(?:{names})(?: (?:{names}))* $")


@cache
def _baptismal_names_opening() -> re.Pattern[str]:
    """A run of baptismal names that opens a name."""
    names = trie_regex(read_list("person_baptismal_names.txt"))
    return re.compile(rf"(?:{names})(?: (?:{names}))* (?=\w)")


def _without_baptismal_names(name: str) -> str:
    """``name`` without the baptismal names that open it ("Nguyễn Đình Nguyên" for "Tađeô Nguyễn Đình Nguyên")."""
    opening = _baptismal_names_opening().match(name)
    rest = name[opening.end() :] if opening is not None else name
    return rest if rest.split(" ", 1)[0] in surnames() else name


def _with_baptismal_name(text: str, found: _Found) -> None:
    """Open ``found`` at the baptismal names written right before it ("Cha Tađeô Nguyễn Đình Nguyên", "Lm
    Phaolô Ngô Gia Bảo"): a Catholic's name as the Church's pages write it. Only before a Vietnamese family name:
    a foreign name in Latin script has its own given names."""
    if found.ref or found.name.split(" ", 1)[0] not in surnames():
        return
    before = _baptismal_names_before().search(text, max(0, found.start - 40), found.start)
    if before is not None:
        found.start = before.start()
        found.name = text[found.start : found.end]


# what opens a roll's line before its name: the office's colon or cell bar, or a dash ("Phó Chủ tịch: Trần Văn Hai",
# "Chủ tịch - ông Nguyễn Văn Phú")
_ROLL_GLUE = re.compile(r"[:|]|\s[-–]\s")


def _cut_at_the_end(text: str, found: _Found) -> bool:
    """True when the text stops right after the name ``found``, with no stop after it, inside a sentence: a page
    stored cut off at a length ("... trao tặng huân chương cho ông Bùi Văn Tuyề"), the name's last syllable cut
    with it. Not the name that ends a roll's line ("Ủy viên: Lư Đình Tuấn") or a line of its own (a credit)."""
    if found.ref or text[found.end :].strip():
        return False
    line = text[text.rfind("\n", 0, found.start) + 1 : found.start]
    return len(line.split()) >= 3 and _ROLL_GLUE.search(line) is None


def _name_key(name: str) -> str:
    """A name's key: "H'Yim Kđoh" and "H’Yim Kđoh" are one person."""
    return match_key(name.replace("’", "'"))


class PeopleExtractor:
    """Finds people and the positions the article gives them."""

    name = "people"
    order = 600

    def extract(self, context: ExtractionContext) -> Extraction:
        """One :class:`~dnnd.Person` per person, with every position (first spelling kept)."""
        text = context.text
        names = {e.id: e.name for e in context.entities if isinstance(e, Organization) and e.id}
        found = find_people(text, context.mentions, names, context.words)
        cut = found[-1] if found and _cut_at_the_end(text, found[-1]) else None
        people: dict[str, list[_Found]] = {}
        for f in found:
            if not f.ref and f is not cut:
                people.setdefault(_name_key(f.name), []).append(f)
        if cut is not None:
            # a page cut off inside a name ("... Chủ tịch UBND tỉnh Nguyễn Hươ"): the one person whose name the cut
            # name begins, if any; else no name the page gives
            key = _name_key(cut.name)
            whole = [k for k in people if k.startswith(key) and k != key]
            if len(whole) == 1:
                people[whole[0]].append(cut)
        # a Catholic named once with the baptismal name and once without it ("Cha Tađeô Nguyễn Đình Nguyên",
        # "Nguyễn Đình Nguyên") is one person, named in full
        for k in list(people):
            if k not in people:
                continue  # (joined to its name in full already)
            bare = _name_key(_without_baptismal_names(people[k][0].name))
            if bare != k and bare in people:
                people[k].extend(people.pop(bare))
        # a name cut short ("Chon Yong" for "Chon Yong Chin", a truncated caption) is the one person whose
        # name it begins, when there is exactly one
        by_beginning: dict[str, list[str]] = {}
        for k in people:
            words = k.split(" ")
            for n in range(2, len(words)):
                by_beginning.setdefault(" ".join(words[:n]), []).append(k)
        for k in list(people):
            longer = by_beginning.get(k, ())
            if len(longer) == 1 and longer[0] in people:
                people[longer[0]].extend(people.pop(k))
        # a one-syllable reference ("chị Vân") or an uncued name joins the person it ends like;
        # the people are indexed by their last one to three syllables, so that this stays linear
        by_ending: dict[str, list[str]] = {}
        by_family_first: dict[str, list[str]] = {}
        for k in people:
            words = k.split(" ")
            for n in range(1, min(len(words), 4)):
                by_ending.setdefault(" ".join(words[-n:]), []).append(k)
            if k.isascii() and len(words) > 1:
                by_family_first.setdefault(words[0], []).append(k)
        for f in found:
            if not f.ref:
                continue
            key = _name_key(f.name)
            if key in people:
                people[key].append(f)
                continue
            owners = by_ending.get(key, ())
            if not owners and " " not in key:
                # "ông Hikawa" for Hikawa Hiroshi: a Japanese or Korean name in Latin script is written family
                # name first, and the press refers back to the family name
                owners = by_family_first.get(key, ())
            if len(owners) == 1:
                people[owners[0]].append(f)
            elif not owners and f.cued:
                people[key] = [f]  # "ông Harashima", named so only: a person of its own
        mentions: list[Mention] = []
        entities: list[Person] = []
        for items in people.values():
            items.sort(key=lambda f: f.start)
            entity_id = f"person:{len(entities) + 1}"
            positions: list[str] = []
            seen: set[str] = set()
            for f in items:
                for p in f.positions:
                    key = match_key(p).strip(" .;,:")
                    if key not in seen:
                        seen.add(key)
                        positions.append(p)
            positions = _without_bare_repeats(positions)
            # the fullest name written (earliest among equals): a name cut short is not the name
            first = max(items, key=lambda f: (not f.ref or len(f.name.split()) > 1, len(f.name.split()), -f.start))
            if not positions and places().bare_re.fullmatch(first.name):
                # "Đoàn Luật sư Hà Nội", "Lục quân Mỹ Thái Bình Dương": a place read as a name after a word that
                # may cue one; a place is a person's name only with an office ("Chủ tịch Hồ Chí Minh")
                continue
            honorific = next((f.honorific for f in items if f.honorific), None)
            entities.append(
                Person(
                    name=first.name,
                    id=entity_id,
                    spans=tuple(Span(f.start, f.end) for f in items),
                    positions=tuple(positions),
                    honorific=honorific,
                )
            )
            for f in items:
                mentions.append(Mention("person", f.start, f.end, text[f.start : f.end], entity_id))
        return Extraction(mentions, entities)


#: The extractor classes of this module, for the built-in plugin.
EXTRACTORS = (PeopleExtractor,)
