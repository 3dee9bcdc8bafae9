"""The one fact loop: a kind of one's own in a few lines, merging by key, and aid's shared grammar."""

from __future__ import annotations

import re

import dnnd
from dnnd.facts import FACT_ORDER, FactDraft, FactKind, Reading, RoleSpec, Sentence, register_fact_kind, role_values
from dnnd.facts.extractor import FactExtractor, merge_facts
from dnnd.facts.reading import scan_words
from dnnd.facts.schema import fact_kind
from dnnd.model import Article, Fact, Paragraph, Role, Span

VISIT = register_fact_kind(
    FactKind("test-visit", ("042",), (), (RoleSpec("visitor", {"organization"}),), merge_key=("visitor",))
)


class VisitExtractor(FactExtractor):
    """A third-party kind: "<organization> thăm ..."; only ``read`` is its own."""

    name = "test-visits"
    order = FACT_ORDER + 90
    kind = "test-visit"
    cue = re.compile(r"(?<!\w)thăm(?!\w)")

    def read(
        self, reading: Reading, sentence: Sentence, clause: tuple[int, int], trigger: re.Match[str]
    ) -> FactDraft | None:
        visitors = reading.entities_in(clause[0], trigger.start(), "organization")
        return FactDraft(self.kind).add_all("visitor", visitors) if visitors else None


def _run(*paragraphs: str, extractors: list[FactExtractor] | None = None) -> Article:
    article = Article(title="Tin tỉnh Lào Cai", blocks=tuple(Paragraph(p) for p in paragraphs))
    if extractors is None:
        return dnnd.extract(article)
    registered = [e for e in dnnd.default_registry().extractors() if e.order < FACT_ORDER]
    return dnnd.extract(article, extractors=[*registered, *extractors])


def test_a_kind_of_ones_own_runs_the_shared_loop_with_realis_and_merge() -> None:
    article = _run(
        "Hội Hữu nghị Việt - Lào tỉnh Lào Cai thăm tỉnh Phông Sả Lỳ. Sau đó, Hội Hữu nghị Việt - Lào tỉnh Lào Cai thăm "
        "bản Na Ka. Hội Chữ thập đỏ tỉnh Lào Cai sẽ thăm tỉnh Luang Namtha.",
        extractors=[VisitExtractor()],
    )
    [visit] = [f for f in article.facts if f.kind == "test-visit"]  # merged by visitor; the planned one is none
    assert role_values(visit, article.entities, "visitor") == ["Hội Hữu nghị Việt - Lào tỉnh Lào Cai"]
    assert visit.code == "042" and len(visit.spans) == 2


def test_merge_keeps_the_first_single_valued_role_and_adds_the_rest() -> None:
    one = Fact("aid", (Role("status", None, "committed"), Role("amount", "money:1")), "033", (Span(5, 9),))
    two = Fact("aid", (Role("status", None, "donated"), Role("amount", "money:1"), Role("donor", "org:1")), "070")
    lone = Fact("aid", (Role("status", None, "donated"),), "070", (Span(1, 2),))
    merged = merge_facts([one, two, lone], fact_kind("aid"))
    assert merged[0].roles == (*one.roles, Role("donor", "org:1")) and merged[1] == lone


def test_the_same_goods_told_again_in_other_words_are_one_aid() -> None:
    items = Role("items", "quantity:1")
    lead = Fact("aid", (Role("status", None, "donated"), items, Role("date", "date:1")), "070", (Span(0, 40),))
    again = Fact("aid", (Role("status", None, "donated"), items, Role("donor", "org:1")), "070", (Span(50, 90),))
    merged = merge_facts([lead, again], fact_kind("aid"))
    assert len(merged) == 1 and Role("donor", "org:1") in merged[0].roles
    assert merged[0].spans == (Span(0, 40), Span(50, 90))


def test_the_same_goods_on_another_day_or_in_the_same_words_are_not_merged() -> None:
    items = Role("items", "quantity:1")
    first = Fact("aid", (Role("status", None, "donated"), items, Role("date", "date:1")), "070", (Span(0, 40),))
    later = Fact("aid", (Role("status", None, "donated"), items, Role("date", "date:2")), "070", (Span(50, 90),))
    same_words = Fact("aid", (Role("status", None, "donated"), items), "070", (Span(0, 40),))
    assert len(merge_facts([first, later], fact_kind("aid"))) == 2
    assert len(merge_facts([first, same_words], fact_kind("aid"))) == 2


def test_goods_handed_over_and_received_are_one_transfer() -> None:
    items = Role("items", "quantity:1")
    given = Fact("aid", (Role("status", None, "donated"), items, Role("donor", "org:1")), "070", (Span(0, 40),))
    received = Fact(
        "aid", (Role("status", None, "received"), items, Role("recipient", "org:2")), "070", (Span(50, 90),)
    )
    other = Fact("aid", (Role("status", None, "received"), Role("items", "quantity:2")), "070", (Span(100, 140),))
    merged = merge_facts([given, received, other], fact_kind("aid"))
    assert len(merged) == 2 and {Role("donor", "org:1"), Role("recipient", "org:2")} <= set(merged[0].roles)


def test_a_handover_in_the_lead_and_again_in_the_body_is_one_fact() -> None:
    article = _run(
        "Sáng 5/3, Hội Chữ thập đỏ tỉnh Lào Cai trao tặng 200 suất quà cho hộ nghèo xã Y Tý.",
        "Tại buổi lễ, ông Nguyễn Văn An, Chủ tịch Hội Chữ thập đỏ tỉnh Lào Cai đã trao 200 suất quà cho các hộ nghèo.",
        "Ngày 9/3, Hội Chữ thập đỏ tỉnh Lào Cai trao 200 suất quà cho hộ nghèo xã A Mú Sung.",
    )
    aid = [f for f in article.facts if f.kind == "aid"]
    assert [role_values(f, article.entities, "date") for f in aid] == [["Sáng 5/3"], ["Ngày 9/3"]]
    assert len(aid[0].spans) == 2


def test_a_breakdown_points_at_its_total() -> None:
    article = _run(
        "Năm 2016, toàn tỉnh tiếp nhận 38 khoản viện trợ với tổng vốn cam kết 3,3 triệu USD. Trong đó, tổng giá trị "
        "cam kết của các dự án y tế là 1,9 triệu USD."
    )
    aid = [f for f in article.facts if f.kind == "aid"]
    assert [role_values(f, article.entities, "part_of") for f in aid] == [[], ["3,3 triệu USD"]]


def test_a_source_or_an_approver_is_never_a_donor() -> None:
    article = _run(
        "Theo Sở Ngoại vụ tỉnh Lào Cai, Tổ chức Plan International trao tặng 200 triệu đồng cho xã Y Tý.",
        "Dự án được UBND tỉnh Lào Cai phê duyệt, Tổ chức World Vision tài trợ 500 triệu đồng cho huyện Bát Xát.",
    )
    donors = [role_values(f, article.entities, "donor") for f in article.facts if f.kind == "aid"]
    assert all("Sở Ngoại vụ tỉnh Lào Cai" not in d and "UBND tỉnh Lào Cai" not in d for d in donors), donors
    assert len(donors) == 2


def test_cues_tried_at_their_words_find_the_sentences_their_scans_find() -> None:
    """The cue filter and the cued sentences, tried only at the words each cue opens with, find on the sample
    pages (and on them lower-cased) what a scan of the text and of each sentence finds."""
    from pathlib import Path

    from dnnd.facts import awards, elections
    from dnnd.plugin import ExtractionContext
    from dnnd.text.words import opening_words

    pages = sorted(Path(__file__).resolve().parent.parent.joinpath("examples", "pages").glob("*.txt"))
    articles = [dnnd.parse(page) for page in pages]
    articles += [Article(blocks=[Paragraph(b.text.lower()) for b in a.blocks if b.text]) for a in articles]
    cues = [e.cue for e in dnnd.default_registry().extractors() if isinstance(e, FactExtractor)]
    cues += [awards._AWARD_RE, elections._CUE_RE, VisitExtractor.cue]  # (narrower cues, a kind of one's own)
    # every cue is tried at its words (meetings' too: its meeting words are read at a word's start)
    assert all(opening_words(cue) is not None for cue in cues)
    cued = 0
    for article in articles:
        context = ExtractionContext(article)
        reading = Reading(context)
        for cue in cues:
            found = next(scan_words(context.words, cue), None)
            assert (found is None) == (cue.search(article.text) is None)
            assert [m.span() for m in scan_words(context.words, cue)] == [m.span() for m in cue.finditer(article.text)]
            for s in reading.sentences:
                expected = [m.span() for m in cue.finditer(article.text, s.start, s.end)]
                assert [m.span() for m in context.words.matches(cue, s.start, s.end)] == expected
                first = reading.first(cue, s.start, s.end)
                assert (first.span() if first else None) == (expected[0] if expected else None)
                cued += bool(expected)
    assert cued > 50


def test_a_whole_article_scan_for_a_pattern_that_may_open_inside_a_word_finds_what_finditer_finds() -> None:
    """A pattern whose opening words cannot be told (it may start inside a word) is scanned for in its scanner()
    form: the same matches, group for group, as the pattern's own scan (the meetings' guest lists)."""
    from dnnd.facts import meetings
    from dnnd.plugin import ExtractionContext
    from dnnd.text.words import opening_words

    pattern = meetings._EVENT_GUESTS_RE
    assert opening_words(pattern) is None  # (the scan, not the word index)
    # guest lists of tune pages: baolangson.vn (d316: "2012-2017.Tới dự có", glued to the full stop before it),
    # sggp.org.vn (d332), huunghi.haugiang.gov.vn (d101)
    text = (
        "Hội Hữu nghị và Hợp tác Việt Nam - Chi-lê tổ chức Đại hội đại biểu toàn quốc lần thứ II, nhiệm kỳ "
        "2012-2017.Tới dự có Phó Chủ tịch Thường trực Liên hiệp các tổ chức hữu nghị Việt Nam.\n\n"
        "Đến dự có đồng chí Hà Thị Nga, Ủy viên Trung ương Đảng, Chủ tịch Hội LHPN Việt Nam.\n\n"
        "Tham dự có ông Phan Anh Sơn - Phó Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam."
    )
    words = ExtractionContext(Article(blocks=[Paragraph(p) for p in text.split("\n\n")])).words
    scanned = [(m.span(), m.groups()) for m in pattern.finditer(words.text)]
    assert [(m.span(), m.groups()) for m in scan_words(words, pattern)] == scanned
    assert len(scanned) == 3


def test_the_cued_clauses_are_the_clauses_of_the_sentences_a_search_finds() -> None:
    """A sentence holding none of the words the cue opens with is passed over unread; the clauses given are those
    of every sentence the cue's search finds (a sample page of aid)."""
    from pathlib import Path

    from dnnd.facts import aid, awards
    from dnnd.facts.reading import clauses

    page = Path(__file__).resolve().parent.parent.joinpath("examples", "pages")
    for path in sorted(page.glob("*.txt")):
        reading = Reading(dnnd.ExtractionContext(dnnd.parse(path)))
        for extractor, cue in ((aid.AidExtractor(), None), (awards.AwardExtractor(), awards._AWARD_RE)):
            expected = [
                (s, c)
                for s in reading.sentences
                if (cue or extractor.cue).search(reading.text, s.start, s.end)
                for c in clauses(reading.text, s.start, s.end)
            ]
            assert list(extractor.cued_clauses(reading, cue)) == expected


def test_a_clause_is_cut_at_semicolons_and_at_dong_thoi_only() -> None:
    """Clauses of news sentences: one sentence with neither mark is one clause."""
    from dnnd.facts.reading import clauses

    text = (
        "Hội đã trao 50 suất quà cho học sinh nghèo; đồng thời tặng 20 xe đạp. "
        "Đoàn đã thăm và làm việc với UBND huyện, đồng thời trao tặng 100 suất quà cho hộ nghèo. "
        "Chương trình đã trao tặng 129 suất học bổng."
    )
    first, second, third = (m.span() for m in re.finditer(r"[^.]+\.", text))
    assert [text[a:b] for a, b in clauses(text, *first)] == [
        "Hội đã trao 50 suất quà cho học sinh nghèo",
        "đồng thời tặng 20 xe đạp.",
    ]
    assert [text[a:b] for a, b in clauses(text, *second)][1] == "đồng thời trao tặng 100 suất quà cho hộ nghèo."
    assert clauses(text, *third) == [third]
    assert clauses(text, 5, 5) == []


def test_the_meeting_words_read_at_word_starts_are_those_a_scan_finds_at_word_starts() -> None:
    """The meeting words the meeting extractor reads (at the words they open with) are the matches of the scan of
    every position that start a word, on the sample pages."""
    from pathlib import Path

    from dnnd.facts import meetings
    from dnnd.plugin import ExtractionContext

    found = 0
    for path in sorted(Path(__file__).resolve().parent.parent.joinpath("examples", "pages").glob("*.txt")):
        article = dnnd.parse(path)
        text, words = article.text, ExtractionContext(article).words
        # (the scan also finds words inside a word, which the extractor then passes over)
        scanned = [
            m.span() for m in meetings._NOUN_RE.finditer(text) if not re.match(r"\w", text[m.start() - 1 : m.start()])
        ]
        assert [m.span() for m in scan_words(words, meetings._NOUN_AT_WORD_RE)] == scanned
        found += len(scanned)
    assert found > 20
