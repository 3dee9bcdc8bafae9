"""The generic parser for pages scraped as plain text, from any outlet."""

from __future__ import annotations

from dnnd.errors import MalformedInputError
from dnnd.model import Article, Paragraph, RawDocument, Sniff
from dnnd.text.normalize import clean_space


class TextParser:
    """Reads a scraped text page: the first line is the title, blank lines split paragraphs."""

    name = "text"

    def sniff(self, doc: RawDocument) -> Sniff:
        """Accept any text that is not HTML, with a low confidence so outlet parsers win."""
        text = doc.text if isinstance(doc.content, str) else ""
        head = text.lstrip()[:512].lower()
        if head.startswith("<") and ("<html" in head or "<!doctype" in head or "<body" in head):
            return Sniff.no("looks like HTML")
        return Sniff(0.1, "plain text (generic parser)")

    def parse(self, doc: RawDocument) -> Article:
        """Split the page into a title and paragraphs."""
        lines = [clean_space(line) for line in doc.text.split("\n")]
        lines = [line for line in lines if line]
        if not lines:
            raise MalformedInputError("has no text lines", source=doc.name)
        return Article(title=lines[0], blocks=[Paragraph(line) for line in lines[1:]], source=doc.source)
