"""A fact kind of one's own, read by dnnd's fact loop: delegations visiting a place.

People's-diplomacy news reports delegations that *thăm* (visit) a place:
"Đoàn đại biểu Hội Hữu nghị Việt - Lào tỉnh Lào Cai thăm tỉnh Luang Namtha".
This plugin declares the kind ``visit`` (:func:`dnnd.facts.register_fact_kind`:
its roles, what each accepts, what the corpus aggregates) and finds it with
:class:`dnnd.facts.extractor.FactExtractor`, which brings the shared loop:
the cheap cue, the body's sentences and clauses, realis (a visit still to
come, "sẽ thăm", is no fact) and merging by key. Only ``read`` is its own.
"""

from __future__ import annotations

import re

import dnnd
from dnnd.facts import FACT_ORDER, FactDraft, FactKind, Reading, RoleSpec, Sentence, register_fact_kind
from dnnd.facts.extractor import FactExtractor
from dnnd.facts.schema import Aggregates

VISIT = register_fact_kind(
    FactKind(
        "visit",
        ("042",),  # CAMEO 042: make a visit
        (),
        (
            RoleSpec("visitor", {"organization", "person"}, "who visits"),
            RoleSpec("place", {"place"}, "where", many=False),
            RoleSpec("date", {"date"}, "when", many=False),
        ),
        merge_key=("visitor", "place"),
        aggregates=Aggregates(place=("place",), amount=(), year=("date",)),
        doc="A delegation visiting a place.",
    )
)


class VisitExtractor(FactExtractor):
    """Visits: the organizations or people before ``thăm``, the place after it."""

    name = "visits"
    order = FACT_ORDER + 100  # after the built-in fact extractors
    kind = "visit"
    cue = re.compile(r"(?<!\w)thăm(?!\w)")

    def read(
        self, reading: Reading, sentence: Sentence, clause: tuple[int, int], trigger: re.Match[str]
    ) -> FactDraft | None:
        """The visit the clause reports at ``thăm``, if it names who and where."""
        visitors = reading.entities_in(clause[0], trigger.start(), "organization", "person")
        places = reading.entities_in(trigger.end(), clause[1], "place")
        if not visitors or not places:
            return None
        draft = FactDraft(self.kind).add_all("visitor", visitors).add("place", places[0])
        when = reading.time_in(*clause)
        return draft.add("date", reading.entity(when) if when is not None else None)


@dnnd.hookimpl
def dnnd_extractors() -> list[VisitExtractor]:
    """The visits extractor."""
    return [VisitExtractor()]
