"""The article body of an HTML page, found by text density and page structure.

1. **Tally** (one bottom-up pass): for every element, its text length, its link
   text length, and its *good* text — text of ``<p>`` elements (and of
   ``<div>`` elements written as paragraphs, and of text written straight
   into a box between its blocks) that is not mostly links.
2. **Container**: the element with the most good text once the link text
   around it (menus, lists of other articles) is subtracted, weighted by
   class/id hints shared by many CMSs; boxes inside furniture (asides,
   footers, small forms, links, comment/related/cookie boxes) weigh a tenth.
   On a tie the deeper element wins.
3. **Walk** the container in reading order, keeping ``<p>`` (paragraphs),
   ``<h2>``–``<h6>`` (headings), ``<blockquote>`` (quotes), figures and data
   tables (one paragraph per row, cells joined by ``" | "``), and
   skipping furniture: nested ``<article>`` teasers, boxes whose class says
   related/comment/share/ads/tags, boxes that are mostly links, boxes that
   lead with a headline link.
4. **Lead**: the description element between the headline and the body
   (``h2.sapo``, ``p.description``...) becomes the first paragraph and
   :attr:`Content.lead`; a dateline prefix such as ``(PLO)- `` is dropped.
5. **Credits**: a short, right-aligned or bold last paragraph holding only
   names (``Lê Phương``) or a source (``Theo Báo Lào Cai``) is a byline, not
   body text.
"""

from __future__ import annotations

import re

import attrs
import lxml.html

from dnnd.model import Block, Figure, Heading, Paragraph, Quote
from dnnd.parsers.bylines import is_labelled_byline, read_byline, read_credits
from dnnd.parsers.html_dom import (
    BLOCK_TAGS,
    CAPTION_HINT,
    FURNITURE_BOX_HINT,
    NEGATIVE_HINT,
    POSITIVE_HINT,
    STRONG_NEGATIVE_HINT,
    WEAK_NEGATIVE_HINT,
    has_hint,
    hint_of,
    is_hidden,
    text_of,
)
from dnnd.parsers.html_figures import figure_blocks, group_caption, is_figure_table, loose_image
from dnnd.parsers.html_meta import credit_outlet, is_name
from dnnd.parsers.lines import (
    credit_line,
    ends_sentence,
    is_act_caption,
    is_photo_caption,
    is_related_marker,
    is_stray,
    opens_with_view,
    poses_for_photo,
    shows_act,
    shows_someone_acting,
)
from dnnd.parsers.stamps import strip_dateline
from dnnd.text.dates import is_date_line
from dnnd.text.names import split_names
from dnnd.text.normalize import clean_space, match_key

__all__ = ["Content", "Tally", "extract_content"]

_CONTAINER_TAGS = frozenset(["div", "article", "section", "main", "td", "body", "form", "span", "font", "center", "dd"])
# Boxes that hold no article text, whatever text they hold.
_FURNITURE_TAGS = frozenset(["nav", "aside", "footer", "form"])
_SKIP_TAGS = frozenset(["nav", "aside", "footer", "header", "head", "title", "meta", "h1", "menu", "dialog", "address"])
_HEADINGS = {"h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_MIN_PARAGRAPH = 20  # characters; shorter <p> are labels, counters, share buttons
# Boxes that may hold text of their own beside their blocks, and how much of it makes a paragraph.
_RUN_TAGS = frozenset(["div", "td", "dd", "section", "article", "main", "font", "center"])
_MIN_RUN = 80
_PROSE_CAPTION = 80  # characters: a caption as long as a sentence counts as article text
# A box of this many paragraphs with this little link text is prose, whatever its class.
_PROSE_PARAGRAPHS = 2
_PROSE_LINKS = 0.1
# Lead/sapo classes: "sapo" (VCCorp, ePi), "description" (VnExpress), "summary", "chapeau",
# "lead", and the Vietnamese "tomtat" (summary).
_SAPO_HINT = re.compile(
    r"(?:^|[^a-z])(?:sapo|description|desc(?![a-z])|lead(?![a-z])|summary|chapeau|chapo|excerpt|"
    r"intro(?![a-z])|abstract|tomtat|tom-tat)"
)
_PARENTHETICAL_END = re.compile(r"\s*\([^()]*\)\s*$")
_RIGHT = re.compile(r"text-align\s*:\s*right")


@attrs.frozen
class Content:
    """The body the walk found: blocks, the lead, and credits read off the body's end."""

    blocks: tuple[Block, ...] = ()
    lead: str | None = None
    authors: tuple[str, ...] = ()
    outlet: str | None = None


class Tally:
    """Per-element text, link text and good (paragraph) text lengths, from one pass over the tree."""

    def __init__(self, root: lxml.html.HtmlElement) -> None:
        self.elements = [el for el in root.iter() if isinstance(el.tag, str)]
        self.order = {el: i for i, el in enumerate(self.elements)}
        self.total: dict[lxml.html.HtmlElement, int] = {}
        self.links: dict[lxml.html.HtmlElement, int] = {}
        self.good: dict[lxml.html.HtmlElement, int] = {}
        self.good_links: dict[lxml.html.HtmlElement, int] = {}
        self.paragraphs: dict[lxml.html.HtmlElement, int] = {}
        total, links, good, good_links, paragraphs = self.total, self.links, self.good, self.good_links, self.paragraphs
        #: Boxes whose own text (outside their block children) is article text: the walk reads it.
        self.runs: set[lxml.html.HtmlElement] = set()
        #: <div>s that are paragraphs: never a container.
        self.text_divs: set[lxml.html.HtmlElement] = set()
        for el in reversed(self.elements):
            own = len(el.text.strip()) if el.text else 0
            t = links_ = g = gl = n = 0
            inline = inline_links = 0
            blocks = False
            for child in el:
                if child.tail:
                    own += len(child.tail.strip())
                if child in total:
                    t += total[child]
                    links_ += links[child]
                    g += good[child]
                    gl += good_links[child]
                    n += paragraphs[child]
                    if child.tag in BLOCK_TAGS:
                        blocks = True
                    else:
                        inline += total[child]
                        inline_links += links[child]
            t += own
            if el.tag == "a":
                links_ = t
            elif (
                el.tag == "p"
                or (el.tag == "div" and not blocks and is_text_div(el, t))
                # A photo's caption written as prose is the article's text too (a photo story is mostly
                # captions); a teaser's caption is its headline, with no sentence's end.
                or (el.tag == "figcaption" and t >= _PROSE_CAPTION and _closes_sentence(el))
            ):
                ok = t >= _MIN_PARAGRAPH and links_ * 2 <= t
                g, gl, n = (t - links_, links_, 1) if ok else (0, 0, 0)
                if el.tag == "div":
                    self.text_divs.add(el)
            elif blocks and el.tag in _RUN_TAGS and own >= _MIN_PARAGRAPH and own + inline >= _MIN_RUN:
                # Text written straight into a box between its blocks, lines split by <br>.
                inline += own
                if inline_links * 2 <= inline:
                    self.runs.add(el)
                    g, gl, n = g + inline - inline_links, gl + inline_links, n + 1
            if g and el.attrib and has_hint(el, STRONG_NEGATIVE_HINT):
                g = gl = n = 0  # comments, related teasers: their paragraphs are not the article's
            total[el], links[el], good[el], good_links[el], paragraphs[el] = t, links_, g, gl, n
        # Boxes inside furniture (a sidebar's text widget, a cookie notice, a footer's "about us"):
        # marked top-down, so a box is furniture when any box around it is.
        # An <aside> or a <form> holding most of the page's paragraphs is the site's odd name for its
        # column (ASP.NET wraps whole pages in a form).
        self.in_furniture: set[lxml.html.HtmlElement] = set()
        marked = self.in_furniture
        page = good.get(root, 0)
        for el in self.elements:
            parent = el.getparent()
            if parent is not None and (
                parent in marked
                or parent.tag == "a"  # a teaser: a link's content is never the article
                or (parent.tag in _FURNITURE_TAGS and good[parent] * 2 < page)
                or (parent.attrib and _box_hint(parent))
            ):
                marked.add(el)

    def link_density(self, el: lxml.html.HtmlElement) -> float:
        """Share of the element's text that is link text."""
        t = self.total.get(el, 0)
        return self.links.get(el, 0) / t if t else 0.0

    def weight(self, el: lxml.html.HtmlElement, *, loose: bool = False) -> int:
        """Article text in the element: paragraph text, or with ``loose`` any text outside links."""
        if loose:
            return self.total.get(el, 0) - self.links.get(el, 0)
        return self.good.get(el, 0)

    def score(self, el: lxml.html.HtmlElement, *, loose: bool = False) -> float:
        """How much article text the element holds, less the link text around it, weighted by hints."""
        if loose:
            value = float(self.total[el] - 2 * self.links[el])
        else:
            value = float(self.good[el] - (self.links[el] - self.good_links[el]))
        if value > 0 and el in self.in_furniture:
            value *= 0.1
        elif value > 0 and has_hint(el, NEGATIVE_HINT):
            value *= 0.3
        elif value > 0 and has_hint(el, POSITIVE_HINT):
            value *= 1.25
        return value

    def container(self, *, loose: bool = False) -> lxml.html.HtmlElement | None:
        """The element that best holds the article body (the deeper one on a tie).

        With ``loose``, for pages without a single ``<p>`` of text, any text
        outside links counts as article text.
        """
        best, best_score = None, 0.0
        for el in self.elements:
            if el.tag not in _CONTAINER_TAGS or el in self.text_divs or self.weight(el, loose=loose) <= 0:
                continue
            value = self.score(el, loose=loose)
            if value > best_score or (best is not None and value == best_score and _inside(el, best)):
                best, best_score = el, value
        return best


# A <div> without block children is a paragraph when it reads like one: long, or closed like a
# sentence. Editors built on div blocks (Draft.js, some WordPress themes, Blogger) write no <p>;
# short leaf divs are labels, dates and counters.
_TEXT_DIV_LONG = 150
_SENTENCE_END = (".", "!", "?", "…", ":", '"', "”", "»", ")")


def _site_line(text: str) -> bool:
    """True for a line of the site's, as the text parser tells them: labels, counters, footer, list headers.

    A labelled byline ("Tác giả: Minh Anh") opens with the label of the CMS's author field, yet names the
    writer: it stays for the byline reader, as in the text parser."""
    return (is_stray(text) or is_related_marker(text)) and not is_labelled_byline(text)


def _closes_sentence(el: lxml.html.HtmlElement) -> bool:
    return el.text_content().rstrip().endswith(_SENTENCE_END)


def is_text_div(el: lxml.html.HtmlElement, length: int) -> bool:
    """True for a ``<div>`` that holds only text and inline markup, as a paragraph does."""
    if length < 2 * _MIN_PARAGRAPH or any(isinstance(c.tag, str) and c.tag in BLOCK_TAGS for c in el):
        return False
    if length >= _TEXT_DIV_LONG:
        return True
    return text_of(el).endswith(_SENTENCE_END)


# The classes a CMS writes on the article's own box and the page's: the post's taxonomy
# ("category-no-newsletter", "tag-comments") rides on them, and says nothing of the box.
_ARTICLE_BOX_TAGS = frozenset(["html", "body", "article"])
_POST_CLASS = re.compile(r"(?:^|\s)(?:hentry|type-[a-z]+|post-\d+|postid-\d+)(?:\s|$)")


def _box_hint(el: lxml.html.HtmlElement) -> bool:
    """True if the box's class or id says furniture (comments, related news, a cookie notice)."""
    if el.tag in _ARTICLE_BOX_TAGS or _POST_CLASS.search(el.get("class") or ""):
        return False
    return has_hint(el, FURNITURE_BOX_HINT)


def _inside(el: lxml.html.HtmlElement, ancestor: lxml.html.HtmlElement) -> bool:
    return any(a is ancestor for a in el.iterancestors())


def _in_furniture(el: lxml.html.HtmlElement, container: lxml.html.HtmlElement, tally: Tally) -> bool:
    """True if a box around ``el`` is furniture; boxes that hold most of the body do not count."""
    holding = {container, *container.iterancestors()}
    body_good = tally.good.get(container, 0)
    for ancestor in el.iterancestors():
        if ancestor in holding:
            return False
        if ancestor.tag in ("nav", "aside", "footer") or has_hint(ancestor, STRONG_NEGATIVE_HINT):
            return True
        if has_hint(ancestor, WEAK_NEGATIVE_HINT) and tally.good.get(ancestor, 0) * 2 < body_good:
            return True
    return False


def _br_lines(el: lxml.html.HtmlElement) -> list[str]:
    """The lines of a block that separates them with ``<br>`` instead of ``<p>``."""
    lines: list[str] = []
    current: list[str] = [el.text or ""]
    for child in el:
        if child.tag == "br":
            lines.append("".join(current))
            current = [child.tail or ""]
        else:
            current.append("".join(child.itertext()))
            current.append(child.tail or "")
    lines.append("".join(current))
    from dnnd.text.normalize import clean_space

    return [line for line in (clean_space(x) for x in lines) if line]


class _Walker:
    """Walks the container in reading order and collects the body blocks."""

    def __init__(
        self,
        tally: Tally,
        container: lxml.html.HtmlElement,
        *,
        title: str | None,
        skip: lxml.html.HtmlElement | None,
        base_url: str | None,
        loose_text: bool,
    ) -> None:
        self.tally = tally
        self.container = container
        self.title = title
        self.title_key = match_key(title) if title else None
        self.skip = skip
        self.base_url = base_url
        self.loose_text = loose_text
        self.blocks: list[Block] = []
        self.sources: list[lxml.html.HtmlElement | None] = []
        self.body_weight = tally.weight(container, loose=loose_text)

    def add(self, block: Block, source: lxml.html.HtmlElement | None = None) -> None:
        self.blocks.append(block)
        self.sources.append(source)

    def is_furniture(self, el: lxml.html.HtmlElement) -> bool:
        """A box inside the body that is not part of the article."""
        tally = self.tally
        if has_hint(el, STRONG_NEGATIVE_HINT):
            return True
        if tally.paragraphs.get(el, 0) <= 1:
            # A teaser of another article: a box that leads with a headline link, or with a
            # heading made of a link, and holds a paragraph of sapo at most.
            for child in el:
                if child.tag == "a" and len(text_of(child).split()) >= 4:
                    return True
                if child.tag in _HEADINGS and tally.total.get(child, 0) and tally.link_density(child) > 0.5:
                    return True
        if self.body_weight and tally.weight(el, loose=self.loose_text) * 2 >= self.body_weight:
            return False  # it holds most of the article: a column, not a box beside it
        if (el.tag == "article" or has_hint(el, WEAK_NEGATIVE_HINT)) and not self.is_prose(el):
            return True
        return tally.total.get(el, 0) > 0 and tally.link_density(el) > 0.5

    def is_prose(self, el: lxml.html.HtmlElement) -> bool:
        """A box of several paragraphs and few links: a part of the article, whatever its class says
        (page builders wrap each text block in a "widget"; some themes an <article> per section)."""
        tally = self.tally
        return (
            tally.paragraphs.get(el, 0) >= _PROSE_PARAGRAPHS
            and tally.link_density(el) <= _PROSE_LINKS
            and tally.good.get(el, 0) * 2 >= tally.total.get(el, 0)
        )

    def walk(self, el: lxml.html.HtmlElement) -> None:
        runs = el in self.tally.runs
        line: list[str] = [el.text or ""] if runs else []
        for child in el:
            tag = child.tag
            if runs and isinstance(tag, str) and tag not in BLOCK_TAGS and tag not in ("br", "img"):
                # Inline markup inside the box's own text: part of the current line.
                if tag not in _SKIP_TAGS and not is_hidden(child):
                    line.append("".join(child.itertext()))
                line.append(child.tail or "")
                continue
            if runs:
                self.run(line, el)
                line = [child.tail or ""]
            if not isinstance(tag, str) or child is self.skip or tag in _SKIP_TAGS or is_hidden(child):
                continue
            if tag == "p":
                self.paragraph(child)
            elif tag == "pre":
                text = text_of(child)
                if text:
                    self.add(Paragraph(text), child)
            elif tag == "div" and self.caption_box(child):
                continue
            elif child in self.tally.text_divs:
                self.text_div(child)
            elif tag in _HEADINGS:
                self.heading(child, _HEADINGS[tag])
            elif tag == "figure":
                for figure in figure_blocks(child, self.title, self.base_url):
                    self.add(figure)
            elif tag == "figcaption":
                self.orphan_caption(child)
            elif tag == "blockquote":
                self.quote(child)
            elif tag == "img":
                loose = loose_image(child, self.title, self.base_url)
                if loose is not None:
                    self.add(loose)
            elif tag == "table" and is_figure_table(child):
                for figure in figure_blocks(child, self.title, self.base_url):
                    self.add(figure)
            elif self.is_furniture(child):
                continue
            elif tag == "table" and _is_data_table(child):
                self.table(child)
            elif tag in ("ul", "ol"):
                for item in child.iterchildren("li"):
                    self.paragraph(item)
            elif self.loose_text and tag in ("div", "td", "span", "section") and not _has_blocks(child):
                for text in _br_lines(child):
                    if not is_date_line(text):  # the date line under the headline
                        self.add(Paragraph(text), child)
            else:
                self.walk(child)
        if runs:
            self.run(line, el)

    def run(self, line: list[str], box: lxml.html.HtmlElement) -> None:
        """One line of text written straight into a box: a paragraph if it is long enough to be one."""
        text = " ".join(clean_space("".join(line)).split())
        last = self.blocks[-1] if self.blocks else None
        if text and isinstance(last, Figure) and not last.caption and _caption_shaped(text):
            self.blocks[-1] = Figure(src=last.src, caption=text)  # the photo's caption in the box under it
            return
        if len(text) >= _MIN_PARAGRAPH and not is_date_line(text) and not _site_line(text):
            self.add(Paragraph(text), box)

    def paragraph(self, p: lxml.html.HtmlElement) -> None:
        text = text_of(p)
        if not text:
            for img in p.iter("img"):
                figure = loose_image(img, self.title, self.base_url)
                if figure is not None:
                    self.add(figure)
            return
        if self.tally.link_density(p) > 0.5 or _site_line(text):
            return  # "Xem thêm: <a>...</a>" and other link lines; the site's labels, counters, footer
        if self.image_caption(p, text):
            return
        if _LOGO_DASH.match(text) and _opens_with_image(p):
            text = _LOGO_DASH.sub("", text, count=1)  # the outlet's logo stands for its "(VietNamNet)" dateline
        if _bold_heading(p, text):
            self.add(Heading(text, level=2), p)
            return
        if _italic_only(p) and len(text.split()) <= _ITALIC_CAPTION_WORDS:
            last = self.blocks[-1] if self.blocks else None
            if isinstance(last, Figure) and not last.caption:  # the caption under the image it follows
                self.blocks[-1] = Figure(src=last.src, caption=text)
                return
            if shows_act(text) or opens_with_view(text) or is_photo_caption(text) or credit_line(text):
                self.add(Figure(src=None, caption=text))  # an italic line describing a photo
                return
        self.add(Paragraph(text), p)

    def image_caption(self, p: lxml.html.HtmlElement, text: str) -> bool:
        """Read ``p`` as a photo's caption when it holds the photo and a caption under it (``<p><img><br>
        <i>caption</i></p>``) or stands right under a caption-less photo, marked as its caption (a
        ``wp-caption-text`` class, italics even inside bold) or closing with the photo's credit
        (``... (Ảnh: X)``); False when it is not one."""
        if len(text.split()) > _ITALIC_CAPTION_WORDS:
            return False
        shaped = _italic_only(p) or _caption_shaped(text)
        image = next((f for img in p.iter("img") if (f := loose_image(img, self.title, self.base_url))), None)
        if image is not None:
            if not shaped:
                return False
            self.add(Figure(src=image.src, caption=text))
            return True
        last = self.blocks[-1] if self.blocks else None
        if not isinstance(last, Figure) or last.caption:
            return False
        if not (shaped or has_hint(p, CAPTION_HINT) or _bold_italic_only(p)):
            return False
        self.blocks[-1] = Figure(src=last.src, caption=text)
        return True

    def caption_box(self, box: lxml.html.HtmlElement) -> bool:
        """Read a caption box under a caption-less photo as that photo's caption; False if it is not one."""
        last = self.blocks[-1] if self.blocks else None
        if not isinstance(last, Figure) or last.caption:
            return False
        text = text_of(box)
        # a box named as a caption, or a box of inline text written as one ("<div><span>X</span></div>")
        if not has_hint(box, CAPTION_HINT) and not (text and not _has_blocks(box) and _caption_shaped(text)):
            return False
        if text:
            self.blocks[-1] = Figure(src=last.src, caption=text)
        return True

    def text_div(self, div: lxml.html.HtmlElement) -> None:
        """A ``<div>`` written as a paragraph; lines it splits with ``<br>`` are paragraphs of their own."""
        if self.tally.link_density(div) > 0.5 or self.is_furniture(div):
            return
        if div.find("br") is None:
            self.paragraph(div)
            return
        for line in _br_lines(div):
            if not _site_line(line):
                self.add(Paragraph(line), div)

    def heading(self, h: lxml.html.HtmlElement, level: int) -> None:
        text = text_of(h)
        if not text or match_key(text) == self.title_key or self.tally.link_density(h) > 0.5 or _site_line(text):
            return
        following = h.getnext()
        label = len(text.split()) <= 5 and following is not None and isinstance(following.tag, str)
        if label and following.tag not in ("p", "figure") and self.is_furniture(following):
            return  # the label of a furniture box: "Tin liên quan", "Đọc thêm"
        self.add(Heading(text, level=level), h)

    def table(self, table: lxml.html.HtmlElement) -> None:
        """A data table: one paragraph per row, its cells joined by " | "."""
        for row in table.iter("tr"):
            cells = [text_of(cell) for cell in row if cell.tag in ("td", "th")]
            text = " | ".join(cell for cell in cells if cell)
            if text:
                self.add(Paragraph(text), row)

    def quote(self, q: lxml.html.HtmlElement) -> None:
        inner = [text_of(p) for p in q.iter("p")]
        for text in [t for t in inner if t] if inner else [text_of(q)]:
            if text:
                self.add(Quote(text), q)

    def orphan_caption(self, caption: lxml.html.HtmlElement) -> None:
        parent = caption.getparent()
        if parent is not None and any(
            c.tag == "figure" and group_caption(c) is caption and c.find(".//figcaption") is None for c in parent
        ):
            return  # a gallery caption: the figures beside it already carry it
        text = text_of(caption)
        if text:
            self.add(Figure(src=None, caption=text))


# A lead that opens with the outlet's logo image in place of its name writes only the dateline's dash
# after it: "<img src=logo.gif> - VietNamNet cập nhật..." reads "- VietNamNet cập nhật...".
_LOGO_DASH = re.compile(r"[-–—]\s+")


def _opens_with_image(el: lxml.html.HtmlElement) -> bool | None:
    """True if an image comes before any text in ``el``, False if text does, None if neither does."""
    if (el.text or "").strip():
        return False
    for child in el:
        if child.tag == "img":
            return True
        if isinstance(child.tag, str) and (found := _opens_with_image(child)) is not None:
            return found
        if (child.tail or "").strip():
            return False
    return None


# A paragraph all in bold this short, without a sentence's end, is a sub-heading: many CMSs have
# no heading button, so editors write "<p><strong>Tăng cường hợp tác</strong></p>".
_BOLD_HEADING_WORDS = 20


def _bold_heading(p: lxml.html.HtmlElement, text: str) -> bool:
    if len(text.split()) > _BOLD_HEADING_WORDS or text.rstrip("\"'”’»)]").endswith((".", "!", "?", ":", ";", "…")):
        return False
    children = [c for c in p if isinstance(c.tag, str) and c.tag != "br"]
    if len(children) != 1 or children[0].tag not in ("strong", "b") or (p.text or "").strip():
        return False
    if (children[0].tail or "").strip():
        return False
    # A heading introduces text under it; a bold line closing the article is its byline.
    following = p.getnext()
    return following is not None and following.tag == "p" and bool(text_of(following))


# A paragraph all in italics this short is the caption of the photo above it, or describes one.
_ITALIC_CAPTION_WORDS = 60


def _italic_only(p: lxml.html.HtmlElement) -> bool:
    """True for ``<p><em>...</em></p>``: all of the paragraph's text set in one italic element (an image
    beside it aside: ``<p><img><br><em>caption</em></p>``)."""
    children = [c for c in p if isinstance(c.tag, str) and c.tag not in ("br", "img")]
    if len(children) != 1 or children[0].tag not in ("em", "i") or (p.text or "").strip():
        return False
    if any((c.tail or "").strip() for c in p if c.tag in ("br", "img")):
        return False  # text beside the image, outside the italics
    return not (children[0].tail or "").strip()


def _caption_shaped(text: str) -> bool:
    """True for text written as a photo's caption: closed by its credit, a credit alone, who poses for it,
    a view of the scene, or someone at a visible act (no full stop, or one sentence without a report's marks)."""
    if len(text.split()) > _ITALIC_CAPTION_WORDS:
        return False
    return (
        is_photo_caption(text)
        or credit_line(text)
        or poses_for_photo(text)
        or opens_with_view(text)
        or (shows_someone_acting(text) and not ends_sentence(text))  # a caption's line, no full stop
        or is_act_caption(text)  # one short sentence of an act, none of a report's marks
    )


def _bold_italic_only(p: lxml.html.HtmlElement) -> bool:
    """True for ``<p><strong><em>...</em></strong></p>``: all of the paragraph's text in bold italics."""
    children = [c for c in p if isinstance(c.tag, str) and c.tag != "br"]
    if len(children) != 1 or children[0].tag not in ("strong", "b") or (p.text or "").strip():
        return False
    return not (children[0].tail or "").strip() and _italic_only(children[0])


# What a layout table holds in its cells (columns of a page, paragraphs, images); a data table's
# cells hold only short text and inline markup.
_LAYOUT_IN_CELLS = ("table", "p", "div", "ul", "ol", "img", "figure", "section", "article", "h1", "h2", "h3")


def _is_data_table(table: lxml.html.HtmlElement) -> bool:
    """True for a table of data (figures, schedules, comparisons) inside the article, not a layout grid."""
    if table.find(".//tr") is None:
        return False
    return all(el is table for el in table.iter(*_LAYOUT_IN_CELLS))


def _has_blocks(el: lxml.html.HtmlElement) -> bool:
    return any(isinstance(c.tag, str) and c.tag in BLOCK_TAGS for c in el)


def _find_sapo(
    tally: Tally,
    container: lxml.html.HtmlElement,
    title_el: lxml.html.HtmlElement | None,
    description: str | None,
) -> lxml.html.HtmlElement | None:
    """The lead paragraph between the headline and the body."""
    start = tally.order.get(title_el, -1) + 1 if title_el is not None else 0
    body_paragraphs = [tally.order[p] for p in container.iter("p") if tally.good.get(p, 0) > 0]
    if body_paragraphs:
        end = min(body_paragraphs)
    else:  # no paragraph in the body: the lead may be all the text there is
        last = container
        while len(last):
            last = last[-1]
        end = tally.order.get(last, tally.order[container])
    want = match_key(strip_dateline(description)) if description else None
    by_text = None
    for el in tally.elements[start : end + 1]:
        if el.tag not in ("p", "h2", "h3", "h4", "div"):
            continue
        total = tally.total.get(el, 0)
        if total < _MIN_PARAGRAPH or total > 2000 or el is container or _inside(container, el):
            continue
        if tally.link_density(el) > 0.5:
            continue
        if has_hint(el, _SAPO_HINT):
            if not _in_furniture(el, container, tally):
                return el
        elif by_text is None and want and el.tag != "div":
            if match_key(strip_dateline(text_of(el))) != want:
                continue
            if not _in_furniture(el, container, tally):
                by_text = el
    return by_text


# How many boxes up from the body's box a lead photo may sit beside it.
_LEAD_FIGURE_LEVELS = 2


def _lead_figures(
    tally: Tally,
    container: lxml.html.HtmlElement,
    title_el: lxml.html.HtmlElement | None,
    title: str | None,
    base_url: str | None,
) -> list[Figure]:
    """The captioned lead photo many CMSs print just before the body's box, after the headline.

    It is the ``<figure>`` among the elements right before the body's box (or before the box
    around it), with no text between them; a teaser's figure is a link's or sits in furniture.
    """
    start = tally.order.get(title_el, -1) if title_el is not None else -1
    node: lxml.html.HtmlElement | None = container
    for _ in range(_LEAD_FIGURE_LEVELS):
        if node is None or node.tag == "body":
            break
        for sibling in node.itersiblings(preceding=True):
            if not isinstance(sibling.tag, str) or tally.order.get(sibling, -1) <= start:
                break
            if sibling.tag == "figure":
                if sibling in tally.in_furniture or sibling.find(".//a//img") is not None:
                    return []
                return [f for f in figure_blocks(sibling, title, base_url) if f.caption]
            if tally.total.get(sibling, 0):
                break  # text between the photo and the body: the photo is not the body's
        node = node.getparent()
    return []


_TOP_BYLINE_CHARS = 80


def _block_text(block: Block) -> str | None:
    """The text of a paragraph, a heading or a figure with no image (a caption alone), else ``None``."""
    if isinstance(block, Paragraph | Heading):
        return block.text
    if isinstance(block, Figure) and block.src is None:
        return block.caption
    return None


def _credit(p: lxml.html.HtmlElement | None, text: str) -> tuple[str | None, list[str]] | None:
    """``(outlet, names)`` if the paragraph is a byline or a source credit, else ``None``."""
    if p is None or len(text) > 80 or text.endswith((":", ",", ";")):
        return None
    outlet = credit_outlet(text)
    if outlet is not None:
        # The text parser's credit reader tells a writer from an outlet after "Theo" ("Theo Hồ Hương", "Theo Minh
        # Anh/Báo Nghệ An"): "Theo" credits either, and is never part of a name.
        credits = read_credits([text])
        if credits.lines:
            return credits.outlet, list(credits.authors)
        return outlet, []
    styled = (
        bool(_RIGHT.search((p.get("style") or "").lower()))
        or (p.get("align") or "").lower() == "right"
        or "right" in hint_of(p)
        or any(c.tag in ("strong", "b", "em", "i") and text_of(c) == text for c in p)
        or text.isupper()
    )
    names = split_names(_PARENTHETICAL_END.sub("", text))
    if styled and names and all(is_name(n) and len(n.split()) >= 2 for n in names):
        return None, names
    # The shapes a byline takes in text (a lone name, "Tin, ảnh: X", "Ng.Quang", "X/TTXVN"); initials
    # only when the paragraph is set apart as a byline is.
    byline = read_byline(text, initials=styled)
    if byline is not None and byline.authors:
        return byline.outlet, list(byline.authors)
    return None


def extract_content(
    root: lxml.html.HtmlElement,
    *,
    tally: Tally | None = None,
    title: str | None = None,
    title_el: lxml.html.HtmlElement | None = None,
    description: str | None = None,
    base_url: str | None = None,
) -> Content:
    """Find the article body in a prepared tree (see :func:`dnnd.parsers.html_dom.prepare`)."""
    tally = tally or Tally(root)
    container = tally.container()
    loose_text = container is None
    if container is None:
        # No <p> with text anywhere: read text blocks (lines split by <br>) instead.
        container = tally.container(loose=True)
        if container is None:
            return Content()
    sapo = _find_sapo(tally, container, title_el, description)
    walker = _Walker(tally, container, title=title, skip=sapo, base_url=base_url, loose_text=loose_text)
    walker.walk(container)
    blocks, sources = walker.blocks, walker.sources

    authors: list[str] = []
    outlet = None
    for _ in range(2):
        if not blocks or not isinstance(blocks[-1], Paragraph):
            break
        credit = _credit(sources[-1], blocks[-1].text)
        if credit is None:
            break
        outlet = outlet or credit[0]
        authors = credit[1] + authors
        blocks.pop()
        sources.pop()

    # The writer printed as the body's first line, over the lead, in bold or italics: read as a sub-heading or
    # a caption until now ("<p><strong>Minh Anh</strong></p>", "<p><em>Bài và ảnh: Lê Hà</em></p>").
    first = _block_text(blocks[0]) if blocks else None
    if first and len(first) <= _TOP_BYLINE_CHARS and len(blocks) > 1 and isinstance(blocks[1], Paragraph):
        top = read_byline(first)
        if top is not None and top.authors:
            outlet = outlet or top.outlet
            authors = authors + [name for name in top.authors if name not in authors]
            del blocks[0], sources[0]

    blocks[:0] = _lead_figures(tally, container, title_el, title, base_url)

    lead = None
    if sapo is not None:
        lead = strip_dateline(text_of(sapo)) or None
        if lead:
            blocks.insert(0, Paragraph(lead))
    elif blocks and isinstance(blocks[0], Paragraph):
        blocks[0] = Paragraph(strip_dateline(blocks[0].text))
    return Content(blocks=tuple(blocks), lead=lead, authors=tuple(authors), outlet=outlet)
