"""The one loop every fact extractor runs, built-in or third-party.

:class:`FactExtractor` is cheap cue filter → the shared
:class:`~dnnd.facts.reading.Reading` → body sentences → clauses → triggers
whose mood is realis → the kind's own :meth:`~FactExtractor.read` → a
:class:`~dnnd.facts.draft.FactDraft` → facts merged by the kind's merge key
(:data:`~dnnd.facts.schema.FACT_KINDS`). A kind overrides only what is its own:
its cue and trigger, what it reads around a trigger, or (for kinds that tie
several sentences together) the walk over the sentences.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence

import attrs

from dnnd.facts.draft import FactDraft
from dnnd.facts.reading import Reading, Sentence, clauses, list_clauses, scan_words
from dnnd.facts.schema import FactKind, fact_kind
from dnnd.facts.vocabulary import MOODS_NOT_DONE
from dnnd.model import Fact
from dnnd.plugin import Extraction, ExtractionContext
from dnnd.text.words import WordIndex

__all__ = ["FactExtractor", "merge_facts"]


class FactExtractor:
    """Base class of fact extractors: subclass, set the class attributes, implement :meth:`read`.

    ``name``, ``order`` and ``kind`` say what it is (an extractor's
    :class:`~dnnd.plugin.Extractor` protocol, and the fact kind it finds);
    ``cue`` is a pattern every article holding such a fact matches (tested
    first, on the whole text); ``trigger`` the words that report the event,
    looked for clause by clause. A trigger whose mood (``realis.tsv``) is in
    ``not_done`` — future, planned, negated, conditional, proposed — gives no
    fact.
    """

    name: str
    order: int
    kind: str
    cue: re.Pattern[str]
    trigger: re.Pattern[str] | None = None
    not_done: frozenset[str] = MOODS_NOT_DONE
    #: Whether photo captions are read too (an action under its photo: "X trao Bằng khen cho Y").
    read_captions: bool = True

    @property
    def schema(self) -> FactKind:
        """The schema of this extractor's kind."""
        return fact_kind(self.kind)

    def extract(self, context: ExtractionContext) -> Extraction:
        """Cue, reading, facts, merge: the facts of this kind in ``context.article``."""
        if next(scan_words(context.words, self.cue), None) is None:
            return Extraction()  # (tried only at the words the cue opens with: the index has them)
        reading = Reading.of(context)
        made = len(reading.created)
        facts = merge_facts(_unless_in_body(list(self.facts(reading)), reading), self.schema)
        return Extraction(facts=facts, entities=reading.created[made:])

    def cued_clauses(
        self, reading: Reading, cue: re.Pattern[str] | None = None, verb: re.Pattern[str] | None = None
    ) -> Iterator[tuple[Sentence, tuple[int, int]]]:
        """The clauses of every body sentence the cue (or ``cue``, narrower) matches, in order, with their sentence.

        With ``verb``, a clause holding none continues the list of the one before (:func:`list_clauses`).
        """
        text = reading.text
        cue = cue or self.cue
        words = reading.words
        opening = words.opening_starts(cue)  # where the words the cue opens with start (None: not told)
        for sentence in reading.sentences:
            if not self.read_captions and sentence.paragraph in reading.captions:
                continue
            if opening is not None and not _opens_in(opening, words, sentence.start, sentence.end):
                continue  # (no word the cue opens with: no match, found by one bisection)
            # (tried at the words the cue opens with, from the shared index: the same answer as a search)
            if next(words.matches(cue, sentence.start, sentence.end), None) is not None:
                found = (
                    clauses(text, sentence.start, sentence.end)
                    if verb is None
                    else list_clauses(text, sentence.start, sentence.end, verb)
                )
                for clause in found:
                    yield sentence, clause

    def facts(self, reading: Reading) -> Iterable[Fact]:
        """Every cued clause (:meth:`cued_clauses`), at each realis trigger: :meth:`read`."""
        trigger = self.trigger or self.cue
        for sentence, (lo, hi) in self.cued_clauses(reading):
            for match in reading.words.matches(trigger, lo, hi):
                if reading.mood(lo, match.start()) in self.not_done:
                    continue
                draft = self.read(reading, sentence, (lo, hi), match)
                if draft is not None:
                    yield draft.cite(lo, hi).build()

    def read(
        self, reading: Reading, sentence: Sentence, clause: tuple[int, int], trigger: re.Match[str]
    ) -> FactDraft | None:
        """The fact a realis ``trigger`` reports in ``clause``, if any (the kind's own reading)."""
        raise NotImplementedError(f"{type(self).__name__} reads no trigger: implement read() or facts()")


def _opens_in(opening: list[int], words: WordIndex, start: int, end: int) -> bool:
    """Whether one of the sorted ``opening`` offsets lies in ``[start, end)``, or ``end`` cuts a word in two (the
    word index then scans: a pattern may read the shorter word before ``end``)."""
    i = bisect_left(opening, start)
    if i < len(opening) and opening[i] < end:
        return True
    cut = words.index_at(end)
    return cut is not None and words.start(cut) < end


def _unless_in_body(facts: list[Fact], reading: Reading) -> list[Fact]:
    """``facts`` without those read only from a caption that the body reports too (a party in common).

    A caption mostly restates the body under its photo; it adds a fact only when
    the body says nothing of that event.
    """
    in_caption = [bool(f.spans) and all(reading.in_caption(s.start) for s in f.spans) for f in facts]
    body = {what for f, cap in zip(facts, in_caption, strict=True) if not cap for what in _parties(f)}
    return [f for f, cap in zip(facts, in_caption, strict=True) if not cap or not body & _parties(f)]


def _parties(fact: Fact) -> set[str]:
    """Who a fact is about (entities), and what (its award, agreement...: values), lower-cased."""
    return {(r.entity or r.value or "").lower() for r in fact.roles if r.role not in _NOT_PARTIES} - {""}


# Roles that say when, how much or where, not who: sharing them does not make two facts one event. Nor does the
# office an election fills (its post, committee, size, organization): every officer of one congress shares them,
# and a caption naming the other officers reports people the body may not ("Ông A, ông B là Phó Chủ tịch").
_NOT_PARTIES = frozenset(
    {"date", "period", "amount", "place", "count", "term", "status", "type", "position", "body", "size", "organization"}
)


def _key(fact: Fact, roles: Sequence[str]) -> tuple[tuple[str, str], ...] | None:
    # a value told again in the lead and the body may differ in case only ("Bằng khen", "bằng khen")
    found = tuple(
        sorted(
            (r.role, r.entity or " ".join(str(r.value or "").lower().split())) for r in fact.roles if r.role in roles
        )
    )
    held = {role for role, _ in found}
    return found if roles and held == set(roles) else None


def merge_facts(facts: Sequence[Fact], schema: FactKind) -> list[Fact]:
    """``facts`` with those holding the same values in the schema's merge-key roles made one.

    The first fact of a group keeps its place and its single-valued roles;
    the others add their further roles and their evidence spans. A fact
    missing one of the key roles is never merged on that key; the schema's
    further keys (``merge_also``) merge a fact told again in other words (:func:`_told_again`).
    """
    keyings = [schema.merge_key, *schema.merge_also]
    groups: dict[tuple[int, tuple[tuple[str, str], ...]], int] = {}
    out: list[Fact] = []
    for fact in facts:
        keys = [(i, key) for i, roles in enumerate(keyings) if (key := _key(fact, roles)) is not None]
        into = next(
            (
                groups[k]
                for k in keys
                if k in groups
                and not _kept_apart(out[groups[k]], fact, schema.kept_apart_by)
                and (k[0] == 0 or _told_again(out[groups[k]], fact))
            ),
            None,
        )
        if into is None:
            into = len(out)
            out.append(fact)
        else:
            out[into] = _union(out[into], fact, schema)
        for k in keys:
            groups.setdefault(k, into)
    return out


def _kept_apart(one: Fact, other: Fact, roles: tuple[str, ...]) -> bool:
    """Whether ``one`` and ``other`` both hold one of ``roles`` with no value in common: "Hội A tặng 10 triệu
    đồng" and "Công ty B tặng 10 triệu đồng" are two gifts of one sum."""
    for role in roles:
        held = [{r.entity or r.value for r in f.roles if r.role == role} for f in (one, other)]
        if held[0] and held[1] and not held[0] & held[1]:
            return True
    return False


def _told_again(one: Fact, other: Fact) -> bool:
    """Whether ``other`` may tell ``one`` again: read from other words, not dated another day, no other sum.

    Two equal gifts in one clause ("10 suất cho trường A và 10 suất cho trường B") are two; so are two
    different sums from one donor to one recipient.
    """
    if set(one.spans) & set(other.spans):
        return False
    amounts = [{r.entity for r in f.roles if r.role == "amount"} for f in (one, other)]
    if amounts[0] and amounts[1] and not amounts[0] & amounts[1]:
        return False  # two different sums are two gifts, whoever gives and receives them
    dates = [{r.entity or r.value for r in f.roles if r.role == "date"} for f in (one, other)]
    return not (dates[0] and dates[1] and not dates[0] & dates[1])


def _union(first: Fact, other: Fact, schema: FactKind) -> Fact:
    roles = list(first.roles)
    held = {r.role for r in roles}
    for role in other.roles:
        spec = schema.roles.get(role.role)
        if role in roles or (spec is not None and not spec.many and role.role in held):
            continue
        roles.append(role)
    spans = sorted(dict.fromkeys([*first.spans, *other.spans]), key=lambda s: (s.start, s.end))
    return attrs.evolve(first, roles=tuple(roles), spans=tuple(spans))
