"""Page metadata for the generic HTML parser: title, date, URL, outlet and authors.

Sources, most trusted first: schema.org JSON-LD (``NewsArticle``/``Article``,
also inside ``@graph``), OpenGraph and ``article:*`` properties, other
``<meta>`` tags (``pubdate``, ``itemprop=datePublished``), ``<link
rel=canonical>``, and finally what the page shows (the ``<h1>``, a date line
near it, the byline box, a "Theo ..." source credit).
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from functools import cache
from typing import Any
from urllib.parse import urljoin, urlsplit

import attrs
import lxml.html

from dnnd.gazetteer import read_list
from dnnd.parsers.html_dom import BLOCK_TAGS, NEGATIVE_HINT, fold, has_hint, text_of
from dnnd.text.dates import parse_published
from dnnd.text.names import split_names
from dnnd.text.normalize import clean_space, match_key

__all__ = [
    "PageMeta",
    "byline_authors",
    "choose_title",
    "is_name",
    "read_meta",
    "respell_brand",
    "source_credit",
    "stamp_under_headline",
    "visible_published",
]

_ARTICLE_TYPES = frozenset(
    {
        "newsarticle",
        "article",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "backgroundnewsarticle",
        "blogposting",
        "liveblogposting",
        "report",
    }
)
_PUBLISHED_META = (
    ("property", "article:published_time"),
    ("itemprop", "datepublished"),  # keys are read in lower case (``_metas``)
    ("name", "pubdate"),
    ("name", "publishdate"),
    ("name", "publish-date"),
    ("name", "article:published_time"),
    ("property", "og:published_time"),
    ("name", "dc.date.issued"),
    # The other keys publishers' templates give the date under, as the well-kept date extractors read them
    # (htmldate and its ports: Dublin Core, Parse.ly, Sailthru, Highwire/Google Scholar's citation tags).
    ("name", "dc.date"),
    ("name", "dcterms.issued"),
    ("name", "dcterms.created"),
    ("name", "dc.date.created"),
    ("property", "og:article:published_time"),
    ("name", "parsely-pub-date"),
    ("name", "sailthru.date"),
    ("name", "publish_date"),
    ("name", "publication_date"),
    ("name", "citation_publication_date"),
    ("name", "date"),
)
# Keys the writer is given under besides ``author`` and ``article:author`` (Dublin Core, Parse.ly, Sailthru, the
# New York Times' ``byl``, Highwire's citation tags), as trafilatura's metadata reader takes them.
_AUTHOR_META = (
    ("property", "article:author"),
    ("name", "author"),
    ("name", "dc.creator"),
    ("name", "dcterms.creator"),
    ("name", "parsely-author"),
    ("name", "sailthru.author"),
    ("name", "byl"),
    ("name", "citation_author"),
)
# "By Minh Anh": the English byline's word, never part of a name.
_BY = re.compile(r"^by\s+", re.IGNORECASE)
_DOMAIN = re.compile(r"^(?:https?://)?(?:www\.)?([\w-]+)(?:\.[\w-]+)+/?$", re.IGNORECASE)
_CREDIT = re.compile(r"^(?:theo|nguồn)\s*:?\s+(?P<name>\S.*)$", re.IGNORECASE)
_DATE_HINT = re.compile(r"(?:^|[^a-z])(?:date|time|publish|posted|ngay|thoigian)")
_SOURCE_HINT = re.compile(r"(?:^|[^a-z])(?:source|nguon)(?:$|[^a-z])")
# Bylines link to author pages: "/tac-gia/..." (Vietnamese "author") or "/author/...".
_AUTHOR_LINKS = "a[rel~=author], a[href*='/tac-gia/'], a[href*='/author/']"
_AUTHOR_BOX = re.compile(r"(?:^|[^a-z])(?:author|byline|tacgia|tac-gia|writer)")
# The writer's unit in brackets after the name ("Phùng Anh (VTV Online)", "Minh Anh (TTXVN)"): not part of it.
_UNIT_AFTER_NAME = re.compile(r"\s*\([^()]{1,40}\)\s*$")
_NAME_WORD = re.compile(r"^[^\W\d_][\w.'’-]*$")


@attrs.frozen
class PageMeta:
    """What the page's head (and JSON-LD) says about the article."""

    title: str | None = None
    description: str | None = None
    published: datetime | date | None = None
    url: str | None = None
    site_name: str | None = None
    authors: tuple[str, ...] = ()
    #: The outlet that wrote a re-posted article: the JSON-LD ``author`` organisation, when it is not the
    #: page's publisher (an aggregator names the outlet it took the article from, the site itself).
    source: str | None = None


# --------------------------------------------------------------------------- JSON-LD


def _unescape(value: str) -> str:
    # Some CMSs HTML-escape JSON-LD strings, some twice ("&amp;#7871;").
    for _ in range(3):
        if "&" not in value:
            break
        new = html.unescape(value)
        if new == value:
            break
        value = new
    return clean_space(value)


def _json_items(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, list):
        for item in value:
            yield from _json_items(item)
    elif isinstance(value, dict):
        yield value
        if "@graph" in value:
            yield from _json_items(value["@graph"])


def _types(item: dict[str, Any]) -> set[str]:
    value = item.get("@type", ())
    values = value if isinstance(value, list) else [value]
    return {str(v).lower() for v in values}


def _json_ld(root: lxml.html.HtmlElement) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for script in root.iterfind(".//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "", strict=False)
        except ValueError:
            continue  # broken JSON-LD is common; the other sources still apply
        items.extend(_json_items(data))
    return items


_ORGANIZATION_TYPES = frozenset(["organization", "newsmediaorganization", "corporation"])


def _names(value: Any, *, people: bool) -> list[str]:
    """Names in an ``author``/``publisher`` value; ``people`` keeps only non-organisations."""
    out = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, str):
            if people:
                out.append(_unescape(item))
        elif isinstance(item, dict) and isinstance(item.get("name"), str):
            is_org = bool(_types(item) & _ORGANIZATION_TYPES)
            if people != is_org:
                out.append(_unescape(item["name"]))
    return [n for n in out if n]


def _str(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url")
    return _unescape(value) if isinstance(value, str) and value.strip() else None


# --------------------------------------------------------------------------- <meta>


def _metas(root: lxml.html.HtmlElement) -> dict[tuple[str, str], str]:
    """``(attribute, key) -> content`` for every ``<meta>``; the first one of a key wins."""
    out: dict[tuple[str, str], str] = {}
    for meta in root.iter("meta"):
        content = meta.get("content")
        if content is None or not content.strip():
            continue
        for attribute in ("property", "name", "itemprop"):
            key = meta.get(attribute)
            if key:
                out.setdefault((attribute, key.strip().lower()), clean_space(content))
    return out


def _absolute(url: str | None, base: str | None) -> str | None:
    if not url:
        return None
    url = urljoin(base, url.strip()) if base else url.strip()
    return url if urlsplit(url).scheme in ("http", "https") else None


def is_name(text: str) -> bool:
    """True for text shaped like a person's name: one to six capitalised words, no digits."""
    words = text.split()
    if not 1 <= len(words) <= 6 or len(text) > 50:
        return False
    return all(_NAME_WORD.match(w) and w[0].isupper() for w in words)


# "baoquangtri.vn", "Vietnamplus.vn": a site's address written as its author.
_DOMAIN_END = re.compile(r"\w\.(?:vn|com|net|org|gov|info|edu)(?:\.vn)?$", re.I)


@cache
def _accounts() -> frozenset[str]:
    return frozenset(read_list("account_names.txt"))


def _not_a_writer(name: str) -> bool:
    """A CMS account or role (``admin``, ``BBT``), an outlet (``Báo Quảng Trị``) or a domain: not a person."""
    from dnnd.parsers.bylines import is_outlet_name  # bylines imports this module's neighbours: import here

    return match_key(name) in _accounts() or is_outlet_name(name) or _DOMAIN_END.search(name) is not None


def _people(raw: list[str]) -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    for text in raw:
        text = text.strip(" -–,;")
        if (credit := _CREDIT.match(text)) is not None:  # "Theo Phạm Trường": "Theo" is never part of a name
            text = credit.group("name")
        text = _UNIT_AFTER_NAME.sub("", text)
        for name in split_names(text):
            name = name.strip(" -–,;.")
            key = match_key(name)
            if name and key not in seen and is_name(name) and not _not_a_writer(name):
                seen.add(key)
                out.append(name)
    return out


def read_meta(root: lxml.html.HtmlElement, base_url: str | None = None) -> PageMeta:
    """Read title, description, date, URL, site name and authors from JSON-LD and ``<meta>``."""
    items = _json_ld(root)
    article = next((i for i in items if _types(i) & _ARTICLE_TYPES), {})
    metas = _metas(root)

    published = None
    candidates = [metas.get(_PUBLISHED_META[0])]
    candidates.append(_str(article.get("datePublished")))
    candidates.extend(metas.get(key) for key in _PUBLISHED_META[1:])
    for value in candidates:
        if value and (published := parse_published(value)) is not None:
            break
    if published is None:
        for time in root.iterfind(".//time[@datetime]"):
            if (published := parse_published(time.get("datetime", ""))) is not None:
                break
    if published is None:
        # schema.org microdata on any element: <span itemprop="datePublished" content="2024-06-12T08:15+07:00">
        for el in root.iterfind(".//*[@itemprop='datePublished']"):
            value = el.get("content") or el.get("datetime") or text_of(el)
            if value and (published := parse_published(value)) is not None:
                break

    canonical = next(
        (link.get("href") for link in root.iter("link") if "canonical" in (link.get("rel") or "").lower().split()),
        None,
    )
    url = (
        _absolute(canonical, base_url)
        or _absolute(metas.get(("property", "og:url")), base_url)
        or _absolute(_str(article.get("mainEntityOfPage")) or _str(article.get("url")), base_url)
        or _absolute(base_url, None)
    )

    publisher = _names(article.get("publisher"), people=False)
    site_name = metas.get(("property", "og:site_name")) or (publisher[0] if publisher else None)
    site_name = site_name or metas.get(("name", "application-name"))

    authors = _people(_names(article.get("author"), people=True))
    if not authors:
        raw = [metas.get(key) for key in _AUTHOR_META]
        authors = _people([_BY.sub("", r) for r in raw if r and not r.startswith("http")])

    source = _reposted_from(article.get("author"), [*publisher, site_name], url)

    title = _str(article.get("headline")) or metas.get(("property", "og:title")) or metas.get(("name", "twitter:title"))
    description = (
        metas.get(("property", "og:description"))
        or _str(article.get("description"))
        or metas.get(("name", "description"))
    )
    return PageMeta(
        title=title,
        description=description,
        published=published,
        url=url,
        site_name=site_name,
        authors=tuple(authors),
        source=source,
    )


def _brand_letters(name: str) -> str:
    return "".join(c for c in match_key(name) if c.isalnum())


def _host(url: str | None) -> str:
    return (urlsplit(url).hostname or "").lower().removeprefix("www.") if url else ""


def _reposted_from(author: Any, publishers: list[str | None], page_url: str | None) -> str | None:
    """The JSON-LD author organisation that wrote a re-posted article: one at another site's address,
    not the publisher under another spelling ("Dân trí" on "Báo điện tử Dân trí")."""
    own = [letters for p in publishers if p and (letters := _brand_letters(p))]
    page = _host(page_url)
    for item in author if isinstance(author, list) else [author]:
        if not isinstance(item, dict) or not _types(item) & _ORGANIZATION_TYPES:
            continue
        name, home = _str(item.get("name")), _host(_str(item.get("url")))
        if not name or not home or not page or home == page or home.endswith("." + page):
            continue
        letters = _brand_letters(name)
        if letters and not any(letters in brand or brand in letters for brand in own):
            return name
    return None


# --------------------------------------------------------------------------- what the page shows


def choose_title(root: lxml.html.HtmlElement, meta: PageMeta) -> tuple[str | None, lxml.html.HtmlElement | None]:
    """The headline as the page shows it, and its element.

    The ``<h1>`` that matches the OpenGraph/JSON-LD title wins (pages often
    carry a logo ``<h1>`` too); with no metadata title the first wordy ``<h1>``;
    with no ``<h1>`` the metadata title, then ``<title>``.
    """
    h1s = [(h, text_of(h)) for h in root.iter("h1")]
    h1s = [(h, t) for h, t in h1s if t]
    if meta.title:
        want = set(match_key(meta.title).split())
        best, best_overlap = None, 0.0
        for h, t in h1s:
            words = set(match_key(t).split())
            overlap = len(want & words) / max(len(want | words), 1)
            if overlap > best_overlap:
                best, best_overlap = (h, t), overlap
        if best is not None and best_overlap >= 0.5:
            return best[1], best[0]
        return _site_off(meta.title, meta.site_name), None
    for h, t in h1s:
        if len(t.split()) >= 3:
            return t, h
    title = root.findtext(".//title")
    return (_site_off(clean_space(title), meta.site_name) or None) if title else None, None


# The site's name a template appends to the headline in the head's title: "<headline> - Báo Tin Tức TTXVN",
# "<headline> | Báo Pháp Luật TP. Hồ Chí Minh", "<headline> | VOV.VN". Headlines hold " - " themselves
# ("Việt - Lào"): only a last part that names an outlet or the site goes.
_TITLE_TAIL = re.compile(r"\s+[-–|]\s+(?P<tail>[^-–|]+)$")
_TITLE_HEAD_WORDS = 3


def _site_off(title: str, site_name: str | None) -> str:
    """``title`` without the site's name a template appended to it, if it ends with one."""
    from dnnd.parsers.bylines import is_outlet_name  # bylines imports this module's neighbours: import here

    tail = _TITLE_TAIL.search(title)
    if tail is None or len(title[: tail.start()].split()) < _TITLE_HEAD_WORDS:
        return title
    name = tail["tail"].strip()
    if is_outlet_name(name) or (site_name is not None and match_key(name) == match_key(site_name)):
        return title[: tail.start()].strip()
    return title


def visible_published(
    root: lxml.html.HtmlElement, order: dict[lxml.html.HtmlElement, int], anchor: lxml.html.HtmlElement | None
) -> datetime | date | None:
    """A date line the page shows: the date-like element nearest the headline (``anchor``)."""
    at = order.get(anchor, 0) if anchor is not None else 0
    found: list[tuple[int, int, datetime | date]] = []
    for el in root.iter("span", "div", "time", "p", "li"):
        if not has_hint(el, _DATE_HINT):
            continue
        text = text_of(el)
        if not text or len(text) > 80:
            continue
        value = parse_published(text)
        if value is not None:
            # Nearest the headline first; a date with a time before a bare date.
            found.append((abs(order.get(el, 0) - at), 0 if isinstance(value, datetime) else 1, value))
    if not found:
        return None
    return min(found, key=lambda f: (f[1], f[0]))[2]


# How many elements after the headline a stamp line printed under it may stand (the sapo, a share bar between).
_STAMP_REACH = 40
_STAMP_TAGS = frozenset(["p", "div", "span", "time", "li", "em", "i", "strong", "b", "small", "td"])


def stamp_under_headline(
    elements: list[lxml.html.HtmlElement], order: dict[lxml.html.HtmlElement, int], anchor: lxml.html.HtmlElement | None
) -> tuple[datetime | date | None, tuple[str, ...]]:
    """The stamp line printed under the headline whatever its class (``Minh Anh | 12/06/2024 08:15``):
    ``(stamp, writers)`` from the first element after ``anchor`` whose whole text is a stamp line."""
    from dnnd.parsers.stamps import stamp_line  # stamps reads bylines, which imports this module's neighbours

    if anchor is None or anchor not in order:
        return None, ()
    at = order[anchor]
    for el in elements[at + 1 : at + 1 + _STAMP_REACH]:
        if el.tag not in _STAMP_TAGS or any(child.tag in BLOCK_TAGS for child in el):
            continue
        text = text_of(el)
        if text and len(text) <= _STAMP_MAX_CHARS and (read := stamp_line(text)) is not None and read[0] is not None:
            return read
    return None, ()


_STAMP_MAX_CHARS = 120


def byline_authors(root: lxml.html.HtmlElement, outlet: str | None) -> list[str]:
    """Names from the byline: links to author pages, or the text of an author box."""
    raw = [text_of(a) for a in root.cssselect(_AUTHOR_LINKS)]
    if not any(raw):
        for el in root.iter("div", "span", "p", "a", "strong", "address"):
            if has_hint(el, _AUTHOR_BOX) and len(el) <= 3:
                text = text_of(el)
                if text and len(text) <= 60:
                    raw.append(text)
    names = _people([text for r in raw if r for text in _box_names(r)])
    if outlet:
        names = [n for n in names if match_key(n) != match_key(outlet)]
    return names


def _box_names(text: str) -> list[str]:
    """The writers an author box names in a byline's shape (``Tác giả: Minh Anh``, ``Minh Anh | Biên tập: Thu Hà``);
    the box's text itself when no part reads as a byline (a bare name, ``Theo X``)."""
    from dnnd.parsers.bylines import read_byline  # bylines imports this module's neighbours: import here

    names = [
        name for part in text.split("|") if (byline := read_byline(part.strip())) is not None for name in byline.authors
    ]
    return names or [text]


def source_credit(root: lxml.html.HtmlElement) -> str | None:
    """The outlet a republished article credits: an element classed ``source``, or "Theo X"."""
    for el in root.iter("p", "div", "span", "a", "strong", "em"):
        if not has_hint(el, _SOURCE_HINT) or has_hint(el, NEGATIVE_HINT):
            continue
        if any(child.tag in BLOCK_TAGS for child in el):
            continue  # a wrapper: the credit itself is in one of its blocks
        text = text_of(el)
        if not text or len(text) > 60 or len(text.split()) > 8 or "://" in text:
            continue
        match = _CREDIT.match(text)
        return clean_space(match.group("name")) if match else text
    return None


def credit_outlet(text: str) -> str | None:
    """``X`` from a credit line ``Theo X`` / ``Nguồn: X``, else ``None``."""
    match = _CREDIT.match(text)
    if not match:
        return None
    name = match.group("name").strip(" .")
    # A credited source is a name (Báo Lào Cai, Nhịp sống thị trường) or a domain; "Theo hội nghị..."
    # opening a sentence is body text.
    proper = name[:1].isupper() or _domain_label(name) is not None
    return name if proper and 0 < len(name.split()) <= 8 and "," not in name else None


def _domain_label(name: str) -> str | None:
    match = _DOMAIN.match(name.strip())
    return match.group(1) if match else None


def respell_brand(site_name: str, texts: Iterable[str]) -> str:
    """The site name as the page spells it, when the metadata gives a domain or bare capitals.

    ``og:site_name`` is often ``vnexpress.net`` or ``TUOI TRE ONLINE``; the page
    itself writes ``VnExpress`` and ``Tuổi Trẻ Online``. The letters must match
    exactly once diacritics, case and spaces are ignored; the spelling with
    diacritics and mixed case that occurs most often wins.
    """
    label = _domain_label(site_name)
    ascii_only = site_name.isascii()
    if label is None and not (ascii_only and (site_name.isupper() or site_name.islower())):
        return site_name
    letters = fold(label or site_name).replace(" ", "")
    if not letters.isalnum():
        return site_name
    pattern = re.compile(r"(?<!\w)" + r"\s?".join(re.escape(c) for c in letters) + r"(?!\w)")
    counts: dict[str, int] = {}
    for text in texts:
        folded = fold(text)
        if len(folded) != len(text):  # the fold must keep offsets aligned
            continue
        for match in pattern.finditer(folded):
            spelling = text[match.start() : match.end()]
            counts[spelling] = counts.get(spelling, 0) + 1
    if not counts:
        return site_name

    def quality(spelling: str) -> tuple[bool, bool, int]:
        mixed = not (spelling.isupper() or spelling.islower())
        return (not spelling.isascii(), mixed, counts[spelling])

    return max(counts, key=quality)
