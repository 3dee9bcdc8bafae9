"""thoidai.com.vn: the two sample renderings, sniffing, and a round trip through both."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import attrs
import pytest
from dnnd_thoidai.parser import ThoidaiParser
from hypothesis import example, given, settings
from hypothesis import strategies as st

import dnnd
from dnnd.testing.plugins import (
    assert_claims,
    assert_leaves_alone,
    assert_registered,
    assert_sniff_is_safe,
    sniff_inputs,
)
from dnnd.testing.strategies import articles, figures, names, paragraph_texts, titles

PAGES = Path(__file__).resolve().parents[3] / "examples" / "pages"
PLAIN = PAGES / "001_a9e593b123dc2aac.txt"
MARKDOWN = PAGES / "003_67e4f2554663c625.txt"
OTHERS = [p for p in sorted(PAGES.glob("*.txt")) if p not in (PLAIN, MARKDOWN)]


def test_registered_through_its_entry_point() -> None:
    assert_registered("thoidai", ThoidaiParser)


def test_claims_the_page_with_its_stamp() -> None:
    assert_claims(PLAIN, "thoidai", margin=0.5)


def test_claims_the_markdown_rendering_fetched_from_its_host() -> None:
    page = attrs.evolve(dnnd.load(MARKDOWN), url="https://thoidai.com.vn/bai-viet-123.html")
    reports = dnnd.Registry().sniff(page)
    assert reports[0].parser == "thoidai" and reports[0].confidence - reports[1].confidence >= 0.5, reports[:2]
    # Without its host, the markdown rendering shows nothing of the magazine's own.
    assert ThoidaiParser().sniff(dnnd.load(MARKDOWN)).confidence == 0


@pytest.mark.parametrize("page", OTHERS, ids=lambda p: p.stem)
def test_leaves_other_outlets_alone(page: Path) -> None:
    assert_leaves_alone(ThoidaiParser(), page, below=0.1)


def test_plain_rendering() -> None:
    article = dnnd.parse(PLAIN)
    assert article.site == "Tạp chí Thời Đại" and article.outlet == "Báo Lào Cai"
    assert article.authors == ("Vũ Văn Cài",)
    assert article.published == datetime.fromisoformat("2023-11-03T13:33:00+07:00")
    assert article.figures == ()
    assert len(article.body) == 10


def test_markdown_rendering() -> None:
    article = dnnd.parse(MARKDOWN, parser="thoidai")
    assert article.site == "Tạp chí Thời Đại" and article.outlet is None
    assert [f.src for f in article.figures] == [None, None]
    assert article.figures[0].caption == "Quang cảnh đại hội."
    assert len(article.body) == 7


@given(sniff_inputs)
def test_sniff_never_raises(content: str | bytes) -> None:
    assert_sniff_is_safe(ThoidaiParser(), content)


# ---------------------------------------------------------------- round trip

# Both renderings always close with these two lists, then optionally "Đọc nhiều".
RELATED = ["Tin bài liên quan", "Các tin bài khác"]
STRAY_TAIL = ["Xin chờ trong giây lát...", "[Video] Giao lưu hữu nghị tại tỉnh Lào Cai", "Phiên bản di động",
              "infographic quan he doi tac chien luoc viet nam", "Bờ cõi biển đảo"]  # fmt: skip


def _stamp(value: object) -> str | None:
    if isinstance(value, datetime):
        return f"{value:%H:%M} | {value:%d/%m/%Y} GMT+7"
    return None if value is None else f"{value:%d/%m/%Y}"


def _headings_differ_from_title(article: dnnd.Article) -> bool:
    # (and no block printed twice: one phrase twice in a row is a photo's alt text and its caption)
    texts = [b.text.lower() for b in article.blocks]
    return len(set(texts)) == len(texts) and not any(
        isinstance(b, dnnd.Heading) and b.text.lower() == (article.title or "").lower() for b in article.blocks
    )


def _prose_after(blocks: tuple[dnnd.Block, ...], n: int) -> bool:
    """Whether the block after ``n`` cannot be read as a caption under a photo's alt text.

    One short sentence under the alt text may be the photo's caption ("Tặng quà cho ..."): a page
    cannot tell it from a one-sentence paragraph, so the generator puts alt text only before longer prose.
    """
    following = blocks[n + 1] if n + 1 < len(blocks) else None
    return not isinstance(following, dnnd.Paragraph) or following.text.count(". ") >= 1


@st.composite
def plain_pages(draw: st.DrawFn) -> tuple[dnnd.Article, str]:
    """A plain-rendering page (like sample 001) and the article it holds."""
    body = st.one_of(paragraph_texts().map(dnnd.Paragraph), titles().map(dnnd.Heading))
    # A sub-heading that only repeats the title cannot be told from the photo's alt text.
    article = draw(articles(body=body, max_blocks=6).filter(_headings_differ_from_title))
    article = attrs.evolve(article, authors=article.authors[:1], site="Tạp chí Thời Đại")
    title = article.title
    assert title is not None
    lines = [f"Trang chủ {draw(st.sampled_from(['Chính trị - Xã hội', 'Hữu nghị', 'Thế giới']))}"]
    if (stamp := _stamp(article.published)) is not None:
        lines.append(stamp)
    lines += ["", title, "", "aa"]
    # Teasers and related items are other articles' text: a sentence of this one printed again is a caption.
    others = paragraph_texts().filter(lambda text: all(text != b.text for b in article.blocks))
    for n, block in enumerate(article.blocks):
        lines += [block.text]
        extra = draw(st.sampled_from(["", "alt", "related"]))
        if extra == "alt" and _prose_after(article.blocks, n):  # the photo's alt text, which only repeats the title
            lines += ["", title]
        elif extra == "related" and isinstance(block, dnnd.Paragraph):
            lines += [*draw(st.lists(titles(), min_size=2, max_size=3)), title]
        lines.append("")
    if article.authors:
        lines += [f"Theo {article.authors[0].upper()}", "Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh", ""]
    if draw(st.booleans()):
        lines += ["Trình bày minh họa:", draw(names()), ""]
    if article.url:
        lines += [article.url, ""]
    for _ in range(draw(st.integers(0, 2))):
        other = draw(titles())
        lines += [f"{other} {other}", draw(others)]
    lines.append("")
    if article.outlet:
        lines += [f"Theo {article.outlet}", "Nguồn: example.vn", ""]
    for marker in RELATED + draw(st.sampled_from([[], ["Đọc nhiều"]])):
        lines += [marker, ""]
        for _ in range(draw(st.integers(1, 3))):
            other = draw(titles())
            lines += [other, "", other, "", draw(others)]
    lines += draw(st.lists(st.sampled_from(STRAY_TAIL), max_size=4))
    return article, "\n".join(lines)


@st.composite
def markdown_pages(draw: st.DrawFn) -> tuple[dnnd.Article, str]:
    """A markdown-rendering page (like sample 003): no blank lines, ``![]() |`` stubs, no credits."""
    body = st.one_of(paragraph_texts().map(dnnd.Paragraph), figures())
    article = draw(articles(body=body, max_blocks=6))
    article = attrs.evolve(article, published=None, url=None, outlet=None, authors=(), site="Tạp chí Thời Đại")
    assert article.title is not None
    lines = [article.title]
    for block in article.blocks:
        if isinstance(block, dnnd.Figure):
            lines += [f"![]({block.src or ''}) |", f"| {block.caption} |"]
        else:
            lines.append(block.text)
            if draw(st.integers(0, 4)) == 0:  # links to other articles inside the body
                # other articles' headlines: distinct, and not this one's (one phrase printed twice
                # between paragraphs is a photo's alt text and caption)
                others = st.lists(titles().filter(lambda t: t != article.title), min_size=2, max_size=3, unique=True)
                lines += draw(others)
    for marker in RELATED + draw(st.sampled_from([[], ["Đọc nhiều"]])):
        lines += [marker, *draw(st.lists(titles(), min_size=1, max_size=4))]
    lines += ["Multimedia", *draw(st.lists(st.sampled_from(STRAY_TAIL), max_size=3)), "", ""]
    return article, "\n".join(lines)


def _same(parsed: dnnd.Article, article: dnnd.Article) -> None:
    assert parsed.parser == "thoidai"
    assert parsed.title == article.title
    assert parsed.body == article.body
    assert parsed.figures == article.figures
    assert parsed.authors == article.authors
    assert parsed.published == article.published
    assert parsed.url == article.url
    assert parsed.outlet == article.outlet
    assert parsed.site == article.site


_SENTENCE = "Tỉnh Lào Cai hội nghị tổng kết công tác đối ngoại nhân dân."
_SITE = "Tạp chí Thời Đại"


@settings(max_examples=60)
@given(plain_pages())
# A paragraph that says one sentence twice is prose, not a headline printed twice.
@example(
    (
        dnnd.Article(title="Hội nghị tổng kết năm", blocks=[dnnd.Paragraph(f"{_SENTENCE} {_SENTENCE}")], site=_SITE),
        f"Hội nghị tổng kết năm\n\naa\n{_SENTENCE} {_SENTENCE}\n\nTin bài liên quan\nCác tin bài khác",
    )
)
def test_round_trip_plain(page: tuple[dnnd.Article, str]) -> None:
    article, text = page
    _same(dnnd.parse(text, parser="thoidai"), article)


@settings(max_examples=60)
@given(markdown_pages())
# The paragraph right after a run of related headlines is body, not a teaser.
@example(
    (
        dnnd.Article(title="Hội nghị tổng kết năm", blocks=[dnnd.Paragraph(_SENTENCE)] * 2, site=_SITE),
        f"Hội nghị tổng kết năm\n{_SENTENCE}\nHội nghị khác một\nHội nghị khác hai\n{_SENTENCE}\n"
        "Tin bài liên quan\nCác tin bài khác",
    )
)
def test_round_trip_markdown(page: tuple[dnnd.Article, str]) -> None:
    article, text = page
    _same(dnnd.parse(text, parser="thoidai"), article)


def test_claims_its_own_html_pages_and_sets_the_site() -> None:
    from dnnd.testing.html_render import Furniture, render_page

    article = dnnd.Article(
        title="Giao lưu hữu nghị nhân dân hai nước",
        blocks=[dnnd.Paragraph("Sáng 10/1, đoàn đại biểu đã đến thăm và làm việc tại tỉnh Lào Cai.")],
        url="https://thoidai.com.vn/giao-luu-huu-nghi-123.html",
    )
    page = dnnd.RawDocument(render_page(article, Furniture(nav=True, related=True)), source="page.html")
    parsed = dnnd.parse(page)
    assert parsed.parser == "thoidai"
    assert parsed.site == "Tạp chí Thời Đại"
    assert parsed.body == article.body


def test_the_package_imports_its_parser_only_when_asked() -> None:
    # loading the entry point imports the package: it must stay cheap, and the old import must still work
    import subprocess
    import sys

    code = (
        "import sys, dnnd_thoidai; assert 'dnnd_thoidai.parser' not in sys.modules; "
        "from dnnd_thoidai import ThoidaiParser; print(ThoidaiParser.__module__)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "dnnd_thoidai.parser"
