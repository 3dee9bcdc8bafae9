"""FACT_KINDS: the schema every fact is checked against, and that the corpus reads."""

from __future__ import annotations

from pathlib import Path

import pytest

import dnnd
from dnnd.facts import FACT_KINDS, FactDraft, FactKind, RoleSpec, SchemaError, fact_kind, register_fact_kind
from dnnd.model import Money, Person

PAGES = Path(__file__).resolve().parent.parent / "examples" / "pages"


def test_builtin_kinds() -> None:
    builtin = ["aid", "election", "award", "twinning", "meeting"]
    assert list(FACT_KINDS)[:5] == builtin
    for kind in (FACT_KINDS[name] for name in builtin):
        assert kind.code is not None, f"{kind.name} has no event code"
        assert set(kind.merge_key) <= set(kind.roles), kind.name
        for roles in (kind.aggregates.place, kind.aggregates.amount, kind.aggregates.year):
            assert set(roles) <= set(kind.roles), kind.name


def test_draft_refuses_what_the_schema_does_not_allow() -> None:
    with pytest.raises(SchemaError, match="no role 'side'"):
        FactDraft("aid").add("side", value="xã A")
    with pytest.raises(SchemaError, match="does not hold a money"):
        FactDraft("aid").add("donor", Money(name="1 đồng", value=1, currency="VND", id="money:1"))
    with pytest.raises(SchemaError, match="statuses"):
        FactDraft("aid").add("status", value="elected")
    with pytest.raises(SchemaError, match="codes"):
        FactDraft("meeting", "070")


def test_draft_takes_the_kind_code_and_keeps_one_value_of_a_single_role() -> None:
    person = Person(name="Nguyễn Văn A", id="person:1")
    fact = FactDraft("award").add("recipient", person).add("status", value="awarded").add("status", value="proposed")
    built = fact.build()
    assert built.code == "051"
    assert [r.value for r in built.roles if r.role == "status"] == ["awarded"]


def test_unknown_kind_is_generic_and_a_plugin_registers_its_own() -> None:
    assert fact_kind("test-never-registered").aggregates.amount == ("amount",)
    kind = FactKind("test-schema-visit", ("042",), (), (RoleSpec("visitor", {"person"}),))
    assert register_fact_kind(kind) is kind
    assert register_fact_kind(kind) is kind  # again: harmless
    assert FACT_KINDS["test-schema-visit"].accepts("visitor", "person")
    with pytest.raises(ValueError, match="already registered"):
        register_fact_kind(FactKind("test-schema-visit", ("043",), (), ()))


@pytest.mark.parametrize("page", sorted(PAGES.glob("*.txt")), ids=lambda p: p.stem)
def test_every_sample_fact_fits_its_schema(page: Path) -> None:
    article = dnnd.extract(page)
    kinds = {e.id: e.kind for e in article.entities}
    for fact in article.facts:
        schema = FACT_KINDS[fact.kind]
        assert fact.code in schema.codes
        for role in fact.roles:
            assert schema.accepts(role.role, kinds[role.entity] if role.entity else "value"), (fact.kind, role)
