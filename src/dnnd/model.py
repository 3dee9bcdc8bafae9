"""The records dnnd reads and produces.

Every record is a frozen, slotted :mod:`attrs` class: a value, equal to another
when their contents are equal, hashable, and validated when it is built. Text
fields are normalised to NFC on the way in, so that ``"hoà"`` typed with
combining marks and with precomposed letters compare equal.

The flow is ``RawDocument`` → (a parser) → :class:`Article` → (extractors) →
:class:`Mention` and entity records (:class:`Person`, :class:`Organization`,
:class:`Place`, :class:`Money`, ...) → :class:`Fact`.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any, ClassVar, TypeAlias

import attrs

__all__ = [
    "ATTRIBUTE_TYPES",
    "BODY_BLOCK_TYPES",
    "Article",
    "Block",
    "DateRef",
    "DocumentRef",
    "Entity",
    "Fact",
    "Figure",
    "Heading",
    "Mention",
    "Money",
    "Organization",
    "Paragraph",
    "Person",
    "Place",
    "Quantity",
    "Quote",
    "RawDocument",
    "Role",
    "Sniff",
    "Span",
    "Term",
    "nfc",
]

#: The JSON shape version; bumped on any incompatible change (see docs/json.rst).
SCHEMA_VERSION = 1


def nfc(value: str) -> str:
    """Return ``value`` in Unicode normal form C (precomposed Vietnamese letters)."""
    return unicodedata.normalize("NFC", value)


def _nfc_optional(value: str | None) -> str | None:
    return None if value is None else nfc(value)


def _nfc_tuple(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(map(nfc, values))  # (a person's positions, an organization's aliases: built by the thousand)


def _aware(instance: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, datetime) and value.utcoffset() is None:
        raise ValueError(f"{attribute.name} must be timezone-aware, got {value!r}")


def _spans(values: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(values)


def _mentions(values: Iterable[Mention]) -> tuple[Mention, ...]:
    return tuple(values)


def _entities(values: Iterable[AnyEntity]) -> tuple[AnyEntity, ...]:
    return tuple(values)


def _facts(values: Iterable[Fact]) -> tuple[Fact, ...]:
    return tuple(values)


def _roles(values: Iterable[Role]) -> tuple[Role, ...]:
    return tuple(values)


#: The types a mention attribute's value may have. JSON has no decimal or date: the JSON shape says
#: which attributes hold one (a mention's ``types``), so that they read back as they were.
ATTRIBUTE_TYPES: tuple[type, ...] = (str, int, float, bool, Decimal, date, datetime, type(None))


_EXACT_ATTRIBUTE_TYPES = frozenset(ATTRIBUTE_TYPES)
_STR_ONLY = {str}


def _frozen_pairs(value: Mapping[str, Any] | Iterable[tuple[str, Any]]) -> tuple[tuple[str, Any], ...]:
    if not value:
        return ()  # most mentions have no attributes: built by the thousand, keep this cheap
    if type(value) is dict and _STR_ONLY.issuperset(map(type, value)):  # (not empty: every key a str)
        pairs = tuple(sorted(value.items()))  # (the extractors build such dicts, by the thousand: no str() per key)
        if _EXACT_ATTRIBUTE_TYPES.issuperset(map(type, value.values())):
            return pairs  # (every value of a type allowed as it is: checked in one call, not one a pair)
    else:
        items = value.items() if isinstance(value, Mapping) else value
        pairs = tuple(sorted((str(k), v) for k, v in items))
    for key, v in pairs:
        if type(v) not in _EXACT_ATTRIBUTE_TYPES and not isinstance(v, ATTRIBUTE_TYPES):
            raise TypeError(
                f"mention attribute {key!r} is a {type(v).__name__}; use one of "
                + ", ".join(t.__name__ for t in ATTRIBUTE_TYPES)
            )
    return pairs


def _start_not_negative(start: int) -> None:
    if start < 0:
        raise ValueError(f"'start' must be >= 0: {start}")  # attrs.validators.ge(0)'s message


# --------------------------------------------------------------------------- input


@attrs.frozen
class RawDocument:
    """One page as fetched or scraped, before any parsing.

    ``content`` is the page itself: ``bytes`` as read from disk or the network,
    or ``str`` when the caller already decoded it. ``source`` names where it came
    from (a path or a URL) and appears in every error about it.
    """

    content: bytes | str = attrs.field(repr=lambda c: f"<{len(c)} {type(c).__name__}>")
    source: str | None = None
    url: str | None = None
    media_type: str | None = None
    encoding: str | None = None

    @property
    def name(self) -> str:
        """A short name for messages: the source, the URL, or ``<input>``."""
        return self.source or self.url or "<input>"

    @property
    def text(self) -> str:
        """The page as NFC text, decoding ``bytes`` with :func:`dnnd.decode.decode` if needed."""
        if isinstance(self.content, str):
            return nfc(self.content)
        from dnnd.decode import decode

        return decode(self.content, name=self.name, declared=self.encoding).text


@attrs.frozen
class Sniff:
    """A parser's answer to "is this page yours?": a confidence and why."""

    confidence: float = attrs.field(validator=[attrs.validators.ge(0.0), attrs.validators.le(1.0)])
    reason: str = ""

    @classmethod
    def no(cls, reason: str) -> Sniff:
        """A refusal with its reason."""
        return cls(0.0, reason)


# --------------------------------------------------------------------------- article


@attrs.frozen
class Paragraph:
    """A paragraph of body text."""

    type: ClassVar[str] = "paragraph"
    text: str = attrs.field(converter=nfc)


@attrs.frozen
class Heading:
    """A sub-heading inside the body (level 2 = the first level below the title)."""

    type: ClassVar[str] = "heading"
    text: str = attrs.field(converter=nfc)
    level: int = 2


@attrs.frozen
class Quote:
    """A quoted passage set apart from the paragraphs (a blockquote)."""

    type: ClassVar[str] = "quote"
    text: str = attrs.field(converter=nfc)


@attrs.frozen
class Figure:
    """An image, its source (a file name or URL, when known) and its caption.

    A photo credit such as ``(Ảnh: ...)`` stays in the caption. Several images
    sharing one caption are several figures with the same caption.
    """

    type: ClassVar[str] = "figure"
    src: str | None = None
    caption: str = attrs.field(default="", converter=nfc)

    @property
    def text(self) -> str:
        """The caption: the part of a figure that is text."""
        return self.caption


Block: TypeAlias = Paragraph | Heading | Quote | Figure
#: Block types whose text is body text (a figure's caption is not).
BODY_BLOCK_TYPES = (Paragraph, Heading, Quote)
BLOCK_TYPES: dict[str, type[Block]] = {c.type: c for c in (Paragraph, Heading, Quote, Figure)}


@attrs.frozen
class Mention:
    """A stretch of an article's text that names something.

    ``start`` and ``end`` are ``str`` indices into :attr:`Article.text`, so
    ``article.text[m.start:m.end] == m.text`` always holds (see
    :meth:`Article.check_mention`). ``entity`` is the id of the entity the
    mention was resolved to, if any; ``attributes`` carries what the extractor
    read off the mention itself (a role, a unit, a raw number); each value is
    one of :data:`ATTRIBUTE_TYPES` (a ``Decimal`` or a ``date`` included).
    """

    kind: str
    start: int
    end: int = attrs.field()
    text: str
    entity: str | None = None
    attributes: tuple[tuple[str, Any], ...] = attrs.field(default=(), converter=_frozen_pairs)

    @end.validator
    def _end_after_start(self, attribute: attrs.Attribute[int], value: int) -> None:
        start = self.start  # (one validator, no call inside: mentions are built by the thousand)
        if start < 0:
            _start_not_negative(start)
        if value < start:
            raise ValueError(f"mention end {value} is before its start {start}")
        if len(self.text) != value - start:
            raise ValueError(f"mention text {self.text!r} is not {value - start} characters long")

    @property
    def attrs(self) -> dict[str, Any]:
        """``attributes`` as a dict."""
        return dict(self.attributes)


@attrs.frozen
class Span:
    """A stretch ``[start, end)`` of an article's text."""

    start: int
    end: int = attrs.field()

    @end.validator
    def _ordered(self, attribute: attrs.Attribute[int], value: int) -> None:
        start = self.start  # (one validator call per span rather than two, no call inside)
        if start < 0:
            _start_not_negative(start)
        if value < start:
            raise ValueError(f"span end {value} is before its start {start}")


# --------------------------------------------------------------------------- entities


@attrs.frozen(kw_only=True)
class Entity:
    """Base of every entity: one real-world thing within one article.

    ``name`` is the display name (the fullest form the article uses), ``spans``
    where the article mentions it, and ``id`` an identifier unique within the
    article (``person:1``). Entity fields are keyword-only.
    """

    kind: ClassVar[str] = "entity"
    name: str = attrs.field(converter=nfc)
    id: str = ""
    spans: tuple[Span, ...] = attrs.field(default=(), converter=_spans)


@attrs.frozen(kw_only=True)
class Person(Entity):
    """A person, with every position the article gives them, verbatim."""

    kind: ClassVar[str] = "person"
    positions: tuple[str, ...] = attrs.field(default=(), converter=_nfc_tuple)
    honorific: str | None = None


@attrs.frozen(kw_only=True)
class Organization(Entity):
    """An organization. ``canonical`` spells out abbreviations (UBND → Ủy ban nhân dân)."""

    kind: ClassVar[str] = "organization"
    canonical: str | None = attrs.field(default=None, converter=_nfc_optional)
    category: str | None = None
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_nfc_tuple)


@attrs.frozen(kw_only=True)
class Place(Entity):
    """A place: a country, a province, a commune, a foreign region...

    ``level`` is one of ``country``, ``region``, ``province``, ``district``,
    ``commune``, ``village`` or ``other``; ``code`` an ISO 3166 code for a
    country or the administrative code of a Vietnamese unit; ``country`` the
    ISO code of the country it lies in; ``current`` the name of the unit it
    belongs to now, for a province merged in 2025.
    """

    kind: ClassVar[str] = "place"
    level: str = "other"
    code: str | None = None
    country: str | None = None
    current: str | None = attrs.field(default=None, converter=_nfc_optional)


@attrs.frozen(kw_only=True)
class Money(Entity):
    """A sum of money: an exact ``Decimal`` value, an ISO 4217 currency and a qualifier.

    ``name`` is the text as written (``"hơn 537 tỷ đồng"``); ``qualifier`` says
    how the writer bounded it (``more_than`` for *hơn*, ``nearly`` for *gần*,
    ``about`` for *khoảng*). A range is recorded at its lower bound with
    ``upper`` set.
    """

    kind: ClassVar[str] = "money"
    value: Decimal = attrs.field(converter=Decimal)
    currency: str = attrs.field(validator=attrs.validators.matches_re(r"[A-Z]{3}"))
    qualifier: str | None = None
    upper: Decimal | None = attrs.field(default=None, converter=attrs.converters.optional(Decimal))


@attrs.frozen(kw_only=True)
class Quantity(Entity):
    """A count of something that is not money: ``85 dự án``, ``250.000 chiếc khẩu trang``."""

    kind: ClassVar[str] = "quantity"
    value: Decimal = attrs.field(converter=Decimal)
    unit: str = attrs.field(default="", converter=nfc)
    qualifier: str | None = None


@attrs.frozen(kw_only=True)
class DateRef(Entity):
    """A date the article mentions, resolved to a calendar day where possible.

    ``value`` is ``None`` when the year could not be inferred; ``part`` keeps the
    time of day a Vietnamese dateline gives (``sáng``, ``chiều``, ``tối``).
    """

    kind: ClassVar[str] = "date"
    value: date | None = None
    part: str | None = None


@attrs.frozen(kw_only=True)
class Term(Entity):
    """A term or a numbered session: ``nhiệm kỳ 2023 - 2028``, ``khóa III``, ``năm 2025``."""

    kind: ClassVar[str] = "term"
    start_year: int | None = None
    end_year: int | None = None
    ordinal: int | None = None


@attrs.frozen(kw_only=True)
class DocumentRef(Entity):
    """A numbered official document: ``Quyết định số 326/QĐ-LHHN ngày 22/3/2024``."""

    kind: ClassVar[str] = "document"
    type: str = ""
    number: str = ""
    date: date | None = None
    issuer: str | None = attrs.field(default=None, converter=_nfc_optional)


AnyEntity: TypeAlias = Person | Organization | Place | Money | Quantity | DateRef | Term | DocumentRef
ENTITY_TYPES: dict[str, type[AnyEntity]] = {
    c.kind: c for c in (Person, Organization, Place, Money, Quantity, DateRef, Term, DocumentRef)
}


@attrs.frozen
class Role:
    """One participant or value in a fact: ``donor`` → an entity id or a literal value."""

    role: str
    entity: str | None = None
    value: str | None = None


@attrs.frozen
class Fact:
    """An event the article reports, with where it says so.

    ``kind`` is ``aid``, ``election``, ``award``, ``twinning``, ``meeting``...;
    ``code`` a CAMEO-style event code where one fits; ``spans`` the stretches of
    the article's text the fact rests on.
    """

    kind: str
    roles: tuple[Role, ...] = attrs.field(default=(), converter=_roles)
    code: str | None = None
    spans: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    article: str | None = None


# --------------------------------------------------------------------------- the article


def _blocks(value: Iterable[Block]) -> tuple[Block, ...]:
    return tuple(value)


@attrs.frozen
class Article:
    """A news article, cleaned of its site's furniture.

    ``blocks`` hold the body in reading order: paragraphs, headings, quotes and
    figures. ``lead`` is the sapo when the page marks one; it is also the first
    paragraph block. ``published`` is an aware ``datetime`` (Asia/Ho_Chi_Minh)
    when the page shows a time, a ``date`` when it shows only the day.
    ``outlet`` is who wrote the article (``Báo Lào Cai``), ``site`` who
    republished it (``Tạp chí Thời Đại``).

    :attr:`text` is what every mention's span indexes into.
    """

    title: str | None = attrs.field(default=None, converter=_nfc_optional)
    blocks: tuple[Block, ...] = attrs.field(default=(), converter=_blocks)
    lead: str | None = attrs.field(default=None, converter=_nfc_optional)
    published: datetime | date | None = attrs.field(default=None, validator=_aware)
    url: str | None = None
    outlet: str | None = attrs.field(default=None, converter=_nfc_optional)
    site: str | None = attrs.field(default=None, converter=_nfc_optional)
    authors: tuple[str, ...] = attrs.field(default=(), converter=_nfc_tuple)
    republished_from: str | None = None
    language: str = "vi"
    parser: str | None = None
    source: str | None = None
    mentions: tuple[Mention, ...] = attrs.field(default=(), converter=_mentions)
    entities: tuple[AnyEntity, ...] = attrs.field(default=(), converter=_entities)
    facts: tuple[Fact, ...] = attrs.field(default=(), converter=_facts)
    #: The article's text: every block's text (captions included), a blank line apart.
    #: Derived from ``blocks`` once, when the article is built; every span indexes into it.
    text: str = attrs.field(init=False, eq=False, repr=False)
    id: str = attrs.field()

    @text.default
    def _join_blocks(self) -> str:
        return "\n\n".join(b.text for b in self.blocks if b.text)

    @id.default
    def _derive_id(self) -> str:
        key = self.url or "\n".join([self.title or "", self.text])
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]

    @property
    def identity(self) -> str:
        """Which page this article is, for a corpus: its URL, else its source (the path as given), else its id.

        Indexing an article whose identity is already stored replaces the stored
        one, so an edited page indexed again is not a second article. A source
        in angle brackets (``<stdin>``) or ``-`` names no place and is not used.
        """
        if self.url:
            return self.url
        if self.source and self.source != "-" and not (self.source.startswith("<") and self.source.endswith(">")):
            return self.source
        return self.id

    @property
    def body(self) -> tuple[str, ...]:
        """The body paragraphs, headings and quotes, without captions."""
        return tuple(b.text for b in self.blocks if isinstance(b, BODY_BLOCK_TYPES))

    @property
    def figures(self) -> tuple[Figure, ...]:
        """The figures, in order."""
        return tuple(b for b in self.blocks if isinstance(b, Figure))

    def block_offsets(self) -> list[tuple[int, Block]]:
        """Where each block with text starts in :attr:`text`."""
        out, pos = [], 0
        for b in self.blocks:
            if not b.text:
                continue
            out.append((pos, b))
            pos += len(b.text) + 2
        return out

    def check_mention(self, mention: Mention) -> None:
        """Raise ``ValueError`` unless ``mention`` cuts back out of :attr:`text`."""
        if self.text[mention.start : mention.end] != mention.text:
            raise ValueError(
                f"mention {mention.text!r} at {mention.start}:{mention.end} does not match the article text"
            )

    def entities_of(self, kind: str) -> list[AnyEntity]:
        """The entities of one kind (``person``, ``place``...)."""
        return [e for e in self.entities if e.kind == kind]
