"""baolaocai.vn, the Lào Cai provincial newspaper, on its own site.

Scraped as text, a page is the title, the body with each photo as its file
name (``img-9703.jpg``) over its caption, then the site's lists "Có thể bạn
quan tâm" and "Tin cùng chuyên mục" (headlines printed twice, teasers, photo
captions) and the share icons ``fb yt zl tw``. The page prints no credit:
being the paper's own site, the outlet is Báo Lào Cai.
"""

from __future__ import annotations

import re

from dnnd import RawDocument, Sniff
from dnnd.parsers.text import Marker, TextParser, marker_sniff, page_text


class BaolaocaiParser(TextParser):
    """Pages of baolaocai.vn scraped as text."""

    name = "baolaocai"
    hosts = ("baolaocai.vn",)
    outlet = "Báo Lào Cai"
    #: Furniture lines and the weight each adds to the sniffing confidence.
    markers: tuple[tuple[Marker, float], ...] = (
        ("Có thể bạn quan tâm", 0.3),
        ("Tin cùng chuyên mục", 0.3),
        ("fb yt zl tw", 0.2),
        # Photos keep the CMS's upload names: img-9703.jpg.
        (re.compile(r"^img-\d+\.jpe?g$", re.MULTILINE | re.IGNORECASE), 0.1),
    )

    def sniff(self, doc: RawDocument) -> Sniff:
        """How many of the paper's furniture markers the page shows."""
        text = page_text(doc)
        if text is None:  # an HTML page: ours if it lives on our host
            return self.sniff_html(doc)
        return marker_sniff(text, self.markers)
