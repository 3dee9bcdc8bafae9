"""The shared word index: words and offsets, vocabularies, patterns tried at their words, capitalised runs."""

from __future__ import annotations

import re

from dnnd import Article, Paragraph
from dnnd.plugin import ExtractionContext
from dnnd.text.patterns import scanner, word_alternation
from dnnd.text.words import WordIndex, opening_words

# (in the shape of a provincial portal's lead: a date, a place after its level word, a person, an acronym)
LEAD = "Sáng 10/1, tại huyện Bát Xát, ông Nguyễn Văn An, Chủ tịch UBND huyện, làm việc với TP.Lào Cai."


def test_words_and_their_offsets() -> None:
    index = WordIndex(LEAD)
    assert index.words[:6] == ["Sáng", "10", "1", "tại", "huyện", "Bát"]
    assert len(index) == len(re.findall(r"\w+", LEAD))
    i = index.words.index("huyện")
    assert LEAD[index.start(i) : index.end(i)] == "huyện"
    assert index.index_at(LEAD.index("Xát") + 1) == index.words.index("Xát")
    assert index.index_at(LEAD.index(",")) is None  # a mark, no word
    assert index.word_before(LEAD.index(" Bát")) == "huyện"
    assert index.word_after(LEAD.index(" Bát")) == "Bát"
    assert index.word_before(0) == "" and index.word_after(len(LEAD)) == ""


def test_vocabularies_are_found_once_and_in_order() -> None:
    index = WordIndex(LEAD)
    levels = frozenset({"huyện", "tỉnh", "xã"})
    found = index.positions(levels)
    assert [index.words[i] for i in found] == ["huyện", "huyện"]
    assert index.positions(levels) is found  # asked again: the same list, not a second pass
    assert index.has_any(levels) and not index.has_any(frozenset({"phường"}))
    # a small vocabulary looked up among the words of a larger one gives the same positions
    assert index.positions(frozenset({"huyện"}), within=levels | {"tại"}) == found


def test_finditer_gives_the_scans_matches() -> None:
    text = "Đoàn thăm huyện Bát Xát, xã Y Tý và các xã Mường Hum, Dền Sáng; huyện Sa Pa xã Tả Van."
    # a level word and everything up to the next comma: a level word inside a match opens none, as in the scan
    pattern = re.compile(r"(?<![\w])(?:huyện|xã) [^,;]+")
    expected = [m.span() for m in pattern.finditer(text)]
    assert [m.span() for m in WordIndex(text).finditer(pattern, frozenset({"huyện", "xã"}))] == expected
    assert [m.span() for m in WordIndex(text).matches(pattern)] == expected
    assert len(expected) == 3  # ("xã Mường Hum" and "xã Tả Van" lie inside matches: none of their own)


def test_opening_words_read_from_the_pattern() -> None:
    # word_alternation checks the word start after the first letter; the words end at a space
    cue = scanner(re.compile(rf"(?:{word_alternation('viện trợ', 'trao tặng', 'hỗ trợ')})(?!\w)"))
    assert opening_words(cue) == {"viện", "Viện", "trao", "Trao", "hỗ", "Hỗ"}
    # a look-behind before the word, classes of a few letters, an abbreviation glued to its full stop
    level = re.compile(r"(?<![\w.])(?:[Tt]ỉnh|TP\.?|[Hh]uyện)(?: |(?<=\.))[A-ZĐ]\w*")
    assert opening_words(level) == {"Tỉnh", "tỉnh", "TP", "Huyện", "huyện"}
    # no check of the word start (a match may open inside a word), or a word of any letters: not told
    assert opening_words(re.compile(r"(?:họp|hội nghị)(?!\w)")) is None
    assert opening_words(re.compile(r"(?<!\w)[A-Z]\w+ (?:Hội|Sở)")) is None
    assert opening_words(re.compile(r"(?<!\w)họp", re.IGNORECASE)) is None


def test_matches_scan_a_pattern_that_may_open_inside_a_word() -> None:
    text = "Các đoàn dự buổi họp mặt, cuộc họp báo và Hội nghị."
    pattern = re.compile(r"(?:họp|Hội nghị)(?!\w)")
    assert [m.group() for m in WordIndex(text).matches(pattern)] == ["họp", "họp", "Hội nghị"]


def test_capitalised_runs() -> None:
    text = "Bà H'Yim và ông Vi-lay-vông gặp Chủ tịch UBND TP.Hà Nội Trần Sỹ Thanh tại Hà Nội."
    runs = [m.group() for m in WordIndex(text).runs]
    assert runs == ["Bà H'Yim", "Vi-lay-vông", "Chủ", "Nội Trần Sỹ Thanh", "Hà Nội"]  # ("Hà" glued after "TP.")
    index = WordIndex(text)
    run = index.run_at(text.index("Sỹ"))
    assert run is not None and run.group() == "Nội Trần Sỹ Thanh"
    assert index.run_at(text.index("gặp")) is None


def test_one_index_per_extraction_run() -> None:
    article = Article(title="Tin", blocks=[Paragraph(LEAD)])
    shared: dict[object, object] = {}
    first = ExtractionContext(article, shared=shared)
    later = ExtractionContext(article, (), (), (), shared)  # the next extractor of the same run
    assert first.words is later.words
    assert first.words.text is article.text
    assert ExtractionContext(article).words is not first.words  # another run: its own index, no global cache


def test_document_and_term_patterns_tried_at_their_words_find_what_their_scans_find() -> None:
    from pathlib import Path

    import dnnd
    from dnnd.extractors.dates import _TERM_ORDINAL_RE
    from dnnd.extractors.documents import _DOCUMENT_RE

    pages = sorted(Path(__file__).resolve().parent.parent.joinpath("examples", "pages").glob("*.txt"))
    texts = [dnnd.parse(page).text for page in pages]
    texts.append("Theo Quyết định số 1234/QĐ-UBND ngày 5/3/2024 và Nghị định 15/2023/NĐ-CP, khóa XV, nhiệm kỳ thứ 2.")
    found = 0
    for pattern in (_DOCUMENT_RE, _TERM_ORDINAL_RE):
        assert opening_words(pattern)
        for text in texts:
            expected = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in WordIndex(text).matches(pattern)] == expected
            found += len(expected)
    assert found >= 4


def test_a_pattern_asked_after_the_words_were_read_finds_its_own_words() -> None:
    # the opening words of every pattern are read in one pass per document: a pattern whose words the index has not
    # seen yet (here "làm việc", after the level words) makes it read them, without losing the others
    index = WordIndex(LEAD)
    level = re.compile(r"(?<![\w])(?:huyện|tỉnh) [A-ZĐ]\w*")
    work = re.compile(r"(?<![\w])làm việc với \w+")
    assert [m.group() for m in index.matches(level)] == ["huyện Bát"]
    assert [m.group() for m in index.matches(work)] == ["làm việc với TP"]
    assert [m.group() for m in index.matches(level)] == ["huyện Bát"]
    # the lists are the words' starts, in order, as the scan finds them
    assert index.opening_starts(level) == [m.start() for m in re.finditer(r"(?<!\w)(?:huyện|tỉnh)(?!\w)", LEAD)]


def test_matches_between_bounds_as_the_scan_between_them() -> None:
    text = "Đoàn đã trao tặng quà; tỉnh trao tặng 50 suất học bổng, đồng thời trao tặng sách."
    pattern = re.compile(rf"(?:{word_alternation('trao tặng', 'tặng')})(?!\w)")
    index = WordIndex(text)
    clause = text.index("tỉnh"), text.index(",")
    for start, end in [clause, (0, len(text)), (text.index("rao"), len(text)), (0, text.index("ặng") + 1)]:
        # (the last two cut a word in two: the scan then reads "rao tặng" or "tr" as the text's words)
        expected = [m.span() for m in pattern.finditer(text, start, end)]
        assert [m.span() for m in index.matches(pattern, start, end)] == expected
    assert [m.group() for m in index.matches(pattern, *clause)] == ["trao tặng"]


def _sample_texts() -> list[str]:
    """The text sample pages' article texts, and the same lower-cased (a page a site printed in lower case)."""
    from pathlib import Path

    import dnnd

    pages = sorted(Path(__file__).resolve().parent.parent.joinpath("examples", "pages").glob("*.txt"))
    texts = [dnnd.parse(page).text for page in pages]
    return [*texts, *(t.lower() for t in texts)]


def _matches_agree_with_scans(patterns: list[re.Pattern[str]]) -> int:
    """Assert each pattern tried at its opening words finds what a scan finds, on every sample text; the count."""
    assert all(opening_words(p) for p in patterns)  # (none falls back to a scan)
    found = 0
    for text in _sample_texts():
        index = WordIndex(text)
        for pattern in patterns:
            expected = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in index.matches(pattern)] == expected
            found += len(expected)
    return found


def test_place_patterns_tried_at_their_words_find_what_their_scans_find() -> None:
    """The level words, prepositions, named units and heads places reads from the index."""
    from dnnd.extractors import places

    patterns = [
        places._KEYWORD_RE,
        places._LOW_KEYWORD,
        places._LOCATIVE_LIST,
        places._named_unit_re(),
        places._low_named_unit_re(),
        places._org_head_re(),
    ]
    assert _matches_agree_with_scans(patterns) > 100


def test_people_and_organization_patterns_tried_at_their_words_find_what_their_scans_find() -> None:
    """The titles, honorifics, capitalised names, heads, generic names and organs people and organizations read
    from the index; the titles also between the bounds people gives (from 160 characters before a capitalised
    run up to its start)."""
    from dnnd.extractors import organizations, people

    patterns = [
        people._title_re(),
        people._glued_honorific_re(),
        people._INITIALS,
        people._CAPS_NAME,
        people._caps_run_re(),
        organizations._head_re(),
        organizations._generic_re(),
        organizations._organ_re(),
    ]
    assert _matches_agree_with_scans(patterns) > 100
    bounded = 0
    for text in _sample_texts():
        index = WordIndex(text)
        for run in index.runs:
            floor = max(0, run.start() - 160)
            expected = [m.span() for m in people._title_re().finditer(text, floor, run.start())]
            assert [m.span() for m in index.matches(people._title_re(), floor, run.start())] == expected
            bounded += len(expected)
    assert bounded > 100
