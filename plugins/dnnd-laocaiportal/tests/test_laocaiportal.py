"""The Lào Cai portal republishing Báo Lào Cai: the sample, sniffing, and a round trip."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import attrs
import pytest
from dnnd_laocaiportal.parser import LaocaiPortalParser
from hypothesis import given, settings
from hypothesis import strategies as st

import dnnd
from dnnd.model import Block
from dnnd.testing.plugins import (
    assert_claims,
    assert_leaves_alone,
    assert_registered,
    assert_sniff_is_safe,
    sniff_inputs,
)
from dnnd.testing.strategies import TZ, articles, figures, names, paragraph_texts, titles

PAGES = Path(__file__).resolve().parents[3] / "examples" / "pages"
SAMPLE = PAGES / "000_07a63d3250d71a53.txt"
OTHERS = [p for p in sorted(PAGES.glob("*.txt")) if p != SAMPLE]
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def test_registered_through_its_entry_point() -> None:
    assert_registered("laocaiportal", LaocaiPortalParser)


def test_claims_its_page() -> None:
    assert_claims(SAMPLE, "laocaiportal", margin=0.5)


@pytest.mark.parametrize("page", OTHERS, ids=lambda p: p.stem)
def test_leaves_other_pages_alone(page: Path) -> None:
    assert_leaves_alone(LaocaiPortalParser(), page, below=0.1)


def test_sample_credit_line() -> None:
    article = dnnd.parse(SAMPLE)
    assert article.authors == ("Kiều Thu",) and article.outlet == "Báo Lào Cai" and article.site is None
    assert article.published == datetime(2026, 1, 10, 10, 34, tzinfo=TZ)
    assert article.url is not None and article.url.startswith("https://baolaocai.vn/")
    # Two file names over one caption are two figures with that caption.
    assert [f.caption for f in article.figures[1:3]] == ["Đại biểu tham dự hội nghị."] * 2


@given(sniff_inputs)
def test_sniff_never_raises(content: str | bytes) -> None:
    assert_sniff_is_safe(LaocaiPortalParser(), content)


@st.composite
def pages(draw: st.DrawFn) -> tuple[dnnd.Article, str]:
    """A republished page with its credit line, and the article it holds."""
    photo = figures().map(lambda f: f if f.src else attrs.evolve(f, src="baolaocai-br_img-1.jpg"))
    article = draw(articles(body=st.one_of(paragraph_texts().map(dnnd.Paragraph), photo), max_blocks=6))
    day = draw(st.datetimes(min_value=datetime(2015, 1, 1), max_value=datetime(2030, 12, 31)))
    moment = day.replace(second=0, microsecond=0, tzinfo=TZ)
    blocks: list[Block] = []
    lines = [article.title or "", ""]
    for block in article.blocks:
        if isinstance(block, dnnd.Figure):
            shared = [block, attrs.evolve(block, src=f"x{block.src}")] if draw(st.booleans()) else [block]
            lines += [f.src or "" for f in shared] + [block.caption]
            blocks += shared
        else:
            lines.append(block.text)
            blocks.append(block)
        lines.append("")
    author = draw(names())
    slug = draw(st.from_regex(r"[a-z]{3,8}(-[a-z]{2,8}){1,4}", fullmatch=True))
    url = f"https://baolaocai.vn/{slug}-post{draw(st.integers(1, 10**6))}.html"
    stamp = f"{WEEKDAYS[moment.weekday()]}, ngày {moment:%d/%m/%Y - %H:%M} GMT+7"
    lines += [url, "", f"Nguồn: {author} (Báo Lào Cai điện tử, {stamp})", "", "Tin Liên Quan", ""]
    for _ in range(draw(st.integers(1, 4))):
        lines += [draw(titles()), "", draw(paragraph_texts()), ""]
    expected = attrs.evolve(article, blocks=blocks, authors=(author,), outlet="Báo Lào Cai", url=url, published=moment)
    return expected, "\n".join(lines)


@settings(max_examples=60)
@given(pages())
def test_round_trip(page: tuple[dnnd.Article, str]) -> None:
    article, text = page
    parsed = dnnd.parse(text, parser="laocaiportal")
    assert parsed.parser == "laocaiportal"
    assert (parsed.title, parsed.body, parsed.figures) == (article.title, article.body, article.figures)
    assert (parsed.authors, parsed.published, parsed.outlet) == (article.authors, article.published, article.outlet)
    assert parsed.url == article.url
    assert isinstance(parsed.published, datetime) and parsed.published.utcoffset() == timedelta(hours=7)
