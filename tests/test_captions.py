"""Photo captions in the shapes a text scrape of a Vietnamese page leaves them, and short body lines that are not."""

from __future__ import annotations

import pytest

import dnnd
from dnnd.parsers.lines import is_file_stem

_BEFORE = (
    "Ngày 5/10, Hội Hữu nghị Việt Nam - Lào tỉnh tổ chức đại hội lần thứ II, nhiệm kỳ 2021 - 2026 với 120 đại biểu."
)
_AFTER = "Đại hội đã bầu Ban Chấp hành gồm 25 ủy viên và thông qua chương trình hành động trong 5 năm tới của Hội."


def _between(line: str) -> dnnd.Article:
    return dnnd.parse(f"Hội Hữu nghị tổ chức đại hội lần thứ II\n\n{_BEFORE}\n\n{line}\n\n{_AFTER}\n")


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        # A visible act, no full stop, between two paragraphs.
        ("Ông Nguyễn Văn An trao quà cho các em học sinh", None),
        ("Bà Lê Thị Hoa phát biểu tại đại hội", None),
        ("Trao học bổng cho các em học sinh", None),
        ("Các đại biểu chụp ảnh lưu niệm", None),
        ("Đồng chí Nguyễn Văn Bình, Chủ tịch UBND tỉnh trao Bằng khen cho các tập thể", None),
        # One short sentence showing a visible act, full stop and all.
        ("Chủ tịch UBND tỉnh tặng Đại sứ bức tranh danh thắng của tỉnh.", None),
        # who attends the occasion, closed by a full stop (baophutho.vn)
        ("Các đại biểu tham dự chương trình.", None),
        ("Đại diện Quỹ Khuyến học trao học bổng cho các học sinh nghèo vượt khó.", None),
        # A figcaption rendered in markdown italics.
        ("_Các đại biểu chụp ảnh lưu niệm tại đại hội_", "Các đại biểu chụp ảnh lưu niệm tại đại hội"),
        ("*Quang cảnh đại hội nhìn từ trên cao*", "Quang cảnh đại hội nhìn từ trên cao"),
        # A stock photo's credit alone, or closing the caption without a colon.
        ("Ảnh minh họa", None),
        ("(Ảnh tư liệu)", None),
        ("Học sinh vùng cao trong giờ học. Ảnh minh họa", None),
        # A photo the outlet did not take: supplied by someone, or a screenshot (nguoivietukraina.com, baomoi.com).
        ("Ảnh do Trần Thị Thúy cung cấp", None),
        ("Lực lượng kiểm tra phát hiện vi phạm tại công trình (Ảnh do PC Đà Nẵng cung cấp)", None),
        ("(Ảnh chụp màn hình)", None),
        # A portrait: the name, then the post, and nothing more (baomoi.net.vn).
        ("Ông Hà Vĩ, Đại sứ Trung Quốc tại Việt Nam.", None),
        # A figcaption a portal prints in round brackets (lienhiep.quangnam.qti.vn).
        ("(Quang cảnh Hội nghị sơ kết 6 tháng đầu năm 2022 của Liên hiệp hữu nghị tỉnh Quảng Nam)", None),
        ("(Các đại biểu chụp ảnh lưu niệm tại đại hội)", None),
        # A flag ceremony, a welcome of someone named, "Đ/c" for "đồng chí", the delegation alone
        # (baothanhhoa.vn, songv.langson.gov.vn, doingoailaocai.vn, baosonla.vn).
        ("Các đại biểu thực hiện nghi thức chào cờ tại Đại hội.", None),
        ("Đồng chí Nguyễn Cảnh Toàn, Chủ tịch UBND tỉnh đón đồng chí Vi Thao, Chủ tịch Chính quyền Quảng Tây.", None),
        ("Đ/c Doãn Văn Hưởng - Chủ tịch UBND tỉnh tặng Bằng khen cho bà Lotta Sylwander.", None),
        ("Đoàn trao học bổng cho học sinh Trường TH&THCS Hua La.", None),
        # Who is shown with a string of posts, then the act (baothanhhoa.vn, hdndtuyenquang.gov.vn).
        (
            "Đồng chí Phạm Thị Thanh Thủy, Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy, Chủ tịch Hội"
            " Hữu nghị Việt - Lào tỉnh Thanh Hóa cùng các đại biểu trao quà cho đại diện các lưu học sinh Lào.",
            None,
        ),
        # An event's ordinal or term names the event shown, it is no report's figure (tienphong.vn, th389.vn).
        ("Phó Thủ tướng Lê Thành Long phát biểu tại Hội thảo Việt Nam học lần thứ 7.", None),
        ("Ban Chấp hành Hội Hữu nghị Việt Nam - Nhật Bản tỉnh, nhiệm kỳ 2022-2027 ra mắt Đại hội.", None),
        # What the photo shows, after "Trong ảnh:" (baohatinh.vn, vietnamplus.vn).
        ("Trong ảnh: Đoàn viên thanh niên xã và Bộ đội Biên phòng tham gia hỗ trợ xây nhà cho anh Trần Văn Sơn.", None),
        ("Nhân dân thành phố mít tinh chào mừng ngày giải phóng. Trong ảnh: Lễ mít tinh trước Nhà hát lớn.", None),
        # A congratulation (fosco.vn, pgtphcm.vn).
        ("Tổng lãnh sự Trung Quốc tại TP.HCM Trần Đức Hải đón chào Tổng Giám đốc FOSCO đến chúc mừng sự kiện", None),
        # Who is shown receiving something, no full stop (baobinhduong.vn).
        ("Các cháu học sinh vui mừng khi được nhận xe đạp để đến trường trong năm học mới", None),
        # Someone named exchanging views (baosonla.org.vn, hdiu.edu.vn); "Hai bên trao đổi ..." is a heading.
        ("Lãnh đạo hai huyện trao đổi một số thông tin về tình hình phát triển KT-XH", None),
        ("Đại diện hai bên trao đổi hợp tác làm việc", None),
        # Who is shown at an exhibition (thuathienhue.org).
        ("Các đại biểu xem các hình ảnh, tư liệu tại triển lãm", None),
    ],
)
def test_a_caption_between_paragraphs(line: str, caption: str | None) -> None:
    article = _between(line)
    assert [f.caption for f in article.figures] == [caption or line]
    assert article.body == (_BEFORE, _AFTER)


@pytest.mark.parametrize(
    "line",
    [
        # Section headings name an aim, not something a photo shows.
        "Tăng cường kiểm tra, chống buôn lậu, gian lận thương mại",
        "Kết nghĩa để nâng cao hiệu quả công tác",
        "Hai bên trao đổi kinh nghiệm về công tác đối ngoại",
        # A report's own sentences: when, how much, what was said.
        "Sáng 5/10, Chủ tịch UBND tỉnh trao quà cho các em học sinh.",
        "Hội đã trao 120 suất quà cho học sinh hai xã biên giới.",
        "Chủ tịch Hội phát biểu: đây là dịp trao quà ý nghĩa.",
        "Ông An cho biết Hội sẽ tiếp tục trao quà cho học sinh nghèo.",
        "Hội trao quà cho học sinh. Các em rất vui mừng.",
        "Hội nghị tổng kết trao bằng khen cho các tập thể có thành tích.",  # no one shown doing it
        # Short prose lines with no full stop.
        "Hội hiện có 1.200 hội viên",
        "Ông Nguyễn Văn An cho biết thêm",
        # A name and a post that go on to what was said or done: a report's sentence.
        "Ông Hà Vĩ, Đại sứ Trung Quốc tại Việt Nam cho biết thêm.",
        "Bà Nguyễn Thị Thanh, Chủ tịch Hội đã dự.",
        # A clause of welcome opening a report's sentence (baogialai.com.vn).
        "Đón nguồn nước sạch từ chương trình, bà Siu Klop (làng Tơ Drăh, xã Bar Măih) bộc bạch.",
        # An editor's note in brackets describes no photo.
        "(Bài viết có sử dụng tư liệu của Ban Tuyên giáo Tỉnh ủy)",
        # A paragraph that lost its final stop: far longer than a caption (mattranbinhphuoc.org.vn).
        "Chương trình còn tặng 100 phần quà cho học sinh, trong đó có 64 phần cho học sinh đang theo học tại "
        "trường, số còn lại tặng cho trẻ em có mặt tại chương trình, mỗi phần quà bao gồm các nhu yếu phẩm như: "
        "Gạo, nước mắm, bột ngọt, đường và dụng cụ học tập, mỗi phần trị giá 200 ngàn đồng",
    ],
)
def test_a_short_body_line_is_not_a_caption(line: str) -> None:
    article = _between(line)
    assert article.figures == ()
    assert line in article.body


def test_a_line_broken_in_two_is_not_a_caption() -> None:
    article = _between("buổi lễ, hai đoàn trao quà và chụp ảnh lưu niệm")
    assert article.figures == ()


@pytest.mark.parametrize(
    "first",
    [
        "Đồng chí Chủ tịch UBND tỉnh tiếp Đoàn đại biểu Đại sứ quán Mông Cổ.",  # a visible act, no date
        "Việc ký kết góp phần xây dựng tuyến biên giới hòa bình, hữu nghị",  # the lead under it refers back
        # the delegates attending the occasion, no full stop (mttqlangson.org.vn, tuned half: d921)
        "Các đại biểu dự Đại hội Hội Hữu nghị Việt – Trung lần II, nhiệm kỳ 2023 – 2028",
        "Đại biểu tham gia chứng kiến Lễ ký kết biên bản",  # ngochoi.kontum.gov.vn (d611)
    ],
)
def test_a_cut_page_opening_with_its_photos_caption_has_no_headline(first: str) -> None:
    lead = "Dự buổi lễ có đại diện lãnh đạo Bộ đội Biên phòng tỉnh và Bộ Chỉ huy Quân sự tỉnh bạn, cùng nhiều đại biểu."
    article = dnnd.parse(f"{first}\n\n{lead}\n\n{_AFTER}\n")
    assert article.title is None
    assert [f.caption for f in article.figures] == [first]
    assert article.body == (lead, _AFTER)


@pytest.mark.parametrize(
    "first",
    [
        "Đại biểu Quốc hội dự lễ khánh thành trường học ở xã biên giới",  # a deputy by title: a report's subject
        "Hơn 200 đại biểu dự hội nghị tổng kết công tác đối ngoại nhân dân",  # how many came: the news itself
    ],
)
def test_a_headline_naming_delegates_stays_the_headline(first: str) -> None:
    lead = (
        "Sáng 12/6, tại xã biên giới Nậm Càn, Ban Quản lý dự án tổ chức lễ khánh thành trường học do tổ chức nước"
        " ngoài tài trợ, với tổng kinh phí 2 tỷ đồng."
    )
    assert dnnd.parse(f"{first}\n\n{lead}\n\n{_AFTER}\n").title == first


def test_the_caption_between_headline_and_lead_is_a_figure() -> None:
    # thainguyentv.vn: the lead photo's caption printed under the headline, no full stop.
    page = (
        "Công tác đối ngoại nhân dân đóng góp vào sự phát triển chung của toàn tỉnh\n"
        "Đồng chí Lê Văn Tuấn, Trưởng Ban Tuyên giáo Tỉnh ủy, Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh "
        "Thái Nguyên phát biểu tại Hội nghị\n\n"
        "9 tháng năm 2020, công tác đối ngoại nhân dân trên địa bàn tỉnh tiếp tục được đổi mới và nâng cao hiệu "
        "quả; quan hệ hợp tác hữu nghị với các địa phương nước ngoài được duy trì và nâng cao.\n"
    )
    article = dnnd.parse(page)
    assert article.title is not None and article.title.startswith("Công tác đối ngoại")
    assert [f.caption for f in article.figures] == [page.split("\n")[1]]
    assert article.body[0].startswith("9 tháng năm 2020")


def test_a_sapo_without_full_stop_under_the_stamp_is_the_lead() -> None:
    # baonga.com: headline, stamp, then the sapo whose full stop the scrape lost.
    page = (
        "Đoàn đại biểu Hội Hữu nghị Nga - Việt thăm, làm việc tại Việt Nam\n\n"
        "Thứ sáu 11/01/2019 02:27 GMT + 7\n"
        "Đoàn đại biểu Hội Hữu nghị Nga - Việt do Chủ tịch Trung ương Hội, GS Vladimir Buyanaov dẫn đầu, đã đến "
        "Hà Nội ngày 9/1/2019 bắt đầu chuyến thăm, làm việc tại Việt Nam theo lời mời của Trung ương Hội Hữu nghị "
        "Việt - Nga\n\n"
        "Chiều 9/1, tại Nhà Hữu nghị ở 105A Quán Thánh, Hà Nội, đoàn đại biểu Trung ương Hội Hữu nghị Việt - Nga "
        "đã gặp gỡ, trao đổi ý kiến về kế hoạch phối hợp hoạt động giữa hai Hội Hữu nghị trong năm 2019.\n"
    )
    article = dnnd.parse(page)
    assert not article.figures
    assert article.body[0].startswith("Đoàn đại biểu Hội Hữu nghị Nga - Việt do")


def test_the_lines_under_an_announced_run_of_photos_are_captions() -> None:
    # ttthongtin.hcm.edu.vn: "Một số hình ảnh tại buổi làm việc:" then one short caption per photo.
    page = (
        "Sở Giáo dục và Đào tạo tiếp đoàn Trường Đại học Joongbu\n\n"
        "Cũng tại buổi làm việc này, hai bên đã cùng trao đổi về những ưu tiên lớn cần thực hiện trong thời gian "
        "tới của Ngành Giáo dục Thành phố và hướng hợp tác với Trường Đại học Joongbu.\n"
        "Một số hình ảnh tại buổi làm việc:\n\n"
        "Đại diện Sở Giáo dục và Đào tạo\n\n"
        "Đại biểu chụp ảnh lưu niệm\n"
    )
    article = dnnd.parse(page)
    assert [f.caption for f in article.figures] == ["Đại diện Sở Giáo dục và Đào tạo", "Đại biểu chụp ảnh lưu niệm"]


@pytest.mark.parametrize(
    "line",
    [
        # baothanhhoa.vn: a long position between the name and the act
        "Đại tá Nguyễn Văn Đông, Phó Chính ủy Ban Chỉ huy BĐBP tỉnh trao quà tặng các già làng, trưởng bản, "
        "người có uy tín, người bảo vệ đường biên, cột mốc.",
        # qdnd.vn: a programme's name in quotes is no speech
        'Các đơn vị tổ chức trao quà tặng đồng bào trong Chương trình "Xuân biên phòng ấm lòng dân bản".',
    ],
)
def test_long_or_quoting_act_captions(line: str) -> None:
    assert [f.caption for f in _between(line).figures] == [line]


def test_a_quoted_saying_is_no_caption() -> None:
    line = 'Ông Nguyễn Văn An trao quà và nhắn nhủ "các em hãy cố gắng học thật giỏi để xây dựng quê hương".'
    assert not _between(line).figures


def test_a_last_paragraph_closed_by_the_end_mark_is_no_caption() -> None:
    # dienbientv.vn: the report's end mark "./." cut to "./".
    line = (
        "Trên tinh thần đoàn kết, hữu nghị đặc biệt, tin cậy và hiểu biết lẫn nhau, Hội LHPN tỉnh Điện Biên và "
        "Hội LHPN 3 tỉnh Bắc Lào đã tiến hành ký kết biên bản ghi nhớ giai đoạn 2024 - 2026./"
    )
    article = dnnd.parse(f"Hội đàm giữa Hội LHPN tỉnh Điện Biên với Hội LHPN 3 tỉnh Bắc Lào\n\n{_BEFORE}\n\n{line}\n")
    assert not article.figures
    assert article.body[-1] == line


def test_the_next_photos_of_a_run_may_name_only_who_they_show() -> None:
    # baoangiang.com.vn: a scene's caption, then two photos captioned by the delegations they show.
    page = (
        "Đoàn đại biểu tỉnh Kandal thăm, chúc Tết tỉnh An Giang\n\n"
        f"{_BEFORE}\n\n"
        "Quang cảnh đón tiếp đoàn đại biểu tỉnh Kandal thăm, chúc Tết tỉnh An Giang\n\n"
        "Các đại biểu tỉnh Kandal\n\n"
        "Các đại biểu tỉnh An Giang\n\n"
        f"{_AFTER}\n"
    )
    captions = [f.caption for f in dnnd.parse(page).figures]
    assert captions[1:] == ["Các đại biểu tỉnh Kandal", "Các đại biểu tỉnh An Giang"]


def test_a_heading_after_a_paragraph_is_no_group_caption() -> None:
    # Only after a photo's caption does a line naming people stand for the next photo.
    assert not _between("Các đại biểu tỉnh Kandal").figures


def test_a_caption_glued_to_the_paragraph_under_it() -> None:
    # haiphong.gov.vn: the CMS drops the break after a figcaption: its full stop meets the next capital.
    caption = "Lãnh đạo thành phố Hải Phòng và Đoàn đại biểu Trung Quốc."
    following = (
        "Đồng chí Hà Vĩ gửi lời chúc mừng nhân dịp kỷ niệm 70 năm Ngày giải phóng Hải Phòng "
        "và chúc thành phố phát triển."
    )
    article = _between(caption + following)
    assert [f.caption for f in article.figures] == [caption]
    assert following in article.body


@pytest.mark.parametrize(
    "line",
    [
        # hoigiaoluuvanhoavietnhat.vn: two sentences of prose typed with no space between them
        "Liên hiệp các tổ chức hữu nghị Việt Nam đã long trọng tổ chức buổi gặp mặt hữu nghị.Nhiều đoàn khách từ "
        "Nhật Bản sang dự buổi gặp mặt cùng nhiều vị lãnh đạo cao cấp của Việt Nam.",
        # baolangson.vn: a first sentence with a date glued to the next
        "Hội tổ chức Đại hội đại biểu toàn quốc lần thứ II, nhiệm kỳ 2012-2017.Tới dự có Phó Chủ tịch Thường trực "
        "Liên hiệp các tổ chức hữu nghị Việt Nam cùng đông đảo hội viên của Hội.",
    ],
)
def test_prose_typed_without_a_space_is_no_glued_caption(line: str) -> None:
    article = _between(line)
    assert not article.figures
    assert line in article.body


def test_a_reception_is_a_visible_act() -> None:
    # hdndtuyenquang.gov.vn: the photo of a reception, captioned in one sentence between paragraphs.
    line = "Chủ tịch UBND tỉnh Nguyễn Văn Sơn tiếp Đại sứ Lào."
    assert [f.caption for f in _between(line).figures] == [line]


def test_going_on_is_no_reception() -> None:
    line = "Chủ tịch UBND tỉnh Nguyễn Văn Sơn tiếp tục chỉ đạo các sở, ngành hỗ trợ nhân dân."
    assert not _between(line).figures


def test_a_run_of_photos_announced_by_duoi_day_la_nhung_hinh_anh() -> None:
    # tracuuquyhoach.com: "Dưới đây là những hình ảnh ...:" announces the photos under it.
    page = (
        "Một số hình ảnh phiên khai mạc Đại hội\n\n"
        f"{_BEFORE}\n\n"
        "Dưới đây là những hình ảnh đầu tiên trước giờ khai mạc Đại hội:\n\n"
        "Các đại biểu dự Đại hội.\n\n"
        "Không gian trưng bày giới thiệu tranh dân gian Đông Hồ.\n"
    )
    captions = [f.caption for f in dnnd.parse(page).figures]
    assert captions == ["Các đại biểu dự Đại hội.", "Không gian trưng bày giới thiệu tranh dân gian Đông Hồ."]


@pytest.mark.parametrize(
    "line",
    [
        "Video không hợp lệ",  # hdndtuyenquang.gov.vn: an embedded player that failed
        "Your browser does not support the video tag.",  # the HTML5 player's fallback text
        "Giọng nữ",  # a read-aloud widget's voice buttons
    ],
)
def test_player_lines_are_furniture(line: str) -> None:
    article = _between(line)
    assert line not in article.body
    assert not article.figures


def test_one_caption_sentence_printed_twice_is_one_figure() -> None:
    # vinhphuctv.vn, baodanang.vn: the photo's alt text, then the same sentence as its caption.
    for line in (
        "Chủ tịch UBND tỉnh Nguyễn Ngọc Phi tặng quà lưu niệm cho Đại sứ Nhật Bản.",
        "Lễ ký kết hợp tác giữa UBND thành phố Đà Nẵng và chính quyền thành phố Sakai (Nhật Bản).",
    ):
        article = _between(f"{line}\n{line}")
        assert [f.caption for f in article.figures] == [line]
        assert line not in article.body


def test_a_dated_report_sentence_printed_twice_stays_text() -> None:
    # nhandan.vn: a sentence saying when is the report's text, printed twice by the CMS.
    line = (
        "Tối 19/10, Đại sứ quán Việt Nam tại Pháp tổ chức buổi gặp mặt kiều bào nhân dịp chiếu phim tư liệu "
        "về lịch sử hình thành tòa nhà Đại sứ quán."
    )
    article = _between(f"{line}\n\n{line}")
    assert not article.figures


def test_a_photo_number_over_its_caption() -> None:
    # dienbientv.vn: the gallery's "1" printed right over the photo's caption.
    caption = "Hội LHPN tỉnh Điện Biên và Hội LHPN 3 tỉnh Bắc Lào ký kết biên bản ghi nhớ giai đoạn 2024 - 2026."
    article = _between(f"1\n{caption}")
    assert [f.caption for f in article.figures] == [caption]
    assert "1" not in article.body


def test_a_counter_over_a_paragraph_is_no_photo_number() -> None:
    line = "Hội sẽ tiếp tục tổ chức các hoạt động giao lưu hữu nghị giữa nhân dân hai nước trong năm tới."
    article = _between(f"1\n\n{line}")
    assert not article.figures
    assert line in article.body


def test_a_ceremony_caption_with_no_full_stop() -> None:
    # scov.gov.vn, baodanang.vn: "Lễ" and the act the photo shows, between paragraphs.
    line = "Lễ cắt băng khai trương trụ sở Hội người Việt Nam tại Thái Lan"
    assert [f.caption for f in _between(line).figures] == [line]


def test_a_report_s_last_sentence_printed_twice_stays_text() -> None:
    article = _between(_AFTER)  # the page closes on the same paragraph twice
    assert not article.figures


def test_the_last_photo_s_caption_printed_twice_is_one_figure() -> None:
    # hoihuunghivietnga.vn: the article closes on a photo, its alt text and caption the same sentence.
    line = "Ông Trần Đình Long (thứ hai từ trái sang) và ông Trịnh Quốc Khánh (thứ hai từ phải sang) với các đại biểu."
    article = dnnd.parse(f"Hội Hữu nghị tổ chức đại hội lần thứ II\n\n{_BEFORE}\n\n{_AFTER}\n\n{line}\n\n{line}\n")
    assert [f.caption for f in article.figures] == [line]


@pytest.mark.parametrize(
    "line",
    [
        # The act alone, who does it left out, closed by a full stop (sggp.org.vn, tienphong.vn).
        "Trao quà cho các hộ khó khăn.",
        "Tặng học bổng cho các em học sinh nghèo.",
    ],
)
def test_an_act_with_its_subject_left_out_is_a_caption(line: str) -> None:
    article = _between(line)
    assert [f.caption for f in article.figures] == [line]
    assert article.body == (_BEFORE, _AFTER)


@pytest.mark.parametrize(
    "line",
    [
        # A report's sentence opening with its act still says when, how much or what was done before.
        "Trao 200 suất quà cho các hộ khó khăn.",
        "Trao quà xong, đoàn đã đến thăm trường học.",
        # A heading opening with an act has no full stop, and names no visible act here.
        "Trao quyền cho phụ nữ vùng cao",
    ],
)
def test_a_sentence_opening_with_an_act_but_reporting_is_no_caption(line: str) -> None:
    article = _between(line)
    assert article.figures == ()
    assert line in article.body


def test_a_run_of_photos_captioned_by_acts_alone() -> None:
    # vov.vn: three photos in a row, each captioned by the act it shows, no full stops.
    run = (
        "Trao quà tặng Nhân dân nước bạn Lào",
        "Thăm khám bệnh cho người dân tại cụm bản ở nước bạn Lào",
        "Tặng bà con bản Lẳng Khăng công cụ sản xuất",
    )
    article = dnnd.parse(
        f"Hội Hữu nghị tổ chức đại hội lần thứ II\n\n{_BEFORE}\n\n" + "\n\n".join(run) + f"\n\n{_AFTER}\n"
    )
    assert [f.caption for f in article.figures] == list(run)
    assert article.body == (_BEFORE, _AFTER)


@pytest.mark.parametrize(
    "line",
    [
        # A digit written for "hai" before who is shown is no report's figure (vtcnews.vn, angiang.gov.vn).
        "Lãnh đạo 2 đơn vị trao biên bản ký kết.",
        "Đại biểu 02 bên chụp ảnh lưu niệm.",
    ],
)
def test_a_small_count_of_who_is_shown_keeps_a_caption(line: str) -> None:
    article = _between(line)
    assert [f.caption for f in article.figures] == [line]


def test_a_date_in_a_short_act_sentence_is_a_report() -> None:
    line = "Lãnh đạo tỉnh trao quà vào ngày 2 tháng 3 cho các em học sinh."
    assert _between(line).figures == ()


def test_an_item_of_an_announced_list_is_no_caption() -> None:
    # vtcnews.vn: the items under "..., bao gồm:" are the article's, even when one opens with an act.
    lead = "Ngoài ra, hai bên cũng thống nhất các lĩnh vực hợp tác quan trọng khác, bao gồm:"
    item = "Trao học bổng cho sinh viên hai trường."
    text = f"Hội Hữu nghị tổ chức đại hội lần thứ II\n\n{_BEFORE}\n\n{lead}\n\n{item}\n\n{_AFTER}\n"
    article = dnnd.parse(text)
    assert article.figures == ()
    assert item in article.body


def test_a_scene_caption_on_top_of_a_cut_page_is_no_headline() -> None:
    # nguoixunghekiev (a community site): the cut page opens on the photo's caption "Quang cảnh Đại hội".
    lead = (
        "Tham dự Đại hội có ông Nguyễn Thanh Tuấn, Đại sứ Việt Nam tại Hungary cùng hơn 200 đại biểu "
        "đại diện cho 18 Hội, Câu lạc bộ thành viên và Chi hội địa phương của Hiệp hội."
    )
    article = dnnd.parse(f"Quang cảnh Đại hội\n{lead}\n{_AFTER}\n")
    assert article.title is None
    assert [f.caption for f in article.figures] == ["Quang cảnh Đại hội"]
    assert article.body[0] == lead


_ALT_PAGE = (
    "Kỷ niệm 10 năm kết nghĩa giữa thành phố Hội An và Szentendre\n\n17/07/2024 | 14:00\n\n"
    "Đoàn đại biểu thành phố Szentendre, Hungary sẽ có chuyến thăm và làm việc, tham gia nhiều hoạt động giao lưu "
    "ý nghĩa tại TP Hội An đánh dấu sự kiện 10 năm kết nghĩa giữa hai thành phố.\n\n"
    "Kỷ niệm 10 năm kết nghĩa giữa thành phố Hội An và Szentendre - Ảnh 1.\n\n"
    "{under}\n\n"
    "Nhân sự kiện đặc biệt này, đoàn đại biểu thành phố Szentendre do ông Fülöp Zsolt Attila - Thị trưởng thành phố "
    "dẫn đầu sẽ có chuyến thăm và làm việc tại Hội An.\n"
)


@pytest.mark.parametrize(
    "caption",
    [
        "TP Hội An tổ chức sự kiện chào mừng 10 năm kết nghĩa với TP Szentendre.",
        # sggp.org.vn: the caption closed by its credit
        "Học sinh Phú Yên vui hội trăng rằm với tiết mục múa lân. Ảnh: VIỆT HÀ",
    ],
)
def test_the_line_under_a_photos_alt_text_is_its_caption(caption: str) -> None:
    # bvhttdl.gov.vn (the government portals' CMS): "<headline> - Ảnh 1." stands for the photo, its caption under it.
    article = dnnd.parse(_ALT_PAGE.format(under=caption))
    assert [f.caption for f in article.figures] == [caption]
    assert not any("Ảnh 1" in p for p in article.body)


def test_a_photos_alt_text_over_prose_captions_the_photo() -> None:
    # baomoi.com: the alt text alone, then the report's prose: the alt text is all the photo has.
    prose = (
        "Chào mừng kỷ niệm 10 năm thiết lập quan hệ hữu nghị giữa thành phố Hội An, Việt Nam và Szentendre, Hungary "
        "(2014 - 2024), từ ngày 16-26/7, thành phố Hội An sẽ tổ chức các hoạt động giao lưu. Hai bên sẽ cùng nhau "
        "nhìn lại chặng đường hợp tác đã qua."
    )
    article = dnnd.parse(_ALT_PAGE.format(under=prose))
    assert [f.caption for f in article.figures] == [
        "Kỷ niệm 10 năm kết nghĩa giữa thành phố Hội An và Szentendre - Ảnh 1."
    ]
    assert prose in article.body


@pytest.mark.parametrize(
    "line",
    [
        # vnembassy-jp (the embassy's site): who an award ceremony honours, then the award they hold.
        "Các hội đoàn được nhận giấy khen của Đại sứ Đặc mệnh Toàn Quyền Vũ Hồng Nam",
        "Các cá nhân được nhận bằng khen của Đại sứ Đặc mệnh Vũ Hồng Nam",
        # huefo (Huế's friendship union): a speaker presenting to the delegation, one sentence.
        "Bà Huỳnh Thị Anh Vân, Giám đốc Bảo tàng Cổ vật Cung đình Huế trình bày cho đoàn về lịch sử và văn hóa Huế.",
    ],
)
def test_award_holders_and_presenters_are_captions(line: str) -> None:
    article = _between(line)
    assert [f.caption for f in article.figures] == [line]
    assert line not in article.body


def test_the_line_under_the_headline_repeated_as_alt_text_is_its_caption() -> None:
    # hanoidep.vn: the photo's alt text repeats the headline, its caption under it.
    title = "Ông Đỗ Đình Hồng làm Chủ tịch Hội Hữu nghị Việt Nam – Trung Quốc thành phố Hà Nội"
    caption = (
        "Ông Đỗ Đình Hồng – Thành ủy viên, Giám đốc Sở Văn hóa và Thể thao Hà Nội, làm Chủ tịch Hội Hữu nghị "
        "Việt Nam – Trung Quốc thành phố Hà Nội nhiệm kỳ 2022-2027."
    )
    page = f"{title}\n\n{_BEFORE}\n\n{title}\n{caption}\n\n{_AFTER}\n"
    article = dnnd.parse(page)
    assert [f.caption for f in article.figures] == [caption]
    assert article.body == (_BEFORE, _AFTER)


def test_the_members_of_a_list_are_no_portraits() -> None:
    text = (
        "Hội Hữu nghị tổ chức đại hội lần thứ II\n\n" + _BEFORE + "\n\nBan Thường vụ Hội gồm:\n\n"
        "Ông Nguyễn Văn An, Chủ tịch Hội.\n\nBà Lê Thị Hoa, Phó Chủ tịch Hội.\n\n" + _AFTER + "\n"
    )
    assert dnnd.parse(text).figures == ()


def test_a_report_sentence_with_its_time_printed_twice_stays_text() -> None:
    line = "Hội đã trao quà cho học sinh nghèo của xã."  # "đã" places it in the story's time: the text twice
    assert not _between(f"{line}\n\n{line}").figures


def test_the_article_may_close_on_a_run_of_photos() -> None:
    # sggp.org.vn: the last photo's caption shows an act under the caption of the photo before it.
    last = "Thủ tướng Nguyễn Xuân Phúc và Thủ tướng Lào Thongloun Sisoulith chứng kiến tại 2 đầu cầu truyền hình."
    text = (
        f"Hội Hữu nghị tổ chức đại hội lần thứ II\n\n{_BEFORE}\n\n{_AFTER}\n\n"
        f"Thủ tướng Nguyễn Xuân Phúc tại đầu cầu Việt Nam. Ảnh: QUANG PHÚC\n{last}\n\nTin cùng chuyên mục\n\nBài khác"
    )
    assert [f.caption for f in dnnd.parse(text).figures][-1] == last


def test_a_numbered_ascii_alt_text_glued_to_its_caption() -> None:
    # dailo.vn (a Znews-style CMS): the headline's slug as alt text, the photo's number, then its caption.
    alt = "[Photo] Le tiep nhan buc tranh chan dung Chu tich Ho Chi Minh hinh anh 2"
    caption = "Quang cảnh buổi lễ tiếp nhận bức tranh."
    article = _between(f"{alt}{caption}")
    assert [f.caption for f in article.figures] == [caption]
    assert article.body == (_BEFORE, _AFTER)


def test_the_writer_and_photographer_credit_is_no_caption() -> None:
    # ueh.edu.vn: the office that wrote the report and took its photos, under the last photo's caption.
    text = (
        f"Hội Hữu nghị tổ chức đại hội lần thứ II\n\n{_BEFORE}\n\n{_AFTER}\n\nToàn cảnh buổi giao lưu\n\n"
        "Tin, ảnh: Phòng QLKH-HTQT và Phòng CTCT\n\nChia sẻ"
    )
    assert [f.caption for f in dnnd.parse(text).figures] == ["Toàn cảnh buổi giao lưu"]


def test_a_figure_in_a_short_act_sentence_is_still_a_report() -> None:
    # An ordinal names the event; an amount or a count past a few is what a report tells.
    article = _between("Lãnh đạo tỉnh trao 120 suất quà tại Đại hội lần thứ 7.")
    assert not article.figures


def test_words_about_a_photo_in_prose_are_no_caption() -> None:
    # "trong ảnh" without the colon of a caption's label is the writer's prose.
    article = _between("Trong ảnh, mọi người đều nở nụ cười tươi khi nhận quà của đoàn.")
    assert not article.figures


def test_a_source_supplying_figures_is_no_photo_credit() -> None:
    article = _between("Số liệu trên do Sở Lao động - Thương binh và Xã hội tỉnh cung cấp.")
    assert not article.figures


@pytest.mark.parametrize(
    "line",
    [
        # Who poses for the photo, with or without a full stop (sggp.org.vn, baodongkhoi.vn, hcmedu).
        "Các đại biểu chụp ảnh lưu niệm tại đại hội",
        "Đơn vị tài trợ chụp ảnh lưu niệm cùng gia đình.",
        "Đồng chí Nguyễn Văn Sơn, Chủ tịch UBND tỉnh chụp ảnh lưu niệm với Đoàn đại biểu Đại sứ quán Mông Cổ.",
    ],
)
def test_who_poses_for_the_photo_is_its_caption(line: str) -> None:
    article = _between(line)
    assert [f.caption for f in article.figures] == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Kết thúc buổi làm việc, hai bên chụp ảnh lưu niệm và trao quà lưu niệm cho nhau.",
        "Sau buổi lễ, các đại biểu đã chụp ảnh lưu niệm.",
    ],
)
def test_prose_telling_that_people_posed_is_no_caption(line: str) -> None:
    assert not _between(line).figures


def test_a_cut_page_opening_with_who_poses_has_no_headline() -> None:
    # sggp.org.vn: the page's text opens on the caption of the photo left on top.
    article = dnnd.parse(f"Các đại biểu chụp ảnh lưu niệm tại đại hội\n\n{_AFTER}\n\n{_BEFORE}\n")
    assert article.title is None
    assert [f.caption for f in article.figures] == ["Các đại biểu chụp ảnh lưu niệm tại đại hội"]


def test_the_headline_numbered_as_alt_text_stands_for_a_photo() -> None:
    # docbao.mobi, giadinh.suckhoedoisong.vn: "<headline> 1" over each photo's caption.
    title = "Chủ tịch Quốc hội dự Lễ trao Bằng Tổ quốc ghi công"
    captions = ["Chủ tịch Quốc hội với các đại biểu.", "Các em tân sinh viên nhận học bổng có ý nghĩa. Ảnh: Đ.H"]
    text = f"{title}\n\n{_BEFORE}\n\n{title} 1\n{captions[0]}\n\n{title} 3\n{captions[1]}\n\n{_AFTER}\n"
    article = dnnd.parse(text)
    assert [f.caption for f in article.figures] == captions
    assert article.body == (_BEFORE, _AFTER)


def test_the_headline_repeated_as_alt_text_over_a_caption_with_no_full_stop() -> None:
    # quanba.hagiang.gov.vn, xaluan.com: the photo's alt text repeats the headline, its caption (no full stop,
    # shaped as a headline) right under it: one photo, not a list of two other articles.
    title = "Hội đàm giữa đoàn đại biểu HĐND huyện Quản Bạ với huyện Malypho (Trung Quốc)"
    caption = "Hai huyện thực hiện ký kết biên bản Hội đàm thành công tốt đẹp"
    article = dnnd.parse(f"{title}\n\n{_BEFORE}\n\n{title}\n{caption}\n\n{_AFTER}\n")
    assert [f.caption for f in article.figures] == [caption]
    assert article.body == (_BEFORE, _AFTER)


def test_the_headline_repeated_over_another_headline_is_a_related_list() -> None:
    title = "Hội đàm giữa đoàn đại biểu HĐND huyện Quản Bạ với huyện Malypho (Trung Quốc)"
    other = "Tăng cường hợp tác giữa hai tỉnh biên giới"  # no act shown: another article's headline
    article = dnnd.parse(f"{title}\n\n{_BEFORE}\n\n{title}\n{other}\n\n{_AFTER}\n")
    assert article.figures == ()


def test_a_photo_s_file_name_as_alt_text_over_its_caption() -> None:
    # sucmanhcongdong (a WordPress blog): the photo's file name, its extension dropped, then its caption.
    page = f"Đại hội bầu Ban chấp hành Hội Ái hữu\n\n{_BEFORE}\n\ntayson2016 chutoadoan\nChủ Tọa Đoàn\n\n{_AFTER}\n"
    article = dnnd.parse(page)
    assert [f.caption for f in article.figures] == ["Chủ Tọa Đoàn"]
    assert article.body == (_BEFORE, _AFTER)


def test_a_photo_s_file_name_alone_is_no_text_and_captions_nothing() -> None:
    article = dnnd.parse(f"Đại hội bầu Ban chấp hành Hội Ái hữu\n\n{_BEFORE}\n\ntayson2016 daihoi\n\n{_AFTER}\n")
    assert article.body == (_BEFORE, _AFTER)
    assert all(f.caption != _AFTER for f in article.figures)


@pytest.mark.parametrize("line", ["G20", "COVID-19", "ASEAN 2020", "Hà Nội 2024"])
def test_a_short_name_with_a_number_is_no_file_name(line: str) -> None:
    assert not is_file_stem(line)


@pytest.mark.parametrize(
    "line",
    [
        # giaoduc.edu.vn
        "Ông Kim – Chủ tịch Rotary Việt Nam giới thiệu về hoạt động của Rotary tại buổi ra mắt Rotary Club Saigon "
        "ngày 15-1.",
        # baophapluat.vn
        "Tổng thống Ukraine Voldymyr Zelenskiy phát biểu tại Hội nghị An ninh Munich hôm 19/2/2022.",
    ],
)
def test_an_act_caption_closing_on_the_photo_s_day(line: str) -> None:
    assert [f.caption for f in _between(line).figures] == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Đoàn công tác của tỉnh thăm và làm việc tại thủ đô Viêng Chăn từ ngày 15-1.",
        "Chủ tịch UBND tỉnh tiếp Đại sứ Lào tại trụ sở vào ngày 15/1.",
        "Ngày 15-1, Chủ tịch UBND tỉnh tiếp Đại sứ Lào tại trụ sở.",
    ],
)
def test_a_report_s_day_or_span_is_no_photo_s_day(line: str) -> None:
    assert not _between(line).figures


@pytest.mark.parametrize(
    "line",
    [
        # qtttc.edu.vn
        "Các đại biểu và sinh viên Lào tại buổi lễ",
        # thanhpho.tuyenquang.gov.vn
        "Đồng chí Chủ tịch Ủy ban Trung ương MTTQ Việt Nam Đỗ Văn Chiến và đồng chí Bí thư Tỉnh ủy Chẩu Văn Lâm "
        "tại buổi làm việc",
        # dientuungdung.vn
        "Ông Noriaki Koyama - Tổng Giám đốc Điều hành cấp cao của Tập đoàn Fast Retailing, kiêm Tổng thư ký cấp cao "
        "Quỹ Fast Retailing, chia sẻ tại buổi lễ.",
    ],
)
def test_who_is_shown_at_the_occasion_is_a_caption(line: str) -> None:
    assert [f.caption for f in _between(line).figures] == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Đại sứ Việt Nam tại Lào",  # a post: "tại" a country, no occasion
        "Các đại biểu tại hội nghị thống nhất thông qua nghị quyết của Hội.",  # the verb after the occasion
        "Đại sứ Nguyễn Văn An đã có mặt tại buổi lễ.",  # the story's time
    ],
)
def test_a_sentence_about_an_occasion_is_no_attendance_caption(line: str) -> None:
    assert not _between(line).figures


def test_what_a_speaker_said_at_the_occasion_is_no_caption() -> None:
    assert not _between("Ông Nguyễn Văn An cho biết tại buổi lễ Hội sẽ trao thêm học bổng cho các em.").figures


def test_a_sentence_under_the_headline_credited_on_the_next_line_is_a_caption() -> None:
    # danvan.vn: the first photo's caption, its credit on the line under it, then the lead.
    caption = "Đại sứ Việt Nam tại Canada Nguyễn Đức Hòa phát biểu tại buổi gặp mặt bà con Việt kiều."
    lead = (
        "Đại sứ Việt Nam tại Canada Nguyễn Đức Hòa cảm ơn tình cảm của bà con đối với quê hương, đánh giá cao "
        "những đóng góp to lớn của bà con đối với sự phát triển đất nước."
    )
    page = f"Cộng đồng người Việt Nam ở nước ngoài mừng Xuân Kỷ Hợi\n\n{caption}\n(Ảnh: Quang Thịnh/TTXVN)\n\n{lead}\n"
    article = dnnd.parse(page)
    assert [f.caption for f in article.figures] == [f"{caption} (Ảnh: Quang Thịnh/TTXVN)"]
    assert article.body == (lead,)


def test_a_dated_lead_over_a_credit_stays_the_lead() -> None:
    lead = "Ngày 25/1, Đại sứ quán Việt Nam tại Mông Cổ đã tổ chức Tết Cộng đồng nhân dịp Xuân Đinh Dậu 2017."
    article = dnnd.parse(f"Tết cộng đồng tại Mông Cổ\n\n{lead}\nẢnh: TTXVN\n\n{_AFTER}\n")
    assert lead in article.body


@pytest.mark.parametrize(
    "line",
    [
        # baonghean.vn: who presides, a long post between the name and the scene
        "Đồng chí Nguyễn Văn Thông - Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh "
        "Nghệ An chủ trì hội nghị.",
        # baomoi.com
        "Đồng chí Lê Bá Hùng - Ủy viên Ban Chấp hành Đảng bộ tỉnh, Trưởng ban Dân vận Tỉnh ủy tham dự hội nghị.",
    ],
)
def test_a_long_caption_closing_on_its_scene(line: str) -> None:
    assert [f.caption for f in _between(line).figures] == [line]


def test_a_caption_over_prose_the_scrape_cut_mid_sentence() -> None:
    # dongnai.gov.vn: the page stops inside the paragraph under the photo's caption.
    caption = (
        "Lãnh đạo Ban Chỉ huy Bộ đội Biên phòng tỉnh Đồng Nai ký kết và trao biên bản ghi nhớ hội đàm với Ty "
        "Công an các tỉnh Môn Đôn Ki Ri, Kra Chê và Tbong Khmum, Vương quốc Campuchia."
    )
    cut = (
        "Tại hội đàm, các đại biểu đã đánh giá toàn diện kết quả phối hợp trong công tác quản lý, bảo vệ biên "
        "giới giữa Bộ đội Biên phòng tỉnh Đồng Nai và Công an các tỉnh Môn Đô"
    )
    article = dnnd.parse(f"Củng cố hợp tác bảo vệ an ninh biên giới\n\n{_BEFORE}\n{caption}\n{cut}\n")
    assert [f.caption for f in article.figures] == [caption]
    assert article.body == (_BEFORE, cut)


def test_a_short_last_line_is_no_cut_prose_under_a_caption() -> None:
    line = "Chủ tịch UBND tỉnh tặng Đại sứ bức tranh danh thắng của tỉnh."
    article = dnnd.parse(f"Hội Hữu nghị tổ chức đại hội\n\n{_BEFORE}\n{line}\nHai bên trao đổi\n")
    assert not article.figures


def test_a_caption_over_a_clause_the_scrape_cut_is_no_run_of_headlines() -> None:
    # bacninhtv.vn: the page stops a few words into the paragraph under the photo's caption.
    caption = "Chủ tịch UBND tỉnh Nguyễn Hương Giang phát biểu tại Đại hội"
    cut = "Phát biểu tại Đại hội, Chủ tịch UBND tỉnh Nguyễn Hươ"
    article = dnnd.parse(f"Đại hội Hội hữu nghị Việt Nam - Nhật Bản tỉnh\n\n{_BEFORE}\n\n{caption}\n{cut}\n")
    assert [f.caption for f in article.figures] == [caption]
    assert article.body == (_BEFORE, cut)


def test_a_caption_with_its_credit_on_the_next_line_is_one_caption() -> None:
    # danvan.vn: "(Ảnh: ...)" printed on the line under the caption.
    caption = "Đại sứ Việt Nam tại Canada Nguyễn Đức Hòa phát biểu tại buổi gặp mặt bà con Việt kiều."
    article = dnnd.parse(f"Mừng Xuân Kỷ Hợi\n\n{_BEFORE}\n\n{caption}\n(Ảnh: Quang Thịnh/TTXVN)\n\n{_AFTER}\n")
    assert [f.caption for f in article.figures] == [f"{caption} (Ảnh: Quang Thịnh/TTXVN)"]
    assert article.body == (_BEFORE, _AFTER)


def test_a_caption_in_a_table_cell_printed_over_three_lines() -> None:
    # tinhuyquangtri.vn: the cut page opens with the photo table's caption cell, "|" on the lines around it.
    caption = "Trao hoc bổng cho học sinh có hoàn cảnh khó khăn tại huyện Đakrông"
    article = dnnd.parse(f"|\n{caption}\n|\n{_BEFORE}\n{_AFTER}\n")
    assert article.title is None
    assert [f.caption for f in article.figures] == [caption]
    assert article.body == (_BEFORE, _AFTER)


def test_prose_between_table_bars_stays_text() -> None:
    prose = f"{_BEFORE} {_AFTER}"  # two sentences: no caption
    article = dnnd.parse(f"Hội Hữu nghị tổ chức đại hội\n\n|\n{prose}\n|\n")
    assert article.body == (prose,)


def test_the_headline_again_in_capitals_over_two_lines_is_no_text_and_no_run_of_headlines() -> None:
    # hoitruongson.vn: the headline as a banner in capitals, broken in two, then the photo's caption.
    title = "Hội Trường Sơn tỉnh Thái Nguyên tặng quà Tết Bính Ngọ cho lưu học sinh Lào"
    caption = "Đồng chí Nguyễn Mạnh Thắng, Phó chủ tịch Thường trực Hội Trường Sơn tỉnh tặng quà cho các em học sinh"
    page = (
        f"{title}\nHỘI TRƯỜNG SƠN TỈNH THÁI NGUYÊN\nTẶNG QUÀ TẾT BÍNH NGỌ CHO LƯU HỌC SINH LÀO\n{caption}\n"
        f"{_BEFORE}\n{_AFTER}\n"
    )
    article = dnnd.parse(page)
    assert article.title == title
    assert [f.caption for f in article.figures] == [caption]
    assert article.body == (_BEFORE, _AFTER)


def test_an_editor_s_alt_text_in_lower_case_over_the_caption_is_no_text() -> None:
    # phuyen.gov.vn: "toa đàm 1" (the photo's alt text), then its caption.
    caption = "Các hội viên Hội hữu nghị Việt - Nga tỉnh Phú Yên chụp hình lưu niệm với các đại biểu tại buổi gặp mặt"
    article = dnnd.parse(f"Hội hữu nghị Việt - Nga gặp mặt\n\n{_BEFORE}\ntoa đàm 1\n{caption}\n{_AFTER}\n")
    assert [f.caption for f in article.figures] == [caption]
    assert article.body == (_BEFORE, _AFTER)


def test_caption_cells_closed_by_their_own_bar_keep_no_bar() -> None:
    # truyenhinhnghean.vn: a photo story, each caption cell opened by a lone "|" and closed on its line.
    first = "Các tổ đội công tác tham gia cùng nhân dân địa phương tham gia các hoạt động vui Tết đón Xuân."
    page = f"Bộ đội vui Tết cùng dân bản\n{_BEFORE}\n|\n{first} |\n|\nThi đấu bóng chuyền. |\n{_AFTER}\n"
    assert [f.caption for f in dnnd.parse(page).figures] == [first, "Thi đấu bóng chuyền."]


@pytest.mark.parametrize(
    "line",
    [
        "Bộ trưởng Lê Hoài Trung tặng hoa chúc mừng Đại sứ Marc Knapper.",  # amp.cand.com.vn
        # childfund.org.vn
        "Bà Nguyễn Thị Bích Liên, thay mặt ChildFund Việt Nam nhận bằng khen của Liên hiệp các Tổ chức hữu nghị.",
    ],
)
def test_the_last_line_of_a_cut_page_closed_as_an_act_caption_is_one(line: str) -> None:
    article = dnnd.parse(f"Hội Hữu nghị tổ chức đại hội\n\n{_BEFORE}\n\n{_AFTER}\n\n{line}\n")
    assert [f.caption for f in article.figures] == [line]


@pytest.mark.parametrize(
    "line",
    [
        # plo.vn: an opinion, no photo
        "Chủ tịch UBND TP cho rằng việc ký kết bản ghi nhớ với tỉnh Sơn Đông là cơ hội tăng cường hợp tác.",
        "Chủ tịch UBND tỉnh trao quà cho các hộ nghèo",  # no full stop: it may be a sentence the scrape cut
    ],
)
def test_a_last_line_that_is_no_closed_act_caption_stays_text(line: str) -> None:
    article = dnnd.parse(f"Hội Hữu nghị tổ chức đại hội\n\n{_BEFORE}\n\n{_AFTER}\n\n{line}\n")
    assert not article.figures


def test_credited_captions_printed_twice_are_no_run_of_headlines() -> None:
    # vietnamplus.vn: each photo's caption printed twice (alt text and figcaption), credit and all.
    first = "Chủ nhiệm Văn phòng Chủ tịch nước đón Toàn quyền Australia tại Sân bay Nội Bài. (Ảnh: An Đăng/TTXVN)"
    second = "Lễ đón Toàn quyền Australia David Hurley tại Sân bay quốc tế Nội Bài. (Ảnh: An Đăng/TTXVN)"
    page = f"Toàn quyền Australia thăm Việt Nam\n\n{_BEFORE}\n{first}\n{first}\n{second}\n{second}\n{_AFTER}\n"
    article = dnnd.parse(page)
    assert {f.caption for f in article.figures} == {first, second}
    assert article.body == (_BEFORE, _AFTER)


def test_headlines_in_a_row_stay_a_related_list_beside_a_credited_caption() -> None:
    caption = "Các đại biểu dự đại hội. (Ảnh: Tuấn Việt)"
    related = ["Tỉnh Lào Cai tiếp đoàn công tác tỉnh Vân Nam", "Hội hữu nghị Việt - Lào tỉnh tổng kết năm 2023"]
    page = f"Hội Hữu nghị tổ chức đại hội\n\n{_BEFORE}\n{caption}\n{related[0]}\n{related[1]}\n\n{_AFTER}\n"
    article = dnnd.parse(page)
    assert [f.caption for f in article.figures] == [caption]
    assert article.body == (_BEFORE, _AFTER)


def test_a_credit_under_the_caption_of_an_image_file_joins_that_caption() -> None:
    # tienphong.vn: the image's file name, its caption, the credit on the next line.
    caption = "Bộ trưởng Lê Hoài Trung trao tặng Huân chương Hữu nghị cho Đại sứ Marc Knapper."
    article = dnnd.parse(f"Trao Huân chương Hữu nghị\n\n{_BEFORE}\nimg-1879.jpg\n{caption}\nẢnh: Mofa\n\n{_AFTER}\n")
    assert [(f.src, f.caption) for f in article.figures] == [("img-1879.jpg", f"{caption} Ảnh: Mofa")]
    assert article.body == (_BEFORE, _AFTER)


def test_act_captions_in_a_row_between_paragraphs_are_no_list_of_headlines() -> None:
    # mku.edu.vn: two photos of one visit, their captions on consecutive lines, no full stop.
    captions = [
        "Tiến sĩ Nguyễn Thanh Dũng thăm hỏi và chúc Tết Tổng lãnh sự nước CHDCND Lào",
        "Tiến sĩ Nguyễn Thanh Dũng thăm hỏi và chúc Tết Tổng lãnh sự Vương quốc Campuchia",
    ]
    article = dnnd.parse("\n".join(["Trường Đại học Cửu Long chúc Tết", "", _BEFORE, *captions, _AFTER]))
    assert [f.caption for f in article.figures] == captions
    assert article.body == (_BEFORE, _AFTER)


def test_headlines_in_a_row_between_paragraphs_stay_a_related_list() -> None:
    related = ["Phát huy vai trò của thanh niên trong hội nhập", "Hội nghị tổng kết công tác đối ngoại nhân dân"]
    article = dnnd.parse("\n".join(["Trường Đại học Cửu Long chúc Tết", "", _BEFORE, *related, _AFTER]))
    assert not article.figures
    assert article.body == (_BEFORE, _AFTER)


def test_an_image_file_with_prose_under_it_is_no_figure() -> None:
    # vnconsulate-osaka.org (a tuned dev page): the photos' file names between paragraphs, no caption;
    # only a file name with its caption line is a figure.
    page = f"Tổng lãnh sự gặp gỡ Hiệp hội người Việt\n\n{_BEFORE}\n\nimage_50423297.JPG\n\n{_AFTER}\n"
    article = dnnd.parse(page)
    assert not article.figures
    assert article.body == (_BEFORE, _AFTER)


def test_headlines_in_cells_with_their_opening_bar_lost_are_related_links() -> None:
    # 9us7.com, nbfhf.org (tuned dev pages): a table of links scraped as "Headline |" over the report; a
    # photo's caption cell keeps its credit or its full stop.
    links = ["Cụm dân cư kết nghĩa - mô hình cần nhân rộng |", "Cặp tỉnh kết nghĩa Việt - Lào: hiệu quả, sáng tạo |"]
    caption = "Kết nghĩa hữu nghị giữa thị trấn Si Ma Cai và trấn Seo Pả Chư. Ảnh: Báo Lào Cai"
    article = dnnd.parse("\n".join([*links, _BEFORE, f"{caption} |", _AFTER]))
    assert [f.caption for f in article.figures] == [caption]
    assert article.body == (_BEFORE, _AFTER)


def test_a_portal_s_unaccented_default_alt_text_stands_for_the_photo_over_its_caption() -> None:
    # sonla.gov.vn and its departments' portals print "anh tin bai" ("ảnh tin bài") where the image stood
    caption = "Đoàn công tác huyện Mường La thăm, làm việc tại huyện Mường La, tỉnh U Đôm Xay, nước CHDC Lào."
    article = dnnd.parse(f"Hội Hữu nghị tổ chức đại hội lần thứ II\n\n{_BEFORE}\nanh tin bai\n{caption}\n\n{_AFTER}\n")
    assert [(f.src, f.caption) for f in article.figures] == [(None, caption)]
    assert article.body == (_BEFORE, _AFTER)


def test_a_file_name_over_its_caption_is_no_run_of_headlines() -> None:
    # tamdamedia.eu: a video still's file name, the portrait's caption right under it, between paragraphs
    caption, still = "Chị Mai Thị Miến - Người Việt tại Séc", "DEMO DIEM TIN 24H.00_34_46_07.Still026.jpg"
    article = dnnd.parse(f"Hội Hữu nghị tổ chức đại hội\n\n{_BEFORE}\n\n{still}\n{caption}\n\n{_AFTER}\n")
    assert [(f.src, f.caption) for f in article.figures] == [(still, caption)]
    assert article.body == (_BEFORE, _AFTER)
