"""The records the corpus's queries return: frozen values, each naming its sources."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs

__all__ = [
    "AidTotal",
    "FactRecord",
    "IndexReport",
    "OrganizationRecord",
    "PersonRecord",
    "SearchHit",
    "SourceRef",
    "TimelineEntry",
    "record_dict",
]


@attrs.frozen
class SourceRef:
    """Where an answer comes from: an article's id and URL."""

    article_id: str
    url: str | None = None


@attrs.frozen
class IndexReport:
    """What :meth:`Corpus.index <dnnd.corpus.Corpus.index>` did: articles written, articles already stored unchanged."""

    indexed: int = 0
    unchanged: int = 0


@attrs.frozen
class PersonRecord:
    """A person merged across articles."""

    id: str
    name: str
    provinces: tuple[str, ...]
    first_seen: str | None
    last_seen: str | None
    article_count: int
    merge_note: str | None
    sources: tuple[SourceRef, ...] = ()


@attrs.frozen
class TimelineEntry:
    """One position a person held, as one article reports it on its date."""

    person_id: str
    person: str
    position: str
    date: str | None
    article_id: str
    url: str | None


@attrs.frozen
class OrganizationRecord:
    """An organization merged across articles by the key of its canonical name."""

    id: str
    name: str
    category: str | None
    aliases: tuple[str, ...]
    first_seen: str | None
    last_seen: str | None
    article_count: int
    sources: tuple[SourceRef, ...] = ()


@attrs.frozen
class FactRecord:
    """A fact with its roles (``(role, entity name or value)``), status, place, year and exact amount.

    ``evidence`` is the article text the fact rests on (its spans, joined by " … ").
    ``part_of`` is the amount of the total a breakdown belongs to (``Trong đó, ...``);
    ``counted`` is false for such a part when its total is counted by another fact.
    """

    kind: str
    code: str | None
    status: str | None
    year: int | None
    place: str | None
    amount: Decimal | None
    currency: str | None
    roles: tuple[tuple[str, str | None], ...]
    article_id: str
    url: str | None
    evidence: str = ""
    part_of: Decimal | None = None
    counted: bool = True


@attrs.frozen
class SearchHit:
    """An article found by :meth:`Corpus.search <dnnd.corpus.Corpus.search>`; lower ``score`` is better (bm25)."""

    article_id: str
    title: str | None
    published: str | None
    url: str | None
    score: float
    snippet: str


@attrs.frozen
class AidTotal:
    """Aid of one status summed per province, year and currency (exactly), with the articles it comes from.

    Statuses (``committed``, ``mobilised``, ``received``, ``donated``) are never
    added together, and a part of a total counted elsewhere is left out.
    """

    province: str | None
    year: int | None
    status: str | None
    currency: str | None
    total: Decimal
    facts: int
    sources: tuple[SourceRef, ...] = ()


def _json_value(value: Any) -> Any:
    """Exact numbers for JSON: a whole :class:`~decimal.Decimal` as an integer, any other as a string."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else str(value)
    return value


def record_dict(record: Any) -> dict[str, Any]:
    """A query record as a JSON-ready dict (sources as ``{article_id, url}`` objects, amounts exact)."""
    return attrs.asdict(record, recurse=True, value_serializer=lambda _i, _f, v: _json_value(v))
