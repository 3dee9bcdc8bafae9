"""The SQLite corpus under its first name: :mod:`dnnd.corpus` (kept so that ``from dnnd.store import Corpus`` works)."""

from __future__ import annotations

from dnnd.corpus import (
    AidTotal,
    Corpus,
    CorpusError,
    FactRecord,
    IndexReport,
    OrganizationRecord,
    PersonRecord,
    SearchHit,
    SourceRef,
    TimelineEntry,
    decimal_str,
    fold,
    provinces_in,
    record_dict,
)

__all__ = [
    "AidTotal",
    "Corpus",
    "CorpusError",
    "FactRecord",
    "IndexReport",
    "OrganizationRecord",
    "PersonRecord",
    "SearchHit",
    "SourceRef",
    "TimelineEntry",
    "decimal_str",
    "fold",
    "provinces_in",
    "record_dict",
]
