"""JSON for every record: the public, versioned JSON shape (see ``docs/json.rst``).

:func:`to_json` / :func:`from_json` round-trip every record type;
:func:`to_jsonl` writes many. The shape is built by one :mod:`cattrs`
converter: blocks carry a ``type`` and entities a ``kind`` so that they can be
read back; decimals are strings (exact), dates ISO 8601, spans ``[start, end]``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TypeVar

import attrs
import cattrs

from dnnd.model import (
    BLOCK_TYPES,
    ENTITY_TYPES,
    SCHEMA_VERSION,
    AnyEntity,
    Article,
    Block,
    Fact,
    Mention,
    RawDocument,
    Span,
)

__all__ = ["converter", "from_dict", "from_json", "to_dict", "to_json", "to_jsonl"]

T = TypeVar("T")

converter = cattrs.Converter(omit_if_default=False)

converter.register_unstructure_hook(Decimal, str)
converter.register_structure_hook(Decimal, lambda v, _: Decimal(str(v)))
converter.register_unstructure_hook(datetime, lambda d: d.isoformat())
converter.register_structure_hook(datetime, lambda v, _: datetime.fromisoformat(v))
converter.register_unstructure_hook(date, lambda d: d.isoformat())
converter.register_structure_hook(date, lambda v, _: date.fromisoformat(v))
converter.register_unstructure_hook(Span, lambda s: [s.start, s.end])
converter.register_structure_hook(Span, lambda v, _: Span(*v) if isinstance(v, list | tuple) else Span(**v))
converter.register_unstructure_hook(bytes, lambda b: b.decode("latin-1"))


def _published(value: datetime | date | None) -> str | None:
    return None if value is None else value.isoformat()


def _parse_published(value: str | None, _: Any = None) -> datetime | date | None:
    if value is None:
        return None
    return date.fromisoformat(value) if len(value) == 10 else datetime.fromisoformat(value)


def _unstructure_block(block: Block) -> dict[str, Any]:
    return {"type": block.type, **attrs.asdict(block, recurse=False)}


def _structure_block(value: dict[str, Any], _: Any = None) -> Block:
    fields = dict(value)
    kind = fields.pop("type", "paragraph")
    try:
        cls = BLOCK_TYPES[kind]
    except KeyError:
        raise ValueError(f"unknown block type {kind!r}; expected one of {sorted(BLOCK_TYPES)}") from None
    return cls(**fields)


def _unstructure_entity(entity: AnyEntity) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": entity.kind}
    for field in attrs.fields(type(entity)):
        out[field.name] = converter.unstructure(getattr(entity, field.name))
    return out


def _structure_entity(value: dict[str, Any], _: Any = None) -> AnyEntity:
    fields = dict(value)
    kind = fields.pop("kind", None)
    try:
        cls = ENTITY_TYPES[kind]
    except KeyError:
        raise ValueError(f"unknown entity kind {kind!r}; expected one of {sorted(ENTITY_TYPES)}") from None
    return converter.structure(fields, cls)


# Attribute values JSON cannot hold as themselves: their type's name in a mention's "types", and back.
_TYPED: tuple[tuple[str, type, Any], ...] = (
    ("datetime", datetime, datetime.fromisoformat),
    ("date", date, date.fromisoformat),
    ("decimal", Decimal, lambda v: Decimal(str(v))),
)


def _type_name(value: Any) -> str | None:
    # datetime before date: a datetime is a date too.
    return next((name for name, cls, _ in _TYPED if isinstance(value, cls)), None)


def _unstructure_mention(m: Mention) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": m.kind, "start": m.start, "end": m.end, "text": m.text, "entity": m.entity}
    out["attributes"] = {k: converter.unstructure(v) for k, v in m.attributes}
    out["types"] = {k: name for k, v in m.attributes if (name := _type_name(v))}
    return out


def _structure_mention(value: dict[str, Any], _: Any = None) -> Mention:
    attributes = dict(value.get("attributes") or {})
    readers = {name: read for name, _, read in _TYPED}
    for key, name in (value.get("types") or {}).items():
        if key in attributes and attributes[key] is not None:
            try:
                attributes[key] = readers[name](attributes[key])
            except KeyError:
                raise ValueError(f"unknown attribute type {name!r}; expected one of {sorted(readers)}") from None
    return Mention(
        kind=value["kind"],
        start=value["start"],
        end=value["end"],
        text=value["text"],
        entity=value.get("entity"),
        attributes=attributes,
    )


for _cls in (*BLOCK_TYPES.values(),):
    converter.register_unstructure_hook(_cls, _unstructure_block)
    converter.register_structure_hook(_cls, _structure_block)
for _ecls in ENTITY_TYPES.values():
    converter.register_unstructure_hook(_ecls, _unstructure_entity)
    converter.register_structure_hook(_ecls, lambda v, t: converter.structure_attrs_fromdict(v, t))
converter.register_unstructure_hook(Mention, _unstructure_mention)
converter.register_structure_hook(Mention, _structure_mention)

_ARTICLE_ORDER = (
    "id",
    "source",
    "parser",
    "title",
    "lead",
    "published",
    "url",
    "outlet",
    "site",
    "authors",
    "republished_from",
    "language",
    "blocks",
    "text",
)
_EXTRACTION = ("mentions", "entities", "facts")


def _unstructure_article(article: Article, extraction: bool | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"schema": SCHEMA_VERSION}
    for key in _ARTICLE_ORDER:
        if key == "published":
            out[key] = _published(article.published)
        elif key == "blocks":
            out[key] = [_unstructure_block(b) for b in article.blocks]
        elif key == "text":
            out[key] = article.text
        else:
            out[key] = converter.unstructure(getattr(article, key))
    if extraction is None:
        extraction = bool(article.mentions or article.entities or article.facts)
    if extraction:
        out["mentions"] = [_unstructure_mention(m) for m in article.mentions]
        out["entities"] = [_unstructure_entity(e) for e in article.entities]
        out["facts"] = converter.unstructure(list(article.facts))
    return out


def _structure_article(value: dict[str, Any], _: Any = None) -> Article:
    # Keys added later within the same schema version are ignored, as docs/json.rst promises.
    known = {f.name for f in attrs.fields(Article) if f.init}
    fields = {k: v for k, v in value.items() if k in known}
    schema = value.get("schema", SCHEMA_VERSION)
    if schema != SCHEMA_VERSION:
        raise ValueError(f"article JSON has schema {schema}; this dnnd reads schema {SCHEMA_VERSION}")
    fields["published"] = _parse_published(fields.get("published"))
    fields["blocks"] = [_structure_block(b) for b in fields.get("blocks", [])]
    fields["mentions"] = [_structure_mention(m) for m in fields.get("mentions", [])]
    fields["entities"] = [_structure_entity(e) for e in fields.get("entities", [])]
    fields["facts"] = [converter.structure(f, Fact) for f in fields.get("facts", [])]
    fields["authors"] = tuple(fields.get("authors", ()))
    return Article(**fields)


converter.register_unstructure_hook(Article, _unstructure_article)
converter.register_structure_hook(Article, _structure_article)
converter.register_unstructure_hook(RawDocument, lambda d: attrs.asdict(d))


def to_dict(record: Any, *, extraction: bool | None = None) -> Any:
    """The JSON-ready form of ``record`` (an article, an entity, a block, a list of them).

    For an article, ``extraction`` says whether to include ``mentions``,
    ``entities`` and ``facts``; by default they are included when any is non-empty.
    """
    if isinstance(record, Article):
        return _unstructure_article(record, extraction)
    if isinstance(record, list | tuple):
        return [to_dict(r, extraction=extraction) for r in record]
    return converter.unstructure(record)


def from_dict(value: Any, cls: type[T]) -> T:
    """Rebuild a record of type ``cls`` from its :func:`to_dict` form."""
    if cls is Article:
        return _structure_article(value)  # type: ignore[return-value]
    if isinstance(value, dict) and "kind" in value and cls in ENTITY_TYPES.values():
        return _structure_entity(value)  # type: ignore[return-value]
    return converter.structure(value, cls)


def to_json(record: Any, *, indent: int | None = None, extraction: bool | None = None) -> str:
    """``record`` as a JSON string (UTF-8 text, not ASCII-escaped)."""
    return json.dumps(to_dict(record, extraction=extraction), ensure_ascii=False, indent=indent)


def from_json(text: str | bytes, cls: type[T] = Article) -> T:  # type: ignore[assignment]
    """Read a record of type ``cls`` (an :class:`Article` by default) from JSON."""
    return from_dict(json.loads(text), cls)


def to_jsonl(records: Iterable[Any], *, extraction: bool | None = None) -> Iterable[str]:
    """One JSON line (with its newline) per record."""
    for record in records:
        yield to_json(record, extraction=extraction) + "\n"
