"""What one line of a scraped text page is: article, figure, or site furniture.

A news page scraped as text keeps its site's furniture: breadcrumbs, share
icons, print links, "related news" lists, the titles of other articles linked
inside the body (often printed twice on one line, the link text then the image
alt text), image file names before their captions. These functions recognise
each kind of line by how Vietnamese news sites build their pages, so that any
text parser can sort a page's lines; :mod:`dnnd.parsers.text` puts them
together.

Every predicate takes one line already cleaned with
:func:`dnnd.text.normalize.clean_space`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from dnnd.gazetteer import places, read_list, surnames, trie_regex
from dnnd.text.normalize import ascii_key, match_key

__all__ = [
    "CLOSERS",
    "RELATED_MARKERS",
    "STRAY_LINES",
    "alt_caption",
    "ascii_alt_split",
    "bracketed_line",
    "caption_cell",
    "credit_line",
    "doubled_headline",
    "ends_sentence",
    "ends_with_counter",
    "glued_caption",
    "glued_twice",
    "has_letters",
    "image_file",
    "is_act_caption",
    "is_alt_stub",
    "is_ascii_caps",
    "is_breadcrumb",
    "is_comment_form",
    "is_counter",
    "is_crumbs",
    "is_file_stem",
    "is_hashtags",
    "is_headline_like",
    "is_label_line",
    "is_language_switch",
    "is_lineup_item",
    "is_link_line",
    "is_photo_caption",
    "is_photo_number",
    "is_record_line",
    "is_related_marker",
    "is_scene_caption",
    "is_share_tokens",
    "is_slug_line",
    "is_sponsored_label",
    "is_stray",
    "is_template",
    "is_title_case",
    "is_toolbar",
    "is_url",
    "italic_line",
    "item_number",
    "joined_headlines",
    "markdown_image",
    "names_topic_of",
    "numbers_photo",
    "opens_comments",
    "opens_gallery",
    "opens_list",
    "opens_with_agent",
    "opens_with_view",
    "places_in_story_time",
    "poses_for_photo",
    "reads_as_lead",
    "refers_back",
    "repeats",
    "sentence_count",
    "shows_act",
    "shows_position",
    "shows_someone_acting",
    "shows_who_attends",
    "states_figures",
    "tags_media",
    "unbullet",
    "word_count",
]

#: Headers of the lists of other articles that follow (or sit beside) the article.
#: Compared case-insensitively, with or without a final colon.
RELATED_MARKERS: frozenset[str] = frozenset(
    {
        "tin liên quan",
        "tin bài liên quan",
        "bài liên quan",
        "bài viết liên quan",
        "các tin bài khác",
        "các tin khác",
        "các bài khác",
        "tin khác",
        "đọc nhiều",
        "đọc nhiều nhất",
        "xem nhiều",
        "xem nhiều nhất",
        "tin đọc nhiều",
        "có thể bạn quan tâm",
        "bạn có thể quan tâm",
        "bài viết được quan tâm",
        "tin được quan tâm",
        "được quan tâm nhiều",
        "tin cùng chuyên mục",
        "cùng chuyên mục",
        "tin mới",
        "tin mới nhất",
        "tin nổi bật",
        "xem thêm",
        "đọc thêm",
        "multimedia",
        # an archive widget under the article: the outlet's earlier news, by date
        "tin đã đưa",
        "các tin đã đưa",
        "tin đã đăng",
        "xem theo ngày",
        # the related-post box of WordPress themes, its English label left untranslated (TieLabs' Jannah and
        # Sahifa: "Check Also"; Jetpack and most themes: "You may also like")
        "check also",
        "you may also like",
    }
)

#: Whole lines that are the site's own buttons, labels and messages.
STRAY_LINES: frozenset[str] = frozenset(
    {
        "aa",
        "a a",
        "a+ a-",
        "in bài viết",
        "in bài",
        "in trang",
        "bản in",
        "chia sẻ",
        "chia sẻ bài viết",
        "gửi bài viết",
        "bình luận",
        "lưu",
        "xin chờ trong giây lát...",
        "xin chờ trong giây lát",
        "đang tải...",
        "phiên bản di động",
        "về đầu trang",
        "lên đầu trang",
        "quay lại",
        "trở về",
        "theo dõi",
        "nghe bài viết",
        "nghe đọc bài",
        "tags",
        "từ khóa",
        "từ khoá",
        "in ra",
        "đóng cửa sổ này",
        "đóng cửa sổ",
        "đăng nhập",
        "đăng ký",
        "gửi",
        "trả lời",
        "thích",
        "tweet",
        "like",
        "share",
        "copy link",
        "sao chép liên kết",
        "quay lại trang trước",
        "trở về trang trước",
        "về trang trước",
        "tiếp tục đọc",
        "xem tiếp",
        "xem toàn bộ",
        "tải thêm",
        "xem thêm",
        # reader tools, player and advertising labels
        "đánh giá bài viết",
        "gửi góp ý",
        "góp ý",
        "báo lỗi",
        "báo lỗi bài viết",
        "xem bình luận",
        "hủy",
        "huỷ",
        "họ và tên",
        "họ tên",
        "cỡ chữ",
        "nghe audio",
        "đọc bài",
        "loading...",
        "loading",
        "quảng cáo",
        "advertisement",
        "video đang được xử lý",
        # back-to-top links, search boxes, a CMS's user menu, an aggregator's link to the original
        "top",
        "back to top",
        "lên trên",
        "search",
        "tìm kiếm",
        "personal tools",
        "gốc",
        "xem bài gốc",
        # app, feed and social links, the paper's own tabs and the footer's links
        "gửi email",
        "tải ứng dụng",
        "đăng ký nhận tin",
        "tải về",
        "sitemap",
        "rss",
        "zalo",
        "facebook",
        "twitter",
        "chia sẻ facebook",
        "nhấn vào đây để xem",
        "thông tin tòa soạn",
        "thông tin toà soạn",
        "trở lại",
        "về trang chủ",
        "đầu trang",
        "thu gọn",
        "đọc báo in",
        "mới nhất",
        "tin ảnh",
        "tiêu điểm",
        "nhiều người đọc",
        "liên hệ",
        "podcast",
        "emagazine",
        "infographic",
    }
)

# Icons of share buttons, scraped as their short labels ("fb yt zl tw").
_SHARE_TOKENS = frozenset(
    {
        "fb",
        "yt",
        "zl",
        "tw",
        "x",
        "in",
        "li",
        "ig",
        "tt",
        "zalo",
        "facebook",
        "twitter",
        "youtube",
        "email",
        "print",
        "share",
        "tweet",
        "pinterest",
        "telegram",
        "messenger",
        "linkedin",
        "tiktok",
    }
)
# A file name may keep the spaces of the photo's description ("Bí thư ... ký kết biên bản.jpg"):
# no sentence ends in an image extension.
_IMAGE_FILE = re.compile(r"^[\w.%()+\-][\w.,%()+\- –]{0,240}(?<=\w)\.(?:jpe?g|png|gif|webp|bmp|tiff?|avif)$", re.I)
_MARKDOWN_IMAGE = re.compile(r"^!\[(?P<alt>[^\]]*)\]\((?P<src>[^)\s]*)[^)]*\)\s*\|?$")
_CAPTION_CELL = re.compile(r"^\|\s*(?P<text>.*?)\s*\|?$")
_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
# "[Video] ...", "[Infographic] ...", "[Ảnh] ...", "[Podcast] ...": teasers of the site's media.
_MEDIA_TEASER = re.compile(r"^\[(?:video|clip|infographics?|ảnh|photo|podcast|emagazine|e-magazine|longform)\]", re.I)
# A photo credit that closes a caption: "(Ảnh: Cổng TTĐT tỉnh Lai Châu)." or "Ảnh: Minh Anh".
# The credit may be a web address ("Ảnh: vov.vn"): dots inside a word are allowed, a sentence's are not.
_CREDIT_TEXT = r"(?:[^.()]|\.(?=\w)){2,60}"
# "Ảnh do X cung cấp" ("photo supplied by X"): the credit of a photo the outlet did not take.
_SUPPLIED = r"ảnh do\s+" + _CREDIT_TEXT + r"\s+cung cấp"
# A stock photo or a screenshot, credited with no name.
_UNNAMED = r"ảnh minh họa|ảnh minh hoạ|ảnh tư liệu|ảnh chụp màn hình"
_PHOTO_CREDIT = re.compile(
    r"(?:\((?:ảnh|nguồn ảnh|ảnh minh họa|ảnh minh hoạ|photo)\s*:[^()]*\)|\((?:" + _UNNAMED + r"|" + _SUPPLIED + r")\)"
    r"|[\s.](?:ảnh|ảnh minh họa|ảnh minh hoạ|nguồn ảnh|ảnh tư liệu)\s*:\s*"
    + _CREDIT_TEXT
    + r"|[\s.-](?:"
    + _UNNAMED
    + r"|"
    + _SUPPLIED
    + r"))\s*\.?$",
    re.I,
)
# "Trong ảnh: X", "Ảnh trên: X", "Từ trái sang phải: X": a caption says who or what its photo shows, alone
# or after a sentence on the scene ("... năm 1989. Trong ảnh: Thu hoạch lúa ..."); report prose never does.
_IN_PHOTO = re.compile(
    r"(?:^|[.!?…]\s+)\(?(?:(?i:trong ảnh|ảnh trên|ảnh dưới|ảnh bên)\s*:\s*[\"“(]?[A-ZĐÀ-Ỹ]"
    r"|(?i:từ trái (?:sang|qua) phải)\s*:\s*\w)"
)
# ... a line this long at most (a longer one is prose that happens to hold the words).
_IN_PHOTO_MAX_WORDS = 80
# "Từ khóa: a, b", "Thể loại: X", "Tác giả:": the labelled metadata a CMS prints under an article.
_LABEL_LINE = re.compile(
    r"^(?:từ khóa|từ khoá|tags?|thẻ|nhãn|thể loại|chuyên mục|chủ đề|danh mục|tác giả|nguồn tin|lượt xem|"
    r"bình luận|đánh giá|đường dẫn|link bài viết|chia sẻ|hotline|đường dây nóng|email|e-mail|điện thoại|đt|fax|"
    r"website|địa chỉ|giấy phép|bản quyền|ghi rõ nguồn|liên hệ quảng cáo)\s*:",
    re.I,
)
_TOPIC_LINE = re.compile(r"^(?i:chủ đề|dòng sự kiện)\s+[A-ZĐÀ-Ỹ]")
_TOPIC_MAX_WORDS = 8
# A photo credit alone on its line: "Ảnh: Tuấn Việt", "(Ảnh: TTXVN)", "Nguồn ảnh: baochinhphu.vn".
_CREDIT_LINE = re.compile(
    r"^\(?\s*(?:ảnh|nguồn ảnh|ảnh minh họa|ảnh minh hoạ|photo)\s*:\s*" + _CREDIT_TEXT + r"\)?\.?$"
    # "Ảnh minh họa", "(Ảnh tư liệu)", "Ảnh do nhân vật cung cấp": a photo's credit alone under it.
    r"|^\(?\s*(?:" + _UNNAMED + r"|" + _SUPPLIED + r")\s*\)?\.?$",
    re.I,
)
# A caption telling a visible act: this many words (who is shown may take a string of posts: "Đồng chí X,
# Ủy viên ..., Chủ nhiệm ..., Chủ tịch ... cùng các đại biểu trao quà cho ..."), and none of a report's marks
# (a second sentence, a figure, a colon, a quotation).
_ACT_WORDS = (5, 45)
# (a stop after a capital closes an abbreviation, "TP. Đà Nẵng", not a sentence: as in ``_INNER_STOP``)
_ACT_NOT = re.compile(r"(?<![A-ZĐ])[.!?]\s|;\s|\d|:|[\"“”]")
# A short capitalised phrase in quotes names a programme or a campaign ("Xuân biên phòng ấm lòng dân
# bản"); words quoted into the sentence without a capital are what someone said.
_QUOTED_NAME = re.compile(r"[\"“][A-ZĐÀ-Ỹ][^\"“”.!?:;]{0,60}[\"”]")
# "2 bên", "02 đơn vị": a digit standing for "hai", "ba" before what it counts names who is shown, not a
# report's figure (a date, an amount: "5/10", "120 suất quà" keep their marks).
_SMALL_COUNT = re.compile(
    r"(?<![\d/.,:-])(?<!ngày )(?<!tháng )(?<!năm )(?<!lần )(?<!thứ )(?<!số )0?[2-4]"
    r"(?=\s+[^\W\d])(?!\s+(?:tháng|năm|ngày|giờ|lần)\b)",
    re.I,
)
# An event's ordinal or term names the event a photo shows ("Hội thảo Việt Nam học lần thứ 7", "Đại hội
# ... nhiệm kỳ 2023 - 2028", "khóa 15"): part of a name, not a report's figure.
_EVENT_NUMBER = re.compile(
    r"(?<!\w)(?:lần thứ|kỳ họp thứ|khóa|khoá)\s+\d{1,3}(?![\d/.,:-]\d)"
    r"|(?<!\w)(?:nhiệm kỳ|giai đoạn)\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d(?!\d)",
    re.I,
)
# A news agency's caption closes on the day its photo was taken ("... tại Hội nghị An ninh Munich hôm
# 19/2/2022", "... tại buổi ra mắt ngày 15-1"); a report opens on its day ("Ngày 15-1, ...") or says a span
# ("từ ngày", "đến hết ngày", "vào ngày"). The closing day is the photo's, not a report's figure.
_PHOTO_DAY = re.compile(
    r"(?<!từ)(?<!đến)(?<!hết)(?<!vào)(?:,\s*|\s)(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày|hôm)\s+"
    r"[0-3]?\d[-/.][01]?\d(?:[-/.](?:19|20)\d\d)?$",
    re.I,
)
# The site's footer: who publishes it, under which licence, and how to follow it; an update time alone.
_FOOTER = re.compile(
    r"(?i)^(?:(?:cơ quan chủ quản|tổng biên tập|phó tổng biên tập|chịu trách nhiệm(?: nội dung| xuất bản)?)\s*:|"
    r"giấy phép(?: số| hoạt động| thiết lập)|ghi rõ nguồn|theo dõi chúng tôi|"
    r"cập nhật(?: lúc)?:?\s*\d{1,2}[:h]\d{2}$)"
)
# A copyright notice under the article: "(*) Không sao chép dưới mọi hình thức ...", "© 2024 ...".
_COPYRIGHT = re.compile(r"(?i)(?:không|cấm|nghiêm cấm)\s+(?:được\s+)?sao chép|^[©®]|^copyright\b|bản quyền thuộc")
# A whole line in markdown italics: how a text scrape renders a figcaption.
_ITALIC = re.compile(r"^(?P<mark>[_*])(?P<text>[^_*]{8,})(?P=mark)$")
# The CMS alt text "<headline> - ảnh 1" glued before a photo's caption.
_ALT_NUMBER = re.compile(r"\s(?:[-–]\s*)?ảnh\s*\d+\s*", re.I)
# Where someone stands in a photo: "(thứ 4 từ phải sang)", "(bìa trái)", "(ngồi giữa)": only captions say it.
_PHOTO_POSITION = re.compile(
    r"\((?:[^()]*?\s)?(?:thứ\s+\w+\s+từ\s+(?:trái|phải)(?:\s+sang)?|(?:bìa|đứng|ngồi|hàng)\s+(?:trái|phải|giữa|đầu|sau|trước)"
    r"|giữa|trái|phải|từ trái sang|từ phải sang)(?:\s[^()]*)?\)",
    re.I,
)
# Breadcrumb and menu separators: "Thời sự > Chính trị", "Trang chủ » Tin tức", "Kinh tế / Đầu tư".
_CRUMB_SEPARATOR = re.compile(r"\s(?:>>?|»|›|/|\|)\s")
# Template code and CMS directives left in a scrape: "{{ title }}", "<%@ page %>", "@section", "function(".
_TEMPLATE = re.compile(
    r"\{\{|\}\}|\{%|%\}|<%|%>|<!--|-->|^@\w+|°[CF]\b|\bfunction\s*\(|\bvar\s+\w+\s*=|\$\(|document\.|window\."
    # A template's placeholder left unfilled, alone on its line: "{title}", "[links()]", "${body}".
    r"|^\$?\{\s*[\w.]+\s*\}$|^\[\s*[\w.]+\(\)\s*\]$"
    # A developer's trace printed by the template into the page: "Debug: ADS tracking link http://...".
    r"|^(?i:debug)\s*:"
)
# The end of an HTML tag cut in two: ``... alt="*">``, ``class="img" />`` (no sentence closes a tag).
_CUT_TAG = re.compile(r"\b[a-z][a-z-]*=\"[^\"]*\"\s*/?>")
# Links to other articles in their scraped shapes: "Xem thêm: <headline>", ">> <headline>", a URL slug
# glued before a headline, a markdown image stub followed by a teaser's headline.
# A related headline printed as a quote (``> Trường học chật chội, đất công bỏ hoang``), or closed by the
# site's button glued on in capitals (``... con traiĐỌC NGAY``): links to other articles.
_QUOTED_LINK = re.compile(r"^>\s+(?=[A-ZĐÀ-Ỹ\"“])")
_READ_NOW = ("ĐỌC NGAY", "XEM NGAY", "ĐỌC TIẾP", "XEM TIẾP", "ĐỌC THÊM", "XEM THÊM")
_SEE_ALSO = re.compile(r"^(?:xem thêm|đọc thêm|tin liên quan|bài liên quan|xem tiếp|mời xem|>>|»)\s*[:>»]?\s*\S", re.I)
# A slug has letters: "12-06-2024 18:48" is a stamp.
_SLUG_HEADLINE = re.compile(r"^(?=[a-z0-9\-]*[a-z])[a-z0-9]+(?:-[a-z0-9]+){2,}(?:\.html?|\.htm|\.aspx?)?\s+\S")
# A markdown link alone on its line, "[headline](https://...)": a link to another article (a link in
# the text stands inside a sentence).
_LINK_ALONE = re.compile(r"\[[^\[\]]{2,200}\]\((?:https?://|/)[^()\s]*\)")
_STUB_TEASER = re.compile(r"^!\[[^\]]*\]\([^)]*\)\s*[^\s|].*$")
_BULLETS = frozenset("-–•·*")
# Font-size buttons: "A+ A A-", "A- A+", "aA".
_FONT_SIZE = re.compile(r"(?:a[+-]?\s*){2,3}", re.I)
# The font-size buttons printed after the widget's label, glued or not: "Xem với cỡ chữAA", "Cỡ chữ: A- A A+".
_FONT_TAIL = re.compile(r"\s*:?\s*(?:a[+-]?\s*){2,3}$", re.I)
_COUNTER = re.compile(r"[\d.,:\s]{1,12}")
# A day written day.month.year ("01.01.2000") is a stamp, not a counter.
_DOTTED_DAY = re.compile(r"(?<!\d)[0-3]?\d\.[01]?\d\.(?:19|20)\d\d(?!\d)")
# A counter with its label: "0 bình luận", "Bình luận (0)", "(Lượt xem: 123)", "Số lượt đọc: 12".
_COUNT_WORDS = (
    r"(?:(?:số|tổng số)\s+)?(?:lượt\s+(?:xem|đọc|nghe|thích|chia sẻ)|bình luận|ý kiến|thích|views?|comments?|likes?)"
)
_LABELLED_COUNTER = re.compile(
    r"^\(?\s*(?:\d[\d.,]*\s+" + _COUNT_WORDS + r"|" + _COUNT_WORDS + r"\s*[:(]?\s*\d[\d.,]*\s*\)?)\s*\)?$", re.I
)
# A row of a portal's visitor statistics ("Thống kê truy cập"): a period or a kind of visitor, a colon, a number
# alone ("Hôm nay: 1.234", "Tháng này: 45.678", "Trực tuyến: 12"); a sentence never stops at the number. Labels a
# table in an article could use ("Tổng cộng:", "Thành viên:") are left out.
_VISITS_COUNTER = re.compile(
    r"^[-•*]?\s*(?:hôm nay|hôm qua|tuần này|tuần trước|tháng này|tháng trước|tháng hiện tại|năm nay|năm trước"
    r"|trực tuyến|online|đang xem|máy chủ tìm kiếm)\s*:\s*\d[\d.,]*$",
    re.I,
)
# A footer's contact line: a street address (house number, then the street's name; an initial's dot inside,
# "3417 W. Little York Road") closed by the phone number and the other labelled contacts after it, if any ("Số 2
# Hoàng Liên, phường Cốc Lếu, TP Lào Cai - ĐT: 0214.3840120", "...; Tel: (713) 681-5144; E-mail: x@y.com"); a
# sentence asking readers to call runs on in words.
_CONTACT_LABEL = r"(?i:đt|điện thoại|tel|fax|hotline|e-?mail|website|web)\.?\s*:\s*"
_CONTACT_LINE = re.compile(
    r"^(?i:số\s+)?\d+[\w/]*,?\s+(?i:đường\s+|phố\s+|ngõ\s+)?[A-ZĐÀ-Ỹ](?:[^.!?:]|(?<=\b[A-Z])\.){3,120}[\s,;–-]"
    r"(?i:đt|điện thoại|tel|fax|hotline)\.?\s*:\s*[(+\d][\d\s.()+-]{6,}"
    r"(?:[;,|–-]\s*" + _CONTACT_LABEL + r"[\w(+][\w.@()+/-]*(?:\s[\d()+.-]+)*\s*)*$"
)
# A toolbar line closed by its view counter: "Người đăng: X Ngày đăng: 15:14 | 24/01 Lượt xem: 311".
_TRAILING_COUNTER = re.compile(r"(?:^|[\s|•·])" + _COUNT_WORDS + r"\s*:\s*\d[\d.,]*\s*$", re.I)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# "Tuổi Trẻ Online Newsletters": the title of a newsletter's sign-up box (a site's name, then the word).
_NEWSLETTER = re.compile(r"^[^.!?:]{0,60}\b(?i:newsletters?|e-?newsletters?)$")
# "Theo dõi Báo X trên Google News": a follow button.
_FOLLOW = re.compile(r"^theo dõi [^,.;]{0,60}\btrên (?:google news|facebook|zalo|youtube|tiktok)\s*[.!]?$", re.I)
_ASCII_CAPS = re.compile(r"[A-Z0-9 ,.:;!?'\"()%&/-]+")
_ASCII_CAPS_MIN_WORDS = 5
# A caption naming its scene is short; a report's sentence saying as much is longer.
_SCENE_MAX_WORDS = 20
# A field of a record printed as a list line: "Số hộ/khẩu: 207/886", "Dân tộc: Thái" (a short label, a value).
_RECORD_FIELD = re.compile(
    r"(?:^|[,;–—]\s*|\s-\s*|\s-(?=\w))(?P<label>[^\W\d_][^:,;–—]{0,40}?)\s*:\s*(?P<value>(?:(?!\s-)[^:,;–—])+)"
)
# A value that is all figures: a count, a ratio, a date ("207/886", "30/11/2014", "1.200").
_FIGURES_VALUE = re.compile(r"^[\d][\d/.,\-]*$")
_RECORD_LABEL_WORDS = 5
# The longest line the site's labels, link lines and breadcrumbs take; a longer line is text.
_STRAY_MAX_CHARS = 240
_FINAL = ".!?…:;"
#: Closing quotes and brackets that may follow a sentence's final punctuation.
CLOSERS = "\"'”’»)]"
_BREADCRUMB_HOME = ("trang chủ", "trang nhất", "home")


# A line addressed to the reader, not news: "Mời quý độc giả theo dõi ...", "Mời bạn đọc đón xem ...".
_CALL_TO_READER = re.compile(
    r"^mời\s+(?:quý\s+)?(?:độc giả|bạn đọc|khán giả|thính giả|quý vị)\s+(?:cùng\s+)?"
    # "Mời bạn đọc vào chuyên mục Xã hội xem các tin, bài liên quan": where to go, then what to do there
    r"(?:(?:vào|truy cập)\s+(?:chuyên mục|mục|trang|website)\s[^.,;]{1,40}?\s)?"
    r"(?:theo dõi|xem|đón xem|đón đọc|đọc|nghe|tham gia|gửi)\b",
    re.I,
)
# A portal's greeting in its header: "Chào mừng bạn đã đến với <site>" (a headline never addresses the reader).
_WELCOME = re.compile(
    r"^chào mừng\s+(?:bạn|các bạn|quý khách|quý vị|quý độc giả|bạn đọc)\s+(?:đã\s+)?(?:đến|tới|ghé thăm|truy cập)\b",
    re.I,
)
# How to view a photo, printed under it: "(Nhấp chuột vào ảnh để xem kích thước chuẩn)", "Bấm vào ảnh để phóng to".
_IMAGE_HINT = re.compile(
    r"^\(?\s*(?:nhấp|nhấn|bấm|click|kích|chạm)(?:\s+chuột)?\s+(?:vào|lên)\s+(?:ảnh|hình|hình ảnh)\s+để\s+(?:xem|phóng)",
    re.I,
)
# The CMS alt text "<headline> - ảnh 1" alone on its line, diacritics kept or dropped ("... - Anh 1"):
# a sentence never ends with a photo's number.
_ALT_LINE = re.compile(r"\s[-–]\s*(?:ảnh|anh)\s*\d{1,2}\.?$", re.I)
# A portal CMS's default alt text naming the image in unaccented lower-case words ("anh tin bai" for "ảnh tin bài",
# sonla.gov.vn and its departments' portals): Vietnamese text never drops its diacritics so.
_UNACCENTED_IMAGE_ALT = re.compile(r"^(?:anh|hinh)(?: [a-z0-9]+){0,3}$")
# The headline as alt text, numbered: "<headline> 3".
_NUMBERED_ALT = re.compile(r"^(?P<text>.{8,}?)\s+\d{1,2}$")
# A photo's file name left as its alt text, its extension dropped ("tayson2016 daihoi", "IMG_2345", "dsc0123"):
# a few bare ASCII words, one gluing letters to a number or joined by "_"; a Vietnamese word never does either.
_FILE_STEM_ALT = re.compile(
    r"^(?=.*(?:[A-Za-z]{2,}\d{2,}|\d{2,}[A-Za-z]{2,}|[A-Za-z0-9]_[A-Za-z0-9]))[A-Za-z0-9_-]+(?: [A-Za-z0-9_-]+){0,3}$"
)
# An editor's alt text in lower case numbering its photo: "toa đàm 1", "hoi nghi 2".
_LOWER_ALT = re.compile(r"^[a-zđà-ỹ][^\W\d_]*(?: [^\W\d_]+){0,3} \d{1,2}$")
# The alignment buttons an editor leaves where an image stood ("left center right del"), run together.
_IMAGE_TOOLBARS = frozenset({"leftcenterrightdel", "left center right del"})
# The line that announces a run of photos: "Một số hình ảnh tại buổi lễ:", "Hình ảnh tại buổi làm việc:".
_GALLERY = re.compile(
    r"^(?:(?:dưới đây|sau đây) là\s*)?(?:một số|một vài|những)?\s*(?:hình ảnh|bức ảnh|ảnh)\b[^.!?:]{0,80}:$", re.I
)
_GALLERY_MAX_WORDS = 16
# An embedded player's title: "<video title> - YouTube".
_EMBED_TITLE = re.compile(r"\s[-–|]\s*(?:YouTube|Vimeo|TikTok|Dailymotion)\s*$")


def word_count(line: str) -> int:
    """The number of space-separated words in ``line``."""
    return len(line.split())


# Longer than every header (with room for spaces and a colon): not a header.
_MARKER_CHARS = max(map(len, RELATED_MARKERS)) + 16


def ends_sentence(line: str) -> bool:
    """True when ``line`` ends as prose does: a full stop, ellipsis, ! ? : or ; (quotes aside), or the
    end mark of a Vietnamese report, ``./.`` (cut to ``./`` by some scrapes)."""
    stripped = line.rstrip(CLOSERS + " ")
    if stripped.endswith("./"):
        return True
    return bool(stripped) and stripped[-1] in _FINAL


# A sentence closed inside a line, the next one opening: ". Hai bên ...".
_INNER_STOP = re.compile(r"(?<![A-ZĐ])[.!?…][”\"')]?\s+[\"“(]?[A-ZĐÀ-Ỹ]")


def sentence_count(line: str) -> int:
    """How many sentences ``line`` holds: one, and one more for each that closes inside it before the next opens."""
    return 1 + sum(1 for _ in _INNER_STOP.finditer(line.rstrip()))


# The shape of a list's header: what is listed (news, articles, videos), then how it relates
# ("Tin tức khác", "Bài viết cùng chuyên mục", "Các bài viết liên quan", "Video xem nhiều nhất"; the portal
# CMS of many provincial, district and school sites heads its lists "Những tin mới hơn" / "Những tin cũ hơn").
_RELATED_SHAPE = re.compile(
    r"^(?:(?:các|những)\s+)?(?:tin|bài|bài viết|tin bài|tin tức|video|tin ảnh|ảnh|phóng sự ảnh)\s+"
    r"(?:khác|liên quan|cùng chuyên mục|cùng mục|cùng loại|cùng sự kiện|cùng chủ đề|mới(?: nhất| đăng| cập nhật)?|"
    r"xem nhiều(?: nhất)?|đọc nhiều(?: nhất)?|nổi bật|đã đăng|đã đưa|tiếp theo|mới hơn|cũ hơn|trước đó)$"
)


def is_related_marker(line: str, extra: frozenset[str] = frozenset()) -> bool:
    """True for the header of a related-articles list ("Tin liên quan", "Đọc nhiều").

    ``extra`` adds an outlet's own headers (lower case).
    """
    if len(line) > _MARKER_CHARS and not extra:  # a paragraph, not a header: not keyed
        return False
    key = match_key(line).rstrip(" :")
    return key in RELATED_MARKERS or key in extra or bool(_RELATED_SHAPE.match(key))


# A post's categories printed in a row under its headline ("Tin nổi bật, Người Việt tại Séc, CỘNG ĐỒNG"): short
# capitalised names joined by commas, one of them the site's own label; a sentence runs on in lower case.
_CATEGORY_LINE_CHARS = 100
_CATEGORY_PART_WORDS = 4
_CATEGORY_STOPS = re.compile(r"[.!?:;()\d]")


def is_category_line(line: str) -> bool:
    """True for a blog's or a portal's categories of the post in a row (``Tin nổi bật, Người Việt tại Séc``)."""
    if len(line) > _CATEGORY_LINE_CHARS or ", " not in line or _CATEGORY_STOPS.search(line):
        return False
    parts = [part.strip() for part in line.split(",")]
    if not all(part[:1].isupper() and 1 <= len(part.split()) <= _CATEGORY_PART_WORDS for part in parts):
        return False
    labels = _button_labels()[0]
    return any(match_key(part) in labels or is_related_marker(part) for part in parts)


def is_share_tokens(line: str) -> bool:
    """True for a line of share-button labels such as ``fb yt zl tw``, or one bulleted label (``• youtube``)."""
    tokens = line.lower().split()
    if len(tokens) == 2 and tokens[0] in _BULLETS:
        return tokens[1] in _SHARE_TOKENS
    return len(tokens) >= 2 and all(t in _SHARE_TOKENS for t in tokens)


@cache
def _comment_form() -> tuple[str, ...]:
    return tuple(match_key(w) for w in read_list("comment_form.txt"))


def is_comment_form(line: str) -> bool:
    """True for a line of the comment form printed under an article (``Email của bạn sẽ không ...``)."""
    return match_key(line).startswith(_comment_form())


# The header of the readers' comments: "Bình luận (2)", "2 bình luận", "Ý kiến (3)", "Phản hồi".
_COMMENT_FORM_WORDS = 20
_COMMENTS_HEADER = re.compile(r"^(?:\(?\d+\)?\s+)?(?:bình luận|ý kiến|phản hồi)(?:\s*\(\d+\))?$")


def opens_comments(line: str) -> bool:
    """True for the header of the readers' comments under an article, or the first line of its form."""
    if len(line) <= _MARKER_CHARS and _COMMENTS_HEADER.match(match_key(line).rstrip(" :")) is not None:
        return True
    return word_count(line) <= _COMMENT_FORM_WORDS and is_comment_form(line)  # not a paragraph opening so


# A share icon's title: "Chia sẻ bài viết lên facebook", "Chia sẻ qua Zalo", "Share on Twitter".
_SHARE_BUTTON = re.compile(
    r"(?i)\b(?:chia sẻ(?: bài viết| bài| tin)?\s+(?:lên|qua|trên)|share\s+(?:on|to|via))\s+"
    r"(?:facebook|twitter|zalo|google\+?|linkedin|email|e-mail|pinterest|telegram|messenger)(?!\w)"
)


def is_toolbar(line: str) -> bool:
    """True for the article's toolbar scraped as one line: ``Bản in | Quay lại | A+ A A- | Đọc bài viết``.

    Short parts joined by ``|`` of which at least two are the site's buttons; or two or more parts joined
    by ``|`` that are all buttons (the account links ``Đăng ký ấn phẩm|Đăng nhập``).
    """
    shared = 0
    if "chia sẻ" in line.lower() or "share" in line.lower():
        # the share icons' titles ("Chia sẻ bài viết lên facebook"), several in a row: one button each
        line, shared = _SHARE_BUTTON.subn(" Chia sẻ ", line)
    parts = [p.strip() for p in line.split("|")]
    if len(parts) >= 3 and sum(match_key(p) in STRAY_LINES or bool(_FONT_SIZE.fullmatch(p)) for p in parts) >= 2:
        return True
    # ("A- A A+ | Tăng tương phản Giảm tương phản": a part may hold several buttons, or the font sizes)
    if len(parts) >= 2 and all(
        match_key(p) in _buttons() or _FONT_SIZE.fullmatch(p) or _all_buttons(match_key(p).split(), least=2)
        for p in parts
    ):
        return True
    return _all_buttons(match_key(line).split(), least=1 if shared else _TOOLBAR_MIN_BUTTONS)


# A toolbar printed with no separators holds at least this many buttons.
_TOOLBAR_MIN_BUTTONS = 3
_TOOLBAR_MAX_WORDS = 24
_BUTTON_MAX_WORDS = 4


@cache
def _buttons() -> frozenset[str]:
    return STRAY_LINES | _site_labels() | _SHARE_TOKENS


def _all_buttons(words: Sequence[str], least: int = _TOOLBAR_MIN_BUTTONS) -> bool:
    """True when ``words`` cut into the site's button labels one after another, at least three of them
    (``Nghe Chia sẻ Lưu tin Bình luận Trở về``, ``Facebook Twitter Lưu bài viết Bản in Copy link``)."""
    if len(words) > _TOOLBAR_MAX_WORDS:
        return False
    buttons = _buttons()
    at = count = 0
    while at < len(words):
        for size in range(min(_BUTTON_MAX_WORDS, len(words) - at), 0, -1):
            if " ".join(words[at : at + size]) in buttons:
                at, count = at + size, count + 1
                break
        else:
            return False
    return count >= least


@cache
def _scenes() -> tuple[tuple[str, ...], tuple[str, ...]]:
    words = read_list("caption_scenes.txt")
    return tuple(w[1:] for w in words if w.startswith("^")), tuple(w for w in words if not w.startswith("^"))


@cache
def _acts() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The visible acts, the compounds that only look like one ("!"), and the acts a photo shows only when
    someone named does them ("+")."""
    words = read_list("caption_acts.txt")

    def alternation(chosen: list[str]) -> re.Pattern[str]:
        chosen = sorted(chosen, key=len, reverse=True)
        return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in chosen) + r")(?!\w)")

    return (
        alternation([w for w in words if w[:1] not in "!+"]),
        alternation([w[1:] for w in words if w[:1] == "!"]),
        alternation([w[1:] for w in words if w[:1] == "+"]),
    )


# The two sides named as such ("Hai bên", "Các bên", "Hai đoàn") name nobody a photo shows: a section heading
# says "Hai bên trao đổi kinh nghiệm ..." too.
_BOTH_SIDES = re.compile(r"^(?:hai|các)\s+(?:bên|đoàn|phía)(?!\w)")


def shows_act(line: str) -> bool:
    """True when ``line`` names a visible act a photo shows (``trao quà``, ``chụp ảnh``, ``phát biểu``)."""
    acts, not_acts, _ = _acts()
    return acts.search(not_acts.sub(" ", match_key(line))) is not None


def shows_someone_acting(line: str) -> bool:
    """True for a caption's shape: who is shown, then the act (``Các đại biểu chụp ảnh lưu niệm``),
    or the act alone, named in full at the start (``Trao học bổng cho các em``; a heading may open
    with a bare "trao")."""
    acts, not_acts, named_acts = _acts()
    if _opens_with_agent(line):
        if shows_act(line):
            return True
        key = match_key(line)
        return named_acts.search(key) is not None and _BOTH_SIDES.match(key) is None
    key = not_acts.sub(" ", match_key(line))
    opening = acts.match(key)
    return opening is not None and " " in opening.group()


@cache
def _report_openings() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Words a report's own sentences open with (when: "Ngày", "Sáng") and verbs of saying (but
    "phát biểu": a photo shows a speaker), which a photo's caption does not use."""
    saying = (v for v in read_list("reporting_verbs.txt") if v != "phát biểu")
    return (
        re.compile(rf"^(?:{trie_regex(read_list('lead_openings.txt'))})(?!\w)"),
        re.compile(rf"(?<!\w)(?:{trie_regex(saying)})(?!\w)"),
    )


def is_act_caption(line: str) -> bool:
    """True for one short sentence showing someone doing a visible act, as a photo's caption tells it:
    ``Chủ tịch UBND tỉnh tặng Đại sứ bức tranh danh thắng Cọc vài.``

    A report's own sentences say when (``Ngày 5/10, ...``, ``đã``), how much (figures) or what was said;
    such a caption says none of that: one sentence, no digit, no colon or quotation, no verb of saying.
    """
    bare = line.rstrip(CLOSERS + " ")
    if not bare.endswith(".") or bare.endswith("..") or not line[:1].isupper():
        return False
    if not _ACT_WORDS[0] <= word_count(line) <= _ACT_WORDS[1] or _ACT_NOT.search(_marks_of(bare[:-1])):
        return False
    key = match_key(line)
    openings, saying = _report_openings()
    return (
        not openings.match(key)
        and not saying.search(key)
        and not _report_marks().search(key)
        and _opens_with_agent(line)
        and (shows_act(line) or key.rstrip(". ").endswith(_scenes()[1]))  # "... chủ trì hội nghị."
    )


# A caption showing who attends an occasion is at most this long; closed by a full stop, it names the
# occasion in at most this many words after its noun ("tại buổi lễ kỷ niệm.").
_ATTENDS_MAX_WORDS = 30
_OCCASION_TAIL_WORDS = 3


@cache
def _occasions() -> re.Pattern[str]:
    return re.compile(rf"\stại\s+(?:{trie_regex(read_list('caption_occasions.txt'))})(?!\w)")


def shows_who_attends(line: str) -> bool:
    """True for a caption naming who the photo shows at an occasion, with no act: ``Các đại biểu và sinh
    viên Lào tại buổi lễ``, ``Đồng chí X và đồng chí Y tại buổi làm việc.``

    Who is shown opens it and ``tại`` an occasion follows (``caption_occasions.txt``), no act in between
    (a speaker may be: ``... chia sẻ tại buổi lễ.``); none of a report's marks (a figure, a colon or
    quotation, an opening saying when, a verb of saying, a word of the story's time) may appear.
    """
    bare = line.rstrip(CLOSERS + " ")
    stopped = bare.endswith(".") and not bare.endswith("..")
    if stopped:
        bare = bare[:-1]
    if not line[:1].isupper() or word_count(line) > _ATTENDS_MAX_WORDS or _ACT_NOT.search(_marks_of(bare)):
        return False
    key = match_key(bare)
    occasion = _occasions().search(key)
    if occasion is None:
        return False
    who, rest = key[: occasion.start()], key[occasion.end() :].split()
    # A sentence closed by its full stop may go on with its verb after the occasion ("Các đại biểu tại hội
    # nghị thống nhất ..."): closed so, the caption ends on the occasion or on where it took place.
    if stopped and len(rest) > _OCCASION_TAIL_WORDS and rest[0] not in ("ở", "tại"):
        return False
    openings, saying = _report_openings()
    # A speaker at the occasion may be shown ("... chia sẻ tại buổi lễ."): a verb of saying right before
    # "tại", nothing said; any other is a report's.
    said = [m for m in saying.finditer(key) if m.end() != len(who.rstrip())]
    return (
        not openings.match(key)
        and not said
        and not _report_marks().search(key)
        and _opens_with_agent(line)
        and not shows_act(who)
        and not _poses().search(who)
    )


def states_figures(line: str) -> bool:
    """True when ``line`` states what a report tells and a photo cannot show: a figure, a colon, a
    quotation (``Trao học bổng cho 94 học sinh vượt khó của 5 xã``, ``Pleiku: Trao 55 suất quà Tết``).

    An event's ordinal or term, a programme's quoted name, a small count of who is shown and the
    photo's closing day are part of what a caption names and do not count.
    """
    return _ACT_NOT.search(_marks_of(line.rstrip(CLOSERS + " .").rstrip())) is not None


# A caption naming the act alone, its subject left out ("Trao quà cho các hộ khó khăn."): this many words.
_ACT_LED_WORDS = (4, 20)


def _marks_of(sentence: str) -> str:
    """``sentence`` with a programme's quoted name, an event's ordinal or term, small counts of who is
    shown and the photo's closing day set aside, so that only a report's marks (a figure, a colon, a
    quotation) are left for ``_ACT_NOT`` to find."""
    sentence = _PHOTO_DAY.sub("", sentence)
    return _SMALL_COUNT.sub("hai", _EVENT_NUMBER.sub("N", _QUOTED_NAME.sub("Q", sentence)))


def opens_with_act(line: str) -> bool:
    """True when ``line`` opens with a visible act, its subject left out (``Tặng học bổng cho ...``)."""
    acts, not_acts, _ = _acts()
    return acts.match(not_acts.sub(" ", match_key(line))) is not None


def is_act_led_caption(line: str) -> bool:
    """True for one short sentence that opens with the act a photo shows, who does it left out:
    ``Trao quà cho các hộ khó khăn.``, ``Tặng học bổng cho các em học sinh nghèo.``

    Report prose names who acts; a caption under a photo of the act may not. A section heading may open
    with an act too, but never closes with a full stop. None of a report's marks (a figure, a colon or
    quotation, a second sentence, an opening saying when, a verb of saying, ``đã``) may appear.
    """
    bare = line.rstrip(CLOSERS + " ")
    if not bare.endswith(".") or bare.endswith("..") or not line[:1].isupper():
        return False
    if not _ACT_LED_WORDS[0] <= word_count(line) <= _ACT_LED_WORDS[1]:
        return False
    if _ACT_NOT.search(_marks_of(bare[:-1])):
        return False
    key = match_key(line)
    openings, saying = _report_openings()
    return (
        not openings.match(key) and not saying.search(key) and not _report_marks().search(key) and opens_with_act(line)
    )


# A line showing who poses for a souvenir photo is at most this long (one sentence).
_POSE_MAX_WORDS = 30


@cache
def _poses() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{trie_regex(read_list('caption_poses.txt'))})(?!\w)")


def poses_for_photo(line: str) -> bool:
    """True for one short sentence showing who poses for the photo (``Các đại biểu chụp ảnh lưu niệm tại
    đại hội``, ``Đơn vị tài trợ chụp ảnh lưu niệm cùng gia đình.``): a caption, with or without its full stop,
    never a headline.

    Prose says so after a clause of time (``Sau buổi lễ, các đại biểu chụp ảnh lưu niệm.``) or places it in
    the story's time (``đã``); a caption names who is shown first, nothing before them but their posts.
    """
    if not line[:1].isupper():  # italics or brackets round a caption are read by their own rules
        return False
    key = match_key(line)
    pose = _poses().search(key)
    if pose is None or word_count(line) > _POSE_MAX_WORDS or sentence_count(line) > 1 or ":" in line:
        return False
    openings, saying = _report_openings()
    if openings.match(key) or saying.search(key) or _report_marks().search(key):
        return False
    before = key[: pose.start()]
    return bool(before.strip()) and ("," not in before or _opens_with_agent(line))


# A caption glued to the paragraph under it: its full stop, then the paragraph's capital, no space
# between ("... Đoàn đại biểu Trung Quốc.Đồng chí Hà Vĩ ..."). The letters on both sides are checked apart.
_GLUED_STOP = re.compile(r"\.(?=[A-ZĐÀ-Ỹ]\w)")
# A glued caption is one short sentence; a longer first sentence glued on is a typing slip inside prose.
_GLUED_CAPTION_WORDS = 20


def places_in_story_time(line: str) -> bool:
    """True when ``line`` places its act in the story's time or ties it to what came before
    (``đã``, ``sẽ``, ``cũng``): a report's sentence, never a photo's caption."""
    return _report_marks().search(match_key(line)) is not None


@cache
def _report_marks() -> re.Pattern[str]:
    """Words placing an act in the story's time or tying it to what came before (``đã``, ``cũng``)."""
    return re.compile(rf"(?<!\w)(?:{trie_regex(read_list('caption_report_marks.txt'))})(?!\w)")


def glued_caption(line: str, title: str | None) -> tuple[str, str] | None:
    """``(caption, paragraph)`` when ``line`` opens with a photo's caption glued to the paragraph under it.

    A CMS that drops the break after a figcaption glues its full stop to the next paragraph's capital
    (``Lãnh đạo thành phố Hải Phòng và Đoàn đại biểu Trung Quốc.Đồng chí Hà Vĩ, ...``). A writer's slip
    glues two sentences of prose the same way, so the first part must read as a caption: the headline
    again, or one short sentence showing who is there with none of a report's marks (a date or figure,
    a colon or quotation, an opening saying when, a verb of saying, a word of the story's time: ``đã``).
    """
    match = _GLUED_STOP.search(line)
    if match is None or not line[match.start() - 1 : match.start()].islower() or not line[match.end() + 1].islower():
        return None
    head, rest = line[: match.end()], line[match.end() :]
    if repeats(head[:-1], title):  # the headline again, under the article's first photo
        return head, rest
    if word_count(head) > _GLUED_CAPTION_WORDS or word_count(rest) < word_count(head) or _ACT_NOT.search(head[:-1]):
        return None
    key = match_key(head)
    openings, saying = _report_openings()
    if openings.match(key) or saying.search(key) or _report_marks().search(key) or not _opens_with_agent(head):
        return None
    return head, rest


@cache
def _agents() -> re.Pattern[str]:
    heads = {match_key(w) for name in ("titles.txt", "honorifics.txt", "caption_subjects.txt") for w in read_list(name)}
    alternation = "|".join(map(re.escape, sorted(heads, key=len, reverse=True)))
    return re.compile(r"^(?:(?:phó|tổng|nguyên|quyền)\s+)?(?:" + alternation + r")(?!\w)")


def opens_with_agent(line: str) -> bool:
    """True when ``line`` opens with who a photo shows: a title, an honorific, a group or a name."""
    return _opens_with_agent(line)


def _opens_with_agent(line: str) -> bool:
    """True when ``line`` opens with who is shown: a title, an honorific, a group (``Các đại biểu``) or a name."""
    if _agents().match(match_key(line)):
        return True
    words = line.split()
    if not (len(words) >= 2 and words[1][:1].isupper() and words[0] in surnames()):
        return False
    # "Hà Giang", "Cao Bằng", "Lâm Đồng": a province that opens with a family name's syllable is no person.
    return places().lookup(" ".join(words[:2]).strip(",.:")) is None


_PORTRAIT_MAX_WORDS = 12
_NAME_SYLLABLES = (4, 3, 2)


def is_portrait_caption(line: str) -> bool:
    """True for a portrait's caption: someone's title, then their name, closed by a full stop
    (``Nguyên Chủ tịch Quốc hội Nguyễn Thị Kim Ngân.``). A headline never closes so; a sentence has a verb."""
    bare = line.rstrip(CLOSERS + " ")
    if not bare.endswith(".") or bare.endswith("..") or word_count(line) > _PORTRAIT_MAX_WORDS:
        return False
    words = bare[:-1].split()
    if not _agents().match(match_key(bare)):
        return False
    for size in _NAME_SYLLABLES:
        name = words[-size:]
        if len(words) > size and name[0] in surnames() and all(w.isalpha() and w[:1].isupper() for w in name):
            return True
    return False


# A portrait captioned name first: "Ông Hà Vĩ, Đại sứ Trung Quốc tại Việt Nam." (at most this many words).
_NAMED_PORTRAIT_MAX_WORDS = 18


# Where a portrait's caption turns from the name to the post: a comma, or a dash between spaces.
_NAME_POST_SPLIT = re.compile(r",\s|\s[-–—]\s")


def is_named_portrait_caption(line: str) -> bool:
    """True for a portrait's caption that names the person, then their post after a comma or a dash, and says
    nothing more (``Ông Hà Vĩ, Đại sứ Trung Quốc tại Việt Nam.``, ``TS. Võ Khắc Sơn – Phó Hiệu trưởng.``): no
    act, no verb of saying, no mark of a report.

    A report's sentence that opens so goes on to what the person did or said; a caption stops at the post.
    """
    bare = line.rstrip(CLOSERS + " ")
    if not bare.endswith(".") or bare.endswith("..") or word_count(line) > _NAMED_PORTRAIT_MAX_WORDS:
        return False
    # the post after a comma, or after a dash ("TS. Võ Khắc Sơn – Phó Hiệu trưởng.")
    parts = _NAME_POST_SPLIT.split(bare[:-1], maxsplit=1)
    if len(parts) != 2 or sentence_count(bare) > 1 or _ACT_NOT.search(parts[1]):
        return False
    head, post = parts
    words = head.split()
    if not (_titled_name(words) or _is_name(words)):
        return False
    key = match_key(post)
    _, saying = _report_openings()
    return (
        _agents().match(key) is not None
        and saying.search(key) is None
        and _report_marks().search(key) is None
        and not shows_act(post)
    )


# A whole line in round brackets, none inside: "(Quang cảnh hội nghị)".
_BRACKETED = re.compile(r"^\((?P<text>[^()]{8,})\)\.?$")


def bracketed_line(line: str) -> str | None:
    """The text of a whole line set in round brackets (``(Quang cảnh hội nghị)``), else ``None``."""
    match = _BRACKETED.match(line)
    return match.group("text").strip() if match else None


def italic_line(line: str) -> str | None:
    """The text of a whole line set in markdown italics (``_..._`` or ``*...*``), else ``None``."""
    match = _ITALIC.match(line)
    return match.group("text").strip() if match else None


def opens_with_view(line: str) -> bool:
    """True when ``line`` opens with a view of a scene (``Toàn cảnh``, ``Quang cảnh``): a caption's opening."""
    opens, _ = _scenes()
    return match_key(line).startswith(tuple(o + " " for o in opens))


def is_scene_caption(line: str) -> bool:
    """True for a short one-sentence photo caption naming its scene (``Toàn cảnh hội nghị.``).

    One sentence of at most a few words that opens with a view (``Toàn cảnh``, ``Quang cảnh``)
    or ends with what the person shown is doing (``... phát biểu khai mạc.``).
    """
    bare = line.rstrip(CLOSERS + " ")
    if word_count(line) > _SCENE_MAX_WORDS or re.search(r"[.!?;:]\s", bare):
        return False
    key = match_key(bare.rstrip(". "))
    opens, ends = _scenes()
    if key.startswith(tuple(o + " " for o in opens)):
        return not bare.endswith(("?", "!", ":", ";"))  # "Toàn cảnh buổi gặp mặt", with or without its full stop
    # "Sau buổi lễ, các đại biểu đã chụp ảnh lưu niệm.": the report tells it in the story's time
    return bare.endswith(".") and key.endswith(ends) and _report_marks().search(key) is None


@cache
def _back_references() -> tuple[str, ...]:
    return tuple(sorted(read_list("back_references.txt"), key=len, reverse=True))


def refers_back(line: str) -> bool:
    """True for a paragraph opening with a connective that refers back (``Theo đó, ...``): never a lead."""
    key = match_key(line[:40])
    return any(key.startswith(word) and key[len(word) : len(word) + 1] in (",", " ") for word in _back_references())


def is_counter(line: str) -> bool:
    """True for a counter: a number alone on its line, or with its label (``0 bình luận``, ``Lượt xem: 12``,
    the visitor statistics' ``Hôm nay: 1.234``)."""
    return bool(
        (_COUNTER.fullmatch(line) and not _DOTTED_DAY.search(line))
        or _LABELLED_COUNTER.match(line)
        or _VISITS_COUNTER.match(line)
    )


def ends_with_counter(line: str) -> bool:
    """True for a line closed by a labelled view counter (``... Lượt xem: 311``): the page's toolbar."""
    return _TRAILING_COUNTER.search(line) is not None


def is_ascii_caps(line: str) -> bool:
    """True for a long line in capitals without diacritics: a video's or a link's title in the player's font.

    Vietnamese text always carries diacritics; its capitals keep them (``KON TUM CÓ``).
    """
    return word_count(line) >= _ASCII_CAPS_MIN_WORDS and bool(_ASCII_CAPS.fullmatch(line))


# A line of English with nothing but ASCII letters, figures and a few marks (no Vietnamese letter), and its length in
# words: a site's button or label runs to a few words ("Get the SBS Audio app", "Skip to main content"); an English
# title printed in sentence case on a Vietnamese page runs longer ("Criteria for not-for-profit and for profit
# private universities", a thesis listed on 123docz.net).
_ENGLISH_LINE = re.compile(r"[A-Za-z0-9 ,:;!?'’&()/|+-]+")
_ENGLISH_WIDGET_WORDS = (3, 5)
_WORD_MARKS = ",:;!?()'’"


@cache
def _english_function_words() -> frozenset[str]:
    return frozenset(read_list("english_function_words.txt"))


def is_english_widget(line: str) -> bool:
    """True for a site's button or label in English on a Vietnamese page: a few words in sentence case, one of
    English's function words and one word of content in lower case (``Get the SBS Audio app``, ``Other ways to
    listen``, ``Go to top``, ``Leave a reply``).

    An English name or title printed in the article capitalises its words of content (``Children of Vietnam``,
    ``Vietnamese Redemptorist Mission``); an English sentence quoted in it closes with its stop.
    """
    if not _ENGLISH_LINE.fullmatch(line) or not line[:1].isupper() or line.rstrip().endswith("."):
        return False
    words = [w for w in (word.strip(_WORD_MARKS) for word in line.split()) if w]
    if not _ENGLISH_WIDGET_WORDS[0] <= len(words) <= _ENGLISH_WIDGET_WORDS[1]:
        return False
    function = _english_function_words()
    lower = [w for w in words[1:] if w.islower()]
    return any(w in function for w in lower) and any(w.isalpha() and w not in function for w in lower)


def is_alt_stub(line: str, title: str | None) -> bool:
    """True for what a scrape leaves of an image: a stray letter (``a``), its file name (``tayson2016 daihoi``),
    or the headline as alt text, numbered (``<headline> 3``) or with its diacritics dropped (``ha tinh luon chu
    trong ...``). The photo's caption follows it."""
    if len(line) <= 2:  # one letter ("aa" is the font-size button)
        return len(line) == 1 and line.isascii() and line.isalpha() and line.islower()
    if line.lower() in _IMAGE_TOOLBARS:  # the image's alignment toolbar, scraped in its place
        return True
    if is_file_stem(line):  # "tayson2016 daihoi": the photo's file name as its alt text
        return True
    if _UNACCENTED_IMAGE_ALT.match(line):  # "anh tin bai": a CMS's default alt text, "ảnh tin bài" unaccented
        return True
    if title and (numbered := _NUMBERED_ALT.match(line)) and match_key(numbered["text"]) == match_key(title):
        return True  # "<headline> 3": the CMS numbers the photos' alt text after the headline
    if not title or not line.isascii() or word_count(line) < 4:
        return False
    return re.findall(r"\w+", line.lower()) == re.findall(r"\w+", ascii_key(title))


def is_file_stem(line: str) -> bool:
    """True for a photo's file name left as its alt text, its extension dropped (``tayson2016 daihoi``), or
    an editor's alt text of a few words in lower case numbering the photo (``toa đàm 1``): no line of
    text opens in lower case."""
    return _FILE_STEM_ALT.match(line) is not None or _LOWER_ALT.match(line) is not None


def is_photo_number(line: str) -> bool:
    """True for a number alone on its line at a photo's count (``1``, ``12``): a gallery numbers its photos."""
    return len(line) <= 2 and line.isdigit()


# Fewer bare ASCII words may be a label ("video clip") or an English word or two.
_SLUG_MIN_WORDS = 3


def is_slug_line(line: str) -> bool:
    """True for a URL slug scraped as words: lower-case ASCII, no punctuation (``infographic ha noi ...``).

    Vietnamese prose always carries diacritics, so a line of three or more bare ASCII
    lower-case words is a link's slug or an image's placeholder alt (``anh tin bai``), not text.
    """
    return word_count(line) >= _SLUG_MIN_WORDS and bool(re.fullmatch(r"[a-z0-9 ]+", line))


def is_breadcrumb(line: str) -> bool:
    """True for a breadcrumb trail starting at the home page (``Trang chủ Chính trị - Xã hội``).

    The trail's last item may be the article's headline cut short (``... Xây dựng đất...``): its
    ellipsis ends no sentence.
    """
    key = match_key(line)
    return any(key == home or key.startswith(home + " ") or _glued_on(line, home) for home in _BREADCRUMB_HOME) and (
        not ends_sentence(line) or line.rstrip().endswith(("...", "…"))
    )


def _glued_on(line: str, home: str) -> bool:
    """True when the trail's next item is glued to ``home`` with no space (``Trang chủNewsThời sự``): a
    scrape that drops the separators keeps each item's capital."""
    return line[: len(home)].lower() == home and line[len(home) : len(home) + 1].isupper()


def is_label_line(line: str) -> bool:
    """True for a CMS metadata line: ``Từ khóa: ...``, ``Thể loại: ...``, ``Tác giả:``, ``Chủ đề Hội nhập``."""
    if _LABEL_LINE.match(line):
        return True
    # The topic a page files the article under, printed without a colon: a few words, no sentence.
    return bool(_TOPIC_LINE.match(line)) and word_count(line) <= _TOPIC_MAX_WORDS and not ends_sentence(line)


def credit_line(line: str) -> bool:
    """True for a photo credit alone on its line (``Ảnh: Tuấn Việt``): the caption of a photo."""
    return bool(_CREDIT_LINE.match(line))


def alt_caption(line: str, title: str | None) -> str | None:
    """The caption when ``line`` is the headline used as alt text, ``- ảnh N``, then the caption."""
    if not title:
        return None
    key = match_key(title)
    match = _ALT_NUMBER.search(line)
    if match is None or match_key(line[: match.start()]) != key:
        return None
    return line[match.end() :].strip() or ""


# A photo's alt text in ASCII (the headline without its diacritics, a "[Photo]" tag before it), numbered
# "hinh anh 2" or "- Anh 2", glued to the caption that opens with a capital: "... Ho Chi Minh hinh anh 2Quang cảnh ...".
_GLUED_ASCII_ALT = re.compile(
    r"^(?P<alt>[\x20-\x7e]{12,200}?\s(?:[-–]\s*)?(?:hinh anh|anh)\s*\d{1,2})(?P<caption>[A-ZĐÀ-Ỹ\"“(].*)$", re.I
)


def ascii_alt_split(line: str) -> tuple[str, str] | None:
    """``(alt, caption)`` when ``line`` is a photo's numbered ASCII alt text glued to its caption, else ``None``.

    Vietnamese prose carries diacritics; an alt text a CMS builds from the headline's URL slug does not, and
    ends on the photo's number (``Le tiep nhan ... hinh anh 2Quang cảnh buổi lễ.``).
    """
    match = _GLUED_ASCII_ALT.match(line)
    if match is None or not has_letters(match.group("caption")) or match.group("caption").isascii():
        return None
    return match.group("alt"), match.group("caption")


def numbers_photo(line: str) -> bool:
    """True for a photo's alt text alone on its line, ``<phrase> - ảnh 1`` (``- Anh 1`` without diacritics):
    it stands for the photo, never for the headline or a paragraph. Some CMSs close it with a stop (``- Ảnh 1.``)."""
    return line.rstrip(".")[-1:].isdigit() and bool(_ALT_LINE.search(line))


def tags_media(line: str) -> bool:
    """True for a line opening with the tag of a media story: ``[Ảnh] ...``, ``[Video] ...``, ``[Infographic] ...``."""
    return bool(_MEDIA_TEASER.match(line))


def opens_gallery(line: str) -> bool:
    """True for the line announcing the photos printed under it (``Một số hình ảnh tại buổi trao tặng:``):
    each short line that follows captions one of them."""
    return word_count(line) <= _GALLERY_MAX_WORDS and bool(_GALLERY.match(line))


def shows_position(line: str) -> bool:
    """True when ``line`` says where someone stands in a photo (``(thứ 4 từ phải sang)``)."""
    return bool(_PHOTO_POSITION.search(line))


def is_crumbs(line: str) -> bool:
    """True for a breadcrumb or menu: short parts joined by ``>``, ``»``, ``/`` or ``|``."""
    parts = _CRUMB_SEPARATOR.split(line)
    return len(parts) >= 2 and all(0 < word_count(p) <= 5 for p in parts) and not ends_sentence(line)


def is_template(line: str) -> bool:
    """True for template code or a CMS directive left in a scrape, or the tail of a cut HTML tag."""
    if _TEMPLATE.search(line):
        return True
    return ('">' in line or '" />' in line) and bool(_CUT_TAG.search(line))


def is_link_line(line: str) -> bool:
    """True for a link to another article: ``Xem thêm: ...``, a slug glued to a headline, a teaser stub,
    a markdown link alone on its line."""
    return bool(
        _SEE_ALSO.match(unbullet(line))
        or _SLUG_HEADLINE.match(line)
        or _STUB_TEASER.match(line)
        or _LINK_ALONE.fullmatch(line)
        or (bool(_QUOTED_LINK.match(line)) and is_headline_like(line[1:].strip()))
        or _closed_by_button(line)
    )


def _closed_by_button(line: str) -> bool:
    """True for a headline with the site's read button glued on in capitals (``...con traiĐỌC NGAY``)."""
    bare = line.rstrip()
    button = next((b for b in _READ_NOW if bare.endswith(b)), None)
    return button is not None and is_headline_like(unbullet(bare[: -len(button)]).strip())


def joined_headlines(line: str) -> bool:
    """True for several headlines joined on one line by `` / `` or `` | `` (a related-news strip)."""
    parts = re.split(r"\s+[/|]\s+", line)
    # A headline has words: "Thứ hai, 28/10/2019 | 09:44 AM" is a stamp, not two headlines.
    return len(parts) >= 2 and all(is_headline_like(p) and _letter_words(p) >= 4 for p in parts)


def _letter_words(text: str) -> int:
    return sum(any(c.isalpha() for c in w) for w in text.split())


def is_title_case(line: str) -> bool:
    """True when every word of ``line`` (four or more) starts with a capital: a menu or a site's name.

    Vietnamese headlines are written in sentence case; only names capitalise every syllable,
    and a headline is never a name alone.
    """
    words = [w for w in line.split() if any(c.isalpha() for c in w)]
    return len(words) >= 4 and all(w.lstrip("\"'“‘«([")[:1].isupper() for w in words)


# A list's bullet (a dash, a dot, a square, an arrow) or a back arrow, then a space.
# "×" is a widget's close button printed before its message ("× Bài viết không có file audio").
_BULLET_MARK = re.compile(r"^(?:[\-–•·*→►▶▸■◆▪×]|[<«‹←])\s+")


def unbullet(line: str) -> str:
    """``line`` without a leading list bullet or arrow (``- In ra`` → ``In ra``, ``< Trở về`` → ``Trở về``)."""
    return _BULLET_MARK.sub("", line)


# A numbered list's item: "1. Ông A – Chủ tịch", "2) Phó Chủ tịch: Ông B" (one or two digits, then text).
_ITEM_NUMBER = re.compile(r"^(?P<number>\d{1,2})(?P<mark>[.)])\s+(?=\S)")


def item_number(line: str) -> tuple[int, str, str] | None:
    """``(number, mark, item)`` for a numbered list's item (``2) Phó Chủ tịch: Ông B`` → ``(2, ")", ...)``)."""
    if (m := _ITEM_NUMBER.match(line)) is None:
        return None
    return int(m["number"]), m["mark"], line[m.end() :]


@cache
def _sponsored_labels() -> frozenset[str]:
    return frozenset(match_key(w) for w in read_list("sponsored_labels.txt"))


def is_sponsored_label(line: str) -> bool:
    """True for the label an ad network prints under a sponsored teaser's headline (``Tin tài trợ``)."""
    return len(line) <= _MARKER_CHARS and match_key(unbullet(line)).rstrip(" :") in _sponsored_labels()


@cache
def _site_labels() -> frozenset[str]:
    return frozenset(match_key(w) for w in read_list("site_labels.txt"))


@cache
def _button_labels() -> tuple[frozenset[str], frozenset[str], int]:
    """Every whole-line label of the site (:data:`STRAY_LINES` and ``site_labels.txt``), the words they open
    with, and the most words one has."""
    labels = STRAY_LINES | _site_labels()
    return labels, frozenset(label.split()[0] for label in labels), max(len(label.split()) for label in labels)


_BUTTON_RUN_MAX_WORDS = 16


def is_button_run(line: str) -> bool:
    """True for a widget's buttons scraped as one line, each label keeping its capital:
    ``Đọc bài viết Tạm dừng Đọc tiếp Dừng đọc Đang tải...``, ``Từ viết tắt Đọc bài viết``.

    The line must split wholly into two or more of the site's labels, each opening with a capital (a
    sentence such as "Phản hồi ý kiến" runs on in lower case, so it never splits that way).
    """
    if line.count(" ") > _BUTTON_RUN_MAX_WORDS + 1:  # a paragraph, before any splitting
        return False
    words = unbullet(line).split()
    if not 2 <= len(words) <= _BUTTON_RUN_MAX_WORDS or not words[0][:1].isupper():
        return False
    labels, openings, longest = _button_labels()
    if match_key(words[0]) not in openings:  # most lines fail here, before any span is looked up
        return False
    # reach[i]: the fewest labels covering words[:i] (0 for the empty start), None when no split reaches i
    reach: list[int | None] = [0] + [None] * len(words)
    for start in range(len(words)):
        count = reach[start]
        if count is None or not words[start][:1].isupper() or match_key(words[start]) not in openings:
            continue
        for end in range(start + 1, min(len(words), start + longest) + 1):
            if match_key(" ".join(words[start:end])) in labels:
                best = reach[end]
                reach[end] = count + 1 if best is None else min(best, count + 1)
    total = reach[-1]
    return total is not None and total >= 2


@cache
def _site_openings() -> tuple[str, ...]:
    return tuple(match_key(w) for w in read_list("site_openings.txt"))


# A footer or widget line is short; a paragraph quoting its words runs longer.
_SITE_LINE_WORDS = 25


def is_stray(line: str) -> bool:
    """True for the site's own labels: font-size "aa", print links, loading messages, media teasers, slugs."""
    if len(line) > _STRAY_MAX_CHARS:  # labels, links and crumbs are short; only template code runs long
        return is_template(line)
    bare = unbullet(line)
    key = match_key(bare)
    label = key.rstrip(" :")  # a label may announce what follows it: "Video:", "Tags:"
    return (
        not any(ch.isalnum() for ch in line)  # bullets or marks alone: an empty menu item, a rule ("•", "* * *")
        or label in STRAY_LINES
        or label in _site_labels()
        or is_sponsored_label(line)
        or (key[-1:] in "a+-" and _FONT_TAIL.sub("", key) in _site_labels())  # the label, its buttons glued on
        or (key.startswith(_site_openings()) and word_count(line) <= _SITE_LINE_WORDS)
        or is_label_line(line)
        or is_template(line)
        or is_link_line(line)
        or joined_headlines(line)
        or is_share_tokens(line)
        or is_button_run(line)
        or is_comment_form(line)
        or (is_toolbar(line) and not _YEAR.search(line))  # with a year it is a stamp line, read as such
        or is_counter(line)
        or is_category_line(line)
        or bool(_CONTACT_LINE.match(line))
        or is_language_switch(line)
        or bool(_PAGER.fullmatch(line))
        or bool(_PLAYER_TIME.fullmatch(line))
        or is_ascii_caps(line)
        or bool(_FONT_SIZE.fullmatch(line))
        or bool(_FOLLOW.match(line))
        or bool(_NEWSLETTER.match(line))
        or bool(_CALL_TO_READER.match(bare))
        or bool(_WELCOME.match(line))
        or bool(_COPYRIGHT.search(line))
        or bool(_FOOTER.match(line))
        or (ends_with_counter(line) and not _YEAR.search(line))  # with a year it is a stamp line, read as such
        or bool(_EMBED_TITLE.search(line))
        or bool(_IMAGE_HINT.match(line))
        or bool(_MEDIA_TEASER.match(line))
        or is_slug_line(line)
        or is_breadcrumb(line)
        or is_hashtags(line)
        or bool(_PLAYBACK_SPEED.match(line))
        or bool(_ICON_ALT.match(key))
    )


# A pager or a lone separator: "« ‹ 1 2 › »", "Trang 1 2 3", "|" (numbers and arrows, no words).
_PAGER = re.compile(
    r"(?i:trang\s*:?\s*)?(?=[^«»‹›<>←→…|]*[«»‹›<>←→…|]|\d{1,3}\s+\d)"
    r"(?:\d{1,3}|[«»‹›<>←→…|]+)(?:\s+(?:\d{1,3}|[«»‹›<>←→…|]+))*"
)
# An audio or video player's clock: "0:00 / 3:25".
_PLAYER_TIME = re.compile(r"\d{1,2}:\d\d(?::\d\d)?\s*/\s*\d{1,2}:\d\d(?::\d\d)?")


_LANGUAGE_LINE_MAX_CHARS = 80
_LANGUAGE_SEPARATOR = re.compile(r"\s*[|/·•,]\s*|\s{2,}")
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


@cache
def _languages() -> frozenset[str]:
    return frozenset(match_key(w) for w in read_list("language_names.txt"))


# "Tiếng Nhật bên dưới", "(Bản tiếng Anh ở dưới)", "English version below": a bilingual page's notice that the
# other language's text follows the article.
_VERSION_BELOW = re.compile(
    r"^\(?(?:(?:bản|phiên bản)\s+)?(?P<language>.+?)(?:\s+version)?\s+(?:(?:ở|bên|phía|ở bên|ở phía)\s+dưới|below)"
    r"\s*[.:]?\)?$"
)


def is_language_switch(line: str) -> bool:
    """True for a language switcher: only language names or codes (``Tiếng Việt | English``, ``VN | EN``, ``中文``),
    or the notice that the other language's version is below (``Tiếng Nhật bên dưới``)."""
    if len(line) > _LANGUAGE_LINE_MAX_CHARS:
        return False
    if (below := _VERSION_BELOW.match(match_key(line))) is not None and below["language"] in _languages():
        return True
    parts = [p for p in _LANGUAGE_SEPARATOR.split(match_key(unbullet(line))) if p]
    languages = _languages()
    if not parts or not all(p in languages for p in parts):
        words = [w for p in parts for w in p.split()]  # codes one after another: "VN EN"
        if len(words) < 2 or not all(w in languages for w in words):
            return False
        parts = words
    # A code alone ("TH", "EN") may be a writer's initials; a name alone ("English", "中文") is the switcher.
    return len(parts) >= 2 or not _LANGUAGE_CODE.fullmatch(parts[0])


# "icon facebook", "• icon youtube": the alt text of a social network's icon.
_ICON_ALT = re.compile(r"^icon\s+[a-z]+$")
# "1X", "1.25X", "2x": the playback speeds of an audio or video player.
_PLAYBACK_SPEED = re.compile(r"^\d(?:[.,]\d{1,2})?\s?[xX×]$")


# "#Lưu Văn #siêu mẫu": the article's tags printed as hashtags (a markdown heading has a space after "#").
_HASHTAG = re.compile(r"(?:^|\s)#[^\W\d_]")
_HASHTAG_LINE_MAX_WORDS = 6


def is_hashtags(line: str) -> bool:
    """True for a line of the article's tags written as hashtags (``#Lưu Văn #siêu mẫu Lưu Văn``)."""
    if not line.startswith("#") or _HASHTAG.match(line) is None:
        return False
    return len(_HASHTAG.findall(line)) >= 2 or word_count(line) <= _HASHTAG_LINE_MAX_WORDS


_LOGO_MAX_WORDS = 6


def is_logo(line: str) -> bool:
    """True for the site's logo scraped as its alt text (``Logo``, ``Logo Báo Kinh tế & Đô thị``)."""
    key = match_key(line)
    return (key == "logo" or key.startswith("logo ")) and word_count(line) <= _LOGO_MAX_WORDS


def is_url(line: str) -> bool:
    """True for a line that is a bare URL."""
    return bool(_URL.match(line))


def image_file(line: str) -> str | None:
    """The image file name when ``line`` is only one (``img-9703.jpg``), else ``None``."""
    return line if _IMAGE_FILE.match(line) else None


def markdown_image(line: str) -> tuple[str | None] | None:
    """For a markdown image stub (``![]() |``, ``![alt](a.jpg)``) the tuple ``(src,)``, else ``None``.

    ``src`` is ``None`` when the stub has no address. A tuple, so that a stub
    without a source is still told apart from a line that is not a stub.
    """
    match = _MARKDOWN_IMAGE.match(line)
    if not match:
        return None
    return (match.group("src") or None,)


def caption_cell(line: str) -> str | None:
    """The caption in a table cell scraped as ``| caption |`` (or ``caption |``), else ``None``."""
    if line.endswith(" |") and not line.startswith("|") and " | " not in line[:-2] and not _MARKDOWN_IMAGE.match(line):
        # The cell's opening bar lost in the scrape: "caption |" under an image stub "![]() |".
        return line[:-2].strip() or None
    if not line.startswith("|"):
        return None
    match = _CAPTION_CELL.match(line)
    text = match.group("text").strip() if match else ""
    return text or None


def is_photo_caption(line: str) -> bool:
    """True for a photo description that closes with its credit (``... (Ảnh: Cổng TTĐT tỉnh Lai Châu).``)
    or says what its photo shows (``Trong ảnh: Đoàn viên thanh niên xã ... hỗ trợ xây nhà ...``)."""
    return bool(_PHOTO_CREDIT.search(line)) or (
        _IN_PHOTO.search(line) is not None and word_count(line) <= _IN_PHOTO_MAX_WORDS
    )


def doubled_headline(line: str) -> str | None:
    """The headline when ``line`` is one headline printed twice (``X X`` or ``XX``), else ``None``.

    Related-article links print their title twice: the link text, then the
    image's alt text.
    """
    n = len(line)
    for half in {n // 2, (n - 1) // 2}:
        first = line[:half].strip()
        second = line[half:].strip()
        # Headlines do not end with a full stop: a sentence said twice is still prose.
        if len(first) >= 8 and first == second and not first.rstrip(CLOSERS).endswith("."):
            return first
    return None


def glued_twice(line: str) -> str | None:
    """The sentence when ``line`` is one sentence printed twice with nothing between
    (``Đập tràn Thượng Sơn.Đập tràn Thượng Sơn.``): a photo's alt text glued to its caption."""
    n = len(line)
    if n % 2 or n < 16:
        return None
    first, second = line[: n // 2], line[n // 2 :]
    return first if first == second and first.rstrip(CLOSERS).endswith(".") and second[:1].isupper() else None


_NOT_WORD = re.compile(r"[\W_]+")


def printed_twice(line: str, other: str) -> bool:
    """True when ``other`` is ``line`` again in other dress (case, dashes, spacing): a photo's alt text
    over its caption (``Việt nam – Cuba ... 2023 – 2028`` / ``Việt Nam - Cuba ... 2023-2028``)."""
    if not line or not other or abs(len(line) - len(other)) > _TWICE_SLACK or line == other:
        return False
    return _NOT_WORD.sub("", line.lower()) == _NOT_WORD.sub("", other.lower())


_TWICE_SLACK = 12


def has_letters(line: str) -> bool:
    """True when ``line`` holds a letter (not only digits, punctuation and symbols)."""
    return re.search(r"[^\W\d_]", line) is not None


# A headline is at most about thirty words; a first line far longer is a lead cut before its end.
_LEAD_MIN_WORDS = 45
# A lead long enough to be a sentence, not a headline opening on its date ("Ngày 15/10: Đại hội ...").
_DATED_LEAD_MIN_WORDS = 20
_WHEN = re.compile(
    r"^\S+(?:\s+\S+){0,3}?\s+(?:\d{1,2}(?:[/.\-]\d{1,2})?(?:[/.\-](?:\d{4}|\d{1,2}))?|nay|qua|hôm nay|hôm qua)"
    r"(?:\s*\([^()]{1,20}\))?\s*,\s"
)


def reads_as_lead(line: str) -> bool:
    """True for a first line that is a report's lead, not its headline (a page cut above it shows none).

    It runs far longer than a headline, or opens as a lead does on when it happened and a comma
    ("Ngày 12/6, Hội ... tổ chức ...") at a sentence's length.
    """
    first = line.split(maxsplit=1)[0] if line.strip() else ""
    if first.isalpha() and first.islower():  # opens mid-sentence
        return True
    if word_count(line) > _LEAD_MIN_WORDS:
        return True
    if word_count(line) < _DATED_LEAD_MIN_WORDS:
        return False
    opening, _ = _report_openings()
    return opening.match(line.lower()) is not None and _WHEN.match(line) is not None


def is_headline_like(line: str, max_words: int = 30) -> bool:
    """True for a line shaped like a headline: short, capitalised, no sentence-final punctuation."""
    if not line or ends_sentence(line) or word_count(line) > max_words or word_count(line) < 2:
        return False
    first = line.lstrip("\"'“‘«([")[:1]
    return first.isupper() or first.isdigit()


_DIGIT = re.compile(r"\d")


def is_record_line(line: str) -> bool:
    """True for one record of a list printed as lines (an infographic, a table flattened to text).

    Such a line carries "label: value" fields with figures ("Bản X, xã Y – Số hộ/khẩu: 207/886 –
    Dân tộc: Thái", "Thời gian kết nghĩa: 30/11/2014"): two fields or more, or one whose value is
    all figures. It is content, not a headline; a headline holds at most one "Place: what happened".
    """
    if _DIGIT.search(line) is None:
        return False
    fields = [m for m in _RECORD_FIELD.finditer(unbullet(line)) if len(m.group("label").split()) <= _RECORD_LABEL_WORDS]
    return len(fields) >= 2 or any(_FIGURES_VALUE.match(m.group("value").strip()) for m in fields)


# A line-up item is short: "Chủ tịch: ông Trần Quốc Tuấn", "Ông Nguyễn Văn A, Phó Chủ tịch Hội".
_LINEUP_LABEL_WORDS = 6
_LINEUP_VALUE_WORDS = 16
_LINEUP_ITEM_WORDS = 24
# Words closing the sentence that announces a list: "... gồm:", "Ban Thường vụ gồm các ông, bà".
_LIST_OPENERS = re.compile(r"(?:\bgồm(?: có)?(?: các [^,.;:]{0,30})?|\bnhư sau|\bsau đây|:)\s*$", re.I)


def opens_list(line: str) -> bool:
    """True for a sentence announcing the list under it (ends with ``:``, ``gồm``, ``như sau``).

    The site's labels (``Tags:``, ``Thẻ:``, ``Xem thêm:``) announce the site's links, not the article's list.
    """
    return _LIST_OPENERS.search(line.rstrip(CLOSERS + " ")) is not None and not is_stray(line)


def _person_value(text: str) -> bool:
    """True when ``text`` opens with a person: an honorific or title in lower case, or a surname and a name."""
    words = text.split()
    if not words:
        return False
    if words[0][:1].islower():  # "ông Trần Quốc Tuấn", "đồng chí X", "các ông, bà": a record's value
        return True
    return len(words) >= 2 and words[0] in surnames() and words[1][:1].isupper()


def is_lineup_item(line: str) -> bool:
    """True for one item of a line-up or a record list ("- Chủ tịch: ông Trần Quốc Tuấn"), never a headline.

    A short "label: value" whose value is a person or lower-case text, or a person (an honorific and a
    name) then their post after a comma or dash ("Ông Nguyễn Văn A, Phó Chủ tịch Hội"). A headline's
    "Place: What happened" goes on with a capital that opens no name.
    """
    item = unbullet(line).strip()
    if not item or word_count(item) > _LINEUP_ITEM_WORDS:
        return False
    label, colon, value = item.partition(":")
    value = value.strip()
    if colon and value and word_count(label) <= _LINEUP_LABEL_WORDS and word_count(value) <= _LINEUP_VALUE_WORDS:
        return _person_value(value) or is_record_line(item)
    head = re.split(r",\s|\s[-–—]\s", item, maxsplit=1)
    return len(head) == 2 and _titled_name(head[0].split()) and _agents().match(match_key(head[1])) is not None


def _is_name(words: Sequence[str]) -> bool:
    """True for a Vietnamese personal name: two to five capitalised words, a surname first."""
    return 2 <= len(words) <= 5 and words[0] in surnames() and all(w[:1].isupper() for w in words)


def _titled_name(words: Sequence[str]) -> bool:
    """True for an honorific or a title then a name and nothing else ("Ông Nguyễn Văn A", "Đại tá Lê B")."""
    for k in range(1, min(4, len(words) - 1)):
        agent = match_key(" ".join(words[:k]))
        if (m := _agents().match(agent)) is not None and m.end() == len(agent) and _is_name(words[k:]):
            return True
    return False


def names_topic_of(label: str, headline: str) -> bool:
    """True when ``label`` names what ``headline`` is about, printed inside it after its start.

    A tag page prints its tag over each headline ("Chủ tịch Tập đoàn Hoa Lợi" over "Bí thư Tỉnh ủy
    tiếp Chủ tịch Tập đoàn Hoa Lợi"), some pages a kicker. A line that starts the next one is not
    such a label: it is the headline, and the next line its alt text or a caption ("... - Ảnh 1").
    """
    short, long_ = label.split(), headline.split()
    if not 2 <= len(short) < len(long_) or ends_sentence(label):
        return False
    key, words = [w.lower() for w in short], [w.lower() for w in long_]
    return any(words[i : i + len(key)] == key for i in range(1, len(words) - len(key) + 1))


def repeats(line: str, title: str | None) -> bool:
    """True when ``line`` only repeats ``title`` (an image's alt text, a second title)."""
    # The key only drops spaces and zero-width marks: a line far longer than the title is not it,
    # and is not keyed (a paragraph's key is not cached).
    return title is not None and len(line) <= 2 * len(title) + 16 and match_key(line) == match_key(title)
