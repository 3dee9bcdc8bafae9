"""The generic parser for news pages scraped as plain text, from any outlet.

A scraped page reads top to bottom as: site furniture (breadcrumb, date,
font-size buttons), the title, the body with its figures and captions, the
credits (writer, source outlet, address) and then the site's lists of other
articles. :class:`TextParser` sorts the lines with :mod:`dnnd.parsers.lines`
and :mod:`dnnd.parsers.bylines`; an outlet plugin subclasses it, sets the
class attributes that describe its pages and writes its own ``sniff``.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence

import attrs

from dnnd.errors import MalformedInputError
from dnnd.gazetteer import read_list, trie_regex
from dnnd.model import Article, Block, Figure, Paragraph, RawDocument, Sniff
from dnnd.parsers import lines as ln
from dnnd.parsers.bylines import (
    Byline,
    Credits,
    abbreviates_a_name,
    is_affiliation,
    is_bare_label,
    is_labelled_byline,
    is_outlet_name,
    is_section_menu,
    is_section_name,
    read_byline,
    read_credits,
)
from dnnd.parsers.glued import CORPUS_PREFIX, split_byline, unglue_head
from dnnd.parsers.outlet_html import looks_like_html, parse_outlet_html, sniff_outlet_html
from dnnd.parsers.stamps import (
    is_bare_dateline,
    is_machine_stamp,
    is_poster_account,
    is_stamp_label,
    is_today_header,
    opens_timed_lead,
    opens_with_dateline,
    stamp_line,
    strip_dateline,
    title_stamp,
)
from dnnd.text.dates import Published
from dnnd.text.normalize import clean_space, match_key

__all__ = ["Marker", "TextParser", "marker_sniff", "page_text"]

# A first line this long that ends like prose is the lead paragraph, not a headline.
_TITLE_MAX_WORDS = 25
# A headline in capitals closed by a full stop, retold by the sapo under it: at least this many words; the sapo
# at least this many times as long, holding at least this share of the headline's words.
_RETOLD_MIN_WORDS = 5
_RETELLING_LENGTH = 1.5
_RETOLD_SHARE = 0.6
_WORD = re.compile(r"\w+")
# A bracketed aside (an abbreviation, a country) and the spaces before it: what a summary may leave out of the lead.
_ASIDE = re.compile(r"\s*\([^()]{1,40}\)")
# A summary cut short over the whole lead: at least this many characters in common.
_CUT_LEAD_CHARS = 40
# The site's logo stands under at most this many content lines (a slogan, a campaign's line) at the top.
_LOGO_REACH = 2
# Lines this short without final punctuation at the foot of the page are section labels.
_LABEL_MAX_WORDS = 3
# A government or association portal names itself in its header: "Cổng thông tin điện tử <body>",
# "Trang TTĐT <body>"; the body's name may run to a dozen words. Without "điện tử" the body's name follows
# capitalised ("Cổng thông tin Sở Ngoại vụ"): "Cổng thông tin tuyển sinh chung 2017: ..." is a headline.
_PORTAL_NAME = re.compile(r"^(?:cổng|trang) (?:thông tin|ttđt)(?P<online> điện tử)? (?P<body>\S)", re.I)
_PORTAL_NAME_WORDS = 16
# Inside the article, a portal's name stands alone when it is this short and carries no punctuation.
_PORTAL_TITLE_WORDS = 10
_PORTAL_TITLE_MARKS = re.compile(r"[.,;:!?]")
# How far under the first headline guess its stamp is looked for past menu labels, and how short those are.
_MENU_REACH = 12
_MENU_WORDS = 6
# A related-list header inside the article: the article's prose resumes within this many lines under it,
# as this many paragraphs of at least this many words in a row (summaries alternate with headlines).
_INLINE_BOX_REACH = 8
_RESUMED_PROSE_RUN = 3
_RESUMED_PROSE_WORDS = 25
# Writers printed one a line under the headline: at most this many after the first.
_CO_WRITERS = 3
# A menu scraped one section a line, over the stamp and the headline: at most this many labels.
_MENU_LABELS = 40
# A letter of the Latin script Vietnamese is written in (with its accented letters): a Vietnamese headline holds one.
_LATIN_LETTER = re.compile(r"[A-Za-zÀ-ɏḀ-ỿ]")
# A headline printed over its stamp may run long (a title with its dates in brackets).
_OVER_STAMP_WORDS = 45
# A stamp this many content lines under the headline is the article's (one above may be "today").
_STAMP_REACH = 3
# A summary printed over the headline is a sentence this long, printed again within this many lines.
_SUMMARY_MIN_WORDS = 12
_SUMMARY_REACH = 4
# Lines under a byline at the foot that may still be furniture (a repeated summary, a banner).
# Headlines of related articles printed under the foot byline with no header: at most this many.
_FOOT_HEADLINES = 12
# A related article's summary under its headline is one or two sentences of this many words; a list of
# them under the writer's name holds at least this many headlines (one heading over one paragraph is the article's).
_TEASER_WORDS = (8, 60)
_TEASER_SENTENCES = 2
_FOOT_TEASED_ITEMS = 2
# With no byline above them, headlines over summaries after the last paragraph are a list from this many on.
_TAIL_TEASED_ITEMS = 3
# A related headline printed after the article's last paragraph is at most this long.
_TAIL_HEADLINE_WORDS = 25
_FOOT_REACH = 4
# A line this long with no final punctuation, between paragraphs, describes a photo (headings are shorter).
_BARE_CAPTION_WORDS = 20
# ... up to this length: a longer line with no final stop is a paragraph that lost its stop (a caption is one
# sentence; the longest bare ones on the dev pages run to about forty words).
_BARE_CAPTION_MAX_WORDS = 45
# Capitals with no dot ("TT", "MV"): initials, or a site's mark.
_BARE_INITIALS = re.compile(r"^[A-ZĐ]{2,4}$")
# A line with no full stop naming a visible act (``trao quà``, ``chụp ảnh``): a caption at this length.
_ACT_CAPTION_WORDS = (4, 30)
# An anniversary's span in brackets, as slogans print it: "(03/02/1930 - 03/02/2024)", "(1975 - 2025)". A
# headline may name one anniversary; a banner chains at least this many slogans.
_ANNIVERSARY_SPAN = re.compile(
    r"\(\s*(?:[0-3]?\d/[01]?\d/)?(?:19|20)\d\d\s*[-–]\s*(?:[0-3]?\d/[01]?\d/)?(?:19|20)\d\d\s*\)"
)
_BANNER_SPANS = 2
# Section labels joined into one ("TIN TỨC - SỰ KIỆN", "Kinh tế & Xã hội").
_LABEL_JOINS = re.compile(r"\s*[-–&|/]\s*")
# The banner chains its slogans with dashes, the next one capitalised: "... (03/02/1930 - 03/02/2024)- Kỷ niệm ...".
_CHAINED_SLOGAN = re.compile(_ANNIVERSARY_SPAN.pattern + r"\s*[-–]\s*[A-ZĐÀ-Ỹ]")
# A file name's caption may stand this many lines under it, blank lines between.
_CAPTION_AFTER_BLANKS = 3
# A line right over a photo credit ("Ảnh: X") describes that photo up to this length (one sentence).
_CREDITED_CAPTION_WORDS = 40
# A whole line in italics between paragraphs: a caption up to this length (a longer one is a quote).
_ITALIC_CAPTION_WORDS = 60
# "Tin, ảnh: X", "Bài và ảnh: X": the writer, who took the photos too (a credit, not a caption).
_WRITER_AND_PHOTO = re.compile(r"(?i)^(?:bài|tin)\b[^:]{0,12}\bảnh\s*:")
# A line this long that ends as a sentence is a paragraph of the report.
_PROSE_WORDS = 15
# Labels (a tab, a section) printed between the headline and its repeat over the article: at most this many,
# of at most this many words each, with no final stop.
_TAB_LABELS = 2
_TAB_LABEL_WORDS = 8
# A line repeated at once is a photo's alt text then its caption, unless it is this long.
_DOUBLE_CAPTION_WORDS = 60
# A caption in a run of photos announced by "Một số hình ảnh ...:" is one sentence at most this long.
_GALLERY_CAPTION_WORDS = 40
# A photo in a run captioned by who it shows alone ("Các đại biểu tỉnh An Giang") takes at most this many words.
_GROUP_CAPTION_WORDS = 12
# A sentence of a report opening on a clause closed by a comma ("Phát biểu tại Đại hội, ..."): cut on the
# page's last line after at least this many words, it is still prose.
_CLAUSE_OPENING = re.compile(r"^[A-ZĐÀ-Ỹ][^,.:;!?]{2,60},\s+\S")
_CUT_CLAUSE_WORDS = 6
# A letter only Vietnamese writes: the breve, circumflex and horn vowels, "đ", a vowel under a tone mark.
_VIETNAMESE_LETTER = re.compile(
    r"[ăâđêôơưĂÂĐÊÔƠƯàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵÀÁẢÃẠÈÉẺẼẸÌÍỈĨỊÒÓỎÕỌÙÚỦŨỤỲÝỶỸỴ\u1ea0-\u1ef9]"
)


@attrs.define
class _Walk:
    """The state of one pass over a page's body lines."""

    title: str | None
    credits: Credits
    published: Published | None = None
    blocks: list[Block] = attrs.Factory(list)
    pending: list[str | None] = attrs.Factory(list)  # image sources awaiting their caption
    writers: list[str] = attrs.Factory(list)  # names printed on stamp lines
    teaser: bool = False  # the previous line was a related headline; its teaser may follow
    marked: bool = False  # the page marks its photos: no caption stands bare
    opening_caption: int | None = None  # the line of a cut page that captions the photo left on top
    in_cell: bool = False  # the pending image was scraped from a table cell ("![]() |")
    gallery: bool = False  # under "Một số hình ảnh ...:": each short line captions a photo
    alt: str | None = None  # a photo's alt text alone ("<headline> - Ảnh 1."), its caption perhaps next

    def figures(self, caption: str) -> None:
        for src in self.pending or [None]:
            # An image's remains, or a file name, with no caption: nothing a reader of the scrape sees
            # of the photo (only a file name with its caption line is a figure).
            if caption:
                self.blocks.append(Figure(src=src, caption=caption))
        self.pending = []
        self.in_cell = False


#: A furniture marker: a whole line (case-insensitive), ``~`` + a substring of the page,
#: or a compiled pattern searched line by line.
Marker = str | re.Pattern[str]


def page_text(doc: RawDocument) -> str | None:
    """The page's text if it is a text page; ``None`` for HTML or undecodable bytes. Never raises."""
    try:
        text = doc.text
    except Exception:  # undecodable input is the decoder's to report, not a sniffer's
        return None
    head = text.lstrip()[:512].lower()
    if head.startswith("<") and ("<html" in head or "<!doctype" in head or "<body" in head):
        return None
    return text


def marker_sniff(text: str, markers: Sequence[tuple[Marker, float]], *, base: float = 0.0) -> Sniff:
    """Score ``text`` by the furniture markers it contains (the helper outlet plugins sniff with).

    Each marker comes with the weight it adds when found: a string is a whole
    line, compared case-insensitively; a string starting with ``~`` is a
    substring of the page; a compiled pattern is searched in the whole
    page (compile it with ``re.MULTILINE`` to anchor on lines). The confidence is ``base`` plus the
    weights found, capped at 0.95 (furniture never proves a page's origin);
    the reason names what was found (for a pattern, the text it matched).
    """
    keys = {match_key(line) for line in text.split("\n") if line.strip()}
    page = match_key(text)
    found, score = [], base
    for marker, weight in markers:
        if isinstance(marker, re.Pattern):
            match = marker.search(text)
            hit, label = match is not None, (match.group(0)[:40] if match else "")
        elif marker.startswith("~"):
            hit, label = match_key(marker[1:]) in page, marker[1:]
        else:
            hit, label = match_key(marker) in keys, marker
        if hit:
            found.append(label)
            score += weight
    if not found:
        return Sniff.no("none of its furniture markers")
    return Sniff(round(min(max(score, 0.0), 0.95), 3), "found " + ", ".join(repr(m) for m in found))


def _repeats_earlier(line: str, earlier: Sequence[str]) -> bool:
    """True when ``line`` repeats an earlier line, perhaps cut short (a summary printed again)."""
    key = match_key(line)
    return len(key) >= 8 and any(match_key(other).startswith(key[:80]) for other in earlier if other)


class TextParser:
    """Reads any news page scraped as text: title, body, figures, credits; furniture dropped.

    Subclasses describe an outlet's pages with the class attributes below and
    override :meth:`sniff`; :meth:`parse` works unchanged for them.
    """

    #: The parser's name (``--parser text``).
    name: str = "text"
    #: Who publishes pages in this format (``Tạp chí Thời Đại``), or ``None``.
    site: str | None = None
    #: The outlet to credit when the page names none (its own pages), or ``None``.
    outlet: str | None = None
    #: Extra headers (lower case) after which the rest of the page is furniture.
    end_markers: frozenset[str] = frozenset()
    #: Extra whole lines (lower case) that are the site's furniture.
    stray_lines: frozenset[str] = frozenset()
    #: The outlet's web hosts (``thoidai.com.vn``): its HTML pages are claimed and read by
    #: the generic HTML machinery (see :mod:`dnnd.parsers.outlet_html`).
    hosts: tuple[str, ...] = ()

    # ------------------------------------------------------------ the protocol

    def sniff(self, doc: RawDocument) -> Sniff:
        """Accept any text that is not HTML, with a low confidence so outlet parsers win."""
        if page_text(doc) is None:
            return Sniff.no("not a text page (HTML, or not decodable)")
        return Sniff(0.1, "plain text (generic parser)")

    def sniff_html(self, doc: RawDocument) -> Sniff:
        """Claim an HTML page of one of :attr:`hosts`; outlet plugins call this for HTML input."""
        return sniff_outlet_html(doc, self.hosts)

    def parse(self, doc: RawDocument) -> Article:
        """Parse a scraped page (or an HTML page of :attr:`hosts`) into an :class:`~dnnd.Article`."""
        if self.hosts and looks_like_html(doc):
            return parse_outlet_html(doc, site=self.site, outlet=self.outlet)
        # The same lines are asked about from the head, the body and the bylines: each answer is a pure
        # function of the line, kept for this page only (a fresh table per page: no growth, no stale rule).
        self._furniture_seen: dict[str, bool] = {}
        self._stamps_seen: dict[str, tuple[Published | None, tuple[str, ...]] | None] = {}
        raw = [clean_space(line) for line in doc.text.split("\n")]
        if not any(raw):
            raise MalformedInputError("has no text lines", source=doc.name)
        self._vietnamese = _in_vietnamese(raw)
        raw = self._unglue(self._rejoin(self._unglue_alts(raw)))
        lines = self._unglue_foot(raw[: self._article_end(raw)])
        credits = read_credits(lines)
        start, title, published, writers = self._head(lines, credits)
        if title:  # a page scraped as a list prints its headline as an item ("• Sở Ngoại vụ ... làm việc ...")
            title = ln.unbullet(title)
        authors, outlet, end = self._bylines(lines, start, credits)
        credits = attrs.evolve(credits, lines=credits.lines | authors.keys())
        walk = _Walk(title=title, credits=credits)
        if title is None and start < len(lines) and lines[start] and self._opening_caption(lines, start, credits):
            walk.opening_caption = start
        elif title is not None:
            walk.opening_caption = self._caption_under_headline(lines, start, credits)
        self._body(lines[:end], start, walk)
        blocks = self._trim(self._lead(walk.blocks))
        if not title and not blocks:
            raise MalformedInputError(
                "has no article: no headline and no body text were found (only furniture or code)", source=doc.name
            )
        return Article(
            title=title,
            blocks=blocks,
            published=published or walk.published or credits.published or self._foot_stamp(lines, end, credits),
            url=credits.url or doc.url,
            outlet=credits.outlet or outlet or self.outlet,
            site=self.site,
            authors=credits.authors
            or tuple(
                dict.fromkeys([*writers, *walk.writers, *(n for _, names in sorted(authors.items()) for n in names)])
            ),
            source=doc.source,
        )

    # ------------------------------------------------------------ the steps

    def is_furniture(self, line: str) -> bool:
        """True for a line that is the site's, wherever it stands: labels, share icons, slugs."""
        seen = getattr(self, "_furniture_seen", None)
        if seen is not None and (known := seen.get(line)) is not None:
            return known
        found = (
            ln.is_stray(line)
            or is_bare_dateline(line)
            or is_bare_label(line)
            or is_stamp_label(line)  # "Ngày đăng:" over its date, "Thứ Hai" over the stamp: the stamp's words alone
            or is_poster_account(line)  # "admin" by a blog's stamp
            or ln.is_related_marker(line, self.end_markers)  # the header of a box inside the article
            or (bool(self.stray_lines) and match_key(line) in self.stray_lines)
            # a button or label in English ("Get the SBS Audio app") on a page written in Vietnamese
            or (getattr(self, "_vietnamese", False) and ln.is_english_widget(line))
            # a portal's title alone on its line, in its banner or footer ("Cổng thông tin điện tử huyện Sìn Hồ");
            # a sentence about the portal goes on with a verb and a stop
            or (
                ln.word_count(line) <= _PORTAL_TITLE_WORDS
                and _PORTAL_TITLE_MARKS.search(line) is None
                and self._portal_name(line)
            )
        ) and not is_labelled_byline(line)  # "Tác giả: X" names the writer
        if seen is not None:
            seen[line] = found
        return found

    def _stamp_line(self, line: str) -> tuple[Published | None, tuple[str, ...]] | None:
        """:func:`~dnnd.parsers.stamps.stamp_line`, read once per line of the page."""
        seen = getattr(self, "_stamps_seen", None)
        if seen is None:
            return stamp_line(line)
        if line not in seen:
            seen[line] = stamp_line(line)
        return seen[line]

    def is_title(self, line: str) -> bool:
        """True when the first article line can be the headline (not a lead paragraph, image or stub)."""
        if ln.image_file(line) or ln.markdown_image(line) or ln.caption_cell(line) or ln.is_url(line):
            return False
        if ln.is_photo_caption(line) or ln.credit_line(line) or ln.is_template(line) or ln.numbers_photo(line):
            return False
        if ln.is_alt_stub(line, None) or ln.poses_for_photo(line):  # what is left of an image, its caption
            return False
        if ln.reads_as_lead(line) or opens_with_dateline(line):  # a page cut above its headline
            return False
        bare = line.rstrip(ln.CLOSERS)
        # Headlines never end with a full stop (an ellipsis is theirs); a long line with one is the lead.
        if bare.endswith(".") and not bare.endswith(".."):
            return False
        return not (bare.endswith("…") and ln.word_count(line) > _TITLE_MAX_WORDS)

    def is_head_furniture(self, line: str) -> bool:
        """True for a line above the headline that is the site's: menus, crumbs, section and site names."""
        return (
            self.is_furniture(line)
            or is_section_name(line)
            or is_section_menu(line)
            or ln.is_crumbs(line)
            or ln.is_url(line)
            or (is_outlet_name(line) and ln.word_count(line) <= 8)
            # a portal's full name ("Cổng thông tin điện tử Sở Ngoại vụ tỉnh Kiên Giang") runs longer
            or (self._portal_name(line) and ln.word_count(line) <= _PORTAL_NAME_WORDS)
            or ln.numbers_photo(line)  # a photo's alt text over the headline
            or _LATIN_LETTER.search(line) is None  # no letter, or the site's name in another script ("日本総合情報")
            # a portal's banner of slogans, one anniversary after another ("Chào mừng kỷ niệm 94 năm Ngày thành lập
            # Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2024)- Kỷ niệm 94 năm Ngày thành lập Đảng bộ tỉnh ...")
            or (len(_ANNIVERSARY_SPAN.findall(line)) >= _BANNER_SPANS and _CHAINED_SLOGAN.search(line) is not None)
        )

    @staticmethod
    def _portal_name(line: str) -> bool:
        """True for a portal's name in its header: "Cổng thông tin điện tử tỉnh Lào Cai", "Trang TTĐT Sở Y tế"."""
        portal = _PORTAL_NAME.match(line.strip())
        return (
            portal is not None
            and ":" not in line
            # "TTĐT" is "thông tin điện tử" in short
            and (bool(portal["online"]) or portal["body"].isupper() or match_key(line).split()[1] == "ttđt")
        )

    def _unglue(self, lines: list[str]) -> list[str]:
        # A corpus prefix, a section label, the headline and the lead flattened into the first line.
        for index, line in enumerate(lines):
            if not line:
                continue
            lines[index] = line = clean_space(CORPUS_PREFIX.sub("", line))
            if line and self._stamp_line(line) is None and not self.is_head_furniture(line):
                return unglue_head(lines, index)
        return lines

    @staticmethod
    def _unglue_alts(lines: list[str]) -> list[str]:
        """A photo's numbered ASCII alt text glued to its caption, printed as the image stub and the caption."""
        out: list[str] = []
        for line in lines:
            if (split := ln.ascii_alt_split(line)) is not None:
                out.extend(("![]()", "", split[1]))  # the alt text itself is the headline again
            else:
                out.append(line)
        return out

    def _rejoin(self, lines: list[str]) -> list[str]:
        """Lines broken inside a sentence (a page saved with hard wraps) joined again.

        A Vietnamese sentence, caption or heading never opens in lower case: a line of prose that
        does, right under one that does not end a sentence, is its continuation ("Sáng" / "ngày
        01/3, Đoàn ..."); so is any line under one ending with a comma. Furniture, file names, slugs
        and addresses (lower case, bare ASCII) are not.
        """
        out: list[str] = []
        for line in lines:
            previous = out[-1] if out else ""
            if line == "|" and len(out) >= 2 and out[-2] == "|" and self._cell_caption(previous):
                out[-2:] = [f"| {previous} |"]  # a table cell printed over three lines: "|", the caption, "|"
            elif self._label_over_names(previous, line):
                out[-1] = f"{previous} {line}"  # "Tác giả:" / "Hoàng Lê": one byline
            elif opens_timed_lead(previous, line) and self._stamp_line(line) is None:
                out[-1] = f"{previous} {line}"  # "Ngày" / "25/4/2025, ...": a lead broken after its time word
            elif (
                previous
                and line
                and (line[:1].islower() or previous.endswith(","))
                and not line.isascii()
                # prose, or its first word alone ("Quang" / "cảnh buổi làm việc")
                and (not previous.isascii() or (" " not in previous and previous[:1].isupper()))
                and not ln.ends_sentence(previous)
                and not ln.is_url(line)
                and not self.is_furniture(line)
                and not self.is_furniture(previous)
                and self._stamp_line(line) is None  # "ngày 1 tháng 1 năm 2000" under the headline
                and self._stamp_line(previous) is None
            ):
                out[-1] = f"{previous} {line}"
            else:
                out.append(line)
        return out

    @staticmethod
    def _cell_caption(line: str) -> bool:
        """True for a line short enough to be the caption in a photo table's cell (one sentence at most)."""
        return (
            bool(line)
            and not line.startswith("|")
            and not line.endswith("|")  # a cell printed with its own bar ("Thi đấu bóng chuyền. |")
            and ln.word_count(line) <= _CREDITED_CAPTION_WORDS
            and ln.sentence_count(line) <= 1
        )

    @staticmethod
    def _label_over_names(label: str, line: str) -> bool:
        """True for a byline label alone on its line ("Tác giả:", "Bài:") with the writers' names on the next."""
        if not (label.endswith(":") and line and ":" not in line and is_bare_label(label)):
            return False
        byline = read_byline(line, initials=True)
        return byline is not None and bool(byline.authors) and byline.outlet is None

    def _unglue_foot(self, lines: list[str]) -> list[str]:
        # The writer's initials glued after the last sentence ("... Hà Nội. N.H"): a byline line of its own.
        for index in range(len(lines) - 1, -1, -1):
            line = lines[index]
            if not line or self.is_furniture(line):
                continue
            if (split := split_byline(line)) is not None:
                return [*lines[:index], split[0], "", split[1], *lines[index + 1 :]]
            return lines
        return lines

    def _article_end(self, lines: Sequence[str]) -> int:
        # Everything after the first related-articles header is the site's lists; everything after the
        # readers' comments header or form, once the article's prose has begun, is the comments. A header
        # above everything else ends nothing: it is the section's label over the page ("Tin mới").
        prose = content = False
        for index, line in enumerate(lines):
            if not line:
                continue
            if ln.is_related_marker(line, self.end_markers):
                if content and not (prose and self._prose_resumes(lines, index)):
                    return index
            elif prose and ln.opens_comments(line):
                return index
            else:
                content = content or not self.is_furniture(line)
            prose = prose or (ln.ends_sentence(line) and ln.word_count(line) >= _PROSE_WORDS)
        return len(lines)

    @staticmethod
    def _prose_resumes(lines: Sequence[str], index: int) -> bool:
        """True when the article's prose goes on under a related-list header: a box inside the article.

        A list of other articles is headlines, or headlines over short summaries; three long
        paragraphs in a row, a few lines under the header, are the article's text going on.
        """
        run = seen = 0
        for line in lines[index + 1 :]:
            if not line:
                continue
            if ln.is_related_marker(line) or ln.opens_comments(line) or seen >= _INLINE_BOX_REACH:
                return False
            seen += 1
            prose = ln.ends_sentence(line) and ln.word_count(line) >= _RESUMED_PROSE_WORDS
            run = run + 1 if prose else 0
            if run >= _RESUMED_PROSE_RUN:
                return True
        return False

    def _next(self, lines: Sequence[str], index: int, credits: Credits) -> int | None:
        """The index of the next line at or after ``index`` that is neither blank nor furniture."""
        while index < len(lines):
            if lines[index] and index not in credits.lines and not self.is_furniture(lines[index]):
                return index
            index += 1
        return None

    def _head(self, lines: Sequence[str], credits: Credits) -> tuple[int, str | None, Published | None, list[str]]:
        """Where the body starts, the headline and the stamp: the headline precedes its stamp or lead."""
        before: Published | None = None
        writers: list[str] = []
        index = self._under_logo(lines)
        top = True  # no content line seen yet: a date there is the site header's "today"
        while index < len(lines):
            line = lines[index]
            if line and index not in credits.lines:
                if top and is_today_header(line):
                    pass
                elif (stamp := self._stamp_line(line)) is not None:
                    before = before or stamp[0]
                    writers.extend(stamp[1])
                elif is_labelled_byline(line) and (byline := read_byline(line)) is not None:
                    writers.extend(byline.authors)  # "Tác giả: X" printed above the headline
                elif ln.is_file_stem(line) and not (index + 1 < len(lines) and lines[index + 1]):
                    pass  # a photo's file name over a blank ("Img4744 15262236..."): a photo with no caption
                elif self._summary_over_headline(lines, index, credits):
                    pass  # the page's summary printed over the headline, printed again as the lead under it
                elif not self.is_head_furniture(line) or self._media_headline(lines, index, credits):
                    break
                top = False
            index += 1
        if index < len(lines) and (headline := self._headline_under_stray(lines, index, credits)) is not None:
            index = headline
        if (
            index >= len(lines)
            or not (
                self.is_title(lines[index])
                or self._stamped_title(lines, index, credits)
                or self._capitals_title(lines, index, credits)
            )
            or self._byline_over_lead(lines, index, credits)
        ):
            return index, None, before, writers
        # A menu or the site's name in title case or capitals, then the headline in sentence case;
        # or a tag page's tag (a kicker) over the headline that names it.
        while (
            (following := self._next(lines, index + 1, credits)) is not None
            and self._stamp_line(lines[following]) is None
            and self.is_title(lines[following])
            and ln.is_headline_like(lines[following])
            and read_byline(lines[following]) is None  # the writer under a headline in title case
            and not self.is_head_furniture(lines[following])  # a section's or a box's label ("Phụ Lục")
            and (
                (ln.is_title_case(lines[index]) and not ln.is_title_case(lines[following]))
                or ln.names_topic_of(lines[index], lines[following])
            )
        ):
            index = following
        title = index
        # Menus, widget labels and counters, then the headline and its stamp: the line the stamp is
        # printed under is the headline, when only short labels stand between it and the first guess.
        title = self._headline_over_stamp(lines, title, credits)
        if title == index:
            title = self._headline_over_lead(lines, title, credits)
        # A section label (or a menu of them), then the stamp, then the headline: the label was not the headline.
        under = self._past_labels(lines, index, credits)
        if under is not None and (read := self._stamp_line(lines[under])) is not None:
            after = self._next(lines, under + 1, credits)
            if (
                after is not None
                and ln.is_headline_like(lines[after])
                and self.is_title(lines[after])
                and not ln.repeats(lines[after], lines[index])
                and ln.word_count(lines[after]) > ln.word_count(lines[index])
                and read_byline(lines[after]) is None  # the writer under the stamp, not a headline
                and not self._starts_headline_run(lines, after, credits)
            ):
                title, before = after, read[0] or before
        if self._opening_caption(lines, title, credits):
            return title, None, before, writers
        # "Headline (08/07/2019)": the CMS prints the article's date after its headline.
        heading, dated = stamped if (stamped := title_stamp(lines[title])) is not None else (lines[title], None)
        if (rest := self._headline_rest(lines, title, credits)) is not None:
            heading, title = f"{heading} {lines[rest]}", rest  # a headline in capitals broken over two lines
        # The stamp printed under the headline wins over the headline's own date, and that over a date above
        # it (the site header's "today").
        probe: int | None = title + 1
        seen = 0
        machine: Published | None = None  # an ISO timestamp of the page's metadata, weaker than a printed stamp
        while probe is not None and (probe := self._next(lines, probe, credits)) is not None and seen < _STAMP_REACH:
            if (read := self._stamp_line(lines[probe])) is not None and read[0] is not None:
                if not is_machine_stamp(lines[probe]):
                    return title + 1, heading, read[0], writers + list(read[1])
                if machine is None:
                    machine, seen = read[0], -1  # look as far again for the stamp printed for readers
            seen, probe = seen + 1, probe + 1
        return title + 1, heading, machine or dated or before, writers

    def _summary_over_headline(self, lines: Sequence[str], index: int, credits: Credits) -> bool:
        """True when the first line is the page's summary (its description) over the headline: a sentence
        printed again, word for word, a few lines below with the headline (and its stamp) between."""
        line = lines[index]
        if not ln.ends_sentence(line) or ln.word_count(line) < _SUMMARY_MIN_WORDS:
            return False
        key = match_key(line)
        probe = index + 1
        for seen in range(_SUMMARY_REACH):
            if (found := self._next(lines, probe, credits)) is None:
                return False
            if match_key(lines[found]) == key:
                return seen > 0  # a copy right under it is a caption printed twice, not a summary
            probe = found + 1
        return False

    def _headline_rest(self, lines: Sequence[str], title: int, credits: Credits) -> int | None:
        """The line holding the rest of a headline set in capitals and broken in two, right under it, if any.

        A banner's headline in capitals may break after its subject, the verb on the next line ("HỘI ÁI HỮU
        VINH – HÀ TĨNH BẮC CALI" / "MỞ TIỆC NOEL ..."); both lines in capitals with no blank between, neither
        closing a sentence, one headline's length together. A site's menu or a label under it is no part of it.
        """
        rest = title + 1
        if rest >= len(lines) or not lines[rest] or rest in credits.lines:
            return None
        head, line = lines[title], lines[rest]
        if not (head.isupper() and line.isupper()) or ln.word_count(head) < 2 or ln.word_count(line) < 2:
            return None
        if head.rstrip().endswith((".", ":", "!", "?", ";")) or ln.ends_sentence(line):
            return None
        if ln.word_count(head) + ln.word_count(line) > _TITLE_MAX_WORDS or ln.repeats(line, head):
            return None
        if self.is_head_furniture(line) or self._stamp_line(line) is not None or read_byline(line) is not None:
            return None
        if all(is_section_name(part) for part in _LABEL_JOINS.split(line) if part):  # "TIN TỨC - SỰ KIỆN"
            return None
        return rest

    def _headline_under_stray(self, lines: Sequence[str], index: int, credits: Credits) -> int | None:
        """The headline under a paragraph the scrape put on top of the page, if that is what ``index`` holds.

        A paragraph opening with a connective that refers back ("Theo đó, ...") continues a text: it never
        opens an article. When a headline and then the lead's prose follow it, that line is the headline.
        """
        if not (ln.refers_back(lines[index]) and ln.ends_sentence(lines[index])):
            return None
        headline = self._next(lines, index + 1, credits)
        if headline is None or not (self.is_title(lines[headline]) and ln.is_headline_like(lines[headline])):
            return None
        line = lines[headline]
        if ln.is_act_caption(line) or ln.is_portrait_caption(line) or ln.is_scene_caption(line):
            return None  # the caption of a photo between two paragraphs of a cut page
        # the lead under it opens with the paper's dateline ("TT - Ông ...", "(TTXVN) - ..."): only a lead does
        lead = self._next(lines, headline + 1, credits)
        return headline if lead is not None and strip_dateline(lines[lead]) != lines[lead] else None

    def _media_headline(self, lines: Sequence[str], index: int, credits: Credits) -> bool:
        """True for a media story's tagged headline (``[Ảnh] ...``) standing right over its lead; a tagged
        line over another headline is a teaser of the site's media."""
        if not ln.tags_media(lines[index]):
            return False
        following = self._next(lines, index + 1, credits)
        return following is not None and (ln.reads_as_lead(lines[following]) or opens_with_dateline(lines[following]))

    def _under_logo(self, lines: Sequence[str]) -> int:
        """Where the head starts: under the site's logo when it stands among the first lines.

        What a site prints above its logo (a slogan, today's campaign line) is its header, never the headline.
        """
        # most pages print no logo line: find it first with a cheap test, then count the lines above it
        logo = next((i for i, line in enumerate(lines) if "logo" in line.lower() and ln.is_logo(line)), None)
        if logo is None:
            return 0
        seen = 0
        for line in lines[:logo]:
            if not line:
                continue
            if not self.is_head_furniture(line):
                seen += 1
                if seen > _LOGO_REACH:
                    return 0
        return logo + 1

    def _is_writer_line(self, lines: Sequence[str], index: int, credits: Credits) -> bool:
        """True for a byline naming writers over the stamp or the lead ("Ngọc Vân |"): under the headline."""
        byline = read_byline(lines[index])
        if byline is None or not byline.authors or ln.word_count(lines[index]) > _MENU_WORDS:
            return False
        under = self._next(lines, index + 1, credits)
        return under is not None and (
            self._stamp_line(lines[under]) is not None
            or (ln.ends_sentence(lines[under]) and ln.word_count(lines[under]) >= _PROSE_WORDS)
        )

    def _past_labels(self, lines: Sequence[str], index: int, credits: Credits) -> int | None:
        """The first content line under ``index`` past a menu's short labels (no final stop), if any."""
        under = self._next(lines, index + 1, credits)
        for _ in range(_MENU_LABELS):
            if (
                under is None
                or self._stamp_line(lines[under]) is not None
                or ln.word_count(lines[under]) > _MENU_WORDS
                or ln.ends_sentence(lines[under])
            ):
                return under
            under = self._next(lines, under + 1, credits)
        return under

    def _byline_over_lead(self, lines: Sequence[str], index: int, credits: Credits) -> bool:
        """True when the first line is the writer's name over the lead: a page cut above its headline."""
        if read_byline(lines[index], initials=True) is None:
            return False
        lead = self._next(lines, index + 1, credits)
        for _ in range(_CO_WRITERS):  # co-writers one a line
            if lead is None or read_byline(lines[lead]) is None:
                break
            lead = self._next(lines, lead + 1, credits)
        return lead is not None and ln.ends_sentence(lines[lead]) and ln.word_count(lines[lead]) >= _PROSE_WORDS

    def _starts_headline_run(self, lines: Sequence[str], index: int, credits: Credits) -> bool:
        """True when another headline follows the one at ``index``: a list of other articles, not the title."""
        following = self._next(lines, index + 1, credits)
        return (
            following is not None
            and self._stamp_line(lines[following]) is None
            and ln.is_headline_like(lines[following])
            and self.is_title(lines[following])
            and read_byline(lines[following]) is None  # the writer under the headline
        )

    def _headline_over_stamp(self, lines: Sequence[str], title: int, credits: Credits) -> int:
        """The line above the first stamp (or byline) under ``title`` when every line between is a short label."""
        probe: int | None = title + 1
        previous = title
        for _ in range(_MENU_REACH):
            if probe is None or (probe := self._next(lines, probe, credits)) is None:
                return title
            if self._stamp_line(lines[probe]) is not None or self._is_writer_line(lines, probe, credits):
                break
            line = lines[previous]
            if previous != title and not (
                ln.word_count(line) <= _MENU_WORDS
                or line.isupper()
                or not ln.has_letters(line)
                or line == lines[probe]  # the headline printed twice (its link, then its photo's alt text)
            ):
                return title  # text between: the first guess stands
            previous, probe = probe, probe + 1
        else:
            return title
        candidate = lines[previous]
        if previous == title:
            return title
        if self._stamp_line(lines[probe]) is not None:
            fits = self._over_stamp_title(candidate)
        else:  # over a byline: a headline with no final stop (a paragraph may close over a digest's writer)
            fits = self.is_title(candidate) and ln.is_headline_like(candidate, _OVER_STAMP_WORDS)
        if not fits:
            return title
        return previous if ln.word_count(candidate) > ln.word_count(lines[title]) else title

    def _over_stamp_title(self, line: str) -> bool:
        """True when ``line``, printed right over the stamp, can be the headline.

        Some sites close a headline with a full stop; right over the stamp, one short sentence still is one.
        """
        if self.is_title(line) and ln.is_headline_like(line, _OVER_STAMP_WORDS):
            return True
        bare = line.rstrip(ln.CLOSERS + " ")
        return (
            bare.endswith(".")
            and ln.word_count(line) <= _TITLE_MAX_WORDS
            and ln.sentence_count(line) == 1
            and self.is_title(bare[:-1])
            and ln.is_headline_like(bare[:-1], _OVER_STAMP_WORDS)
        )

    def _stamped_title(self, lines: Sequence[str], index: int, credits: Credits) -> bool:
        """True for a headline closed by a full stop with its stamp right under it."""
        under = self._next(lines, index + 1, credits)
        return under is not None and self._stamp_line(lines[under]) is not None and self._over_stamp_title(lines[index])

    def _capitals_title(self, lines: Sequence[str], index: int, credits: Credits) -> bool:
        """True for a headline set in capitals and closed by a full stop, over the sapo that retells it.

        Some CMSs close a headline with a full stop ("HOA KỲ VIỆN TRỢ CHO VN ĐỂ CHỐNG DỊCH."). A lead, a
        caption or a report's sentence is never set in capitals, so the stop does not make such a line the
        lead; the sapo under it, longer, says the same thing at length (it repeats most of its words).
        """
        line = lines[index]
        bare = line.rstrip(ln.CLOSERS + " ")
        if not (bare.endswith(".") and not bare.endswith("..") and ln.sentence_count(line) == 1):
            return False
        head = bare[:-1]
        if not (head.isupper() and ln.is_headline_like(head) and ln.word_count(head) >= _RETOLD_MIN_WORDS):
            return False
        if not self.is_title(head) or self.is_head_furniture(head):
            return False
        lead = self._next(lines, index + 1, credits)
        if lead is None or self._stamp_line(lines[lead]) is not None:
            return False
        sapo = lines[lead]
        if sapo.isupper() or ln.word_count(sapo) < _RETELLING_LENGTH * ln.word_count(head):
            return False
        words = set(_WORD.findall(head.lower()))
        return len(words & set(_WORD.findall(sapo.lower()))) >= _RETOLD_SHARE * len(words)

    def _opening_caption(self, lines: Sequence[str], at: int, credits: Credits) -> bool:
        """True when the first line of a cut page is a photo's caption: the paragraph under it refers back.

        A headline stands over a lead, and a lead never opens with "Theo đó," or "Bên cạnh đó,": such a
        paragraph continues a text the scrape lost, and the line above it described the photo left on top.
        """
        under = self._next(lines, at + 1, credits)
        if under is None or self._stamp_line(lines[under]) is not None:
            return False
        # A lead says when; one sentence showing someone at a visible act, no date, is the photo's caption.
        return (
            ln.is_headline_like(lines[at])
            and ln.refers_back(lines[under])
            # a headline over a lead the scrape lost tells the news in figures ("Trao học bổng cho 94 học
            # sinh vượt khó của 5 xã", "Pleiku: Trao 55 suất quà Tết ..."); a caption shows what is seen
            and not ln.states_figures(lines[at])
        ) or (
            (
                ln.is_act_caption(lines[at])
                or ln.is_portrait_caption(lines[at])
                or ln.is_scene_caption(lines[at])
                or ln.poses_for_photo(lines[at])
                or ln.shows_position(lines[at])  # "(ông X - Giữa)": where someone stands, only a caption says it
                or _shows_attendees(lines[at])  # "Các đại biểu dự Đại hội ... lần II": the delegates in the photo
            )
            and ln.word_count(lines[under]) >= _PROSE_WORDS
        )

    def _caption_under_headline(self, lines: Sequence[str], start: int, credits: Credits) -> int | None:
        """The line under the headline (and its stamp) that captions the page's first photo, if it is one.

        Many CMSs print the lead photo between the headline and the lead; its caption shows someone at a
        visible act and has no full stop, and the lead under it is a sentence of prose. A short sentence
        with the photo's credit right under it is the caption too, full stop or not.
        """
        at = self._next(lines, start, credits)
        while at is not None and self._stamp_line(lines[at]) is not None:
            at = self._next(lines, at + 1, credits)
        if at is None:
            return None
        line = lines[at]
        if (
            at + 1 < len(lines)
            and ln.credit_line(lines[at + 1])
            and line[:1].isupper()
            and ln.word_count(line) <= _CREDITED_CAPTION_WORDS
            and ln.sentence_count(line) <= 1
            and not ln.reads_as_lead(line)
        ):
            return at  # the photo's credit printed right under it ("(Ảnh: Quang Thịnh/TTXVN)")
        if (
            ln.ends_sentence(line)
            or not line[:1].isupper()
            or not _ACT_CAPTION_WORDS[0] <= ln.word_count(line) <= _ACT_CAPTION_WORDS[1]
            or ln.reads_as_lead(line)
            or not ln.opens_with_agent(line)  # a headline may open with the act ("Ra mắt ..."), a caption names who
            or not ln.shows_act(line)
        ):
            return None
        under = self._next(lines, at + 1, credits)
        if under is None or self._stamp_line(lines[under]) is not None:
            return None
        prose = ln.ends_sentence(lines[under]) and ln.word_count(lines[under]) >= _PROSE_WORDS
        return at if prose else None

    def _headline_over_lead(self, lines: Sequence[str], title: int, credits: Credits) -> int:
        """The longer headline under a short first guess when the lead follows it (a column's name above).

        Several short labels may stand between (a section, its subsection, a topic): the headline is the
        first longer line under them.
        """
        if ln.word_count(lines[title]) > _MENU_WORDS:
            return title
        under: int | None = title
        for _ in range(_MENU_REACH):
            under = self._next(lines, (under or title) + 1, credits)
            if under is None or self._stamp_line(lines[under]) is not None:
                return title
            if ln.word_count(lines[under]) > _MENU_WORDS or ln.ends_sentence(lines[under]):
                break
        else:
            return title
        candidate = lines[under]
        lead = self._next(lines, under + 1, credits)
        if (
            lead is not None
            and self.is_title(candidate)
            and ln.is_headline_like(candidate)
            and ln.word_count(candidate) > ln.word_count(lines[title])
            and read_byline(candidate) is None
            and not ln.is_scene_caption(candidate)
            and ln.ends_sentence(lines[lead])
            and ln.word_count(lines[lead]) >= _PROSE_WORDS
        ):
            return under
        return title

    def _bylines(
        self, lines: Sequence[str], start: int, credits: Credits
    ) -> tuple[dict[int, tuple[str, ...]], str | None, int]:
        """Byline lines under the headline and at the foot: ``({index: names}, outlet, end of the article)``."""
        found: dict[int, tuple[str, ...]] = {}
        outlet: str | None = None
        # At the top: the first content line under the headline (and its stamp).
        top = self._next(lines, start, credits)
        while top is not None and self._stamp_line(lines[top]) is not None:
            top = self._next(lines, top + 1, credits)
        if top is not None and (byline := read_byline(lines[top], initials=True)) is not None:
            found[top] = byline.authors
            outlet = byline.outlet
            # Co-writers printed one a line under the first ("Trần Nghị" / "Đức Hoàng").
            for _ in range(_CO_WRITERS):
                top = self._next(lines, top + 1, credits)
                if top is None or (more := read_byline(lines[top])) is None or more.outlet is not None:
                    break
                found[top] = more.authors
            # The writer's post or institute under a signed name ("TS. Nguyễn Văn Hùng" / "Viện Nghiên cứu
            # Đông Nam Á"), the lead under it: part of the signature.
            if top is not None and is_affiliation(lines[top]) and self._prose_under(lines, top, credits):
                found[top] = ()
        # At the foot: the last content line, past a few lines of furniture or repeated text.
        end = len(lines)
        index, skipped, headlines, teasers = len(lines) - 1, 0, 0, 0
        while index >= start and skipped <= _FOOT_REACH:
            line = lines[index]
            if (
                index in credits.lines
                and headlines >= max(1, teasers and _FOOT_TEASED_ITEMS)
                and self._closes_prose(lines, index, start, credits)
            ):
                end = index + 1  # "Theo X (Báo Y)", "Nguồn: ..." closing the article, other headlines under it
                break
            if not line or index in credits.lines or self.is_furniture(line) or index in found:
                index -= 1
                continue
            if (byline := self._foot_byline(lines, index, start, credits)) is not None:
                co_writers = self._co_writers_above(lines, index, start, credits)
                first = min(co_writers, default=index)
                if headlines and not self._closes_prose(lines, first, start, credits):
                    break  # a name among headlines, with no paragraph closed above it: one more link
                if teasers and headlines < _FOOT_TEASED_ITEMS:
                    break  # one heading and its paragraph under a name: the article's own section

                # Bare capitals ("TT") under a writer's name are a site's mark, not a second writer.
                above = self._previous(lines, index - 1, start, credits)
                if _BARE_INITIALS.match(line) and above is not None:
                    named = read_byline(lines[above], initials=True)
                    if named is not None and not all(_BARE_INITIALS.match(a) for a in named.authors):
                        index, byline = above, named
                found[index] = byline.authors
                outlet = outlet or byline.outlet
                end = index + 1
                found.update(co_writers)
                break
            if headlines < _FOOT_HEADLINES and self._is_teaser(lines, index, start, credits):
                # The summary printed under a related headline: the headline above it is read next.
                teasers += 1
                index -= 1
                continue
            repeated = _repeats_earlier(line, lines[start:index])
            if headlines < _FOOT_HEADLINES and ln.is_headline_like(ln.unbullet(line)):
                # Headlines of other articles under the writer's name, with no header over them.
                headlines += 1
                index -= 1
                continue
            # A Vietnamese sentence, caption or headline never opens in lower case: such a line is a menu's piece.
            if not (repeated or line.isupper() or ln.word_count(line) <= _LABEL_MAX_WORDS or line[:1].islower()):
                break
            skipped += 1
            index -= 1
        if end < len(lines):  # keep the credits printed under the byline
            keep = [i for i in range(end, len(lines)) if i in credits.lines]
            end = max(keep, default=end - 1) + 1
        return found, outlet, end

    def _prose_under(self, lines: Sequence[str], index: int, credits: Credits) -> bool:
        """True when the content line under ``index`` is a paragraph of prose."""
        under = self._next(lines, index + 1, credits)
        return under is not None and ln.ends_sentence(lines[under]) and ln.word_count(lines[under]) >= _PROSE_WORDS

    def _co_writers_above(
        self, lines: Sequence[str], index: int, start: int, credits: Credits
    ) -> dict[int, tuple[str, ...]]:
        """Writers printed one a line over the foot byline at ``index`` ("Minh Anh" / "Thu Hà")."""
        out: dict[int, tuple[str, ...]] = {}
        for _ in range(_CO_WRITERS):
            above = self._previous(lines, index - 1, start, credits)
            if above is None or (more := read_byline(lines[above])) is None or more.outlet is not None:
                break
            out[above] = more.authors
            index = above
        # The first writer stands right under the article's last paragraph, or none of them is a writer.
        return out if out and self._closes_prose(lines, min(out), start, credits) else {}

    def _foot_byline(self, lines: Sequence[str], index: int, start: int, credits: Credits) -> Byline | None:
        """The byline at ``index`` near the foot; a given name alone ("Hùng") right under the last paragraph."""
        line = lines[index]
        if (bare := ln.unbullet(line)) != line:
            # A bulleted name is the writer only in the page's list of metadata ("• 03/12/2020 02:51",
            # "• Thảo Nguyên", "• 662"); a bulleted list of names is the article's.
            if not self._beside_stamp(lines, index):
                return None
            line = bare
        byline = read_byline(line, initials=True)
        if byline is None and self._closes_prose(lines, index, start, credits):
            byline = read_byline(line, initials=True, given=True)
        if byline is not None and abbreviates_a_name(line, lines[start:index]):
            return Byline(())  # "VKHP" under the text: the association's acronym signs its page, no writer
        return byline

    def _beside_stamp(self, lines: Sequence[str], index: int) -> bool:
        """True when the nearest line above or below ``index`` is a (bulleted) stamp line."""
        for step in (-1, 1):
            near = index + step
            while 0 <= near < len(lines) and not lines[near]:
                near += step
            if 0 <= near < len(lines) and self._stamp_line(ln.unbullet(lines[near])) is not None:
                return True
        return False

    def _is_teaser(self, lines: Sequence[str], index: int, start: int, credits: Credits) -> bool:
        """True for one or two short sentences right under a headline-shaped line: a related article's summary."""
        line = lines[index]
        if not _states(line) or not _TEASER_WORDS[0] <= ln.word_count(line) <= _TEASER_WORDS[1]:
            return False
        if ln.sentence_count(line) > _TEASER_SENTENCES:
            return False
        above = self._previous(lines, index - 1, start, credits)
        return (
            above is not None
            and ln.is_headline_like(ln.unbullet(lines[above]))
            and read_byline(lines[above], initials=True) is None
        )

    def _closes_prose(self, lines: Sequence[str], index: int, start: int, credits: Credits) -> bool:
        """True when the content line above ``index`` is a paragraph closed by a full stop."""
        above = self._previous(lines, index - 1, start, credits)
        return above is not None and ln.ends_sentence(lines[above]) and ln.word_count(lines[above]) >= _PROSE_WORDS

    def _previous(self, lines: Sequence[str], index: int, start: int, credits: Credits) -> int | None:
        """The nearest line at or above ``index`` (down to ``start``) that is neither blank nor furniture."""
        while index >= start:
            if lines[index] and index not in credits.lines and not self.is_furniture(lines[index]):
                return index
            index -= 1
        return None

    def _foot_stamp(self, lines: Sequence[str], end: int, credits: Credits) -> Published | None:
        """The stamp printed under the foot byline (``Minh Anh`` then ``12/06/2024 08:15``), if any."""
        probe: int | None = end
        for _ in range(_FOOT_REACH):
            if probe is None or (probe := self._next(lines, probe, credits)) is None:
                break
            if (read := self._stamp_line(lines[probe])) is not None and read[0] is not None:
                return read[0]
            probe += 1
        return None

    @staticmethod
    def _lead(blocks: list[Block]) -> list[Block]:
        # The dateline opening the lead ("(VOV5) -", "TTH -") is a stamp, not text.
        for index, block in enumerate(blocks):
            if isinstance(block, Paragraph):
                text = strip_dateline(block.text)
                if text != block.text and text:
                    blocks[index] = Paragraph(text)
                break
        return blocks

    def _related_runs(
        self, lines: Sequence[str], start: int, walk: _Walk, banner: set[int], lineup: set[int]
    ) -> set[int]:
        """Lines inside the body that are titles of other articles: two or more headlines in a row (the
        ``banner`` lines repeating the headline aside, the ``lineup`` of the article's own people too)."""

        def headline(i: int) -> bool:
            line = lines[i]
            return (
                bool(line)
                and i not in banner
                and i not in lineup
                and i not in walk.credits.lines
                # a cell is a photo's caption, unless it holds a headline with its opening bar lost ("X |")
                and ((cell := ln.caption_cell(line)) is None or _headline_cell(line, cell))
                and not ln.is_record_line(line)  # a list of records ("label: figures") is the article's
                and not ln.opens_with_view(line)  # "Quang cảnh buổi lễ": a caption, never a headline
                and not ln.is_alt_stub(line, walk.title)  # "<headline> 1": a photo's alt text, its caption under it
                and ln.image_file(line) is None  # "DEMO ... Still026.jpg": a photo's file name, its caption under it
                and not ln.credit_line(line)  # "Ảnh: X" credits a photo ...
                and not (i + 1 < len(lines) and ln.credit_line(lines[i + 1]))  # ... the line over it describes
                # a sentence opening on a clause, cut by the scrape at the page's end, is prose
                and not (_CLAUSE_OPENING.match(line) and self._cut_prose(lines, i))
                and (
                    ln.is_headline_like(ln.unbullet(cell or line))
                    or ln.repeats(line, walk.title)
                    or ln.doubled_headline(line) is not None
                )
            )

        out: set[int] = set()
        # A bulleted list of headlines, blank lines between its items: "- <headline>".
        bulleted = [
            i for i in range(start, len(lines)) if lines[i] and ln.unbullet(lines[i]) != lines[i] and headline(i)
        ]
        for a, b in itertools.pairwise(bulleted):
            if not any(lines[i] for i in range(a + 1, b)):
                out.update((a, b))
        # A sponsored teaser: an ad network prints its label ("Tin tài trợ") under the advertised headline.
        for i in range(start + 1, len(lines)):
            if lines[i] and ln.is_sponsored_label(lines[i]):
                above = next((k for k in range(i - 1, start - 1, -1) if lines[k]), None)
                if above is not None and headline(above):
                    out.add(above)
        index = start
        while index < len(lines):
            end = index
            while end < len(lines) and headline(end):
                end += 1
            # The headline repeated as a photo's alt text, the photo's caption right under it: two lines, the
            # first the article's own headline, the second showing a visible act, are no list of other articles.
            alt_and_caption = (
                end - index == 2
                and ln.repeats(lines[index], walk.title)
                and (ln.shows_act(lines[index + 1]) or ln.is_photo_caption(lines[index + 1]))
            )
            # Photos in a row, each caption showing who does what, printed between two paragraphs of the
            # report ("Tiến sĩ X thăm hỏi và chúc Tết Tổng lãnh sự Lào" / "... Tổng lãnh sự Campuchia").
            photo_run = (
                end - index >= 2
                and all(ln.shows_someone_acting(lines[i]) for i in range(index, end))
                and _amid_prose(lines, index, end)
            )
            if end - index >= 2 and not alt_and_caption and not photo_run:
                # a line closed by a photo's credit ("... Nội Bài. (Ảnh: X)") in the run is a caption
                out.update(i for i in range(index, end) if not ln.is_photo_caption(lines[i]))
            index = max(end, index + 1)
        return out

    @staticmethod
    def _lineups(lines: Sequence[str], start: int) -> set[int]:
        """Bulleted lines that list the article's own people or records, not other articles' headlines.

        A run of bullets (blank lines allowed between) is a line-up when the sentence over it announces
        it (``... gồm:``) or when one of its items has a record's shape (``Chủ tịch: ông X``).
        """

        def bullet(line: str) -> str:
            return line[: len(line) - len(ln.unbullet(line))].strip()

        out: set[int] = set()
        index = start
        while index < len(lines):
            if not lines[index]:
                index += 1
                continue
            if ln.unbullet(lines[index]) == lines[index]:
                index = TextParser._plain_roll(lines, index, start, out)
                continue
            run = [index]
            end = index + 1
            mark = bullet(lines[index])  # a list keeps its bullet: "* record" then "- headline" are two lists
            while end < len(lines) and (not lines[end] or bullet(lines[end]) == mark):
                if lines[end]:
                    run.append(end)
                end += 1
            above = next((lines[i] for i in range(index - 1, start - 1, -1) if lines[i]), "")
            if (above and ln.opens_list(above) and ln.unbullet(above) == above) or any(
                ln.is_lineup_item(lines[i]) for i in run
            ):
                out.update(run)
            index = end
        return out | TextParser._numbered_lists(lines, start)

    @staticmethod
    def _plain_roll(lines: Sequence[str], index: int, start: int, out: set[int]) -> int:
        """Add to ``out`` a roll printed with no bullets that opens at ``index``: lines in a row right under
        a line announcing them (``Tân BCH niên khóa mới (từ trái):``), one of them at least a line-up item
        (``Tổng thư ký: Hồ Thái Phụng``). Return where to look next."""
        above = next((lines[i] for i in range(index - 1, start - 1, -1) if lines[i]), "")
        if not ln.opens_list(above):
            return index + 1
        end = index
        while end < len(lines) and lines[end] and ln.unbullet(lines[end]) == lines[end]:
            end += 1
        if end - index >= 2 and any(ln.is_lineup_item(lines[i]) for i in range(index, end)):
            out.update(range(index, end))
        return end

    @staticmethod
    def _numbered_lists(lines: Sequence[str], start: int) -> set[int]:
        """Items numbered 1, 2, 3 ... under a sentence announcing them (``... gồm có:``): a roll of officers or
        a list of gifts, the article's own text (blank lines allowed between items), never a box of links."""
        out: set[int] = set()
        above = ""
        index = start
        while index < len(lines):
            first = ln.item_number(lines[index]) if lines[index] else None
            if first is None or first[0] != 1 or not ln.opens_list(above):
                above = lines[index] or above
                index += 1
                continue
            run = [index]
            end = index + 1
            while end < len(lines):
                if lines[end]:
                    item = ln.item_number(lines[end])
                    if item is None or item[1] != first[1] or item[0] != len(run) + 1:
                        break
                    run.append(end)
                end += 1
            if len(run) >= 2:
                out.update(run)
            above = lines[run[-1]]
            index = run[-1] + 1
        return out

    def _body(self, lines: Sequence[str], start: int, walk: _Walk) -> None:
        # The headline printed again over two lines (a banner in capitals: "HỘI TRƯỜNG SƠN TỈNH THÁI NGUYÊN" /
        # "TẶNG QUÀ TẾT ...") repeats the headline as much as on one line: no text, no run of headlines.
        banner = {
            i
            for a in range(start, len(lines) - 1)
            if lines[a] and lines[a + 1] and ln.repeats(f"{lines[a]} {lines[a + 1]}", walk.title)
            for i in (a, a + 1)
        }
        lineup = self._lineups(lines, start)
        related = self._related_runs(lines, start, walk, banner, lineup)
        content = [
            i
            for i in range(start, len(lines))
            if lines[i]
            and i not in walk.credits.lines
            and not self.is_furniture(lines[i])
            and self._stamp_line(lines[i]) is None  # a date line is no paragraph a caption stands between
        ]
        position = {index: n for n, index in enumerate(content)}
        # A line-up and the sentence announcing it ("Tân BCH niên khóa mới (từ trái):") are the article's text.
        listed = lineup | {
            content[position[i] - 1]
            for i in lineup
            if position.get(i, 0) > 0
            and content[position[i] - 1] not in lineup
            and ln.opens_list(lines[content[position[i] - 1]])
        }
        # One phrase printed twice between two paragraphs is a photo's alt text and caption, not two headlines.
        for n, index in enumerate(content[:-1]):
            if (
                (lines[index] == lines[content[n + 1]] or ln.printed_twice(lines[index], lines[content[n + 1]]))
                and ln.doubled_headline(lines[index]) is None  # "<headline> <headline>" twice: two links
                and self._between_prose(lines, content, n)
            ):
                related -= {index, content[n + 1]}
        # A page that marks its photos (file names, stubs, table cells) marks all of them.
        walk.marked = any(
            ln.image_file(lines[i]) or ln.markdown_image(lines[i]) or ln.caption_cell(lines[i]) for i in content
        )
        skip: set[int] = set(self._labels_over_repeat(lines, content, walk.title))
        skip |= banner
        for index in range(start, len(lines)):
            line = lines[index]
            if not line:
                # File names with no caption under them; an alt text's caption may come after a blank, and so
                # may a file name's when the line after the blank reads as a caption ("f123.jpg" / "" / "Ảnh
                # toàn cảnh buổi làm việc", a district portal's photo).
                if any(src is not None for src in walk.pending) and not self._caption_after_blank(lines, index):
                    walk.figures("")
                if walk.alt == "":  # the headline repeated alone: an alt text only with its caption right under it
                    walk.alt = None
                walk.teaser = False
                continue
            if index in skip or index in walk.credits.lines:
                continue
            if ln.is_alt_stub(line, walk.title):  # an image's remains: its caption is next
                # (a file name with a blank under it stands for a photo printed with no caption)
                if not (ln.is_file_stem(line) and not (index + 1 < len(lines) and lines[index + 1])):
                    walk.pending.append(None)
                continue
            if self._numbers_next_photo(lines, index, walk):  # "1" over the photo's caption
                walk.pending.append(None)
                continue
            if self.is_furniture(line):
                continue
            if (stamp := self._stamp_line(line)) is not None:
                walk.published = walk.published or stamp[0]
                walk.writers.extend(stamp[1])
                continue
            if (
                is_labelled_byline(line)
                and not any(isinstance(block, Paragraph) for block in walk.blocks)
                and (byline := read_byline(line)) is not None
            ):
                walk.writers.extend(byline.authors)  # "Tác giả: X" under the top photo, over the first paragraph
                continue
            n = position[index]
            following = content[n + 1] if n + 1 < len(content) else None
            if (
                following is not None
                # (the lines are spaced already: equal keys mean lengths within a character or two;
                # the alt text may differ in case and dashes: "2023 – 2028" / "2023-2028")
                and (
                    (abs(len(lines[following]) - len(line)) <= 2 and match_key(lines[following]) == match_key(line))
                    or ln.printed_twice(line, lines[following])
                )
                # Typed apart; a verbatim repeat is the CMS printing a text twice (a teaser's headline),
                # unless it is a phrase or one short sentence standing alone between two paragraphs.
                # An alt text carries no photo credit: a credited line printed twice captions two photos.
                and (
                    lines[following] != line
                    or (
                        not ln.credit_line(line)
                        and not ln.is_photo_caption(line)
                        and (
                            (not ln.ends_sentence(line) and self._between_prose(lines, content, n))
                            # one sentence shaped as a caption under a paragraph, the article's last photo
                            # too (any other sentence printed twice is the text printed twice)
                            or (
                                ln.ends_sentence(line)
                                and ln.sentence_count(line) == 1
                                and not ln.reads_as_lead(line)
                                and _reads_as_caption(line)
                                # the top photo's too, between the headline (and its stamp) and the lead
                                and self._between_prose(lines, content, n, closing=True, opening=True)
                            )
                        )
                    )
                )
                and ln.word_count(line) <= _DOUBLE_CAPTION_WORDS
                and index not in related
                and not ln.repeats(line, walk.title)
            ):
                # A photo's alt text, then the same words as its caption.
                skip.add(following)
                walk.figures(lines[following])
                continue
            if following is not None and not any(isinstance(b, Paragraph) for b in walk.blocks):
                copy = self._lead_copy(line, lines[following])
                if copy == "second":
                    skip.add(following)
                elif copy == "first":
                    continue
            # The photo's credit printed on the line right under its caption belongs to that caption.
            credit = following if following == index + 1 and ln.credit_line(lines[following]) else None
            if index == walk.opening_caption:
                walk.blocks.append(Figure(src=None, caption=line))
                self._take_credit(lines, credit, walk, skip)
                continue
            if self._digest_writer(line, lines[following] if following is not None else None, walk):
                continue
            # Between paragraphs, or above the site's furniture (a photo closing the article).
            below = following is not None or any(lines[i] for i in range(index + 1, len(lines)))
            # The text under a photo's caption, past a box of links printed between them (the headline
            # repeated as the next photo's alt text is no link: what follows it belongs to that photo).
            under = next(
                (
                    content[k]
                    for k in range(n + 1, len(content))
                    if content[k] not in related or ln.repeats(lines[content[k]], walk.title)
                ),
                None,
            )
            self._line(
                line,
                index in related,
                walk,
                listed=index in listed,
                between=n > 0 and below,
                # the next line closes a sentence, or credits the photo this line may describe
                # (or opens with the next photo's caption, glued to the paragraph under it)
                followed=under is not None
                and (
                    ln.ends_sentence(lines[under])
                    or self._cut_prose(lines, under)
                    or ln.credit_line(lines[under])
                    or ln.glued_caption(lines[under], walk.title) is not None
                    or self._next_photo_act(lines[under])
                ),
                credited=credit is not None,
                last=not below,
            )
            if walk.blocks and isinstance(walk.blocks[-1], Figure) and walk.blocks[-1].caption == line:
                self._take_credit(lines, credit, walk, skip)  # a bare caption, or the caption of an image file
        if walk.pending:
            walk.figures("")

    @staticmethod
    def _take_credit(lines: Sequence[str], credit: int | None, walk: _Walk, skip: set[int]) -> None:
        """Join the credit line under the caption just read to that caption ("... Việt kiều. (Ảnh: X)"), on
        every photo it captions."""
        if credit is None:
            return
        caption = walk.blocks[-1].caption if isinstance(walk.blocks[-1], Figure) else None
        at = len(walk.blocks)
        while at > 0 and isinstance(figure := walk.blocks[at - 1], Figure) and figure.caption == caption:
            walk.blocks[at - 1] = Figure(src=figure.src, caption=f"{caption} {lines[credit]}")
            at -= 1
        skip.add(credit)

    @staticmethod
    def _cut_prose(lines: Sequence[str], index: int) -> bool:
        """True for the page's last line when it is prose the scrape cut mid-sentence: a paragraph's length,
        or a sentence opening on a clause (``Phát biểu tại Đại hội, Chủ tịch UBND tỉnh Nguyễn Hươ``), no line
        after it (``... giữa Bộ đội Biên phòng tỉnh Đồng Nai và Công an các tỉnh Môn Đô``)."""
        line = lines[index]
        return (
            ln.word_count(line) >= _PROSE_WORDS
            or (_CLAUSE_OPENING.match(line) is not None and ln.word_count(line) >= _CUT_CLAUSE_WORDS)
        ) and not any(lines[index + 1 :])

    @staticmethod
    def _next_photo_act(line: str) -> bool:
        """True for the next photo's caption in a run of photos: a short act with no full stop."""
        return (
            not ln.ends_sentence(line)
            and _ACT_CAPTION_WORDS[0] <= ln.word_count(line) <= _ACT_CAPTION_WORDS[1]
            and ln.shows_someone_acting(line)
        )

    @staticmethod
    def _numbers_next_photo(lines: Sequence[str], index: int, walk: _Walk) -> bool:
        """True for a photo's number alone on its line (``1``), its caption right under it, below the lead.

        A counter stands among the site's labels; a photo's number sits between paragraphs, over one
        sentence at a caption's length with no blank line between them.
        """
        if not ln.is_photo_number(lines[index]) or index + 1 >= len(lines) or not lines[index + 1]:
            return False
        below = lines[index + 1]
        return (
            any(isinstance(b, Paragraph) for b in walk.blocks)
            and ln.word_count(below) <= _CREDITED_CAPTION_WORDS
            and ln.sentence_count(below) == 1
            and not ln.is_photo_number(below)
        )

    @staticmethod
    def _lead_copy(line: str, following: str) -> str | None:
        """Which of two lines in a row is a copy of the lead: the page's summary printed over the text.

        ``"second"`` when the next line repeats the lead (its dateline aside); ``"first"`` when this line is
        the summary cut short (``... lần thứ nhất...``) over the whole lead; else ``None``.
        """
        if not ln.ends_sentence(line) and not line.endswith(("...", "…")):
            return None  # a headline or a caption, not a lead
        lead, whole = match_key(strip_dateline(line)), match_key(strip_dateline(following))
        if lead == whole:
            return "second"
        if _ASIDE.sub("", lead) == _ASIDE.sub("", whole):
            # the same sentence, one copy with a bracketed aside more ("(PHCN-GDTE)"): the fuller is the article's
            return "first" if len(lead) < len(whole) else "second"
        if not line.rstrip().endswith(("...", "…")):
            return None  # a whole sentence over a longer paragraph that opens with it: two paragraphs
        cut = lead.rstrip(".…")
        if len(cut) >= _CUT_LEAD_CHARS and whole.startswith(cut):
            return "first"
        return None

    @staticmethod
    def _labels_over_repeat(lines: Sequence[str], content: Sequence[int], title: str | None) -> Sequence[int]:
        """The short labels over the headline printed again at the body's top (a site's tab or section, as
        "Thông tin chung về Hội" between a page's title and the article's): furniture, not the article's."""
        if not title:
            return ()
        for n, index in enumerate(content[: _TAB_LABELS + 1]):
            if ln.repeats(lines[index], title):
                labels = content[:n]
                short = all(
                    ln.word_count(lines[i]) <= _TAB_LABEL_WORDS and not ln.ends_sentence(lines[i]) for i in labels
                )
                return labels if short else ()
        return ()

    @staticmethod
    def _caption_after_blank(lines: Sequence[str], index: int) -> bool:
        """True when the next line after the blanks at ``index`` can only be a photo's caption (a view of the
        scene, a photo's credit): the caption of the file named above the blank. An act with no full stop
        may be a section's heading there, the photo printed with no caption."""
        after = next((line for line in lines[index + 1 : index + _CAPTION_AFTER_BLANKS + 1] if line), None)
        return after is not None and (ln.is_scene_caption(after) or ln.is_photo_caption(after))

    @staticmethod
    def _digest_writer(line: str, following: str | None, walk: _Walk) -> bool:
        """True (and the writer noted) for a lone name closing one report of a digest, the next item bulleted."""
        if (
            following is None
            or ln.unbullet(following) == following
            or not walk.blocks
            or not isinstance(walk.blocks[-1], Paragraph)
            or not ln.ends_sentence(walk.blocks[-1].text)
            or ln.ends_sentence(line)
            or ln.unbullet(line) != line  # an item of a list, not the writer closing the text over it
            or ln.opens_list(walk.blocks[-1].text)  # "... gồm:" announces the names under it
            or (byline := read_byline(line)) is None
            or byline.outlet is not None
        ):
            return False
        walk.writers.extend(byline.authors)
        return True

    @staticmethod
    def _between_prose(
        lines: Sequence[str], content: Sequence[int], n: int, *, closing: bool = False, opening: bool = False
    ) -> bool:
        """True when the content lines before ``content[n]`` and after its repeat are paragraphs
        (or, ``closing``, nothing follows the repeat: a photo closing the article; or, ``opening``, nothing
        precedes it but the headline and its stamp: the top photo over the lead)."""
        if (n == 0 and not (opening and n + 2 < len(content))) or (
            n + 2 >= len(content) and not (closing and n + 2 == len(content))
        ):
            return False
        return all(
            ln.word_count(lines[i]) >= _PROSE_WORDS and ln.ends_sentence(lines[i])
            for i in (*content[max(n - 1, 0) : n], *content[n + 2 : n + 3])
        )

    def _line(
        self,
        line: str,
        related: bool,
        walk: _Walk,
        *,
        between: bool = False,
        followed: bool = False,
        credited: bool = False,
        last: bool = False,
        listed: bool = False,
    ) -> None:
        teaser, walk.teaser = walk.teaser, False
        if walk.alt is not None and self._captions_alt(line, walk):
            return
        if ln.repeats(line, walk.title):  # image alt text repeating the headline
            if not related and any(isinstance(b, Paragraph) for b in walk.blocks):
                walk.alt = ""  # inside the article it stands for a photo: its caption may be the next line
            return
        if walk.title and not walk.blocks and line.startswith(walk.title) and line[len(walk.title) :][:1].isupper():
            line = line[len(walk.title) :]  # the headline glued to the lead, no space between: "...riêngTrung Quốc"
        if (alt := ln.alt_caption(line, walk.title)) is not None:  # "<headline> - ảnh 1<caption>"
            if ln.has_letters(alt):
                walk.figures(alt)
            else:  # the alt text alone ("<headline> - Ảnh 1."): the photo's caption may be the next line
                walk.alt = line
            return
        if ln.numbers_photo(line):  # "<phrase> - ảnh 1" alone: the alt text standing for its photo
            walk.figures(line)
            return
        if (twice := ln.glued_twice(line)) is not None:  # a photo's alt text glued to its caption
            walk.figures(twice)
            return
        if ln.doubled_headline(line) is not None:  # a related link: its teaser may follow
            walk.teaser = True
            return
        if related:  # one of several headlines in a row: links to other articles
            return
        if (src := ln.image_file(line)) is not None:
            walk.pending.append(src)
            return
        if (stub := ln.markdown_image(line)) is not None:
            walk.pending.append(stub[0])
            walk.in_cell = line.endswith("|")
            return
        if (cell := ln.caption_cell(line)) is not None:
            walk.figures(cell)
            return
        if opens_with_dateline(line):  # the lead ("(LĐBD) - Bà ..."), never a photo's caption
            if walk.pending:
                walk.figures("")
            walk.blocks.append(Paragraph(line))
            return
        if walk.pending and walk.in_cell:
            walk.figures("")  # an image in a table cell is captioned by the cell under it ("caption |"), not by prose
        elif walk.pending:
            walk.figures(line)
            return
        if teaser:  # the summary printed right under a related headline
            return
        if listed:  # an item of a line-up, or the sentence announcing it: never a photo's caption
            walk.blocks.append(Paragraph(line))
            return
        if walk.gallery:
            if ln.word_count(line) <= _GALLERY_CAPTION_WORDS and ln.sentence_count(line) <= 1:
                walk.blocks.append(Figure(src=None, caption=line))
                return
            walk.gallery = False  # prose again: the photos are over
        if _WRITER_AND_PHOTO.match(line):
            # "Tin, ảnh: X" closing one report of a digest: its writer (an office, "Phòng CTCT", is no name),
            # never a photo's caption
            if (byline := read_byline(line)) is not None:
                walk.writers.extend(byline.authors)
            return
        if (
            ln.is_photo_caption(line)
            or ln.credit_line(line)
            or ln.shows_position(line)
            or ln.is_scene_caption(line)
            or ln.poses_for_photo(line)
        ):
            walk.blocks.append(Figure(src=None, caption=line))
            return
        if (
            between
            and credited
            and ln.word_count(line) <= _CREDITED_CAPTION_WORDS
            and (not ln.ends_sentence(line) or ln.sentence_count(line) == 1)
        ):
            walk.blocks.append(Figure(src=None, caption=line))  # the photo's credit printed on the next line
            return
        after_photo = bool(walk.blocks) and isinstance(walk.blocks[-1], Figure)
        if (
            # between paragraphs, or closing the article under another photo's caption (a run of photos)
            (between or after_photo)
            and not walk.marked
            and any(isinstance(b, Paragraph) for b in walk.blocks)  # under the lead, never the lead
            and (followed or after_photo)
            and (
                ln.is_act_caption(line)
                or ln.shows_who_attends(line)  # who is shown at the occasion, no act
                # an item of a list announced by a colon ("..., bao gồm:") may open with an act too
                or (ln.is_act_led_caption(line) and not _announces_list(walk.blocks[-1]))
                or ln.is_portrait_caption(line)
                # who a portrait shows, name then post, under prose: never an item of a list of people
                or (
                    ln.is_named_portrait_caption(_with_stop(line))
                    and isinstance(walk.blocks[-1], Paragraph)
                    and not _announces_list(walk.blocks[-1])
                    and ln.word_count(walk.blocks[-1].text) >= _PROSE_WORDS
                )
            )
        ):
            # one short sentence showing a visible act, or who a portrait shows
            walk.blocks.append(Figure(src=None, caption=line))
            return
        if between and (italic := ln.italic_line(line)) is not None and ln.word_count(italic) <= _ITALIC_CAPTION_WORDS:
            walk.blocks.append(Figure(src=None, caption=italic))  # a figcaption rendered in italics
            return
        if (
            between
            and (inner := ln.bracketed_line(line)) is not None
            and ln.word_count(inner) <= _CREDITED_CAPTION_WORDS
            and (ln.opens_with_view(inner) or _reads_as_caption(inner))
        ):
            # A portal's figcaption printed in brackets: "(Quang cảnh Hội nghị sơ kết 6 tháng đầu năm 2022 ...)".
            walk.blocks.append(Figure(src=None, caption=line))
            return
        if (
            between
            and not walk.marked
            and not ln.ends_sentence(line)
            and not ln.is_record_line(line)
            # the sapo under the headline and its stamp, full stop lost: the lead, not a caption
            and (any(isinstance(b, Paragraph) for b in walk.blocks) or not ln.reads_as_lead(line))
            and (
                _BARE_CAPTION_WORDS <= ln.word_count(line) <= _BARE_CAPTION_MAX_WORDS
                or (
                    # prose goes on under the photo (a last short line may be a heading), or photos follow one another
                    (followed or (bool(walk.blocks) and isinstance(walk.blocks[-1], Figure)))
                    and _ACT_CAPTION_WORDS[0] <= ln.word_count(line) <= _ACT_CAPTION_WORDS[1]
                    and line[:1].isupper()  # not the rest of a line broken in two
                    and (
                        ln.shows_someone_acting(line)
                        # the next photo of a run may open with a bare act ("Tặng bà con ... công cụ sản xuất")
                        or (bool(walk.blocks) and isinstance(walk.blocks[-1], Figure) and ln.opens_with_act(line))
                    )
                )
                # the next photo of a run names only who it shows ("Các đại biểu tỉnh Kandal")
                or (
                    bool(walk.blocks)
                    and isinstance(walk.blocks[-1], Figure)
                    and ln.word_count(line) <= _GROUP_CAPTION_WORDS
                    and ln.opens_with_agent(line)
                )
            )
        ):
            # A long line with no full stop between paragraphs describes the photo it stood under; so
            # does a shorter one naming what the photo shows being done (a heading names an aim instead).
            walk.blocks.append(Figure(src=None, caption=line))
            return
        if (
            last
            and not walk.marked
            and bool(walk.blocks)
            and isinstance(walk.blocks[-1], Paragraph)
            and ln.ends_sentence(walk.blocks[-1].text)
            and ln.is_act_caption(line)
        ):
            # The page's last line under prose, one sentence showing who does a visible act, closed by its
            # full stop (so no sentence cut by the scrape): the caption of the photo the page was cut under.
            walk.blocks.append(Figure(src=None, caption=line))
            return
        if any(isinstance(b, Paragraph) for b in walk.blocks) and (glued := ln.glued_caption(line, walk.title)):
            walk.blocks.append(Figure(src=None, caption=glued[0]))  # a caption glued to the paragraph under it
            line = glued[1]
        walk.blocks.append(Paragraph(line))
        walk.gallery = ln.opens_gallery(line)

    @staticmethod
    def _captions_alt(line: str, walk: _Walk) -> bool:
        """True when ``line`` is the caption printed under a photo's alt text (``<headline> - Ảnh 1.``).

        A caption is short, one sentence at most; prose under the alt text means the photo has no caption
        of its own, and the alt text stands for it.
        """
        alt, walk.alt = walk.alt, None
        if (
            ln.word_count(line) <= _CREDITED_CAPTION_WORDS
            and (ln.sentence_count(line) <= 1 or ln.is_photo_caption(line))  # "... múa lân. Ảnh: VIỆT HÀ"
            and ln.doubled_headline(line) is None  # a related link printed twice, not a caption
        ):
            walk.figures(line)
            return True
        walk.figures(alt or "")
        return False

    @staticmethod
    def _trim(blocks: list[Block]) -> list[Block]:
        # Section labels ("Truyền hình", "Video") left at the foot of the page.
        while (
            blocks
            and isinstance(blocks[-1], Paragraph)
            and ln.word_count(blocks[-1].text) <= _LABEL_MAX_WORDS
            and not ln.ends_sentence(blocks[-1].text)
        ):
            blocks.pop()
        return blocks[: _related_tail(blocks)]


@functools.cache
def _attendees() -> re.Pattern[str]:
    """The delegates attending an occasion, as a photo's caption opens (``caption_attendees.txt``)."""
    words = read_list("caption_attendees.txt")
    who = trie_regex([w[1:] for w in words if w.startswith("^")])
    verbs = trie_regex([w for w in words if not w.startswith("^")])
    occasions = trie_regex(read_list("caption_occasions.txt"))
    return re.compile(rf"^(?:{who})(?:\s+\S+){{0,3}}?\s+(?:{verbs})\s+(?:{occasions})(?!\w)")


def _shows_attendees(line: str) -> bool:
    """True for a caption showing the delegates at the occasion: ``Các đại biểu dự Đại hội Hội Hữu nghị Việt –
    Trung lần II, nhiệm kỳ 2023 – 2028``, ``Đại biểu tham gia chứng kiến Lễ ký kết``: one sentence at most."""
    key = match_key(line)
    # "Đại biểu Quốc hội", "đại biểu HĐND": a title, who may head a report's headline ("Đại biểu Quốc hội dự ...")
    return ln.sentence_count(line) == 1 and _attendees().match(key) is not None and _ELECTED.match(key) is None


_ELECTED = re.compile(r"^(?:các\s+)?đại biểu\s+(?:quốc hội|hđnd|hội đồng)")


def _with_stop(line: str) -> str:
    """``line`` closed by a full stop when it ends on a word: a portrait's caption is often printed bare
    (``Ông Hà Vĩ - Đại sứ Trung Quốc tại Việt Nam``), and without its stop reads the same."""
    return f"{line}." if line[-1:].isalnum() else line


def _reads_as_caption(line: str) -> bool:
    """True for a sentence shaped as a photo's caption: someone at a visible act, a scene, where people
    stand, a portrait; none of a report's marks of the story's time (``đã``)."""
    return not ln.places_in_story_time(line) and (
        ln.is_act_caption(line)
        or ln.is_scene_caption(line)
        or ln.shows_position(line)
        or ln.is_portrait_caption(line)
        or ln.shows_someone_acting(line)
    )


def _headline_cell(line: str, cell: str) -> bool:
    """True for a table cell of links scraped as ``Headline |``: no opening bar, a headline's shape (no
    final stop, no photo credit). Two in a row are other articles' headlines, not photo captions."""
    return not line.startswith("|") and ln.is_headline_like(cell) and not ln.is_photo_caption(cell)


def _in_vietnamese(lines: Sequence[str]) -> bool:
    """True when most lines of prose on the page are written in Vietnamese (they carry its letters: ``ă``,
    ``đ``, ``ơ``, a tone mark)."""
    prose = [line for line in lines if ln.word_count(line) >= _PROSE_WORDS]
    return bool(prose) and 2 * sum(bool(_VIETNAMESE_LETTER.search(line)) for line in prose) > len(prose)


def _amid_prose(lines: Sequence[str], start: int, end: int) -> bool:
    """True when the lines next to ``lines[start:end]`` (blank lines aside) are paragraphs of prose (the one
    under may be cut by the scrape: a long line with no final stop)."""
    above = next((lines[i] for i in range(start - 1, -1, -1) if lines[i]), None)
    below = next((lines[i] for i in range(end, len(lines)) if lines[i]), None)
    return (
        above is not None
        and below is not None
        and ln.ends_sentence(above)
        and ln.word_count(above) >= _PROSE_WORDS
        and (
            (ln.ends_sentence(below) and ln.word_count(below) >= _PROSE_WORDS)
            or ln.word_count(below) >= _RESUMED_PROSE_WORDS
        )
    )


def _announces_list(block: Block) -> bool:
    """True for a paragraph closed by a colon: the items of a list follow it."""
    return isinstance(block, Paragraph) and block.text.rstrip().endswith(":")


def _numbered_under_opener(above: Block | None, block: Block) -> bool:
    """True when ``block`` is item 1 of a numbered list, or a bullet, and the paragraph ``above`` announces a
    list (a bullet under a sentence of the report: "... cơ hội để các em học sinh:" / "- Mở rộng hiểu biết ...")."""
    if not (isinstance(above, Paragraph) and isinstance(block, Paragraph) and ln.opens_list(above.text)):
        return False
    if (item := ln.item_number(block.text)) is not None:
        return item[0] == 1
    return ln.unbullet(block.text) != block.text and ln.word_count(above.text) >= _PROSE_WORDS


def _states(line: str) -> bool:
    """True for a line closed as a statement is (a full stop or an ellipsis): a summary; a headline may ask."""
    return line.rstrip(ln.CLOSERS + " ").endswith((".", "…"))


def _headline_text(block: Block | None) -> str | None:
    """The words of a block that could head a related item: a paragraph, or a bare caption (an act)."""
    if isinstance(block, Paragraph):
        return block.text
    if isinstance(block, Figure) and block.src is None:
        return block.caption
    return None


def _is_teaser_pair(blocks: Sequence[Block], at: int) -> bool:
    """True when ``blocks[at]`` is one or two short sentences under a headline-shaped line: a related item."""
    block, above = blocks[at], _headline_text(blocks[at - 1]) if at > 0 else None
    return (
        isinstance(block, Paragraph)
        and above is not None
        and _states(block.text)
        and _TEASER_WORDS[0] <= ln.word_count(block.text) <= _TEASER_WORDS[1]
        and ln.sentence_count(block.text) <= _TEASER_SENTENCES
        and ln.is_headline_like(ln.unbullet(above), _TAIL_HEADLINE_WORDS)
    )


def _related_tail(blocks: Sequence[Block]) -> int:
    """Where the list of other articles printed after the last paragraph starts (``len(blocks)`` if none).

    The article ends on a paragraph closed by a full stop (or a photo); what follows it with no
    byline between is the site's: headline-shaped lines with no final stop ("- " bullets too),
    or headlines each over a short summary, three such items at least (one or two headings over
    one paragraph each may be the article's last sections). A headline naming an act reads as a photo's
    caption: the list never opens on such an item (the article's last photo over its last paragraph).
    """
    at = len(blocks)
    items: list[tuple[int, bool]] = []  # (where the item starts, whether it is a headline over a summary)
    while at > 0:
        block = blocks[at - 1]
        if _is_teaser_pair(blocks, at - 1):
            at -= 2
            items.append((at, True))
        elif (
            isinstance(block, Paragraph)
            # a headline may ask ("...: Chứng khoán tuần tới ra sao?")
            and ln.is_headline_like(ln.unbullet(block.text).rstrip("?"), _TAIL_HEADLINE_WORDS)
            and not ln.is_record_line(block.text)
        ):
            at -= 1
            items.append((at, False))
        else:
            break
    while items and isinstance(blocks[items[-1][0]], Figure):
        items.pop()
    if not items:
        return len(blocks)
    at, teased = items[-1][0], sum(pair for _, pair in items)
    # One line with no stop may be the last paragraph cut short by the scrape; a bullet is a link.
    bulleted = isinstance(blocks[at], Paragraph) and ln.unbullet(blocks[at].text) != blocks[at].text
    if len(items) < _FOOT_TEASED_ITEMS and (teased or not bulleted):
        return len(blocks)
    if 0 < teased < _TAIL_TEASED_ITEMS:  # two sections of one paragraph each may close the article
        return len(blocks)
    closing = blocks[at - 1] if at > 0 else None
    if _numbered_under_opener(closing, blocks[at]):  # "... gồm có:" then "1) Chủ tịch: Bà A": the article's list
        return len(blocks)
    if isinstance(closing, Figure) or (
        isinstance(closing, Paragraph)
        and ln.ends_sentence(closing.text)
        and ln.word_count(closing.text) >= _PROSE_WORDS
    ):
        return at
    return len(blocks)
