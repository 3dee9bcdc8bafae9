"""What a fact of each kind may hold: the one table the extractors, the corpus, the exports and the docs read.

:data:`FACT_KINDS` maps a kind's name (``aid``, ``award``...) to its
:class:`FactKind`: its event code(s), its statuses, its roles (each with the
entity kinds it accepts, or a literal value), the roles two facts of the kind
are merged on, and the roles the corpus aggregates by (``place``, ``amount``,
``year``). The API is small and stable:

* :data:`FACT_KINDS` -- a read-only mapping, the built-in kinds first, then
  those registered with :func:`register_fact_kind`;
* :func:`fact_kind` -- the schema of any kind; an unknown kind gets
  :data:`GENERIC`, so a third-party fact that never registered still
  aggregates by its ``place``, ``amount`` and ``date``/``period`` roles;
* :func:`register_fact_kind` -- a plugin's own kind (call it when the plugin
  module is imported);
* :class:`FactKind` and :class:`RoleSpec` -- frozen records.

>>> from dnnd.facts.schema import FACT_KINDS, fact_kind
>>> FACT_KINDS["aid"].aggregates.amount
('amount',)
>>> fact_kind("aid").accepts("donor", "organization")
True
>>> fact_kind("signing").name
'signing'
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

import attrs

__all__ = [
    "FACT_KINDS",
    "GENERIC",
    "VALUE",
    "Aggregates",
    "FactKind",
    "RoleSpec",
    "fact_kind",
    "register_fact_kind",
]

#: In :attr:`RoleSpec.accepts`: the role may hold a literal value (a string) instead of an entity.
VALUE = "value"

_PARTY = frozenset({"person", "organization", "place", VALUE})
_TIME = ("date", "period")


def _accepts(values: Iterable[str]) -> frozenset[str]:
    return frozenset(values)


@attrs.frozen
class RoleSpec:
    """One role of a fact kind: its name, what it may hold, and what it means."""

    #: The role's name (``donor``).
    name: str
    #: Entity kinds the role may point at (``organization``...), and :data:`VALUE` if it may hold a literal.
    accepts: frozenset[str] = attrs.field(converter=_accepts)
    #: One line for the docs' role table.
    doc: str = ""
    #: Whether a fact may hold the role several times (several donors, several sides).
    many: bool = True


@attrs.frozen
class Aggregates:
    """The roles the corpus reads a fact's place, amount and year from, in order of preference."""

    place: tuple[str, ...] = ("place",)
    amount: tuple[str, ...] = ("amount",)
    year: tuple[str, ...] = _TIME


def _roles(specs: tuple[RoleSpec, ...] | Mapping[str, RoleSpec]) -> Mapping[str, RoleSpec]:
    if isinstance(specs, Mapping):
        return dict(specs)
    return {spec.name: spec for spec in specs}


@attrs.frozen
class FactKind:
    """The schema of one kind of fact."""

    #: The kind's name, :attr:`Fact.kind <dnnd.Fact.kind>`.
    name: str
    #: Event codes (CAMEO where one fits); a fact's ``code`` is one of them (the first when it has none).
    codes: tuple[str, ...]
    #: Values the ``status`` role may take (empty: the kind has no status).
    statuses: tuple[str, ...]
    #: The roles, by name.
    roles: Mapping[str, RoleSpec] = attrs.field(converter=_roles)
    #: Roles two facts of this kind in one article are merged on when they hold the same values.
    merge_key: tuple[str, ...] = ()
    #: Further keys, each tried in turn: two facts holding the same values in one of them are one event
    #: mentioned twice, unless their dates differ (aid: the same goods handed over, told in the lead and again
    #: in the body, with or without their sum, by who gives or who receives them).
    merge_also: tuple[tuple[str, ...], ...] = ()
    #: Roles that keep two facts apart on any key when both hold them with no value in common (aid: equal
    #: sums given by different donors are different gifts).
    kept_apart_by: tuple[str, ...] = ()
    #: What the corpus aggregates by.
    aggregates: Aggregates = Aggregates()
    #: One line for the docs.
    doc: str = ""

    @property
    def code(self) -> str | None:
        """The default event code."""
        return self.codes[0] if self.codes else None

    def accepts(self, role: str, kind: str) -> bool:
        """Whether ``role`` may hold an entity of ``kind`` (or a literal, for :data:`VALUE`)."""
        spec = self.roles.get(role)
        return spec is not None and kind in spec.accepts


def _spec(name: str, accepts: Iterable[str], doc: str, many: bool = True) -> RoleSpec:
    return RoleSpec(name, _accepts(accepts), doc, many)


_STATUS = "status"
_COMMON = (
    _spec("date", {"date"}, "when it happened", many=False),
    _spec("period", {"term"}, "the period it belongs to (năm 2025)", many=False),
)

_BUILTIN = (
    FactKind(
        "aid",
        ("070", "073", "033"),
        ("committed", "mobilised", "received", "donated"),
        (
            _spec(_STATUS, {VALUE}, "committed, mobilised, received or donated", many=False),
            _spec("amount", {"money"}, "the sum given"),
            _spec("count", {"quantity"}, "projects, donors or people counted"),
            _spec("items", {"quantity"}, "goods given"),
            _spec("donor", _PARTY, "who gives"),
            _spec("recipient", _PARTY, "who receives"),
            _spec("place", {"place", VALUE}, "the province the aid goes to", many=False),
            _spec("part_of", {"money"}, "the total this sum is a part of (Trong đó, ...)", many=False),
            *_COMMON,
        ),
        merge_key=("amount",),
        # the same goods, or the same donor and recipient, told again in other words (never two different sums)
        merge_also=(("items",), ("donor", "recipient")),
        kept_apart_by=("donor",),
        doc="Aid given, received, mobilised or committed (CAMEO 070 aid, 073 humanitarian, 033 intent).",
    ),
    FactKind(
        "election",
        ("ELE",),
        ("elected", "re-elected", "appointed"),
        (
            _spec(_STATUS, {VALUE}, "elected, re-elected or appointed", many=False),
            _spec("person", {"person"}, "who was elected or appointed"),
            _spec("holder", {"organization"}, "an organization taking a post"),
            _spec("position", {VALUE}, "the post, as written"),
            _spec("organization", {"organization"}, "the organization of the post"),
            _spec("body", {VALUE}, "a committee elected as a whole"),
            _spec("size", {"quantity"}, "how many members the committee has"),
            _spec("term", {"term"}, "the term of office (nhiệm kỳ 2023 - 2028)"),
            _spec("place", {"place", VALUE}, "the province of the organization", many=False),
            *_COMMON,
        ),
        merge_key=("person", "position"),
        aggregates=Aggregates(amount=()),
        doc="An election or appointment (CAMEO has no code: dnnd's own ELE).",
    ),
    FactKind(
        "award",
        ("051",),
        ("awarded", "proposed"),
        (
            _spec(_STATUS, {VALUE}, "awarded, or proposed formally", many=False),
            _spec("award", {VALUE}, "the award's name, as written"),
            _spec("giver", _PARTY, "who awards it"),
            _spec("recipient", _PARTY, "who receives it"),
            _spec("count", {"quantity"}, "how many receive it"),
            _spec("amount", {"money"}, "the prize money (an award of money: thưởng 20.000 USD)"),
            _spec("place", {"place", VALUE}, "the province the fact is about", many=False),
            *_COMMON,
        ),
        merge_key=("award", "recipient"),
        aggregates=Aggregates(amount=()),
        doc="An award, medal, badge or prize given (CAMEO 051 praise).",
    ),
    FactKind(
        "twinning",
        ("057",),
        (),
        (
            _spec("side", _PARTY, "one side of the twinning or agreement"),
            _spec("agreement", {VALUE}, "the document signed, as written"),
            _spec("count", {"quantity"}, "how many pairs"),
            _spec("unit", {VALUE}, "what is paired (khu dân cư, thôn bản)"),
            _spec("place", {"place", VALUE}, "the province the fact is about", many=False),
            *_COMMON,
        ),
        merge_key=("agreement", "side"),
        aggregates=Aggregates(amount=()),
        doc="A twinning or a signed cooperation agreement (CAMEO 057 sign formal agreement).",
    ),
    FactKind(
        "meeting",
        ("040", "043"),
        (),
        (
            _spec("type", {VALUE}, "the meeting word as written (hội nghị, tiếp, giao lưu...)", many=False),
            _spec("organiser", {"person", "organization", "place", VALUE}, "who holds it or receives"),
            _spec("participant", _PARTY, "who takes part or is received"),
            _spec("venue", {VALUE}, "where it is held, as written", many=False),
            _spec("place", {"place", VALUE}, "the province or foreign place it is held in"),
            _spec("term", {"term"}, "the term a congress opens (nhiệm kỳ, khóa)"),
            *_COMMON,
        ),
        merge_key=("type", "date"),
        aggregates=Aggregates(amount=()),
        doc="A meeting, reception, conference, exchange or congress (CAMEO 040 consult, 043 host).",
    ),
)

#: The schema of any kind nobody registered: parties, a place, an amount, a time.
GENERIC = FactKind(
    "",
    (),
    (),
    (
        _spec(_STATUS, {VALUE}, "what happened", many=False),
        _spec("amount", {"money"}, "a sum"),
        _spec("place", {"place", VALUE}, "the place it is about"),
        *_COMMON,
    ),
    doc="Any fact kind without a registered schema.",
)


class _Kinds(Mapping[str, FactKind]):
    """The read-only mapping behind :data:`FACT_KINDS`."""

    def __init__(self) -> None:
        self._kinds: dict[str, FactKind] = {kind.name: kind for kind in _BUILTIN}

    def __getitem__(self, name: str) -> FactKind:
        return self._kinds[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._kinds)

    def __len__(self) -> int:
        return len(self._kinds)

    def __repr__(self) -> str:
        return f"FACT_KINDS({', '.join(self._kinds)})"


#: Every known fact kind by name: the built-ins (aid, election, award, twinning, meeting), then plugins' kinds.
FACT_KINDS: Mapping[str, FactKind] = _Kinds()


def register_fact_kind(kind: FactKind) -> FactKind:
    """Make ``kind`` known (a plugin's own fact kind); registering the same schema again is harmless.

    Raises :class:`ValueError` if another schema already has that name.
    """
    kinds = FACT_KINDS._kinds  # type: ignore[attr-defined]
    known = kinds.get(kind.name)
    if known is not None and known != kind:
        raise ValueError(f"fact kind {kind.name!r} is already registered with another schema")
    kinds[kind.name] = kind
    return kind


def fact_kind(name: str) -> FactKind:
    """The schema of the kind ``name``: registered, else :data:`GENERIC` under that name."""
    known = FACT_KINDS.get(name)
    return known if known is not None else attrs.evolve(GENERIC, name=name)
