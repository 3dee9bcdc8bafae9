"""Hypothesis strategies that build valid dnnd records.

Shared by dnnd's own tests and by plugin authors' round-trip tests: generate an
:class:`~dnnd.Article`, render it in your outlet's format, parse it back, and
compare. Requires ``hypothesis`` (the ``test`` extra).

The text is Vietnamese-looking: real syllables with their tone marks, names
built from common surnames, middle and given names.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from hypothesis import strategies as st

from dnnd.model import (
    Article,
    Block,
    DateRef,
    DocumentRef,
    Fact,
    Figure,
    Heading,
    Mention,
    Money,
    Organization,
    Paragraph,
    Person,
    Place,
    Quantity,
    Quote,
    Role,
    Span,
    Term,
)
from dnnd.parsers import lines

__all__ = [
    "TZ",
    "articles",
    "attribute_values",
    "blocks",
    "dates",
    "entities",
    "facts",
    "figures",
    "fragment_paragraphs",
    "mentions_for",
    "names",
    "paragraph_texts",
    "published",
    "sentences",
    "titles",
    "words",
]

TZ = ZoneInfo("Asia/Ho_Chi_Minh")

# Common syllables of Vietnamese news prose, with their tone marks.
WORDS = (  # noqa: SIM905 - a sentence is easier to read and extend than a list of syllables
    "hội nghị tổng kết công tác đối ngoại nhân dân năm hữu nghị hợp tác phát triển giao lưu văn hóa "
    "tỉnh huyện xã thôn bản biên giới hòa bình đoàn kết nhiệm kỳ đại hội ban chấp hành liên hiệp "
    "tổ chức viện trợ dự án chương trình kinh tế xã hội người dân học sinh phụ nữ thanh niên "
    "đại biểu tham dự phát biểu chỉ đạo triển khai thực hiện nâng cao hiệu quả tăng cường mở rộng "
    "quan hệ quốc tế khu vực địa phương đối tác truyền thống chiều sâu thực chất bền vững mới "
    "trao tặng bằng khen thành tích xuất sắc kỷ niệm chương cờ thi đua ký kết thỏa thuận "
    "của và với cho trong các những được đã sẽ đang từ tại về theo"
).split()
SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý")
MIDDLE = ("Văn", "Thị", "Đức", "Minh", "Quốc", "Thanh", "Ngọc", "Hữu", "Xuân", "Phương", "Huy", "Tiến")
GIVEN = ("An", "Bình", "Cài", "Dũng", "Hải", "Huy", "Khánh", "Lan", "Nga", "Quang", "Thu", "Tuấn", "Vy", "Yến")
PLACES = ("Lào Cai", "Hà Giang", "Lai Châu", "Điện Biên", "Yên Bái", "Tuyên Quang", "Cao Bằng", "Sơn La")

words = st.sampled_from(WORDS)


@st.composite
def names(draw: st.DrawFn) -> str:
    """A Vietnamese person's name: surname, zero to two middle names, given name."""
    middle = draw(st.lists(st.sampled_from(MIDDLE), min_size=0, max_size=2, unique=True))
    return " ".join([draw(st.sampled_from(SURNAMES)), *middle, draw(st.sampled_from(GIVEN))])


@st.composite
def fragment_paragraphs(draw: st.DrawFn, fragments: tuple[str, ...], empty: str) -> str:
    """A paragraph of ``fragments`` (an extractor's trigger words), names and ordinary words, in any order.

    Fact extractors meet their triggers in every arrangement here: a property
    test over it finds the crashes and the roles pointing nowhere that tidy
    sentences never show. ``empty`` stands in when nothing is drawn.
    """
    parts = draw(
        st.lists(st.one_of(st.sampled_from(fragments), names(), sentences(min_words=1, max_words=4)), max_size=18)
    )
    text = " ".join(parts).strip() or empty
    return text[0].upper() + text[1:] + "."


@st.composite
def sentences(draw: st.DrawFn, min_words: int = 5, max_words: int = 25) -> str:
    """A sentence: capitalised, words from :data:`WORDS`, a place name or two, a final full stop."""
    body = draw(st.lists(words, min_size=min_words, max_size=max_words))
    if draw(st.booleans()):
        body.insert(draw(st.integers(0, len(body))), "tỉnh " + draw(st.sampled_from(PLACES)))
    text = " ".join(body)
    return text[0].upper() + text[1:] + "."


@st.composite
def paragraph_texts(draw: st.DrawFn) -> str:
    """A paragraph of one to four sentences (long enough to read as body text), never in a photo caption's shape."""
    return draw(st.lists(sentences(min_words=8), min_size=1, max_size=4).map(" ".join).filter(_reads_as_prose))


def _reads_as_prose(text: str) -> bool:
    """False for a short one-sentence paragraph shaped as a photo's caption ("Trao quà cho các hộ ...",
    "Các đại biểu tại buổi lễ."): a reader takes it for one between paragraphs, and so do the parsers, which a
    round trip would count as their error. Drawn word salad falls into that shape now and then."""
    return not (
        lines.is_act_caption(text)
        or lines.is_act_led_caption(text)
        or lines.shows_who_attends(text)
        or lines.is_portrait_caption(text)
    )


@st.composite
def titles(draw: st.DrawFn) -> str:
    """A headline: four to twelve words, capitalised, no final full stop."""
    body = " ".join(draw(st.lists(words, min_size=4, max_size=12)))
    place = draw(st.sampled_from(PLACES))
    text = f"{place} {body}" if draw(st.booleans()) else body
    return text[0].upper() + text[1:]


@st.composite
def figures(draw: st.DrawFn) -> Figure:
    """An image with a file name (or none) and a caption."""
    src = draw(st.one_of(st.none(), st.from_regex(r"img-[0-9]{3,5}\.jpg", fullmatch=True)))
    return Figure(src=src, caption=draw(sentences(min_words=3, max_words=12)))


blocks: st.SearchStrategy[Block] = st.one_of(
    paragraph_texts().map(Paragraph),
    titles().map(Heading),
    paragraph_texts().map(Quote),
    figures(),
)


@st.composite
def published(draw: st.DrawFn) -> datetime | date | None:
    """A publication time to the minute in Asia/Ho_Chi_Minh, a bare date, or none."""
    kind = draw(st.sampled_from(("datetime", "date", "none")))
    if kind == "none":
        return None
    day = draw(st.dates(min_value=date(2010, 1, 1), max_value=date(2030, 12, 31)))
    if kind == "date":
        return day
    minutes = draw(st.integers(0, 24 * 60 - 1))
    return datetime(day.year, day.month, day.day, tzinfo=TZ) + timedelta(minutes=minutes)


dates = st.dates(min_value=date(1945, 1, 1), max_value=date(2035, 12, 31))


@st.composite
def articles(
    draw: st.DrawFn,
    *,
    body: st.SearchStrategy[Block] | None = None,
    min_blocks: int = 1,
    max_blocks: int = 8,
    with_title: bool = True,
) -> Article:
    """An article: title, blocks (paragraphs first), date, authors, outlet and URL.

    ``body`` replaces the block strategy, e.g. ``paragraph_texts().map(Paragraph)``
    for an outlet whose format has no headings or quotes.
    """
    first = Paragraph(draw(paragraph_texts()))
    # A lead printed twice is the page's summary over its text: an article's own blocks never repeat it.
    other = (body if body is not None else blocks).filter(lambda b: b != first)
    rest = draw(st.lists(other, min_size=min_blocks - 1, max_size=max_blocks - 1))
    if rest and isinstance(rest[-1], Heading):
        # A heading introduces text: an article never ends on one (lines with no stop there are other headlines).
        rest.append(Paragraph(draw(paragraph_texts())))
    slug = draw(st.from_regex(r"[a-z]{3,10}(-[a-z]{2,8}){1,5}", fullmatch=True))
    return Article(
        title=draw(titles()) if with_title else None,
        blocks=[first, *rest],
        published=draw(published()),
        url=draw(st.one_of(st.none(), st.just(f"https://example.vn/{slug}-post{draw(st.integers(1, 10**6))}.html"))),
        outlet=draw(st.one_of(st.none(), st.sampled_from(("Báo Lào Cai", "Báo Lai Châu", "Tạp chí Thời Đại")))),
        authors=draw(st.lists(names(), max_size=2, unique=True)),
    )


def _spans(draw: st.DrawFn) -> tuple[Span, ...]:
    starts = draw(st.lists(st.integers(0, 5000), max_size=3))
    return tuple(Span(s, s + draw(st.integers(0, 40))) for s in starts)


_decimals = st.decimals(min_value=Decimal(0), max_value=Decimal(10**13), places=2, allow_nan=False)
_maybe_text = st.one_of(st.none(), titles())


@st.composite
def entities(draw: st.DrawFn) -> object:
    """Any entity record, with its kind's fields filled in."""
    name = draw(titles())
    common: dict[str, Any] = {
        "name": name,
        "id": draw(st.from_regex(r"[a-z]{3,12}:[0-9]{1,3}", fullmatch=True)),
        "spans": _spans(draw),
    }
    kind = draw(st.sampled_from(("person", "org", "place", "money", "quantity", "date", "term", "document")))
    if kind == "person":
        return Person(
            **common, positions=draw(st.lists(titles(), max_size=3)), honorific=draw(st.none() | st.just("ông"))
        )
    if kind == "org":
        return Organization(**common, canonical=draw(_maybe_text), aliases=draw(st.lists(titles(), max_size=2)))
    if kind == "place":
        return Place(
            **common,
            level=draw(st.sampled_from(("country", "province", "commune"))),
            code=draw(st.none() | st.just("VN")),
        )
    if kind == "money":
        return Money(
            **common,
            value=draw(_decimals),
            currency=draw(st.sampled_from(("VND", "USD", "EUR"))),
            qualifier=draw(st.sampled_from((None, "more_than", "nearly", "about"))),
            upper=draw(st.none() | _decimals),
        )
    if kind == "quantity":
        return Quantity(**common, value=draw(_decimals), unit=draw(words))
    if kind == "date":
        return DateRef(**common, value=draw(st.none() | dates), part=draw(st.sampled_from((None, "sáng", "chiều"))))
    if kind == "term":
        return Term(
            **common, start_year=draw(st.none() | st.integers(1945, 2035)), ordinal=draw(st.none() | st.integers(1, 30))
        )
    return DocumentRef(
        **common,
        type=draw(st.sampled_from(("Quyết định", "Chỉ thị", "Kết luận"))),
        number=draw(st.from_regex(r"[0-9]{1,4}/Q[ĐD]-[A-Z]{2,6}", fullmatch=True)),
        date=draw(st.none() | dates),
        issuer=draw(_maybe_text),
    )


@st.composite
def facts(draw: st.DrawFn) -> Fact:
    """A fact with roles pointing at entity ids or literal values."""
    roles = draw(
        st.lists(
            st.builds(
                Role,
                role=st.sampled_from(("donor", "recipient", "amount", "person", "organization")),
                entity=st.none() | st.from_regex(r"[a-z]{3,8}:[0-9]{1,2}", fullmatch=True),
                value=st.none() | titles(),
            ),
            max_size=4,
        )
    )
    return Fact(
        kind=draw(st.sampled_from(("aid", "election", "award"))), roles=roles, code=draw(st.none() | st.just("070"))
    )


#: Values of every type a mention attribute may hold (:data:`dnnd.model.ATTRIBUTE_TYPES`), as extractors make them.
attribute_values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**15), 10**15),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20),
    st.decimals(allow_nan=False, allow_infinity=False, places=3, min_value=-(10**15), max_value=10**15),
    st.dates(),
    # Since 1976 Vietnam keeps one offset (+07:00): no time falls in a zone transition's gap or fold,
    # where aware datetimes of different zones never compare equal (PEP 495).
    st.datetimes(min_value=datetime(1976, 1, 1), max_value=datetime(2035, 12, 31), timezones=st.just(TZ)),
)


@st.composite
def mentions_for(draw: st.DrawFn, text: str, max_mentions: int = 5) -> tuple[Mention, ...]:
    """Mentions whose spans lie inside ``text`` and cut back to their own text, with attributes of every type."""
    out = []
    for _ in range(draw(st.integers(0, max_mentions if text else 0))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, min(len(text), start + 60)))
        out.append(
            Mention(
                kind=draw(st.sampled_from(("person", "place", "money"))),
                start=start,
                end=end,
                text=text[start:end],
                attributes=draw(
                    st.dictionaries(st.sampled_from(("value", "upper", "date", "unit", "day", "raw")), attribute_values)
                ),
            )
        )
    return tuple(out)
