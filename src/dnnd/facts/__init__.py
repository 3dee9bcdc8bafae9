"""Facts: the events an article reports, read by one shared grammar and checked against one schema.

* :mod:`dnnd.facts.schema` -- :data:`~dnnd.facts.schema.FACT_KINDS`, what each
  kind of fact may hold (codes, statuses, roles, merge keys, what the corpus
  aggregates);
* :mod:`dnnd.facts.reading` -- the :class:`~dnnd.facts.reading.Reading` of an
  article the fact extractors share (sentences, clauses, mentions, time, place);
* :mod:`dnnd.facts.draft` -- :class:`~dnnd.facts.draft.FactDraft`, a fact
  being built and checked against its kind's schema;
* one plugin module per built-in kind (:data:`FACT_PLUGINS`).
"""

from __future__ import annotations

from dnnd.facts.draft import FactDraft, SchemaError, role_values
from dnnd.facts.reading import (
    FACT_ORDER,
    Reading,
    Sentence,
    clauses,
    distinct,
    list_clauses,
    name_end,
    outermost,
    subject_parts,
)
from dnnd.facts.schema import FACT_KINDS, FactKind, RoleSpec, fact_kind, register_fact_kind

#: The built-in fact plugins: one module per kind, each implementing
#: :func:`~dnnd.hookspecs.dnnd_extractors` exactly as a third-party plugin does. The registry does not
#: import them to list plugins: the built-in extractor plugin names their extractors as lazy descriptors
#: (:data:`dnnd.extractors.builtin.BUILTIN_EXTRACTORS`, checked against these modules by the tests).
FACT_PLUGINS = (
    "dnnd.facts.aid",
    "dnnd.facts.elections",
    "dnnd.facts.awards",
    "dnnd.facts.twinning",
    "dnnd.facts.meetings",
)

__all__ = [
    "FACT_KINDS",
    "FACT_ORDER",
    "FACT_PLUGINS",
    "FactDraft",
    "FactKind",
    "Reading",
    "RoleSpec",
    "SchemaError",
    "Sentence",
    "clauses",
    "distinct",
    "fact_kind",
    "list_clauses",
    "name_end",
    "outermost",
    "register_fact_kind",
    "role_values",
    "subject_parts",
]
