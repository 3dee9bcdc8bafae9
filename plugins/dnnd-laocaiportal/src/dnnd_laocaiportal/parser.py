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

from dnnd import RawDocument, Sniff
from dnnd.parsers.text import Marker, TextParser, marker_sniff, page_text


class LaocaiPortalParser(TextParser):
    """Báo Lào Cai articles as the Lào Cai provincial portal republishes them."""

    name = "laocaiportal"
    #: Furniture lines and the weight each adds to the sniffing confidence.
    markers: tuple[tuple[Marker, float], ...] = (
        # The credit line: writer, then the paper's web edition and the date in brackets.
        (re.compile(r"^Nguồn: [^(\n]+\(Báo Lào Cai điện tử, [^)\n]*\d{4}[^)\n]*\)$", re.MULTILINE), 0.55),
        # The list header, in the portal's title case.
        (re.compile(r"^Tin Liên Quan$", re.MULTILINE), 0.2),
        # Photos named after the paper's upload folder.
        (re.compile(r"^baolaocai-\w+?[_-]img-\d+\.jpe?g$", re.MULTILINE | re.IGNORECASE), 0.1),
        # The original's address on a line of its own; alone it is too weak to claim a page.
        (re.compile(r"^https?://(?:www\.)?baolaocai\.vn/\S+$", re.MULTILINE), 0.05),
    )

    def sniff(self, doc: RawDocument) -> Sniff:
        """How many of the portal's republishing markers the page shows."""
        text = page_text(doc)
        if text is None:
            return Sniff.no("not a text page")
        return marker_sniff(text, self.markers)
