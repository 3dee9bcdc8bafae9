"""Stamps, datelines, bylines and furniture lines in the shapes Vietnamese pages print them."""

from __future__ import annotations

from datetime import date, datetime

import pytest

import dnnd
from dnnd.parsers import lines as ln
from dnnd.parsers.bylines import is_affiliation, read_byline
from dnnd.parsers.stamps import is_today_header, read_stamp, stamp_line, strip_dateline
from dnnd.parsers.text import TextParser
from dnnd.text.dates import TZ


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Cập nhật lúc 16:10, Thứ Tư, 29/07/2020 (GMT+7)", datetime(2020, 7, 29, 16, 10, tzinfo=TZ)),
        ("- Thứ hai - 30/12/2019 14:28", datetime(2019, 12, 30, 14, 28, tzinfo=TZ)),
        ("Thứ Hai, 12/6/2024 - 18:48 | 1.234 lượt xem", datetime(2024, 6, 12, 18, 48, tzinfo=TZ)),
        ("Lượt xem: 1.234 | 12/06/2024 18:48", datetime(2024, 6, 12, 18, 48, tzinfo=TZ)),
        ("ngày 12 tháng 6 năm 2024", date(2024, 6, 12)),
        ("Cập nhật: 24/02/2021", date(2021, 2, 24)),
        ("12.6.2024 | In bài | Chia sẻ", date(2024, 6, 12)),
        ("Thứ Hai, 12 Tháng Sáu 2023 10:24", datetime(2023, 6, 12, 10, 24, tzinfo=TZ)),
        ("ngày 5 tháng Mười một năm 2022", date(2022, 11, 5)),
    ],
)
def test_stamp_lines_in_their_dresses(line: str, value: datetime | date) -> None:
    assert read_stamp(line) == (value, True)


@pytest.mark.parametrize("line", ["Ngày 1/3/2023, hội nghị khai mạc.", "Ngày 29-7, Hội Hữu nghị tổ chức đại hội"])
def test_a_sentence_with_a_date_is_not_a_stamp_line(line: str) -> None:
    assert stamp_line(line) is None


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("2025.11.14 - 17 lượt xem", date(2025, 11, 14)),  # ftec.edu.vn: a college CMS's stamp, year first
        ("2023/05/12 10:20", datetime(2023, 5, 12, 10, 20, tzinfo=TZ)),
    ],
)
def test_a_stamp_printed_year_first(line: str, value: datetime | date) -> None:
    assert read_stamp(line) == (value, True)
    assert read_stamp("Phiên bản 2.2025.11.14 đã ra mắt")[0] is None  # a version number holds no date


@pytest.mark.parametrize(
    "line",
    [
        "Posted on 27/07/2016 by https://hoiaihuutaysonbinhdinh.wordpress.com/",  # a WordPress blog's template
        "Posted on 27/07/2016 by admin",
    ],
)
def test_a_blog_stamp_naming_the_posting_account(line: str) -> None:
    assert stamp_line(line) == (date(2016, 7, 27), ())


def test_a_blog_stamp_naming_its_writer() -> None:
    assert stamp_line("Posted on 27/07/2016 by Minh Anh") == (date(2016, 7, 27), ("Minh Anh",))
    assert stamp_line("Posted on 27/07/2016 by admin, đoàn đã tới thăm hội") is None


def test_a_stamp_line_may_credit_its_source() -> None:
    assert stamp_line("Ngày đăng: 12/06/2024 | Nguồn tin: VOV5 | Lượt xem: 12") == (date(2024, 6, 12), ())
    assert stamp_line("12/06/2024 | Nguồn: Theo ông A, hội nghị đã thành công.") is None


def test_a_stamp_line_may_carry_its_writer() -> None:
    found = stamp_line("Đăng ngày: 12/06/2024 | Người đăng: Minh Hà | Lượt xem: 1234")
    assert found == (date(2024, 6, 12), ("Minh Hà",))
    assert stamp_line("Thứ Hai, 12/6/2024 - 18:48") == (datetime(2024, 6, 12, 18, 48, tzinfo=TZ), ())


@pytest.mark.parametrize(
    ("lead", "text"),
    [
        ("(VOV5) -Làng hữu nghị được khởi công.", "Làng hữu nghị được khởi công."),
        ("TTH - Đầu năm 2016 đến nay, toàn tỉnh đã thu hút.", "Đầu năm 2016 đến nay, toàn tỉnh đã thu hút."),
        ("HÀ NỘI - Sáng nay đoàn đã tới.", "Sáng nay đoàn đã tới."),
        ("(Dân trí) - Chiều 5/3, đoàn đã tới.", "Chiều 5/3, đoàn đã tới."),
        (" date 2023-11 Lễ ký kết nghĩa đã diễn ra.", "Lễ ký kết nghĩa đã diễn ra."),
        ("Báo Đồng Nai - Chiều 5/3, đoàn đã tới.", "Chiều 5/3, đoàn đã tới."),
        ("Hà Nội - Hải Phòng là tuyến đường đẹp.", "Hà Nội - Hải Phòng là tuyến đường đẹp."),
        ("(Ảnh: TTXVN) đã được đăng.", "(Ảnh: TTXVN) đã được đăng."),
        # the outlet's name set as a logo image, its brackets left empty by the scrape
        (
            "() - Sáng 18/9, tại huyện Nam Giang, lễ kết nghĩa đã diễn ra.",
            "Sáng 18/9, tại huyện Nam Giang, lễ kết nghĩa đã diễn ra.",
        ),
    ],
)
def test_datelines_leave_the_lead(lead: str, text: str) -> None:
    assert strip_dateline(lead) == text


@pytest.mark.parametrize(
    ("line", "authors", "outlet"),
    [
        ("Lệ An", ("Lệ An",), None),
        ("QUỐC THÔNG", ("Quốc Thông",), None),
        ("Bài và ảnh: Lệ An", ("Lệ An",), None),
        ("Nhóm phóng viên", ("Nhóm phóng viên",), None),
        ("Như Tâm (theo Reuters)", ("Như Tâm",), "Reuters"),
        ("Hoài Thu (tổng hợp)", ("Hoài Thu",), None),
        ("NGỌC ANH |", ("Ngọc Anh",), None),
        ("Minh Hà / vov.vn", ("Minh Hà",), "vov.vn"),
        ("Hải Yến - Minh Hà", ("Hải Yến", "Minh Hà"), None),
        ("PV: Minh Anh", ("Minh Anh",), None),
        ("Nhóm PV Báo Lào Cai", ("Nhóm PV",), "Báo Lào Cai"),  # the outlet's team of reporters
        ("Hoàng Chương (PV TTXVN tại Lào)", ("Hoàng Chương",), "TTXVN"),  # the agency's correspondent abroad
        ("Ngọc Anh (tổng hợp từ TTXVN)", ("Ngọc Anh",), "TTXVN"),  # compiled from the agency's wires
        ("Bài và ảnh: Đức Anh (Sở Ngoại vụ)", ("Đức Anh",), None),  # a label, then the writer and their office
        ("HƯƠNG THỦY (Quảng Ninh)", ("Hương Thủy",), None),  # a pen name a town of another province shares
        ("Nhóm PV/VOV1", ("Nhóm PV",), "VOV1"),  # the outlet's team of reporters after a slash
        ("THU HÀ-MINH ANH", ("Thu Hà", "Minh Anh"), None),  # two names joined by a dash with no space
        ("Bài, ảnh: Nhóm PV", ("Nhóm PV",), None),
        ("PV Báo Thanh Hóa", ("PV",), "Báo Thanh Hóa"),  # the outlet's reporter, as "Nhóm PV Báo Lào Cai"
        # a label, then the writer in any byline shape: the office after a dash (provincial portals),
        # the outlet after a slash
        ("Tin: Thu Hà - VP UBND tỉnh", ("Thu Hà",), None),
        ("Bài, ảnh: Hồng Nhung/Báo Lào Cai", ("Hồng Nhung",), "Báo Lào Cai"),
        # the office's own name holds a dash ("Phòng Văn hóa - Thông tin"), or two writers share the office
        ("Hoàng Nam - Phòng Văn hóa - Thông tin", ("Hoàng Nam",), None),
        ("Thu Hà - Minh Anh - Sở Ngoại vụ", ("Thu Hà", "Minh Anh"), None),
        # attech.com.vn: a unit cut short after its head noun's letter (P. = phòng) is the office, not a site
        ("Bài và ảnh: Nguyễn Lê Thảo Linh – P.TCCB-LĐ", ("Nguyễn Lê Thảo Linh",), None),
        ("Minh Anh - Vietnamplus.vn", ("Minh Anh",), "vietnamplus.vn"),
        # the role before a byline of another shape (VOV copies on baomoi.com: "... ./. CTV Quế Ánh/VOV.VN")
        ("CTV Quế Ánh/VOV.VN", ("Quế Ánh",), "vov.vn"),
        ("PV Minh Anh (TTXVN)", ("Minh Anh",), "TTXVN"),
        ("Tin-ảnh: Minh Anh", ("Minh Anh",), None),  # the label's words joined by a bare hyphen
        ("Tin bài, ảnh: Việt Anh, Minh Quang", ("Việt Anh", "Minh Quang"), None),
    ],
)
def test_byline_shapes(line: str, authors: tuple[str, ...], outlet: str | None) -> None:
    byline = read_byline(line)
    assert byline is not None and (byline.authors, byline.outlet) == (authors, outlet)


@pytest.mark.parametrize(
    "line",
    ["Hà Nội", "Thời Sự", "Quân sự", "Tin Cùng Chuyên Mục", "Theo Reuters", "Hội nghị.", "MV", "Chia Sẻ"],
)
def test_not_bylines(line: str) -> None:
    assert read_byline(line) is None


@pytest.mark.parametrize("line", ["Bình Minh (Vĩnh Long)", "Gò Công (Tiền Giang)", "Hương Thủy (Thừa Thiên Huế)"])
def test_a_town_in_its_province_is_no_byline(line: str) -> None:
    assert read_byline(line, initials=True) is None


@pytest.mark.parametrize("line", ["Hủa Phăn", "XIÊNG KHOẢNG", "Tây Nguyên", "Khăm-bảy Đăm-lắt", "Hà Nội-Viêng Chăn"])
def test_a_lao_place_or_name_or_a_region_alone_is_no_writer(line: str) -> None:
    assert read_byline(line, initials=True, given=True) is None


@pytest.mark.parametrize("line", ["VOV.VN", "VTV.VN"])
def test_a_site_name_is_no_writer_cut_short(line: str) -> None:
    assert read_byline(line, initials=True) is None  # not "Vov. Vn", a family name cut short


def test_initials_count_where_a_byline_stands() -> None:
    assert read_byline("MV", initials=True) is not None and read_byline("T.H", initials=True) is not None


@pytest.mark.parametrize(
    "line",
    [
        "- In ra",
        "Từ khóa: VOV, Khởi công, Ninh Thuận",
        "Thể loại: Đời sống",
        "Tác giả:",
        "Xem thêm: Trung Quốc giảm nhập sầu riêng",
        "trung-quoc-giam-nhap-sau-rieng.html Trung Quốc giảm nhập sầu riêng",
        "![](anh.jpg) Trung Quốc giảm nhập sầu riêng |",
        "Trung Quốc giảm nhập sầu riêng / Bạo loạn ở Paris gây thiệt hại lớn",
        "{{ article.title }}",
        "Hà Nội 28°C",
        "Thông tin tài khoản",  # the account menu beside "Đăng nhập" / "Đăng xuất" (vtv.vn, d903)
    ],
)
def test_furniture_lines(line: str) -> None:
    assert ln.is_stray(line)


@pytest.mark.parametrize("line", ["Ảnh: Tuấn Việt", "(Ảnh: TTXVN)", "Ảnh: vov.vn"])
def test_a_credit_alone_is_a_caption(line: str) -> None:
    assert ln.credit_line(line)


def _page(*lines: str) -> dnnd.Article:
    return dnnd.parse("\n".join(lines), parser="text")


LEAD = "Ngày 27/12, Liên hiệp các tổ chức hữu nghị tỉnh tổ chức Đại hội đại biểu khóa III, nhiệm kỳ 2019 - 2024."
MORE = "Đại hội đã bầu 35 thành viên vào Ban Chấp hành và 3 thành viên Ban kiểm tra của nhiệm kỳ mới."


def test_a_lone_name_at_the_foot_is_the_byline_and_ends_the_article() -> None:
    article = _page("Tiêu đề bài viết về đại hội", "", LEAD, "", MORE, "", "Lệ An", "", MORE[:60], "ĐỒNG HÀNH CÙNG BẠN")
    assert article.authors == ("Lệ An",) and article.body == (LEAD, MORE)


def test_a_section_label_over_the_stamp_is_not_the_headline() -> None:
    article = _page("Kinh tế Xây dựng", "", "29/11/2016 - 19:21", "", "Thu hút trên 3 triệu USD từ các dự án", "", LEAD)
    assert article.title == "Thu hút trên 3 triệu USD từ các dự án"
    assert article.published == datetime(2016, 11, 29, 19, 21, tzinfo=TZ)


def test_the_stamp_under_the_headline_beats_the_site_headers_today() -> None:
    article = _page("Thứ Sáu, 06/12/2026", "Tiêu đề bài viết về đại hội", "Thứ Hai, 12/6/2024 - 18:48", LEAD)
    assert article.published == datetime(2024, 6, 12, 18, 48, tzinfo=TZ)


def test_an_alt_text_then_its_caption_is_one_figure() -> None:
    article = _page(
        "Tiêu đề bài viết về đại hội", LEAD, "Đoàn Chủ tịch chủ trì Đại hội.", "Đoàn Chủ tịch chủ trì đại hội.", MORE
    )
    assert [f.caption for f in article.figures] == ["Đoàn Chủ tịch chủ trì đại hội."]
    assert article.body == (LEAD, MORE)


def test_a_headline_is_never_a_sentence_and_a_menu_is_never_a_headline() -> None:
    assert _page(LEAD, MORE).title is None
    assert _page("Trang Chủ Giới Thiệu Tin Tức Liên Hệ", "Tiêu đề bài viết về đại hội", LEAD).title == (
        "Tiêu đề bài viết về đại hội"
    )


def test_a_theo_credit_with_the_writer_and_their_outlet() -> None:
    from dnnd.parsers.bylines import read_credits

    credits = read_credits(["Đoạn văn.", "Theo Hoài Thu/VOV"])
    assert (credits.authors, credits.outlet, credits.lines) == (("Hoài Thu",), "VOV", frozenset({1}))


@pytest.mark.parametrize(
    ("line", "authors", "outlet"),
    [
        ("Theo Tiền Phong", (), "Tiền Phong"),  # a national paper credited by its name alone: no writer
        ("Theo Dân trí", (), "Dân trí"),
        ("Nguồn: Quân đội nhân dân", (), "Quân đội nhân dân"),
        ("Theo Minh Anh (Tiền Phong)", ("Minh Anh",), "Tiền Phong"),
        ("Theo TTXVN/Vietnam+", (), "TTXVN"),  # the agency, then its brand after a slash
    ],
)
def test_a_credit_naming_an_outlet_without_its_head_noun(
    line: str, authors: tuple[str, ...], outlet: str | None
) -> None:
    from dnnd.parsers.bylines import read_credits

    credits = read_credits(["Đoạn văn.", line])
    assert (credits.authors, credits.outlet) == (authors, outlet)


def test_a_writer_then_a_paper_named_alone() -> None:
    byline = read_byline("Minh Anh - Tiền Phong")
    assert byline is not None and (byline.authors, byline.outlet) == (("Minh Anh",), "Tiền Phong")


@pytest.mark.parametrize(
    "line", ["Người dân xếp hàng tại Hà Nội. Ảnh minh họa: Reuters", "Người dân xếp hàng (Ảnh minh họa)"]
)
def test_illustration_credits_close_a_caption(line: str) -> None:
    assert ln.is_photo_caption(line)


def test_a_line_saying_where_people_stand_is_a_caption() -> None:
    line = "Ông Trần Văn An (thứ 4 từ phải sang) trao bằng khen cho các tập thể có thành tích xuất sắc."
    article = _page("Tiêu đề bài viết về đại hội", LEAD, line, MORE)
    assert [f.caption for f in article.figures] == [line] and article.body == (LEAD, MORE)


def test_a_long_line_without_a_full_stop_between_paragraphs_is_a_caption() -> None:
    line = (
        "Ông Nguyễn Văn Bình - Chủ tịch Liên đoàn trao bằng khen và kỷ niệm chương cho các đơn vị tài trợ "
        "của giải đấu năm nay"
    )
    article = _page("Tiêu đề bài viết về đại hội", LEAD, line, MORE)
    assert [f.caption for f in article.figures] == [line]
    short = "Tăng cường hợp tác giữa hai tỉnh"  # a sub-heading's length: stays text
    assert _page("Tiêu đề bài viết về đại hội", LEAD, short, MORE).body == (LEAD, short, MORE)


def test_the_headline_as_alt_text_numbered_then_the_caption() -> None:
    title = "Khởi công xây dựng làng hữu nghị tại huyện miền núi"
    line = f"{title} - ảnh 1Ông Ko Jae Seung trao tặng vốn viện trợ không hoàn lại"
    article = _page(title, LEAD, line, MORE)
    assert [f.caption for f in article.figures] == ["Ông Ko Jae Seung trao tặng vốn viện trợ không hoàn lại"]


@pytest.mark.parametrize(
    ("line", "authors", "outlet"),
    [("Minh Anh - TTXVN", ("Minh Anh",), "TTXVN"), ("Thu Hà – Báo Nhân Dân", ("Thu Hà",), "Báo Nhân Dân"),
     ("Anh Tuấn/VOV-Tây Bắc", ("Anh Tuấn",), "VOV"), ("Tin, ảnh: Minh Anh", ("Minh Anh",), None),
     ("Lê Minh - Hoàng Anh", ("Lê Minh", "Hoàng Anh"), None),
     ("Văn Hiển – Huỳnh Đại", ("Văn Hiển", "Huỳnh Đại"), None)],
)  # fmt: skip
def test_writer_then_outlet_after_a_dash(line: str, authors: tuple[str, ...], outlet: str | None) -> None:
    byline = read_byline(line)
    assert byline is not None and byline.authors == authors and byline.outlet == outlet


def test_place_then_agency_is_no_byline() -> None:
    assert read_byline("Hà Nội - TTXVN") is None


@pytest.mark.parametrize(
    ("line", "hour"),
    [("Đăng ngày: 12-06-2024 lúc 8:15 SA", 8), ("12/06/2024 8:15 CH", 20), ("Thứ 2, 12/06/2024 | 8:15 PM", 20),
     ("Thứ hai, ngày 28/10/2019 | 09:44 AM (GMT +7)", 9), ("Thế giớiQuân sựThứ sáu, 12/6/2024, 08:15 (GMT+7)", 8),
     ("Chủ Nhật, 12/5/2024 14:00 (GMT+7) | Thế giới | 2 phút đọc", 14),
     ("Thứ năm, 06/06/2024, 08:30 GMT+7 Theo dõi trên Google News", 8)],
)  # fmt: skip
def test_stamps_with_half_day_marks_and_glued_labels(line: str, hour: int) -> None:
    read = stamp_line(line)
    assert read is not None and read[0] is not None and read[0].hour == hour


def test_glued_words_that_are_not_labels_are_no_stamp() -> None:
    assert stamp_line("Hội nghịTổng kết năm, 12/6/2024, 08:15") is None


# ---------------------------------------------------------------- stamps by class (issue 10, points 2 and 5)


@pytest.mark.parametrize(
    "line",
    [
        "Người Việt bốn phương-Thứ ba, ngày 05/04/2016 11:10 GMT+7",  # a section glued to the weekday
        "Thời sự - Thứ Hai, 12/6/2024 08:00",  # a section before the stamp
        "Thứ 7, 13/04/2024 | 10:59:25 [GMT +7] A  A",  # font-size buttons printed as letters
    ],
)
def test_stamp_lines_with_section_labels_and_font_buttons(line: str) -> None:
    from dnnd.parsers.stamps import stamp_line

    found = stamp_line(line)
    assert found is not None and found[0] is not None and found[0].hour in (8, 10, 11)


def test_a_headline_with_a_date_is_not_a_stamp_line() -> None:
    from dnnd.parsers.stamps import stamp_line

    assert stamp_line("Hội nghị tổng kết công tác đối ngoại - 12/6/2024") is None


def test_the_headline_is_the_line_over_its_stamp_under_menu_labels() -> None:
    import dnnd

    title = "Liên hiệp các tổ chức hữu nghị tỉnh tổ chức gặp mặt kỷ niệm 70 năm ngày truyền thống"
    page = (
        "GIỚI THIỆU\nTIN TỨC - SỰ KIỆN\nTHỐNG KÊ TRUY CẬP\nSố người đang online:\n42\n"
        f"{title}\nCập nhật lúc: 10:00 AM, ngày 18/11/2020\n\n"
        "Chiều ngày 17/11/2020, Liên hiệp các tổ chức hữu nghị tỉnh tổ chức gặp mặt kỷ niệm 70 năm.\n"
    )
    article = dnnd.parse(page)
    assert article.title == title
    assert article.published is not None and article.published.day == 18


@pytest.mark.parametrize(
    ("line", "today"),
    [("Thứ hai,  04/12/2023", True), ("Chủ nhật, 5/5/2024", True), ("Thứ Hai, 12/6/2024 - 18:48", False),
     ("Cập nhật: 24/02/2021", False), ("Thứ hai, 04/12/2023, đoàn đến thăm", False)],
)  # fmt: skip
def test_the_site_headers_today_line(line: str, today: bool) -> None:
    assert is_today_header(line) is today


_REPORT = (
    "Ngày 19-12, tại Hà Nội, Hội Hữu nghị tổ chức Đại hội đại biểu toàn quốc lần thứ II, nhiệm kỳ 2012-2017. "
    "Đại hội thông qua báo cáo tổng kết nhiệm kỳ 2005 - 2012."
)


def test_a_today_header_is_not_the_articles_stamp_nor_its_year() -> None:
    # The site prints the day the page was viewed above the headline; the report is years older.
    page = f"Thứ hai,  04/12/2023\n\nHoạt động hữu nghị Việt Nam – Chi-lê\n\n{_REPORT}\n"
    article = dnnd.parse(page, parser="text")
    assert article.title == "Hoạt động hữu nghị Việt Nam – Chi-lê"
    assert article.published is None
    days = [e.value for e in dnnd.extract(article).entities if isinstance(e, dnnd.DateRef)]
    assert date(2012, 12, 19) in days


def test_the_articles_own_stamp_under_the_headline_still_counts() -> None:
    page = f"Thứ hai,  04/12/2023\n\nHoạt động hữu nghị\n\n15:2, Thứ Tư, 17-4-2024\n\n{_REPORT}\n"
    assert dnnd.parse(page, parser="text").published == datetime(2024, 4, 17, 15, 2, tzinfo=TZ)


# ---------------------------------------------------------------- shapes met on pages of unseen outlets


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Ng.Quang", ("Ng.Quang",)),  # a family name cut short, glued to the given name
        ("T. Minh", ("T. Minh",)),
        # a given name that is also a country's name: a country is never cut short after a unit's letter
        # (baomoi.com: "... 4 bệnh nhi tử vong. T.Nga")
        ("T.Nga", ("T.Nga",)),
        ("V.Anh", ("V.Anh",)),
        ("VĂN SƠN", ("Văn Sơn",)),  # a pen name that is also a district abroad
        ("Kim Liên - Sở Ngoại vụ", ("Kim Liên",)),  # the writer, then the office they write for
        ("(Trí Dũng, Phòng Lễ tân, ngày 30-8-2006)", ("Trí Dũng",)),  # name, office and date in brackets
        ("Phóng viên Minh Anh", ("Minh Anh",)),  # the reporter's role, no colon
        ("Tin: Minh Anh", ("Minh Anh",)),
        ("Nhóm phóng viên", ("Nhóm phóng viên",)),  # a team signs as written
    ],
)
def test_foot_bylines_of_unseen_shapes(line: str, authors: tuple[str, ...]) -> None:
    byline = read_byline(line, initials=True)
    assert byline is not None
    assert byline.authors == authors


@pytest.mark.parametrize(
    "line",
    [
        "TOP",
        "Q. Ba Đình",
        "TP. Hồ Chí Minh",
        "H.Nam Đàn",
        "T.Thanh Hóa",
        "Th.S Nguyễn",
        "(Ảnh minh họa)",
        "Hà Nội - Việt Nam",
        "Ba Đình - Hà Nội",
    ],
)
def test_foot_lines_that_are_not_bylines(line: str) -> None:
    assert read_byline(line, initials=True) is None


def test_a_byline_at_the_foot_of_a_page_in_the_shapes_above() -> None:
    page = (
        "Hội Hữu nghị tỉnh trao quà cho học sinh vùng biên\n\n"
        "(QTO).– Sáng 3-4, Hội Hữu nghị Việt Nam - Lào tỉnh đã trao 120 suất quà cho học sinh hai xã biên giới.\n\n"
        "Mỗi suất quà gồm sách vở, áo ấm và 500.000 đồng tiền mặt.\n\n"
        "Ng.Hòa\n\nTOP\n"
    )
    article = dnnd.parse(page)
    assert article.authors == ("Ng.Hòa",)
    assert article.body[0].startswith("Sáng 3-4")


@pytest.mark.parametrize(
    ("lead", "rest"),
    [
        ("(SGGP).– Hôm qua 14-11, hội nghị khai mạc.", "Hôm qua 14-11, hội nghị khai mạc."),
        ("(NTO) Trong 3 tháng đầu năm, Hội trao 200 suất quà.", "Trong 3 tháng đầu năm, Hội trao 200 suất quà."),
        ("(Mặt trận) - Ngày 26/7, đoàn đến thăm Lào.", "Ngày 26/7, đoàn đến thăm Lào."),
        # A site's address as its name (vtv.vn, d903), in any case.
        (
            "VTV.vn - Liên quan vụ gian lận thi cử, Công an đã khởi tố.",
            "Liên quan vụ gian lận thi cử, Công an đã khởi tố.",
        ),
        ("Baochinhphu.vn - Sáng 5/3, Thủ tướng chủ trì hội nghị.", "Sáng 5/3, Thủ tướng chủ trì hội nghị."),
        # Brackets that are the sentence's own, not an agency: kept.
        ("(Ông A, bên phải) trao quà cho các em.", "(Ông A, bên phải) trao quà cho các em."),
        ("(1) Ngày 5/9, hội nghị khai mạc.", "(1) Ngày 5/9, hội nghị khai mạc."),
    ],
)
def test_bracketed_datelines_of_agencies(lead: str, rest: str) -> None:
    assert strip_dateline(lead) == rest


def test_an_aggregators_source_link_is_a_credit_not_text() -> None:
    page = (
        "Tặng quà cho học sinh dịp Trung thu\n\n"
        "Ngày 28/9, Hội Chữ thập đỏ tỉnh trao 470 phần quà cho học sinh các trường mầm non.\n\n"
        "T. Lan\n\n"
        "Nguồn Hải Dương: http://baohaiduong.vn/khuyen-hoc/tang-qua-cho-hoc-sinh-148311\n"
    )
    article = dnnd.parse(page)
    assert article.body == ("Ngày 28/9, Hội Chữ thập đỏ tỉnh trao 470 phần quà cho học sinh các trường mầm non.",)
    assert article.outlet == "baohaiduong.vn"
    assert article.authors == ("T. Lan",)


@pytest.mark.parametrize(
    "label",
    [
        "Tác giả",
        "Phóng viên:",
        "Gốc",
        "Search",
        "Chủ đề Hội nhập Quốc tế",
        "{title}",
        "[links()]",
        "< Trở về trang trước",
    ],
)
def test_a_label_with_nothing_after_it_is_furniture(label: str) -> None:
    page = f"Hội Hữu nghị tổ chức đại hội lần thứ II\n\n{label}\n\nNgày 5/10, Hội Hữu nghị tỉnh tổ chức đại hội.\n"
    assert dnnd.parse(page).body == ("Ngày 5/10, Hội Hữu nghị tỉnh tổ chức đại hội.",)


@pytest.mark.parametrize("stub", ["a", "hoi huu nghi to chuc dai hoi lan thu ii"])
def test_what_is_left_of_an_image_makes_the_next_line_its_caption(stub: str) -> None:
    page = (
        "Hội Hữu nghị tổ chức đại hội lần thứ II\n\n"
        "Ngày 5/10, Hội Hữu nghị tỉnh tổ chức đại hội nhiệm kỳ 2021 - 2026 với 120 đại biểu tham dự.\n\n"
        f"{stub}\n\n"
        "Chủ tịch Hội phát biểu khai mạc đại hội\n\n"
        "Đại hội đã bầu Ban Chấp hành gồm 25 ủy viên và thông qua chương trình hành động.\n"
    )
    article = dnnd.parse(page)
    assert [f.caption for f in article.figures] == ["Chủ tịch Hội phát biểu khai mạc đại hội"]
    assert stub not in article.body


def test_a_headline_used_as_alt_text_then_the_photo_number_is_cut_from_the_caption() -> None:
    title = "Vân Nam trao tặng vật tư y tế cho Hà Giang"
    page = (
        f"{title}\n\nNgày 26/11, tại cửa khẩu, tỉnh Hà Giang tiếp nhận vật tư y tế.\n\n"
        f"{title} ảnh 1Đại diện hai bên tại lễ trao tặng. (Ảnh: TTXVN)\n\n"
        "Số vật tư gồm 35.000 khẩu trang và 200 máy đo nhiệt độ.\n"
    )
    article = dnnd.parse(page)
    assert [f.caption for f in article.figures] == ["Đại diện hai bên tại lễ trao tặng. (Ảnh: TTXVN)"]


@pytest.mark.parametrize("line", ["T6, 13/11/2020 17:37", "Friday, 13/11/2020 17:37", "Last modified 13-11-2020 17:37"])
def test_stamps_with_short_or_english_weekdays_and_labels(line: str) -> None:
    found = stamp_line(line)
    assert found is not None
    assert found[0] == datetime(2020, 11, 13, 17, 37, tzinfo=TZ)


def test_a_page_saved_with_hard_wraps_is_read_as_whole_sentences() -> None:
    page = (
        "Sở Ngoại vụ tỉnh thăm và làm việc tại tỉnh bạn\n"
        "Sáng\n"
        "ngày 1/3/2024, Đoàn cán bộ Sở Ngoại vụ do đồng chí Phạm Văn Toàn,\n"
        "Phó Giám đốc Sở, làm trưởng đoàn đến thăm và làm việc tại tỉnh bạn.\n"
        "Tại\n"
        "buổi làm việc, hai đoàn đã trao đổi kinh nghiệm về công tác đối ngoại và vận động viện trợ.\n"
        "Quang\n"
        "cảnh buổi làm việc\n"
        "Hai\n"
        "đoàn trao quà và chụp ảnh lưu niệm\n"
        "Minh Thu - Sở Ngoại vụ\n"
    )
    article = dnnd.parse(page)
    assert article.body == (
        "Sáng ngày 1/3/2024, Đoàn cán bộ Sở Ngoại vụ do đồng chí Phạm Văn Toàn, Phó Giám đốc Sở, làm trưởng đoàn"
        " đến thăm và làm việc tại tỉnh bạn.",
        "Tại buổi làm việc, hai đoàn đã trao đổi kinh nghiệm về công tác đối ngoại và vận động viện trợ.",
    )
    assert [f.caption for f in article.figures] == [
        "Quang cảnh buổi làm việc",
        "Hai đoàn trao quà và chụp ảnh lưu niệm",
    ]
    assert article.authors == ("Minh Thu",)


@pytest.mark.parametrize(("line", "outlet"), [("Minh Anh (TTXVN)", "TTXVN"), ("Minh Anh (TH)", None)])
def test_an_agency_in_brackets_after_the_writer_is_the_outlet(line: str, outlet: str | None) -> None:
    byline = read_byline(line, initials=True)
    assert byline is not None
    assert byline.authors == ("Minh Anh",)
    assert byline.outlet == outlet


def test_a_menu_of_section_names_on_one_line_is_not_the_headline() -> None:
    title = "Hội Hữu nghị Việt Nam - Lào tỉnh tổ chức đại hội lần thứ II"
    lead = "Ngày 5/10, Hội Hữu nghị Việt Nam - Lào tỉnh tổ chức đại hội lần thứ II với 120 đại biểu tham dự."
    page = f"Thời sự Chính trị Kinh tế Xã hội Văn hóa Thể thao\n\n{title}\n\n{lead}\n"
    article = dnnd.parse(page)
    assert article.title == title
    assert article.body == (lead,)


def test_a_site_mark_under_the_writer_is_not_the_writer() -> None:
    page = (
        "Tây Ban Nha tài trợ dự án thủy lợi\n\n"
        "Dự án sẽ góp phần xây dựng cơ sở hạ tầng tưới tiêu cho hơn 30.000ha đất sản xuất của tỉnh.\n\n"
        "Đ.BÌNH\n\nTT\n"
    )
    assert dnnd.parse(page).authors == ("Đ.Bình",)


def test_a_copyright_notice_and_a_caption_printed_twice() -> None:
    caption = "Đập tràn khu tưới Thượng Sơn, tỉnh Bình Định."
    lead = "Ngày 5/10, Đại sứ Pháp và Thứ trưởng Bộ Tài chính đã ký hiệp định vay ưu đãi cho dự án thủy lợi."
    rest = "Cụ thể, khoản vay ưu đãi trị giá 18,8 triệu EUR để phát triển cơ sở hạ tầng thủy lợi của tỉnh."
    page = (
        f"Pháp tài trợ dự án thủy lợi tại Bình Định\n\n{lead}\n\n{caption}{caption}\n\n{rest}\n\n"
        "(*) Không sao chép dưới mọi hình thức khi chưa có sự đồng ý bằng văn bản của Báo.\n"
    )
    article = dnnd.parse(page)
    assert [f.caption for f in article.figures] == [caption]
    assert article.body == (lead, rest)


@pytest.mark.parametrize(
    "line",
    [
        "Cơ quan chủ quản: UBND tỉnh",
        "Tổng biên tập: Nguyễn Văn A",
        "Giấy phép số 123/GP-BTTTT",
        "Ghi rõ nguồn khi phát hành lại",
        "Theo dõi chúng tôi trên",
        "Cập nhật lúc 10:00",
        "Tải ứng dụng",
        "Đọc báo in",
        "Thông tin tòa soạn",
    ],
)
def test_footer_lines_are_furniture(line: str) -> None:
    assert TextParser().is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Tổng biên tập Nguyễn Văn A cho biết báo sẽ mở rộng chuyên mục.",
        "Giấy phép xây dựng được cấp năm 2020.",
        "Theo dõi báo cáo của Sở, tỉnh đã chỉ đạo kịp thời.",
    ],
)
def test_sentences_opening_like_footer_lines_are_text(line: str) -> None:
    assert not TextParser().is_furniture(line)


@pytest.mark.parametrize(
    ("line", "authors"),
    [("Tác giả: Minh Anh", ("Minh Anh",)), ("Bài: Minh Anh; Ảnh: Thu Hà", ("Minh Anh",)),
     ("Bài: Minh Anh - Ảnh: Thu Hà", ("Minh Anh",)), ("Minh Anh (Phòng Văn hóa huyện)", ("Minh Anh",)),
     ("Tuấn Anh - Thanh Hải", ("Tuấn Anh", "Thanh Hải")), ("Minh Anh | Báo Nghệ An", ("Minh Anh",))],
)  # fmt: skip
def test_more_byline_shapes(line: str, authors: tuple[str, ...]) -> None:
    byline = read_byline(line)
    assert byline is not None and byline.authors == authors


@pytest.mark.parametrize("line", ["Tác giả:", "Hải Dương", "Nhật Bản", "Trình bày: Hoàng Anh"])
def test_no_writer_in_a_bare_label_or_a_place(line: str) -> None:
    assert read_byline(line) is None


_FOOT_LEAD = "Ngày 12/6, Hội hữu nghị Việt - Lào tỉnh Nghệ An tổ chức lễ kỷ niệm 60 năm quan hệ ngoại giao hai nước."
_FOOT_LAST = "Phát biểu tại buổi lễ, ông Nguyễn Văn An nhấn mạnh ý nghĩa của quan hệ hữu nghị đặc biệt Việt Nam - Lào."
_FOOT_LINKS = ["Lào trao huân chương cho nhiều tập thể Việt Nam", "Hội hữu nghị tỉnh Nghệ An tổng kết năm 2024",
               "Khởi công trường học ở huyện miền núi Kỳ Sơn"]  # fmt: skip


@pytest.mark.parametrize("sep", ["\n\n", "\n"])
@pytest.mark.parametrize("foot", ["Minh Anh", "Tác giả: Minh Anh", "MINH ANH", "T.H"])
def test_headlines_under_the_foot_byline_are_links(sep: str, foot: str) -> None:
    # Other articles' headlines printed under the writer's name, with no header over them.
    page = sep.join(
        ["Kỷ niệm 60 năm quan hệ Việt - Lào", "12/06/2024 08:15", _FOOT_LEAD, _FOOT_LAST, foot, *_FOOT_LINKS]
    )
    article = TextParser().parse(dnnd.RawDocument(page))
    assert article.body == (_FOOT_LEAD, _FOOT_LAST)
    assert len(article.authors) == 1


def test_a_name_among_headlines_is_no_byline() -> None:
    # Without a closed paragraph above it, a name line among headlines is one more link.
    page = "\n\n".join(
        ["Kỷ niệm 60 năm quan hệ Việt - Lào", _FOOT_LEAD, "Quan hệ Việt - Lào", "Minh Anh", *_FOOT_LINKS]
    )
    assert TextParser().parse(dnnd.RawDocument(page)).authors == ()


@pytest.mark.parametrize(
    ("line", "authors", "outlet"),
    [("Nguồn: Minh Anh - Báo Nghệ An", ("Minh Anh",), "Báo Nghệ An"), ("Nguồn: Hoài Thu/VOV", ("Hoài Thu",), "VOV"),
     ("Nguồn: Báo Nghệ An", (), "Báo Nghệ An")],
)  # fmt: skip
def test_a_source_line_names_the_writer_before_the_outlet(line: str, authors: tuple[str, ...], outlet: str) -> None:
    from dnnd.parsers.bylines import read_credits

    credits = read_credits([line])
    assert (credits.authors, credits.outlet) == (authors, outlet)


@pytest.mark.parametrize("initials", ["T.H", "Đ.Hiệp"])
def test_initials_under_the_headline_are_the_writer(initials: str) -> None:
    page = "\n\n".join(["Kỷ niệm 60 năm quan hệ Việt - Lào", initials, "12/06/2024 08:15", _FOOT_LEAD, _FOOT_LAST])
    article = TextParser().parse(dnnd.RawDocument(page))
    assert article.authors == (initials,)
    assert article.body == (_FOOT_LEAD, _FOOT_LAST)


# ---------------------------------------------------------------- shapes of issue 10 (§1, §3, §4, §5)


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("12/06/2024 6:48 chiều", datetime(2024, 6, 12, 18, 48, tzinfo=TZ)),
        ("Thứ Tư, 12/06/2024 9:05 sáng", datetime(2024, 6, 12, 9, 5, tzinfo=TZ)),
        ("Cập nhật lúc: 18 giờ 48 phút, ngày 12/06/2024", datetime(2024, 6, 12, 18, 48, tzinfo=TZ)),
        ("Thứ Tư, 12/06/2024 18:48 Nghe đọc bài", datetime(2024, 6, 12, 18, 48, tzinfo=TZ)),
        ("12 Th6 2024 18:48", datetime(2024, 6, 12, 18, 48, tzinfo=TZ)),
        ("20:15 PM 12/06/2024", datetime(2024, 6, 12, 20, 15, tzinfo=TZ)),  # a 24-hour clock with a needless mark
    ],
)
def test_stamps_with_half_day_words_written_out_times_and_reader_buttons(line: str, value: datetime) -> None:
    assert read_stamp(line) == (value, True)


def test_a_date_in_words_with_hours_is_no_stamp_inside_a_sentence() -> None:
    assert not read_stamp("Lúc 8 giờ 30 phút ngày 12/6/2024, đoàn đến thăm trường.")[1]


@pytest.mark.parametrize(
    "stamp",
    ["12/06/2024 18:48 | Lượt xem: 1.234 | In bài | Chia sẻ", "12-06-2024 18:48", "12.06.2024 18:48"],
)
def test_stamps_with_toolbars_dashes_or_dots_are_read_under_the_headline(stamp: str) -> None:
    article = _page("Hội hữu nghị tỉnh gặp mặt lưu học sinh Lào đón Tết", stamp, "", LEAD, "", MORE)
    assert article.published == datetime(2024, 6, 12, 18, 48, tzinfo=TZ)
    assert article.body == (LEAD, MORE)


@pytest.mark.parametrize(
    ("lead", "text"),
    [
        ("GD&TĐ - Sáng 3/4, hội nghị khai mạc.", "Sáng 3/4, hội nghị khai mạc."),
        ("QĐND Online - Chiều 11/6, đoàn đến thăm.", "Chiều 11/6, đoàn đến thăm."),
        ("Hanoimoi - Chiều 11/6, đoàn đến thăm.", "Chiều 11/6, đoàn đến thăm."),
        ("Thanh Hóa - Ngày 12/6, tỉnh tổ chức hội nghị.", "Ngày 12/6, tỉnh tổ chức hội nghị."),
        # no time and day after the dash: a name joined to another, not a dateline
        ("Việt Nam - Lào tăng cường hợp tác giáo dục.", "Việt Nam - Lào tăng cường hợp tác giáo dục."),
        ("Ngày 12/6 - Ngày 13/6, hội nghị diễn ra.", "Ngày 12/6 - Ngày 13/6, hội nghị diễn ra."),
        # a paper's acronym typed with no dash before a timed lead (kinhtenongthon.vn, phunuvietnam.vn)
        (
            "KTNT Chiều 23/10/2020, Đại hội VII Hội Làm vườn Việt Nam, nhiệm kỳ 2020-2025, đã họp phiên trù bị.",
            "Chiều 23/10/2020, Đại hội VII Hội Làm vườn Việt Nam, nhiệm kỳ 2020-2025, đã họp phiên trù bị.",
        ),
        ("PNVN Chiều 12/6, Sở Văn hóa - Thể thao TPHCM cho biết.", "Chiều 12/6, Sở Văn hóa - Thể thao TPHCM cho biết."),
        # an acronym that opens a sentence is no dateline when no time and day follow it
        ("UBND tỉnh vừa ban hành kế hoạch.", "UBND tỉnh vừa ban hành kế hoạch."),
        # a portal's or a district's name in brackets, no dash (quangtri.gov.vn, vhds.baothanhhoa.vn, sonla.gov.vn)
        (
            "(Cổng TTĐT) Sáng nay 17/4/2024, tại TP. Đông Hà diễn ra lễ ký kết.",
            "Sáng nay 17/4/2024, tại TP. Đông Hà diễn ra lễ ký kết.",
        ),
        ("(Web Quảng Trị) Nhân dịp tết Trung thu, xã tổ chức vui hội.", "Nhân dịp tết Trung thu, xã tổ chức vui hội."),
        (
            "(VH&ĐS) Sáng nay (24/8), tại TP Thanh Hóa, tuần lễ khai mạc.",
            "Sáng nay (24/8), tại TP Thanh Hóa, tuần lễ khai mạc.",
        ),
        (
            "(Mường La) Thực hiện Quyết định số 558/QĐ-UBND, đoàn lên đường.",
            "Thực hiện Quyết định số 558/QĐ-UBND, đoàn lên đường.",
        ),
        # brackets naming nothing of the kind stay ("(Tiếp theo kỳ trước)")
        (
            "(Tiếp theo kỳ trước) Hội nghị đã thông qua nghị quyết.",
            "(Tiếp theo kỳ trước) Hội nghị đã thông qua nghị quyết.",
        ),
        # the Border Guard paper's name before its lead, whatever the lead opens with (bienphong.com.vn)
        (
            "Biên phòng - Những năm qua, các đơn vị BĐBP vừa thực hiện tốt nhiệm vụ quản lý biên giới.",
            "Những năm qua, các đơn vị BĐBP vừa thực hiện tốt nhiệm vụ quản lý biên giới.",
        ),
    ],
)
def test_datelines_known_by_the_lead_after_them(lead: str, text: str) -> None:
    assert strip_dateline(lead) == text


@pytest.mark.parametrize(
    ("line", "authors"),
    [("**Minh Anh**", ("Minh Anh",)), ("_NGUYỄN THU HÀ_", ("Nguyễn Thu Hà",)), ("*T.H*", ("T.H",))],
)
def test_bylines_in_bold_or_italics(line: str, authors: tuple[str, ...]) -> None:
    byline = read_byline(line, initials=True)
    assert byline is not None and byline.authors == authors


def test_a_bold_byline_at_the_foot_signs_the_article() -> None:
    article = _page("Hội hữu nghị tỉnh gặp mặt lưu học sinh Lào đón Tết", "", LEAD, "", MORE, "", "**Minh Anh**")
    assert article.authors == ("Minh Anh",) and article.body == (LEAD, MORE)


@pytest.mark.parametrize(
    "line",
    ["Tiếng Việt | English", "VN | EN", "English", "中文", "Thẻ:", "Kích thước chữ", "« ‹ 1 2 › »",
     "Trang 1 2 3", "0:00 / 3:25", "Thích (5)", "|", "QR code", "Chuyên mục", "→ Xem thêm: Hội nghị tổng kết",
     "[Đoàn đại biểu tỉnh thăm nước bạn Lào](https://vidu.vn/a.html)"],
)  # fmt: skip
def test_short_furniture_lines_of_unseen_shapes(line: str) -> None:
    assert ln.is_stray(line)


@pytest.mark.parametrize(
    "line",
    ["TH", "Việt Nam", "Tình hữu nghị bền chặt", "01.01.2000", "12-06-2024 18:48",
     "Xem [bài gốc](https://vidu.vn/a.html) để biết thêm chi tiết."],
)  # fmt: skip
def test_lines_that_are_not_short_furniture(line: str) -> None:
    assert not ln.is_stray(line)


def test_a_language_switcher_at_the_foot_is_no_writer() -> None:
    article = _page("Hội hữu nghị tỉnh gặp mặt lưu học sinh Lào đón Tết", "", LEAD, "", MORE, "", "Lệ An", "Tiếng Việt")
    assert article.authors == ("Lệ An",)


@pytest.mark.parametrize(
    "caption",
    ["Lưu học sinh Lào biểu diễn văn nghệ chào mừng Tết cổ truyền",
     "Các em lưu học sinh Lào trong trang phục truyền thống"],
)  # fmt: skip
def test_captions_without_a_credit_between_paragraphs(caption: str) -> None:
    article = _page("Hội hữu nghị tỉnh gặp mặt lưu học sinh Lào đón Tết", "", LEAD, "", caption, "", MORE)
    assert article.body == (LEAD, MORE)
    assert [f.caption for f in article.figures] == [caption]


def test_a_group_that_is_no_team_of_reporters_is_no_byline() -> None:
    assert read_byline("Nhóm bạn trẻ Báo Lào Cai") is None


def test_a_caption_over_a_box_of_links_is_still_followed_by_prose() -> None:
    caption = "Các đại biểu chụp ảnh lưu niệm tại buổi lễ"
    links = ("- Đoàn đại biểu tỉnh thăm và làm việc tại nước bạn Lào", "- Khai mạc tuần lễ văn hóa hữu nghị hai nước")
    article = _page("Hội hữu nghị tỉnh gặp mặt lưu học sinh Lào đón Tết", "", LEAD, "", caption, "", *links, "", MORE)
    assert article.body == (LEAD, MORE)
    assert [f.caption for f in article.figures] == [caption]


def test_a_tags_label_announces_no_list_of_the_article() -> None:
    links = ("- Đoàn đại biểu tỉnh thăm và làm việc tại nước bạn Lào", "- Khai mạc tuần lễ văn hóa hữu nghị hai nước")
    article = _page("Hội hữu nghị tỉnh gặp mặt lưu học sinh Lào đón Tết", "", LEAD, "", "Thẻ:", "", *links, "", MORE)
    assert article.body == (LEAD, MORE)


def test_a_province_opening_with_a_family_name_is_no_person_acting() -> None:
    assert not ln.shows_someone_acting("Hà Giang trao tặng nhà tình nghĩa cho gia đình chính sách")
    assert ln.shows_someone_acting("Hà Thu trao quà cho các em học sinh")


HEADLINE = "Thành lập Hội hữu nghị Việt Nam – Nhật Bản tỉnh Bình Dương"
# A lead with no final stop: the headline over the stamp is still the headline, and the lead no caption.
NAMING_LEAD = "Bà Huỳnh Thị Tuyết Hạnh, Đại biểu HĐND tỉnh giữ chức Chủ tịch Hội hữu nghị Việt Nam – Nhật Bản tỉnh"


@pytest.mark.parametrize("dateline", ["(LĐBD) - ", "(ĐN)- ", "(BL-TĐ) "])
def test_a_lead_opening_with_its_dateline_is_no_headline(dateline: str) -> None:
    article = _page(HEADLINE, "", "06/01/2019 - 15:47", "", dateline + NAMING_LEAD, "", MORE)
    assert article.title == HEADLINE
    assert article.body == (NAMING_LEAD, MORE) and not article.figures


def test_a_page_cut_above_its_lead_has_no_headline() -> None:
    article = _page(f"(ĐN)- {NAMING_LEAD}", "", MORE)
    assert article.title is None and article.body == (NAMING_LEAD, MORE)


def test_a_summary_cut_short_over_the_whole_lead_is_dropped() -> None:
    article = _page(f"(ĐN)- {LEAD[:70]}...", f"(ĐN)- {LEAD}", MORE)
    assert article.title is None and article.body == (LEAD, MORE)


def test_a_whole_sentence_over_a_paragraph_that_opens_with_it_is_two_paragraphs() -> None:
    first = LEAD.split(". ")[0].rstrip(".") + "."
    article = _page(HEADLINE, "", first, "", f"{first} {MORE}")
    assert article.title == HEADLINE and article.body == (first, f"{first} {MORE}")


def test_a_lead_printed_twice_is_kept_once() -> None:
    article = _page(HEADLINE, "", f"VIDU - {LEAD}", f"VIDU - {LEAD}", "", MORE)
    assert article.title == HEADLINE and article.body == (LEAD, MORE)


@pytest.mark.parametrize("label", ["Tác giả:", "Bài:"])
def test_a_byline_label_on_its_own_line_names_the_writer_on_the_next(label: str) -> None:
    top = _page(label, "Hoàng Lê", HEADLINE, "", LEAD, "", MORE)
    foot = _page(HEADLINE, "", LEAD, "", MORE, "", label, "Hoàng Lê")
    assert top.title == foot.title == HEADLINE
    assert top.authors == foot.authors == ("Hoàng Lê",)
    assert top.body == foot.body == (LEAD, MORE)


def test_a_bare_label_over_a_source_line_names_no_writer() -> None:
    article = _page(HEADLINE, "", LEAD, "", MORE, "", "Tác giả:", "", "Nguồn tin: VOV5")
    assert article.authors == () and article.body == (LEAD, MORE)


def test_the_slogan_above_the_logo_is_no_headline() -> None:
    slogan = "Tiếng nói của Đảng bộ, chính quyền và nhân dân"
    article = _page(slogan, "Logo", "Đăng ký ấn phẩm|Đăng nhập", "", HEADLINE, "", LEAD, "", MORE)
    assert article.title == HEADLINE and article.body == (LEAD, MORE)


def test_account_links_joined_by_a_bar_are_furniture_and_places_are_not() -> None:
    assert ln.is_stray("Đăng ký ấn phẩm|Đăng nhập") and ln.is_stray("Logo")
    assert not ln.is_stray("Hà Nội | Huế") and not ln.is_stray("Chủ Nhật, 11/02/2018 | 16:51")


def test_an_image_file_named_after_the_photo_is_a_stub_and_its_caption_follows() -> None:
    stub = "Bí thư thị trấn Si Ma Cai và Bí thư trấn Seo Pả Chư ký kết biên bản kết nghĩa hữu nghị.jpg"
    caption = "Bí thư thị trấn Si Ma Cai và Bí thư trấn Seo Pả Chư ký kết biên bản kết nghĩa hữu nghị."
    article = _page(HEADLINE, "", LEAD, "", stub, caption, "", MORE)
    assert article.body == (LEAD, MORE)
    assert [(f.src, f.caption) for f in article.figures] == [(stub, caption)]
    assert ln.image_file("Xem ảnh tại đây: anh.jpg") is None


def test_a_caption_printed_twice_with_other_dashes_is_one_photo() -> None:
    alt = "Các thành viên ban chấp hành Hội hữu nghị Việt nam – Cuba nhiệm kỳ 2023 – 2028 cùng chụp ảnh lưu niệm"
    caption = "Các thành viên Ban chấp hành Hội hữu nghị Việt Nam - Cuba nhiệm kỳ 2023-2028 cùng chụp ảnh lưu niệm"
    article = _page(HEADLINE, "", LEAD, "", alt, caption, "", MORE)
    assert article.body == (LEAD, MORE)
    assert [f.caption for f in article.figures] == [caption]
    assert not ln.printed_twice(HEADLINE, caption)


def test_a_portrait_caption_opening_a_cut_page_is_no_paragraph() -> None:
    portrait = "Nguyên Chủ tịch Quốc hội Nguyễn Thị Kim Ngân."
    article = _page(portrait, "", LEAD, "", MORE)
    assert article.title is None and article.body == (LEAD, MORE)
    assert [f.caption for f in article.figures] == [portrait]
    assert not ln.is_portrait_caption("Đại sứ Đoàn Xuân Hưng được trao tặng Huân chương Mặt trời mọc.")


@pytest.mark.parametrize(
    ("line", "writers"),
    [
        ("H.P 20/12/2023 07:51", ("H.P",)),  # thitruongtaichinhtiente.vn: the writer's initials before the stamp
        ("14/09/2010 06:39 GMT+7 | Trong nước", ()),  # goal7day.com (TT&VH): the stamp and its section
    ],
)
def test_a_stamp_line_with_initials_or_a_section(line: str, writers: tuple[str, ...]) -> None:
    read = stamp_line(line)
    assert read is not None and read[0] is not None and read[1] == writers


def test_an_abbreviated_place_beside_a_stamp_is_no_writer() -> None:
    assert stamp_line("TP.HCM 20/12/2023 07:51") is None


_EVN_BODY = (
    "Triển lãm ảnh quan hệ hữu nghị đặc biệt Việt Nam - Lào\n\n"
    "Từ ngày 1-5/12, Bộ Văn hóa, Thể thao và Du lịch Việt Nam và Đại sứ quán nước Cộng hòa dân chủ nhân dân Lào "
    "tại Việt Nam phối hợp tổ chức Triển lãm ảnh Quan hệ hữu nghị đặc biệt Việt Nam - Lào tại Bảo tàng Hồ Chí Minh.\n\n"
    "Với gần 100 bức ảnh, triển lãm đã tuyên truyền đến công chúng mối quan hệ đặc biệt giữa hai dân tộc Việt Nam - "
    "Lào trong suốt chặng đường đấu tranh giải phóng dân tộc trước đây.\n\n"
)


def test_the_writer_in_a_bulleted_list_of_metadata_at_the_foot() -> None:
    # evn.com.vn: date, writer and view count printed as list items under the article.
    article = dnnd.parse(_EVN_BODY + "  • 03/12/2020 02:51\n  • Thảo Nguyên\n  • 662\n")
    assert article.authors == ("Thảo Nguyên",)
    assert article.published is not None and article.published.year == 2020
    assert not any("Thảo Nguyên" in p for p in article.body)


def test_a_bulleted_list_of_names_closing_the_article_names_no_writer() -> None:
    article = dnnd.parse(_EVN_BODY + "Ban tổ chức gồm:\n- Nguyễn Văn An\n- Trần Thị Bình\n")
    assert article.authors == ()


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # two writers, the second's name opening with a head noun's syllable ("Trường" also heads a school)
        ("Minh Thu - Trường Hải", ("Minh Thu", "Trường Hải")),
        ("Thanh Hiền - Tiến Quyết", ("Thanh Hiền", "Tiến Quyết")),  # baocaobang.vn
        ("Kim Liên - Sở Ngoại vụ", ("Kim Liên",)),  # ngoaivu.nghean.gov.vn: the writer's office after the dash
    ],
)
def test_two_writers_or_a_writer_and_office(line: str, authors: tuple[str, ...]) -> None:
    byline = read_byline(line, initials=True)
    assert byline is not None and byline.authors == authors


def test_a_writers_name_in_brackets_closes_a_tv_stations_report() -> None:
    # truyenhinhnghean.vn: the report signed "(Thanh Vân)" under its last paragraph.
    page = (
        "Gặp mặt cán bộ, phóng viên Đài truyền hình Quốc gia Lào\n\n15:54, 19/05/2011\n\n"
        "Tối qua (18/5), tại thị xã Cửa Lò, Hội hữu nghị Việt Lào tỉnh Nghệ An và Đài PT – TH Nghệ An tổ chức buổi "
        "gặp mặt thân mật với cán bộ, phóng viên đài Truyền hình Quốc gia Lào.\n\n(Thanh Vân)\n"
    )
    article = dnnd.parse(page)
    assert article.authors == ("Thanh Vân",)
    assert all("Thanh Vân" not in p for p in article.body)
    assert read_byline("(TH)", initials=True) is None  # "tổng hợp" in brackets names no writer
    assert read_byline("(Hà Nội)", initials=True) is None


def test_a_label_and_a_dash_before_the_stamp_under_the_headline() -> None:
    # hoivietmy (the Vietnam-USA Society's site): the source section's label, a dash, the date.
    assert stamp_line("Các Website khác - 18/03/2006") == (date(2006, 3, 18), ())
    article = dnnd.parse(
        "Hội Việt - Mỹ sẽ tăng cường thông tin đối ngoại\nCác Website khác - 18/03/2006\n\n"
        "Đại hội diễn ra tại Hà Nội ngày 17.3 với sự tham gia của các hội Việt - Mỹ các địa phương, các tổ chức phi "
        "chính phủ và đại diện các doanh nghiệp.\n"
    )
    assert article.published == date(2006, 3, 18)
    assert article.title == "Hội Việt - Mỹ sẽ tăng cường thông tin đối ngoại"
    assert stamp_line("Khai mạc hội chợ xuân 2006 - 18/03/2006") is None  # a headline with a digit is no label


def test_a_headline_closing_with_its_stamp_in_brackets() -> None:
    # secviet.cz prints the day an article went up after its headline, and no other stamp
    article = _page(
        "Người Việt ở EU và TG",
        "Hội người Việt tại Ba Lan tăng cường hội nhập, hướng về quê hương (08/07/2019)",
        "",
        "Ngày 7/7, Hội người Việt Nam tại Ba Lan tổ chức lễ kỷ niệm 20 năm thành lập và Đại hội lần thứ 6.",
    )
    assert article.title == "Hội người Việt tại Ba Lan tăng cường hội nhập, hướng về quê hương"
    assert article.published == date(2019, 7, 8)


def test_a_date_the_headline_recalls_is_no_stamp() -> None:
    article = _page("Kỷ niệm 79 năm Cách mạng tháng Tám thành công (19/8/1945)", "", LEAD)
    assert article.published is None and article.title is not None and article.title.endswith("(19/8/1945)")


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # A writer's degree or rank before the full name, as journals, army papers and political schools
        # sign an article (tapchicongsan-style journals, qdnd.vn, bienphong.com.vn).
        ("ThS. Nguyễn Thị Bình", "Nguyễn Thị Bình"),
        ("PGS, TS Lê Văn Hùng", "Lê Văn Hùng"),
        ("Trung tá NGUYỄN VĂN HÙNG", "Nguyễn Văn Hùng"),
        ("ThS. Nguyễn Thị Bình - Trường Chính trị tỉnh", "Nguyễn Thị Bình"),
    ],
)
def test_a_titled_signature_where_a_byline_stands(line: str, author: str) -> None:
    byline = read_byline(line, initials=True)
    assert byline is not None and byline.authors == (author,)


@pytest.mark.parametrize("line", ["Ông Nguyễn Văn Hùng", "Trung tá Hùng", "Đại tá Tây Nguyên"])
def test_a_form_of_address_or_a_titled_given_name_is_no_signature(line: str) -> None:
    byline = read_byline(line, initials=True)
    assert byline is None or not byline.authors


def test_a_titled_name_is_a_signature_only_where_a_byline_stands() -> None:
    assert read_byline("Trung tá Nguyễn Văn Hùng") is None


def test_a_titled_signature_at_the_foot_is_the_writer() -> None:
    text = (
        "Hội Hữu nghị Việt Nam - Lào tỉnh tổ chức đại hội lần thứ II\n\n"
        "Ngày 5/10, Hội Hữu nghị Việt Nam - Lào tỉnh tổ chức đại hội lần thứ II, nhiệm kỳ 2021 - 2026.\n\n"
        "Đại hội đã bầu Ban Chấp hành gồm 25 ủy viên và thông qua chương trình hành động của Hội.\n\n"
        "Đại úy NGUYỄN VĂN HÙNG\n"
    )
    article = dnnd.parse(text)
    assert article.authors == ("Nguyễn Văn Hùng",)
    assert all("HÙNG" not in p for p in article.body)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # The writer's role after a dash, cut short, is no second writer (baomoi.com).
        ("Như Anh - CTV", ("Như Anh",)),
        ("THU HÀ - PV", ("Thu Hà",)),
        # A lone name with its full stop typed on, where a byline stands.
        ("Xuân Hùng.", ("Xuân Hùng",)),
    ],
)
def test_a_role_after_the_writer_or_a_stop_after_the_name(line: str, authors: tuple[str, ...]) -> None:
    byline = read_byline(line, initials=True)
    assert byline is not None and byline.authors == authors


@pytest.mark.parametrize("line", ["Hà Nội.", "Xin cảm ơn.", "Xuân Hùng về quê."])
def test_a_short_sentence_is_no_stopped_name(line: str) -> None:
    byline = read_byline(line, initials=True)
    assert byline is None or not byline.authors


@pytest.mark.parametrize(
    "line", ["Viết bởi Minh Anh", "Đăng bởi Minh Anh", "Bởi Minh Anh", "by Minh Anh", "Posted by Minh Anh"]
)
def test_a_template_s_posted_by_line_names_the_writer(line: str) -> None:
    # Joomla and WordPress templates print the writer so, with no colon.
    byline = read_byline(line)
    assert byline is not None and byline.authors == ("Minh Anh",)


@pytest.mark.parametrize("line", ["Viết bởi Ban biên tập", "Bởi vì trời mưa"])
def test_a_posted_by_line_without_a_name_names_no_writer(line: str) -> None:
    byline = read_byline(line)
    assert byline is None or not byline.authors


@pytest.mark.parametrize(("line", "author"), [("Ph. Thúy", "Ph. Thúy"), ("Ng.Quang", "Ng.Quang")])
def test_a_family_name_cut_to_two_letters_is_no_ward(line: str, author: str) -> None:
    # "Ph." is Phạm or Phan (baomoi.com, sggp.org.vn); a ward is cut to "P." alone.
    byline = read_byline(line, initials=True)
    assert byline is not None and byline.authors == (author,)
    assert read_byline("P. Bến Nghé", initials=True) is None


@pytest.mark.parametrize(("label", "outlet"), [("Nguồn:", "Báo Lào Cai"), ("Theo:", "Báo Lào Cai")])
def test_a_credit_label_over_its_outlet(label: str, outlet: str) -> None:
    text = (
        "Hội Hữu nghị tổ chức đại hội lần thứ II\n\n"
        "Ngày 5/10, Hội Hữu nghị Việt Nam - Lào tỉnh tổ chức đại hội lần thứ II, nhiệm kỳ 2021 - 2026.\n\n"
        f"{label}\n{outlet}\n"
    )
    article = dnnd.parse(text)
    assert article.outlet == outlet
    assert all(outlet not in p and label not in p for p in article.body)


def test_the_writer_s_institute_under_a_signed_name_at_the_top_is_no_paragraph() -> None:
    lead = "Ngày 5/10, Hội Hữu nghị Việt Nam - Lào tỉnh tổ chức đại hội lần thứ II, nhiệm kỳ 2021 - 2026."
    text = (
        "Quan hệ hữu nghị Việt Nam - Lào trong giai đoạn mới\n\n"
        "PGS, TS NGUYỄN VĂN HÙNG\n\nViện trưởng Viện Nghiên cứu Đông Nam Á\n\n"
        f"{lead}\n"
    )
    article = dnnd.parse(text)
    assert article.authors == ("Nguyễn Văn Hùng",)
    assert article.body == (lead,)


def test_a_caption_under_the_top_byline_is_no_post() -> None:
    assert not is_affiliation("Chủ tịch UBND tỉnh Nguyễn Văn Sơn phát biểu tại hội nghị")
    assert is_affiliation("Viện Nghiên cứu Đông Nam Á")


@pytest.mark.parametrize(
    ("line", "author"),
    [("Bài THANH PHONG", "Thanh Phong"), ("Bài THỦY NGÂN", "Thủy Ngân")],  # viendongdaily.com
)
def test_a_credit_label_without_its_colon_before_a_name_in_capitals(line: str, author: str) -> None:
    byline = read_byline(line)
    assert byline is not None and byline.authors == (author,)


@pytest.mark.parametrize("line", ["BÀI HỌC KINH NGHIỆM", "Tin VẮN", "BÀI THANH PHONG", "Bài học THANH NIÊN"])
def test_a_label_word_before_capitals_in_a_headline_names_no_writer(line: str) -> None:
    assert read_byline(line) is None


def test_the_writer_under_a_headline_in_title_case_is_no_headline() -> None:
    page = (
        "Wednesday, 17/10/2018 - 07:58:10\n\n"
        "Tân Hội Đồng Đại Biểu Cộng Đồng Người Việt Quốc Gia Nam California\n\n"
        "Bài THANH PHONG\n\n"
        "GARDEN GROVE - Theo Nội Quy Thành Lập Cộng Đồng Người Việt Quốc Gia Nam California, ngoài Hội Đồng "
        "Chấp Hành, Hội Đồng Giám Sát còn có Hội Đồng Đại Biểu để hỗ trợ Hội Đồng Chấp Hành phục vụ hữu hiệu.\n"
    )
    article = TextParser().parse(dnnd.RawDocument(page))
    assert article.title == "Tân Hội Đồng Đại Biểu Cộng Đồng Người Việt Quốc Gia Nam California"
    assert article.authors == ("Thanh Phong",)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Tác giả: Yamakami Tatsuya – Ủy viên quản trị quỹ IMAYA", "Yamakami Tatsuya"),  # honto.vn
        ("Tác giả: Nguyễn Văn An - Phó Chủ tịch Hội", "Nguyễn Văn An"),
    ],
)
def test_a_labelled_writer_with_a_post_after_a_dash(line: str, author: str) -> None:
    byline = read_byline(line)
    assert byline is not None and byline.authors == (author,)
    assert read_byline("Tác giả: Yamakami Tatsuya") is None  # a foreign name needs the post to vouch for it


def test_a_site_name_in_another_script_over_the_headline_is_no_headline() -> None:
    page = (
        "Kênh thông tin Việt Nam - Nhật Bản\n"
        "ベトナム・日本総合情報チャンネル\n\n"
        "Quỹ học bổng IMAYA dành cho 19 sinh viên y dược tại Việt Nam\n\n"
        "Người Việt Nam thường thức khuya dậy sớm. Trên phố, nhiều cửa hàng mở cửa tới tối muộn, rồi sáng sớm "
        "đã vang lên tiếng còi xe hối hả.\n"
    )
    assert TextParser().parse(dnnd.RawDocument(page)).title == (
        "Quỹ học bổng IMAYA dành cho 19 sinh viên y dược tại Việt Nam"
    )


@pytest.mark.parametrize("line", ["Nội dung chính", "Mục lục bài viết", "Comments"])  # baomoi.com, tamduc.org
def test_a_table_of_contents_label_is_furniture(line: str) -> None:
    assert TextParser().is_furniture(line)


def test_the_headline_in_capitals_over_a_table_of_contents() -> None:
    page = (
        "CHÙA TRẤN QUỐC Ở ĐÀI TRUNG, TAIWAN\n\nNội dung chính\nComments\n\nPhụ Lục\n\n"
        "      Chiều tối 17/12/2022, đoàn Giao lưu văn hoá và học thuật Phật giáo Việt Nam đã đến thăm viếng chùa "
        "Trấn Quốc ở Đài Trung.\n"
        "Được biết, tên chùa Trấn Quốc ở đây được lấy cảm hứng và ý nghĩa từ chùa Trấn Quốc ở Hà Nội, Việt Nam.\n"
        "Thích Tâm Đức\n"
    )
    article = TextParser().parse(dnnd.RawDocument(page))
    assert article.title == "CHÙA TRẤN QUỐC Ở ĐÀI TRUNG, TAIWAN"
    assert "Phụ Lục" not in article.authors


def test_a_cut_page_opening_on_a_caption_that_says_where_someone_stands() -> None:
    page = (  # bvd-vn.de: the page cut above its headline, the photo's caption left on top
        "Ban chấp hành Hội Tân Trào (ông Lê Hồng Cường - Giữa)\n\n"
        "Tối 4/12/2015 tại Berlin, một nhóm các cựu quân nhân Quân đội Nhân dân Việt Nam và gia đình đã quyết định "
        "thành lập Hội cựu quân nhân và gia đình tại CHLB Đức, lấy tên là „Hội Tân Trào“.\n"
    )
    article = TextParser().parse(dnnd.RawDocument(page))
    assert article.title is None
    assert "Ban chấp hành Hội Tân Trào (ông Lê Hồng Cường - Giữa)" in [f.caption for f in article.figures]


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("31 August, 2016", date(2016, 8, 31)),  # khangsydney.blogspot.com: a Blogger template's date header
        ("Wednesday, August 31, 2016", date(2016, 8, 31)),
        ("Posted on October 5, 2024 by admin", date(2024, 10, 5)),
        ("Tháng Mười 5, 2024", date(2024, 10, 5)),  # WordPress's Vietnamese locale, its "F j, Y" month first
        ("tháng 10 5, 2024", date(2024, 10, 5)),
        ("21 thg 5, 2008", date(2008, 5, 21)),  # thienluong05.blogspot.com: Blogger's date header, CLDR's "thg"
    ],
)
def test_a_stamp_with_its_month_in_english_or_first(line: str, value: date) -> None:
    assert stamp_line(line) == (value, ())


def test_a_relative_age_beside_the_stamp_is_no_text_and_alone_no_date() -> None:
    # lsvn.vn: the CMS prints how long ago the article went up after its stamp
    assert stamp_line("29/08/2024 22:09 | 2 tuần trước") == (datetime(2024, 8, 29, 22, 9, tzinfo=TZ), ())
    # alone, the age is the stamp's place holding no date: furniture, and the writer under it still signs
    assert stamp_line("2 giờ trước") == (None, ())
    assert stamp_line("Cập nhật: 3 ngày trước") == (None, ())
    assert stamp_line("3 năm trước, hội đã trao 20 suất học bổng") is None
    article = dnnd.parse(
        "Hội Hữu nghị Việt Nam - Lào tỉnh tổ chức đại hội lần thứ II\nCập nhật: 2 giờ trước\nMinh Anh\n\n"
        "Ngày 5/10, Hội Hữu nghị Việt Nam - Lào tỉnh tổ chức đại hội lần thứ II với 120 đại biểu tham dự.\n\n"
        "Đại hội đã bầu Ban Chấp hành gồm 25 ủy viên.\n"
    )
    assert article.published is None and article.authors == ("Minh Anh",)


@pytest.mark.parametrize(
    "line",
    ["author25/01/2025 13:20", "admin 25/01/2025 13:20", "Đăng bởi: admin | 25/01/2025 13:20"],
)  # tamdamedia.eu: a WordPress theme's author placeholder glued to the stamp
def test_a_stamp_beside_the_posting_account_names_no_writer(line: str) -> None:
    assert stamp_line(line) == (datetime(2025, 1, 25, 13, 20, tzinfo=TZ), ())


def test_the_writer_then_the_fronts_commune_committee_by_its_acronym() -> None:
    # mattrantoquoc.tayninh.gov.vn: the writer signs for the commune's Front committee
    byline = read_byline("Trần Quang Minh – MTTQVN xã Phước Đông")
    assert byline is not None and byline.authors == ("Trần Quang Minh",)
    assert read_byline("Thu Hà - UBMTTQ huyện Gò Dầu") == read_byline("Thu Hà - Ủy ban MTTQ huyện Gò Dầu")


@pytest.mark.parametrize(
    ("line", "authors", "outlet"),
    [
        ("M.K./VOV.VN (biên dịch)", ("M.K",), "vov.vn"),  # vov.vn: a translated piece's byline
        ("Thu Hà/VOV (tổng hợp)", ("Thu Hà",), "VOV"),
        ("Minh Anh/Báo Nghệ An (t/h)", ("Minh Anh",), "Báo Nghệ An"),
    ],
)
def test_how_the_text_was_gathered_after_the_writer_and_their_outlet(
    line: str, authors: tuple[str, ...], outlet: str
) -> None:
    byline = read_byline(line, initials=True)
    assert byline is not None and byline.authors == authors and byline.outlet == outlet


@pytest.mark.parametrize("line", ["Thanh Hà - TTVH-TT huyện Anh Sơn", "Thu Hà - BĐBP Nghệ An"])
def test_the_writer_then_a_district_bodys_acronym(line: str) -> None:
    byline = read_byline(line)
    assert byline is not None and len(byline.authors) == 1 and byline.outlet is None


def test_a_labelled_byline_under_the_top_photo_names_the_writer() -> None:
    # honto.vn: the writer's credit printed between the photo's caption and the first paragraph
    article = dnnd.parse(
        "Quỹ học bổng IMAYA dành cho 19 sinh viên y dược tại Việt Nam\n\n"
        "Các sinh viên nhận được học bổng IMAYA và Chủ tịch Iwamoto (ngoài cùng bên trái) - Ảnh: The Daily Shinshunan\n"
        "Tác giả: Yamakami Tatsuya – Ủy viên quản trị quỹ IMAYA\n\n"
        "Người Việt Nam thường thức khuya dậy sớm. Trên phố, nhiều cửa hàng mở cửa tới tối muộn.\n\n"
        "Quỹ học bổng IMAYA hỗ trợ mỗi sinh viên khoảng 200 USD/năm để các em yên tâm học tập.\n"
    )
    assert article.authors == ("Yamakami Tatsuya",)
    assert not any("Tác giả" in text for text in article.body)


@pytest.mark.parametrize(
    "line", ["Bài & ảnh: Minh Anh", "Tin,ảnh: Minh Anh", "Ảnh & bài: Minh Anh", "Bài/ảnh: Minh Anh"]
)
def test_a_credit_label_however_its_words_are_joined(line: str) -> None:
    byline = read_byline(line)
    assert byline is not None and byline.authors == ("Minh Anh",)


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("October 5, 2024 at 10:30 am", datetime(2024, 10, 5, 10, 30, tzinfo=TZ)),  # WordPress's "F j, Y \a\t g:i a"
        ("Published on October 5, 2024", date(2024, 10, 5)),
        ("December 29, 2021 | 19:07 (GMT+7)", datetime(2021, 12, 29, 19, 7, tzinfo=TZ)),  # en.qdnd.vn
    ],
)
def test_an_english_stamp_with_its_label_and_time(line: str, value: datetime | date) -> None:
    assert stamp_line(line) == (value, ())


def test_a_credit_row_naming_the_writer_then_the_source() -> None:
    # a portal's "Tác giả" and "Nguồn tin" fields (nghean24h.vn prints them one a line) scraped as one table row
    byline = read_byline("| Tác giả: Hải Thượng | Nguồn tin: qdnd.vn |")
    assert byline is not None and byline.authors == ("Hải Thượng",)


def test_a_stamp_line_may_name_the_outlet_after_the_writer() -> None:
    found = stamp_line("12/06/2024 08:15 - Minh Anh - Báo Nghệ An")
    assert found == (datetime(2024, 6, 12, 8, 15, tzinfo=TZ), ("Minh Anh",))
    assert stamp_line("12/06/2024 | baonghean.vn") == (date(2024, 6, 12), ())
    assert stamp_line("12/06/2024 | Báo Nghệ An tổ chức hội nghị") is None  # a headline beside the date, no outlet


def test_credit_labels_without_colons_naming_the_writer_and_the_photographer() -> None:
    # husta.vn (dev page d152): "Tin: Đinh Chung, ảnh: Gia Uyên" with its labels in bold, the colons lost
    byline = read_byline("Tin Đinh Chung ảnh Gia Uyên")
    assert byline is not None and byline.authors == ("Đinh Chung",)
    assert read_byline("Tin vui ảnh đẹp") is None


def test_a_list_item_typed_with_a_glued_hyphen_is_no_byline() -> None:
    # phucsfondcharity (dev page d122): the donors listed "-Anh Chương Jôn Đặng ... tài trợ 100%.", "-Anh Tuan"
    assert read_byline("-Anh Tuan", initials=True) is None
    assert read_byline("Anh Tuấn", initials=True) is not None


def test_a_blogs_date_header_over_its_post_is_the_posts_day() -> None:
    # tonthat-tonnu.blogspot.com, vnfoss.blogspot.com: Blogger prints the post's day over it in the CLDR's long form
    assert is_today_header("Chủ Nhật, 20 tháng 1, 2013") is False
    page = (
        "Chủ Nhật, 7 tháng 8, 2011\n\nHiểu về kho web mở\n\n"
        "Dù bạn có là một cao thủ .NET hay một kẻ nổi loạn của Rails thì cũng chẳng vấn đề gì khi nói về phát triển "
        "với các công nghệ mở ở các giao diện mặt tiền.\n"
    )
    article = dnnd.parse(page, parser="text")
    assert article.title == "Hiểu về kho web mở"
    assert article.published == date(2011, 8, 7)


def test_a_counter_labelled_with_its_number_word_beside_the_stamp() -> None:
    # thivien.net: "Đăng ngày 23/11/2021 07:13, số lượt xem: 139"
    assert stamp_line("Đăng ngày 23/11/2021 07:13, số lượt xem: 139") == (datetime(2021, 11, 23, 7, 13, tzinfo=TZ), ())


def test_a_sources_name_glued_to_the_stamps_weekday() -> None:
    # vtv.vn: the source field and the stamp joined by the CMS with a hyphen and no space
    line = "Đại sứ quán Việt Nam tại Cộng hòa Philippines-Thứ năm, ngày 12/01/2017 05:00 GMT+7"
    assert stamp_line(line) == (datetime(2017, 1, 12, 5, 0, tzinfo=TZ), ())
    assert stamp_line("Đại sứ quán Việt Nam tại Cộng hòa Philippines tổ chức gặp mặt ngày 12/01/2017") is None


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Thu Huyền, Uỷ ban QGVSTBCPN", ("Thu Huyền",)),  # hoilhpn.org.vn: the writer, a comma, the committee
        ("Minh Anh, Văn phòng Hội", ("Minh Anh",)),
        ("Minh Anh, Trường Giang", ("Minh Anh", "Trường Giang")),  # a second writer, no office
    ],
)
def test_a_writer_then_the_office_after_a_comma(line: str, authors: tuple[str, ...]) -> None:
    byline = read_byline(line, initials=True)
    assert byline is not None and byline.authors == authors


def test_a_writer_and_a_place_after_a_comma_is_no_byline() -> None:
    assert read_byline("Hà Nội, Sở Ngoại vụ", initials=True) is None
    assert read_byline("Phạm Minh Chính, Thủ tướng Chính phủ", initials=True) is None


def test_the_contributors_label_typed_without_its_hook() -> None:
    # ubmttamdai.net: "Công tác viên: Trương Tiên" under the last paragraph ("cộng tác viên" typed as "công")
    byline = read_byline("Công tác viên: Trương Tiên", initials=True)
    assert byline is not None and byline.authors == ("Trương Tiên",)


def test_a_meta_bar_with_its_view_counter_may_name_the_section_anywhere() -> None:
    # hns.edu.vn (new tune page d194): the stamp, the calendar section and the counter in one bar
    line = "Cập nhật: 18-09-2025 03:18:00 | Lịch & sự kiện | Lượt xem: 15"
    assert stamp_line(line) == (datetime(2025, 9, 18, 3, 18, tzinfo=TZ), ())
    assert stamp_line("12/06/2024 | Hội nghị tổng kết công tác năm 2024 của Hội | Lượt xem: 10") is None


def test_the_stamp_printed_for_readers_beats_the_metadata_timestamp() -> None:
    # dic.gov.vn (new tune page d192): the meta tags' ISO stamp in the CMS's wrong time zone, then the printed one
    page = (
        "Hội đàm biên phòng Việt Nam - Trung Quốc tại Mường Nhé\nNguyễn Xuân Quảng\n"
        "2024-12-16T22:12:49-05:00\n2024-12-16T22:12:49-05:00\nThứ hai - 16/12/2024 22:12\n"
        "ĐBP - Sáng 16/12, tại trung tâm huyện Mường Nhé đã diễn ra hội đàm định kỳ quý 4/2024 giữa hai đồn biên "
        "phòng của Việt Nam và Trung Quốc.\n"
    )
    assert dnnd.parse(page, parser="text").published == datetime(2024, 12, 16, 22, 12, tzinfo=TZ)
    alone = "Hội đàm biên phòng\n2024-12-16T22:12:49+07:00\nĐBP - Sáng 16/12, hai đồn biên phòng hội đàm định kỳ.\n"
    assert dnnd.parse(alone, parser="text").published == datetime(2024, 12, 16, 22, 12, 49, tzinfo=TZ)


def test_an_associations_acronym_under_its_text_is_no_writer() -> None:
    # vietkieuhp.vn (new tune page d184): "VKHP" spells "Việt Kiều Hải Phòng", named in the text
    page = (
        "Việt Kiều Tân Đảo ủng hộ quĩ phòng chống Covid Việt Nam\n\n"
        "Vừa qua, theo ông Trịnh Văn Tài, Phó Chủ tịch Hội LL Việt Kiều Hải Phòng, kiều bào đã ủng hộ quỹ.\n\n"
        "Đây cũng là nguồn động viên vật chất và tinh thần cho đồng bào trong nước.\n\nVKHP\n"
    )
    article = dnnd.parse(page, parser="text")
    assert article.authors == ()
    assert all("VKHP" not in block.text for block in article.blocks)
    signed = page.replace("VKHP", "NQA")  # initials the page does not spell out sign a writer
    assert dnnd.parse(signed, parser="text").authors == ("NQA",)


def test_a_stamp_label_over_its_date_is_no_text() -> None:
    # cliptv.vn: the CMS prints each field's label on a line of its own, its value on the next
    article = _page("Chủ tịch Quốc hội đến London, thăm chính thức Vương quốc Anh", "Ngày đăng:", "29/06/2022", LEAD)
    assert article.published == date(2022, 6, 29)
    assert article.body == (LEAD,)


def test_a_weekday_over_the_stamp_is_no_writer() -> None:
    article = _page("Hội hữu nghị tỉnh gặp mặt lưu học sinh Lào đón Tết", "Thứ Hai", "12/06/2024 10:30", "", LEAD)
    assert article.authors == ()
    assert article.published == datetime(2024, 6, 12, 10, 30, tzinfo=TZ)
    assert article.body == (LEAD,)


def test_a_blogs_stamp_with_a_two_digit_year_and_its_account() -> None:
    # mitraco.com.vn: a WordPress theme prints the account, the date as "d/m/y" and the comment count
    article = _page("Tỉnh đoàn Hà Tĩnh thăm và làm việc tại nước bạn Lào", "admin", "28/11/12", "0", LEAD, "", MORE)
    assert article.published == date(2012, 11, 28)
    assert article.body == (LEAD, MORE)
    # inside a sentence, or with a capitalised role that signs for the paper, nothing changes
    assert stamp_line("Hội nghị ngày 28/11/12") is None
    assert _page("Tiêu đề bài viết về đại hội", "", LEAD, "", MORE, "", "PV").authors == ("PV",)


@pytest.mark.parametrize("line", ["Tỉnh Aveyron", "Huyện Mèo Vạc", "Thành phố Huế", "About Huế"])
def test_a_unit_named_with_its_level_word_or_an_author_box_is_no_writer(line: str) -> None:
    # the last line of a list of twinned provinces ("... Tỉnh Aveyron."), a WordPress author box ("About Huế")
    assert read_byline(line, initials=True) is None
    assert read_byline("Thành Trung", initials=True) == read_byline("Thành Trung")  # "Thành" alone is a name
    assert read_byline("Thành Trung") is not None


def test_a_press_release_head_line_is_its_stamp() -> None:
    # embassy-gov-au (a tuned dev page): the release's head line carries its date; a sentence naming it does not
    assert read_stamp("THÔNG CÁO BÁO CHÍ, ngày: 25.7.2006") == (date(2006, 7, 25), True)
    assert read_stamp("Thông cáo báo chí ngày 25/7/2006 của Đại sứ quán cho biết dự án đã xong.")[1] is False
