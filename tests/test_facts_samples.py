"""The facts of the five text samples against the expectations in ``tests/facts/``.

Each fixture lists, per sample, every fact a careful reader finds, with the
judgement calls in comments. For every sample and fact kind, the extractor must
find exactly as many facts as expected, each covering its evidence, with exactly
the expected roles (entity names or values; order within a role does not matter)
and CAMEO code.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

import pytest

import dnnd
from dnnd.facts import FACT_KINDS, role_values
from dnnd.model import Article, Fact

FIXTURES = Path(__file__).parent / "facts"
PAGES = Path(__file__).resolve().parent.parent / "examples" / "pages"
KINDS = ("aid", "election", "award", "twinning", "meeting")
SAMPLES = sorted(p.stem for p in FIXTURES.glob("*.toml"))


@cache
def _article(stem: str) -> Article:
    return dnnd.extract(PAGES / f"{stem}.txt")


def _expected(stem: str) -> list[dict]:
    with (FIXTURES / f"{stem}.toml").open("rb") as handle:
        return list(tomllib.load(handle).get("facts", []))


def _roles(fact: Fact, article: Article) -> dict[str, list[str]]:
    names = {r.role for r in fact.roles}
    return {name: sorted(role_values(fact, article.entities, name)) for name in names}


def _covers(fact: Fact, start: int, end: int) -> bool:
    return any(s.start <= start and end <= s.end for s in fact.spans)


def _want_roles(spec: dict) -> dict[str, list[str]]:
    return {k: sorted(v if isinstance(v, list) else [v]) for k, v in spec.get("roles", {}).items()}


def test_every_sample_has_a_fixture() -> None:
    assert sorted(p.stem for p in PAGES.glob("*.txt")) == SAMPLES


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("stem", SAMPLES)
def test_sample_facts(stem: str, kind: str) -> None:
    article = _article(stem)
    expected = [spec for spec in _expected(stem) if spec["kind"] == kind]
    found = [f for f in article.facts if f.kind == kind]
    shown = [(f.code, _roles(f, article), [article.text[s.start : s.end] for s in f.spans]) for f in found]
    unmatched = list(found)
    for spec in expected:
        at = article.text.find(spec["evidence"])
        assert at >= 0, f"fixture evidence {spec['evidence']!r} is not in the article text"
        end = at + len(spec["evidence"])
        want = _want_roles(spec)
        code = spec.get("code", FACT_KINDS[kind].code)
        match = next(
            (f for f in unmatched if _covers(f, at, end) and _roles(f, article) == want and f.code == code),
            None,
        )
        assert match is not None, f"no {kind} fact over {spec['evidence']!r} with roles {want}; found {shown}"
        unmatched.remove(match)
    assert not unmatched, f"unexpected {kind} facts: {[s for f, s in zip(found, shown, strict=True) if f in unmatched]}"


def test_facts_point_into_the_article() -> None:
    for stem in SAMPLES:
        article = _article(stem)
        ids = {e.id for e in article.entities}
        for fact in article.facts:
            assert fact.article == article.id
            assert fact.spans, fact
            for span in fact.spans:
                assert 0 <= span.start < span.end <= len(article.text)
            for role in fact.roles:
                assert (role.entity in ids) if role.entity else role.value
