"""Outlet plugins reading their outlet's HTML pages with the generic HTML machinery.

An outlet plugin built on :class:`~dnnd.parsers.text.TextParser` lists its
``hosts``; an HTML page whose canonical URL (``<link rel=canonical>``,
``og:url``, or the URL it was fetched from) is on one of them is claimed with
a high confidence and parsed by :class:`~dnnd.parsers.html.HtmlParser`, then
given the outlet's own ``site`` and default ``outlet``.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlsplit

import attrs

from dnnd.model import Article, RawDocument, Sniff
from dnnd.parsers.html import HtmlParser
from dnnd.parsers.html_dom import parse_html

__all__ = ["HTML_CONFIDENCE", "host_of", "looks_like_html", "page_url", "parse_outlet_html", "sniff_outlet_html"]

#: How sure an outlet parser is of an HTML page on one of its hosts.
HTML_CONFIDENCE = 0.85
# The canonical URL sits in <head>: parsing this much of the page is enough, and cheap.
_HEAD_CHARS = 65536
_GENERIC = HtmlParser()


def looks_like_html(doc: RawDocument) -> bool:
    """True when the generic HTML parser would accept ``doc``. Never raises."""
    return _GENERIC.sniff(doc).confidence > 0


# Every host-aware outlet parser sniffs the same page: read its head once (the content's hash is cached by str).
@lru_cache(maxsize=16)
def page_url(doc: RawDocument) -> str | None:
    """The page's canonical URL from its head, else the URL it was fetched from. Never raises."""
    try:
        # The decoded text, read as UTF-8 whatever the page's <meta> declares: no mojibake.
        head = parse_html(doc.text[:_HEAD_CHARS])
        for link in head.iter("link"):
            if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
                return link.get("href")
        for meta in head.iter("meta"):
            if meta.get("property") == "og:url" and meta.get("content"):
                return meta.get("content")
    except Exception:  # a sniffer must not raise: a page lxml cannot read is not claimed
        return doc.url
    return doc.url


def host_of(url: str | None) -> str | None:
    """The lower-case host of ``url`` without ``www.``, or ``None``."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.") or None


def sniff_outlet_html(doc: RawDocument, hosts: tuple[str, ...]) -> Sniff:
    """Claim an HTML page whose URL is on one of ``hosts`` (a subdomain counts too)."""
    if not hosts or not looks_like_html(doc):
        return Sniff.no("not an HTML page of this outlet")
    host = host_of(page_url(doc))
    if host and any(host == h or host.endswith("." + h) for h in hosts):
        return Sniff(HTML_CONFIDENCE, f"an HTML page of {host}")
    return Sniff.no(f"an HTML page of {host or 'an unknown host'}, not of {', '.join(hosts)}")


def parse_outlet_html(doc: RawDocument, *, site: str | None, outlet: str | None) -> Article:
    """Parse with the generic HTML parser; the outlet's ``site`` wins, its ``outlet`` is a default."""
    article = _GENERIC.parse(doc)
    return attrs.evolve(article, site=site or article.site, outlet=article.outlet or outlet)
