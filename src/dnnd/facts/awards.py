"""Awards: who gave which distinction to whom (``award`` facts, CAMEO 051).

An award is a named distinction given by a verb in the same clause
(:func:`dnnd.facts.clauses`; figure captions are left out):

* award names: ``Cờ thi đua``, ``Bằng khen``, ``Giấy khen``, ``Kỷ niệm chương``
  (with its quoted name: ``Kỷ niệm chương “Vì hòa bình, hữu nghị giữa các dân
  tộc”``), ``Huân chương``/``Huy chương``/``Huy hiệu`` with their names
  (``Huân chương Lao động hạng Ba``), ``danh hiệu``/``Giải thưởng`` with a name,
  a bare ``Cờ`` listed with another award (``tặng Cờ, Bằng khen``) or with its quoted name (``Cờ “Đơn vị dẫn
  đầu phong trào thi đua”``), and a prize
  with its rank (``giải Nhất ...``, ``Huy chương vàng``); the heads, ranks and
  verbs are in ``data/facts/awards.tsv``;
* verbs: ``tặng``, ``trao``, ``trao tặng``, ``tặng thưởng``, ``truy tặng``
  (active: the giver before the verb, the recipient after ``cho``/``tới`` or
  between the verb and the award: ``tặng Hội X Huân chương ...``); ``được ...
  tặng`` (passive: the recipient before ``được``, the givers between it and the
  verb); ``nhận``, ``đón nhận`` (the recipient before, the giver after
  ``của``/``do``), ``đạt``, ``đoạt``, ``giành`` (a prize won: the winner
  before, a bracketed note after her left out: ``Cô giáo X (Trường Y, tỉnh Z)
  giành giải Nhất``); ``<person>: Huy chương vàng`` in a list of results; an award
  written before its verb (``Huân chương ... được trao cho ...``, ``Bằng khen
  ... do UBND tỉnh trao tặng``); after ``được``/``nhận``, the people named after ``là`` (or ``là:``) receive what their
  kind before it was given (``Các cá nhân ... được trao tặng kỷ niệm chương ... lần này là ông A, <post>; bà B``);
* who acts under an authority gives with it (``thừa ủy quyền Chủ tịch nước, Hội X đã trao``: both; not who only
  stands for the giver, ``Thay mặt UBND tỉnh, ông Y trao``: the province's body); an award given to a post alone
  (``cho Đại sứ Liên bang Nga tại Việt Nam``) that another fact gives to a person by name is that award told again;
* ``đề xuất``/``đề nghị``/``kiến nghị``/``trình`` before the verb make the award
  ``proposed``; otherwise it is ``awarded``.
* a ceremony hosted or attended by the subject (``X tổ chức Lễ trao tặng Huân
  chương ... của Y cho Z``, ``dự lễ trao tặng``) takes no giver from that subject;
  who hosts the ceremony of receiving (``UBND tỉnh X phối hợp ... tổ chức lễ đón
  nhận Huân chương``) receives the award, and a place's authority receiving the
  award another fact gives the place is that award; who is congratulated on an
  award (``chúc mừng các Việt kiều được nhận bằng khen``) receives it; heads may be
  written in title case (``Huân Chương``); a bare rank continues a class list
  (``hạng nhất, nhì và ba``).
* prize money: ``<giver> thưởng <sum>`` is an award named by the verb and the
  sum as written (``thưởng 20.000USD``), with the sum as its ``amount``; the
  recipient after ``cho``, else the owner after ``của`` in what it honours
  (``để ghi nhận thành công của đội tuyển``).

One fact per award name: ``tặng Bằng khen, Giấy khen cho ...`` gives two facts
with the same giver and recipient; ``tặng X cho A và tặng Y cho B`` gives two
facts with their own recipients (the second verb keeps the first's giver).
Roles: ``status``, ``award`` (the name verbatim), ``giver`` (organizations, or
people when the subject names a person; the represented body after ``thay
mặt``; a short capitalised phrase such as ``Chủ tịch nước`` when nothing is
named), ``recipient`` (an entity when the recipient phrase is one organization
or person, else the phrase verbatim, ended by why it is given: ``vì đã có ...``,
``..., những người đã có đóng góp ...``), ``count`` (each quantity in the recipient
phrase: ``7 tập thể``) and ``period`` (a term in it: ``giai đoạn 2017 - 2022``).
A fact needs a giver or a recipient: ``Bằng khen`` named without being given
(``tiêu chuẩn xét tặng Bằng khen``, ``Bằng khen là hình thức khen thưởng``) is
no fact, nor is a negated or future gift (``chưa được tặng``, ``sẽ trao``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from functools import cache

import attrs

from dnnd.facts import FACT_ORDER, FactDraft, Reading, clauses, distinct
from dnnd.facts.extractor import FactExtractor
from dnnd.facts.reading import PURPOSE_AFTER_RE, Sentence, post_re, scan_words
from dnnd.facts.vocabulary import HONORIFIC, MOODS_NOT_DONE, alternation, words
from dnnd.gazetteer import LOWER, UPPER, honorifics, read_list, titles, trie_regex
from dnnd.hookspecs import hookimpl
from dnnd.model import AnyEntity, Fact, Mention, Organization, Person, Place, Quantity, Term
from dnnd.plugin import Extractor
from dnnd.text.patterns import scanner, word_alternation

__all__ = ["AwardExtractor", "dnnd_extractors"]

# CAMEO 051: praise or endorse.
_CODE = "051"

# (in title case too, as some outlets write an award's name: "Huân Chương Lao Động hạng Ba")
_HEADS = sorted(
    {
        form
        for head in words("awards", "plain") + words("awards", "titled") + words("awards", "named")
        for form in (head, head.title())
    },
    key=len,
)[::-1]
_LIST_HEADS = f"(?:{word_alternation(*_HEADS)})"
_RANKS = sorted(words("awards", "rank"), key=len)[::-1]
# Award heads, found from their first letter (awards.tsv). Bare "Cờ" only in a list of awards ("tặng Cờ,
# Bằng khen") or with its quoted name ("tặng Cờ “Đơn vị dẫn đầu phong trào thi đua năm 2019”", the emulation flag
# as the Law on Emulation and Commendation names it; phunu.khanhhoa.gov.vn); a prize only with its rank ("giải Nhất").
_AWARD_RE = re.compile(
    "(?P<head>"
    + word_alternation(*_HEADS)
    + "|"
    + f"(?:{word_alternation(*words('awards', 'prize'))})"
    + rf"(?=\s+(?:{word_alternation(*_RANKS)}|{word_alternation(*words('awards', 'contest'))})(?!\w))"
    + r"|C(?<!\wC)ờ(?=\s*(?:,|\svà)\s*"
    + _LIST_HEADS
    + r"|\s*[“\"]))(?!\w)"
)
_AWARD_HEAD_PATTERN = _AWARD_RE.pattern
_AWARD_RE = scanner(_AWARD_RE)  # the same matches, found faster (see scanner)
_COLON_RE = re.compile(r":\s*$")
# A contest after a prize, with its name: its quoted title, else its words up to a clause mark or a verb's
# party ("giải cuộc thi viết “Tìm hiểu về ...”", "giải Hội thi tiếng Việt năm 2024 cho ..."); the topic of a
# "tìm hiểu" contest (the usual civic quiz) runs on over "của", "tới", "với", "và", which are its own words:
# "Lễ trao giải cuộc thi Tìm hiểu về chuyến đi lịch sử của Chủ tịch Hồ Chí Minh tới Indonesia"
# (truyenhinhdulich.vn), "cuộc thi Tìm hiểu lịch sử quan hệ đặc biệt Việt Nam - Lào, ..." (tienphong.vn); a verb
# ends the name ("Giải nhất cuộc thi được trao cho ...").
_CONTEST_RE = re.compile(
    rf"\s+(?:{word_alternation(*words('awards', 'contest'))})(?!\w)"
    r"(?:[^“\"”,.;:()\n]{0,60}?[“\"][^”\"\n]{1,160}[”\"]"
    r"|(?:\s+\w+){0,2}?\s+[Tt]ìm hiểu\s[^“\"”,.;:()\n]{1,160}?(?=\s+(?:cho|do|tại|vào|nhằm)(?!\w)|\s*[,.;:()\n]|\s*$)"
    r"|[^“\"”,.;:()\n]{0,60}?(?=\s+(?:cho|tới|của|do|tại|vào|nhằm|và|với|được|đã|trao|tặng)(?!\w)|\s*[,.;:()\n]|\s*$))"
)
_RANK_RE = re.compile(rf"\s+(?:{word_alternation(*_RANKS)})(?!\w)")
# Heads that are a whole name ("Bằng khen"); the others take the name written after them.
_PLAIN_HEADS = frozenset({*words("awards", "plain"), "cờ"})
# Heads that are no award without a name ("danh hiệu", "Giải thưởng").
_NAMED_HEADS = frozenset(words("awards", "named"))
# Heads that only say the name after them is a title: the award is that name alone ("danh hiệu Anh hùng Lao động").
_TITLE_HEADS = frozenset(words("awards", "title"))
_OPENING_QUOTES = frozenset('“"‘«')
_CLOSING_QUOTES = frozenset('”"’»')
# (two single quotes stand for a double one on some outlets: ''Vì hòa bình ...'')
_QUOTED_RE = re.compile(r"\s*(?:[“\"«][^”\"»\n]{1,120}[”\"»]|‘[^’\n]{1,120}’|''[^'\n]{1,120}'')")
# An unquoted "Vì ..." name runs on over commas ("Kỷ niệm chương Vì hòa bình, hữu nghị giữa các dân tộc"),
# written lower case too ("Huy chương vì sự nghiệp ...").
# It ends before the giving words, or before another award listed after it ("... các dân tộc và Bằng khen").
_HEAD_WORDS = sorted({*words("awards", "plain"), *words("awards", "titled")}, key=len, reverse=True)
_AWARD_HEADS = alternation("|".join(_HEAD_WORDS))
_FOR_NAME_RE = re.compile(
    r"\s+(?:Vì|vì(?=\s+(?:sự nghiệp|hòa bình|thế hệ)))\s+[^;.“”\"()\n]{1,100}?"
    r"(?=\s+(?:cho|tới|của|do|nhân dịp|nhân kỷ niệm|nhân ngày|tại|vào|được|đã|tặng|trao|và tặng|và trao)(?!\w)"
    rf"|\s+(?:và|,)\s+{_AWARD_HEADS}|,\s+{_AWARD_HEADS}|\s*[;.]|\s*$)"
)
_STOP = (
    "cho|của|và|với|do|đã|được|tặng|trao|nhân|dịp|các|những|từ|đến|tới|về|vì|là|nhằm|để|ghi|góp|lên|vào|"
    "theo|cùng|hay|hoặc|này|đó|mà|trong|tại|ở|sau|khi|nhờ|bởi|có|đạt|đồng thời"
)
# A name after the head: a capitalised word or a number, then up to seven more words (no stop word; "do"
# after "Tự" is the word "Tự do", freedom: "Huân chương Tự do hạng Nhất").
# (a transliterated name keeps its apostrophes: "Huân Chương Mô-ha-mê-t'ray-thon-nak", qdnd.vn)
_NAME_RE = re.compile(
    rf"\s+(?:[{UPPER}][\w'’-]*|\d+)(?:\s+(?!(?<![Tt]ự\s)(?:{_STOP})(?!\w))[{UPPER}{LOWER}\d][\w'’-]*){{0,7}}"
)

_VERB_RE = re.compile(
    "(?P<verb>"
    + word_alternation(*sorted(words("awards", "give") + words("awards", "receive"), key=len)[::-1])
    + r")(?!\w)"
)
_GIVING = frozenset(words("awards", "give"))
# "ghi nhận", "tiếp nhận", "trao đổi", "nhận thức": not giving or receiving an award.
_NOT_RECEIVING_BEFORE = re.compile(r"(?<!\w)(?:tiếp|ghi|công|xác|thừa|chấp|cảm|thu)\s+$", re.IGNORECASE)
_NOT_VERB_AFTER = re.compile(r"\s+(?:đổi|quyền|thức|định|xét|thấy|diện|biết|lời|dạng)(?!\w)")
# A gift still to come, planned, denied or conditional (realis.tsv); a proposal is an award "proposed".
_UNREAL = MOODS_NOT_DONE - {"proposed"}
_TOPIC_BEFORE = re.compile(r"(?<!\w)việc\s+$", re.IGNORECASE)
# An award recalled, not the article's news: received before ("từng được trao tặng"), or counted over the years
# ("Hội đã 3 lần được Chủ tịch nước tặng Huân chương Lao động", "3 lần đoạt giải"): the marker opens the passive
# or the verb of receiving of the verb's own clause.
_RECALLED_RE = re.compile(
    r"(?<!\w)(?:[Tt]ừng|[Nn]hiều lần|\d+\s+lần|(?:hai|ba|bốn|năm)\s+lần)\s+(?:vinh dự\s+)?"
    r"(?:được|nhận|đạt|đoạt|giành)(?!\w)[^,;:.]{0,40}$"
)
_RECALLED_REACH = 60
_DECISION_RE = re.compile(r"(?<!\w)[Qq]uyết định(?!\w)")
_PROPOSAL_RE = re.compile(
    r"(?<!\w)(?:đề xuất|đề nghị|kiến nghị|trình(?=\s+(?:Chủ tịch|Thủ tướng|cấp trên)))(?!\w)", re.IGNORECASE
)
# (written "ủy" and "uỷ" alike: "Được ủy quyền của chủ tịch Liên hiệp, ông X đã trao ...")
_REPRESENTING_RE = re.compile(
    r"(?<!\w)(?:[Tt]hay mặt|[Tt]hừa (?:ủy|uỷ) quyền(?: của)?|(?:[Đđ]ược (?:sự )?)?(?:[Uu]ỷ|[Ủủ]y) quyền của)\s+"
)
_INTRO_RE = re.compile(
    r"\s*(?:[Tt]ại|[Nn]hân|[Dd]ịp|[Tt]rong|[Ss]au|[Cc]ũng tại|[Cc]ũng trong|[Tt]rước đó|[Tt]iếp đó|[Nn]goài ra|"
    r"[Vv]ới|[Qq]ua)(?!\w)[^,]*,"
)
# A purpose opening the sentence, over its commas: whose merits it recognises are no givers; the giver comes after
# its last comma ("Ghi nhận những đóng góp tích cực của Ban quản lý ... và cá nhân thiếu tướng X ..., ngày 11-2,
# Tổng thống Vladimir Putin đã ký quyết định tặng ...", congnghe.tuoitre.vn).
_PURPOSE_INTRO_RE = re.compile(r"\s*(?:(?:[Đđ]ể|[Nn]hằm)\s+)?(?:[Gg]hi nhận|[Tt]ôn vinh|[Bb]iểu dương|[Tt]ri ân)(?!\w)")
_PASSIVE_RE = re.compile(r"(?<!\w)được(?!\w)")
# Congratulating or praising someone on receiving an award (awards.tsv, praise) and saying (reporting_verbs.txt)
# before a receiving verb.
_PRAISE_RE = re.compile(rf"\s+{alternation('|'.join(words('awards', 'praise')), lower=True)}\s")
_SAYING_RE = re.compile(rf"\s+(?:{trie_regex(read_list('reporting_verbs.txt'))})(?!\w)")
# A place written as a recipient with its level word: "tỉnh Quảng Trị", "Thành phố Hà Nội".
_PLACE_LEVEL_RE = re.compile(rf"(?:[Tt]ỉnh|[Tt]hành phố|TP\.?|[Hh]uyện)\s+(?=[{UPPER}])")
# A ceremony right before the verb: "Lễ trao tặng", "buổi lễ đón nhận" (awards.tsv, ceremony).
# (hosted or attended by the subject: "X tổ chức Lễ trao tặng", "Y dự lễ trao tặng"; a ceremony that is itself the
# subject, "Theo quyết định ... của Chính phủ Nhật Bản, Lễ trao tặng ... đã được tổ chức", leaves the giver before it)
_CEREMONY_BEFORE_RE = re.compile(
    rf"(?<!\w){alternation('|'.join(words('awards', 'host') + words('awards', 'attend')), lower=True)}"
    rf"\s+(?:buổi\s+)?{alternation('|'.join(words('awards', 'ceremony')))}\s+$"
)
# The ceremony's own verb after its recipients: "Lễ trao tặng ... cho ông X ... đã được tổ chức tại ...".
_HELD_RE = re.compile(r"\s+(?:đã\s+)?(?:được tổ chức|diễn ra)(?!\w)")
# Hosting a ceremony, with the hosts' partners: the recipient of "tổ chức lễ đón nhận" is the subject before it.
# (not the noun after a plural word: "Liên hiệp các tổ chức hữu nghị")
_HOST_RE = re.compile(rf"(?<!các)(?<!những)\s+{alternation('|'.join(words('awards', 'host')), lower=True)}")
# An acronym alone between "được" and the verb: the giver ("được FIFA trao", "được UNESCO công nhận").
_ACRONYM_RE = re.compile(r"\s*[A-ZĐ][A-ZĐ0-9&-]{1,11}\s*")
_ADVERBS_END = re.compile(
    r"(?:\s+(?:đã|đều|cũng|vinh dự|rất|vừa|mới|từng|cùng|năm nay|lần này|đã vinh dự|vinh dự được|được|long trọng"
    r"|trọng thể))+\s*$"
)
# Between a person and the verb: a comma or a dash and her post ("Ông X, Chủ tịch Hội Y nhận ...").
_POST_ONLY_RE = re.compile(r"\s*[-–,]\s*[^,;.()]{0,60}")
# Between two people of a list of recipients: the first one's post, then a comma or "và" and an honorific.
# (forms of address and ranks before a name: "ông", "Đại tá"; gazetteer honorifics.txt)
_BEFORE_NAME = rf"(?:(?:{HONORIFIC}|{trie_regex(honorifics())})\s+)*"
_PEOPLE_GAP_RE = re.compile(rf"(?:\s*[-–,]\s*[^,;.()]{{0,60}}?)?(?:\s*,\s*|\s+và\s+){_BEFORE_NAME}")
_BEFORE_NAME_RE = re.compile(_BEFORE_NAME)
# A recipient phrase opening with a form of address or a rank before the name ("cho thiếu tướng Bùi Hải Sơn, quyền
# trưởng ban Ban quản lý Lăng Chủ tịch Hồ Chí Minh", congnghe.tuoitre.vn: the person named first, her posts after).
_HONORIFIC_START = re.compile(rf"(?:các\s+)?(?:(?:{HONORIFIC}|{trie_regex(honorifics())})\s+)+")
_PLURAL_LEAD_RE = re.compile(rf"các(?:\s+[{LOWER}][\w-]*){{1,2}}\s+")
# A person's posts between her name and the award given to her: a comma or a dash, then capitalised posts, no
# clause mark.
_POSTS_BEFORE_AWARD_RE = re.compile(rf"\s*[,–-]\s+(?:nguyên\s+|cựu\s+)?[{UPPER}][^;:()\n]{{0,200}}?\s")
_LEADING_LINK = re.compile(r"(?:\s|,|và(?!\w)|cùng(?!\w)|đồng thời(?!\w))*")
_SEPARATORS = re.compile(r"(?:\s|,|và|cùng|với)*")
# Between the items of a list under one verb, a semicolon too ("cho 3 cá nhân; Huân chương ... cho ...").
_LIST_SEPARATORS = re.compile(r"(?:\s|,|;|và|cùng|với)*")
# An award's class at the end of its name, and a further class coordinated after it.
_CLASS = r"hạng\s+(?:[Nn]hất|[Nn]hì|[Bb]a|I{1,3}|[1-3])(?!\w)"
_OWN_CLASS_RE = re.compile(rf"(?<!\w){_CLASS}")
# A bracketed gloss after the name, maybe before its class: the name in the giver's language or another
# name of it ("Huân chương Tự do (Itxala) hạng II cho ông X", xosogialai.org); the name goes on over it.
_GLOSS_RE = re.compile(rf"\s*\([^()\n]{{1,40}}\)(?:\s+{_CLASS})?")
# A name written in lower case, told by the class after it ("Huân chương phát triển hạng nhất").
_LOWER_CLASSED_RE = re.compile(rf"(?:\s+[{LOWER}][\w-]*){{1,4}}?\s+{_CLASS}")
# (a rank alone stands for the next class: "Huân chương Lao động hạng nhất, nhì và ba cho ...")
_MORE_CLASS_RE = re.compile(
    rf"(?:\s*,\s*|\s+và\s+)(?:(?P<cls>{_CLASS})|(?P<rank>[Nn]hất|[Nn]hì|[Bb]a|I{{1,3}}|[1-3])"
    r"(?=\s*(?:,|;|\.|$)|\s+(?:và|cho|tặng|tới)(?!\w)))"
)
_RUN_SEP = re.compile(r"\s*(?:,\s*(?:và\s+)?|\s+và\s+|\s+cùng\s+)")
# Between the verb and the award: nothing, a count ("trao 50 Bằng khen"), or the recipient.
# (a decision lists its awards after a colon: "Quyết định Tặng: danh hiệu ... cho 01 tập thể; Bằng khen ... cho ...")
_GAP_RE = re.compile(r"\s*:?\s*(?:\d+\s*)?")
# After the award: the giver ("của UBND tỉnh", "do Chủ tịch nước ... trao tặng") and the recipient ("cho ...").
_OF_RE = re.compile(r"\s+(?:của|do)\s+")
_TO_RE = re.compile(r"\s*(?:cho|tới|đến|tặng)\s+")
_OTHERS_RE = re.compile(r"\s+và\s+(?:\d+|một số|nhiều)\s+(?:vị|người|cá nhân|đồng chí)(?:\s+khác)?$")
_DESCRIBED_RE = re.compile(
    r",\s+(?:phần thưởng|danh hiệu|giải thưởng|hình thức khen thưởng)[^,;:.()]{0,80}?(?=\s+cho\s)"
)
_LATER_VERB_RE = re.compile(
    r"\s+(?:(?:của|do)\s+(?P<giver>[^,;]{1,80}?)\s+)?(?:đã\s+)?(?:được\s+)?"
    r"(?:trao tặng|tặng|trao|truy tặng)(?!\w)"
)
_END_TRIM = re.compile(
    r"[\s,.;:…!?]+$|\s+(?:và|cùng|,\s*đồng thời)$"
    # "cho 4 cá nhân trên": the recipients named before, told again
    + rf"|\s+{alternation('|'.join(words('awards', 'anaphor')), lower=True)}$"
)
# A decision signed right before the verb: "đã ký quyết định (số 123/QĐ-CTN)", "ban hành Quyết định".
_DECIDED_END_RE = re.compile(r"\s+(?:đã\s+)?(?:ký\s+|ban hành\s+)?[Qq]uyết định(?:\s+số\s+\S+)?\s*$")
_GIVING_END_RE = re.compile(r"\s+(?:đã\s+)?(?:trao tặng|tặng thưởng|trao|tặng)\s*$")
_CAPITAL_PHRASE = re.compile(rf"[{UPPER}][\w-]*(?:\s+[\w-]+){{0,5}}")
# Givers named by their office rather than a name: "Chủ tịch nước", "Thủ tướng Chính phủ", "Nhà nước Lào".
_STATE_GIVERS = words("awards", "state")
_MAX_RECIPIENT_WORDS = 40
# Honorees counted, not named: "3 cá nhân", "15 tập thể, 3 cá nhân" (awards.tsv, honorees).
_HONOREES = alternation("|".join(words("awards", "honorees")))
_COUNTED_RE = re.compile(rf"(?:(?:\d+|các|một số|nhiều)\s+{_HONOREES}(?:\s*,\s*|\s+và\s+)?)+")
# How far the honorees counted before their award may run, and what ends them first.
_MAX_COUNTED_REACH = 200
_CLAUSE_MARK_RE = re.compile(r"[;:.\n]")
_COUNTED_OF_RE = re.compile(rf"{_COUNTED_RE.pattern}\s*(?:của|thuộc)\s+")
# "trao Bằng khen và phần thưởng cho ...": a few words may come between the award and "cho".
_TO_REACH = 32
_PUNCT_RE = re.compile(r"[,;:.()]")
# Prize money (awards.tsv "bonus", "purpose"): the verb, who it goes to, where that phrase ends.
_BONUS_RE = re.compile(rf"(?:{alternation('|'.join(sorted(words('awards', 'bonus'), key=len, reverse=True)))})(?!\w)")
_PURPOSE_RE = re.compile(rf"(?:{alternation('|'.join(words('awards', 'purpose')))})(?!\w)")
# Why the award is given ("... do đã có công lao to lớn"): the recipient phrase ends before it.
_REASON_RE = re.compile(
    rf"\s+(?:{alternation('|'.join(sorted(words('awards', 'reason'), key=len, reverse=True)))})(?!\w)"
)
_SUM_AHEAD_RE = re.compile(r"\s*\d")
_BONUS_TO_RE = re.compile(r"\s*(?:dành\s+)?(?:cho|tới)\s+")
_BONUS_END_RE = re.compile(r"\s+(?:trong|tại|ở|với|nhằm|để|vì|khi|sau|vào|nhân)\s|[,;.(]")


@attrs.frozen
class _Award:
    """One award name: its span in the text."""

    start: int
    end: int
    #: The name when the text holds only its rank ("hạng Ba" of "Huân chương Lao động hạng Nhì và hạng Ba").
    name: str | None = None


@attrs.define
class _Group:
    """Awards given by one verb: who gave them, to whom, and whether only proposed."""

    awards: list[_Award]
    verb_start: int
    verb_end: int
    #: "active" (giver before), "passive" (``được`` giver verb), "receive" (``nhận``) or "later" (award first)
    voice: str
    end: int = 0
    givers: list[AnyEntity] = attrs.field(factory=list)
    giver_value: str | None = None
    recipient: AnyEntity | None = None
    #: The further people of a list of recipients ("cho ông A, <post> và ông B, <post>").
    also: list[AnyEntity] = attrs.field(factory=list)
    recipient_span: tuple[int, int] | None = None
    proposed: bool = False
    #: The body whose counted people or units the recipient phrase names ("2 cá nhân của Hội X").
    owner: AnyEntity | None = None
    #: Who acts for the giver named by a phrase ("thừa ủy quyền Chủ tịch nước, Hội X đã trao"): X gives too.
    acting: list[AnyEntity] = attrs.field(factory=list)


class _Article:
    """The article as this extractor reads it: a :class:`Reading` and the names in it."""

    def __init__(self, reading: Reading) -> None:
        self.reading = reading
        self.text = reading.text

    def names(self, start: int, end: int) -> list[Mention]:
        """The organization and person mentions inside ``[start, end)``."""
        return self.reading.mentions_in(start, end, Organization.kind, Person.kind)


# --------------------------------------------------------------------------- award names


def _awards(art: _Article, start: int, end: int) -> list[_Award]:
    """The award names in ``[start, end)``, each with the name written after its head."""
    text = art.text
    out = []
    for match in art.reading.words.matches(_AWARD_RE, start, end):
        head = " ".join(match.group("head").lower().split())
        stop = match.end()
        if head == "cờ" and (quoted := _QUOTED_RE.match(text, stop, end)) is not None:
            stop = quoted.end()  # "Cờ “Đơn vị dẫn đầu phong trào thi đua”": the flag with its name
        named: re.Match[str] | None = None
        if head not in _PLAIN_HEADS:
            rank = _RANK_RE.match(text, stop, end) or _CONTEST_RE.match(text, stop, end)  # "giải Nhất", "giải cuộc thi"
            stop = rank.end() if rank else stop
            # "giải Nhất cuộc thi tìm hiểu ...": the contest whose prize the rank is
            contest = _CONTEST_RE.match(text, stop, end) if rank is not None and rank.re is _RANK_RE else None
            stop = contest.end() if contest else stop
            named = _QUOTED_RE.match(text, stop, end) or _FOR_NAME_RE.match(text, stop, end)
            named = named or _NAME_RE.match(text, stop, end) or _LOWER_CLASSED_RE.match(text, stop, end)
            if named is not None:
                stop = _before_names(art, stop, named.end())
                gloss = _GLOSS_RE.match(text, stop, end)
                stop = gloss.end() if gloss is not None and named.end() == stop else stop
            if head in _NAMED_HEADS and stop == match.end():
                continue  # "danh hiệu" with no name after it
            if stop == match.end() and match.group("head")[0].islower():
                continue  # "quyết định trao tặng huân chương cho người nước ngoài": medals in general, none named
        titled = head in _TITLE_HEADS and named is not None and named.start() < stop
        out.append(
            _Award(match.start(), stop, _title(text[named.start() : stop]) if titled and named is not None else None)
        )
        out.extend(_further_classes(text, match.start(), stop, end))
    return out


def _title(name: str) -> str:
    """A title's name as the award: without the quotes around the whole of it ("“Công dân Danh dự Thủ đô”")."""
    name = name.strip()
    quoted = name[:1] in _OPENING_QUOTES and name[-1:] in _CLOSING_QUOTES and len(name) > 2
    return name[1:-1].strip() if quoted else name


def _further_classes(text: str, start: int, stop: int, end: int) -> Iterator[_Award]:
    """The further classes of an award named with its class ("Huân chương Lao động hạng Nhì và hạng Ba").

    Each class is an award of its own (two decorations, two facts), named as the first with its class.
    """
    own = _OWN_CLASS_RE.search(text, start, stop)
    if own is None or own.end() != stop:
        return
    base = text[start : own.start()]
    while (more := _MORE_CLASS_RE.match(text, stop, end)) is not None:
        if more.group("cls") is not None:
            yield _Award(more.start("cls"), more.end(), base + more.group("cls"))
        else:
            yield _Award(more.start("rank"), more.end(), f"{base}hạng {more.group('rank')}")
        stop = more.end()


def _before_names(art: _Article, start: int, end: int) -> int:
    """``end``, or the start of the first organization or person named inside ``[start, end)``."""
    names = art.names(start, end)
    if names and names[0].start > start:
        return start + len(art.text[start : names[0].start].rstrip())
    return end


def _runs(art: _Article, awards: list[_Award]) -> list[list[_Award]]:
    """Awards listed together (``Bằng khen, Giấy khen``) share one verb, giver and recipient."""
    runs: list[list[_Award]] = []
    for award in awards:
        if runs and _RUN_SEP.fullmatch(art.text, runs[-1][-1].end, award.start):
            runs[-1].append(award)
        else:
            runs.append([award])
    return runs


# --------------------------------------------------------------------------- verbs and groups


def _verb_before(
    art: _Article, run: list[_Award], floor: int
) -> tuple[re.Match[str], Mention | tuple[int, int] | None] | None:
    """The verb giving ``run``: the last one before it with nothing but a count or a recipient between (a name, or
    the stretch of a counted one)."""
    text = art.text
    verbs = [v for v in _VERB_RE.finditer(text, floor, run[0].start) if _real_verb(art, v, floor)]
    if not verbs:
        return None
    verb = verbs[-1]
    if _GAP_RE.fullmatch(text, verb.end(), run[0].start):
        return verb, None
    names = art.names(verb.end(), run[0].start)
    if len(names) == 1:
        lead = _HONORIFIC_START.match(text, verb.end() + 1)
        before_ok = text[verb.end() : names[0].start].strip() == "" or (
            lead is not None and lead.end() == names[0].start
        )
        if before_ok and text[names[0].end : run[0].start].strip() == "":
            return verb, names[0]
    # "trao tặng đồng chí X, Ủy viên ..., nguyên Thứ trưởng Bộ Y Huân chương Độc lập hạng Nhì": the person and her
    # posts (names of bodies inside), then the award
    person = names[0] if names and names[0].kind == Person.kind else None
    if (
        person is not None
        and _BEFORE_NAME_RE.fullmatch(text, verb.end() + 1, person.start) is not None
        and _POSTS_BEFORE_AWARD_RE.fullmatch(text, person.end, run[0].start) is not None
    ):
        return verb, person
    # "tặng và truy tặng 11 cán bộ tiền khởi nghĩa, nguyên Thứ trưởng ... Huân chương Độc lập hạng ba": the honorees
    # counted, what they were, then the award
    counted = _COUNTED_RE.match(text, verb.end() + 1, run[0].start)
    between = text[verb.end() : run[0].start].replace("...", " ").replace("…", " ")
    if (
        counted is not None
        and counted.end() > counted.start()
        and len(between) <= _MAX_COUNTED_REACH
        and not _CLAUSE_MARK_RE.search(between)
        and not any(_real_verb(art, v, floor) for v in _VERB_RE.finditer(text, counted.end(), run[0].start))
    ):
        return verb, (verb.end() + 1, run[0].start)
    return None


def _real_verb(art: _Article, verb: re.Match[str], floor: int) -> bool:
    """Whether a verb match gives or receives (not ``ghi nhận``, ``trao đổi``, ``sẽ trao``)."""
    text = art.text
    before = text[max(floor, verb.start() - 24) : verb.start()]
    word = verb.group("verb").lower()
    if word.endswith("nhận") and word != "đón nhận" and _NOT_RECEIVING_BEFORE.search(before):
        return False
    if _TOPIC_BEFORE.search(before) and not _DECISION_RE.search(text, floor, verb.start()):
        return False  # "trao đổi về việc tặng Bằng khen": the giving is a topic, unless a decision is about it
    if _RECALLED_RE.search(text[max(floor, verb.start() - _RECALLED_REACH) : verb.end()]):
        return False
    return not (_NOT_VERB_AFTER.match(text, verb.end()) or art.reading.mood(floor, verb.start()) in _UNREAL)


def _groups(art: _Article, clause: tuple[int, int]) -> list[_Group]:
    """The awards of one clause grouped by the verb that gives them, givers and recipients read."""
    runs = _runs(art, _awards(art, *clause))
    groups: list[_Group] = []
    for run in runs:
        previous = groups[-1] if groups else None
        floor = previous.end if previous else clause[0]
        group = _group(art, run, floor, previous, clause)
        if group is None:
            continue
        _resolve(art, group, clause[0], floor)
        _read_after(art, group, runs, clause)
        if previous is not None:
            _inherit(group, previous)
        groups.append(group)
    return groups


def _group(
    art: _Article, run: list[_Award], floor: int, previous: _Group | None, clause: tuple[int, int]
) -> _Group | None:
    """The group of ``run``: its own verb before it, the previous group's verb, or a verb after it."""
    text = art.text
    found = _verb_before(art, run, floor)
    if found is not None:
        verb, recipient = found
        group = _Group(run, verb.start(), verb.end(), _voice(art, verb, floor))
        if isinstance(recipient, tuple):
            _set_recipient(art, group, *recipient)
        elif recipient is not None:
            _set_recipient_mention(art, group, recipient)
        return group
    colon = _COLON_RE.search(text, max(floor, run[0].start - 4), run[0].start)
    people = art.reading.mentions_in(floor, run[0].start, Person.kind)
    if colon is not None and people and not text[people[-1].end : colon.start()].strip():
        # "Nguyễn Ngọc Trường Sơn: Huy chương vàng": a list of results, the person won it
        group = _Group(run, colon.start(), colon.end(), "receive")
        _set_recipient_mention(art, group, people[-1])
        return group
    if previous is not None and _LIST_SEPARATORS.fullmatch(text, previous.end, run[0].start):
        # "tặng Bằng khen cho A và Giấy khen cho B": the same verb, another recipient
        group = _Group(run, previous.verb_start, previous.verb_end, previous.voice)
        group.proposed = previous.proposed
        return group
    later = _LATER_VERB_RE.match(text, run[-1].end, clause[1])
    if later is None:
        return None
    group = _Group(run, later.start(), later.end(), "later")
    if later.group("giver"):
        _set_givers(art, group, later.start("giver"), later.end("giver"))
    return group


def _go_on(art: _Article, group: _Group, previous: _Group, clause: tuple[int, int]) -> None:
    """A clause of the same sentence opening on its verbs ("...; tặng và truy tặng 38 đồng chí ...") goes on with the
    giver of the clause before it."""
    if (
        group.voice == "active"
        and not group.givers
        and group.giver_value is None
        and not _VERB_RE.sub(" ", art.text[clause[0] : group.verb_start]).replace(" và ", " ").strip(" ;,")
    ):
        group.givers, group.giver_value = previous.givers, previous.giver_value


def _inherit(group: _Group, previous: _Group) -> None:
    """A later verb of the clause without its own giver keeps the previous one's (and, passive, its recipient)."""
    if not group.givers and group.giver_value is None:
        group.givers, group.giver_value = previous.givers, previous.giver_value
    if group.recipient is None and group.recipient_span is None and group.voice in ("passive", "receive"):
        group.recipient, group.recipient_span = previous.recipient, previous.recipient_span


def _voice(art: _Article, verb: re.Match[str], floor: int) -> str:
    """``active``, ``passive`` (``được ... tặng``) or ``receive`` (``nhận``, ``đón nhận``)."""
    if verb.group("verb").lower() not in _GIVING:
        return "receive"
    return "passive" if _passive_start(art, verb.start(), floor) is not None else "active"


def _passive_start(art: _Article, verb_start: int, floor: int) -> int | None:
    """Where ``được`` opens a passive before the verb, with only givers between (``được UBND tỉnh tặng``)."""
    text = art.text
    found = list(_PASSIVE_RE.finditer(text, max(floor, verb_start - 160), verb_start))
    if not found:
        return None
    duoc = found[-1]
    if _only_names(art, duoc.end(), verb_start) or _capital_phrase(text, duoc.end(), verb_start):
        return duoc.start()
    if _ACRONYM_RE.fullmatch(text, duoc.end(), verb_start):
        return duoc.start()  # "X được FIFA trao ...": a body by its acronym, whether or not it was caught
    return None


def _only_names(art: _Article, start: int, end: int) -> bool:
    """Whether ``[start, end)`` holds nothing but names and separators (``, `` ``và``)."""
    pos = start
    for m in art.names(start, end):
        if m.start < pos:
            continue
        if not _SEPARATORS.fullmatch(art.text, pos, m.start):
            return False
        pos = m.end
    return _SEPARATORS.fullmatch(art.text, pos, end) is not None


# --------------------------------------------------------------------------- givers and recipients


def _read_after(art: _Article, group: _Group, runs: list[list[_Award]], clause: tuple[int, int]) -> None:
    """The giver after the award (``của``/``do``) and the recipient after ``cho``, up to the next group."""
    text = art.text
    end = max(group.awards[-1].end, group.verb_end if group.voice == "later" else 0)
    nxt = next((r[0].start for r in runs if r[0].start > end), clause[1])
    pos = end
    # "tặng Kỷ niệm chương ..., phần thưởng cao quý nhất của X cho Y": a description of the award
    described = _DESCRIBED_RE.match(text, pos, nxt)
    if described is not None:
        pos = described.end()
    of = _OF_RE.match(text, pos, nxt)
    if of is not None:
        to_at = _TO_RE.search(text, of.end(), nxt)
        stop = to_at.start() if to_at else _phrase_end(text, of.end(), nxt)
        if not group.givers and group.giver_value is None:
            _set_givers(art, group, of.end(), stop)
        pos = stop
    to = _TO_RE.search(text, pos, min(nxt, pos + _TO_REACH))
    if to is not None and _PUNCT_RE.search(text, pos, to.start()):
        to = None
    # another verb ends the recipient: "tặng Bằng khen cho A và trao quà cho B"
    body = to.end() if to is not None else pos
    limit = next((v.start() for v in _VERB_RE.finditer(text, body, nxt) if _real_verb(art, v, body)), nxt)
    if to is not None and group.recipient is None and group.recipient_span is None:
        semicolon = text.find(";", to.end(), limit)  # a list's next item after a semicolon
        limit = semicolon if semicolon != -1 else limit
        purpose = PURPOSE_AFTER_RE.search(text, to.end(), limit)  # "..., nhằm ghi nhận ...": what it is for
        limit = purpose.start() if purpose else limit
        held = _HELD_RE.search(text, to.end(), limit)  # "... cho ông X ... đã được tổ chức tại ...": the ceremony's
        limit = held.start() if held else limit
        reason = _REASON_RE.search(text, to.end(), limit)  # "... vì đã có thành tích ...": why it is given
        _set_recipient(art, group, to.end(), reason.start() if reason else limit)
        group.end = group.recipient_span[1] if group.recipient_span else to.end()
    else:
        group.end = max(pos, end, group.end)


def _phrase_end(text: str, start: int, limit: int) -> int:
    """Where a short phrase after ``của`` ends: the next comma or the limit."""
    comma = text.find(",", start, limit)
    return comma if comma != -1 else limit


def _chosen(names: list[Mention]) -> list[Mention]:
    """The people among ``names`` if any, else the organizations: who gives or acts."""
    people = [m for m in names if m.kind == Person.kind]
    return people or [m for m in names if m.kind == Organization.kind]


def _set_givers(art: _Article, group: _Group, start: int, end: int) -> None:
    """Givers named in ``[start, end)``: people if any, else organizations, else a capitalised phrase."""
    text = art.text
    represented = _REPRESENTING_RE.search(text, start, end)
    if represented is not None:
        comma = text.find(",", represented.end(), end)
        stop = comma if comma != -1 else end
        # "thừa ủy quyền Chủ tịch nước, Hội X đã trao tặng ...": who acts under the authority, named after it, gives
        # too (sggp.org.vn; "thừa ủy quyền của Chủ tịch nước Y, đồng chí Z, <posts> đã trao", vov.vn); not who only
        # stands for the giver ("Thay mặt UBND tỉnh, ông X trao")
        authorised = comma != -1 and not represented.group().lower().startswith("thay")
        actors = _chosen(art.names(comma + 1, end)) if authorised else []
        if art.names(represented.end(), stop):
            start, end = represented.end(), stop
            group.givers.extend(e for e in art.reading.entities_of(actors) if e is not None)
        else:
            group.giver_value = _capital_phrase(text, represented.end(), stop)
            if group.giver_value:
                group.acting = [e for e in art.reading.entities_of(actors) if e is not None]
                return
    intro = _INTRO_RE.match(text, start, end)
    if intro is not None:
        start = intro.end()
    if _PURPOSE_INTRO_RE.match(text, start, end) and (comma := text.rfind(",", start, end)) != -1:
        start = comma + 1
    chosen = _chosen(art.names(start, end))
    for m in chosen:
        entity = art.reading.entity(m)
        if entity is not None and entity not in group.givers:
            group.givers.append(entity)
    if not group.givers:
        comma = text.rfind(",", start, end)
        group.giver_value = _capital_phrase(text, comma + 1 if comma != -1 else start, end)
        if group.giver_value is None and (acronym := _ACRONYM_RE.fullmatch(text, start, end)) is not None:
            group.giver_value = acronym.group().strip()  # "được FIFA trao"


@cache
def _office_re() -> re.Pattern[str]:
    """A phrase naming a giver by office: a title (``Chủ tịch nước``) or the state (``Nhà nước``)."""
    heads = {w[0].upper() + w[1:] for w in titles()} | set(_STATE_GIVERS)
    return re.compile(rf"(?:Phó\s+)?(?:Tổng\s+)?(?:{trie_regex(heads)})(?!\w)")


def _capital_phrase(text: str, start: int, end: int) -> str | None:
    """A short phrase naming an office (``Chủ tịch nước``, ``Thủ tướng Chính phủ``), adverbs dropped."""
    phrase = _ADVERBS_END.sub("", text[start:end].rstrip(" ,.;:…")).strip(" ,")
    # "Chủ tịch nước đã ký quyết định tặng ...": who signs the decision gives
    # ... and "của Chủ tịch nước trao tặng": the giving verb after the giver is no part of its name
    phrase = _ADVERBS_END.sub("", _DECIDED_END_RE.sub("", _GIVING_END_RE.sub("", phrase))).strip(" ,")
    return phrase if _CAPITAL_PHRASE.fullmatch(phrase) and _office_re().match(phrase) else None


# After an award received: who the subject's people are, named after "là" ("... lần này là ông A, ...", "Hai cá nhân
# được trao Bằng khen là: Bà A ...; ông B ...", hanoimoi.vn).
_NAMED_AFTER_RE = re.compile(r"\s*(?:(?:lần|đợt|năm) này\s+)?là\s*:?\s+")


def _set_recipient_mention(art: _Article, group: _Group, mention: Mention) -> None:
    group.recipient = art.reading.entity(mention)
    group.recipient_span = (mention.start, mention.end)


def _set_recipient(art: _Article, group: _Group, start: int, end: int) -> None:
    """The recipient phrase ``[start, end)``: one named organization or person, else the words."""
    text = art.text
    trimmed = _END_TRIM.sub("", text[start:end])
    while trimmed != (again := _END_TRIM.sub("", trimmed)):
        trimmed = again
    end = start + len(trimmed)
    group.owner = _counted_owner(art, start, end)
    if group.owner is not None:
        group.recipient = group.owner
        return
    if end <= start or len(trimmed.split()) > _MAX_RECIPIENT_WORDS:
        return
    group.recipient_span = (start, end)
    lead = _HONORIFIC_START.match(text, start, end)
    name_start = lead.end() if lead else start
    names = art.names(name_start, end)
    listed = _listed_people(art, names, name_start, end)
    if listed:
        group.recipient, group.also = listed[0], listed[1:]
        return
    if names and names[0].start == name_start:
        first = names[0]
        rest = text[first.end : end]
        whole = first.end == end
        # "cho ông X, Chủ tịch Hội ... và 4 vị khác": the person named, others only counted
        others = _OTHERS_RE.search(rest)
        rest = rest[: others.start()] if others else rest
        apposition = first.kind == Person.kind and re.match(r"\s*(?:,|[-–])\s", rest) and " và " not in rest
        if whole or apposition:
            group.recipient = art.reading.entity(first)
            return
    # "tặng Phó Chủ nhiệm ..., Chủ tịch Hội ... Chon Yong Chin": the offices come first, the name last
    last = names[-1] if names else None
    if last is not None and last.kind == Person.kind and last.end == end and " và " not in text[start:end]:
        group.recipient = art.reading.entity(last)


def _listed_people(art: _Article, names: list[Mention], start: int, end: int) -> list[AnyEntity]:
    """The people of a list filling ``[start, end)``, each maybe with a post ("ông A, <post> và ông B")."""
    people = [m for m in names if m.kind == Person.kind]
    text = art.text
    # (the list may open on what they are: "cho các hội viên Đặng Thị Mát, Trần Thị Minh, Dương Hương Ly")
    lead = _PLURAL_LEAD_RE.match(text, start, people[0].start) if people else None
    if len(people) < 2 or not _BEFORE_NAME_RE.fullmatch(text, lead.end() if lead else start, people[0].start):
        return []
    joined = all(_PEOPLE_GAP_RE.fullmatch(text, a.end, b.start) for a, b in itertools.pairwise(people))
    if not joined or not (people[-1].end == end or _POST_ONLY_RE.fullmatch(text, people[-1].end, end)):
        return []
    return distinct(e for m in people if (e := art.reading.entity(m)) is not None)


def _counted_owner(art: _Article, start: int, end: int) -> AnyEntity | None:
    """The body after ``của`` in a phrase of counted honorees ("15 tập thể, 3 cá nhân của Hội X")."""
    counted = _COUNTED_OF_RE.match(art.text, start, end)
    if counted is None:
        return None
    # what follows the body says what they did ("... của Hội X đã có nhiều đóng góp")
    names = [m for m in art.names(counted.end(), end) if m.start == counted.end() and m.kind == Organization.kind]
    return art.reading.entity(names[0]) if names else None


def _owner_for_all(art: _Article, groups: list[_Group]) -> list[_Group]:
    """A list's last item "2 cá nhân của Hội X" names whose honorees every counted item of the list is.

    "trao A cho 3 cá nhân; B cho 1 tập thể; C cho 2 cá nhân của Hội X": each award went to Hội X's people.
    """
    owner = groups[-1].owner if groups else None
    if owner is None:
        return groups
    for group in groups:
        span = group.recipient_span
        if group.recipient is None and span is not None and _COUNTED_RE.fullmatch(art.text, *span):
            group.recipient = owner
    return groups


def _subject_recipient(art: _Article, group: _Group, floor: int, end: int) -> None:
    """The recipient before ``được`` or ``nhận``: the words after the last comma, else the last person."""
    text = art.text
    end = _before_note(text, floor, end)
    people = art.reading.mentions_in(floor, end, Person.kind)
    after = people[-1].end if people else end
    if people and _POST_ONLY_RE.fullmatch(text, after, end) and not _REPRESENTING_RE.search(text, after, end):
        # "Ông X, Chủ tịch Hội Y nhận Bằng khen": the person receives it, not her post
        _set_recipient_mention(art, group, people[-1])
        return
    comma = text.rfind(",", floor, end)
    start = comma + 1 if comma != -1 else floor
    intro = _INTRO_RE.match(text, start, end)
    if intro is not None:
        start = intro.end()
    if _PURPOSE_INTRO_RE.match(text, start, end) and (comma := text.rfind(",", start, end)) != -1:
        start = comma + 1
    # "Bà X, thay mặt Hội Y nhận Bằng khen": the body she stands for receives it, she only accepts it
    represented = _REPRESENTING_RE.search(text, start, end)
    if represented is not None:
        start = represented.end()
    # "Đại sứ X chúc mừng các Việt kiều được nhận bằng khen": who is congratulated receives it;
    # "Ông X khẳng định được nhận Huân chương ... là niềm vinh dự": the speaker does
    praised = None
    for praised in _PRAISE_RE.finditer(text, start, end):  # noqa: B007 - the last one
        pass
    if praised is not None:
        start = praised.end()
    said = _SAYING_RE.search(text, start, end)
    if said is not None and not _inside_name(art, said.start()):
        end = said.start()
    # "UBND tỉnh X (phối hợp Y) tổ chức lễ đón nhận Huân chương": who hosts the ceremony of receiving receives it
    end = next((h.start() for h in _HOST_RE.finditer(text, start, end) if not _inside_name(art, h.start())), end)
    phrase = _ADVERBS_END.sub("", text[start:end]).rstrip()
    stop = start + len(phrase)
    start += _LEADING_LINK.match(phrase).end()  # type: ignore[union-attr]
    if stop > start:
        _set_recipient(art, group, start, stop)
        return
    people = art.reading.mentions_in(floor, end, Person.kind)
    if people:
        _set_recipient_mention(art, group, people[-1])


def _before_note(text: str, floor: int, end: int) -> int:
    """``end``, or the start of a bracketed note the subject ends on, which says who she is, not who receives.

    "Cô giáo Nguyễn Thị Liên (Trường THCS Quảng Thanh, huyện Quảng Trạch, tỉnh Quảng Bình) giành giải Nhất":
    she wins it, not the place her note ends on.
    """
    stop = len(text[floor:end].rstrip()) + floor
    if stop <= floor or text[stop - 1] != ")":
        return end
    opening = text.rfind("(", floor, stop)
    return opening if opening > floor and text.find(")", opening, stop - 1) == -1 else end


def _inside_name(art: _Article, at: int) -> bool:
    """Whether ``at`` falls inside an organization or person named there ("Liên hiệp các tổ chức hữu nghị")."""
    return any(m.start < at < m.end for m in art.names(max(0, at - 120), at + 1))


def _resolve(art: _Article, group: _Group, clause_start: int, floor: int) -> None:
    """The giver and the recipient the group's voice puts before its verb, and whether it is proposed."""
    text = art.text
    proposal = None
    for proposal in _PROPOSAL_RE.finditer(text, clause_start, group.verb_start):  # noqa: B007 - the last one
        pass
    group.proposed = group.proposed or proposal is not None
    if group.voice == "active":
        start = max(floor, proposal.end() if proposal is not None else floor)
        # "X tổ chức Lễ trao tặng Huân chương ... của Y cho Z": the verb names the ceremony, whose host or guests
        # before it give nothing (the giver is told after the award, if at all)
        ceremony = _CEREMONY_BEFORE_RE.search(text, max(start, group.verb_start - 40), group.verb_start)
        if not group.givers and group.giver_value is None and ceremony is None:
            _set_givers(art, group, start, group.verb_start)
    elif group.voice == "passive":
        duoc = _passive_start(art, group.verb_start, floor)
        if duoc is not None:
            if not group.givers and group.giver_value is None:
                _set_givers(art, group, duoc + len("được"), group.verb_start)
            if group.recipient is None and group.recipient_span is None:
                _subject_recipient(art, group, floor, duoc)
                _named_after(art, group)
    elif group.voice == "receive" and group.recipient is None and group.recipient_span is None:
        _subject_recipient(art, group, floor, group.verb_start)
        _named_after(art, group)


def _named_after(art: _Article, group: _Group) -> None:
    """``<who> được tặng <award> (lần này) là <people>``: the people named after ``là`` receive it.

    The subject before ``được`` or ``nhận`` only says what kind of people they are ("Các cá nhân công tác tại TP.HCM
    được trao tặng kỷ niệm chương ... lần này là ông A, <post>; bà B, <post>", plo.vn; "Công dân Nhật Bản được tặng
    thưởng Huân chương lần này là X", inas).
    """
    text = art.text
    named = _NAMED_AFTER_RE.match(text, group.awards[-1].end)
    sentence = art.reading.sentence_containing(group.verb_start)
    if named is None or sentence is None:
        return
    people = art.reading.mentions_in(named.end(), sentence.end, Person.kind)
    lead = _HONORIFIC_START.match(text, named.end())
    if not people or people[0].start != (lead.end() if lead else named.end()):
        return
    entities = distinct(art.reading.entities_of(people))
    group.recipient, group.also = entities[0], entities[1:]
    group.recipient_span = (people[0].start, people[-1].end)


# --------------------------------------------------------------------------- facts


def _facts(art: _Article, group: _Group, clause: tuple[int, int]) -> Iterator[Fact]:
    """One fact per award of the group, citing the clause."""
    if not (group.givers or group.giver_value or group.recipient is not None or group.recipient_span):
        return
    for award in group.awards:
        draft = FactDraft("award", _CODE)
        draft.add("status", value="proposed" if group.proposed else "awarded")
        draft.add("award", value=award.name or art.text[award.start : award.end])
        draft.add_all("giver", group.givers).add("giver", value=group.giver_value if not group.givers else None)
        draft.add_all("giver", group.acting)
        if group.recipient is not None:
            draft.add("recipient", group.recipient).add_all("recipient", group.also)
        elif group.recipient_span is not None:
            start, end = group.recipient_span
            draft.add("recipient", value=art.text[start:end])
            for m in art.reading.mentions_in(start, end, Quantity.kind, Term.kind):
                entity = art.reading.entity(m)
                draft.add("count" if m.kind == Quantity.kind else "period", entity)
        yield draft.cite(*clause).build()


def _bonuses(reading: Reading) -> Iterator[Fact]:
    """``<giver> thưởng <sum> (cho <recipient> | để ghi nhận ... của <recipient>)``: prize money as an award.

    The award is the verb and the sum as written (``thưởng 20.000USD``); a
    sum followed by another aid word ("thưởng và tài trợ tổng cộng ...") mixes
    prize and sponsorship and is left out, as is a bonus to come (realis).
    """
    text = reading.text
    for verb in scan_words(reading.words, _BONUS_RE):
        # only a bonus followed at once by its sum: the common "khen thưởng" costs one look
        sentence = reading.sentence_containing(verb.start())
        if sentence is None or not _SUM_AHEAD_RE.match(text, verb.end()):
            continue
        sums = reading.mentions_in(verb.end(), sentence.end, "money")
        if not sums or text[verb.end() : sums[0].start].strip():
            continue
        money = sums[0]
        clause = next((c for c in clauses(text, sentence.start, sentence.end) if c[0] <= verb.start() < c[1]), None)
        if clause is None or reading.mood(clause[0], verb.start()) in _UNREAL:
            continue
        draft = FactDraft("award", _CODE).add("status", value="awarded")
        draft.add("award", value=text[verb.start() : money.end])
        draft.add("amount", reading.entity(money))
        names = reading.subject_mentions(clause[0], verb.start(), Organization.kind, Person.kind)
        draft.add_all("giver", reading.entities_of(names))
        recipient = _bonus_recipient(reading, money.end, clause[1])
        if recipient is not None:
            draft.add("recipient", reading.entity(recipient[1]) if recipient[1] else None, recipient[0])
        if draft.has("giver") or draft.has("recipient"):
            yield draft.cite(*clause).build()


def _bonus_recipient(reading: Reading, start: int, end: int) -> tuple[str | None, Mention | None] | None:
    """Who the prize money goes to: the phrase after ``cho``, else the owner after ``của`` in its purpose."""
    text = reading.text
    to = _BONUS_TO_RE.match(text, start, end)
    at = to.end() if to is not None else None
    if at is None:
        purpose = _PURPOSE_RE.search(text, start, end)
        owner = _OF_RE.search(text, purpose.end(), end) if purpose is not None else None
        at = owner.end() if owner is not None else None
    if at is None:
        return None
    stop = _BONUS_END_RE.search(text, at, end)
    phrase = text[at : stop.start() if stop else end].strip(" ,.;:")
    if not phrase:
        return None
    opening = [m for m in reading.mentions_in(at, at + len(phrase), Organization.kind, Person.kind) if m.start == at]
    if opening and opening[0].end - at == len(phrase):
        return None, opening[0]
    return phrase, None


def _award_names(fact: Fact) -> list[str]:
    return [" ".join((r.value or "").lower().split()) for r in fact.roles if r.role == "award"]


def _without_summaries(facts: list[Fact]) -> list[Fact]:
    """``facts`` without a bare head ("trao tặng Huân chương, Huy chương ... cho tập thể, cá nhân") that named
    awards of the same head in the article ("Huân chương Lao động hạng Ba cho ...") tell in detail."""
    named = {name for fact in facts for name in _award_names(fact)}
    heads = {word.lower() for word in words("awards", "titled")}

    def summary(fact: Fact) -> bool:
        return any(
            name in heads and any(other.startswith(name + " ") for other in named) for name in _award_names(fact)
        )

    return [fact for fact in facts if not summary(fact)]


def _without_restatements(facts: list[Fact]) -> list[Fact]:
    """``facts`` without an award told again with no recipient (nor a count of them) that another fact gives to
    someone: "Việc trao tặng Huân chương Hữu nghị nhằm ghi nhận ..." after "trao tặng Huân chương Hữu nghị cho
    Đại sứ X" is the same award, not a second one."""
    given = {name for fact in facts if _has(fact, "recipient") for name in _award_names(fact)}

    def restated(fact: Fact) -> bool:
        names = _award_names(fact)
        return bool(names) and not _has(fact, "recipient", "count") and all(name in given for name in names)

    return [fact for fact in facts if not restated(fact)]


def _without_authorities(facts: list[Fact], reading: Reading) -> list[Fact]:
    """``facts`` without an award told again as given to a place's authority ("UBND tỉnh X", "Tỉnh ủy X") when
    another fact gives the same award to the place itself ("tỉnh X"): the province's award, which its
    authorities receive at the ceremony, not a second one."""
    places: dict[str, set[str]] = {}  # award name -> the names of the places it is given to
    for fact in facts:
        given = set()
        for role in fact.roles:
            entity = reading.entities.get(role.entity) if role.role == "recipient" and role.entity else None
            if isinstance(entity, Place):
                given.add(entity.name.lower())
            elif role.role == "recipient" and role.value and (bare := _PLACE_LEVEL_RE.match(role.value)):
                given.add(role.value[bare.end() :].lower())
        for name in _award_names(fact):
            places.setdefault(name, set()).update(given)

    def authority(fact: Fact) -> bool:
        given = {p for name in _award_names(fact) for p in places.get(name, ())}
        recipients = [reading.entities.get(r.entity) for r in fact.roles if r.role == "recipient" and r.entity]
        return (
            bool(given)
            and len(recipients) == 1
            and isinstance(body := recipients[0], Organization)
            and any(
                e.name.lower() in given
                for span in body.spans
                for e in reading.entities_in(span.start, span.end, "place")
            )
        )

    return [fact for fact in facts if not authority(fact)]


def _without_posts_of_the_named(facts: list[Fact], reading: Reading) -> list[Fact]:
    """``facts`` without an award given to a post alone ("Huân chương Hữu nghị cho Đại sứ Liên bang Nga tại Việt
    Nam", as a heading or a lead writes it) when another fact gives the same award to a person by name: the person
    who holds the post, told again (sputniknews), not a second award."""
    to_people = {
        name
        for fact in facts
        if any(isinstance(reading.entities.get(r.entity or ""), Person) for r in fact.roles if r.role == "recipient")
        for name in _award_names(fact)
    }

    def post_only(fact: Fact) -> bool:
        recipients = [r for r in fact.roles if r.role == "recipient"]
        return (
            bool(recipients)
            and all(r.entity is None and r.value and post_re().match(r.value) for r in recipients)
            and not _has(fact, "count")
            and all(name in to_people for name in _award_names(fact))
        )

    return [fact for fact in facts if not post_only(fact)]


def _has(fact: Fact, *roles: str) -> bool:
    return any(r.role in roles for r in fact.roles)


class AwardExtractor(FactExtractor):
    """Finds awards (``award`` facts, CAMEO 051): which distinction, given by whom, to whom."""

    name = "awards"
    order = FACT_ORDER + 30
    kind = "award"
    cue = scanner(re.compile(f"{_AWARD_HEAD_PATTERN}|{_BONUS_RE.pattern}"))

    def facts(self, reading: Reading) -> list[Fact]:
        """One ``award`` fact per award name given (or proposed) in a clause, and one per sum of prize money."""
        art = _Article(reading)
        facts: list[Fact] = []
        # the bonuses are read on their own; "trao A cho X; B cho Y": one verb over a list cut by semicolons
        before: tuple[Sentence, _Group] | None = None  # the last group read, with its sentence
        for sentence, clause in self.cued_clauses(reading, _AWARD_RE, _VERB_RE):
            groups = _owner_for_all(art, list(_groups(art, clause)))
            if groups and before is not None and before[0] == sentence:
                _go_on(art, groups[0], before[1], clause)
            for group in groups:
                facts.extend(_facts(art, group, clause))
            if groups:
                before = (sentence, groups[-1])
        facts.extend(_bonuses(reading))
        facts = _without_restatements(_without_summaries(list(dict.fromkeys(facts))))
        return _without_posts_of_the_named(_without_authorities(facts, reading), reading)


@hookimpl
def dnnd_extractors() -> list[Extractor]:
    """The award extractor: this module is a plugin of its own, registered as any other."""
    return [AwardExtractor()]
