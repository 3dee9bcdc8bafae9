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

from dnnd.parsers.outlet import OutletParser
from dnnd.parsers.text import Marker


class ThoidaiParser(OutletParser):
    """Pages of thoidai.com.vn scraped as text (both renderings)."""

    name = "thoidai"
    hosts = ("thoidai.com.vn",)
    site = "Tạp chí Thời Đại"
    #: The magazine's own section headers below the article.
    end_markers = frozenset({"bờ cõi biển đảo"})
    names = ("Tạp chí Thời Đại", "thoidai.com.vn")
    #: The stamp under the breadcrumb: time first, then the day, then the zone.
    stamps = (re.compile(r"^\d{1,2}:\d\d \| \d{1,2}/\d{1,2}/\d{4} GMT\+7$", re.MULTILINE),)
    #: Furniture lines, weighed once the page is known to be the magazine's.
    markers: tuple[tuple[Marker, float], ...] = (
        ("Bờ cõi biển đảo", 0.2),
        ("Các tin bài khác", 0.1),
        ("Phiên bản di động", 0.1),
        # The markdown rendering's image stubs.
        (re.compile(r"^!\[[^\]]*\]\([^)]*\) \|$", re.MULTILINE), 0.1),
    )
