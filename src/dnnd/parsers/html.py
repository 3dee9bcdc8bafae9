"""The generic HTML parser for any news page.

Most Vietnamese outlets will never have a plugin of their own, so this parser
reads a page by rules that hold across CMSs rather than by outlet:
metadata from JSON-LD and OpenGraph (:mod:`~dnnd.parsers.html_meta`), the body
by text density and structure (:mod:`~dnnd.parsers.html_content`), figures
from ``<figure>``/``<img>`` (:mod:`~dnnd.parsers.html_figures`). The page is
parsed once, safely (no network, no entity expansion, libxml2's size limits).
"""

from __future__ import annotations

import re
from itertools import chain
from urllib.parse import urlsplit

from dnnd.errors import MalformedInputError
from dnnd.model import Article, RawDocument, Sniff
from dnnd.parsers.html_content import Tally, extract_content
from dnnd.parsers.html_dom import fold, parse_html, prepare, text_of
from dnnd.parsers.html_meta import (
    byline_authors,
    choose_title,
    read_meta,
    respell_brand,
    source_credit,
    stamp_under_headline,
    visible_published,
)

__all__ = ["HtmlParser"]


def host_of(url: str | None) -> str | None:
    """The host of ``url`` without ``www.`` and its top-level part (``dantri`` for dantri.com.vn)."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    return host.split(".")[0] or None


# An HTML page opens with a doctype, <html>, <head>, <body> or one of the common body tags.
_HTML_START = re.compile(
    r"^(?:\ufeff)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|section|main|table|h[1-6])[\s>/]",
    re.IGNORECASE | re.DOTALL,
)


# ...or opens a line with the tags that open an HTML document a little further down.
_HTML_INSIDE = re.compile(r"^[ \t]*<(?:!doctype\s+html|html|head|body)[\s>]", re.IGNORECASE | re.MULTILINE)


def _letters(name: str) -> str:
    return "".join(c for c in fold(name) if c.isalnum())


def _is_brand(letters: str, brand: str) -> bool:
    # Short names may hide inside a long brand ("An" in "dantri"): only longer ones count as inside.
    return letters == brand or (len(letters) >= 5 and letters in brand)


class HtmlParser:
    """Reads any HTML news page: metadata from JSON-LD/OpenGraph, body by structure."""

    name = "html"

    def sniff(self, doc: RawDocument) -> Sniff:
        """Accept any HTML page (with a middling confidence, so outlet parsers win); refuse the rest."""
        try:
            head = doc.text[:4096]
        except Exception as exc:  # undecodable bytes: not for this parser to say more
            return Sniff.no(f"cannot read the page ({type(exc).__name__})")
        if _HTML_START.match(head):
            return Sniff(0.5, "an HTML page (generic parser)")
        if _HTML_INSIDE.search(head):
            # Server warnings, template directives or a BOM-less fragment before the page's own tags.
            return Sniff(0.45, "an HTML page after some leading text (generic parser)")
        if doc.media_type == "text/html" and head.lstrip().startswith("<"):
            return Sniff(0.4, "declared text/html")
        return Sniff.no("not HTML")

    def parse(self, doc: RawDocument) -> Article:
        """Parse the page into an article; :class:`MalformedInputError` if it holds none."""
        root = parse_html(doc.text, name=doc.name)
        meta = read_meta(root, doc.url)  # before prepare(): JSON-LD lives in <script>
        brand_texts = [t for t in (meta.site_name, root.findtext(".//title")) if t]
        prepare(root)
        try:
            tally = Tally(root)
            title, title_el = choose_title(root, meta)
            content = extract_content(
                root, tally=tally, title=title, title_el=title_el, description=meta.description, base_url=meta.url
            )
        except RecursionError:
            # The body walk follows the tree: nesting deeper than Python's stack (about 900 levels) is refused.
            raise MalformedInputError(
                "nests its elements too deep to read (over about 900 levels); flatten the page's markup",
                source=doc.name,
            ) from None
        if not title and not content.blocks:
            raise MalformedInputError("has no article: no headline and no body text were found", source=doc.name)

        site = meta.site_name
        if site:
            # The page's text is only read (lazily) when the metadata spells the site badly.
            body = root.find("body")
            site = respell_brand(site, chain(brand_texts, (text_of(b) for b in (body,) if b is not None)))
        outlet = content.outlet or source_credit(root) or meta.source or site
        brands = {_letters(b) for b in (outlet, site, meta.site_name, host_of(meta.url or doc.url)) if b}

        def not_brand(names: list[str] | tuple[str, ...]) -> list[str]:
            # A meta author holding the site's own name or domain ("Dân Trí" on "Báo điện tử Dân Trí").
            return [n for n in names if not any(_is_brand(_letters(n), brand) for brand in brands)]

        authors = not_brand(content.authors) or not_brand(meta.authors) or not_brand(byline_authors(root, outlet))
        published = meta.published or visible_published(root, tally.order, title_el)
        if published is None or not authors:
            # The stamp line under the headline, whatever its class, and the writer printed on it.
            stamp, writers = stamp_under_headline(tally.elements, tally.order, title_el)
            published = published or stamp
            authors = authors or not_brand(writers)
        return Article(
            title=title,
            blocks=content.blocks,
            lead=content.lead,
            published=published,
            url=meta.url,
            outlet=outlet,
            authors=authors,
            source=doc.source,
        )
