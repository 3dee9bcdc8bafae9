"""thoidai.com.vn, the magazine of the Vietnam Union of Friendship Organizations.

Its pages come scraped in two renderings: plain lines (breadcrumb, the stamp
``13:33 | 03/11/2023 GMT+7``, a font-size ``aa`` button, the title repeated as
image alt text) and a markdown-ish one where each photo is a ``![]() |`` stub
followed by a ``| caption |`` cell. Both end in the same lists: "Tin bài liên
quan", "Các tin bài khác", "Đọc nhiều", the "Bờ cõi biển đảo" section,
"Multimedia", ``[Video]`` teasers and "Phiên bản di động". The magazine often
republishes provincial papers and credits them at the foot ("Theo Báo Lào
Cai"): the outlet comes from that credit, the site is the magazine.
"""

from __future__ import annotations

import re

from dnnd import RawDocument, Sniff
from dnnd.parsers.text import Marker, TextParser, marker_sniff, page_text


class ThoidaiParser(TextParser):
    """Pages of thoidai.com.vn scraped as text (both renderings)."""

    name = "thoidai"
    hosts = ("thoidai.com.vn",)
    site = "Tạp chí Thời Đại"
    #: The magazine's own section headers below the article.
    end_markers = frozenset({"bờ cõi biển đảo"})
    #: Furniture lines and the weight each adds to the sniffing confidence.
    markers: tuple[tuple[Marker, float], ...] = (
        ("Tin bài liên quan", 0.2),
        ("Các tin bài khác", 0.25),
        ("Bờ cõi biển đảo", 0.2),
        ("Phiên bản di động", 0.2),
        ("Xin chờ trong giây lát...", 0.15),
        ("~Tạp chí Thời đại", 0.2),
        ("Multimedia", 0.1),
        ("aa", 0.1),
        # The stamp under the breadcrumb: time first, then the day, then the zone.
        (re.compile(r"^\d{1,2}:\d\d \| \d{1,2}/\d{1,2}/\d{4} GMT\+7$", re.MULTILINE), 0.15),
        # The markdown rendering's image stubs.
        (re.compile(r"^!\[[^\]]*\]\([^)]*\) \|$", re.MULTILINE), 0.15),
    )

    def sniff(self, doc: RawDocument) -> Sniff:
        """How many of the magazine's furniture markers the page shows."""
        text = page_text(doc)
        if text is None:  # an HTML page: ours if it lives on our host
            return self.sniff_html(doc)
        return marker_sniff(text, self.markers)
