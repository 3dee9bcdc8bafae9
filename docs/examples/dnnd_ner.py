"""An extractor plugin wrapping a named-entity recogniser (NER) backend.

Any NER backend can feed dnnd. This plugin takes a *tagger*: a function that,
like ``underthesea.ner``, tags a text word by word — a list of tuples whose
first item is the word and whose last item is a BIO tag (``B-PER``,
``I-PER``, ``B-ORG``, ``B-LOC``, ``O``). It finds each word in the text,
joins ``B-``/``I-`` runs into names, and returns them as mentions with
character spans and as :class:`~dnnd.Person`, :class:`~dnnd.Organization`
and :class:`~dnnd.Place` entities. It runs after the built-in extractors and
keeps only what they did not find.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import dnnd
from dnnd import Extraction, ExtractionContext, Mention, Organization, Person, Place, Span

#: A tagger: text in, ``(word, ..., BIO tag)`` tuples out, in the order of the text.
Tagger = Callable[[str], Sequence[Sequence[str]]]

#: The backend's labels, and the mention kind and entity class each becomes.
LABELS: dict[str, tuple[str, Any]] = {
    "PER": ("person", Person),
    "ORG": ("organization", Organization),
    "LOC": ("place", Place),
}


class NerExtractor:
    """People, organizations and places found by an NER backend and missed by the built-ins."""

    name = "ner"
    #: After the built-in people extractor (600), so that it can leave their finds alone.
    order = 700

    def __init__(self, tagger: Tagger) -> None:
        self.tagger = tagger

    def extract(self, context: ExtractionContext) -> Extraction:
        """Tag each block of the article; one mention per name, one entity per distinct name."""
        found = [name for block in _blocks(context) for name in self._names(*block)]
        taken = [(m.kind, m.start, m.end) for m in context.mentions]
        ids: dict[tuple[str, str], str] = {}
        spans: dict[str, list[Span]] = {}
        mentions = []
        for kind, start, end in found:
            if any(k == kind and s < end and start < e for k, s, e in taken):
                continue  # a built-in extractor already has it
            name = context.text[start:end]
            entity_id = ids.setdefault((kind, name), f"{self.name}:{len(ids) + 1}")
            mentions.append(Mention(kind, start, end, name, entity=entity_id))
            spans.setdefault(entity_id, []).append(Span(start, end))
        entities = [
            _ENTITY[kind](name=name, id=entity_id, spans=spans[entity_id]) for (kind, name), entity_id in ids.items()
        ]
        return Extraction(mentions, entities)

    def _names(self, text: str, offset: int) -> list[tuple[str, int, int]]:
        """``(kind, start, end)`` of each name the tagger finds in ``text`` (offsets into the article)."""
        words = []  # (BIO tag, start, end) of each word, found in the text in order
        cursor = 0
        for token in self.tagger(text):
            word, tag = token[0], token[-1]
            at = text.find(word, cursor) if word else -1
            if at < 0:  # the backend changed the word (spacing, case): it ends any name
                words.append(("O", cursor, cursor))
                continue
            cursor = at + len(word)
            words.append((tag, at, cursor))
        out: list[tuple[str, int, int]] = []
        in_name = False
        for tag, start, end in words:
            kind = LABELS[tag[2:]][0] if tag[:2] in ("B-", "I-") and tag[2:] in LABELS else None
            if kind and tag.startswith("I-") and in_name and out[-1][0] == kind:
                out[-1] = (kind, out[-1][1], offset + end)  # the name goes on
            elif kind:
                out.append((kind, offset + start, offset + end))
            in_name = kind is not None
        return out


_ENTITY = {kind: cls for kind, cls in LABELS.values()}


def _blocks(context: ExtractionContext) -> list[tuple[str, int]]:
    """Each block's text and where it starts in the article's text (blocks are joined by a blank line)."""
    out, offset = [], 0
    for block in context.article.blocks:
        if block.text:
            out.append((block.text, offset))
            offset += len(block.text) + 2
    return out


def underthesea_tagger() -> Tagger:
    """``underthesea.ner``, if underthesea is installed (``pip install underthesea``)."""
    try:
        from underthesea import ner
    except ImportError as exc:
        raise ImportError("the ner plugin needs underthesea: pip install underthesea") from exc
    return ner


@dnnd.hookimpl
def dnnd_extractors() -> list[NerExtractor]:
    """The NER extractor, with underthesea's tagger."""
    return [NerExtractor(underthesea_tagger())]
