"""A complete, minimal dnnd plugin: a parser for one outlet and one extractor.

"Báo Ví Dụ" (*ví dụ* means "example") is an imaginary outlet whose scraped
text pages look like this::

    BÁO VÍ DỤ
    10:34 | 10/01/2026
    <title>
    <paragraph>
    ...
    Chia sẻ:              <- furniture: everything from here on is dropped

Install it with an entry point in the group ``dnnd`` (see ``plugins.rst``).
"""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import dnnd
from dnnd import Article, Extraction, ExtractionContext, Mention, Organization, Paragraph, RawDocument, Sniff, Span

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")
_DATELINE = re.compile(r"(\d{1,2}):(\d{2}) \| (\d{1,2})/(\d{1,2})/(\d{4})")


class ViDuParser:
    """Reads text pages scraped from Báo Ví Dụ."""

    name = "vidu"

    def sniff(self, doc: RawDocument) -> Sniff:
        """Claim pages whose first line is the outlet's masthead."""
        if doc.text.lstrip().startswith("BÁO VÍ DỤ\n"):
            return Sniff(0.9, "starts with the Báo Ví Dụ masthead")
        return Sniff.no("no Báo Ví Dụ masthead")

    def parse(self, doc: RawDocument) -> Article:
        """Masthead, dateline, title, then paragraphs up to the share buttons."""
        lines = [line.strip() for line in doc.text.strip().split("\n")]
        match = _DATELINE.fullmatch(lines[1]) if len(lines) > 2 else None
        if match is None:
            raise dnnd.MalformedInputError("has no 'hh:mm | dd/mm/yyyy' dateline on its second line", source=doc.name)
        hour, minute, day, month, year = map(int, match.groups())
        body = []
        for line in lines[3:]:
            if line.startswith("Chia sẻ:"):
                break
            if line:
                body.append(Paragraph(line))
        return Article(
            title=lines[2],
            blocks=body,
            published=datetime(year, month, day, hour, minute, tzinfo=VIETNAM),
            outlet="Báo Ví Dụ",
            source=doc.source,
        )


class UbndExtractor:
    """Finds "UBND tỉnh X" and spells the abbreviation out."""

    name = "vidu-ubnd"
    order = 450
    _pattern = re.compile(r"UBND tỉnh [A-ZĐ]\w*(?: [A-ZĐ]\w*)*")

    def extract(self, context: ExtractionContext) -> Extraction:
        """One mention and one organization per distinct name."""
        ids: dict[str, str] = {}  # name -> entity id, prefixed with our name to stay unique
        spans: dict[str, list[Span]] = {}
        mentions = []
        for m in self._pattern.finditer(context.text):
            entity_id = ids.setdefault(m.group(), f"{self.name}:{len(ids) + 1}")
            mentions.append(Mention("organization", m.start(), m.end(), m.group(), entity=entity_id))
            spans.setdefault(m.group(), []).append(Span(m.start(), m.end()))
        entities = [
            Organization(name=name, id=ids[name], spans=found, canonical=name.replace("UBND", "Ủy ban nhân dân", 1))
            for name, found in spans.items()
        ]
        return Extraction(mentions, entities)


@dnnd.hookimpl
def dnnd_parsers() -> list[ViDuParser]:
    """The Báo Ví Dụ parser."""
    return [ViDuParser()]


@dnnd.hookimpl
def dnnd_extractors() -> list[UbndExtractor]:
    """The UBND extractor."""
    return [UbndExtractor()]
