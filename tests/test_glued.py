"""Lines a scrape glued together at a page's head and foot, taken apart (:mod:`dnnd.parsers.glued`)."""

from __future__ import annotations

import pytest

import dnnd
from dnnd.parsers import lines as ln
from dnnd.parsers.glued import section_prefix, split_byline, split_headline, split_stamp, unglue_head
from dnnd.parsers.text import TextParser

HEADLINE = "Đồn Biên phòng Nậm Càn ký kết nghĩa với Đại đội Biên phòng 224 (Xiêng Khoảng, Lào)"
LEAD = (
    "Ngày 20/8, tại Đồn Biên phòng Nậm Càn diễn ra lễ ký kết nghĩa giữa hai đơn vị biên phòng của hai nước láng giềng."
)


@pytest.mark.parametrize(
    ("line", "label"),
    [("Xã hội " + HEADLINE, "Xã hội "), ("Quốc phòng - An ninh " + HEADLINE, "Quốc phòng - An ninh "),
     (HEADLINE, ""), ("Hội nghị thường niên " + HEADLINE, "")],
)  # fmt: skip
def test_section_prefix(line: str, label: str) -> None:
    assert line[: section_prefix(line)] == label


@pytest.mark.parametrize("dateline", ["", "ĐNO - ", "(VOV5) - ", "HÀ NỘI – "])
def test_split_headline_at_the_lead(dateline: str) -> None:
    assert split_headline(f"{HEADLINE} {dateline}{LEAD}") == (HEADLINE, (dateline + LEAD).strip())


# dfa.tuyenquang.gov.vn (tuned half, d188): the lead opens on the clause framing the news, no date first.
_FRAMED_HEADLINE = "CWS thực hiện khảo sát tài trợ dự án phòng, chống thiên tai tại Chiêm Hóa"
_FRAMED_LEAD = (
    "Được sự chấp thuận của UBND tỉnh Tuyên Quang, Từ ngày 16/5 đến 17/5/2017, Tổ chức CWS tại Việt Nam phối hợp với"
    " Văn phòng CWS tại Nhật Bản đã thực hiện khảo sát thực địa tại địa bàn huyện chiêm hóa."
)


@pytest.mark.parametrize(
    "frame",
    [
        "",
        # the other framing clauses that open the tuned half's leads (husta, azdulich, thachha, cand ...)
        "Nhận lời mời của Sở Ngoại vụ tỉnh, ",
        "Trong khuôn khổ chuyến thăm, ",
        "Với sự hỗ trợ của Hội Bảo trợ bệnh nhân nghèo, ",
    ],
)
def test_split_headline_at_a_lead_opening_on_its_framing_clause(frame: str) -> None:
    lead = frame + _FRAMED_LEAD if frame else _FRAMED_LEAD
    assert split_headline(f"{_FRAMED_HEADLINE} {lead}") == (_FRAMED_HEADLINE, lead)


def test_a_framing_word_in_lower_case_inside_a_headline_is_no_lead() -> None:
    # "thực hiện" inside the headline is its verb; only a capitalised frame opens a sentence
    assert split_headline(_FRAMED_HEADLINE) is None


@pytest.mark.parametrize(
    "line",
    [LEAD, "Hai bên đã ký kết. Ngày 20/8, tại Đồn Biên phòng Nậm Càn diễn ra lễ ký kết nghĩa giữa hai đơn vị.",
     "Tại buổi lễ Sáng 20/8 là tên một chương trình",
     # a name's last syllable before a dash and a post is no dateline in capitals (baolaichau.vn)
     "(BLC) - Trong 2 ngày (10 - 11/4), Đoàn công tác của tỉnh Lai Châu do đồng chí Giàng Páo Mỷ - Ủy viên Ban"
     " Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh làm trưởng đoàn đã đến thăm và làm việc với"
     " tỉnh U Đôm Xay (Lào), hai bên đã trao đổi nhiều nội dung hợp tác trong thời gian tới."],
)  # fmt: skip
def test_prose_is_not_split(line: str) -> None:
    assert split_headline(line) is None


def test_unglue_head_drops_prefix_and_label() -> None:
    lines = ["", " date 2025-10-31 Xã hội " + HEADLINE + " " + LEAD, "Đoạn hai."]
    assert unglue_head(lines, 1) == ["", HEADLINE, "", LEAD, "Đoạn hai."]


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Đại hội diễn ra vào ngày 30/7/2017 tại Hà Nội. N.H", ("Đại hội diễn ra vào ngày 30/7/2017 tại Hà Nội.", "N.H")),
     ("Hai bên cam kết tiếp tục hợp tác.T.L.", ("Hai bên cam kết tiếp tục hợp tác.", "T.L.")),
     ("Đại hội diễn ra tại Hà Nội năm 2017", None), ("Ông N.H", None),
     # a labelled credit glued after the last sentence (a Nghệ An report on Con Cuông: "... Bài và ảnh: TRÀ MY")
     ("Tiếng hát của các cô gái Thái cứ thế dặt dìu, gần gũi và chân tình. Bài và ảnh: TRÀ MY",
      ("Tiếng hát của các cô gái Thái cứ thế dặt dìu, gần gũi và chân tình.", "Bài và ảnh: TRÀ MY")),
     ("Ông nói đó là bài học quý. Bài học: kinh nghiệm từ cơ sở", None),
     # a writer's byline with no label glued after the last sentence, as a scrape joining the paragraphs prints
     # it (baomoi.com copies of provincial papers, VOV and TTXVN)
     ("Phấn đấu xây dựng Thanh Hóa thành tỉnh kiểu mẫu theo lời dạy của Người. Xuân Hùng",
      ("Phấn đấu xây dựng Thanh Hóa thành tỉnh kiểu mẫu theo lời dạy của Người.", "Xuân Hùng")),
     ("Dự án có vị trí, thiết kế đẹp, pháp lý minh bạch, môi trường sống tốt./. Xuân Thân/VOV.VN",
      ("Dự án có vị trí, thiết kế đẹp, pháp lý minh bạch, môi trường sống tốt./.", "Xuân Thân/VOV.VN")),
     ("Thông tư này có hiệu lực từ ngày 12-2-2017 đến ngày 1-7-2017. H.Vân",
      ("Thông tư này có hiệu lực từ ngày 12-2-2017 đến ngày 1-7-2017.", "H.Vân")),
     # the byline holds a stop of its own: the family name cut short ("... môi trường. N. Huyền")
     ("Các nhà khoa học cho rằng loài cây này không gây hại cho môi trường. N. Huyền",
      ("Các nhà khoa học cho rằng loài cây này không gây hại cho môi trường.", "N. Huyền")),
     ("Cơ quan chức năng đang điều tra làm rõ. Theo Lê Tùng (Dân Trí)",
      ("Cơ quan chức năng đang điều tra làm rõ.", "Theo Lê Tùng (Dân Trí)")),
     # what closes a text after its last sentence without naming a writer stays in the paragraph
     ("Các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này. UBND tỉnh", None),
     ("Ông cho biết hai bên sẽ ký kết thỏa thuận vào năm tới. Việt Nam", None),
     ("Cơ quan chức năng đang điều tra làm rõ. Theo VnExpress", None),
     ("Bài viết này sẽ được cập nhật trong thời gian tới. Theo Trí thức trẻ", None),
     ("Sau đó, hai bên thảo luận về hợp tác trong lĩnh vực y tế. WHO", None)],
)  # fmt: skip
def test_split_byline(line: str, expected: tuple[str, str] | None) -> None:
    assert split_byline(line) == expected


def test_text_parser_reads_a_glued_page() -> None:
    page = "\n".join(
        [" date 2022-04 Xã hội " + HEADLINE + " ĐNO - " + LEAD, "", "Toàn cảnh lễ ký kết.", "",
         "Hai bên thống nhất tăng cường phối hợp trong quản lý, bảo vệ biên giới. Việc này được thực hiện. N.H", "",
         "Trả lời", "Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *"]
    )  # fmt: skip
    article = TextParser().parse(dnnd.RawDocument(page))
    assert article.title == HEADLINE
    assert article.authors == ("N.H",)
    texts = [b.text for b in article.blocks if isinstance(b, dnnd.Paragraph)]
    assert texts[0] == LEAD
    assert texts[-1].endswith("Việc này được thực hiện.")
    assert [b.caption for b in article.blocks if isinstance(b, dnnd.Figure)] == ["Toàn cảnh lễ ký kết."]


@pytest.mark.parametrize(
    "line",
    ["• youtube", "- facebook", "Bản in | Quay lại | A+ A A- | Đọc bài viết", "44", "1.234",
     "KON TUM CO 15 DU AN PHI CHINH PHU TAI TRO VOI TONG VON TREN 2 TRIEU USD",
     "Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *",
     "Số lượt xem: 12", "(Lượt xem: 123)", "0 bình luận", "Bình luận (0)", "Gửi góp ý", "Báo lỗi", "A A A",
     "00:00", "Quảng cáo", "Tweet Share", "Theo dõi Báo Nhân Dân trên Google News", "Nhập nội dung bình luận"],
)  # fmt: skip
def test_new_furniture_shapes(line: str) -> None:
    assert ln.is_stray(line)


@pytest.mark.parametrize(
    "line",
    ["Thứ hai, ngày 28/10/2019 | 09:44 AM (GMT +7)", "KON TUM CÓ 15 DỰ ÁN PHI CHÍNH PHỦ TÀI TRỢ VỚI TỔNG VỐN",
     "Hội nghị tổng kết năm 2023 | Hội nghị sơ kết sáu tháng", "Email: lienhe@example.vn là địa chỉ liên hệ"],
)  # fmt: skip
def test_not_furniture(line: str) -> None:
    assert not ln.is_comment_form(line) and not ln.is_counter(line) and not ln.is_ascii_caps(line)
    assert not ln.joined_headlines(line) or (" | " in line and "Thứ" not in line)


@pytest.mark.parametrize(
    ("line", "caption"),
    [("Toàn cảnh hội nghị.", True), ("Quang cảnh lễ ký kết.", True),
     ("Phó Chủ tịch UBND tỉnh Nguyễn Văn Thi phát biểu khai mạc.", True),
     ("Các đại biểu chụp ảnh lưu niệm.", True), ("Toàn cảnh hội nghị", True),
     ("Hội nghị đã thông qua nghị quyết. Toàn cảnh hội nghị.", False),
     ("Cảnh sát giao thông đã lập biên bản.", False)],
)  # fmt: skip
def test_scene_caption(line: str, caption: bool) -> None:
    assert ln.is_scene_caption(line) is caption


def test_caption_cell_without_its_opening_bar() -> None:
    assert ln.caption_cell("Các đại biểu cắt băng khánh thành công trình. |") == (
        "Các đại biểu cắt băng khánh thành công trình."
    )
    assert ln.caption_cell("![]() |") is None
    assert ln.caption_cell("Bản in | Quay lại |") is None


@pytest.mark.parametrize(
    "line",
    ["Theo dõi tình hình trên Facebook, ông A cho biết hai bên đã ký kết.", "Bình luận về vấn đề này, ông A nói.",
     "12/6/2024", "Hủy bỏ các hợp đồng đã ký.", "Họ và tên các đại biểu được ghi trong danh sách."],
)  # fmt: skip
def test_prose_near_furniture_shapes_is_not_furniture(line: str) -> None:
    assert not ln.is_stray(line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Thứ Năm, 12/6/2024 10:00 " + HEADLINE, ("Thứ Năm, 12/6/2024 10:00", HEADLINE)),
     ("12/06/2024 " + HEADLINE, ("12/06/2024", HEADLINE)),
     ("Ngày 12/06/2024, Hội hữu nghị tổ chức lễ kỷ niệm", None),
     ("12/06/2024 10:00 Hai bên đã ký kết biên bản ghi nhớ.", None)],
)  # fmt: skip
def test_split_stamp_glued_before_the_headline(line: str, expected: tuple[str, str] | None) -> None:
    assert split_stamp(line) == expected


def test_section_label_without_a_space() -> None:
    line = "Thời sự" + HEADLINE
    assert line[section_prefix(line) :] == HEADLINE
    assert section_prefix("Hội nghịKỷ niệm 50 năm") == 0


LEAD2 = "Phát biểu tại buổi lễ, ông Nguyễn Văn A nhấn mạnh ý nghĩa của quan hệ hữu nghị giữa hai nước."


def test_bulleted_headlines_between_paragraphs_are_links() -> None:
    page = "\n\n".join(
        [HEADLINE, "12/06/2024 08:15", LEAD, "- Lào trao huân chương cho nhiều tập thể Việt Nam",
         "- Hội hữu nghị Việt - Lào tỉnh Nghệ An tổng kết năm", LEAD2, "Minh Anh"]
    )  # fmt: skip
    article = TextParser().parse(dnnd.RawDocument(page))
    assert [b.text for b in article.blocks if isinstance(b, dnnd.Paragraph)] == [LEAD, LEAD2]


LINEUP = ["- Chủ tịch: ông Trần Quốc Tuấn", "- Phó Chủ tịch: bà Nguyễn Thị Hoa", "- Tổng Thư ký: ông Lê Văn Bình"]


@pytest.mark.parametrize(
    ("intro", "items"),
    [("Đại hội đã bầu Ban Chấp hành khóa mới.", LINEUP),  # record-shaped items
     ("Ban Thường vụ Hội khóa III gồm:", ["- Ông Trần Quốc Tuấn", "- Bà Nguyễn Thị Hoa"]),  # announced list
     ("Đại hội đã bầu Ban Thường vụ.",
      ["- Ông Trần Quốc Tuấn, Chủ tịch Hội", "- Bà Nguyễn Thị Hoa, Phó Chủ tịch Hội"])],
)  # fmt: skip
def test_a_bulleted_lineup_is_body(intro: str, items: list[str]) -> None:
    page = "\n\n".join([HEADLINE, "12/06/2024 08:15", LEAD, intro, *items, LEAD2, "Minh Anh"])
    article = TextParser().parse(dnnd.RawDocument(page))
    body = "\n".join(b.text for b in article.blocks if isinstance(b, dnnd.Paragraph))
    assert all(ln.unbullet(item) in body for item in items)


@pytest.mark.parametrize(
    "line",
    ["- Hà Nội: Khai mạc lễ hội hoa anh đào năm 2024", "- Thủ tướng: Phải đẩy nhanh giải ngân vốn đầu tư công",
     "- Đại sứ Nguyễn Văn An - người bạn lớn của nhân dân Lào", "- Lào trao huân chương cho nhiều tập thể Việt Nam"],
)  # fmt: skip
def test_a_headline_is_no_lineup_item(line: str) -> None:
    assert not ln.is_lineup_item(line)


def test_one_bulleted_line_stays_text() -> None:
    page = "\n\n".join([HEADLINE, LEAD, "- Hai bên ký kết biên bản ghi nhớ về hợp tác", LEAD2])
    texts = [b.text for b in TextParser().parse(dnnd.RawDocument(page)).blocks if isinstance(b, dnnd.Paragraph)]
    assert len(texts) == 3


def test_stamp_under_the_foot_byline() -> None:
    page = "\n\n".join([HEADLINE, LEAD, LEAD2, "Minh Anh", "12/06/2024 08:15"])
    article = TextParser().parse(dnnd.RawDocument(page))
    assert article.authors == ("Minh Anh",)
    assert article.published is not None and article.published.isoformat().startswith("2024-06-12T08:15")
