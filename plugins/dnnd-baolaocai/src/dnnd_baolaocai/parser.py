"""baolaocai.vn, the Lào Cai provincial newspaper, on its own site.

Scraped as text, a page is the title, the body with each photo as its file
name (``img-9703.jpg``) over its caption, then the site's lists "Có thể bạn
quan tâm" and "Tin cùng chuyên mục" (headlines printed twice, teasers, photo
captions) and the share icons ``fb yt zl tw``. The page prints no credit:
being the paper's own site, the outlet is Báo Lào Cai.
"""

from __future__ import annotations

import re

from dnnd.parsers.outlet import OutletParser
from dnnd.parsers.text import Marker


class BaolaocaiParser(OutletParser):
    """Pages of baolaocai.vn scraped as text."""

    name = "baolaocai"
    hosts = ("baolaocai.vn",)
    outlet = "Báo Lào Cai"
    names = ("Báo Lào Cai", "baolaocai.vn")
    #: Furniture many sites share: weighed only once the page is known to be the paper's.
    markers: tuple[tuple[Marker, float], ...] = (
        ("Có thể bạn quan tâm", 0.1),
        ("Tin cùng chuyên mục", 0.1),
        ("fb yt zl tw", 0.1),
        # Photos keep the CMS's upload names: img-9703.jpg.
        (re.compile(r"^img-\d+\.jpe?g$", re.MULTILINE | re.IGNORECASE), 0.1),
    )
