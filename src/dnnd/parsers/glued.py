"""Lines a scrape glued together at the head of a page, taken apart again.

Some text scrapes flatten the top of an article into one line: the site's
corpus prefix (`` date 2022-04``), the section label (``Xã hội``, ``Quốc phòng -
An ninh``), the headline, then the lead with its dateline (``ĐNO - Từ ngày 28
đến 31/10, ...``). :func:`unglue_head` cuts such a line where each part ends:
the label is dropped, the headline and the lead become lines of their own.
The words that open a lead are data (``dnnd/data/lead_openings.txt``, ``dnnd/data/lead_frames.txt``).
"""

from __future__ import annotations

import re
from functools import cache

from dnnd.gazetteer import read_list
from dnnd.parsers import lines as ln
from dnnd.parsers.bylines import is_labelled_byline, is_section_name, read_byline, read_credits
from dnnd.parsers.stamps import stamp_line, timed_opening
from dnnd.text.dates import find_published
from dnnd.text.normalize import UPPER_LETTERS

__all__ = ["CORPUS_PREFIX", "section_prefix", "split_byline", "split_headline", "split_stamp", "unglue_head"]

#: A corpus export's prefix glued before a page's first line: `` date 2021-07``.
CORPUS_PREFIX = re.compile(r"^\s*date\s+(?:19|20)\d\d-[01]\d(?:-[0-3]\d)?(?:\s+|$)")
# Section labels are joined into one label by these ("Quốc phòng - An ninh", "Kinh tế & Xã hội").
_LABEL_JOINER = re.compile(r"\s*(?:[-–&,/]|\svà\s)\s*")
# A dateline in capitals (Vietnamese capitals only: "Mỷ - Ủy viên" is a name and a post) or brackets opening the
# lead: "ĐNO - ", "(VOV5) - ", "(24h) - ", "HÀ NỘI – ". Brackets
# holding a date or a year ("(03/02/1930 - 03/02/2024)- Kỷ niệm ...", a portal's banner of anniversaries) are no agency.
_DATELINE = (
    r"(?:\((?!\s*(?:[0-3]?\d/[01]?\d|(?:19|20)\d\d)\b)[^()]{1,30}\)"
    rf"|[A-ZĐ][{UPPER_LETTERS}.]{{1,11}}(?:\s[{UPPER_LETTERS}.]{{2,12}}){{0,2}})\s?[-–—]\s"
)
# A writer's initials glued after the last sentence: "... Hà Nội. N.H", "... đơn vị.T.L."
_GLUED_INITIALS = re.compile(r"^(?P<text>.*[.!?…][”\"')]?)\s*(?P<name>(?:[A-ZĐ]\.\s?){1,3}[A-ZĐ]\.?)$")
# A labelled credit glued after the last sentence: "... tỉnh bạn. Tin, ảnh: Lê Hà", "... chân tình. Bài và ảnh: TRÀ MY".
_GLUED_CREDIT = re.compile(r"^(?P<text>.*[.!?…][”\"')]?)\s+(?P<name>(?i:bài|tin)\b[^:.!?]{0,12}:\s*[^:.!?]{2,60})$")
# A writer's byline with no label glued after the last sentence, as scrapes that join the paragraphs print it:
# "... hoàn thành nhiệm vụ. Xuân Hùng", "... tốt./. Xuân Thân/VOV.VN", "... ngừng bắn. Thu Phương (theo TASS)".
# The byline may hold a stop of its own ("... môi trường. N. Huyền"), so every sentence end near the line's end
# is a place it may start.
_GLUED_NAME = re.compile(r"[^:.!?…\s][^:!?…]{2,60}")
_SENTENCE_END = re.compile(r"[.!?…][”\"')]?\s+")
_GLUED_NAME_REACH = 64
# Initials without dots ("MV") are too short to tell from an acronym closing a sentence: glued, they need dots.
_BARE_INITIALS = re.compile(r"^[A-ZĐ]{2,4}$")
# The fewest words a headline glued before its lead has.
_HEADLINE_MIN_WORDS = 4
# A section label is at most this many words, however it is joined; a label or a stamp this many characters.
_LABEL_MAX_WORDS = 6
_LABEL_MAX_CHARS = 60


@cache
def _lead_start() -> re.Pattern[str]:
    timed = timed_opening()
    # or the clause a lead frames its news with, capitalised as a sentence opens ("... tại Chiêm Hóa Được sự
    # chấp thuận của UBND tỉnh, ..."): such words open no part of a headline in sentence case
    frames = "|".join(re.escape(w.capitalize()) for w in sorted(read_list("lead_frames.txt"), key=len, reverse=True))
    return re.compile(
        r"\s(?=(?:" + _DATELINE + r")?" + timed + r"|" + _DATELINE + rf"[{UPPER_LETTERS}]|(?:{frames})\s)"
    )


def section_prefix(line: str) -> int:
    """The length of the section label that opens ``line`` before a capitalised text, or 0."""
    words = line.split(" ")
    for n in range(min(_LABEL_MAX_WORDS, len(words) - 1), 0, -1):
        head = " ".join(words[:n])
        rest = words[n]
        parts = [p for p in _LABEL_JOINER.split(head) if p]
        if parts and all(is_section_name(p) for p in parts) and rest[:1].isupper():
            return len(head) + 1
    # The label scraped without a space before the headline: "Thời sựKỷ niệm 50 năm ...".
    for cut in range(1, min(len(line), _LABEL_MAX_CHARS)):
        if line[cut - 1].islower() and line[cut].isupper():
            parts = [p for p in _LABEL_JOINER.split(line[:cut]) if p]
            return cut if parts and all(is_section_name(p) for p in parts) else 0
    return 0


def split_stamp(line: str) -> tuple[str, str] | None:
    """``(stamp, headline)`` when ``line`` is a date stamp with the headline glued after it, else ``None``.

    ``Thứ Năm, 12/6/2024 10:00 Kỷ niệm 50 năm ...``: the stamp alone is a stamp line, the rest a
    headline (capitalised, no sentence end). A lead opening with its date (``Ngày 12/6/2024, ...``)
    is left alone: a comma follows the date, and a lead ends as a sentence.
    """
    found = find_published(line)
    if found is None or found[1] > _LABEL_MAX_CHARS:
        return None
    stamp, rest = line[: found[2]].strip(), line[found[2] :].strip()
    rest = re.sub(r"^\(?GMT\s*[+-]\s*\d{1,2}(?::00)?\)?\s*", "", rest)  # the zone printed after the time
    if not rest[:1].isupper() or ln.word_count(rest) < _HEADLINE_MIN_WORDS or not ln.is_headline_like(rest):
        return None
    read = stamp_line(stamp)
    return (stamp, rest) if read is not None and read[0] is not None else None


def split_headline(line: str) -> tuple[str, str] | None:
    """``(headline, lead)`` when ``line`` is a headline with the lead glued after it, else ``None``.

    The lead begins with its dateline or its date (``Ngày 20/8, ...``); the part
    before must be shaped like a headline: no sentence inside, capitalised.
    """
    for match in _lead_start().finditer(line):
        head, lead = line[: match.start()].strip(), line[match.end() :].strip()
        if (
            ln.word_count(head) >= _HEADLINE_MIN_WORDS
            and ln.is_headline_like(head)
            and not re.search(r"[.!?]\s", head)
            and ln.word_count(lead) > ln.word_count(head)
        ):
            return head, lead
    return None


def unglue_head(lines: list[str], first: int) -> list[str]:
    """``lines`` with line ``first`` (the page's first content line) taken apart, if it was glued."""
    line = CORPUS_PREFIX.sub("", lines[first])
    if (cut := section_prefix(line)) and ln.word_count(line) > _LABEL_MAX_WORDS:
        line = line[cut:]
    parts = [line]
    if (glued := split_stamp(line)) is not None:
        return [*lines[:first], glued[0], "", glued[1], *lines[first + 1 :]]
    if not ln.is_headline_like(line) and (split := split_headline(line)) is not None:
        parts = [split[0], "", split[1]]
    return [*lines[:first], *parts, *lines[first + 1 :]]


def split_byline(line: str) -> tuple[str, str] | None:
    """``(text, byline)`` when the last paragraph ends with its writer's initials (``... Hà Nội. N.H``), a
    labelled credit (``... tỉnh bạn. Tin, ảnh: Lê Hà``) or a writer's byline (``... nhiệm vụ. Xuân Hùng``)."""
    match = _GLUED_INITIALS.match(line)
    if match is None and (credit := _GLUED_CREDIT.match(line)) and is_labelled_byline(credit["name"]):
        match = credit
    split = (match["text"], match["name"]) if match is not None else _glued_byline(line)
    if split is None or ln.word_count(split[0]) < _HEADLINE_MIN_WORDS:
        return None
    return split[0].strip(), split[1].strip()


def _glued_byline(line: str) -> tuple[str, str] | None:
    """``(text, byline)`` for a writer's byline glued after the last sentence, the shortest one first."""
    for end in reversed(list(_SENTENCE_END.finditer(line, max(0, len(line) - _GLUED_NAME_REACH)))):
        name = line[end.end() :]
        if _GLUED_NAME.fullmatch(name) and _glued_writer(name):
            return line[: end.end()].rstrip(), name
    return None


def _glued_writer(text: str) -> bool:
    """True for a byline naming writers, read where one stands: after the article's last sentence; a reprint's
    credit naming its writer counts too (``Theo Đình Thảo (Dân Trí)``), not one naming an outlet alone."""
    if text[:5].lower() == "theo ":
        return bool(read_credits([text]).authors)
    byline = read_byline(text, initials=True)
    return byline is not None and bool(byline.authors) and not all(_BARE_INITIALS.match(a) for a in byline.authors)
