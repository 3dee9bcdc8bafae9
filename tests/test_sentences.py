"""The one sentence splitter the fact reading and the year of a date share."""

from __future__ import annotations

from dnnd.text.sentences import split_sentences


def test_sentences_end_at_a_stop_before_a_capital_but_not_after_an_abbreviation() -> None:
    text = "Ông TS. Nguyễn Văn A dự. Sáng 10/1, hội nghị khai mạc.Nhân dịp này, TP.HCM trao quà. "
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Ông TS. Nguyễn Văn A dự.",
        "Sáng 10/1, hội nghị khai mạc.",  # a full stop that lost its space still ends the sentence
        "Nhân dịp này, TP.HCM trao quà.",
    ]


def test_offsets_shift_the_spans_into_the_whole_text() -> None:
    text = "Một câu. Hai câu."
    assert list(split_sentences(text, 100)) == [(100, 108), (109, 117)]


def test_chained_degree_titles_and_honorary_titles_do_not_end_a_sentence() -> None:
    text = "Dự lễ có PGS.TS. Nguyễn Thị Bích Loan, GS.TSKH. Nguyễn Đình Đức và NSND. Thu Hiền. Lễ kết thúc."
    # cshn.tmu.edu.vn writes "PGS.TS. Nguyễn Thị Bích Loan"; the other titles are chained the same way
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Dự lễ có PGS.TS. Nguyễn Thị Bích Loan, GS.TSKH. Nguyễn Đình Đức và NSND. Thu Hiền.",
        "Lễ kết thúc.",
    ]


def test_middle_initials_of_foreign_names_and_vietnamese_initials_stay_inside_the_sentence() -> None:
    # plo.vn, phumyhung.vn: "Quỹ hỗ trợ cộng đồng Lawrence S. Ting"; hoivietsec.vn: "trưởng khoa MUDr. Vaněk"
    text = (
        "Ngày 23 và 24-10, Quỹ hỗ trợ cộng đồng Lawrence S. Ting tiếp tục trao 250 xe lăn. "
        "Huy hiệu được trao cho trưởng khoa MUDr. Vaněk. Anh N.V. An và chị Đ.T. Hà nhận quà."
    )
    sentences = [text[s:e] for s, e in split_sentences(text)]
    assert sentences == [
        "Ngày 23 và 24-10, Quỹ hỗ trợ cộng đồng Lawrence S. Ting tiếp tục trao 250 xe lăn.",
        "Huy hiệu được trao cho trưởng khoa MUDr. Vaněk.",
        "Anh N.V. An và chị Đ.T. Hà nhận quà.",
    ]


def test_roman_numerals_one_letter_words_and_dotted_numbers_read_as_before() -> None:
    text = "Đại hội khóa V. Đại hội bầu 15 ủy viên ngày 12.5.2024 với 1.000 USD. Nước Ý. Hết"
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Đại hội khóa V.",  # a Roman numeral ends the sentence, it is no initial
        "Đại hội bầu 15 ủy viên ngày 12.5.2024 với 1.000 USD.",
        "Nước Ý.",
        "Hết",
    ]


def test_an_ellipsis_after_v_v_ends_the_sentence() -> None:
    # hoihuunghivietnga.vn: "du lịch quốc tế, phổ biến tiếng Nga v.v... Ông Trịnh Quốc Khánh đã trình bày"
    text = "Các vấn đề như du lịch, tiếng Nga v.v... Ông Trịnh Quốc Khánh đã trình bày báo cáo."
    assert len(list(split_sentences(text))) == 2


def test_three_initials_are_a_whole_name_and_end_the_sentence() -> None:
    # cafef.vn (tune): "... là T.V.H và P.V.H. Trong ảnh là hiện trường"
    # nhandan.vn (tune): "108.373 túi bột lọc nước P&G. Cộng đồng người Việt": a brand ends the sentence too
    text = "Hai nạn nhân đang điều trị là T.V.H và P.V.H. Trong ảnh là hiện trường. Có 108 túi bột P&G. Cộng đồng góp."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Hai nạn nhân đang điều trị là T.V.H và P.V.H.",
        "Trong ảnh là hiện trường.",
        "Có 108 túi bột P&G.",
        "Cộng đồng góp.",
    ]


def test_an_ellipsis_or_a_closing_quote_that_lost_its_space_still_ends_the_sentence() -> None:
    # queviet (tune): "đi tham quan dã ngoại...Đội bóng đá Nam Định là một trong"
    text = "Hội tổ chức gặp mặt, đi tham quan dã ngoại...Đội bóng đá thắng. Ông nói “cảm ơn.”Ông Hùng đáp lời."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Hội tổ chức gặp mặt, đi tham quan dã ngoại...",
        "Đội bóng đá thắng.",
        "Ông nói “cảm ơn.”",
        "Ông Hùng đáp lời.",
    ]
