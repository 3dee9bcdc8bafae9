"""Line classification, credits, and the generic text parser's rules."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

import dnnd
from dnnd.parsers import lines as ln
from dnnd.parsers.bylines import is_outlet_name, normalize_outlet, read_credits
from dnnd.parsers.text import TextParser, marker_sniff
from dnnd.testing.strategies import paragraph_texts, titles


@pytest.mark.parametrize(
    "line",
    ["Tin liên quan", "Tin Liên Quan", "Tin bài liên quan", "Các tin bài khác", "Đọc nhiều", "Có thể bạn quan tâm",
     "Tin cùng chuyên mục", "Xem thêm:", "Multimedia"],
)  # fmt: skip
def test_related_markers(line: str) -> None:
    assert ln.is_related_marker(line)


def test_related_marker_is_a_whole_line() -> None:
    assert not ln.is_related_marker("Tin liên quan đến hội nghị tổng kết năm 2025")
    assert ln.is_related_marker("Truyền hình", frozenset({"truyền hình"}))


@pytest.mark.parametrize(
    "line",
    ["aa", "fb yt zl tw", "In bài viết", "Xin chờ trong giây lát...", "Phiên bản di động",
     "[Video] Petr Tsvetov: Việt Nam ấm áp và thân thuộc", "[Infographic] Đại hội Thi đua yêu nước toàn quốc",
     "infographic quan he doi tac chien luoc viet nam lien minh chau au", "Trang chủ Chính trị - Xã hội",
     "Chào mừng bạn đã đến với Liên hiệp các tổ chức hữu nghị tỉnh",
     "Người đăng: Admin Ngày đăng: 15:14 | 24/01 Lượt xem: 311",
     # a label announcing an embed or a tag box, a newsletter box (tuoitre.vn), the original's link
     "Video:", "Clip:", "Thẻ:", "Tuổi Trẻ Online Newsletters", "Đọc bài viết gốc",
     # share icons' titles beside the font-size and contrast buttons (laichau.gov.vn, dev page d973)
     "A- A A+ | Chia sẻ bài viết lên facebook Chia sẻ bài viết lên twitter Chia sẻ bài viết lên google+ Tăng tương "
     "phản Giảm tương phản", "Chia sẻ qua Zalo",
     # an image's placeholder alt in bare ASCII (songoaivu.sonla.gov.vn, dev page d246)
     "anh tin bai"],
)  # fmt: skip
def test_stray_lines(line: str) -> None:
    assert ln.is_stray(line)


@pytest.mark.parametrize(
    "line",
    ["Quang cảnh hội nghị.", "Trang chủ của hội là nơi đăng tin tức mới nhất.", "Video clip được chia sẻ rộng rãi.",
     "Hội nghị tổng kết năm 2025", "Kết luận:", "Video: Lễ ký kết biên bản ghi nhớ giữa hai tỉnh",
     "Hội đã phát hành newsletter hằng tháng cho hội viên.", "Nhiều bạn trẻ chia sẻ lên facebook hình ảnh buổi lễ.",
     "video clip"],
)  # fmt: skip
def test_text_is_not_stray(line: str) -> None:
    assert not ln.is_stray(line)


@pytest.mark.parametrize(
    "line",
    # the visitor statistics, login box, poll and weather widgets of the district and commune portals' side columns
    ["Hôm nay: 1.234", "Tháng này: 45.678", "- Trực tuyến: 12", "Tên đăng nhập", "Mật khẩu", "Quên mật khẩu?",
     "Ghi nhớ đăng nhập", "Thăm dò ý kiến", "Xem kết quả", "Thư viện ảnh", "Dự báo thời tiết", "Trang chủ",
     # Blogger's post footer and pager, in English and in its Vietnamese locale (khangsydney.blogspot.com and
     # the overseas Vietnamese associations' blogs), WordPress's category line
     "Labels: Cộng đồng, Tin tức", "Nhãn: Cộng đồng người Việt", "Newer Post Older Post Home",
     "Bài đăng Mới hơn Bài đăng Cũ hơn Trang chủ", "Không có nhận xét nào:", "Đăng Nhận xét",
     "Đăng ký: Đăng Nhận xét (Atom)", "Subscribe to: Post Comments (Atom)", "Lưu trữ Blog", "Blog Archive",
     "View my complete profile", "Leave a Reply", "Filed under: Tin tức",
     # a footer's contact and masthead lines, a portal's title alone on its line
     "Số 2 Hoàng Liên, phường Cốc Lếu, TP Lào Cai - ĐT: 0214.3840120",
     "Tel: (84-24) 3826 2000 | Fax: (84-24) 3826 2001",
     "105A Quán Thánh, Ba Đình, Hà Nội - Tel: (84-24) 3845 4196", "Chịu trách nhiệm chính: Trần Văn Bình",
     # an address with an initial's dot, the phone, then the e-mail (dccthaingoai.com's footer, a tune page)
     "3417 W. Little York Road, Houston, Texas 77091; Tel: (713) 681-5144; E-mail: dccthaingoai@gmail.com",
     "Online: 15",
     # WordPress's default widgets and post navigation
     "Previous Post", "Related Posts", "Share this:", "Recent Comments", "Bình luận gần đây", "Lưu trữ",
     "Proudly powered by WordPress",
     # a post's categories in a row under its headline (tamdamedia.eu), a decorative rule's alt text (vhu.edu.vn)
     "Tin nổi bật, Người Việt tại Séc, CỘNG ĐỒNG", "line"],
)  # fmt: skip
def test_widgets_and_blog_templates_of_small_sites_are_stray(line: str) -> None:
    assert ln.is_stray(line)


@pytest.mark.parametrize(
    "line",
    # a table row or a sentence opening with the same words goes on past the number, or has no number at all
    ["Hôm nay: đoàn đại biểu tỉnh Lào Cai thăm và làm việc tại Vân Nam.", "Tổng cộng: 520.000.000",
     "Thành viên: 45", "Hôm nay: 12 đoàn", "Thời tiết hôm đó mưa to, nhưng đông đảo bà con vẫn đến dự.",
     "Mật khẩu của hệ thống được đổi mỗi tháng.",
     # a call for donations keeps its phone number; a sentence about a portal goes on past its name
     "Mọi đóng góp xin liên hệ chị Lan, ĐT: 0912345678",
     "12 hộ gia đình ở thôn 3 được hỗ trợ, liên hệ ĐT: 0912.345.678",
     "Số 5 hộ nghèo được hỗ trợ. Liên hệ ĐT: 0912.345.678; Email: hoi@gmail.com",
     "Cổng thông tin điện tử tỉnh đã đăng tải toàn văn bài phát biểu.",
     # names in a row with no label of the site among them, a list running on in lower case
     "Hà Nội, Hải Phòng, Quảng Ninh", "Tin tức, hình ảnh về lễ hội"],
)  # fmt: skip
def test_sentences_in_the_words_of_widgets_are_not_stray(line: str) -> None:
    assert not ln.is_stray(line)


def test_a_portal_title_alone_is_furniture_a_sentence_about_the_portal_is_not() -> None:
    parser = TextParser()
    for line in (
        "Cổng thông tin điện tử huyện Sìn Hồ",
        "CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÂN HÒA",
        "Trang TTĐT huyện Bát Xát",
    ):
        assert parser.is_furniture(line), line
    for line in ("Cổng thông tin điện tử tỉnh đã đăng tải toàn văn bài phát biểu.",
                 "Trang thông tin của hội được nâng cấp trong năm nay"):  # fmt: skip
        assert not parser.is_furniture(line), line


@pytest.mark.parametrize(
    "line",
    # an app's and a player's buttons (sbs.com.au's Vietnamese page), a back-to-top link (bvd-vn.de), both tune
    # pages; WordPress's and Blogger's labels kept in site_labels.txt from the associations' blogs
    ["Get the SBS Audio app", "Other ways to listen", "Go to top", "Skip to main content", "Lost your password?"],
)
def test_english_buttons_are_widgets(line: str) -> None:
    assert ln.is_english_widget(line)


@pytest.mark.parametrize(
    "line",
    # English names printed in the article capitalise their words of content (Children of Vietnam, quangtri.gov.vn;
    # the congregation's name over dccthaingoai.com's footer), a sentence closes with its stop, a longer sentence-case
    # line is a title (a thesis listed on 123docz.net), Vietnamese carries its letters, capitals are read elsewhere
    ["Children of Vietnam", "Vietnamese Redemptorist Mission", "We thank the people of Vietnam.",
     "Criteria for not-for-profit and for profit private universities", "Tặng quà cho các em học sinh",
     "Ky niem chuong vi hoa binh", "GO TO TOP"],
)  # fmt: skip
def test_english_names_and_sentences_are_not_widgets(line: str) -> None:
    assert not ln.is_english_widget(line)


def test_english_buttons_are_furniture_on_a_vietnamese_page_only() -> None:
    # the opening of sbs.com.au's Vietnamese report (d124, a tune page), then an English page with the same line
    head = "Tân Ban Chấp Hành CĐNVTD Liên bang ra mắt\n\nGet the SBS Audio app\n\nOther ways to listen\n\n"
    lead = (
        "Tại Đại hội của CĐNVTD hôm cuối tuần tổ chức ở Darwin, Ban Chấp Hành các tiểu bang bầu ra BCH Liên Bang "
        "cho nhiệm kỳ mới 2021-2023, với kết quả lần đầu tiên có nữ Chủ tịch."
    )
    article = TextParser().parse(dnnd.RawDocument(head + lead))
    assert [b.text for b in article.blocks if isinstance(b, dnnd.Paragraph)] == [lead]
    english = "Read about our work in Vietnam over the past ten years and the friends who made it possible."
    article = TextParser().parse(dnnd.RawDocument(f"Our year in review\n\nOther ways to listen\n\n{english}"))
    assert "Other ways to listen" in [b.text for b in article.blocks if isinstance(b, dnnd.Paragraph)]


def test_image_files_and_stubs() -> None:
    assert ln.image_file("baolaocai-br_img-7513.jpg") == "baolaocai-br_img-7513.jpg"
    assert ln.image_file("img-9703.JPG") == "img-9703.JPG"
    assert ln.image_file("Quang cảnh hội nghị.jpg là ảnh") is None
    assert ln.markdown_image("![]() |") == (None,)
    assert ln.markdown_image("![Ảnh](https://a.vn/1.jpg) |") == ("https://a.vn/1.jpg",)
    assert ln.markdown_image("Không phải ảnh") is None
    assert ln.caption_cell("| Quang cảnh đại hội. |") == "Quang cảnh đại hội."
    assert ln.caption_cell("|  |") is None


def test_photo_captions_end_with_a_credit() -> None:
    assert ln.is_photo_caption("Đại biểu tặng hoa chúc mừng (Ảnh: Cổng TTĐT tỉnh Lai Châu).")
    assert ln.is_photo_caption("Đại biểu dự hội nghị. Ảnh: Minh Anh")
    assert not ln.is_photo_caption("Hội nghị đánh giá cao công tác ảnh hưởng đến nhân dân.")


@given(titles(), st.sampled_from(["", " "]))
def test_doubled_headlines(title: str, gap: str) -> None:
    assert ln.doubled_headline(title + gap + title) == title
    assert ln.doubled_headline(title) is None


def test_headline_shape() -> None:
    assert ln.is_headline_like("Giới trẻ có vai trò quan trọng trong hoạt động đối ngoại nhân dân")
    assert ln.is_headline_like("“Ngày MGIMO” - dấu mốc đặc biệt trong giao lưu giáo dục Việt – Nga")
    assert not ln.is_headline_like("Quang cảnh hội nghị.")
    assert not ln.is_headline_like("đoạn viết thường không phải tiêu đề")
    assert ln.repeats("Hội nghị  tổng kết", "hội nghị tổng kết")


def test_credits_source_line() -> None:
    credits = read_credits(["Nguồn: Kiều Thu (Báo Lào Cai điện tử, Thứ Bảy, ngày 10/01/2026 - 10:34 GMT+7)"])
    assert credits.authors == ("Kiều Thu",)
    assert credits.outlet == "Báo Lào Cai"
    assert credits.published is not None and credits.published.isoformat() == "2026-01-10T10:34:00+07:00"
    assert credits.lines == {0}


def test_credits_writer_with_positions_and_outlet() -> None:
    page = [
        "Đoạn cuối của bài viết.",
        "",
        "Theo VŨ VĂN CÀI",
        "Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh,",
        "Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh Lào Cai",
        "",
        "Trình bày minh họa:",
        "Vũ Sơn - Khánh Ly",
        "https://baolaocai.vn/bai-viet-post1.html",
        "Theo Báo Lào Cai",
        "Nguồn: baolaocai.vn",
    ]
    credits = read_credits(page)
    assert credits.authors == ("Vũ Văn Cài",)
    assert credits.outlet == "Báo Lào Cai"  # a named outlet wins over the bare domain
    assert credits.url == "https://baolaocai.vn/bai-viet-post1.html"
    assert credits.lines == set(range(2, 11)) - {5}


def test_credits_leave_sentences_alone() -> None:
    page = ["Theo đó, tỉnh tiếp tục đẩy mạnh công tác tuyên truyền đối ngoại trong thời gian tới.", "Nguồn vốn lớn."]
    assert read_credits(page).lines == frozenset()


def test_domain_only_source_is_the_outlet() -> None:
    assert read_credits(["Nguồn: baolaocai.vn"]).outlet == "baolaocai.vn"
    assert is_outlet_name("TTXVN") and is_outlet_name("Tạp chí Thời Đại") and not is_outlet_name("Nguyễn Văn An")
    assert normalize_outlet("Báo Lào Cai điện tử") == "Báo Lào Cai"


def test_marker_sniff_caps_and_explains() -> None:
    sniff = marker_sniff("Tin bài liên quan\nfoo\nCác tin bài khác", [("Tin bài liên quan", 0.6), ("~các tin", 0.6)])
    assert sniff.confidence == 0.95 and "Tin bài liên quan" in sniff.reason
    assert marker_sniff("nothing here", [("Tin bài liên quan", 0.6)]).confidence == 0


def _parse(text: str) -> dnnd.Article:
    return TextParser().parse(dnnd.RawDocument(text))


def test_title_is_the_first_article_line_after_head_furniture() -> None:
    article = _parse("Trang chủ Thế giới\n13:33 | 03/11/2023 GMT+7\n\nTiêu đề bài viết mới\n\naa\nĐoạn một của bài.")
    assert article.title == "Tiêu đề bài viết mới"
    assert article.body == ("Đoạn một của bài.",)
    assert article.published is not None and article.published.isoformat() == "2023-11-03T13:33:00+07:00"


def test_a_crumb_trail_glued_without_separators_is_no_title() -> None:
    # vietnam.vn: the trail's items kept their capitals but lost the spaces between them.
    article = _parse("Trang chủNewsThời sựNẻo về nguồn cội\n\nNẻo về nguồn cội\n\nĐoạn một của bài viết này.")
    assert article.title == "Nẻo về nguồn cội"
    assert article.body == ("Đoạn một của bài viết này.",)


def test_a_portals_full_name_and_its_font_size_widget_are_head_furniture() -> None:
    # sngv.kiengiang.gov.vn: the portal's name over the headline, the widget's buttons glued to its label.
    text = (
        "Cổng thông tin điện tử Sở Ngoại vụ tỉnh Kiên Giang\n\nCơ quan lãnh sự ngoài nước\n\n"
        "Xem với cỡ chữAA\n\nCơ quan lãnh sự ngoài nước\n\n(13:35 | 03/05/2018)\n\n"
        "Các cơ quan của Việt Nam thực hiện chức năng lãnh sự ở nước ngoài bao gồm nhiều cơ quan."
    )
    article = _parse(text)
    assert article.title == "Cơ quan lãnh sự ngoài nước"
    assert article.body == ("Các cơ quan của Việt Nam thực hiện chức năng lãnh sự ở nước ngoài bao gồm nhiều cơ quan.",)


@pytest.mark.parametrize(
    "line",
    [
        # tienphong.vn: related headlines printed as quotes under the lead.
        "> Trường học chật chội, đất công bỏ hoang",
        # a copy of a tuoitre.vn page (thactrang.com): the headline's button glued on in capitals.
        "• Đại sứ Mỹ: Có bà mẹ Việt chỉ còn hai cái răng nhưng quyết giữ vì muốn tìm được hài cốt con traiĐỌC NGAY",
    ],
)
def test_a_link_to_another_article_leaves_the_body(line: str) -> None:
    article = _parse(f"Tiêu đề bài viết mới\n\nĐoạn một của bài.\n\n{line}\n\nĐoạn hai của bài.")
    assert article.body == ("Đoạn một của bài.", "Đoạn hai của bài.")
    assert article.figures == ()


def test_a_quoted_sentence_stays_in_the_body() -> None:
    line = "> Ông nói: chúng tôi sẽ làm tốt hơn nữa."
    article = _parse(f"Tiêu đề bài viết mới\n\nĐoạn một của bài.\n\n{line}\n\nĐoạn hai của bài.")
    assert len(article.body) == 3


def test_a_headline_about_a_portal_is_no_portal_name() -> None:
    # baomoi.com: a headline opening with "Cổng thông tin" and a common noun, not a body's name
    title = "Cổng thông tin tuyển sinh chung 2017: Thường trực nỗi lo nghẽn mạch"
    lead = "Theo quy chế tuyển sinh 2017, Bộ GD&ĐT sẽ có cổng thông tin tuyển sinh để giúp các trường lọc ảo."
    article = _parse(f"{title}\n\n{lead}\n\nĐoạn hai của bài viết này.")
    assert article.title == title


def test_a_sentence_about_the_portal_is_no_site_name() -> None:
    line = "Cổng thông tin điện tử tỉnh đã cập nhật đầy đủ các văn bản mới."
    article = _parse(f"Tiêu đề bài viết mới\n\nĐoạn một của bài.\n\n{line}")
    assert line in article.body


@given(paragraph_texts())
def test_a_long_first_sentence_is_the_lead_not_a_title(lead: str) -> None:
    lead = lead + " " + " ".join(["Hội nghị tổng kết công tác đối ngoại nhân dân năm nay."] * 3)
    article = _parse(lead + "\n\nĐoạn thứ hai.")
    assert article.title is None
    assert article.body == (lead, "Đoạn thứ hai.")


def test_figures_share_a_caption_and_stubs_have_no_source() -> None:
    article = _parse("Tiêu đề\n\nĐoạn một.\na.jpg\nb.jpg\nChú thích chung.\n![]() |\n| Chú thích ô. |\nĐoạn hai.")
    assert [(f.src, f.caption) for f in article.figures] == [
        ("a.jpg", "Chú thích chung."),
        ("b.jpg", "Chú thích chung."),
        (None, "Chú thích ô."),
    ]
    assert article.body == ("Đoạn một.", "Đoạn hai.")


def test_related_headlines_in_the_body_are_dropped() -> None:
    text = (
        "Tiêu đề của bài báo\n\nĐoạn một của bài.\nTiêu đề một bài khác trên trang\n"
        "Tiêu đề thứ hai của bài khác\nTiêu đề của bài báo\n\nBài cũ được nhắc lại Bài cũ được nhắc lại\n"
        "Tóm tắt của bài cũ được nhắc lại.\n\nĐoạn hai của bài.\n\nTin liên quan\n\nBài khác\n\nTóm tắt bài khác."
    )
    assert _parse(text).body == ("Đoạn một của bài.", "Đoạn hai của bài.")


def test_a_sponsored_teaser_and_a_debug_trace_leave_the_body() -> None:
    # vietnamnet.vn (2017 template, dev page d905): ad-network teasers printed among the article's paragraphs,
    # each headline over its "Tin tài trợ" label, a template's debug trace, the reader-feedback question.
    text = (
        "Lịch thi đấu vòng loại Asian Cup 2019 của đội tuyển Việt Nam\n\n"
        "Vòng loại thứ 3 Asian Cup 2019 sẽ diễn ra từ ngày 27/3/2017 đến ngày 27/3/2018.\n\n"
        "Debug: ADS tracking link http://vietnamnet.vn/the-thao-bong-da-trong-nuoc\n\n"
        'Tăng sinh lực bền vững, nam giới không lo "bẽ mặt"\n\nTin tài trợ\n\n'
        "Kỳ lạ: Khỏe thận, hết tiểu đêm sau 7 ngày nhờ cây thuốc dễ tìm quanh ta\n\nTin tài trợ\n\n"
        "Bảng D: Oman, Palestine, Maldives, Bhutan.\n\nBạn thích bài viết này ?"
    )
    assert _parse(text).body == (
        "Vòng loại thứ 3 Asian Cup 2019 sẽ diễn ra từ ngày 27/3/2017 đến ngày 27/3/2018.",
        "Bảng D: Oman, Palestine, Maldives, Bhutan.",
    )


def test_a_heading_over_a_paragraph_about_funding_stays() -> None:
    # Only the ad network's label marks a teaser: a heading naming a sponsor's gift is the article's.
    text = (
        "Tiêu đề bài\n\nĐoạn một của bài.\n\nNhững nhà tài trợ của chương trình\n\n"
        "Công ty đã tài trợ 100 suất quà cho học sinh nghèo của xã."
    )
    assert _parse(text).body == (
        "Đoạn một của bài.",
        "Những nhà tài trợ của chương trình",
        "Công ty đã tài trợ 100 suất quà cho học sinh nghèo của xã.",
    )


def test_the_summary_over_the_lead_without_its_bracketed_aside_is_dropped() -> None:
    # baokhanhhoa.vn (dev page d803): the page's summary, then the lead that adds the abbreviation it uses later.
    summary = (
        "Ngày 14-3, Trung tâm Phục hồi chức năng - Giáo dục trẻ em khuyết tật tỉnh Khánh Hòa phối hợp với Hội Xe "
        "lăn quốc tế (Hoa Kỳ) tổ chức trao tặng 40 xe lăn cho người khuyết tật trên địa bàn."
    )
    lead = summary.replace("trẻ em khuyết tật", "trẻ em (PHCN-GDTE) khuyết tật")
    rest = "Được biết, 3 năm qua, Trung tâm PHCN-GDTE khuyết tật tỉnh tiếp nhận 480 chiếc xe lăn."
    assert _parse(f"{summary}\n{lead}\n{rest}").body == (lead, rest)


def test_a_date_in_brackets_after_the_headline_is_the_articles_date() -> None:
    # vov.gov.vn, secviet.cz (dev page d985): the CMS prints the date after the headline, in brackets.
    article = _parse(
        "Nghĩa Việt - Lào, tình xuyên biên giới (25/1/2022)\n\n"
        "Những thầy, cô giáo người Việt dạy học trên đất bạn Lào đã góp phần vun đắp tình hữu nghị."
    )
    assert article.title == "Nghĩa Việt - Lào, tình xuyên biên giới"
    assert str(article.published)[:10] == "2022-01-25"


def test_a_list_header_above_the_whole_page_is_the_section_label_not_the_end() -> None:
    # hoivietsec.org.vn: the page opens with its section's label, then the headline, the stamp, two long
    # paragraphs. A header with nothing above it ends nothing; the same header under the text still does.
    text = (
        "Tin mới\nĐại hội lần thứ 3 Hội người Việt Nam tại CH.Séc: Ông Hoàng Đình Thắng tiếp tục được tín nhiệm\n\n"
        "Ngày đăng: 02/12/2008 - 16:02:56\n\n"
        "Ngày 18.11.2008 tại hội trường Little Hà Nội thuộc trung tâm thương mại Sapa – Praha, Cộng hòa Séc đã "
        "diễn ra Đại hội lần thứ 3 Hội người Việt Nam tại Cộng hòa Séc.\n\n"
        "Thay mặt BCH trung ương Hội nhiệm kỳ II, Ông Hoàng Đình Thắng đã đọc báo cáo tổng kết nhiệm kỳ.\n\n"
        "Tin mới\n\nMột bài khác của trang"
    )
    article = _parse(text)
    assert article.title and article.title.startswith("Đại hội lần thứ 3")
    assert len(article.body) == 2 and article.body[-1].startswith("Thay mặt BCH")


def test_trailing_section_labels_are_dropped() -> None:
    assert _parse("Tiêu đề bài\n\nĐoạn một.\nIn bài viết\n\nTruyền hình").body == ("Đoạn một.",)


def test_a_lone_subheading_is_kept() -> None:
    text = "Tiêu đề bài\n\nĐoạn một.\n\nNhững kết quả nổi bật trong năm\n\nĐoạn hai."
    assert _parse(text).body == ("Đoạn một.", "Những kết quả nổi bật trong năm", "Đoạn hai.")


def test_empty_page_is_an_error() -> None:
    with pytest.raises(dnnd.MalformedInputError):
        _parse("\n \n")


def test_generic_sniff_refuses_html_and_never_raises() -> None:
    parser = TextParser()
    assert parser.sniff(dnnd.RawDocument("<!doctype html><html><body></body></html>")).confidence == 0
    assert parser.sniff(dnnd.RawDocument(b"\xff\xfe\x00garbage")).confidence >= 0
    assert parser.sniff(dnnd.RawDocument("Tiêu đề\n\nĐoạn.")).confidence == pytest.approx(0.1)


# ---------------------------------------------------------------- furniture by class (issue 10, points 1 and 4)


@pytest.mark.parametrize(
    "line",
    [
        "Mời quý độc giả theo dõi Truyền hình trực tuyến các kênh của Đài!",
        "Mời bạn đọc đón xem video dưới đây",
        "Đại hội Đại biểu Liên hiệp các tổ chức hữu nghị tỉnh lần thứ III - YouTube",
    ],
)
def test_calls_to_the_reader_and_embedded_player_titles_are_stray(line: str) -> None:
    from dnnd.parsers.lines import is_stray

    assert is_stray(line)


def test_a_sentence_about_readers_is_not_stray() -> None:
    from dnnd.parsers.lines import is_stray

    assert not is_stray("Mời các đại biểu tham dự hội nghị tổng kết công tác đối ngoại nhân dân năm 2024.")


@pytest.mark.parametrize("line", ["Toàn cảnh buổi gặp mặt", "Quang cảnh lễ ký kết.", "Các đại biểu dự hội nghị."])
def test_scene_captions_with_or_without_a_full_stop(line: str) -> None:
    from dnnd.parsers.lines import is_scene_caption

    assert is_scene_caption(line)


def test_a_bare_dateline_line_is_furniture() -> None:
    import dnnd

    page = (
        "Cộng đồng người Việt tại Hoa Kỳ hỗ trợ tỉnh khắc phục hậu quả bão lũ\n\nNDO -\n\n"
        "Ngày 23-12, đoàn công tác đã trao tiền và hiện vật của cộng đồng người Việt cho tỉnh.\n"
    )
    assert "NDO" not in dnnd.parse(page).text


@pytest.mark.parametrize(
    "line",
    ["Bản Mường Phú, xã Thông Thụ, huyện Quế Phong, tỉnh Nghệ An – Số hộ/khẩu: 207/886 – Thành phần dân tộc: Thái",
     "Bản Nậm Táy, huyện Sầm Tớ, tỉnh Hủa Phăn – Số hộ/khẩu: 155/1032 -Thành phần dân tộc: Lào Lùm (Thái)",
     "* Thời gian kết nghĩa: 30/11/2014", "- Tổng vốn: 1.200"],
)  # fmt: skip
def test_record_lines(line: str) -> None:
    assert ln.is_record_line(line)


@pytest.mark.parametrize(
    "line",
    ["Hà Nội: 200 ca mắc mới - 3 ca tử vong", "Quảng Nam: Phân bổ hơn 7,9 tỷ đồng viện trợ phi chính phủ",
     "- Đại hội Hội hữu nghị Việt - Lào tỉnh nhiệm kỳ 2023 - 2028", "Thứ tự xếp theo vị trí đường biên giới"],
)  # fmt: skip
def test_headlines_are_not_record_lines(line: str) -> None:
    assert not ln.is_record_line(line)


_PLACE_WORDS = st.sampled_from(["Mường Phú", "Thông Thụ", "Quế Phong", "Nậm Táy", "Sầm Tớ", "Tri Lễ", "Kỳ Sơn"])


@given(
    st.lists(
        st.tuples(_PLACE_WORDS, _PLACE_WORDS, st.integers(1, 999), st.integers(1, 9999), st.dates()),
        min_size=2,
        max_size=6,
    )
)
def test_a_page_of_records_keeps_its_records_and_drops_related_bullets(
    records: list[tuple[str, str, int, int, date]],
) -> None:
    # An infographic scraped as text: records as list lines, no full stop, then "- <headline>" links.
    body = []
    for village, commune, homes, people, day in records:
        body.append(f"Bản {village}, xã {commune}, tỉnh Nghệ An – Số hộ/khẩu: {homes}/{people} – Dân tộc: Thái")
        body.append(f"* Thời gian kết nghĩa: {day:%d/%m/%Y}")
    related = ["- Hội hữu nghị tỉnh trao học bổng cho học sinh nghèo", "- Khởi công trường học ở huyện miền núi"]
    text = "Các cặp bản kết nghĩa Việt – Lào\n\n" + "\n".join(body) + "\n\n" + "\n\n".join(related)
    assert _parse(text).body == tuple(body)


def test_a_phrase_printed_twice_between_paragraphs_is_a_caption_not_related_headlines() -> None:
    # The photo's alt text, then its caption: the same words on two lines, prose on both sides.
    first = "Chiều 2-7, tại TP Đà Nẵng, Hội Liên hiệp Phụ nữ Việt Nam tổ chức lễ kỷ niệm Năm Đoàn kết hữu nghị."
    caption = "Trao tặng huân chương của Nhà nước Việt Nam cho tập thể, cá nhân Hội Liên hiệp Phụ nữ Lào"
    second = "Đây là hoạt động nhân kỷ niệm 60 năm ngày thiết lập quan hệ ngoại giao giữa hai nước Việt Nam và Lào."
    article = _parse(f"Tiêu đề của bài báo\n\n{first}\n{caption}\n{caption}\n\n{second}")
    assert article.body == (first, second)
    assert [f.caption for f in article.figures] == [caption]


@pytest.mark.parametrize(
    "line",
    ["Chào mừng Đại hội Hội hữu nghị Việt - Lào tỉnh lần thứ III",
     "Chào mừng bạn bè quốc tế đến với lễ hội văn hóa", "Hội nghị thu hút 300 lượt xem triển lãm"],
)  # fmt: skip
def test_headlines_of_greetings_and_views_are_not_stray(line: str) -> None:
    assert not ln.is_stray(line)


_LEAD = "UBND tỉnh Hải Dương vừa phê duyệt tiếp nhận hai khoản viện trợ của các tổ chức phi chính phủ cho học sinh."


def test_a_columns_name_above_the_headline_is_not_the_title() -> None:
    headline = "2 tổ chức phi chính phủ tặng 157 suất học bổng cho học sinh tỉnh Hải Dương"
    article = _parse(f"Nhịp cầu nhân ái hôm nay\n\n{headline}\n\n{_LEAD}")
    assert article.title == headline
    assert article.body == (_LEAD,)


def test_a_short_headline_over_a_scene_caption_stays_the_title() -> None:
    article = _parse(f"Trao học bổng cho học sinh\n\nToàn cảnh buổi lễ trao học bổng tại Hải Dương\n\n{_LEAD}")
    assert article.title == "Trao học bổng cho học sinh"


@pytest.mark.parametrize("opening", ["Theo đó", "Bên cạnh đó", "Cụ thể"])
def test_a_cut_page_opens_with_a_caption_when_its_first_paragraph_refers_back(opening: str) -> None:
    # The scrape lost the headline and the lead; the photo's caption is left on top.
    text = f"{opening}, tổ chức đã trao 94 suất học bổng cho học sinh thuộc 5 xã với tổng trị giá gần 91 triệu đồng."
    article = _parse(f"Trao học bổng cho các em học sinh\n\n{text}")
    assert article.title is None
    assert [f.caption for f in article.figures] == ["Trao học bổng cho các em học sinh"]
    assert article.body == (text,)


@pytest.mark.parametrize(
    "headline",
    [
        "Trao học bổng cho 94 học sinh vượt khó của 5 xã",  # huengaynay.vn
        "Pleiku: Trao 55 suất quà Tết cho người dân khó khăn",  # baogialai.com.vn
        "500 trẻ em Việt Nam được phẫu thuật nhân đạo sứt môi hở hàm ếch",  # cand.com.vn
    ],
)
def test_a_headline_telling_figures_over_a_paragraph_that_refers_back_stays_the_title(headline: str) -> None:
    # The stored page lost its lead, not its headline: a caption shows what is seen, a headline counts.
    text = "Theo đó, tổ chức đã trao 94 suất học bổng cho học sinh thuộc 5 xã với tổng trị giá gần 91 triệu đồng."
    article = _parse(f"{headline}\n\n{text}")
    assert article.title == headline
    assert not article.figures


def test_a_headline_over_a_lead_that_does_not_refer_back_stays_the_title() -> None:
    article = _parse(f"Trao học bổng cho các em học sinh\n\n{_LEAD}")
    assert article.title == "Trao học bổng cho các em học sinh" and not article.figures


def test_a_lone_name_closing_one_report_of_a_digest_is_its_writer() -> None:
    first = "Đoàn đã trao 500 phần quà cho các học sinh khó khăn người dân tộc huyện Chư Sê, tỉnh Gia Lai."
    second = "* Ngày 31-5, nhóm thiện nguyện tổ chức lễ trao bốn căn nhà Đại đoàn kết cho các hộ nghèo trong xã."
    article = _parse(f"Tiêu đề của bài báo\n\n{first}\nTrần Trọng Trung\n{second}\nTin, ảnh: Bảo Trân")
    assert article.body == (first, second)
    assert "Trần Trọng Trung" in article.authors


@pytest.mark.parametrize(
    "line",
    ["Trở về đầu trang", "Lưu bài viết", "Liên hệ quảng cáo", "Tòa soạn: 15 Hồ Xuân Hương, Hà Nội",
     "Trưởng ban biên tập: Nguyễn Văn An", "Thiết kế và phát triển bởi Công ty ABC",
     "Số lượt truy cập: 123456", "Đang truy cập: 123", "Bạn thấy bài viết này thế nào?",
     "Nhận tin mới nhất qua email", "Ấn Enter để tìm kiếm", "Bản quyền © 2024 Báo Quảng Ngãi",
     "Đường dây nóng: 0909 123 456", "- Gửi bài viết cho bạn bè", "Quay về đầu trang", "Theo dõi trên"],
)  # fmt: skip
def test_site_labels_footers_and_widgets_are_stray(line: str) -> None:
    assert ln.is_stray(line)


@pytest.mark.parametrize(
    "line",
    ["Tòa soạn báo đã trao 50 suất quà cho các gia đình chính sách tại xã Mường Lói trong dịp Tết.",
     "Đọc tiếp những lá thư của bạn bè Lào, đại biểu không khỏi xúc động.",
     "Bạn đọc có thể đóng góp qua tài khoản của Hội Chữ thập đỏ tỉnh."],
)  # fmt: skip
def test_prose_opening_with_a_site_word_is_not_stray(line: str) -> None:
    assert not ln.is_stray(line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Tin tức khác", True), ("Bài viết cùng chuyên mục", True), ("Các bài viết liên quan:", True),
     ("Video xem nhiều nhất", True), ("Tin khác về hữu nghị Việt - Lào", False),
     ("Bài học từ mô hình kết nghĩa", False)],
)  # fmt: skip
def test_related_headers_by_shape(line: str, expected: bool) -> None:
    assert ln.is_related_marker(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Ngày 12/6, Hội hữu nghị Việt - Lào tỉnh Nghệ An tổ chức lễ kỷ niệm 60 năm thiết lập quan hệ ngoại giao"
      " giữa hai nước với sự tham dự của đông đảo", True),  # a dated lead cut before its full stop
     (" ".join(["Hội hữu nghị tỉnh"] * 12), True),  # far longer than a headline
     ("Ngày 15/10: Đại hội Liên hiệp các tổ chức hữu nghị tỉnh Gia Lai lần thứ III", False),
     ("Hội hữu nghị Việt - Lào tỉnh Nghệ An tổ chức lễ kỷ niệm 60 năm quan hệ ngoại giao", False),
     ("iPhone 15 được bán tại Việt Nam", False)],
)  # fmt: skip
def test_a_lead_is_told_from_a_headline(line: str, expected: bool) -> None:
    assert ln.reads_as_lead(line) is expected


def test_a_page_cut_above_its_headline_has_no_title() -> None:
    lead = (
        "Ngày 12/6, Hội hữu nghị Việt - Lào tỉnh Nghệ An tổ chức lễ kỷ niệm 60 năm thiết lập quan hệ ngoại giao"
        " giữa hai nước với sự tham dự của đông đảo cán bộ, hội viên"
    )
    rest = "Phát biểu tại buổi lễ, ông Nguyễn Văn An nhấn mạnh ý nghĩa của quan hệ hữu nghị đặc biệt Việt Nam - Lào."
    article = _parse(f"{lead}\n\n{rest}")
    assert article.title is None
    assert article.body[0] == lead


@pytest.mark.parametrize(
    "line",
    [
        "Chưa có bình luận nào cho bài viết này.",  # baonga.com, under the article
        "(Nhấp chuột vào ảnh để xem kích thước chuẩn)",  # baomoi.com, under a photo
        "Bấm vào ảnh để phóng to",
        'Ke Grbu Vd AOvrc8Pn Dw Kw" alt="*">',  # eivonline.edu.vn: the tail of an <img> tag
    ],
)
def test_comment_counts_photo_hints_and_cut_tags_are_stray(line: str) -> None:
    assert ln.is_stray(line)


@pytest.mark.parametrize(
    "line",
    [
        "Chưa có ý kiến nào phản đối, đại hội biểu quyết thông qua nghị quyết với 100% đại biểu tán thành.",
        "Bấm vào ảnh của người thân, bà Lan bật khóc.",
        "Chưa có bình luận nào từ phía Bộ Ngoại giao Mỹ về vụ việc.",
        'Ông nói: "Tình hữu nghị là vốn quý".',
    ],
)
def test_prose_like_a_widget_is_not_stray(line: str) -> None:
    assert not ln.is_stray(line)


@pytest.mark.parametrize(
    "line",
    [
        "Quan he huu nghi va hop tac Viet Nam-Cuba - Anh 1",  # baomoi.com, diacritics dropped
        "Vietnam-Cambodge: échange entre provinces frontalières - ảnh 1",  # vovworld.vn
    ],
)
def test_a_phrase_numbered_as_a_photo_is_its_alt_text(line: str) -> None:
    assert ln.numbers_photo(line)
    assert not ln.numbers_photo("Đoàn đã trao tặng 200 suất quà và 10 bộ ảnh 1")


def test_a_photos_alt_text_is_neither_headline_nor_paragraph() -> None:
    # baomoi.com: the photo's alt text (the headline without diacritics) opens the scrape.
    page = (
        "Tong Bi thu Nguyen Phu Trong se tham huu nghi chinh thuc Lao - Anh 1\n\n"
        "Tổng Bí thư Nguyễn Phú Trọng sẽ thăm hữu nghị chính thức nước CHDCND Lào, từ ngày 24 đến 26-11.\n\n"
        "Ngày 17-11, Ban Đối ngoại Trung ương ra Thông báo cho biết, Tổng Bí thư sẽ thăm hữu nghị chính thức Lào.\n"
    )
    article = dnnd.parse(page)
    assert article.title is None
    assert "Anh 1" not in article.text


def test_a_call_to_read_a_section_is_stray() -> None:
    # qdnd.vn: the foot of a report
    assert ln.is_stray("* Mời bạn đọc vào chuyên mục Xã hội xem các tin, bài liên quan.")
    assert not ln.is_stray("Mời bạn đọc góp ý cho dự thảo luật đã được nhiều người hưởng ứng trong tháng qua.")


_PARIS_LEAD = (
    "Ngôi nhà số 62 ở phố Boileau thuộc quận 16 tại thủ đô Paris (Cộng hòa Pháp) là công trình có tính biểu tượng "
    "không chỉ của mối quan hệ ngoại giao Việt Nam và Pháp, những nỗ lực của Đảng và nhà nước Việt Nam trong việc "
    "xây dựng nền ngoại giao nhân dân, mà còn ghi dấu tình yêu quê hương đất nước của kiều bào tại Pháp.\n"
)


def test_a_media_storys_tagged_headline_over_its_lead_is_the_title() -> None:
    # nhandan.vn: a photo story's headline carries its "[Ảnh]" tag.
    title = "[Ảnh] Tòa Đại sứ Việt Nam tại Pháp - nơi ghi dấu ngoại giao nhân dân và tình yêu đất nước của kiều bào"
    assert dnnd.parse(f"{title}\n\n{_PARIS_LEAD}").title == title


def test_a_media_teaser_over_the_headline_is_not_the_title() -> None:
    page = (
        "[Video] Lễ hội Việt Nam tại Nhật Bản thu hút đông đảo du khách\n"
        "Tòa Đại sứ Việt Nam tại Pháp - nơi ghi dấu ngoại giao nhân dân\n\n" + _PARIS_LEAD
    )
    assert dnnd.parse(page).title == "Tòa Đại sứ Việt Nam tại Pháp - nơi ghi dấu ngoại giao nhân dân"


def test_font_size_and_contrast_buttons_are_a_toolbar() -> None:
    # scov.gov.vn: the accessibility toolbar over the headline
    assert ln.is_stray("A- A A+ | Tăng tương phản Giảm tương phản")


def test_an_images_alignment_toolbar_stands_for_the_image() -> None:
    # vietmy.net.vn: the editor's "left center right del" buttons left where the photo stood, its caption under it.
    page = (
        "leftcenterrightdel\n"
        "Đại sứ Nguyễn Phương Nga - Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam - phát biểu bế mạc Hội nghị\n\n"
        "Sau một ngày làm việc nghiêm túc, trách nhiệm, Hội nghị toàn quốc công tác đối ngoại nhân dân lần đầu tiên "
        "của Liên hiệp các tổ chức hữu nghị Việt Nam đã hoàn thành toàn bộ nội dung chương trình đề ra.\n"
    )
    article = dnnd.parse(page)
    assert article.title is None
    assert [f.caption for f in article.figures] == [page.split("\n")[1]]
    assert "leftcenterrightdel" not in article.text


@pytest.mark.parametrize(
    "line",
    [
        # bvhttdl.gov.vn: the read-aloud widget of the government portals' CMS, its buttons scraped as one line
        "× Đọc bài viết Tạm dừng Đọc tiếp Dừng đọc Đang tải...",
        "Từ viết tắt Đọc bài viết",
        "× Bài viết không có file audio",
        "Vui lòng chờ giây lát",
    ],
)
def test_a_widgets_buttons_on_one_line_are_stray(line: str) -> None:
    assert ln.is_stray(line)


@pytest.mark.parametrize("line", ["× Đọc bài viết Tạm dừng Đọc tiếp Dừng đọc Đang tải...", "Từ viết tắt Đọc bài viết"])
def test_buttons_glued_by_spaces_keep_their_capitals(line: str) -> None:
    assert ln.is_button_run(line)


@pytest.mark.parametrize("line", ["Phản hồi ý kiến cử tri", "Tin tức và Sự kiện", "Đọc bài viết hay nhất năm"])
def test_labels_inside_a_phrase_are_no_button_run(line: str) -> None:
    assert not ln.is_button_run(line)


def test_a_paragraph_put_above_the_headline_leaves_the_headline() -> None:
    # xosobinhdinh (a copy of a tuoitre.vn page): a paragraph opening "Theo đó," above the headline and its lead.
    text = (
        "Theo đó, khoản viện trợ này sẽ được Trung tâm Nuôi dạy trẻ em khuyết tật thành phố Đồng Hới xây dựng "
        "tòa nhà hai tầng.\n"
        "Nhật viện trợ xây nhà nội trú cho học sinh\n"
        "TT - Ông Yasuaki Tanizaki - đại sứ Nhật Bản tại VN - đã ký hợp đồng viện trợ không hoàn lại gần 2 tỉ đồng.\n"
    )
    article = _parse(text)
    assert article.title == "Nhật viện trợ xây nhà nội trú cho học sinh"
    assert article.body[0].startswith("Ông Yasuaki Tanizaki")


@pytest.mark.parametrize(
    "line",
    [
        # a text-to-speech player's voice and speed, the font-size chooser, the pager, a comment prompt
        "Giọng nữ miền Bắc",
        "Tốc độ đọc",
        "Chọn cỡ chữ",
        "Bài trước",
        "Xem tất cả",
        "Đăng nhập để bình luận",
        # a credit's label left alone on its line
        "Nguồn:",
    ],
)
def test_widget_lines_are_stray(line: str) -> None:
    assert ln.is_stray(line)


@pytest.mark.parametrize("line", ["Bài viết được quan tâm", "Tin được quan tâm"])
def test_more_related_markers(line: str) -> None:
    assert ln.is_related_marker(line)


def test_a_registered_mark_opens_a_copyright_notice() -> None:
    text = (
        "Hội Hữu nghị tổ chức đại hội lần thứ II\n\n"
        "Ngày 5/10, Hội Hữu nghị Việt Nam - Lào tỉnh tổ chức đại hội lần thứ II, nhiệm kỳ 2021 - 2026.\n\n"
        "® Ghi rõ nguồn khi phát hành lại thông tin từ website này\n"
    )
    assert all("Ghi rõ" not in p for p in dnnd.parse(text).body)


@pytest.mark.parametrize(
    "banner",
    [
        "chính phủ nước cộng hòa xã hội chủ nghĩa việt nam\nBáo Điện tử Chính phủ",  # baochinhphu.vn
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc",  # a portal's state banner
    ],
)
def test_the_state_banner_over_the_headline_is_the_site_s(banner: str) -> None:
    title = "Hội hữu nghị Việt Nam - Lào tỉnh tổ chức đại hội lần thứ II"
    article = _parse(f"{banner}\n{title}\n\n{_LEAD}")
    assert article.title == title
    assert article.body == (_LEAD,)


def test_a_photo_s_file_name_over_a_blank_above_the_headline_is_no_text() -> None:
    # tinhthantranvanba.com: the page opens with a photo's file name left as its alt text.
    title = "Xót xa phòng học phên nứa dột nát, không điện bên bờ sông Mã"
    article = _parse(f"Img4744 1526223632309914996472\n\n{title}\n\n{_LEAD}")
    assert article.title == title
    assert article.body == (_LEAD,)


def test_bullets_alone_are_no_paragraph() -> None:
    # dongnai.gov.vn: the font-size chooser's empty items under its label.
    page = f"Củng cố hợp tác bảo vệ an ninh biên giới\n\n  • Xem với cỡ chữ \n  •  \n  •  \n{_LEAD}\n"
    assert _parse(page).body == (_LEAD,)


def test_the_skip_link_and_the_portal_s_slogan_over_the_headline_are_the_site_s() -> None:
    # songv.langson.gov.vn
    title = "Đoàn đại biểu tỉnh Lạng Sơn hội đàm với Đoàn đại biểu Khu tự trị dân tộc Choang Quảng Tây"
    slogan = "Quyết tâm thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh Lạng Sơn lần thứ XVI, nhiệm kỳ 2015 - 2020"
    article = _parse(f"Nhảy đến nội dung\n{slogan}\n\n{title}\n\n{_LEAD}")
    assert article.title == title
    assert article.body == (_LEAD,)


@pytest.mark.parametrize("line", ["Bạn không thể gửi bình luận liên tục.", "Xin hãy đợi 60 giây nữa."])
def test_the_comment_box_s_notices_are_the_site_s(line: str) -> None:
    # cnnd.de (a vtv.vn comment box)
    assert ln.is_comment_form(line)


def test_a_lead_dated_with_its_year_repeating_the_headline_is_no_headline() -> None:
    # vnconsulate-osaka.org: the lead repeats the headline after its date ("Ngày 26/3/2021, ...").
    title = "Tổng lãnh sự Việt Nam tại Osaka Nguyễn Hồng Hà gặp gỡ Ban chấp hành Hiệp hội người Việt tại Kansai"
    lead = f"Ngày 26/3/2021, {title}"
    article = _parse(f"{title}\n\n{lead}\n\n{_LEAD}")
    assert article.title == title
    assert article.body == (lead, _LEAD)


def test_the_font_chooser_s_label_is_no_headline() -> None:
    # tapchihuongviet.de: "Phông chữ" over a cut page.
    lead = "Hội doanh nghiệp Việt Nam tại Đức vừa tổ chức Đại hội nhiệm kỳ VI (2019-2022)."
    article = _parse(f"Phông chữ\n\n{lead}\n\n{_LEAD}")
    assert article.title is None


# The portal CMS of many provincial, district and school sites (mattrantoquoc.tayninh.gov.vn,
# felixandlilys.com) heads its lists of other news "Những tin mới hơn" / "Những tin cũ hơn".
@pytest.mark.parametrize("line", ["Những tin mới hơn", "Những tin cũ hơn", "Những bài viết khác:"])
def test_portal_lists_of_newer_and_older_news_are_related_markers(line: str) -> None:
    assert ln.is_related_marker(line)


def test_a_portal_list_of_older_news_ends_the_article() -> None:
    lead = "Ngày 13/5, Ban Thường trực Ủy ban MTTQ Việt Nam xã Phước Đông tổ chức bàn giao nhà Đại đoàn kết cho 2 hộ."
    more = "Tại buổi lễ, đại diện lãnh đạo xã Phước Đông đã trao quyết định tặng nhà cho 2 hộ gia đình khó khăn."
    others = [
        "Ủy ban MTTQ huyện trao 50 suất quà cho hộ nghèo (12/05/2023)",
        "Xã Phước Đông ra quân làm đường (10/05/2023)",
    ]
    page = "\n".join(["Bàn giao nhà Đại đoàn kết cho hộ nghèo", lead, more, "Những tin cũ hơn", *others])
    assert dnnd.parse(page).body == (lead, more)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Tiếng Nhật bên dưới", True),  # juach.org.vn: the Japanese version follows the article
        ("(Bản tiếng Anh ở dưới)", True),
        ("English version below", True),
        ("Hội nghị bên dưới", False),
        ("Xem chi tiết bên dưới", False),
    ],
)
def test_a_notice_that_the_other_language_follows_is_a_language_switch(line: str, expected: bool) -> None:
    assert ln.is_language_switch(line) is expected


def test_a_bilingual_page_s_notice_is_no_headline() -> None:
    lead = "Ngày 9/7, Câu lạc bộ cựu du học sinh Nhật Bản tại TP.HCM đã tổ chức hoạt động tình nguyện tại Trà Vinh."
    article = dnnd.parse(f"Tiếng Nhật bên dưới\n日本語は↓にあります。\n{lead}\n")
    assert article.title is None
    assert article.body == (lead,)
