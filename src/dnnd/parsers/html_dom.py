"""Shared DOM helpers for the generic HTML parser: safe parsing, text, class hints.

Everything here works on an :mod:`lxml.html` tree parsed once per page by
:func:`parse_html`; the other ``html_*`` modules only read that tree (apart
from :func:`prepare`, which strips scripts and marks block boundaries).
"""

from __future__ import annotations

import re
import threading

import lxml.etree
import lxml.html

from dnnd.errors import MalformedInputError
from dnnd.text.normalize import VIETNAMESE_LETTERS, clean_space, nfc

__all__ = [
    "BLOCK_TAGS",
    "CAPTION_HINT",
    "FURNITURE_BOX_HINT",
    "NEGATIVE_HINT",
    "POSITIVE_HINT",
    "STRONG_NEGATIVE_HINT",
    "WEAK_NEGATIVE_HINT",
    "fold",
    "has_hint",
    "hint_of",
    "is_hidden",
    "parse_html",
    "prepare",
    "text_of",
]

# Tags whose content is never article text: removed from the tree before anything reads it.
# (JSON-LD scripts are read by html_meta before prepare() runs.)
_STRIP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "iframe",
    "object",
    "embed",
    "canvas",
    "input",
    "select",
    "textarea",
    "button",
    "option",
    "link",
)

#: Block-level tags: text on either side of them belongs to different lines.
BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "figure",
        "figcaption",
        "table",
        "tr",
        "td",
        "th",
        "section",
        "article",
        "header",
        "footer",
        "nav",
        "aside",
        "main",
        "dl",
        "dt",
        "dd",
        "pre",
        "address",
    ]
)

# Class/id/type words that mark the article body in the CMSs Vietnamese outlets use
# (VCCorp "detail-content", ePi "article__body cms-body", FPT "fck_detail", WordPress
# "entry-content", the Vietnamese "noidung"/"chitiet").
POSITIVE_HINT = re.compile(
    r"(?:^|[^a-z])(?:content|detail|article|body|entry|post|main|story|text|fck|noidung|chitiet|baiviet)"
)
# ...and the words that mark furniture. Strong hints (comments, share bars, related and
# most-read boxes: "tinlienquan", "cungchuyenmuc", "xemthem", "docnhieu"; tags, ads, bylines;
# cookie and consent notices) are furniture wherever they appear inside the body. "tagdiv" is
# not a tag list but the vendor of the Newspaper/Newsmag WordPress themes ("td-post-content tagdiv-type"
# is their article box).
STRONG_NEGATIVE_HINT = re.compile(
    r"(?:^|[^a-z])(?:comment|binhluan|related|relate|lienquan|tinlienquan|tinkhac|othernews|other-news|"
    r"cungchuyenmuc|xemthem|docnhieu|xemnhieu|mostview|most-view|mostread|most-read|readmore|read-more|"
    r"share|social|sharing|breadcrumb|tag(?!div)|keyword|tukhoa|ads|adv|advert|banner|sponsor|author|byline|"
    r"newsletter|subscribe|login|rating|vote|recommend|suggest|dongsukien|cookie|gdpr|consent)"
)
# Weak hints (menus, sidebars, footers, widgets) also name the columns some CMSs put the
# article in (VnExpress's main column is "sidebar-1"): a weakly hinted box that holds most
# of the article text is kept.
WEAK_NEGATIVE_HINT = re.compile(
    r"(?:^|[^a-z])(?:footer|nav|menu|sidebar|widget|popup|modal|print|toolbar|(?<!label-)hidden|d-none|trending|"
    r"topic|event|box-news|list-news|listnews)"
)
NEGATIVE_HINT = re.compile(f"{STRONG_NEGATIVE_HINT.pattern}|{WEAK_NEGATIVE_HINT.pattern}")
# The hints that make everything inside a box furniture: comment threads, related lists, share
# bars, cookie and newsletter pop-ups. Narrower than the strong hints, because an article's own
# box carries taxonomy classes ("tag-hoi-nghi", "author-12", "category-x" in WordPress).
FURNITURE_BOX_HINT = re.compile(
    r"(?:^|[^a-z])(?:comment|binhluan|related|lienquan|tinlienquan|tinkhac|othernews|other-news|"
    r"cungchuyenmuc|xemthem|docnhieu|mostview|most-view|mostread|most-read|breadcrumb|"
    r"newsletter|subscribe|popup|modal|cookie|gdpr|consent)"
)

# The box a CMS writes a photo's caption in when it has no <figcaption> (VCCorp "PhotoCMS_Caption",
# WordPress "wp-caption-text", "image-caption", the Vietnamese "chuthich"/"chu-thich").
CAPTION_HINT = re.compile(r"(?:^|[^a-z])(?:caption|chuthich|chu-thich)")

_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")

_local = threading.local()


def _parser() -> lxml.html.HTMLParser:
    # lxml parser objects must not be shared between threads; one per thread, built once.
    parser: lxml.html.HTMLParser | None = getattr(_local, "parser", None)
    if parser is None:
        # no_network: never fetch a DTD or entity; the HTML parser never expands entities declared
        # in an internal DTD subset, and the page's size is bounded before it gets here, so lifting
        # libxml2's limits (huge_tree) is safe: it reads pages nested up to 2 048 deep, where the
        # default stops at 256 and silently drops the rest of the page.
        parser = lxml.html.HTMLParser(
            encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True, huge_tree=True
        )
        _local.parser = parser
    return parser


def parse_html(text: str, *, name: str = "<input>") -> lxml.html.HtmlElement:
    """Parse a page's decoded text into an lxml tree, safely; :class:`MalformedInputError` if there is none.

    This is how to read ``doc.text`` as HTML: the text is already decoded, so the tree is built
    from its UTF-8 bytes whatever charset the page's ``<meta>`` declares (``lxml.html.fromstring``
    on the bytes would believe the declaration and garble a page saved in a legacy encoding).
    A page nested deeper than libxml2 can follow is refused with a message, never cut short in silence.
    """
    parser = _parser()
    try:
        # Parse bytes, not str: lxml refuses str input that carries an XML encoding declaration.
        root = lxml.html.document_fromstring(text.encode("utf-8", "surrogatepass"), parser=parser)
    except (lxml.etree.ParserError, lxml.etree.XMLSyntaxError, ValueError, UnicodeError) as exc:
        raise MalformedInputError(
            f"is not parseable HTML ({exc}); check that it is a whole HTML page", source=name
        ) from None
    if any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log):
        raise MalformedInputError(
            "nests its elements too deep for the HTML parser (over 2 048 levels): the rest of the page "
            "cannot be read; flatten the page's markup",
            source=name,
        )
    if root is None:
        raise MalformedInputError("is an empty HTML document", source=name)
    return root


def prepare(root: lxml.html.HtmlElement) -> None:
    """Strip scripts, styles and form controls, and mark line breaks between blocks.

    After this, ``"".join(el.itertext())`` separates ``<br>``-split lines and
    adjacent blocks with white space instead of gluing their words together.
    """
    lxml.etree.strip_elements(root, *_STRIP_TAGS, with_tail=False)
    for el in root.iter():
        tag = el.tag
        if not isinstance(tag, str):
            continue
        if tag == "br" or tag in BLOCK_TAGS:
            el.tail = " " + el.tail if el.tail else " "


def text_of(el: lxml.html.HtmlElement) -> str:
    """An element's text: entities decoded, NFC, white space collapsed, zero-width marks dropped."""
    # clean_space keeps line breaks; markup's own newlines and indentation are not text.
    return " ".join(clean_space("".join(el.itertext())).split())


# A CMS's post box (WordPress ``post_class()``: "post-12 type-post hentry") carries the post's taxonomy
# as classes: "tag-covid-19", "category-news", "author-jane". They name the post's topics, not the
# box, and must not read as a "tag" or "news" hint.
_POST_BOX = re.compile(r"(?:^|\s)(?:hentry|type-[a-z]+|post-\d+|postid-\d+)(?:\s|$)")
_TAXONOMY = re.compile(r"(?:^|\s)(?:tag|category|author|format|status|type|postid|post)-\S+")


def hint_of(el: lxml.html.HtmlElement) -> str:
    """The element's class, id and ``type`` attributes, lower case, as one string to match hints on.

    On a CMS's post box the taxonomy classes ("tag-x", "category-y") are left out.
    """
    attrib = el.attrib
    classes = attrib.get("class", "").lower()
    if _POST_BOX.search(classes):
        classes = _TAXONOMY.sub(" ", classes)
    return f"{classes} {attrib.get('id', '')} {attrib.get('type', '')}".lower()


def has_hint(el: lxml.html.HtmlElement, pattern: re.Pattern[str]) -> bool:
    """True if the element's class, id or type contains a word matching ``pattern``."""
    hint = hint_of(el)
    return bool(hint.strip()) and pattern.search(hint) is not None


def is_hidden(el: lxml.html.HtmlElement) -> bool:
    """True for an element the page hides (``hidden`` attribute, ``display:none``)."""
    if "hidden" in el.attrib:
        return True
    style = el.get("style")
    return bool(style) and _HIDDEN_STYLE.search(style.lower()) is not None


def _fold_table() -> dict[int, str]:
    import unicodedata

    table: dict[int, str] = {}
    for ch in VIETNAMESE_LETTERS:
        base = unicodedata.normalize("NFD", ch)[0].lower()
        table[ord(ch)] = "d" if ch in "đĐ" else base
    return table


_FOLD = _fold_table()


def fold(text: str) -> str:
    """Lower case without diacritics, one character per character (so offsets still match)."""
    return nfc(text).translate(_FOLD).lower()
