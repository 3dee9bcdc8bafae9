"""The public functions: read a page, parse it, extract what it reports."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TypeAlias

import attrs

from dnnd.decode import DEFAULT_MAX_BYTES, check_size, decode, page_text
from dnnd.errors import DnndError, MalformedInputError, UnsupportedInputError
from dnnd.model import AnyEntity, Article, Fact, Mention, RawDocument
from dnnd.plugin import Extraction, ExtractionContext
from dnnd.registry import Registry, default_registry

__all__ = ["Source", "extract", "load", "parse"]

#: What :func:`~dnnd.parse` accepts: a path, page bytes, page text, or a RawDocument.
Source: TypeAlias = "str | os.PathLike[str] | bytes | RawDocument"

_HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
_TEXT_SUFFIXES = {".txt", ".text", ".md"}


def _media_type(path: Path) -> str | None:
    suffixes = [s.lower() for s in path.suffixes if s.lower() != ".gz"]
    if suffixes and suffixes[-1] in _HTML_SUFFIXES:
        return "text/html"
    if suffixes and suffixes[-1] in _TEXT_SUFFIXES:
        return "text/plain"
    return None


def _looks_like_path(text: str) -> bool:
    if "\n" in text or len(text) > 1024:
        return False
    return text.lower().endswith(tuple(_HTML_SUFFIXES | _TEXT_SUFFIXES | {".gz"})) or os.sep in text


def read_path(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> RawDocument:
    """Read one file into a :class:`RawDocument` (not yet decoded)."""
    p = Path(path)
    name = str(path)
    try:
        if p.is_dir():
            raise UnsupportedInputError("is a directory; pass the files in it, or use the dnnd command", source=name)
        check_size(p.stat().st_size, max_bytes, name)
        data = p.read_bytes()
    except FileNotFoundError:
        raise DnndError("no such file; check the path", source=name) from None
    except PermissionError:
        raise DnndError("cannot be read (permission denied)", source=name) from None
    except IsADirectoryError:
        raise UnsupportedInputError("is a directory", source=name) from None
    except OSError as exc:
        raise DnndError(f"cannot be read ({exc.strerror or exc})", source=name) from None
    return RawDocument(data, source=name, media_type=_media_type(p))


def load(source: Source, *, max_bytes: int = DEFAULT_MAX_BYTES) -> RawDocument:
    """Turn any accepted source into a decoded :class:`RawDocument` (``content`` is NFC text).

    A ``str`` is a path when it is one line naming a file (``.txt``, ``.html``,
    or containing a path separator), and page text otherwise.
    """
    if isinstance(source, RawDocument):
        doc = source
    elif isinstance(source, os.PathLike) or (isinstance(source, str) and _looks_like_path(source)):
        doc = read_path(source, max_bytes=max_bytes)
    elif isinstance(source, bytes | bytearray):
        doc = RawDocument(bytes(source))
    elif isinstance(source, str):
        doc = RawDocument(source)
    else:
        raise TypeError(f"cannot parse a {type(source).__name__}; pass a path, bytes, str or RawDocument")
    if isinstance(doc.content, bytes):
        decoded = decode(doc.content, name=doc.name, declared=doc.encoding, max_bytes=max_bytes)
        doc = attrs.evolve(doc, content=decoded.text, encoding=decoded.encoding)
    else:
        doc = attrs.evolve(doc, content=page_text(doc.content, doc.name, max_bytes))
    return doc


def parse(
    source: Source,
    *,
    parser: str | None = None,
    registry: Registry | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Article:
    """Parse one page into an :class:`Article`.

    The parser is the one that sniffs the page with the highest confidence,
    or the one named by ``parser``. If the chosen parser fails, the next most
    confident one is tried; if all fail, the first parser's error is raised.

    >>> article = parse("Tiêu đề bài báo\\n\\nĐoạn thứ nhất của bài.\\n\\nĐoạn thứ hai.")
    >>> article.title
    'Tiêu đề bài báo'
    """
    registry = registry or default_registry()
    doc = load(source, max_bytes=max_bytes)
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


def _check(article: Article, extractor: str, extraction: Extraction, entities: list[AnyEntity]) -> None:
    """Refuse what would corrupt the article: spans off its text, roles pointing nowhere."""
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
    known = {e.id for e in entities}
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
) -> Article:
    """Parse ``source`` if needed, then run every extractor over the article.

    Extractors run in ``order``; each sees what the earlier ones found, with
    entity ids already assigned. Returns the article with ``mentions`` (sorted
    by position), ``entities`` and ``facts`` (each stamped with the article's
    id) filled in.
    """
    registry = registry or default_registry()
    article = source if isinstance(source, Article) else parse(source, parser=parser, registry=registry)
    mentions: list[Mention] = []
    entities: list[AnyEntity] = []
    facts: list[Fact] = []
    counts: dict[str, int] = {}
    for extractor in registry.extractors():
        context = ExtractionContext(article, tuple(mentions), tuple(entities), tuple(facts))
        try:
            result = extractor.extract(context)
            new_entities = _with_ids(result.entities, counts)
            _check(article, extractor.name, result, [*entities, *new_entities])
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
        facts=tuple(attrs.evolve(f, article=article.id) for f in facts),
    )
