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
