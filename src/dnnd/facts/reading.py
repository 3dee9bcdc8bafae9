"""The shared grammar of fact extraction: sentences, clauses, what they mention, time frames, places.

A fact extractor runs after the entity extractors and reads their results
through a :class:`Reading` of the article: the body's sentences (captions are
left out: they repeat the body), the mentions inside any stretch of text with
their entities, the time frame a paragraph sits under, and the province the
article is about. The roles a fact may hold are in :mod:`dnnd.facts.schema`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from functools import cache, cached_property

import attrs

from dnnd.facts.vocabulary import alternation, mood_of, mood_pattern, table, trigger_re, words
from dnnd.gazetteer import places, titles, trie_regex
from dnnd.model import AnyEntity, DateRef, Figure, Mention, Organization, Place, Term
from dnnd.plugin import ExtractionContext
from dnnd.text.normalize import UPPER_LETTERS, match_key
from dnnd.text.patterns import scanner
from dnnd.text.sentences import split_sentences
from dnnd.text.words import WordIndex, opening_words

__all__ = [
    "FACT_ORDER",
    "PURPOSE_AFTER_RE",
    "Reading",
    "Sentence",
    "clauses",
    "distinct",
    "list_clauses",
    "name_end",
    "outermost",
    "post_re",
    "scan_words",
    "stripped_end",
    "subject_parts",
]

#: The built-in fact extractors run from this order on, after every entity extractor.
FACT_ORDER = 800

# Clauses: a semicolon, or ", đồng thời" (", at the same time") which joins two actions.
_CLAUSE_BREAK_RE = re.compile(r";\s*|,\s+(?=đồng thời\s)")
# A review of the year before is held in its first quarter.
_REVIEW_MONTHS = 3
_YEAR_RE = re.compile(r"(?<!\d)\d{4}(?!\d)")
# How far before an event's word its mood words are looked for, and the names that hide them.
_MOOD_REACH = 60
# Moods whose words open a phrase of their own, ended by its comma ("Để hỗ trợ đồng bào, Hội đã trao ...").
_CLAUSE_MOODS = frozenset({"purpose"})
_NAME_KINDS = frozenset({"organization", "document", "person"})
_LONGEST_NAME = 200
_COMMA_RE = re.compile(",")
_BRACKETED_RE = re.compile(r"\([^()]*\)")
# A comma part that is an address: a level word and a place, maybe its country in brackets, then realis words.
_LEVEL_WORDS = alternation("|".join(sorted(words("levels"), key=len, reverse=True)))
_LEVEL_OPENING_RE = re.compile(rf"\s*(?:{_LEVEL_WORDS}|TP\.?)\s+")
# A unit's level word's rank (levels.tsv) and the Place level it stands for.
_RANKS = {row[0]: int(row[1]) for row in table("levels")}
_RANK_LEVELS = {1: "village", 2: "commune", 3: "district", 4: "province", 5: "province", 6: "country"}
_ADDRESS_REST_RE = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*(?:(?:cũng|đã|vừa|đang)\s*)*")
_BRACKET_AFTER_RE = re.compile(r"\s*\(([^()]{2,60})\)")
# A comma part empty or holding nothing but realis markers ("..., đã tiếp"): no subject of its own.
_MARKERS_ONLY_RE = re.compile(rf"\s*(?:{alternation('|'.join(words('realis', 'realis')), lower=True)}\s*)*")
# Attribution (attribution.tsv): a source, a speaker, an approver.
_SOURCE_RE = trigger_re("attribution", "source")
_SAY_RE = trigger_re("attribution", "say")
_APPROVE_RE = trigger_re("attribution", "approve")
_ATTRIBUTION_REACH = 80
# A time expression opening a paragraph frames the paragraphs after it ("Trong năm 2025, ...").
_FRAME_REACH = 16
# "Ban tổ chức" (the organising committee) as a subject: the body that organised the event.
# (the programme itself stands for them: "Chương trình đã trao 129 suất học bổng", "chương trình còn dành tặng")
_COMMITTEE_RE = re.compile(r"(?:[Bb]an [Tt]ổ chức|BTC)(?:\s+(?:chương trình|buổi lễ|lễ))?|[Cc]hương trình")
# Organising an event, and partners joining in before it ("X phối hợp với Y tổ chức ...": X leads).
_ORGANISE_RE = re.compile(
    r"(?<!\w)tổ chức(?=\s+(?:chương trình|[Ll]ễ|buổi|[Hh]ội|đêm|ngày|cuộc|giải|[Gg]iao lưu|[Tt]ọa đàm)(?!\w))"
)
_WITH_PARTNERS_RE = re.compile(r"(?<!\w)(?:phối hợp|cùng)(?:\s+với)?\s")
# Bodies of several provinces: facts about them belong to no single province.
_MULTI_PROVINCE_RE = scanner(re.compile(r"(?<!\w)(?:Cụm(?:\s+số\s+\d+)?|các tỉnh|khu vực)(?!\w)"))
# "tỉnh" not followed by a name: the province the article is about ("UBND tỉnh", "tại tỉnh").
_BARE_PROVINCE_RE = re.compile(rf"(?<!\w)tỉnh(?!\s+[{UPPER_LETTERS}])(?!\w)")


def _celebrated(mention: Mention) -> bool:
    """Whether a date mention is a day an anniversary celebrates (marked by the date extractor)."""
    return bool(mention.attributes) and ("anniversary", True) in mention.attributes


@attrs.frozen
class Sentence:
    """One sentence of the body: ``start``/``end`` index :attr:`Article.text`."""

    start: int
    end: int
    #: Index of the paragraph (body block) it belongs to.
    paragraph: int


#: The opening words of every pattern the fact extractors scan a whole article for (their cues first), together:
#: each article's words are looked up in them once, and a pattern's own words then only among those found.
_scanned_openings: frozenset[str] = frozenset()


def scan_words(words: WordIndex, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.finditer`` over the whole text of ``words``, tried only at the words it opens with
    (:func:`~dnnd.text.words.opening_words`; a scan where they cannot be told).

    As :meth:`~dnnd.text.words.WordIndex.matches`, but the words are found among those of the fact extractors'
    whole-article patterns (a cue, a kind's trigger words), looked up once per article: fewer than every word
    any extractor's pattern opens with, which each such look-up would go through.
    """
    global _scanned_openings
    opening = opening_words(pattern)
    if opening is None:
        # a scan of the whole text, what :func:`~dnnd.text.patterns.scanner` speeds up (the same matches): a
        # pattern that may start inside a word, "(?:[Tt]ới dự|[Đđ]ến dự|...)", is tried at its first letters only
        return scanner(pattern).finditer(words.text)
    if not opening <= _scanned_openings:
        _scanned_openings = _scanned_openings | opening
    return words.finditer(pattern, opening, _scanned_openings)


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into clauses at semicolons and ``, đồng thời``."""
    if text.find(";", start, end) == -1 and text.find("đồng thời", start, end) == -1:
        return [(start, end)] if start < end else []  # (most sentences: two look-ups in C, no pattern run)
    out, pos = [], start
    for match in _CLAUSE_BREAK_RE.finditer(text, start, end):
        if match.start() > pos:
            out.append((pos, match.start()))
        pos = match.end()
    if pos < end:
        out.append((pos, end))
    return out


def list_clauses(text: str, start: int, end: int, verb: re.Pattern[str]) -> list[tuple[int, int]]:
    """:func:`clauses`, each clause with no ``verb`` of its own joined to the one before.

    A semicolon also separates the items of one list under one verb: "trao
    tặng A cho 3 cá nhân; B cho 1 tập thể; C cho ..." is one clause.
    """
    if text.find(";", start, end) == -1:
        return clauses(text, start, end)  # no list to go on (the common case, no verb to look for)
    out: list[tuple[int, int]] = []
    for lo, hi in clauses(text, start, end):
        if out and verb.search(text, lo, hi) is None:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


_OPEN_QUOTES = {"“": "”", '"': '"', "«": "»"}
_OPEN_QUOTE_RE = re.compile('[“"«]')


def name_end(text: str, start: int, limit: int, stop: re.Pattern[str]) -> int:
    """Where a name starting at ``start`` ends: at ``stop``, but quoted titles are skipped whole.

    ``Hội thảo “Hợp tác, phát triển”, ...`` ends after the closing quote, not at
    the comma inside it; an unclosed quote does not extend the name.
    """
    pos = start
    while True:
        found = stop.search(text, pos, limit)
        end = found.start() if found else limit
        quote = _OPEN_QUOTE_RE.search(text, pos, end)
        if quote is None:
            return end
        close = text.find(_OPEN_QUOTES[quote.group()], quote.end(), limit)
        if close == -1:
            return end
        pos = close + 1


# A comma part opening with a time, place or purpose adverbial is not the subject (openers.txt).
_OPENER_RE = re.compile(r"\s*(?:" + alternation("|".join(words("openers"))) + r"|\d(?!\w))", re.IGNORECASE)
# A part opening with a breakdown connective ("..., trong đó Tổ chức X tài trợ 664 triệu đồng"): the
# subject follows the connective in the same part (breakdown.txt).
_CONNECTIVE_RE = re.compile(r"\s*(?:" + alternation("|".join(words("breakdown"))) + r")\s*,?\s+", re.IGNORECASE)
# A part opening with a conjunction of time ("Từ khi hai bản A và B làm lễ kết nghĩa, ..."): the subject
# follows it in the same part, as after a connective (subordinators.txt); a day after it is a date.
_SUBORDINATOR_RE = re.compile(r"\s*(?:" + alternation("|".join(words("subordinators"))) + r")\s+(?!\d)", re.IGNORECASE)


#: Where what a gift or an award is for opens, after a comma: "cho 30 trẻ, giúp ...", "..., nhằm ghi nhận ...".
PURPOSE_AFTER_RE = re.compile(r",\s*(?:giúp|nhằm|để|góp phần|qua đó|từ đó)(?!\w)")

# Head nouns that, alone as a subject, stand for the article's body of that head ("Hội đã tổ chức ...").
_BARE_HEADS = frozenset(words("bare_heads"))
_MARKERS_AFTER_RE = re.compile(
    rf"(?:\s+{alternation('|'.join(words('realis', 'realis') + words('adverbs')), lower=True)})+\s*$"
)

# The end of an opening adverbial that closes on a bracket, the subject's capitalised name right after it.
_BRACKET_CLOSE_RE = re.compile(rf"\)\s+(?=[{UPPER_LETTERS}])")
# ("năm 2016 Đồn Biên phòng X đã tổ chức ...": a year alone opens the part the same way)
_DAY = r"\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?"
# (a span of days too: "từ ngày 06/3/2024 đến ngày 08/3/2024 Đoàn công tác ... đã sang thăm", songoaivu.sonla.gov.vn)
_DATE_OPENER_RE = re.compile(
    rf"\s*(?:(?:[Tt]ừ\s+)?(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa)\s+(?:ngày\s+)?{_DAY}"
    rf"(?:\s+(?:đến|tới)\s+(?:ngày\s+)?{_DAY})?|[Nn]ăm\s+\d{{4}})\s+(?=\w)"
)


def subject_parts(text: str, start: int, end: int, cuts: Iterable[int]) -> Iterator[tuple[int, int]]:
    """The comma parts of the subject before a verb at ``end``, the nearest first.

    ``cuts`` are the commas of ``[start, end)`` that separate parts (those inside
    names left out). The walk stops at a part opening with an adverbial
    ("Sáng 12/3", "tại Hà Nội", "nhân dịp ..."); the caller stops it at the
    first part naming no party.
    """
    bounds = [start, *(c + 1 for c in cuts)]
    part_end = end
    for part_start in reversed(bounds):
        connective = _CONNECTIVE_RE.match(text, part_start, part_end) or _SUBORDINATOR_RE.match(
            text, part_start, part_end
        )
        if connective is not None:
            yield connective.end(), part_end
            return
        if _OPENER_RE.match(text, part_start, part_end):
            # "tại Khu du lịch X (TP. Cao Lãnh) Hội Y tổ chức ...": an opener closed by its bracket, no comma;
            # "ngày 22/12/2006 khóm X và bản Y tổ chức ...": a date opener, the subject right after it
            closed = _BRACKET_CLOSE_RE.search(text, part_start, part_end) or _DATE_OPENER_RE.match(
                text, part_start, part_end
            )
            # (not when a venue follows the date: "Ngày 26/3/2021 tại trụ sở Liên hiệp X, Hiệp hội Y đã tổ chức ...",
            # hcmusta.org.vn, where X hosts the room, not the event)
            if closed is not None and not _OPENER_RE.match(text, closed.end(), part_end):
                yield closed.end(), part_end
            return
        yield part_start, part_end
        part_end = part_start - 1


@cache
def post_re() -> re.Pattern[str]:
    """A post: a title head (either case), its prefixes, and ``Thường trực`` or an organ after it.

    A head may be written in title case, as overseas community outlets write posts ("Hội Trưởng", "Thủ Quỹ").
    """
    heads = set()
    for word in titles():
        titled = " ".join(part[:1].upper() + part[1:] for part in word.split(" "))
        heads.update({word, word[0].upper() + word[1:], word[0].lower() + word[1:], titled})
    return re.compile(
        r"(?:(?:[Nn]guyên|[Qq]uyền|[Tt]ân)\s+)?(?:[Pp]hó\s+)?(?:[Tt]ổng\s+)?"
        rf"(?:{trie_regex(heads)})(?!\w)"
        r"(?:\s+(?:[Tt]hường trực|đặc mệnh toàn quyền)(?!\w))?"
        r"(?:\s+(?:Ban [Tt]hường vụ|Ban [Cc]hấp hành|Ban [Kk]iểm tra|Đảng đoàn)(?!\w))?"
    )


def _skip_space(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def stripped_end(text: str, end: int) -> int:
    """Where ``text[:end]`` ends once trailing white space is cut (``len(text[:end].rstrip())``, without the copy)."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def distinct(entities: Iterable[AnyEntity]) -> list[AnyEntity]:
    """``entities`` without repeats (by id), in order of first appearance."""
    return list({e.id: e for e in entities}.values())


def outermost(mentions: Sequence[Mention]) -> list[Mention]:
    """Drop mentions lying inside an earlier one (``mentions`` sorted by start, longest first)."""
    out: list[Mention] = []
    for m in mentions:
        if not out or m.start >= out[-1].end:
            out.append(m)
    return out


class Reading:
    """One article as fact extractors read it: sentences, mentions by position, entities by id.

    Build it with :meth:`of`, which keeps it in the context's ``shared``
    store: the fact extractors running one after another on the same
    findings share one reading.
    """

    @classmethod
    def of(cls, context: ExtractionContext) -> Reading:
        """The reading of ``context``, built once per article and set of findings."""
        key = (cls, len(context.mentions), len(context.entities))
        reading = context.shared.get(key)
        if not isinstance(reading, cls):
            reading = context.shared[key] = cls(context)
        return reading

    def __init__(self, context: ExtractionContext) -> None:
        self.article = context.article
        self.text = context.text
        #: The article's shared word index (:attr:`~dnnd.plugin.ExtractionContext.words`).
        self.words = context.words
        self.entities: dict[str, AnyEntity] = {e.id: e for e in context.entities}
        self.mentions: list[Mention] = sorted(context.mentions, key=lambda m: (m.start, -m.end))
        self._starts = [m.start for m in self.mentions]
        self.paragraphs: list[tuple[int, int]] = []
        self.sentences: list[Sentence] = []
        # A photo's caption is read too, as sentences of their own: some events are reported only there
        # ("Ông X trao bằng khen cho ..." under the photo of the ceremony).
        #: Indexes of the paragraphs that are photo captions.
        self.captions: set[int] = set()
        for offset, block in self.article.block_offsets():
            index = len(self.paragraphs)
            if isinstance(block, Figure):
                self.captions.add(index)
            self.paragraphs.append((offset, offset + len(block.text)))
            for s, e in split_sentences(block.text, offset):
                self.sentences.append(Sentence(s, e, index))
        self._sentence_starts = [s.start for s in self.sentences]
        #: Entities the fact extractors made for their facts (a date corrected), returned with them.
        self.created: list[AnyEntity] = []

    # -- words

    def first(self, pattern: re.Pattern[str], start: int, end: int) -> re.Match[str] | None:
        """The first match of ``pattern`` in ``[start, end)``, as ``pattern.search`` finds it, but tried only at the
        words it opens with (:meth:`~dnnd.text.words.WordIndex.matches`): a sentence or clause holding none of them
        costs a look-up, not a scan."""
        return next(self.words.matches(pattern, start, end), None)

    # -- mentions

    def mentions_in(self, start: int, end: int, *kinds: str) -> list[Mention]:
        """The mentions lying wholly inside ``[start, end)``, of the given kinds (any if none)."""
        mentions = self.mentions  # (locals: called for every clause and trigger of every kind)
        i, n = bisect.bisect_left(self._starts, start), len(mentions)
        out = []
        while i < n and mentions[i].start < end:
            m = mentions[i]
            if m.end <= end and (not kinds or m.kind in kinds):
                out.append(m)
            i += 1
        return out

    def entity(self, mention: Mention) -> AnyEntity | None:
        """The entity a mention was resolved to, if any."""
        return self.entities.get(mention.entity) if mention.entity else None

    def entities_of(self, mentions: Iterable[Mention]) -> list[AnyEntity]:
        """The entities ``mentions`` were resolved to, once each, in order of first mention."""
        return distinct(e for e in map(self.entity, mentions) if e is not None)

    def entities_in(self, start: int, end: int, *kinds: str) -> list[AnyEntity]:
        """The distinct entities mentioned inside ``[start, end)``, in order of first mention."""
        return self.entities_of(self.mentions_in(start, end, *kinds))

    def in_caption(self, position: int) -> bool:
        """Whether ``position`` lies in a photo's caption rather than in the body."""
        return self.sentence_at(position).paragraph in self.captions

    def sentence_at(self, position: int) -> Sentence:
        """The sentence containing ``position`` (the nearest one before it otherwise)."""
        i = bisect.bisect_right(self._sentence_starts, position) - 1
        return self.sentences[max(i, 0)]

    def index_of(self, sentence: Sentence) -> int:
        """The index of ``sentence`` in :attr:`sentences` (as ``sentences.index``, found by its start)."""
        i = bisect.bisect_left(self._sentence_starts, sentence.start)
        while i < len(self.sentences) and self.sentences[i].start == sentence.start:
            if self.sentences[i] == sentence:
                return i
            i += 1
        return self.sentences.index(sentence)  # not there, or the list out of order: as written

    def sentence_containing(self, position: int) -> Sentence | None:
        """The sentence (of the body or a caption) containing ``position``; ``None`` between sentences."""
        i = bisect.bisect_right(self._sentence_starts, position) - 1
        if i >= 0 and position < self.sentences[i].end:
            return self.sentences[i]
        return None

    # -- realis

    def mood(self, lo: int, at: int, reach: int = _MOOD_REACH) -> str | None:
        """The mood of the event told at ``at`` in a clause starting at ``lo``: ``None`` if it took place.

        The last mood word (``realis.tsv``) in the ``reach`` characters before
        ``at`` decides: ``sẽ``, ``dự kiến``, ``kế hoạch`` (planned, future),
        ``chưa``, ``không`` (negated), ``nếu`` (conditional), ``đề nghị``
        (proposed)... unless a realis marker (``đã``, ``vừa``) follows it. Words
        inside a name (``Sở Kế hoạch và Đầu tư``, ``Kế hoạch số 12/KH-UBND``)
        and phrases that only hold such a word (``không chỉ``, ``viện trợ không
        hoàn lại``) say nothing.
        """
        moods = mood_of()
        found: str | None = None
        for match in mood_pattern().finditer(self.text, max(lo, at - reach), at):
            mood = moods.get(" ".join(match.group().lower().split()), "not")
            if mood == "not" or self._in_name(match.start()):
                continue
            if mood in _CLAUSE_MOODS and "," in self.text[match.end() : at]:
                continue  # "Để hỗ trợ đồng bào, Hội đã trao ...": a purpose opens a phrase that ends at its comma
            found = None if mood == "realis" else mood
        return found

    # -- attribution

    def attributions(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """Stretches of ``[lo, hi)`` naming a source or an approver (``attribution.tsv``), not an actor.

        ``Theo <source>, ...`` to its comma (past the source's post: ``Theo ông X, Giám đốc Sở Y,``);
        ``..., <source> cho biết`` from the comma before; ``được <approver> phê duyệt``.
        """
        text = self.text
        out = []
        for m in _SOURCE_RE.finditer(text, lo, hi):
            if not text[lo : m.start()].strip() or text[lo : m.start()].rstrip().endswith((",", ";", ":", "(")):
                comma = text.find(",", m.end(), hi)
                # "Theo ông X, Giám đốc Sở Y, ...": the source's post, set off by commas, is the source's too
                while comma != -1 and post_re().match(text, _skip_space(text, comma + 1, hi)):
                    comma = text.find(",", comma + 1, hi)
                out.append((m.start(), comma if comma != -1 else hi))
        for m in _SAY_RE.finditer(text, lo, hi):
            comma = text.rfind(",", lo, m.start())
            if comma != -1 and m.start() - comma < _ATTRIBUTION_REACH:
                out.append((comma, m.end()))
        for m in _APPROVE_RE.finditer(text, lo, hi):
            duoc = text.rfind("được", max(lo, m.start() - _ATTRIBUTION_REACH), m.start())
            if duoc != -1:
                out.append((duoc, m.end()))
        return out

    def subject_mentions(self, lo: int, end: int, *kinds: str) -> list[Mention]:
        """The mentions (of ``kinds``) of the subject before a verb at ``end``, in a clause starting at ``lo``.

        The comma parts just before the verb (commas inside a name do not cut),
        walked back to a part opening with an adverbial ("Trước thềm chuyến thăm
        của X, Y công bố ...": Y) or naming none of ``kinds``.
        """
        named = self.mentions_in(lo, end, *_NAME_KINDS)
        # (nor do commas in a bracket: "Nhóm Thiện nguyện TP. Pleiku (phường Yên Thế, TP. Pleiku) trao tặng ...",
        # baogialai.com.vn, the address of the body before it)
        bracketed = [(b.start(), b.end()) for b in _BRACKETED_RE.finditer(self.text, lo, end)]
        cuts = [
            c.start()
            for c in _COMMA_RE.finditer(self.text, lo, end)
            if not any(m.start <= c.start() < m.end for m in named) and not any(a < c.start() < b for a, b in bracketed)
        ]
        found: list[Mention] = []
        for part_start, part_end in subject_parts(self.text, lo, end, cuts):
            if _MARKERS_ONLY_RE.fullmatch(self.text, part_start, part_end):
                # "X tổ chức ..., trao quà ...", "ông X, Bí thư ..., đã tiếp": the subject is further back
                continue
            part = self.mentions_in(part_start, part_end, *kinds)
            if not part and found == [] and self._address(part_start, part_end):
                continue  # "Hiệp hội X, tỉnh Vân Nam (Trung Quốc) đã trao": the body's address, the body before it
            if not part and post_re().match(self.text, _skip_space(self.text, part_start, part_end)):
                continue  # "đồng chí X, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh đã tiếp": a post of the person before
            if not part:
                break
            found = part + found
        return found

    def bare_head(self, start: int, end: int) -> Organization | None:
        """The body a bare head noun as the whole subject stands for: "Hội đã tổ chức Đại hội ...".

        The comma part of ``[start, end)`` before the verb (realis markers left out) is only a head word of
        ``bare_heads.txt``; it stands for the first organization the article
        names with that head ("Hội Hữu nghị Việt Nam - Lào tỉnh Đồng Tháp").
        """
        part = self.text[start:end]
        part = part[part.rfind(",") + 1 :]  # the comma part right before the verb ("Ngày 18/7, Hội đã ...")
        words_ = _MARKERS_AFTER_RE.sub("", part).strip()
        if words_ not in _BARE_HEADS:
            return None
        for mention in self.mentions:
            entity = self.entity(mention)
            if isinstance(entity, Organization) and entity.name.startswith(words_ + " "):
                return entity
        return None

    def committee(self, start: int, end: int) -> bool:
        """Whether the comma part of ``[start, end)`` before a verb is only "Ban tổ chức" or "Chương trình" (the
        organisers, or the programme standing for them)."""
        part = self.text[start:end]
        part = part[part.rfind(",") + 1 :]
        return _COMMITTEE_RE.fullmatch(_MARKERS_AFTER_RE.sub("", part).strip()) is not None

    @cached_property
    def lead_organiser(self) -> AnyEntity | None:
        """The body that organised the event the article reports: the first organization before "tổ chức".

        "Sáng 28/8, Tổ chức X phối hợp với Y và Z tổ chức chương trình trao học bổng ...": X leads
        (those after "phối hợp với" join in); "Ban tổ chức" later in the article stands for it.
        """
        for sentence in self.sentences:
            for verb in _ORGANISE_RE.finditer(self.text, sentence.start, sentence.end):
                if self._in_name(verb.start()):
                    continue
                with_ = _WITH_PARTNERS_RE.search(self.text, sentence.start, verb.start())
                found = self.subject_mentions(sentence.start, with_.start() if with_ else verb.start(), "organization")
                found = outermost(found)
                if found:
                    return self.entity(found[0])
                break
        return None

    def _address(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` is a place written as an address: its level word, its name, realis words."""
        places = self.mentions_in(start, end, Place.kind)
        if not places:
            return False
        rest = self.text[places[0].end : end]
        return _LEVEL_OPENING_RE.match(self.text, start) is not None and _ADDRESS_REST_RE.fullmatch(rest) is not None

    @staticmethod
    def outside(mentions: Iterable[Mention], zones: Sequence[tuple[int, int]]) -> list[Mention]:
        """``mentions`` that lie in none of ``zones`` (start, end)."""
        return [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in zones)]

    def outside_attributions(self, mentions: Iterable[Mention], lo: int, hi: int) -> list[Mention]:
        """``mentions`` that lie in no attribution of ``[lo, hi)``."""
        return self.outside(mentions, self.attributions(lo, hi))

    def _in_name(self, position: int) -> bool:
        """Whether ``position`` lies inside a named organization, document or person."""
        i = bisect.bisect_right(self._starts, position) - 1
        while i >= 0 and position - self.mentions[i].start < _LONGEST_NAME:
            m = self.mentions[i]
            if m.start <= position < m.end and m.kind in _NAME_KINDS:
                return True
            i -= 1
        return False

    # -- time

    def time_in(self, start: int, end: int) -> Mention | None:
        """The first date (:meth:`dates_in`) or term mentioned inside ``[start, end)``."""
        found = [m for m in self.mentions_in(start, end, DateRef.kind, Term.kind) if not _celebrated(m)]
        return found[0] if found else None

    def dates_in(self, start: int, end: int) -> list[Mention]:
        """The dates inside ``[start, end)`` that may date an event: not a day an anniversary celebrates.

        "nhân kỷ niệm 70 năm Ngày giải phóng (13/5/1955 - 13/5/2025)" says what is
        celebrated; the date extractor marks both ends (``anniversary``).
        """
        return [m for m in self.mentions_in(start, end, DateRef.kind) if not _celebrated(m)]

    def review_date(self, mention: Mention, period: AnyEntity | None) -> AnyEntity | None:
        """The date of an event at ``mention``, moved to the new year when it reviews the year before.

        "Sáng 10/1, ... hội nghị tổng kết công tác năm 2025": a day written
        without its year, early in the year (January to March), at an event
        about the whole year its year was read as, is in the year after. The
        corrected date is a new entity (in :attr:`created`); any other date is
        the mention's own entity.
        """
        entity = self.entity(mention)
        if not isinstance(entity, DateRef) or entity.value is None or _YEAR_RE.search(mention.text):
            return entity
        year = entity.value.year
        if not (isinstance(period, Term) and period.start_year == period.end_year == year):
            return entity
        if entity.value.month > _REVIEW_MONTHS:
            return entity
        moved = attrs.evolve(entity, id=f"{entity.id}:next-year", value=entity.value.replace(year=year + 1))
        if moved not in self.created:
            self.created.append(moved)
        return moved

    def published_date(self) -> DateRef | None:
        """The article's publication day as a date entity (in :attr:`created`), for an event it says "just" happened.

        "Hội nghị ... vừa diễn ra": with no date written, the event is dated by
        the page that reports it. ``None`` when the article has no date.
        """
        published = self.article.published
        if published is None:
            return None
        day = published.date() if isinstance(published, datetime) else published
        entity = DateRef(name=f"{day.day}/{day.month}/{day.year}", id="date:published", value=day)
        if entity not in self.created:
            self.created.append(entity)
        return entity

    @cached_property
    def _frames(self) -> list[tuple[int, Mention]]:
        """Paragraph-opening dates and terms, as (paragraph index, mention)."""
        out = []
        for index, (start, end) in enumerate(self.paragraphs):
            opener = self.time_in(start, min(end, start + _FRAME_REACH + 40))
            if opener is not None and opener.start - start <= _FRAME_REACH:
                out.append((index, opener))
        return out

    def frame(self, position: int) -> Mention | None:
        """The time frame ``position`` sits under: the last paragraph-opening date or term before it.

        Vietnamese reports open a section with its time ("Trong năm 2025, ...",
        "Nhiệm kỳ 2018 - 2023, ...", "Sáng 10/1, ..."); the paragraphs after it
        belong to that time until another paragraph opens with one.
        """
        paragraph = self.sentence_at(position).paragraph
        frames = self._frames  # (in text order: one per paragraph at most, each inside its paragraph)
        at = bisect.bisect_right(self._frame_starts, position)
        while at > 0 and frames[at - 1][0] > paragraph:
            at -= 1
        return frames[at - 1][1] if at else None

    @cached_property
    def _frame_starts(self) -> list[int]:
        return [mention.start for _, mention in self._frames]

    # -- places

    def bracket_country(self, position: int) -> Place | None:
        """The foreign country named in a bracket opening at ``position``: "tỉnh Hủa Phăn (Lào)".

        A name followed by its country in brackets is a place or body of that
        country, whether or not a gazetteer knows it.
        """
        bracket = _BRACKET_AFTER_RE.match(self.text, position)
        if bracket is None:
            return None
        inside = self.mentions_in(bracket.start(1), bracket.end(1), Place.kind)
        entity = self.entity(inside[0]) if len(inside) == 1 else None
        if isinstance(entity, Place) and entity.level == "country" and entity.country != "VN":
            return entity
        return None

    def foreign_place(self, name: str, start: int, end: int) -> Place | None:
        """The unit ``name``, written in ``[start, end)`` with its country in brackets after it, as a place.

        "hương Bát Bộ (Trung Quốc)": a level word, a name, then a foreign country is a
        place of that country even when no gazetteer knows it (a new entity, in :attr:`created`).
        """
        at = self.text.find(name, start, end)
        level = _LEVEL_OPENING_RE.match(name)
        if at == -1 or level is None:
            return None
        country = self.bracket_country(at + len(name))
        if country is None:
            return None
        rank = _RANKS.get(" ".join(level.group().lower().split()), 0)
        entity = Place(
            name=name,
            id=f"place:{(country.code or country.name).lower()}:{'-'.join(name.lower().split())}",
            level=_RANK_LEVELS.get(rank, "other"),
            country=country.code,
        )
        if entity not in self.created:
            self.created.append(entity)
        return entity

    def province_of(self, place: Place) -> Place | None:
        """The article's entity for the province ``place`` lies in (itself if it is one)."""
        if place.level == "province":
            return place
        current = place.current
        if not current:
            return None
        for entity in self.entities.values():
            if (
                isinstance(entity, Place)
                and entity.level == "province"
                and (entity.name == current or entity.current == current)
            ):
                return entity
        return None

    @cached_property
    def home_province_name(self) -> str | None:
        """The province the article is about: the one its title names, else its outlet's.

        Local outlets write "tỉnh" alone for their own province ("UBND tỉnh"); a
        province in the title says the same for any outlet. The name is the
        gazetteer's (a province's name before the 2025 merger stays as written).
        """
        for source in (self.article.title, self.article.outlet):
            for match in places().finditer(source or ""):
                info = places().lookup(match.group())
                if info is not None and info.level == "province" and info.country == "VN":
                    return info.name
        return None

    @cached_property
    def home_province(self) -> Place | None:
        """The article's entity for :attr:`home_province_name`, if the body mentions it."""
        name = self.home_province_name
        if name is None:
            return None
        key = match_key(name)
        for entity in self.entities.values():
            if isinstance(entity, Place) and entity.level == "province" and match_key(entity.name) == key:
                return entity
        return None

    def bare_province(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` says "tỉnh" without a name: the home province."""
        return _BARE_PROVINCE_RE.search(self.text, start, end) is not None

    def several_provinces(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` speaks for a body of several provinces (a cluster, a region)."""
        return _MULTI_PROVINCE_RE.search(self.text, start, end) is not None
