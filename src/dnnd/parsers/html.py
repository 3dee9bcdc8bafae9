"""The generic HTML parser for any news page."""

from __future__ import annotations

import lxml.html

from dnnd.errors import MalformedInputError
from dnnd.model import Article, Paragraph, RawDocument, Sniff
from dnnd.text.normalize import clean_space


class HtmlParser:
    """Reads any HTML news page: metadata from JSON-LD/OpenGraph, body by structure."""

    name = "html"

    def sniff(self, doc: RawDocument) -> Sniff:
        """Accept HTML documents."""
        head = doc.text.lstrip()[:2048].lower()
        if "<html" in head or "<!doctype html" in head or "<body" in head:
            return Sniff(0.5, "an HTML page (generic parser)")
        return Sniff.no("not HTML")

    def parse(self, doc: RawDocument) -> Article:
        """Parse the page."""
        try:
            root = lxml.html.document_fromstring(doc.text)
        except Exception as exc:
            raise MalformedInputError(f"is not parseable HTML ({exc})", source=doc.name) from None
        title = root.findtext(".//title")
        paras = [clean_space(p.text_content()) for p in root.iter("p")]
        return Article(
            title=clean_space(title) if title else None,
            blocks=[Paragraph(p) for p in paras if p],
            source=doc.source,
        )
