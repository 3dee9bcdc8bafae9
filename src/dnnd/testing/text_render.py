"""Render an :class:`~dnnd.Article` as a news page scraped as text, furniture and all.

Used by the text parser's round-trip property: generate an article
(:func:`text_articles`), render it with some :class:`TextFurniture` — a
breadcrumb, the site header's "today", a stamp in one of its many dresses, a
byline in one of its common shapes at the top or the foot, links to other
articles in the shapes outlets print them (``Xem thêm:``, a slug glued to a
headline, a teaser stub, headlines joined by ``/``, a bulleted list), the
headline glued to the lead, a portal's menu above the headline, a dateline alone on
its line or glued to the lead, a call to the reader and an embedded video's title, photos left as a
file name, a stray letter or an italic caption, a photo's caption with no credit between paragraphs,
bylines naming the writer's office or set in bold, the site's short lines (tags, counters, a pager,
a language switcher) between paragraphs and under the byline — parse the page back, and get the article.
"""

from __future__ import annotations

from datetime import date, datetime

import attrs
from hypothesis import strategies as st

from dnnd.model import Article, Block, Figure, Paragraph
from dnnd.testing.strategies import TZ, figures, names, paragraph_texts, titles

__all__ = [
    "BARE_CAPTIONS",
    "BYLINES",
    "DATELINES",
    "PHOTOS",
    "STAMPS",
    "STRAY_LINES",
    "TextFurniture",
    "byline_line",
    "expected_blocks",
    "render_text_page",
    "text_articles",
    "text_furnitures",
]

_NOON = 12
# A site's slogan printed over its logo (the kind provincial papers carry).
_SLOGAN = "Tiếng nói của Đảng bộ, chính quyền và nhân dân"
# A summary cut short is printed when this much of the lead is left.
_CUT_SUMMARY_CHARS = 60
_WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")
_HEADLINES = (
    "Đoàn đại biểu tỉnh thăm và làm việc tại nước bạn Lào",
    "Khai mạc tuần lễ văn hóa hữu nghị giữa hai nước láng giềng",
    "Trao tặng kỷ niệm chương vì hòa bình hữu nghị giữa các dân tộc",
)


def _day(value: date) -> str:
    return f"{value:%d/%m/%Y}"


#: Publication stamps as outlets print them: (shape for a moment, shape for a day).
STAMPS: tuple[tuple[str, str], ...] = (
    ("{weekday}, {day} - {time}", "{weekday}, {day}"),
    ("Cập nhật lúc {time}, {weekday}, {day} (GMT+7)", "Cập nhật: {day}"),
    ("{day} {time} | 1.234 lượt xem", "ngày {d} tháng {m} năm {y}"),
    ("- {weekday} - {day} {time}", "Ngày đăng: {day} | Lượt xem: 56"),
    ("Đối ngoại-{weekday}, ngày {day} {time} GMT+7", "Đối ngoại - {weekday}, {day}"),
    ("{weekday}, {day} | {time}:00 [GMT +7] A  A", "{weekday}, {day} A  A"),
    ("{weekday}, {short} - {time}", "{dotted}"),  # day and month unpadded; day.month.year
    ("{day} | {time12}", "Ngày {dotted} | Nghe đọc bài"),  # a 12-hour clock ("06:48 CH"), a reader's button
    ("{day} {time} | Lượt xem: 1.234 | In bài | Chia sẻ", "{d} Th{m} {y}"),
    ("{dashed} {hour} giờ {minute} phút", "{weekday}, ngày {d} tháng {m} năm {y}"),
)


def _stamp(value: datetime | date, shape: int) -> str:
    moment, day_only = STAMPS[shape]
    fields = {
        "weekday": _WEEKDAYS[value.weekday()],
        "day": _day(value),
        "short": f"{value.day}/{value.month}/{value.year}",
        "dotted": f"{value:%d.%m.%Y}",
        "dashed": f"{value:%d-%m-%Y}",
        "d": value.day,
        "m": value.month,
        "y": value.year,
    }
    if isinstance(value, datetime):
        half = "SA" if value.hour < _NOON else "CH"
        clock = {
            "time": f"{value:%H:%M}",
            "time12": f"{(value.hour - 1) % 12 + 1:02d}:{value:%M} {half}",
            "hour": value.hour,
            "minute": f"{value:%M}",
        }
        return moment.format(**clock, **fields)
    return day_only.format(**fields)


#: Byline shapes: how one writer, or two, are credited.
BYLINES = (
    "{a}",
    "{A}",
    "Bài và ảnh: {a}",
    "{a} (tổng hợp)",
    "{A} |",
    "{a} / vidu.vn",
    "{a} - {b}",
    "{a} và {b}",
    "{a} - Sở Ngoại vụ",  # the writer, then the office they write for
    "({a}, Phòng Thông tin, ngày 30-8-2006)",  # name, office and date in brackets: printed at the foot only
    "**{a}**",  # a scrape's bold
    "{A} - {B}",
    "Phóng viên: {a}",
    "Theo {a} (Báo Nhân Dân)",  # the writer and the outlet the text is taken from: at the foot only
    "Nguồn: {a} (Báo Lào Cai)",
    "Tác giả:\n{a}",  # the label on its own line, the name on the next
    "Bài:\n{a}",
)
_FOOT_ONLY = frozenset({9, 13, 14})

#: The site's short lines a scrape leaves between paragraphs and under the byline: tags, a counter,
#: a pager, a player's clock, a language switcher, a font-size label, a like button.
STRAY_LINES = (
    "Tags: hữu nghị, Lào",
    "Thẻ:",
    "Lượt xem: 1.234",
    "« ‹ 1 2 › »",
    "0:00 / 3:25",
    "Tiếng Việt | English",
    "中文",
    "Kích thước chữ",
    "Thích (5)",
    "|",
    "Quay lại",
)

#: Photo captions printed with no credit and no image between paragraphs: a scene, someone doing a
#: visible act.
BARE_CAPTIONS = (
    "Quang cảnh buổi gặp mặt",
    "Các đại biểu chụp ảnh lưu niệm tại buổi lễ",
    "Lưu học sinh Lào biểu diễn văn nghệ chào mừng Tết cổ truyền",
)

#: Datelines opening the lead: alone on the line above it, or glued to it.
DATELINES = ("VIDU -", "(VIDU) - ", "GD&TĐ - ", "VIDU Online - ", "(VD)- ", "(VI-DU) ")

#: What a scrape leaves of a photo above its caption: its file name, a stray letter of its alt text,
#: or nothing but the caption set in italics.
PHOTOS = ("file", "letter", "italics")


def byline_line(authors: tuple[str, ...], shape: int) -> str:
    """``authors`` (one or two) credited in byline shape ``shape`` (an index into :data:`BYLINES`)."""
    template = BYLINES[shape]
    if len(authors) == 2 and "{b}" not in template:
        template = "{a} - {b}"
    if len(authors) == 1 and "{b}" in template:
        template = "{a}"
    first = authors[0]
    return template.format(a=first, A=first.upper(), b=authors[-1], B=authors[-1].upper())


def _links(kind: int) -> list[str]:
    """Links to other articles inside the body, in one of the shapes outlets print them."""
    one, two = _HEADLINES[0], _HEADLINES[1]
    return [
        [f"Xem thêm: {one}"],
        [f"doan-dai-bieu-tinh-tham-lao-post123.html {one}"],
        [f"![](https://vidu.vn/anh/1.jpg) {one} |"],
        [f"{one} / {two}"],
        [f"- {one}", f"- {two}"],
    ][kind]


@attrs.frozen
class TextFurniture:
    """Which furniture surrounds the article on a scraped text page, and in which shapes."""

    crumbs: bool = True
    today: bool = False
    stamp: int = 0
    byline: int = 0
    byline_on_top: bool = False
    links: int | None = None
    links_at: int = 1
    glued: bool = False
    share: bool = True
    related: bool = True
    menu: bool = False
    dateline: int | None = None
    stray: int | None = None
    foot_stray: int | None = None
    bare_caption: int | None = None
    reader_call: bool = False
    photo: int = 0
    masthead: bool = False
    lead_twice: int | None = None


def text_furnitures() -> st.SearchStrategy[TextFurniture]:
    """Any :class:`TextFurniture`."""
    return st.builds(
        TextFurniture,
        crumbs=st.booleans(),
        today=st.booleans(),
        stamp=st.integers(0, len(STAMPS) - 1),
        byline=st.integers(0, len(BYLINES) - 1),
        byline_on_top=st.booleans(),
        links=st.one_of(st.none(), st.integers(0, 4)),
        links_at=st.integers(1, 8),
        glued=st.booleans(),
        share=st.booleans(),
        related=st.booleans(),
        menu=st.booleans(),
        dateline=st.one_of(st.none(), st.integers(0, len(DATELINES) - 1)),
        stray=st.one_of(st.none(), st.integers(0, len(STRAY_LINES) - 1)),
        foot_stray=st.one_of(st.none(), st.integers(0, len(STRAY_LINES) - 1)),
        bare_caption=st.one_of(st.none(), st.integers(0, len(BARE_CAPTIONS) - 1)),
        reader_call=st.booleans(),
        photo=st.integers(0, len(PHOTOS) - 1),
        masthead=st.booleans(),
        lead_twice=st.one_of(st.none(), st.integers(0, 1)),
    )


@st.composite
def text_articles(draw: st.DrawFn) -> Article:
    """An article as a text page can hold it: a title, paragraphs and photos, a stamp, one or two writers."""
    lead = Paragraph(draw(paragraph_texts()))
    photo = figures().map(lambda f: f if f.src else attrs.evolve(f, src="anh-minh-hoa.jpg"))
    rest = draw(st.lists(st.one_of(paragraph_texts().map(Paragraph), photo), max_size=5))
    # A lead printed twice is the page's summary over its text: an article's own paragraphs never repeat it.
    rest = [b for b in rest if b != lead]
    moment = draw(st.one_of(st.datetimes(min_value=datetime(2010, 1, 1), max_value=datetime(2030, 12, 31)), st.dates()))
    if isinstance(moment, datetime):
        moment = moment.replace(second=0, microsecond=0, tzinfo=TZ)
    elif not 2000 <= moment.year <= 2099:
        moment = moment.replace(year=2020)
    return Article(
        title=draw(titles()),
        blocks=[lead, *rest],
        published=moment,
        authors=draw(st.lists(names(), min_size=1, max_size=2, unique=True)),
    )


def render_text_page(article: Article, furniture: TextFurniture) -> str:
    """``article`` as a scraped text page with ``furniture`` (it needs a title, a stamp and a writer)."""
    assert article.title is not None and article.published is not None and article.authors
    lines: list[str] = []
    if furniture.masthead:  # the site's slogan over its logo, then the account links
        lines += [_SLOGAN, "Logo", "Đăng ký ấn phẩm|Đăng nhập", ""]
    if furniture.crumbs:
        lines.append("Trang chủ > Đối ngoại > Hoạt động hữu nghị")
    if furniture.today:
        today = date(2026, 12, 4)
        lines.append(f"{_WEEKDAYS[today.weekday()]}, {_day(today)}")
    if furniture.menu:  # a portal's menu in capitals and its visitor counter, above the headline
        lines += ["GIỚI THIỆU", "TIN TỨC - SỰ KIỆN", "THỐNG KÊ TRUY CẬP", "Số người đang online:", "42"]
    lines += [article.title, _stamp(article.published, furniture.stamp), ""]
    shape = 0 if furniture.byline_on_top and furniture.byline in _FOOT_ONLY else furniture.byline
    byline = byline_line(article.authors, shape)
    if furniture.byline_on_top:
        lines += [byline, ""]
    dateline = DATELINES[furniture.dateline] if furniture.dateline is not None else None
    if dateline is not None and not dateline.endswith(" "):  # alone on its line, the lead under it
        lines += [dateline, ""]
    body: list[list[str]] = []
    for index, block in enumerate(article.blocks):
        if isinstance(block, Figure):
            body.append(_photo(block, PHOTOS[furniture.photo]))
        elif index == 0 and furniture.glued:
            body.append([article.title + block.text])  # the headline glued to the lead
        elif index == 0 and dateline is not None and dateline.endswith(" "):
            body.append([*_summary(block.text, dateline, furniture), dateline + block.text])  # glued to the lead
        elif index == 0:
            body.append([*_summary(block.text, "", furniture), block.text])
        else:
            body.append([block.text])
    if (caption := _bare_caption(article, furniture)) is not None:
        body.insert(1, [caption])
    if furniture.stray is not None:
        body.insert(min(furniture.links_at, len(body)), [STRAY_LINES[furniture.stray]])
    if furniture.links is not None:
        body.insert(min(furniture.links_at, len(body)), _links(furniture.links))
    for chunk in body:
        lines += [*chunk, ""]
    if furniture.reader_call:  # a call to the reader and an embedded video's title
        lines += ["Mời quý độc giả theo dõi các bài viết khác của chuyên mục!", f"{_HEADLINES[2]} - YouTube", ""]
    if not furniture.byline_on_top:
        lines += [byline, ""]
    if furniture.foot_stray is not None:
        lines += [STRAY_LINES[furniture.foot_stray], ""]
    if furniture.share:
        lines += ["Chia sẻ bài viết", "fb yt zl tw", ""]
    if furniture.related:
        lines += ["Tin liên quan", *(f"- {h}" for h in _HEADLINES), ""]
    return "\n".join(lines)


def _summary(lead: str, dateline: str, furniture: TextFurniture) -> list[str]:
    """The lead printed once more above itself as the page's summary: whole, or cut short with "..."."""
    if furniture.lead_twice is None or furniture.glued:
        return []
    if furniture.lead_twice == 0:
        return [dateline + lead]
    cut = lead[: len(lead) * 2 // 3].rstrip(" ,.")
    return [f"{dateline}{cut}..."] if len(cut) >= _CUT_SUMMARY_CHARS else []


def _photo(figure: Figure, shape: str) -> list[str]:
    if shape == "letter":
        return ["a", figure.caption]
    if shape == "italics":
        return [f"_{figure.caption}_"]
    return [figure.src or "anh.jpg", figure.caption]


def _bare_caption(article: Article, furniture: TextFurniture) -> str | None:
    """The caption printed with no credit under the lead, if any: only between the lead and a paragraph
    (prose goes on under a photo), on a page that leaves no trace of its photos (a page that marks its
    photos with file names marks all of them)."""
    if (
        furniture.bare_caption is None
        or len(article.blocks) < 2
        or not isinstance(article.blocks[1], Paragraph)
        or (PHOTOS[furniture.photo] == "file" and any(isinstance(b, Figure) for b in article.blocks))
    ):
        return None
    return BARE_CAPTIONS[furniture.bare_caption]


def expected_blocks(article: Article, furniture: TextFurniture | None = None) -> tuple[Block, ...]:
    """The blocks the text parser gives back from a page rendered from ``article`` (with ``furniture``)."""
    if furniture is None:
        return tuple(article.blocks)
    blocks = list(article.blocks)
    if PHOTOS[furniture.photo] != "file":
        # A photo with no file name left on the page has none in the article either.
        blocks = [attrs.evolve(b, src=None) if isinstance(b, Figure) else b for b in blocks]
    if (caption := _bare_caption(article, furniture)) is not None:
        blocks.insert(1, Figure(src=None, caption=caption))
    return tuple(blocks)
