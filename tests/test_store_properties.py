"""Property-based tests of the corpus: merging is order-free, indexing is idempotent and atomic per batch."""

from __future__ import annotations

import contextlib
import re
from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from dnnd.model import Article, Paragraph, Person
from dnnd.store import Corpus
from dnnd.testing.strategies import PLACES

NAMES = ("Giàng Seo Phử", "Nguyễn Văn An", "Lê Thị Lan", "Hoàng Quốc Huy")
PLACED = ("Chủ tịch UBND tỉnh", "Phó Bí thư Tỉnh ủy tỉnh", "Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh")
UNPLACED = ("Ủy viên Ban thường vụ", "Phó Chủ tịch Hội hữu nghị", "Trưởng ban")
days = st.one_of(st.none(), st.dates(min_value=date(2015, 1, 1), max_value=date(2026, 12, 31)))


@st.composite
def population(draw: st.DrawFn) -> list[tuple[str, str | None]]:
    """People as (name, province): a shared name is only shared by people of different provinces."""
    out: list[tuple[str, str | None]] = []
    for name in NAMES:
        holders = draw(st.integers(0, 3))
        if holders == 1:
            out.append((name, draw(st.none() | st.sampled_from(PLACES))))
        elif holders > 1:
            provinces = draw(st.lists(st.sampled_from(PLACES), min_size=holders, max_size=holders, unique=True))
            out.extend((name, p) for p in provinces)
    return out


@st.composite
def corpora(draw: st.DrawFn) -> tuple[list[Article], dict[tuple[str, tuple[str, ...]], list[Any]]]:
    """Articles naming the generated people, and the timelines expected of them."""
    people = draw(population())
    shared = {n for n, _ in people if sum(1 for m, _ in people if m == n) > 1}
    articles, expected = [], defaultdict(list)
    for name, province in people:
        for _ in range(draw(st.integers(1, 3))):
            if province is None:
                positions = draw(st.lists(st.sampled_from(UNPLACED), min_size=1, max_size=2, unique=True))
            else:
                positions = [f"{draw(st.sampled_from(PLACED))} {province}"]
                if name not in shared and draw(st.booleans()):
                    positions.append(draw(st.sampled_from(UNPLACED)))  # a position naming no province
            day = draw(days)
            n = len(articles)
            article = Article(
                title=f"Tin {n}",
                blocks=[Paragraph(f"Đồng chí {name} dự hội nghị số {n}.")],
                published=day,
                url=f"https://example.vn/tin-{n}.html",
                entities=[Person(name=draw(st.sampled_from((name, name.upper()))), id="person:1", positions=positions)],
            )
            articles.append(article)
            expected[(name, (province,) if province else ())].extend(
                (day.isoformat() if day else None, p, article.id) for p in positions
            )
    return articles, dict(expected)


def observed(corpus: Corpus) -> dict[tuple[str, tuple[str, ...]], list[Any]]:
    """Every merged person with their timeline, in the same shape as :func:`corpora`'s expectation."""
    out = {}
    for person in corpus.people():
        key = (person.name.title() if person.name.isupper() else person.name, person.provinces)
        assert key not in out, f"two people merged records for {key}"
        out[key] = [(t.date, t.position, t.article_id) for t in corpus.timeline(person)]
    return out


def ordered(timelines: dict[Any, list[Any]]) -> dict[Any, list[Any]]:
    return {k: sorted(v, key=lambda t: (t[0] is None, t[0] or "", t[1], t[2])) for k, v in timelines.items()}


def dump(corpus: Corpus) -> dict[str, list[tuple[Any, ...]]]:
    """All rows of all tables, as sorted tuples, without the row numbers that depend on insertion order."""
    out = {}
    for table in corpus.counts():
        cursor = corpus.db.execute(f"SELECT * FROM {table}")
        drop = {"seq", "fact_id"} | ({"id"} if table == "facts" else set())
        keep = [i for i, d in enumerate(cursor.description) if d[0] not in drop]
        out[table] = sorted((tuple(row[i] for i in keep) for row in cursor), key=repr)
    return out


@given(corpora(), st.randoms(use_true_random=False), st.integers(1, 5))
def test_merged_people_and_timelines_are_what_was_generated_in_any_order(
    generated: tuple[list[Article], dict[Any, list[Any]]], rnd: Any, batch: int
) -> None:
    articles, expected = generated
    shuffled = list(articles)
    rnd.shuffle(shuffled)
    with Corpus(":memory:") as corpus:
        corpus.index(shuffled, batch_size=batch)
        assert ordered(observed(corpus)) == ordered(expected)
        with Corpus(":memory:") as other:
            other.index(articles, batch_size=7)
            assert dump(other) == dump(corpus)


@given(corpora(), st.integers(1, 4))
def test_indexing_twice_changes_nothing(generated: tuple[list[Article], dict[Any, list[Any]]], batch: int) -> None:
    articles, _ = generated
    with Corpus(":memory:") as corpus:
        corpus.index(articles, batch_size=batch)
        before = dump(corpus)
        seqs = corpus.db.execute("SELECT id, seq FROM articles ORDER BY seq").fetchall()
        report = corpus.index(articles, batch_size=batch)
        assert report.indexed == 0 and report.unchanged == len(articles)
        assert dump(corpus) == before
        assert corpus.db.execute("SELECT id, seq FROM articles ORDER BY seq").fetchall() == seqs


class Boom(Exception):
    """Raised by the input in the middle of a batch."""


@given(corpora(), st.integers(1, 4), st.integers(0, 12))
def test_an_exception_mid_batch_leaves_the_db_consistent(
    generated: tuple[list[Article], dict[Any, list[Any]]], batch: int, fail_after: int
) -> None:
    articles, expected = generated

    def source() -> Iterator[Article]:
        for i, article in enumerate(articles):
            if i == fail_after:
                raise Boom
            yield article

    with Corpus(":memory:") as corpus:
        with contextlib.suppress(Boom):
            corpus.index(source(), batch_size=batch)
        committed = (min(fail_after, len(articles)) // batch) * batch if fail_after < len(articles) else len(articles)
        assert corpus.counts()["articles"] == committed
        assert corpus.db.execute("PRAGMA foreign_key_check").fetchall() == []
        with Corpus(":memory:") as fresh:  # the derived tables are exactly those of the committed articles
            fresh.index(articles[:committed])
            assert dump(fresh) == dump(corpus)
        corpus.index(articles, batch_size=batch)  # a rerun finishes the job
        assert ordered(observed(corpus)) == ordered(expected)


@st.composite
def edits(draw: st.DrawFn) -> list[Article]:
    """Versions of a few pages (no URL: known by their path), each version with its own aid, in indexing order."""
    from decimal import Decimal

    from dnnd.model import Fact, Money, Place, Role

    out = []
    for n in range(draw(st.integers(1, 12))):
        path = f"pages/{draw(st.integers(0, 3))}.txt"
        amount = draw(st.integers(1, 10**12))
        out.append(
            Article(
                title="Tin",
                blocks=[Paragraph(f"Trao {amount} đồng, bản {n}.")],
                source=path,
                published=draw(days),
                entities=[
                    Place(name="Lào Cai", id="place:1", level="province"),
                    Money(name=f"{amount} đồng", id="money:1", value=Decimal(amount), currency="VND"),
                ],
                facts=[Fact(kind="aid", roles=[Role("status", value="donated"), Role("amount", "money:1")])],
            )
        )
    return out


@given(edits(), st.integers(1, 4))
def test_a_page_indexed_again_leaves_only_its_last_version(versions: list[Article], batch: int) -> None:
    last = {a.identity: a for a in versions}  # what the pages say now
    with Corpus(":memory:") as corpus:
        corpus.index(versions, batch_size=batch)
        assert sorted(corpus.articles(), key=lambda a: a.identity) == sorted(last.values(), key=lambda a: a.identity)
        total = sum((t.total for t in corpus.aid_by_province_year()), start=0)
        assert total == sum(a.entities[1].value for a in last.values())  # type: ignore[attr-defined]
        with Corpus(":memory:") as fresh:  # as if only the last versions had ever been indexed
            fresh.index(last.values())
            assert dump(fresh) == dump(corpus)


_SEARCHED = Corpus(":memory:")
_SEARCHED.index(
    [
        Article(
            title="Kết nghĩa",
            blocks=[Paragraph("Lễ kết nghĩa giữa hai bản, đối ngoại nhân dân.")],
            url="https://x.vn/1",
        )
    ]
)


@given(st.text(max_size=300))
def test_any_query_is_searched_without_error(query: str) -> None:
    """FTS5 syntax, quotes, stars, NEAR, control characters: a query is words, never an error."""
    hits = _SEARCHED.search(query)
    assert len(hits) <= 1
    # Adding words only narrows (a query with no word at all finds nothing, by design).
    narrowed = {h.article_id for h in _SEARCHED.search(query + " kết nghĩa")}
    assert narrowed <= {h.article_id for h in hits} or not re.search(r"\w", query)
