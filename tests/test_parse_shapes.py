"""Bylines and furniture in every common shape, printed into real pages of the dev set's tuned half.

Each case takes a real scraped page, takes its own byline out (when it has one), prints a byline of
another shape at the foot or under the headline, with or without the site's furniture under it, and
checks that the writer is read, that the byline and the furniture leave the body, and that the body
and the headline stay as they were. Lines that only look like a byline must not become one.
"""

from __future__ import annotations

import itertools
import tomllib
from functools import cache
from pathlib import Path

import pytest

import dnnd
from dnnd.model import Article, Figure, Paragraph, RawDocument
from dnnd.parsers import lines as ln

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "examples" / "dev"

# Real text pages of the tuned half and the byline line each prints (None: it prints none).
BASES: dict[str, str | None] = {
    "d103": "Tuấn Việt",
    "d205": "Quốc Thông",
    "d311": "Đình Hợp",
    "d412": "Linh Nguyễn",
    "d310": "Lan Hương",
    "d411": "Thanh Xuân",
    "d312": None,
    "d325": None,
}

# Byline shapes of Vietnamese pages and the writers they name.
SHAPES: list[tuple[str, list[str]]] = [
    ("Minh Anh", ["Minh Anh"]),
    ("MINH ANH", ["Minh Anh"]),
    ("Ngọc Tú", ["Ngọc Tú"]),
    ("Hùng", ["Hùng"]),
    ("HẢI", ["Hải"]),
    ("Nguyễn Thu Hà", ["Nguyễn Thu Hà"]),
    ("Lê Văn Nam Sơn", ["Lê Văn Nam Sơn"]),
    ("Minh Anh (tổng hợp)", ["Minh Anh"]),
    ("Thu Hà (TH)", ["Thu Hà"]),
    ("Minh Anh - Báo Nghệ An", ["Minh Anh"]),
    ("T.L", ["T.L"]),
    ("P.V", ["P.V"]),
    ("PV", ["PV"]),
    ("MINH ANH |", ["Minh Anh"]),
    ("Minh Anh / baonghean.vn", ["Minh Anh"]),
    ("Bài và ảnh: Minh Anh", ["Minh Anh"]),
    ("Bài, ảnh: Minh Anh", ["Minh Anh"]),
    ("Tin, ảnh: Minh Anh", ["Minh Anh"]),
    ("Nhóm phóng viên", ["Nhóm phóng viên"]),
    ("Minh Anh - Thu Hà", ["Minh Anh", "Thu Hà"]),
    ("Minh Anh\nThu Hà", ["Minh Anh", "Thu Hà"]),  # one a line
    ("Minh Anh - Thu Hà (TTXVN)", ["Minh Anh", "Thu Hà"]),
    ("THU HÀ (TTXVN)", ["Thu Hà"]),
    ("Theo Minh Anh (Báo Nghệ An)", ["Minh Anh"]),
    ("Theo Minh Anh/VOV", ["Minh Anh"]),
    ("Nguồn: Minh Anh - Báo Nghệ An", ["Minh Anh"]),
    ("Phóng viên Minh Anh", ["Minh Anh"]),
    ("CTV Minh Anh", ["Minh Anh"]),
]
# Shapes read only at the foot: "Name / domain" on top reads as a breadcrumb, and a given name alone
# signs an article only right under its last paragraph.
FOOT_ONLY = {"Minh Anh / baonghean.vn", "Hùng", "HẢI"}

_HEADLINES = [
    "Hội hữu nghị tổ chức gặp mặt đầu xuân",
    "Trao quà Tết cho hộ nghèo biên giới",
    "Lào Cai đón đoàn khách Vân Nam",
    "Khai mạc tuần văn hóa Việt - Lào",
    "Ký kết biên bản hợp tác giáo dục",
]
_TEASERS = [
    "Sáng 5/2, Hội hữu nghị tỉnh tổ chức gặp mặt các hội viên nhân dịp đầu xuân mới.",
    "Đoàn công tác đã trao 200 suất quà cho các hộ nghèo ở hai xã biên giới của tỉnh.",
    "Chiều 3/3, tỉnh Lào Cai đón đoàn đại biểu tỉnh Vân Nam sang thăm và làm việc. Hai bên trao đổi về hợp tác.",
]
# What sites print under the article: credits, comment forms, tags, toolbars and lists of other articles.
FOOT_FURNITURE: dict[str, list[str]] = {
    "none": [],
    "credit": ["Nguồn: baonghean.vn"],
    "comment form": ["Ý kiến bạn đọc", "Gửi bình luận"],
    "comments": [
        "Bình luận (2)",
        "Nguyễn Văn Hòa",
        "Bài viết rất hay, cảm ơn tác giả đã phản ánh kịp thời hoạt động ý nghĩa này.",
        "Trả lời",
        "Lê Thị Mai",
        "Mong rằng những hoạt động như thế này sẽ được tổ chức thường xuyên hơn nữa.",
    ],
    "site footer": [
        "Cơ quan chủ quản: UBND tỉnh Nghệ An",
        "Giấy phép số 123/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 12/06/2020.",
        "Địa chỉ: 123 Trần Hưng Đạo, TP Vinh, Nghệ An",
        "© Bản quyền thuộc về Báo Nghệ An. Ghi rõ nguồn khi phát hành lại thông tin từ website này.",
    ],
    "related, headed": ["Tin liên quan", *_HEADLINES[:2]],
    "see also": ["Xem thêm: " + _HEADLINES[0]],
    "tags": ["Tags: hữu nghị, Lào, kết nghĩa"],
    "share": ["Chia sẻ", "Facebook Zalo Email"],
    "toolbar": ["In bài | Gửi email | Chia sẻ"],
    "counter": ["1.234 lượt xem"],
    "capitals label": ["TIN MỚI NHẤT"],
    "menu pieces": ["Chia sẻ:", "doanh nghiệp - Sản phẩm - Dịch vụ Rao vặt", "Các đơn vị thông tin của Thông tấn xã"],
    "bullets": ["- " + h for h in _HEADLINES[:3]],
    "headlines": _HEADLINES,
    "headlines and teasers": [_HEADLINES[0], _TEASERS[0], _HEADLINES[1], _TEASERS[1]],
}


@cache
def _tuned() -> frozenset[str]:
    split = tomllib.loads((DEV / "split.toml").read_text(encoding="utf-8"))
    return frozenset(split["tune"]["pages"])


@cache
def _base(prefix: str) -> tuple[tuple[str, ...], int]:
    """A tuned page's lines without its own byline, and where that byline stood (else the page's end)."""
    (stem,) = [s for s in _tuned() if s.startswith(prefix + "_")]
    lines = (DEV / "pages" / f"{stem}.txt").read_text(encoding="utf-8").rstrip("\n").split("\n")
    byline = BASES[prefix]
    if byline is None:
        return tuple(lines), len(lines)
    at = max(i for i, line in enumerate(lines) if line.strip() == byline)
    return tuple(lines[:at] + lines[at + 1 :]), at


def _parse(lines: list[str] | tuple[str, ...]) -> Article:
    return dnnd.parse(RawDocument("\n".join(lines)))


def _paragraphs(article: Article) -> list[str]:
    return [b.text for b in article.blocks if isinstance(b, Paragraph)]


def _problems(base: Article, got: Article, authors: list[str]) -> list[str]:
    out = []
    if list(got.authors) != authors:
        out.append(f"authors {list(got.authors)}")
    before, after = _paragraphs(base), _paragraphs(got)
    if leaked := [p for p in after if p not in before]:
        out.append(f"in the body: {leaked}")
    if lost := [p[:40] for p in before if p not in after]:
        out.append(f"lost: {lost}")
    if got.title != base.title:
        out.append(f"title {got.title!r}")
    return out


@pytest.mark.parametrize(("shape", "authors"), SHAPES, ids=[s for s, _ in SHAPES])
def test_a_byline_at_the_foot_is_read_whatever_follows_it(shape: str, authors: list[str]) -> None:
    failures = []
    for prefix in BASES:
        lines, at = _base(prefix)
        base = _parse(lines)
        for name, furniture in FOOT_FURNITURE.items():
            got = _parse([*lines[:at], shape, *furniture, *lines[at:]])
            if problems := _problems(base, got, authors):
                failures.append(f"{prefix} + {name}: {problems}")
    assert not failures


@pytest.mark.parametrize(("shape", "authors"), [c for c in SHAPES if c[0] not in FOOT_ONLY], ids=str)
def test_a_byline_under_the_headline_is_read(shape: str, authors: list[str]) -> None:
    failures = []
    for prefix in [p for p in BASES if p != "d412"]:  # d412 opens on a corpus prefix: nothing goes above it
        lines, _ = _base(prefix)
        base = _parse(lines)
        first = next(i for i, line in enumerate(lines) if line.strip())
        at = first + 1 if base.title else first  # a page cut above its headline: the name on top
        if problems := _problems(base, _parse([*lines[:at], shape, *lines[at:]]), authors):
            failures.append(f"{prefix}: {problems}")
    assert not failures


# Lines that stand where a byline does but are not one: the body's last short sentence, a caption, a
# place, a dateline, a related headline, an organization, a pair of countries.
NOT_BYLINES = [
    "Buổi lễ kết thúc trong không khí vui tươi.",
    "Quang cảnh buổi lễ",
    "Các đại biểu chụp ảnh lưu niệm",
    "Quảng Trị",
    "Huế",
    "Video",
    "Xem",
    "Hà Nội, ngày 12 tháng 6 năm 2024",
    "Trao quà Tết cho hộ nghèo biên giới",
    "Hội Hữu nghị Việt - Lào",
    "Việt Nam - Lào",
]


@pytest.mark.parametrize("line", NOT_BYLINES)
def test_a_line_at_the_foot_that_only_looks_like_a_byline_names_no_writer(line: str) -> None:
    for prefix in BASES:
        lines, at = _base(prefix)
        assert _parse([*lines[:at], line, *lines[at:]]).authors == (), prefix
        # ... nor hides the real byline under it
        assert _parse([*lines[:at], line, "Minh Anh", *lines[at:]]).authors == ("Minh Anh",), prefix


def test_a_quoted_letters_signature_is_not_the_byline() -> None:
    for prefix in BASES:
        lines, _ = _base(prefix)
        long = [i for i, line in enumerate(lines) if len(line.split()) > 20]
        if len(long) < 3:
            continue
        at = long[1] + 1
        assert _parse([*lines[:at], "Kính thư,", "Nguyễn Văn Hùng", *lines[at:]]).authors == (), prefix


# Lists of other articles and the site's furniture printed after the last paragraph with no byline between.
TAIL_FURNITURE: dict[str, list[str]] = {
    "headlines": _HEADLINES[:3],
    "two headlines": _HEADLINES[:2],
    "headed": ["Tin liên quan", *_HEADLINES[:3]],
    "headed, colon": ["Tin liên quan:", *_HEADLINES[:3]],
    "headlines and teasers": [_HEADLINES[0], _TEASERS[0], _HEADLINES[1], _TEASERS[1], _HEADLINES[2], _TEASERS[2]],
    "headed teasers": ["Tin cùng chuyên mục", _HEADLINES[0], _TEASERS[0], _HEADLINES[1], _TEASERS[1]],
    "bullets": ["- " + h for h in _HEADLINES[:3]],
    "one bullet": ["- " + _HEADLINES[0]],
    "bullets and teasers": [line for h, t in zip(_HEADLINES, _TEASERS, strict=False) for line in (f"- {h}", t)],
    "capitals label": ["TIN MỚI NHẤT"],
    "capitals and headlines": ["ĐỌC NHIỀU", *_HEADLINES[:3]],
    "see also": ["Xem thêm: " + _HEADLINES[0]],
    "see also, next line": ["Xem thêm:", _HEADLINES[0]],
    "tags": ["Từ khóa: hữu nghị, Lào, kết nghĩa"],
    "counter": ["1.234 lượt xem"],
    "share": ["Chia sẻ", "Facebook Zalo Email"],
    "toolbar": ["In bài | Gửi email | Chia sẻ"],
    "dated headlines": [_HEADLINES[0], "12/06/2024", _HEADLINES[1], "11/06/2024"],
    "headlines in capitals": [h.upper() for h in _HEADLINES[:3]],
    "a headline that asks": [_HEADLINES[0], "Sóng gió ngành hữu nghị: các hội tuần tới ra sao?"],
    "player speeds": ["1X", "1.25X", "1.5X", "2X"],
}


@pytest.mark.parametrize("name", TAIL_FURNITURE)
def test_furniture_after_the_last_paragraph_leaves_the_body(name: str) -> None:
    failures = []
    for prefix in BASES:
        lines, at = _base(prefix)
        base = _parse(lines)
        got = _parse([*lines[:at], *TAIL_FURNITURE[name], *lines[at:]])
        problems = _problems(base, got, [])
        problems += [f"caption {f.caption!r}" for f in got.figures if f.caption in TAIL_FURNITURE[name]]
        if problems:
            failures.append(f"{prefix}: {problems}")
    assert not failures


# What may close an article and must stay in it: its last section (a heading over one paragraph), photos
# captioned by what they show over one-sentence paragraphs, a line of items in a list.
# Rolls under the sentence announcing them, numbered (ydan.org; hcmautomation.org.vn) or bare
# (vannghemoi.com.vn; sbs.com.au, under a photo's "(từ trái):"): the article's text.
_ROLLS = {
    "bare roll": [
        "Sau hai ngày làm việc, Đại hội đã bầu ra BCH mới có 9 thành viên:",
        "Chủ tịch: Trần Văn Tuấn",
        "Phó chủ tịch: Phạm Sỹ Sáu & Phan Hoàng",
        "Các ủy viên: Trương Nam Hương, Bích Ngân, Trầm Hương, Lê Thị Kim, Trần Nhã Thụy, Phan Trung Thành.",
    ],
    "roll from the left": [
        "Tân BCH CĐNVTD niên khóa mới (từ trái):",
        "Tổng thư ký: Hồ Thái Phụng (SA)",
        "Thủ quỹ: Trần Hương Thuỷ (Wollongong)",
        "Chủ tịch: Kate Hoàng (NSW)",
        "Phó Chủ tịch Nội vụ: Paul Huy Nguyễn (NSW)",
    ],
    "numbered roll": [
        "Danh sách đắc cử Tân Hội Đồng Tư Vấn và Giám Sát nhiệm kỳ 2011-2013 do các Hội Đoàn bầu ra gồm có:",
        "1) Chủ Tịch: Bà Lê Thị Bích Thủy",
        "2) Phó Chủ Tịch: Ông Nguyễn Đức Vĩnh",
        "3) Thành Viên: Ông Lữ Kim Huy",
    ],
    "numbered names": [
        "– Ban thường vụ nhiệm kì 2013 – 2018 gồm 5 ủy viên:",
        "1. Lê Phan Hoàng Chiêu, Chủ tịch",
        "2. Hoàng Chí Thành",
        "3. Lê Thị Hồng Loan",
        "4. Phạm Ngọc Tuấn",
        "5. Trương Đình Châu",
    ],
}

ARTICLE_ENDINGS: dict[str, list[str]] = {
    **_ROLLS,
    "last section": ["Kết quả nổi bật", "Năm qua, hội đã vận động được hơn 2 tỷ đồng cho các hoạt động nhân đạo."],
    "two last sections": [
        "Kết quả nổi bật",
        "Năm qua, hội đã vận động được hơn 2 tỷ đồng cho các hoạt động nhân đạo.",
        "Nhiệm vụ năm tới",
        "Hội tiếp tục mở rộng quan hệ với các tổ chức hữu nghị của các nước láng giềng.",
    ],
    "captioned photos": [
        "Lãnh đạo tỉnh trao quà cho các gia đình chính sách",
        "Mỗi suất quà trị giá 500.000 đồng gồm tiền mặt và nhu yếu phẩm thiết yếu.",
        "Đoàn công tác thăm hỏi người dân bị ảnh hưởng do bão",
        "Đoàn cũng đã thăm hỏi, động viên các gia đình có người bị thương trong cơn bão vừa qua.",
    ],
}


@pytest.mark.parametrize("name", ARTICLE_ENDINGS)
def test_the_articles_own_ending_is_kept(name: str) -> None:
    ending = ARTICLE_ENDINGS[name]
    for prefix in BASES:
        lines, at = _base(prefix)
        got = _parse([*lines[:at], *ending, *lines[at:]])
        kept = [b.text for b in got.blocks if isinstance(b, Paragraph)] + [f.caption for f in got.figures]
        assert all(line in kept for line in ending), prefix


@pytest.mark.parametrize(
    ("name", "blank"),
    # (a bare roll is kept as printed, line under line; numbered items may stand apart)
    [(name, False) for name in _ROLLS] + [("numbered roll", True), ("numbered names", True)],
)
def test_a_roll_inside_the_article_is_kept(name: str, blank: bool) -> None:
    lines, at = _base("d325")
    roll = [x for line in _ROLLS[name] for x in ([line, ""] if blank else [line])]
    middle = next(i for i in range(at // 2, at) if ln.ends_sentence(lines[i]) and ln.word_count(lines[i]) >= 20)
    got = _paragraphs(_parse([*lines[: middle + 1], "", *roll, "", *lines[middle + 1 :]]))
    assert all(line in got for line in _ROLLS[name])


def test_numbered_lines_under_no_announcing_sentence_are_no_roll() -> None:
    from dnnd.parsers.text import TextParser

    lines = ["Hai bên đã trao đổi về hợp tác.", "1. Ông A", "2. Ông B", "Các thành viên gồm:", "2. Ông B", "3. Ông C"]
    assert TextParser._numbered_lists(lines, 0) == set()
    lines = ["Các thành viên gồm:", "1. Ông A", "", "2. Ông B", "4. Ông D"]
    assert TextParser._numbered_lists(lines, 0) == {1, 3}


@pytest.mark.parametrize(
    ("word", "name"),
    [("Hùng", "Hùng"), ("HẢI", "Hải"), ("Minh", "Minh"), ("Yến", "Yến")]
    + [(w, None) for w in ("Video", "Xem", "Huế", "Lào", "Của", "Hết", "hùng", "HùNG", "Ånh", "Nguyễn Hùng")],
)
def test_a_given_name_alone_is_one_capitalised_vietnamese_syllable(word: str, name: str | None) -> None:
    from dnnd.parsers.bylines import given_name

    assert given_name(word) == name


# Photo captions between two paragraphs, in the shapes scrapes print them, and the caption(s) each gives.
_SCENE = "Các đại biểu dự lễ khởi công công trình"
CAPTIONS: dict[str, tuple[list[str], list[str]]] = {
    "a visible act": (["Lãnh đạo tỉnh trao quà cho các hộ nghèo tại xã biên giới"],) * 2,
    "a scene with a stop": (["Quang cảnh hội nghị."],) * 2,
    "group photo": (["Các đại biểu chụp ảnh lưu niệm"],) * 2,
    # the credit printed on the line under the caption belongs to it (the dev gold's reading, d156)
    "credit on the next line": ([_SCENE, "Ảnh: Minh Anh"], [_SCENE + " Ảnh: Minh Anh"]),
    "credit at the end": ([_SCENE + ". Ảnh: Minh Anh"],) * 2,
    "credit in brackets": ([_SCENE + " (Ảnh: TTXVN)"],) * 2,
    "credit as a web address": ([_SCENE + " (Ảnh: baonghean.vn)"],) * 2,
    "people placed": (["Ông Nguyễn Văn A (bên trái) và ông Trần Văn B tại buổi lễ"],) * 2,
    "an act, an abbreviation inside": (["Bà Lê Thị Hoa, Chủ tịch Hội Chữ thập đỏ TP. Huế tiếp nhận quà."],) * 2,
    "credited, printed twice (two photos)": ([_SCENE + " - Ảnh: MT"] * 2,) * 2,
    "table cell": ([f"| {_SCENE} |"], [_SCENE]),
    "table cell, no closing bar": ([f"| {_SCENE}"], [_SCENE]),
    "image stub": (["![](https://example.vn/anh-1.jpg)", _SCENE], [_SCENE]),
    "image file": (["anh-1.jpg", _SCENE], [_SCENE]),
}
# Shapes that mark a photo: a page that marks one marks all, so its bare captions would no longer read as such.
_MARKING = {"table cell", "table cell, no closing bar", "image stub", "image file"}
# Short lines between paragraphs that are the article's: a short paragraph, a heading, a quotation.
NOT_CAPTIONS = [
    "Hội nghị đã thông qua nghị quyết về công tác năm 2024.",
    "Nhiều hoạt động thiết thực",
    "“Chúng tôi rất cảm động trước sự giúp đỡ của các bạn”, bà Lan chia sẻ.",
    # two sentences, or a verb of saying: the report's prose, abbreviation or not
    "Bà Lê Thị Hoa trao quà cho các em. Sau đó đoàn đến thăm Trường Tiểu học Hòa Bình.",
    "Ông Trần Văn Hùng, Chủ tịch UBND TP. Huế cho biết tỉnh sẽ tiếp nhận thêm các dự án.",
]


def _insert_mid(prefix: str, block: list[str]) -> tuple[Article, Article] | None:
    """The page as it is, and with ``block`` printed between two paragraphs under its lead (spaced as the page is)."""
    lines, _ = _base(prefix)
    content = [i for i, line in enumerate(lines) if line.strip()]
    pairs = [
        (a, b) for a, b in itertools.pairwise(content[1:]) if len(lines[a].split()) > 20 and len(lines[b].split()) > 20
    ]
    if not pairs:
        return None
    at = pairs[0][0] + 1
    spaced = not lines[at - 1] or not lines[at]
    return _parse(lines), _parse(
        [*lines[:at], *([""] if spaced else []), *block, *([""] if spaced else []), *lines[at:]]
    )


@pytest.mark.parametrize("name", CAPTIONS)
def test_a_photo_caption_between_paragraphs_is_a_figure(name: str) -> None:
    block, captions = CAPTIONS[name]
    failures = []
    for prefix in BASES:
        if prefix == "d205" and name in _MARKING:  # d205 leaves its photos unmarked
            continue
        if (pages := _insert_mid(prefix, block)) is None:
            continue
        base, got = pages
        new = [f.caption for f in got.figures if f.caption not in [g.caption for g in base.figures]]
        if new != captions or _paragraphs(got) != _paragraphs(base):
            failures.append(f"{prefix}: captions {new}")
    assert not failures


@pytest.mark.parametrize("line", NOT_CAPTIONS)
def test_a_short_paragraph_between_paragraphs_is_no_caption(line: str) -> None:
    for prefix in BASES:
        if (pages := _insert_mid(prefix, [line])) is not None:
            base, got = pages
            assert len(got.figures) == len(base.figures), prefix
            assert line in _paragraphs(got), prefix


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("#Lưu Văn #siêu mẫu Lưu Văn #Tỉnh Bách Nhiên", True),
        ("#bệnh viện bạch mai", True),
        ("# Tiêu đề một mục", False),  # a markdown heading
        ("#1 thế giới về xuất khẩu gạo trong năm nay của cả nước", False),
        ("Nghe Chia sẻ Lưu tin Bình luận Trở về", True),
        ("Facebook Twitter Lưu bài viết Bản in Copy link", True),
        ("Chia sẻ niềm vui với bạn bè", False),
        ("In bài và chia sẻ", False),
    ],
)
def test_tags_and_toolbars_scraped_as_one_line_are_furniture(line: str, furniture: bool) -> None:
    from dnnd.parsers import lines as ln

    assert ln.is_stray(line) is furniture


@pytest.mark.parametrize(
    ("line", "outlet", "authors"),
    [
        ("(TTXVN/Vietnam+)", "TTXVN", ()),
        ("(Theo VnExpress)", "VnExpress", ()),
        ("(AFP)", "AFP", ()),
        ("Theo RT", "RT", ()),
        ("Theo VŨ VĂN CÀI", None, ("Vũ Văn Cài",)),
        ("(TH)", None, ()),  # "tổng hợp"
        ("(Hà Nội)", None, ()),
        ("(Ảnh: TTXVN)", None, ()),
    ],
)
def test_an_agency_credited_alone_is_an_outlet_not_a_writer(
    line: str, outlet: str | None, authors: tuple[str, ...]
) -> None:
    from dnnd.parsers.bylines import read_credits

    credits = read_credits([line])
    assert (credits.outlet, credits.authors) == (outlet, authors)


_LONG_OPINION = "Ý kiến của các chuyên gia cho thấy thị trường sẽ còn biến động mạnh trong thời gian tới và sau nữa."
COMMENT_HEADERS = [("Bình luận (2)", True), ("2 bình luận", True), ("Ý kiến (3)", True), ("Ý kiến bạn đọc", True)]
COMMENT_HEADERS += [(_LONG_OPINION, False), ("Bình luận về sự kiện, ông A nói rằng hai bên sẽ còn hợp tác.", False)]


@pytest.mark.parametrize(("line", "header"), COMMENT_HEADERS)
def test_the_comments_header_opens_the_comments(line: str, header: bool) -> None:
    from dnnd.parsers import lines as ln

    assert ln.opens_comments(line) is header


def test_a_topic_label_over_the_headline_gives_way_to_the_line_over_the_byline() -> None:
    # A tag page prints its topic (as long as a headline) over the headline; the byline stands under the headline.
    topic = "Quan hệ hữu nghị đặc biệt Việt Nam - Lào"
    checked = 0
    for prefix in BASES:
        lines, _ = _base(prefix)
        base = _parse(lines)
        at = next((i for i, line in enumerate(lines) if base.title and line.strip() == base.title), None)
        if at is None:
            continue
        got = _parse([*lines[:at], topic, "", lines[at], "", "Minh Anh |", *lines[at + 1 :]])
        assert (got.title, got.authors) == (base.title, ("Minh Anh",)), prefix
        checked += 1
    assert checked >= 3


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("• icon facebook", True),
        ("icon youtube", True),
        ("Tìm kiếm tin tức", True),
        ("• Xem với cỡ chữ", True),
        ("Icon của thời trang Việt Nam trở lại", False),
        ("Tìm kiếm người thân sau chiến tranh", False),
        # the skip links of the U.S. consulate's older template (usconsulate-hcm, tune d354)
        ("Skip Global Navigation to Main Content", True),
        ("Skip Breadcrumb Navigation", True),
    ],
)
def test_icons_and_search_boxes_are_furniture(line: str, furniture: bool) -> None:
    from dnnd.parsers.text import TextParser

    assert TextParser().is_furniture(line) is furniture


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        (
            "Hơn 2 tỷ đồng giúp đỡ học sinh có hoàn cảnh khó khăn.",
            "Hơn 2 tỷ đồng giúp đỡ học sinh có hoàn cảnh khó khăn.",
        ),
        (
            "Hơn 2 tỷ đồng giúp đỡ học sinh có hoàn cảnh khó khăn",
            "Hơn 2 tỷ đồng giúp đỡ học sinh có hoàn cảnh khó khăn",
        ),
        # two sentences over the stamp: a lead, not a headline
        ("Hội nghị đã diễn ra. Các đại biểu đã thảo luận nhiều vấn đề quan trọng.", None),
    ],
)
def test_a_headline_closed_by_a_full_stop_over_its_stamp_is_the_title(headline: str, title: str | None) -> None:
    lead = "Ngày 17/9/2020, Chủ tịch UBND tỉnh có quyết định phê duyệt tiếp nhận khoản viện trợ gồm 315 suất học bổng."
    page = ["Tìm kiếm tin tức", headline, "Ngày cập nhật 21/09/2020", "", lead, "", lead.replace("315", "316")]
    assert _parse(page).title == title


# dccthaingoai.org (tuned half, d274): the headline in capitals closed by a full stop, the sapo retelling it.
_CAPITALS_HEADLINE = "HOA KỲ VIỆN TRỢ CHO VN ĐỂ CHỐNG DỊCH VŨ HÁN."
_CAPITALS_SAPO = (
    "Tin Hoa Kỳ: Chính phủ Hoa Kỳ cam kết viện trợ tổng cộng gần 9.5 triệu Mỹ kim cho Việt Nam như một phần trong"
    " ngân khoản hơn 775 triệu Mỹ kim của Washington hỗ trợ cả thế giới, nhằm ứng phó với đại dịch cúm Vũ Hán."
)


@pytest.mark.parametrize(
    ("first", "title"),
    [
        (_CAPITALS_HEADLINE, _CAPITALS_HEADLINE),
        # the same sentence in sentence case is a cut page's first line: a lead's sentence, no headline
        ("Hoa Kỳ viện trợ cho VN để chống dịch Vũ Hán.", None),
        # capitals over a sapo that tells something else: an announcement, not this article's headline
        ("THÔNG BÁO LỊCH TIẾP CÔNG DÂN CỦA LÃNH ĐẠO TỈNH.", None),
    ],
)
def test_a_headline_in_capitals_closed_by_a_full_stop_over_its_sapo_is_the_title(first: str, title: str | None) -> None:
    article = _parse([first, "", _CAPITALS_SAPO])
    assert article.title == title
    assert _paragraphs(article)[-1] == _CAPITALS_SAPO


_TAG_PAGE_LEAD = (
    "Chiều ngày 10/6, đồng chí Đỗ Trọng Hưng, Bí thư Tỉnh ủy, đã tiếp ông Trương Thông Nguyên, Chủ tịch Tập đoàn"
    " Hoa Lợi. Tham gia buổi tiếp có lãnh đạo một số sở ngành và địa phương"
)  # (cut by the scrape: no final stop)


@pytest.mark.parametrize("blank", [False, True])
def test_a_tag_printed_over_the_headline_that_names_it_is_no_headline(blank: bool) -> None:
    lines = ["Chủ tịch Tập đoàn Hoa Lợi", "Bí thư Tỉnh ủy tiếp Chủ tịch Tập đoàn Hoa Lợi", _TAG_PAGE_LEAD]
    article = _parse([x for line in lines for x in ([line, ""] if blank else [line])])
    assert article.title == "Bí thư Tỉnh ủy tiếp Chủ tịch Tập đoàn Hoa Lợi"
    assert _paragraphs(article) == [_TAG_PAGE_LEAD]


def test_a_headline_repeated_at_the_start_of_the_next_line_stays_the_headline() -> None:
    headline = "Bí thư Tỉnh ủy tiếp Chủ tịch Tập đoàn Hoa Lợi"
    article = _parse([headline, "", headline + " - Ảnh 1", "", _TAG_PAGE_LEAD])
    assert article.title == headline


_TAB_TITLE = "Giới thiệu về Hội Hữu nghị Việt Nam - Lào tỉnh Đồng Tháp"
_TAB_LEAD = (
    "Hội Hữu nghị Việt - Lào tỉnh Đồng Tháp được thành lập ngày 20/8/1999 theo quyết định của Ủy ban nhân dân "
    "tỉnh, với nhiệm vụ tăng cường tình đoàn kết, hữu nghị giữa nhân dân hai nước."
)
_TAB_MORE = "Năm 2011, Hội đã tổ chức Đại hội bầu Ban Chấp hành nhiệm kỳ mới gồm 21 thành viên của các sở, ngành."


@pytest.mark.parametrize(
    ("label", "repeated", "kept"),
    [
        ("Thông tin chung về Hội", True, False),  # a tab between the headline and its repeat
        ("Quốc phòng - An ninh", True, False),
        ("Thông tin chung về Hội", False, True),  # no repeat under it: the article's own heading
        ("Hội được thành lập năm 1999.", True, True),  # a sentence is text, repeat or not
    ],
)
def test_a_label_over_the_repeated_headline_is_furniture(label: str, repeated: bool, kept: bool) -> None:
    page = [_TAB_TITLE, "", label, "", *([_TAB_TITLE, ""] if repeated else []), _TAB_LEAD, "", _TAB_MORE]
    got = _parse(page)
    assert got.title == _TAB_TITLE
    texts = _paragraphs(got) + [f.caption for f in got.figures]
    assert (label in texts) is kept
    assert _TAB_LEAD in texts and _TAB_MORE in texts


def test_the_headline_printed_twice_over_its_stamp_wins_over_the_site_s_tagline() -> None:
    # truyenhinhthanhhoa.vn: the station's name, its English tagline, a hotline and a tag, then the
    # headline twice (its link, then its photo's alt text) over the stamp.
    headline = "Đoàn đại biểu cấp cao hai tỉnh Thanh Hóa – Hủa Phăn dâng hương tưởng nhớ Chủ tịch Hồ Chí Minh"
    lead = (
        "Sáng ngày 25/8, nhân kỷ niệm 60 năm ngày thiết lập quan hệ ngoại giao Việt Nam - Lào, Đoàn đại biểu"
        " cấp cao hai tỉnh đã đến đặt vòng hoa, dâng hương tại Khu văn hóa tưởng niệm Chủ tịch Hồ Chí Minh."
    )
    page = [
        "ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THANH HÓA",
        "",
        "Thanh Hoa Radio and Television",
        "Đường dây nóng: 0237 3721150",
        "",
        "hợp tác hữu nghị",
        "",
        headline,
        "",
        headline,
        "",
        "20:59 , 25/08/2022",
        "",
        lead,
    ]
    article = _parse(page)
    assert article.title == headline
    assert _paragraphs(article) == [lead]


def test_bullets_under_a_sentence_announcing_them_stay_the_article_s_list() -> None:
    # hns.edu.vn (a tuned dev page): the report's last sentence announces a bulleted list, cut by the scrape.
    lead = (
        "Ngày 18/9/2025, Trường Tiểu học & THCS Hữu Nghị Quốc tế đã vinh dự đón tiếp và tổ chức buổi giao lưu"
        " văn hóa ý nghĩa cùng đoàn Sở Giáo dục Youngam."
    )
    opener = "Buổi giao lưu không chỉ là niềm vui mà còn là cơ hội tuyệt vời để các bạn học sinh của trường:"
    items = ["- Mở rộng hiểu biết về văn hóa, phong tục và nền giáo dục của Hàn Quốc", "- Rèn luyện kỹ năng giao tiếp"]
    article = _parse(["Giao lưu với đoàn Sở Giáo dục Youngam", "", lead, "", opener, *items])
    assert _paragraphs(article) == [lead, opener, *items]


_PORTAL_LEAD = (
    "Chiều 02/12/2021, Đoàn công tác của Sở Ngoại vụ tỉnh Điện Biên đã có buổi làm việc với UBND huyện Tủa Chùa"
    " về công tác vận động, viện trợ nước ngoài."
)
_PORTAL_MORE = (
    "Trên địa bàn huyện Tủa Chùa hiện nay có 01 tổ chức phi chính phủ đang hoạt động là tổ chức Tầm nhìn Thế giới"
    " tại Việt Nam với Chương trình phát triển vùng."
)


def test_a_page_printed_as_a_list_keeps_its_headline_without_the_bullet() -> None:
    # huyentuachua.dienbien.gov.vn (a tuned dev page): every line of the article is a list item
    headline = "Sở Ngoại vụ tỉnh Điện Biên làm việc với UBND huyện Tủa Chùa về công tác vận động, viện trợ nước ngoài"
    article = _parse([f"• {headline}", "  • Thời gian đăng: 03/12/2021 09:31:44 AM", f"  • {_PORTAL_LEAD}"])
    assert article.title == headline


def test_a_file_name_s_caption_after_a_blank_line() -> None:
    # the same portal: the photo's file name, a blank line, then its caption
    page = ["Sở Ngoại vụ làm việc với UBND huyện Tủa Chùa", "", _PORTAL_LEAD, "", "f123.jpg", ""]
    article = _parse([*page, "Ảnh toàn cảnh buổi làm việc", "", _PORTAL_MORE])
    assert [(f.src, f.caption) for f in article.figures] == [("f123.jpg", "Ảnh toàn cảnh buổi làm việc")]
    assert _paragraphs(article) == [_PORTAL_LEAD, _PORTAL_MORE]
    # prose after the blank is no caption: the file name stands for a photo printed with none
    article = _parse([*page, _PORTAL_MORE])
    assert article.figures == () and _paragraphs(article) == [_PORTAL_LEAD, _PORTAL_MORE]


def test_a_portal_s_banner_of_anniversaries_is_no_headline() -> None:
    # dnnd.vn (a tuned dev page): the portal's slogans in one line over its "today" and the headline
    banner = (
        "Chào mừng kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2024)- Kỷ niệm 94 năm"
        " Ngày thành lập Đảng bộ tỉnh Khánh Hòa (24/02/1930 - 24/02/2024)- CHÀO MỪNG KỶ NIỆM 370 NĂM XÂY DỰNG VÀ"
        " PHÁT TRIỂN TỈNH KHÁNH HÒA."
    )
    headline = "LIÊN HIỆP CÁC TỔ CHỨC HỮU NGHỊ KHÁNH HÒA GIAO LƯU VỚI HAI ĐOÀN KHÁCH ĐẾN TỪ NHẬT BẢN"
    lead = (
        "Sáng ngày 13/7/2015, tại văn phòng, Liên hiệp các tổ chức hữu nghị Khánh Hòa đã có buổi tiếp đoàn nghệ"
        " thuật thành phố Tsukuba và đoàn đại biểu thành phố Tokorozawa."
    )
    article = _parse([banner, "Thứ Tư, 24/04/2024 04:17", "", headline, "", lead])
    assert article.title == headline
    assert _paragraphs(article) == [lead]
    # one anniversary in a headline is the headline's
    one = "Chào mừng kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2024)"
    assert _parse([one, "", lead]).title == one


def test_a_headline_in_capitals_broken_over_two_lines_is_one_headline() -> None:
    # giaophanhatinh.org (a tuned dev page), as hoitruongson.vn breaks its banner: subject, then the verb
    lead = (
        "Khi những luồng gió lạnh thổi về báo hiệu Giáng Sinh sắp đến, bà con Hội Ái Hữu Vinh – Hà Tĩnh Bắc Cali"
        " mở tiệc Noel nhằm gây tình thân ái và gây quỹ học bổng cho học sinh nghèo ở quê nhà."
    )
    article = _parse(["HỘI ÁI HỮU VINH – HÀ TĨNH BẮC CALI", "MỞ TIỆC NOEL CHIA SẺ “HẠT CƠM ÂN TÌNH”", lead])
    assert article.title == "HỘI ÁI HỮU VINH – HÀ TĨNH BẮC CALI MỞ TIỆC NOEL CHIA SẺ “HẠT CƠM ÂN TÌNH”"
    assert _paragraphs(article) == [lead]
    # a blank line between them, or a section's label under the headline: no part of it
    headline = "HỘI ÁI HỮU VINH – HÀ TĨNH BẮC CALI MỞ TIỆC NOEL"
    assert _parse([headline, "", "CHIA SẺ “HẠT CƠM ÂN TÌNH”", "", lead]).title == headline
    assert _parse([headline, "TIN TỨC - SỰ KIỆN", "", lead]).title == headline


def _captions(article: Article) -> list[str]:
    return [block.caption for block in article.blocks if isinstance(block, Figure)]


def test_a_portrait_caption_name_then_post_after_a_dash_needs_no_full_stop() -> None:
    # the shape of qbu.edu.vn's and the small portals' portraits: the name, a dash, the post, no stop
    lead = (
        "Ngày 10/11/2025, Trường Đại học Quảng Bình đã tổ chức buổi lễ đón tiếp lưu học sinh nước Cộng hòa"
        " Dân chủ Nhân dân Lào đến nhập học đợt 4."
    )
    after = "Phát biểu tại buổi lễ, ông Võ Khắc Sơn chúc mừng các lưu học sinh và mong các em học tập tốt."
    for caption in ("Ông Võ Khắc Sơn – Phó Hiệu trưởng Trường Đại học Quảng Bình", "Ông Hà Vĩ, Đại sứ Trung Quốc"):
        article = _parse(["Trường Đại học Quảng Bình đón lưu học sinh Lào", "", lead, "", caption, "", after])
        assert _captions(article) == [caption]
    # a line-up of the new committee, one a line, stays the text's
    lineup = ["Ông Nguyễn Văn An – Chủ tịch", "", "Ông Trần Văn Bình – Phó Chủ tịch", "", "Bà Lê Thị Cúc – Ủy viên"]
    article = _parse(["Đại hội Hội hữu nghị Việt – Lào tỉnh", "", lead, "", *lineup, "", after])
    assert _captions(article) == []


def test_a_wordpress_check_also_box_and_author_box_end_the_article() -> None:
    # thuathienhue.org (a WordPress theme): the writer, the author box, then "Check Also" and another post
    lead = (
        "Sáng 2/9, tại Bảo tàng Hồ Chí Minh Thừa Thiên Huế, Sở Văn hóa và Thể thao tỉnh khai mạc triển lãm"
        " ảnh “Nghĩa tình sâu nặng Việt – Lào”."
    )
    other = "Ngay sau đó, Thủ tướng cũng đã thăm Bảo tàng Cổ vật cung đình Huế và nghe giới thiệu về các hiện vật."
    page = ["Nghĩa tình sâu nặng Việt – Lào", "", lead, "", "Tin, ảnh: ANH PHONG", "", "About Huế", "", "Check Also"]
    article = _parse([*page, "", other])
    assert _paragraphs(article) == [lead]
    assert article.authors == ("Anh Phong",)


def test_the_summary_printed_over_the_headline_leaves_the_headline_and_one_lead() -> None:
    # 1thegioi.vn (tune d344) prints the page's description over the headline and again as the lead under it.
    checked = 0
    for prefix in BASES:
        lines, _ = _base(prefix)
        base = _parse(lines)
        paragraphs = _paragraphs(base)
        at = next((i for i, line in enumerate(lines) if base.title and line.strip() == base.title), None)
        if at is None or not paragraphs or not ln.ends_sentence(paragraphs[0]):
            continue
        if paragraphs[0] not in (line.strip() for line in lines):
            continue  # a lead rebuilt from several lines: not printed as one line to copy
        got = _parse([*lines[:at], paragraphs[0], "", *lines[at:]])
        assert (got.title, _paragraphs(got)) == (base.title, paragraphs), prefix
        checked += 1
    assert checked >= 3


def test_a_caption_printed_twice_under_the_headline_is_the_top_photos() -> None:
    # usconsulate-hcm (tune d354): the top photo's alt text and its caption, the same sentence, over the lead.
    caption = "Đại sứ Shear cắt băng khởi động dự án."
    checked = 0
    for prefix in BASES:
        lines, _ = _base(prefix)
        base = _parse(lines)
        paragraphs = _paragraphs(base)
        at = next((i for i, line in enumerate(lines) if base.title and line.strip() == base.title), None)
        if at is None or not paragraphs or ln.word_count(paragraphs[0]) < 15:
            continue
        got = _parse([*lines[: at + 1], "", caption, "", caption, *lines[at + 1 :]])
        figures = [b.caption for b in got.blocks if isinstance(b, Figure)]
        assert (got.title, _paragraphs(got), figures[:1]) == (base.title, paragraphs, [caption]), prefix
        assert figures.count(caption) == 1, prefix
        checked += 1
    assert checked >= 3


@pytest.mark.parametrize(
    ("line", "crumbs"),
    [
        # lieuquanhue (tune d342): the trail ends on the headline cut short
        (
            "Trang chủ Phật giáo khắp nơi Phật giáo trong nước Đoàn Vụ Tôn giáo – Ủy ban Mặt trận Xây dựng đất...",
            True,
        ),
        ("Trang chủ Chính trị - Xã hội", True),
        ("Trang chủ của Hội đã đăng tải toàn văn bài phát biểu.", False),
    ],
)
def test_a_breadcrumb_may_end_on_the_headline_cut_short(line: str, crumbs: bool) -> None:
    assert ln.is_breadcrumb(line) is crumbs


@pytest.mark.parametrize(
    ("words", "line", "joined"),
    [
        # lanhsuvietnam (tune d358): the lead broken after its first word
        ("Ngày", "25/4/2025, Cục trưởng Cục Lãnh sự Doãn Hoàng Minh đã trao Giấy Chấp thuận lãnh sự", True),
        ("Sáng", "28/9, đồng chí Lê Duy Thành", True),  # investvinhphuc (tune d190), its lead's opening
        ("Ngày", "25/4/2025", False),  # a stamp's label over its date
        ("Lượt xem", "25, 30 người đã đọc bài", False),
    ],
)
def test_a_lead_broken_after_its_time_word_is_joined(words: str, line: str, joined: bool) -> None:
    from dnnd.parsers.stamps import opens_timed_lead

    assert opens_timed_lead(words, line) is joined
    if joined:
        lines, _ = _base("d205")
        base = _parse(lines)
        at = next(i for i, text in enumerate(lines) if base.title and text.strip() == base.title)
        article = _parse([*lines[: at + 1], "", words, line + ".", *lines[at + 1 :]])
        assert f"{words} {line}." in _paragraphs(article)
