"""baolaocai.vn: the sample page, sniffing, and a round trip through the page layout."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest
from dnnd_baolaocai.parser import BaolaocaiParser
from hypothesis import given, settings
from hypothesis import strategies as st

import dnnd
from dnnd.testing.plugins import (
    assert_leaves_alone,
    assert_registered,
    assert_sniff_is_safe,
    sniff_inputs,
)
from dnnd.testing.strategies import articles, figures, paragraph_texts, titles

PAGES = Path(__file__).resolve().parents[3] / "examples" / "pages"
SAMPLE = PAGES / "002_2334651648104614.txt"
OTHERS = [p for p in sorted(PAGES.glob("*.txt")) if p != SAMPLE]


def test_registered_through_its_entry_point() -> None:
    assert_registered("baolaocai", BaolaocaiParser)


def test_claims_its_page_fetched_from_its_host() -> None:
    page = attrs.evolve(dnnd.load(SAMPLE), url="https://baolaocai.vn/bai-viet-123.html")
    reports = dnnd.Registry().sniff(page)
    assert reports[0].parser == "baolaocai" and reports[0].confidence - reports[1].confidence >= 0.5, reports[:2]


def test_shared_furniture_alone_claims_nothing() -> None:
    # The sample shows nothing of the outlet's own but its furniture, which many sites share.
    assert BaolaocaiParser().sniff(dnnd.load(SAMPLE)).confidence == 0


@pytest.mark.parametrize("page", OTHERS, ids=lambda p: p.stem)
def test_leaves_other_pages_alone(page: Path) -> None:
    assert_leaves_alone(BaolaocaiParser(), page, below=0.1)


def test_sample() -> None:
    article = dnnd.parse(SAMPLE, parser="baolaocai")
    assert article.outlet == "Báo Lào Cai" and article.site is None and article.published is None
    assert [f.src for f in article.figures] == ["img-9703.jpg", "them-tieu-de.jpg", "img-9760.jpg", "img-9774.jpg"]
    assert len(article.body) == 15


@given(sniff_inputs)
def test_sniff_never_raises(content: str | bytes) -> None:
    assert_sniff_is_safe(BaolaocaiParser(), content)


@st.composite
def pages(draw: st.DrawFn) -> tuple[dnnd.Article, str]:
    """A page laid out like baolaocai.vn's, and the article it holds (the page prints no credits)."""
    photo = figures().map(lambda f: f if f.src else attrs.evolve(f, src="them-tieu-de.jpg"))
    article = draw(articles(body=st.one_of(paragraph_texts().map(dnnd.Paragraph), photo), max_blocks=6))
    article = attrs.evolve(article, published=None, url=None, authors=(), outlet="Báo Lào Cai")
    assert article.title is not None
    lines = [article.title, ""]
    for block in article.blocks:
        lines += [block.src or "", block.caption] if isinstance(block, dnnd.Figure) else [block.text]
        lines.append("")
    lines += ["Có thể bạn quan tâm", "", "Tin cùng chuyên mục", ""]
    for _ in range(draw(st.integers(1, 4))):
        other = draw(titles())
        lines += [other, "", other, "", draw(paragraph_texts()), ""]
        if draw(st.booleans()):  # a photo caption inside the list
            lines += [draw(paragraph_texts()), ""]
    lines.append("fb yt zl tw")
    return article, "\n".join(lines)


@settings(max_examples=60)
@given(pages())
def test_round_trip(page: tuple[dnnd.Article, str]) -> None:
    article, text = page
    parsed = dnnd.parse(text, parser="baolaocai")
    assert parsed.parser == "baolaocai"
    assert (parsed.title, parsed.body, parsed.figures) == (article.title, article.body, article.figures)
    assert (parsed.authors, parsed.published, parsed.outlet) == (article.authors, article.published, article.outlet)
