"""The Lào Cai provincial portal republishing Báo Lào Cai articles.

The portal copies the paper's article (photo file names ``baolaocai-br_...``
over their captions), prints the original's address on a line of its own,
then credits it in one line - ``Nguồn: <writer> (Báo Lào Cai điện tử,
<weekday>, ngày <dd/mm/yyyy> - <hh:mm> GMT+7)`` - and closes with a "Tin Liên
Quan" list of headlines and teasers. The portal does not name itself on the
page, so ``site`` stays empty; writer, outlet and date come from the credit.
"""

from __future__ import annotations

import re

from dnnd.parsers.outlet import OutletParser
from dnnd.parsers.text import Marker


class LaocaiPortalParser(OutletParser):
    """Báo Lào Cai articles as the Lào Cai provincial portal republishes them."""

    name = "laocaiportal"
    #: The portal's credit line: writer, then the paper's web edition and the stamp in brackets;
    #: and the photos named after the paper's upload folder, as the portal copies them.
    stamps = (
        re.compile(r"^Nguồn: [^(\n]+\(Báo Lào Cai điện tử, [^)\n]*\d{4}[^)\n]*\)$", re.MULTILINE),
        re.compile(r"^baolaocai-\w+?[_-]img-\d+\.jpe?g$", re.MULTILINE | re.IGNORECASE),
    )
    #: The list header, in the portal's title case.
    markers: tuple[tuple[Marker, float], ...] = ((re.compile(r"^Tin Liên Quan$", re.MULTILINE), 0.1),)
