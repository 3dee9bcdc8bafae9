"""The base class of outlet plugins: an outlet described as a short table.

An outlet plugin says what belongs to its outlet and nothing else::

    class ViduParser(OutletParser):
        name = "vidu"
        hosts = ("vidu.vn",)                       # its web hosts
        names = ("Báo Ví Dụ",)                     # how its credits name it
        stamps = (re.compile(r"^\\d\\d:\\d\\d \\| \\d\\d/\\d\\d/\\d{4}$", re.M),)   # its own stamp format
        markers = (("Tin cùng chuyên mục", 0.1),)  # furniture, weighed only once the page is known to be ours

The default :meth:`OutletParser.sniff` claims a page only on **evidence that
belongs to the outlet**: the URL it was fetched from on one of
:attr:`~OutletParser.hosts` (an address printed in the credits is the original's,
not the page's), the outlet's name in a credit line
on its photos or its copyright (``(Ảnh: Báo Ví Dụ)``, ``© Báo Ví Dụ``; ``Theo X`` names
the outlet a page republishes, not the page's own), or one of its own
:attr:`~OutletParser.stamps`. Furniture many sites share ("Tin cùng chuyên
mục", share icons) never claims a page; it only adds confidence to a page
already claimed. Parsing is the generic text parser's (an HTML page of a host
goes to the generic HTML parser), tuned by the class attributes of
:class:`~dnnd.parsers.text.TextParser`.
"""

from __future__ import annotations

import re

from dnnd.model import RawDocument, Sniff
from dnnd.parsers.outlet_html import host_of
from dnnd.parsers.text import Marker, TextParser, marker_sniff, page_text
from dnnd.text.normalize import match_key

__all__ = ["EVIDENCE_CONFIDENCE", "OutletParser"]

#: How sure an outlet parser is of a text page showing one piece of its evidence.
EVIDENCE_CONFIDENCE = 0.6
# Each further piece of evidence adds this much; furniture adds at most half its weight.
_EVIDENCE_STEP = 0.15
_CAP = 0.95
# Lines where a page credits itself: its photos ("Ảnh: X", "(Ảnh: X)"), its copyright ("© X", "Bản
# quyền X"). "Theo X" and "Nguồn: X" name the outlet a page republishes, not the page's own.
_CREDIT = re.compile(r"^(?:©|\(c\)|(?:ảnh|nguồn ảnh|bản quyền|copyright)\b)|\((?:ảnh|nguồn ảnh)\s*:", re.I)


class OutletParser(TextParser):
    """An outlet's pages, described by its hosts, its names, its stamp formats and its furniture."""

    #: How the outlet names itself in a credit (``Báo Lào Cai``, ``Tạp chí Thời Đại``).
    names: tuple[str, ...] = ()
    #: The outlet's own stamp or credit formats, searched in the whole page (compile with ``re.MULTILINE``).
    stamps: tuple[re.Pattern[str], ...] = ()
    #: Furniture lines and their weights (see :func:`~dnnd.parsers.text.marker_sniff`): they add
    #: confidence to a page the evidence already claims, never claim one alone.
    markers: tuple[tuple[Marker, float], ...] = ()

    def on_host(self, url: str | None) -> bool:
        """True when ``url`` lives on one of :attr:`hosts` (a subdomain counts too)."""
        host = host_of(url)
        return host is not None and any(host == h or host.endswith("." + h) for h in self.hosts)

    def evidence(self, doc: RawDocument, text: str) -> list[str]:
        """What on ``doc`` belongs to this outlet: its host, its name in a credit, its stamps."""
        found: list[str] = []
        if self.on_host(doc.url):
            found.append(f"fetched from {host_of(doc.url)}")
        names = [match_key(n) for n in self.names]
        credits = [line.strip() for line in text.split("\n") if _CREDIT.search(line.strip())]
        for line in credits:
            key = match_key(line)
            if hit := next((n for n in names if n and n in key), None):
                found.append(f"its name in a credit ({hit})")
                break
        for stamp in self.stamps:
            if match := stamp.search(text):
                found.append(f"its stamp {match.group(0)[:40]!r}")
        return found

    def sniff(self, doc: RawDocument) -> Sniff:
        """Claim a page on the outlet's own evidence; shared furniture only adds to a claim."""
        text = page_text(doc)
        if text is None:  # an HTML page: ours if it lives on our host
            return self.sniff_html(doc)
        found = self.evidence(doc, text)
        if not found:
            return Sniff.no(f"nothing of {self.name}'s own: no host, no credit naming it, no stamp of its format")
        furniture = marker_sniff(text, self.markers).confidence if self.markers else 0.0
        confidence = EVIDENCE_CONFIDENCE + _EVIDENCE_STEP * (len(found) - 1) + furniture / 2
        return Sniff(round(min(confidence, _CAP), 3), "found " + ", ".join(found))
