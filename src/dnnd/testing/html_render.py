"""Render an :class:`~dnnd.Article` as a Vietnamese news page, furniture and all.

Used by the HTML parser's round-trip tests and by ``bench/html_vs_trafilatura.py``:
generate an article (:func:`dnnd.testing.strategies.articles`), render it with
some :class:`Furniture` (menus, a related-news box, a share bar, comments, a
cover image whose alt text repeats the headline...), parse the page back, and
compare with :func:`expected_blocks`.
"""

from __future__ import annotations

import json
import random
from datetime import date, datetime
from html import escape
from zoneinfo import ZoneInfo

import attrs
from hypothesis import strategies as st

from dnnd.model import Article, Block, Figure, Heading, Paragraph, Quote

__all__ = ["Furniture", "expected_blocks", "furnitures", "image_url", "random_furniture", "render_page"]

_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
_WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")

# Furniture lines as Vietnamese outlets print them (see the gold files' boilerplate_samples).
MENU = ("Trang chủ", "Thời sự", "Thế giới", "Kinh doanh", "Pháp luật", "Sức khỏe", "Giáo dục", "Thể thao", "Đời sống")
HEADLINES = (
    "Đoàn đại biểu tỉnh thăm và làm việc tại nước bạn Lào",
    "Xung đột ở Trung Đông khiến xuất khẩu Việt lao đao vì phụ phí logistics",
    "Khai mạc tuần lễ văn hóa hữu nghị giữa hai nước láng giềng",
    "Giá vàng hôm nay tăng mạnh sau phiên điều chỉnh cuối tuần",
    "Hội nghị tổng kết công tác đối ngoại nhân dân năm qua của thành phố",
    "Trao tặng kỷ niệm chương vì hòa bình hữu nghị giữa các dân tộc",
)
TEASERS = (
    "Xung đột leo thang đang đẩy doanh nghiệp xuất khẩu vào thế khó khi cước vận tải biển tăng vọt.",
    "Sáng nay, đoàn công tác đã có buổi làm việc với lãnh đạo địa phương về hợp tác phát triển.",
    "Nhiều hoạt động giao lưu văn hóa, thể thao được tổ chức trong khuôn khổ chương trình.",
)
COMMENTS = (
    "Bài viết rất hay và bổ ích, cảm ơn tác giả đã chia sẻ những thông tin này với bạn đọc.",
    "Mong rằng các cơ quan chức năng sớm vào cuộc để giải quyết dứt điểm tình trạng nói trên.",
    "Tôi hoàn toàn đồng ý với ý kiến của chuyên gia, cần có giải pháp lâu dài hơn nữa.",
)
FOOTER = (
    "© Copyright 2026 Báo điện tử mẫu, All rights reserved. Giữ bản quyền nội dung trên website này.",
    "Giấy phép hoạt động báo điện tử số 123/GP-BTTTT do Bộ Thông tin và Truyền thông cấp.",
    "Địa chỉ tòa soạn: số 1 đường Lê Lợi, quận Hoàn Kiếm, Hà Nội. Điện thoại: 024 1234 5678.",
)


@attrs.frozen
class Furniture:
    """Which parts of a real news page surround the article, and how it is marked up."""

    nav: bool = True
    related: bool = True
    related_in_body: bool = False
    share: bool = True
    comments: bool = True
    footer: bool = True
    tags: bool = True
    cover: bool = True
    sapo: bool = False
    inline_links: bool = False
    lazy_images: bool = False
    json_ld: bool = True
    opengraph: bool = True
    byline: str = attrs.field(default="box", validator=attrs.validators.in_(("box", "end", "json-ld")))
    date_shown: str = attrs.field(default="meta", validator=attrs.validators.in_(("meta", "visible", "both")))
    seed: int = 0


def furnitures() -> st.SearchStrategy[Furniture]:
    """Any combination of furniture and markup choices."""
    return st.builds(
        Furniture,
        nav=st.booleans(),
        related=st.booleans(),
        related_in_body=st.booleans(),
        share=st.booleans(),
        comments=st.booleans(),
        footer=st.booleans(),
        tags=st.booleans(),
        cover=st.booleans(),
        sapo=st.booleans(),
        inline_links=st.booleans(),
        lazy_images=st.booleans(),
        json_ld=st.booleans(),
        opengraph=st.booleans(),
        byline=st.sampled_from(("box", "end", "json-ld")),
        date_shown=st.sampled_from(("meta", "visible", "both")),
        seed=st.integers(0, 2**16),
    )


def random_furniture(rng: random.Random) -> Furniture:
    """Like :func:`furnitures`, from a seeded ``random.Random`` (for benchmarks)."""
    flags = {f: rng.random() < 0.7 for f in ("nav", "related", "share", "comments", "footer", "tags", "cover")}
    flags |= {f: rng.random() < 0.5 for f in ("related_in_body", "sapo", "inline_links", "lazy_images")}
    flags |= {f: rng.random() < 0.5 for f in ("json_ld", "opengraph")}
    return Furniture(
        **flags,
        byline=rng.choice(("box", "end", "json-ld")),
        date_shown=rng.choice(("meta", "visible", "both")),
        seed=rng.randrange(2**16),
    )


def image_url(src: str) -> str:
    """The absolute address a rendered page gives a figure's file name."""
    return f"https://cdn.example.vn/2026/03/07/{src}"


def expected_blocks(article: Article) -> tuple[Block, ...]:
    """The blocks a parser should read back from :func:`render_page` (figure sources made absolute)."""
    return tuple(
        Figure(src=image_url(b.src) if b.src else None, caption=b.caption) if isinstance(b, Figure) else b
        for b in article.blocks
    )


def _e(text: str) -> str:
    return escape(text, quote=True)


def _visible_date(value: datetime | date) -> str:
    if isinstance(value, datetime):
        local = value.astimezone(_TZ)
        return f"{_WEEKDAYS[local.weekday()]}, {local:%d/%m/%Y, %H:%M} (GMT+7)"
    return f"{_WEEKDAYS[value.weekday()]}, {value:%d/%m/%Y}"


def _paragraph(text: str, rng: random.Random, links: bool) -> str:
    words = text.split(" ")
    if links and len(words) > 6:
        # An inline tag link around one word, as VCCorp and ePi pages do in running text.
        i = rng.randrange(1, len(words) - 1)
        words[i] = f'<a class="tag-link-inline" href="/tu-khoa/{i}.html">{_e(words[i])}</a>'
        return "<p>" + " ".join(w if w.startswith("<a") else _e(w) for w in words) + "</p>"
    return f"<p>{_e(text)}</p>"


def _figure(block: Figure, furniture: Furniture) -> str:
    caption = f"<figcaption><p>{_e(block.caption)}</p></figcaption>"
    if block.src is None:
        return f"<figure>{caption}</figure>"
    url = image_url(block.src)
    if furniture.lazy_images:
        img = (
            '<img class="lazyload" src="data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw=="'
            f' data-src="{_e(url)}?w=680&amp;h=0&amp;q=100&amp;dpr=1&amp;fit=crop" alt="{_e(block.caption[:30])}">'
        )
    else:
        img = f'<img src="{_e(url)}" alt="">'
    return f'<figure class="image-figure">{img}{caption}</figure>'


def _teaser(rng: random.Random, marked: bool) -> str:
    headline, teaser = rng.choice(HEADLINES), rng.choice(TEASERS)
    box = 'class="box-relate" type="RelatedOneNews"' if marked else 'class="inline-box"'
    return (
        f'<div {box}><a href="/bai-khac-{rng.randrange(10**6)}.html"><img src="https://cdn.example.vn/t.jpg"'
        f' alt="{_e(headline)}"></a><a class="title" href="/bai-khac.html">{_e(headline)}</a>'
        f"<p>{_e(teaser)}</p></div>"
    )


def _body(article: Article, furniture: Furniture, rng: random.Random) -> list[str]:
    out: list[str] = []
    blocks = list(article.blocks)
    if furniture.sapo and blocks and isinstance(blocks[0], Paragraph):
        blocks = blocks[1:]
    teaser_at = rng.randrange(len(blocks) + 1) if furniture.related_in_body else -1
    for i, block in enumerate(blocks):
        if i == teaser_at and (i == 0 or not isinstance(blocks[i - 1], Heading)):
            out.append(_teaser(rng, marked=rng.random() < 0.5))
        if isinstance(block, Paragraph):
            out.append(_paragraph(block.text, rng, furniture.inline_links))
        elif isinstance(block, Heading):
            out.append(f"<h{block.level}>{_e(block.text)}</h{block.level}>")
        elif isinstance(block, Quote):
            out.append(f"<blockquote><p>{_e(block.text)}</p></blockquote>")
        elif isinstance(block, Figure):
            out.append(_figure(block, furniture))
    return out


def _head(article: Article, furniture: Furniture) -> str:
    parts = ['<meta charset="utf-8">', f"<title>{_e(article.title or '')} - {_e(article.outlet or 'Tin tức')}</title>"]
    if article.url:
        parts.append(f'<link rel="canonical" href="{_e(article.url)}">')
    first = next((b.text for b in article.blocks if isinstance(b, Paragraph)), None)
    if furniture.opengraph:
        if article.title:
            parts.append(f'<meta property="og:title" content="{_e(article.title)}">')
        if article.outlet:
            parts.append(f'<meta property="og:site_name" content="{_e(article.outlet)}">')
        if first:
            parts.append(f'<meta property="og:description" content="{_e(first)}">')
    elif article.outlet:
        parts.append(f'<meta name="application-name" content="{_e(article.outlet)}">')
    if article.published is not None and furniture.date_shown in ("meta", "both"):
        parts.append(f'<meta property="article:published_time" content="{article.published.isoformat()}">')
    if furniture.json_ld or furniture.byline == "json-ld":
        data: dict[str, object] = {"@context": "https://schema.org", "@type": "NewsArticle"}
        if article.title:
            data["headline"] = article.title
        if article.published is not None and furniture.date_shown in ("meta", "both"):
            data["datePublished"] = article.published.isoformat()
        if furniture.byline == "json-ld" and article.authors:
            data["author"] = [{"@type": "Person", "name": name} for name in article.authors]
        if article.outlet:
            data["publisher"] = {"@type": "Organization", "name": article.outlet}
        parts.append(f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>')
    parts.append("<style>.article{margin:0}</style><script>var ads = [];</script>")
    return "\n".join(parts)


def render_page(article: Article, furniture: Furniture | None = None) -> str:
    """A whole HTML page holding ``article`` among the chosen furniture."""
    furniture = furniture or Furniture()
    rng = random.Random(furniture.seed)
    out = ["<!DOCTYPE html>", '<html lang="vi">', "<head>", _head(article, furniture), "</head>", "<body>"]
    if furniture.nav:
        items = "".join(f'<li><a href="/muc-{i}.html">{_e(m)}</a></li>' for i, m in enumerate(MENU))
        out.append(
            f'<header class="site-header"><a class="logo" href="/">Logo</a><nav class="main-menu"><ul>{items}'
            '</ul></nav></header><div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/thoi-su">'
            "Thời sự</a></div>"
        )
    out.append('<div class="container"><div class="main-column">')
    out.append('<div class="article-detail">')
    if furniture.cover and article.title:
        out.append(
            f'<figure class="article-avatar"><img src="https://cdn.example.vn/cover.jpg" alt="{_e(article.title)}">'
            "</figure>"
        )
    if article.title:
        out.append(f'<h1 class="article-title">{_e(article.title)}</h1>')
    meta = []
    if article.published is not None and furniture.date_shown in ("visible", "both"):
        meta.append(f'<span class="date-time">{_e(_visible_date(article.published))}</span>')
    if furniture.byline == "box" and article.authors:
        links = " - ".join(
            f'<a href="/tac-gia/{i}.html" class="name">{_e(n.upper())}</a>' for i, n in enumerate(article.authors)
        )
        meta.append(f'<div class="author-box">{links}</div>')
    out.append(f'<div class="article-meta">{"".join(meta)}</div>')
    if furniture.share:
        out.append(
            '<div class="share-bar"><a href="#">Chia sẻ</a><a href="#">Facebook</a><a href="#">Zalo</a>'
            '<a href="#">In bài</a><span class="count">0</span></div>'
        )
    if furniture.sapo and article.blocks and isinstance(article.blocks[0], Paragraph):
        out.append(f'<h2 class="sapo">{_e(article.blocks[0].text)}</h2>')
    out.append('<div class="article-content">')
    out.extend(_body(article, furniture, rng))
    if furniture.byline == "end" and article.authors:
        out.append(f'<p style="text-align:right;"><strong>{_e(" - ".join(article.authors))}</strong></p>')
    out.append("</div>")
    if furniture.tags:
        tags = "".join(f'<a href="/tag/{i}.html">#{_e(m.lower())}</a> ' for i, m in enumerate(MENU[1:5]))
        out.append(f'<div class="tags-list"><span>Từ khóa:</span> {tags}</div>')
    out.append("</div>")  # article-detail
    if furniture.related:
        items = "".join(f'<li><a href="/tin-{i}.html">{_e(h)}</a></li>' for i, h in enumerate(rng.sample(HEADLINES, 4)))
        out.append(f'<div class="related-news"><h3>Tin liên quan</h3><ul>{items}</ul></div>')
    if furniture.comments:
        comments = "".join(
            f'<div class="comment-item"><span class="user">Bạn đọc {i}</span><p>{_e(c)}</p></div>'
            for i, c in enumerate(COMMENTS)
        )
        out.append(f'<div class="comment-section"><h3>Bình luận</h3>{comments}</div>')
    out.append("</div>")  # main-column
    out.append('<aside class="sidebar"><h3>Đọc nhiều</h3><ul>')
    out.extend(f'<li><a href="/doc-nhieu-{i}.html">{_e(h)}</a></li>' for i, h in enumerate(HEADLINES))
    out.append("</ul></aside></div>")  # container
    if furniture.footer:
        out.append("<footer>" + "".join(f"<p>{_e(line)}</p>" for line in FOOTER) + "</footer>")
    out.append("</body></html>")
    return "\n".join(out)
