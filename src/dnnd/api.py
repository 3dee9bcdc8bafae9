"""The public functions: read a page, parse it, extract what it reports."""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any, TypeAlias

import attrs

from dnnd.decode import DEFAULT_MAX_BYTES, decode, page_text
from dnnd.errors import DnndError, MalformedInputError
from dnnd.files import display_name
from dnnd.inputs import media_type, read_file
from dnnd.model import AnyEntity, Article, Fact, Mention, RawDocument
from dnnd.plugin import Extraction, ExtractionContext, Extractor
from dnnd.registry import Registry, default_registry

__all__ = ["Source", "document", "extract", "load", "parse"]

#: What :func:`~dnnd.parse` accepts: a :class:`pathlib.Path` (a file), page bytes, page text, or a RawDocument.
#: A ``str`` is always the page itself, never a path: use a :class:`~pathlib.Path` or :func:`load` for files.
Source: TypeAlias = "os.PathLike[str] | bytes | str | RawDocument"


def read_path(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> RawDocument:
    """Read one file into a :class:`RawDocument` (not yet decoded), never more than ``max_bytes`` + 1 bytes."""
    name = display_name(path)
    return RawDocument(read_file(path, max_bytes=max_bytes, name=name), source=name, media_type=media_type(name))


def _decoded(doc: RawDocument, max_bytes: int) -> RawDocument:
    if isinstance(doc.content, bytes):
        decoded = decode(doc.content, name=doc.name, declared=doc.encoding, max_bytes=max_bytes)
        return attrs.evolve(doc, content=decoded.text, encoding=decoded.encoding)
    return attrs.evolve(doc, content=page_text(doc.content, doc.name, max_bytes))


def load(path: str | os.PathLike[str] | RawDocument, *, max_bytes: int = DEFAULT_MAX_BYTES) -> RawDocument:
    """Read the file at ``path`` into a decoded :class:`RawDocument` (``content`` is NFC text).

    ``path`` is a file name (``str`` or :class:`~pathlib.Path`); a
    :class:`RawDocument` is decoded as it is. At most ``max_bytes`` + 1 bytes
    are read, from any kind of file.
    """
    if isinstance(path, RawDocument):
        return _decoded(path, max_bytes)
    if not isinstance(path, str | os.PathLike):
        raise TypeError(f"load() reads a file: pass a path, not a {type(path).__name__}")
    return _decoded(read_path(path, max_bytes=max_bytes), max_bytes)


def document(source: Source, *, max_bytes: int = DEFAULT_MAX_BYTES) -> RawDocument:
    """The decoded :class:`RawDocument` of any :data:`Source`, as :func:`parse` reads it.

    Only a path-like object (:class:`pathlib.Path`) is read as a file; a
    ``str`` is the page's text, ``bytes`` its bytes.
    """
    if isinstance(source, RawDocument):
        doc = source
    elif isinstance(source, os.PathLike):
        doc = read_path(source, max_bytes=max_bytes)
    elif isinstance(source, bytes | bytearray):
        doc = RawDocument(bytes(source))
    elif isinstance(source, str):
        doc = RawDocument(source)
    else:
        raise TypeError(
            f"cannot parse a {type(source).__name__}; pass page text (str), bytes, a pathlib.Path or a RawDocument"
        )
    return _decoded(doc, max_bytes)


def parse(
    source: Source,
    *,
    parser: str | None = None,
    registry: Registry | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Article:
    """Parse one page into an :class:`Article`.

    ``source`` is the page: its text (a ``str`` is always page content, never
    a file name), its bytes, a :class:`RawDocument`, or a file given as a
    :class:`pathlib.Path` (or read with :func:`load`).

    The parser is the one that sniffs the page with the highest confidence,
    or the one named by ``parser``. If the chosen parser fails, the next most
    confident one is tried; if all fail, the first parser's error is raised.

    >>> article = parse("Tiêu đề bài báo\\n\\nĐoạn thứ nhất của bài.\\n\\nĐoạn thứ hai.")
    >>> article.title
    'Tiêu đề bài báo'
    """
    registry = registry or default_registry()
    doc = document(source, max_bytes=max_bytes)
    first_error: DnndError | None = None
    for candidate in registry.candidates(doc, parser):
        try:
            article = candidate.parse(doc)
        except DnndError as exc:
            if exc.source is None:
                exc.source = doc.name
            first_error = first_error or exc
            continue
        except Exception as exc:  # a plugin bug: report it as the page's error, do not crash the run
            first_error = first_error or MalformedInputError(
                f"parser {candidate.name!r} failed ({type(exc).__name__}: {exc}); report this to its authors",
                source=doc.name,
            )
            continue
        if not isinstance(article, Article):
            first_error = first_error or MalformedInputError(
                f"parser {candidate.name!r} returned {type(article).__name__}, not an Article", source=doc.name
            )
            continue
        return attrs.evolve(article, parser=candidate.name, source=article.source or doc.source)
    assert first_error is not None
    raise first_error


def _check(article: Article, extractor: str, extraction: Extraction, *entities: Iterable[AnyEntity]) -> None:
    """Refuse what would corrupt the article: spans off its text, roles pointing nowhere (``entities``: all known)."""
    text = article.text
    for mention in extraction.mentions:
        if text[mention.start : mention.end] != mention.text:
            raise MalformedInputError(
                f"extractor {extractor!r} returned a mention {mention.text!r} at {mention.start}:{mention.end} "
                "that does not match the article text; report this to its authors",
                source=article.source,
            )
    if not extraction.facts:
        return
    known = {e.id for group in entities for e in group}
    for fact in extraction.facts:
        for span in fact.spans:
            if span.end > len(text):
                raise MalformedInputError(
                    f"extractor {extractor!r} returned a {fact.kind} fact with span {span.start}:{span.end} "
                    f"beyond the article text ({len(text)} characters); report this to its authors",
                    source=article.source,
                )
        for role in fact.roles:
            if role.entity is not None and role.entity not in known:
                raise MalformedInputError(
                    f"extractor {extractor!r} returned a {fact.kind} fact whose role {role.role!r} points at "
                    f"unknown entity {role.entity!r}; report this to its authors",
                    source=article.source,
                )


def _with_ids(entities: tuple[AnyEntity, ...], counts: dict[str, int]) -> list[AnyEntity]:
    """Give every entity without an id one (``person:3``), numbering on across extractors."""
    out = []
    for entity in entities:
        counts[entity.kind] = counts.get(entity.kind, 0) + 1
        if not entity.id:
            entity = attrs.evolve(entity, id=f"{entity.kind}:{counts[entity.kind]}")
        out.append(entity)
    return out


def extract(
    source: Article | Source,
    *,
    parser: str | None = None,
    registry: Registry | None = None,
    extractors: Iterable[Extractor] | None = None,
) -> Article:
    """Parse ``source`` if needed, then run every extractor over the article.

    Extractors run in ``order``; each sees what the earlier ones found, with
    entity ids already assigned. ``extractors`` runs the chosen ones instead of
    every registered one. Returns the article with ``mentions`` (sorted by
    position), ``entities`` and ``facts`` (each stamped with the article's id)
    filled in.
    """
    registry = registry or default_registry()
    article = source if isinstance(source, Article) else parse(source, parser=parser, registry=registry)
    mentions: list[Mention] = []
    entities: list[AnyEntity] = []
    facts: list[Fact] = []
    counts: dict[str, int] = {}
    shared: dict[object, Any] = {}
    chosen = registry.extractors() if extractors is None else sorted(extractors, key=lambda e: e.order)
    context = ExtractionContext(article, (), (), (), shared)
    for extractor in chosen:
        if (
            len(context.mentions) != len(mentions)
            or len(context.entities) != len(entities)
            or len(context.facts) != len(facts)
        ):
            # (most extractors find nothing on a short page: the context before them is still the one to show)
            context = ExtractionContext(article, tuple(mentions), tuple(entities), tuple(facts), shared)
        try:
            result = extractor.extract(context)
            new_entities = _with_ids(result.entities, counts)
            _check(article, extractor.name, result, entities, new_entities)
        except DnndError:
            raise
        except Exception as exc:
            raise MalformedInputError(
                f"extractor {extractor.name!r} failed ({type(exc).__name__}: {exc}); report this to its authors",
                source=article.source,
            ) from exc
        mentions.extend(result.mentions)
        entities.extend(new_entities)
        facts.extend(result.facts)
    mentions.sort(key=lambda m: (m.start, -m.end, m.kind))
    return attrs.evolve(
        article,
        mentions=tuple(mentions),
        entities=tuple(entities),
        facts=tuple(_stamped(f, article.id) for f in facts),
    )


def _stamped(fact: Fact, article: str | None) -> Fact:
    """``fact`` stamped with its article's id: ``attrs.evolve(fact, article=article)``, at a third of its cost."""
    if fact.article == article:
        return fact
    return Fact(kind=fact.kind, roles=fact.roles, code=fact.code, spans=fact.spans, article=article)
