"""The "In bài viết" layout: the sample, sniffing, and a round trip through the layout."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest
from dnnd_printfooter.parser import PrintFooterParser
from hypothesis import given, settings
from hypothesis import strategies as st

import dnnd
from dnnd.testing.plugins import (
    assert_claims,
    assert_leaves_alone,
    assert_registered,
    assert_sniff_is_safe,
    sniff_inputs,
)
from dnnd.testing.strategies import articles, names, paragraph_texts, sentences, titles

PAGES = Path(__file__).resolve().parents[3] / "examples" / "pages"
SAMPLE = PAGES / "004_8df031e49dcaeeef.txt"
OTHERS = [p for p in sorted(PAGES.glob("*.txt")) if p != SAMPLE]


def test_registered_through_its_entry_point() -> None:
    assert_registered("printfooter", PrintFooterParser)


def test_claims_its_page() -> None:
    assert_claims(SAMPLE, "printfooter", margin=0.5)


@pytest.mark.parametrize("page", OTHERS, ids=lambda p: p.stem)
def test_leaves_other_pages_alone(page: Path) -> None:
    assert_leaves_alone(PrintFooterParser(), page, below=1e-9)  # not claimed at all


def test_sample_has_no_title_and_credited_captions() -> None:
    article = dnnd.parse(SAMPLE)
    assert article.title is None and article.outlet is None and article.site is None
    assert all(f.src is None and f.caption.endswith("(Ảnh: Cổng TTĐT tỉnh Lai Châu).") for f in article.figures)
    assert len(article.figures) == 2 and len(article.body) == 9


@given(sniff_inputs)
def test_sniff_never_raises(content: str | bytes) -> None:
    assert_sniff_is_safe(PrintFooterParser(), content)


@st.composite
def captions(draw: st.DrawFn) -> dnnd.Figure:
    """A photo description closed by its credit, as this layout prints it."""
    text = draw(sentences(min_words=4, max_words=15))[:-1]
    return dnnd.Figure(src=None, caption=f"{text} (Ảnh: {draw(names())}).")


@st.composite
def pages(draw: st.DrawFn) -> tuple[dnnd.Article, str]:
    """A page in this layout - lead first, no title - and the article it holds."""
    body = st.one_of(paragraph_texts().map(dnnd.Paragraph), captions())
    article = draw(articles(body=body, max_blocks=6, with_title=False))
    # The lead is a long paragraph: that is how the page shows it has no headline.
    lead = dnnd.Paragraph(" ".join(draw(st.lists(sentences(min_words=10), min_size=3, max_size=4))))
    article = attrs.evolve(
        article, blocks=[lead, *article.blocks[1:]], published=None, url=None, outlet=None, authors=()
    )
    lines: list[str] = []
    for index, block in enumerate(article.blocks):
        lines.append(block.text)
        if index == 0 or draw(st.integers(0, 3)) == 0:  # related links, each headline printed twice
            lines += [f"{t} {t}" for t in draw(st.lists(titles(), min_size=1, max_size=2))]
        lines.append("")
    lines += [f"{t} {t}" for t in draw(st.lists(titles(), max_size=2))]
    lines += ["In bài viết", "", "Truyền hình"]
    return article, "\n".join(lines)


@settings(max_examples=60)
@given(pages())
def test_round_trip(page: tuple[dnnd.Article, str]) -> None:
    article, text = page
    parsed = dnnd.parse(text, parser="printfooter")
    assert parsed.parser == "printfooter"
    assert (parsed.title, parsed.body, parsed.figures) == (article.title, article.body, article.figures)
    assert (parsed.authors, parsed.published, parsed.outlet) == (article.authors, article.published, article.outlet)
