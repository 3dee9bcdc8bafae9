"""Text pages of the Lai Châu provincial portal, known by the credit on its photos.

The page starts straight with the lead paragraph (the scrape lost the title),
links other articles inside the body as headlines printed twice on one line
(``X X``: link text, then image alt text), captions its photos with a credit
in brackets - ``... (Ảnh: Cổng TTĐT tỉnh ...).`` - and ends with the print
link "In bài viết" and the "Truyền hình" (television) section. Only the photo
credits name the portal (``Cổng TTĐT tỉnh Lai Châu``): that is what claims a
page; it is not a writer's credit, so the parser sets neither outlet nor site.
"""

from __future__ import annotations

import re

from dnnd.parsers.outlet import OutletParser
from dnnd.parsers.text import Marker


class PrintFooterParser(OutletParser):
    """Pages ending in an "In bài viết" print link and a "Truyền hình" section."""

    name = "printfooter"
    #: The television section that follows the article.
    end_markers = frozenset({"truyền hình"})
    #: The portal credits its own photos: its name in a credit is the evidence.
    names = ("Cổng TTĐT tỉnh Lai Châu",)
    #: Furniture, weighed once the page is known to be the portal's.
    markers: tuple[tuple[Marker, float], ...] = (
        ("In bài viết", 0.1),
        ("Truyền hình", 0.1),
        # A headline printed twice on one line: "X X".
        (re.compile(r"^(?P<h>[^\n]{12,200}) (?P=h)$", re.MULTILINE), 0.1),
    )
