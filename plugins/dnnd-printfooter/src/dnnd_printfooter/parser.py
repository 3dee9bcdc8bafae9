"""Text pages of an outlet we could not name, recognised by their layout.

The page starts straight with the lead paragraph (the scrape lost the title),
links other articles inside the body as headlines printed twice on one line
(``X X``: link text, then image alt text), captions its photos with a credit
in brackets - ``... (Ảnh: Cổng TTĐT tỉnh ...).`` - and ends with the print
link "In bài viết" and the "Truyền hình" (television) section. Nothing on the
page names the outlet, so the parser sets neither outlet nor site.
"""

from __future__ import annotations

import re

from dnnd import RawDocument, Sniff
from dnnd.parsers.text import Marker, TextParser, marker_sniff, page_text


class PrintFooterParser(TextParser):
    """Pages ending in an "In bài viết" print link and a "Truyền hình" section."""

    name = "printfooter"
    #: The television section that follows the article.
    end_markers = frozenset({"truyền hình"})
    #: Furniture lines and the weight each adds to the sniffing confidence.
    markers: tuple[tuple[Marker, float], ...] = (
        ("In bài viết", 0.4),
        ("Truyền hình", 0.2),
        # A headline printed twice on one line: "X X".
        (re.compile(r"^(?P<h>[^\n]{12,200}) (?P=h)$", re.MULTILINE), 0.2),
        # A photo credit closing a caption.
        (re.compile(r"\(Ảnh: [^()\n]+\)\.?$", re.MULTILINE), 0.1),
    )
    #: Without the print link, the rest is too common to claim a page.
    anchor = "In bài viết"

    def sniff(self, doc: RawDocument) -> Sniff:
        """The print link, then the television section, doubled headlines and photo credits."""
        text = page_text(doc)
        if text is None:
            return Sniff.no("not a text page")
        if marker_sniff(text, [(self.anchor, 1.0)]).confidence == 0:
            return Sniff.no(f"no {self.anchor!r} print link")
        return marker_sniff(text, self.markers)
