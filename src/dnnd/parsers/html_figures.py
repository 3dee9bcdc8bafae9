"""Figures for the generic HTML parser: images, their real source, their captions.

A ``<figure>`` gives one :class:`~dnnd.model.Figure` per image, each with the
figure's caption. Galleries that put two or three ``<figure>`` elements and a
single ``<figcaption>`` side by side in one wrapper share that caption. Lazy
loaded images keep their real address in ``data-src``/``data-original``; a
query string that only asks the image server for a size is dropped.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urljoin, urlsplit, urlunsplit

import lxml.html

from dnnd.model import Figure
from dnnd.parsers.html_dom import hint_of, text_of
from dnnd.text.normalize import match_key

__all__ = [
    "figure_blocks",
    "group_caption",
    "image_src",
    "is_figure_table",
    "loose_image",
    "run_caption",
    "strip_resize_query",
]

_LAZY_ATTRIBUTES = ("data-src", "data-original", "data-lazy-src", "data-lazy", "data-url", "data-srcset", "srcset")
# A src that is only a stand-in until a script swaps the real image in.
_PLACEHOLDER = re.compile(
    r"^(?:data:|about:|javascript:)|blank\.|placeholder|spacer\.|pixel\.|1x1\.|transparent\.", re.I
)
# Query keys image CDNs read as "serve this size/quality", not as "which image".
_RESIZE_KEYS = frozenset(
    [
        "w",
        "h",
        "width",
        "height",
        "q",
        "quality",
        "dpr",
        "fit",
        "crop",
        "s",
        "sig",
        "auto",
        "fm",
        "format",
        "resize",
        "size",
        "zoom",
        "mode",
        "rect",
        "ixlib",
        "ixid",
        "cs",
        "v",
        "ver",
        "version",
    ]
)
_FIGURE_TABLE = re.compile(r"(?:^|[^a-z])(?:image|img|picture|photo|figure|caption|tplcaption)")
_MIN_SIDE = 50  # pixels; smaller declared images are icons, avatars, tracking pixels


def strip_resize_query(url: str) -> str:
    """Drop a query string made only of sizing parameters (``?w=680&h=0&q=100``)."""
    parts = urlsplit(url)
    if not parts.query:
        return url
    keys = {k.lower() for k, _ in parse_qsl(parts.query, keep_blank_values=True)}
    if keys and keys <= _RESIZE_KEYS:
        return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
    return url


def image_src(img: lxml.html.HtmlElement, base_url: str | None = None) -> str | None:
    """The address of the image an ``<img>`` shows (its lazy-load source if ``src`` is a stand-in)."""
    src = (img.get("src") or "").strip()
    if not src or _PLACEHOLDER.search(src):
        src = ""
        for attribute in _LAZY_ATTRIBUTES:
            value = (img.get(attribute) or "").strip()
            if value and not _PLACEHOLDER.search(value):
                src = value.split(",")[0].split()[0] if "srcset" in attribute else value
                break
    if not src:
        return None
    if base_url:
        src = urljoin(base_url, src)
    return strip_resize_query(src)


def _tiny(img: lxml.html.HtmlElement) -> bool:
    for attribute in ("width", "height"):
        value = (img.get(attribute) or "").strip().removesuffix("px")
        if value.isdigit() and int(value) < _MIN_SIDE:
            return True
    return False


def _caption_of(figure: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    for caption in figure.iter("figcaption"):
        return caption
    return None


def group_caption(figure: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The ``<figcaption>`` a caption-less figure shares with its siblings in a gallery wrapper."""
    parent = figure.getparent()
    if parent is None:
        return None
    for child in parent:
        if child.tag == "figcaption":
            return child
    return None


def run_caption(figure: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The ``<figcaption>`` of the figure closing a run of adjacent photos this caption-less one opens.

    Editors set a group of photos one after another and caption only the last ("several photos
    sharing one caption"); text between two figures ends the run.
    """
    following = figure.getnext()
    while following is not None and following.tag == "figure" and not (figure.tail or "").strip():
        caption = _caption_of(following)
        if caption is not None:
            return caption
        figure, following = following, following.getnext()
    return None


def figure_blocks(figure: lxml.html.HtmlElement, title: str | None, base_url: str | None = None) -> list[Figure]:
    """The figures in a ``<figure>`` (or a figure-like table): one per image, sharing the caption.

    A cover image without a caption whose alt text only repeats the headline is
    decoration, not a figure. A figure whose caption is empty gets caption ``""``.
    """
    caption_el = _caption_of(figure) if figure.tag == "figure" else None
    own = caption_el is not None
    if figure.tag == "figure" and caption_el is None:
        caption_el = group_caption(figure)
    if figure.tag == "figure" and caption_el is None:
        caption_el = run_caption(figure)
    if caption_el is not None:
        caption = text_of(caption_el)
    elif figure.tag == "figure":
        caption = ""
    else:  # a figure-like table: its text is the caption
        caption = text_of(figure)
    images = [img for img in figure.iter("img") if not _tiny(img)]
    if not images:
        # A caption shared by photos side by side or in a run is theirs: a figure with no photo beside them (a
        # video's player, an embed) does not print it again.
        photo = own or figure.tag != "figure" or figure.find(".//picture") is not None
        return [Figure(src=None, caption=caption)] if caption and photo else []
    title_key = match_key(title) if title else None
    out = []
    for img in images:
        if not caption and title_key and match_key(img.get("alt") or "") == title_key:
            continue
        src = image_src(img, base_url)
        if src is None and not caption:
            continue
        out.append(Figure(src=src, caption=caption))
    return out


def loose_image(img: lxml.html.HtmlElement, title: str | None, base_url: str | None = None) -> Figure | None:
    """A figure for an ``<img>`` standing in the body on its own, without a caption."""
    if _tiny(img):
        return None
    if title and match_key(img.get("alt") or "") == match_key(title):
        return None
    src = image_src(img, base_url)
    return Figure(src=src, caption="") if src else None


def is_figure_table(table: lxml.html.HtmlElement) -> bool:
    """True for the ``<table>`` many CMSs wrap an image and its caption in."""
    if table.find(".//img") is None:
        return False
    return _FIGURE_TABLE.search(hint_of(table)) is not None
