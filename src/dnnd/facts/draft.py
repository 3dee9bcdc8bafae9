"""A fact being built: roles and evidence spans, checked against the kind's schema."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from dnnd.facts.schema import VALUE, FactKind, fact_kind
from dnnd.model import AnyEntity, Fact, Role, Span

__all__ = ["FactDraft", "SchemaError", "role_values"]


class SchemaError(ValueError):
    """A role, a status or a code that the fact kind's schema (:data:`~dnnd.facts.schema.FACT_KINDS`) does not allow."""


class FactDraft:
    """Roles and evidence for one fact, built up as an extractor reads.

    Every role is checked against the kind's :class:`~dnnd.facts.schema.FactKind`
    as it is added: a role the kind does not have, an entity of a kind the role
    does not accept, a status or a code the kind does not list raise
    :class:`SchemaError` (a bug in the extractor, not in the page). A role the
    schema holds once (``many=False``) keeps its first value.
    """

    def __init__(self, kind: str, code: str | None = None) -> None:
        self.schema: FactKind = fact_kind(kind)
        if code is not None and self.schema.codes and code not in self.schema.codes:
            raise SchemaError(f"{kind} facts have codes {self.schema.codes}, not {code!r}")
        self.kind = kind
        self.code = code if code is not None else self.schema.code
        self.roles: list[Role] = []
        # lookups for add/has, kept in step with roles: a meeting can hold hundreds of participants
        self._roles: set[Role] = set()
        self._names: set[str] = set()
        self.spans: list[Span] = []
        self._cited: set[Span] = set()

    def _check(self, role: str, kind: str, value: Any = None) -> None:
        spec = self.schema.roles.get(role)
        if spec is None:
            raise SchemaError(f"{self.kind} facts have no role {role!r} (roles: {', '.join(self.schema.roles)})")
        if kind not in spec.accepts:
            raise SchemaError(f"role {role!r} of {self.kind} facts does not hold a {kind}")
        if role == "status" and self.schema.statuses and value not in self.schema.statuses:
            raise SchemaError(f"{self.kind} facts have statuses {self.schema.statuses}, not {value!r}")

    def add(self, role: str, entity: AnyEntity | None = None, value: Any = None) -> FactDraft:
        """Add a role holding ``entity`` (by id), else the literal ``value``; repeats are ignored."""
        if entity is not None:
            self._check(role, entity.kind)
            new = Role(role, entity.id)
        elif value in (None, ""):
            return self
        else:
            self._check(role, VALUE, value)
            new = Role(role, None, str(value))
        spec = self.schema.roles.get(role)
        if spec is not None and not spec.many and self.has(role):
            return self
        if new not in self._roles:
            self.append(new)
        return self

    def append(self, role: Role) -> FactDraft:
        """Append ``role`` as it is, unchecked and even if already there (a role copied from another draft)."""
        self.roles.append(role)
        self._roles.add(role)
        self._names.add(role.role)
        return self

    def holds(self, role: Role) -> bool:
        """Whether this very role (name, entity and value) was added."""
        return role in self._roles

    def add_all(self, role: str, entities: Iterable[AnyEntity]) -> FactDraft:
        """Add ``role`` once per entity."""
        for entity in entities:
            self.add(role, entity)
        return self

    def cite(self, start: int, end: int) -> FactDraft:
        """Record ``[start, end)`` of the article text as evidence."""
        span = Span(start, end)
        if span not in self._cited:
            self._cited.add(span)
            self.spans.append(span)
        return self

    def has(self, role: str) -> bool:
        """Whether a role of this name was added."""
        return role in self._names

    def build(self) -> Fact:
        """The :class:`~dnnd.Fact`, with spans in text order."""
        return Fact(self.kind, tuple(self.roles), self.code, tuple(sorted(self.spans, key=lambda s: (s.start, s.end))))


def role_values(fact: Fact, entities: Sequence[AnyEntity], role: str) -> list[str]:
    """The entity names or literal values a fact holds in ``role`` (for tests and display)."""
    by_id = {e.id: e for e in entities}
    out = []
    for r in fact.roles:
        if r.role == role:
            entity = by_id.get(r.entity) if r.entity else None
            out.append(entity.name if entity is not None else r.value or "")
    return out
