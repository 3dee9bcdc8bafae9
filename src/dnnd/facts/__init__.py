"""Facts: the events an article reports, read by one shared grammar and checked against one schema.

* :mod:`dnnd.facts.schema` -- :data:`~dnnd.facts.schema.FACT_KINDS`, what each
  kind of fact may hold (codes, statuses, roles, merge keys, what the corpus
  aggregates);
* :mod:`dnnd.facts.reading` -- the :class:`~dnnd.facts.reading.Reading` of an
  article the fact extractors share (sentences, clauses, mentions, time, place);
* :mod:`dnnd.facts.draft` -- :class:`~dnnd.facts.draft.FactDraft`, a fact
  being built and checked against its kind's schema.
"""

from __future__ import annotations

from dnnd.facts.draft import FactDraft, SchemaError, role_values
from dnnd.facts.reading import FACT_ORDER, Reading, Sentence, clauses, distinct, name_end, outermost
from dnnd.facts.schema import FACT_KINDS, FactKind, RoleSpec, fact_kind, register_fact_kind

__all__ = [
    "FACT_KINDS",
    "FACT_ORDER",
    "FactDraft",
    "FactKind",
    "Reading",
    "RoleSpec",
    "SchemaError",
    "Sentence",
    "clauses",
    "distinct",
    "fact_kind",
    "name_end",
    "outermost",
    "register_fact_kind",
    "role_values",
]
