"""Exports of a :class:`~dnnd.corpus.Corpus`: CSV per record kind, JSON Lines, schema.org JSON-LD.

Everything is read through the corpus's own queries (:mod:`dnnd.corpus.queries`);
amounts are written exactly (``537000000000``, never ``537000000000.0``).
Every file is written to a temporary file beside it and renamed into place,
so a failed export never leaves a half-written file where a good one was.
Articles are read back one at a time: exporting a large corpus keeps memory flat.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from dnnd.corpus import Corpus, queries
from dnnd.files import atomic_writer
from dnnd.model import Article
from dnnd.serialize import to_json

__all__ = ["CSV_TABLES", "FORMATS", "export", "export_csv", "export_jsonl", "export_jsonld"]

#: The tables written as CSV, one file each.
CSV_TABLES = (
    "articles",
    "blocks",
    "mentions",
    "entities",
    "people",
    "person_positions",
    "person_articles",
    "organizations",
    "organization_articles",
    "places",
    "place_articles",
    "money",
    "documents",
    "facts",
    "fact_roles",
    "v_aid_by_province_year",
    "v_facts_by_place_year",
)
#: The formats :func:`export` writes.
FORMATS = ("csv", "jsonl", "jsonld")

SCHEMA_ORG = "https://schema.org"


def export_csv(corpus: Corpus, to: Path) -> list[Path]:
    """One CSV file per table (``people.csv``, ``person_positions.csv``...), with a header row."""
    out = []
    for table in CSV_TABLES:
        path = to / f"{table}.csv"
        columns, rows = queries.table_rows(corpus.db, table)
        with atomic_writer(path, newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(columns)
            for row in rows:
                writer.writerow(row)
        out.append(path)
    return out


def export_jsonl(corpus: Corpus, to: Path) -> list[Path]:
    """``articles.jsonl``: every article in dnnd's JSON shape, with its entities and facts."""
    path = to / "articles.jsonl"
    with atomic_writer(path) as handle:
        for article in corpus.articles():
            handle.write(to_json(article, extraction=True) + "\n")
    return [path]


def _node_id(kind: str, key: str) -> str:
    return f"dnnd:{kind}/{key}"


def _article_node(corpus: Corpus, article: Article) -> dict[str, Any]:
    """A ``NewsArticle`` whose ``mentions`` point at the merged people, organizations and places."""
    mentions: list[dict[str, Any]] = [
        {"@id": _node_id(kind, ref)} for kind, ref in queries.linked_entities(corpus.db, article.id)
    ]
    for money in article.entities_of("money"):
        mentions.append(
            {
                "@type": "MonetaryAmount",
                "name": money.name,
                "currency": money.currency,  # type: ignore[union-attr]
                "value": str(money.value),  # type: ignore[union-attr]
            }
        )
    node: dict[str, Any] = {
        "@type": "NewsArticle",
        "@id": _node_id("article", article.id),
        "identifier": article.id,
        "headline": article.title,
        "url": article.url,
        "datePublished": article.published.isoformat() if article.published else None,
        "inLanguage": article.language,
        "author": [{"@type": "Person", "name": a} for a in article.authors],
        "publisher": {"@type": "Organization", "name": article.outlet} if article.outlet else None,
        "articleBody": article.text,
        "mentions": mentions,
    }
    return {k: v for k, v in node.items() if v not in (None, [])}


def _person_nodes(corpus: Corpus) -> Iterator[dict[str, Any]]:
    for person in corpus.people():
        positions = queries.positions(corpus.db, person.id)
        # memberOf: an organization named in the same article whose name the position contains.
        member: dict[str, dict[str, Any]] = {}
        for pos in positions:
            for org in pos["orgs"]:
                member.setdefault(
                    org,
                    {
                        "@type": "Role",
                        "memberOf": {"@id": _node_id("organization", org)},
                        "roleName": pos["position"],
                        "startDate": pos["date"],
                    },
                )
        occupations = list(dict.fromkeys(p["position"] for p in positions))
        node: dict[str, Any] = {
            "@type": "Person",
            "@id": _node_id("person", person.id),
            "name": person.name,
            "hasOccupation": [{"@type": "Occupation", "name": o} for o in occupations],
            "memberOf": list(member.values()),
            "homeLocation": [{"@type": "Place", "name": p} for p in person.provinces],
            "subjectOf": [{"@id": _node_id("article", a)} for a in dict.fromkeys(s.article_id for s in person.sources)],
            "description": person.merge_note,
        }
        yield {k: v for k, v in node.items() if v not in (None, [])}


def _org_and_place_nodes(corpus: Corpus) -> Iterator[dict[str, Any]]:
    for org in corpus.organizations():
        yield {
            "@type": "Organization",
            "@id": _node_id("organization", org.id),
            "name": org.name,
            "alternateName": list(org.aliases),
        }
    for place in queries.merged_places(corpus.db):
        node = {
            "@type": "Country" if place["level"] == "country" else "AdministrativeArea" if place["level"] else "Place",
            "@id": _node_id("place", place["id"]),
            "name": place["name"],
            "identifier": place["code"],
            "containedInPlace": {"@type": "Place", "name": place["current"]} if place["current"] else None,
        }
        yield {k: v for k, v in node.items() if v is not None}


def export_jsonld(corpus: Corpus, to: Path) -> list[Path]:
    """``corpus.jsonld``: one schema.org graph of NewsArticle, Person, Organization and Place nodes."""
    path = to / "corpus.jsonld"
    with atomic_writer(path) as handle:
        # Written node by node rather than with one json.dump, so the graph is never all in memory.
        handle.write('{"@context": {"@vocab": "https://schema.org/", "dnnd": "urn:dnnd:"},\n "@graph": [\n')
        first = True

        def emit(node: dict[str, Any]) -> None:
            nonlocal first
            handle.write(("" if first else ",\n") + "  " + json.dumps(node, ensure_ascii=False))
            first = False

        for article in corpus.articles():
            emit(_article_node(corpus, article))
        for node in _person_nodes(corpus):
            emit(node)
        for node in _org_and_place_nodes(corpus):
            emit(node)
        handle.write("\n ]\n}\n")
    return [path]


def export(corpus: Corpus, to: str | os.PathLike[str], fmt: str) -> list[Path]:
    """Write ``corpus`` to the folder ``to`` in ``fmt`` (``csv``, ``jsonl`` or ``jsonld``); return the files."""
    target = Path(to)
    corpus.refresh()
    if fmt == "csv":
        return export_csv(corpus, target)
    if fmt == "jsonl":
        return export_jsonl(corpus, target)
    if fmt == "jsonld":
        return export_jsonld(corpus, target)
    raise ValueError(f"unknown export format {fmt!r}; expected one of {', '.join(FORMATS)}")
