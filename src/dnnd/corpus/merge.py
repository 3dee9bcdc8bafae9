"""Merging people, organizations and places across articles: pure functions, no SQL.

Mentions share a person when their names have the same
:func:`~dnnd.text.normalize.match_key`, unless their positions name different
provinces ("Chủ tịch UBND tỉnh Lai Châu" and "Chủ tịch UBND tỉnh Lào Cai"):
those are kept apart, and the merged record's note says why. Organizations
merge by the key of their canonical name, places by the key of their name.
Every result depends only on the set of occurrences given, never on their order.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from dnnd.text.normalize import match_key

__all__ = [
    "Occurrence",
    "PersonCluster",
    "SimpleMerge",
    "cluster_people",
    "commonest",
    "merge_simple",
    "provinces_in",
    "stable_id",
]

_UNIT = re.compile(r"(?i)(?<![\w])(?:tỉnh|thành phố|tp\.?)\s+")
_STOP = {"và", "của", "cho", "với", "tại", "nhiệm", "khóa", "khoá"}


@attrs.frozen
class Occurrence:
    """One entity of one article under a merge key: where it is, when, and its own fields (``data``)."""

    article_id: str
    entity_id: str
    name: str
    date: str | None
    url: str | None
    data: dict[str, Any] = attrs.field(factory=dict, eq=False, hash=False)


@attrs.frozen
class PersonCluster:
    """The occurrences that are one person, with the record built from them."""

    id: str
    name: str
    name_key: str
    provinces: tuple[str, ...]
    first_seen: str | None
    last_seen: str | None
    article_count: int
    note: str | None
    #: Each occurrence with its positions, in the order given.
    occurrences: tuple[tuple[Occurrence, tuple[str, ...]], ...]


@attrs.frozen
class SimpleMerge:
    """An organization or a place merged from its occurrences."""

    id: str
    kind: str
    merge_key: str
    name: str
    first_seen: str | None
    last_seen: str | None
    article_count: int
    #: The kind's own fields: ``category`` and ``aliases`` (organization); ``level``, ``code``... (place).
    fields: dict[str, Any] = attrs.field(factory=dict, eq=False, hash=False)
    occurrences: tuple[Occurrence, ...] = ()


def provinces_in(position: str) -> list[str]:
    """The provinces or cities a position names after *tỉnh*, *thành phố* or *TP*, as written.

    >>> provinces_in("Chủ tịch UBND tỉnh Lai Châu")
    ['Lai Châu']
    >>> provinces_in("Phó Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh")
    []
    """
    out = []
    for match in _UNIT.finditer(position):
        words = []
        for word in position[match.end() :].split():
            word = word.strip(",;:()")
            if not word or not (word[0].isupper() or word[0].isdigit()) or word.lower() in _STOP:
                break
            words.append(word)
            if len(words) == 3:  # no province name is longer; stop before a following name
                break
        if words:
            out.append(" ".join(words))
    return out


def stable_id(prefix: str, *parts: str) -> str:
    """An id that depends only on ``parts``: merged rows keep their ids across rebuilds."""
    return prefix + "_" + hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]


def commonest(values: Iterable[str | None]) -> str | None:
    """The most frequent non-empty value; ties go to the smallest, so the choice is order-free."""
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    return min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]


def _dates(occurrences: Iterable[Occurrence]) -> list[str]:
    return sorted(o.date for o in occurrences if o.date)


def cluster_people(key: str, occurrences: Sequence[Occurrence]) -> list[PersonCluster]:
    """The people of one name key: occurrences whose positions name overlapping provinces are one person.

    Occurrences naming no province join the only person of that name, if there is
    one; otherwise they stay together, apart, with a note saying why.
    """
    if not occurrences:
        return []
    occ: list[tuple[Occurrence, tuple[str, ...], set[str]]] = []
    spelling: dict[str, list[str]] = defaultdict(list)
    for o in occurrences:
        positions = tuple(dict.fromkeys(o.data.get("positions", [])))
        provinces = set()
        for pos in positions:
            for name in provinces_in(pos):
                spelling[match_key(name)].append(name)
                provinces.add(match_key(name))
        occ.append((o, positions, provinces))
    # Occurrences whose provinces overlap are one person (union-find over provinces).
    parent: dict[str, str] = {}

    def find(p: str) -> str:
        while parent.setdefault(p, p) != p:
            p = parent[p]
        return p

    for _, _, provs in occ:
        first, *rest = sorted(provs) or [""]
        for p in rest:
            parent[find(p)] = find(first)
    groups: dict[str, list[Any]] = defaultdict(list)
    unplaced = []
    for item in occ:
        if item[2]:
            groups[find(min(item[2]))].append(item)
        else:
            unplaced.append(item)
    clusters = list(groups.values())
    display = commonest(o.name for o in occurrences) or key

    def names(provs: set[str]) -> list[str]:
        return sorted(commonest(spelling[p]) or p for p in provs)

    notes: list[str | None] = []
    all_provs = [set().union(*(i[2] for i in c)) for c in clusters]
    ranges = []
    for c in clusters:
        dated = _dates(i[0] for i in c)
        ranges.append((dated[0], dated[-1]) if dated else None)
    for n, provs in enumerate(all_provs):
        note = None
        if len(clusters) > 1:
            others = sorted({p for m, q in enumerate(all_provs) if m != n for p in names(q)})
            mine = ranges[n]
            # Same name, different provinces, in office at overlapping dates: surely two people.
            overlap = mine is not None and any(
                r is not None and r[0] <= mine[1] and mine[0] <= r[1] for m, r in enumerate(ranges) if m != n
            )
            note = (
                f"kept apart from {len(clusters) - 1} other {display!r}: positions here name "
                f"{', '.join(names(provs))}, elsewhere {', '.join(others)}"
                + (" at overlapping dates" if overlap else "")
            )
        notes.append(note)
    if unplaced:
        if len(clusters) == 1:
            clusters[0].extend(unplaced)
            notes[0] = (
                f"{len(unplaced)} mention(s) whose positions name no province merged in: "
                "the only person of this name in the corpus"
            )
        elif clusters:
            told = ", ".join(sorted(p for q in all_provs for p in names(q)))
            notes.append(
                f"not merged: positions name no province, and {len(clusters)} people of this name "
                f"are told apart by province ({told})"
            )
            clusters.append(unplaced)
            all_provs.append(set())
        else:
            clusters.append(unplaced)
            all_provs.append(set())
            notes.append(None)
    out = []
    for cluster, provs, note in zip(clusters, all_provs, notes, strict=True):
        dates = _dates(i[0] for i in cluster)
        out.append(
            PersonCluster(
                id=stable_id("person", key, *sorted(provs)),
                name=commonest(i[0].name for i in cluster) or display,
                name_key=key,
                provinces=tuple(names(provs)),
                first_seen=dates[0] if dates else None,
                last_seen=dates[-1] if dates else None,
                article_count=len({i[0].article_id for i in cluster}),
                note=note,
                occurrences=tuple((i[0], i[1]) for i in cluster),
            )
        )
    return out


def merge_simple(kind: str, key: str, occurrences: Sequence[Occurrence]) -> SimpleMerge | None:
    """One organization (``kind="organization"``) or place merged from its occurrences, or ``None`` if none."""
    if not occurrences:
        return None
    data = [o.data for o in occurrences]
    dates = _dates(occurrences)
    fields: dict[str, Any]
    if kind == "organization":
        name = commonest(d.get("canonical") for d in data) or commonest(o.name for o in occurrences) or key
        aliases = sorted(({o.name for o in occurrences} | {a for d in data for a in d.get("aliases", [])}) - {name})
        fields = {"category": commonest(d.get("category") for d in data), "aliases": aliases}
    else:
        name = commonest(o.name for o in occurrences) or key
        fields = {f: commonest(d.get(f) for d in data) for f in ("level", "code", "country", "current")}
    return SimpleMerge(
        id=stable_id("org" if kind == "organization" else kind, key),
        kind=kind,
        merge_key=key,
        name=name,
        first_seen=dates[0] if dates else None,
        last_seen=dates[-1] if dates else None,
        article_count=len({o.article_id for o in occurrences}),
        fields=fields,
        occurrences=tuple(occurrences),
    )
