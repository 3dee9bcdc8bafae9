"""Aid: sums and goods committed, mobilised, received or given.

An aid fact needs an aid word (``viện trợ``, ``tài trợ``, ``ủng hộ``, ``quyên
góp``, ``tặng``, ``trao``, ``hỗ trợ``, ``cứu trợ``, ``bàn giao``, ``tiếp nhận``) and something given: a
sum of money or counted goods (``250.000 chiếc khẩu trang``, ``ba căn nhà``); an article that counts no
gift has one in the first gift told by its noun alone before its recipient (``tặng quà cho 81 hộ nghèo``,
``trao quà tặng người dân``: ``gift`` in ``aid.tsv``; never ``tặng quà và chúc mừng ...``). Investment
(``đầu tư``) without an aid word is not aid.

* One fact per sum, however often it is told: the same value and currency is the same sum
  (``500 triệu đồng`` in the lead, ``hơn 500 triệu đồng`` in the body), and a gift told again
  with the same donor and recipient is that gift (never two different sums).
* One fact per sum: a clause with two sums and two givers (``6 tổ chức ... hơn 2
  triệu USD và 2 tổ chức trao học bổng ... 3 nghìn USD``) is two facts. A
  stretch after a sum with no aid word of its own belongs to the fact before it.
* A sentence opening ``Tổng giá trị ...`` continues the aid of the sentence before
  it (or the one before that, across a paragraph break, when the sentence between
  only describes each share) when that one names no sum but a share each: one
  fact rests on both.
* A sentence telling only what was given (``Số tiền và hàng gồm 300 triệu đồng
  ...``) or only who paid for it (``Số tiền được Tổ chức X tài trợ``,
  ``Kinh phí do Y hỗ trợ``) continues the aid of the sentence before it in the
  same way: its goods, recipient and now its donor are one fact.
* A sum named by something other than aid right before it (``kim ngạch``,
  ``doanh thu``, ``mức lương``, ``giá vé``: ``other_sum`` in ``aid.tsv``) with no
  aid word between is not given; nor are counts of what a search or a service
  achieved (``1.118 bộ hài cốt``: ``outcome`` in ``units.tsv``).
* A contest's prizes (``giải Nhất trị giá ...``, ``2 giải``) are no aid; nor is
  what a project or a sum is for (``Dự án nhằm hỗ trợ ...``) or a recurring
  programme (``hằng năm hỗ trợ ...``); a gift after a purpose phrase (``Để hỗ
  trợ đồng bào, Hội đã trao ...``) is read from the verb after its comma.
* Goods that other sentences count part by part (``88 suất`` in the lead, ``33``
  and ``55`` in the body) are no further gift; a prize (``thưởng``) is an award,
  not aid; an estimate (``ước đạt``) has not been received. Sums of one sentence
  adding up to a total given before them share it out (``gói hỗ trợ 500 tỷ đồng``
  ... ``Đắk Lắk 200 tỷ đồng, Khánh Hòa 100 tỷ đồng ...``): no further gifts. A total
  told after goods given alone (``..., tổng kinh phí hơn 30 triệu đồng, ...``) is
  their value, one gift; so is a clause with no aid word of its own telling a total after a clause of
  the same sentence that gave goods alone (``trao tặng bốn cây cầu ...; hai cầu thuộc xã ... với tổng
  kinh phí khoảng 900 triệu đồng``). People counted (``11 cán bộ``, ``4 hội viên``) are no goods.
* A future, planned or negated gift is no fact (``sẽ hỗ trợ``: not given, and
  no pledge either; a commitment is what the text calls one, ``cam kết``); a clause
  going on with the subject before it keeps its mood (``Dự kiến đoàn sẽ khám
  bệnh ..., phát ... và tặng 250 phần quà``); a plan opening the sentence (``Theo kế hoạch, ...``)
  frames it however far its verb, and a cost reckoned ahead (``khái toán``, ``dự toán``) is no sum given. Such
  a verb between the aid word and what is given decides the mood (``đã tài trợ
  ... và sẽ hỗ trợ thêm 10 triệu``: the sum is still to come);
  after an aid noun (``Trong gói viện trợ mới, Mỹ sẽ cung cấp ...``) it tells
  what that aid is to hold, no fact.
* ``status``: ``committed`` (``cam kết``), ``mobilised`` (``vận động``),
  ``received`` (``tiếp nhận``, ``nhận``), else ``donated``.
  A gift handed over ``của <X>`` (``trao tiền và hiện vật của cộng đồng người
  Việt Nam tại Hoa Kỳ``) is X's: X is the donor, not who hands it over; a
  community of Vietnamese abroad (``cộng đồng người Việt Nam tại <place>``) is a
  donor named verbatim. CAMEO code ``033``
  (intent to provide aid) for commitments and mobilisation, ``073``
  (humanitarian aid) for medical and relief goods, else ``070``.
* ``donor``: generic donors (``tổ chức phi chính phủ nước ngoài``) anywhere; for
  gifts the organizations and people before the verb (``thay mặt X, ông Y
  trao``: X only; ``X thông qua Y tài trợ``: X only, Y is the channel) or the
  agent of a passive (``do X tài trợ``, ``được X tài trợ``; ``Được sự tài trợ của X, Hội Y đã trao ...
  cho Z``: X gives, Z receives); never a channel fronted by ``Thông qua`` nor a source's post
  (``Theo ông A, Giám đốc Sở Y, ...``), nor a place inside a quoted project name; a person speaking for
  the diaspora (``X thay mặt cộng đồng người Việt Nam ở nước ngoài trao ...``) hands its gift over; for
  mobilisation who
  mobilises; otherwise those after ``của``/``từ``/``do`` (or the foreign
  countries there when no organization is).
  ``recipient``: for gifts the place or organization right after the verb or
  the phrase after ``cho``, ``đến``, ``tới`` (to the sum or the goods at most, or what it is for, ``để``,
  ``nhằm``; never past its sentence; a bare ``tỉnh`` names nobody); for commitments and mobilisation the
  phrase after ``cho``; for receipts who (or which province or district) comes before
  ``tiếp nhận``; projects joined under one holder (``X làm chủ dự án A do D tài trợ ... và dự án B
  do E tài trợ ...``) all go to it. With nobody
  named, the place is the recipient, unless it is only the giver's own province
  (``Hội Chữ thập đỏ tỉnh Quảng Trị đã trao ...``) or a giver's address (``do ... các Mạnh Thường Quân
  tại tỉnh Long An tài trợ``, ``do Nhóm X (TP. Hồ Chí Minh) tài trợ``). The organisers
  (``Ban tổ chức``, ``Chương trình đã trao ...``) stand for who organised the event,
  the delegation (``Tại đây, đoàn đã trao ...``) for who the sentence before sent.
* ``place``: the recipient's province, else a Vietnamese place in the clause,
  else the province the article is about, unless the clause speaks for several
  provinces (``Cụm số 2``, ``các tỉnh``).
* ``period``/``date``: a time in the clause, else the frame of its paragraph.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from decimal import Decimal

import attrs

from dnnd.facts import FACT_ORDER, FactDraft, Reading, clauses, outermost
from dnnd.facts.extractor import FactExtractor
from dnnd.facts.reading import PURPOSE_AFTER_RE, Sentence, name_end, stripped_end
from dnnd.facts.vocabulary import (
    HONORIFIC,
    MOOD_PURPOSE,
    MOODS_NOT_DONE,
    alternation,
    mood_of,
    mood_pattern,
    tagged,
    trigger_re,
    words,
    words_re,
)
from dnnd.gazetteer import LOWER, UPPER
from dnnd.hookspecs import hookimpl
from dnnd.model import AnyEntity, Fact, Mention, Money, Organization, Person, Place, Quantity, Role, Span
from dnnd.plugin import Extractor
from dnnd.text.patterns import scanner

__all__ = ["AidExtractor", "dnnd_extractors"]

_AID_RE = scanner(trigger_re("aid", "give", "fund", "receive", "pledge"))
_GIVE_RE = trigger_re("aid", "give", "fund")
_FUND_RE = trigger_re("aid", "fund")
_MOBILISE_RE = trigger_re("aid", "mobilised")
# A sentence telling what was given at the occasion just told: "Tại buổi lễ, ...", "Dịp này, ..." (aid.tsv).
_OCCASION_RE = trigger_re("aid", "occasion")
_LEAD_REACH = 3  # sentences back
# A gift with nothing counted: "tặng quà cho 81 hộ nghèo", "trao quà tặng người dân", "tặng quà 100 hộ dân" (aid.tsv).
_UNCOUNTED_GIFT_RE = re.compile(
    r"(?<!\w)(?:[Tt]rao tặng|[Tt]ặng|[Tt]rao)\s+(?:những\s+|các\s+)?(?:"
    + "|".join(sorted(words("aid", "gift"), key=len, reverse=True))
    + r")\s+(?:(?:cho|tới|đến|tặng)(?!\w)|(?=\d))"
)
_RECEIVE_RE = trigger_re("aid", "receive")
_STATUS = (
    ("committed", trigger_re("aid", "committed")),
    ("mobilised", trigger_re("aid", "mobilised")),
    ("received", _RECEIVE_RE),
)
# A status word naming what a project does is no status: "tiếp nhận dự án vận động chính sách".
_PROJECT_BEFORE_RE = re.compile(r"(?<!\w)(?:dự án|chương trình|hoạt động|công tác)\s+$", re.IGNORECASE)
_BREAKDOWN_RE = words_re("breakdown")
# ... or a year opening a span left open ("Từ năm 1995, X bắt đầu viện trợ ..."; not "Từ năm 2008 đến năm 2021")
_RETROSPECTIVE_RE = re.compile(
    trigger_re("aid", "retrospective").pattern + r"|(?<!\w)[Tt]ừ\s+(?:năm\s+)?\d{4}(?![\d\s]*(?:đến|tới|-|–))"
)
_APPROVE_RE = trigger_re("attribution", "approve")
# The giver as an agent: "do <D> tài trợ"; the giver after an aid noun: "viện trợ của <D>".
_AGENT_RE = re.compile(r"(?<!\w)(?:do|từ nguồn(?: của)?)\s+")
# (three givers with their addresses may stand between: "do A (Mỹ), B thành phố Hồ Chí Minh và C tài trợ")
_AGENT_REACH = 240
# The same with a passive "được": "Số tiền được tổ chức X tài trợ", "Trường được Quỹ Y hỗ trợ" (verb right after).
_PASSIVE_AGENT_RE = re.compile(r"(?<!\w)(?:do|được|từ nguồn(?: của)?)\s+")
# Where a giver named without a verb ends: its sum or the end of the phrase.
_AGENT_END_RE = re.compile(r"\s+(?:với|trị giá|có tổng|tổng)\s|[,;.]")
_OF_RE = re.compile(r"\s+của\s+")
_OF_COUNTRY_RE = re.compile(r"\s+của\s+$")
_BRACKET_RE = re.compile(r"\([^()]*\)")
# A bracket right after a name: its address ("Nhóm Nhân ái Hoa Sen (TP. Hồ Chí Minh)") or its acronym.
_ADDRESS_AFTER_RE = re.compile(r"\s*\([^()]{2,60}\)")
# ... or a place after "tại"/"ở": "các Mạnh Thường Quân tại tỉnh Long An", "Nhóm thiện nguyện ở TP Pleiku".
_AT_PLACE_AFTER_RE = re.compile(r"\s+(?:tại|ở)\s+")
_SHARED_SUBJECT_RE = re.compile(r"đồng thời\s")
_REALIS_RE = re.compile(tagged("realis", "realis"))
_VERB_FIRST_RE = re.compile(rf"\s*[{LOWER}]")
# The moods that, told after the aid word, still decide whether the thing was given.
_LATER_MOODS = frozenset({"future", "planned", "negated", "conditional", "called", "habitual"})
_HUMANITARIAN_RE = trigger_re("aid", "humanitarian")
_GENERIC_DONOR_RE = trigger_re("aid", "donor")
# A body's head noun in lower case, or a generic donor word, right before the body's own name (aid.tsv, head):
# "do tổ chức VNSF trao tặng", "các tổ chức phi Chính phủ KSSA (Hàn Quốc) và CHI (Hoa Kỳ) tài trợ".
_HEAD_RE = trigger_re("aid", "head", "donor")
_PLURAL_BEFORE_RE = re.compile(r"(?:các|những)\s+")
# An event's name after such a head, which is then the verb "tổ chức" ("tổ chức Lễ trao tặng"): no body named.
_EVENT_RE = trigger_re("aid", "event")
# A name no extractor caught: capitalised words (an acronym, a Latin-script name), "Asiana Oz Unicef", "KSSA".
_NAME_RUN_RE = re.compile(
    rf"[{UPPER}][\w&'’-]*(?:\.(?=\w)[\w&'’-]*)*(?:\s+[{UPPER}\d][\w&'’-]*(?:\.(?=\w)[\w&'’-]*)*)*"
)
# Between two names of a list: the first one's bracket (its country or acronym), then a comma or "và".
_NAME_SEP_RE = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*(?:,\s*(?:và\s+)?|và\s+)")
_NAME_TAIL_RE = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*")
# Realis markers and adverbs between a subject and its verb ("tổ chức X đã", "... cũng vừa").
_MARKERS_TAIL_RE = re.compile(
    rf"(?:\s+{alternation('|'.join(words('realis', 'realis') + words('adverbs')), lower=True)})+\s*$"
)
_FROM_RE = re.compile(r"(?<!\w)(?:của|từ|do)\s", re.IGNORECASE)
# Where the recipient's phrase opens ("cho 30 trường", "đến sinh viên"; not a time: "đến nay", "đến 2025",
# "đến 31/12").
_TO_RE = re.compile(trigger_re("aid", "to").pattern + r"(?!\s*(?:\d{1,2}\s*[/.-]\s*\d|\d{4}(?!\w)))\s+")
# "đến trường" as going to school ("học bổng Tiếp sức đến trường dành cho ..."): no recipient opens there, unless
# a school's name or level follows ("đến Trường Tiểu học X", "đến trường THCS X").
_IDIOM_TO_RE = re.compile(
    rf"(?:{'|'.join(map(re.escape, words('aid', 'idiom')))})(?!\w)(?!\s+(?:[{UPPER}\d]|(?:tiểu|mầm|trung|học)(?!\w)))"
)
# Where a recipient phrase after "cho" stops.
# (a recipient never runs on past its paragraph, even when a total in the next one carries its sentence on)
_RECIPIENT_END_RE = re.compile(
    # (the breakdown of who got how much opens after "gồm": "cho các hộ ... gồm xã A 20 suất, xã B 30 suất";
    # what the gift is for opens after "để"/"nhằm", with or without a comma: "cho Chủ tịch ... Đỗ Văn Chiến để hỗ
    # trợ đồng bào ...")
    r"\s+(?:tại|trị giá|với|và|có tổng|tổng|nhân dịp|trong|do|thông qua|gồm|bao gồm|để|nhằm)\s"
    # (the gift named after its receiver by its kind: "trao cho Bộ trưởng A số tiền hỗ trợ 50.000 USD")
    r"|\s+số\s+(?:tiền|hàng|quà|vật phẩm|kinh phí)(?!\w)"
    r"|[,;:.(]\s*(?:với|trị giá|mỗi)|[;(\n]"
    # what the gift is for opens after a comma: "cho 30 trẻ, giúp các trẻ ..."; so does each one's share:
    # "cho học sinh nghèo, mỗi suất trị giá ..."
    rf"|{PURPOSE_AFTER_RE.pattern}"
)
# Who is given to, written right after the verb before the gift ("trao tặng các hộ nghèo 20 suất quà"), and how long
# that phrase may run.
_BENEFICIARY_RE = trigger_re("aid", "beneficiary")
_BENEFICIARY_WORDS = 12
_INVESTMENT_RE = trigger_re("aid", "investment")
# "ảnh hưởng (nghiêm trọng) đến ...": what a disaster affects, right before a "to" word (aid.tsv, affect).
_AFFECTED_REACH = 40
_AFFECTED_BEFORE_RE = re.compile(rf"{trigger_re('aid', 'affect').pattern}(?:\s+[{LOWER}][\w-]*){{0,2}}\s+$")
_AGENT_VERB_RE = trigger_re("aid", "give", "fund", "investment")
_RUNNING_RE = trigger_re("aid", "running")
_OTHER_SUM_RE = trigger_re("aid", "other_sum")
_BEHALF_RE = trigger_re("aid", "behalf")
_VIA_RE = trigger_re("aid", "via")
_PROXY_RE = re.compile("(?:" + trigger_re("aid", "proxy").pattern + r")\s+")
_COUNTERPART_RE = re.compile(r"\s(?:" + trigger_re("aid", "counterpart").pattern + ")")
_CARED_BY_RE = re.compile(r"\s+do\s+")
_CARE_RE = re.compile(r"\s+(?:" + trigger_re("aid", "care").pattern + ")")
# A verb of going right before a body: where the gift is taken ("đã đến Hội Chữ thập đỏ ... trao").
# (a visit or an office on the way: "đến thăm X", "đến trụ sở Cơ quan X trao ...": X is where the gift goes)
_GONE_TO_RE = re.compile(r"(?<!\w)(?:đến|tới|về|xuống|sang)\s+(?:(?:thăm|trụ sở)\s+)?$")
_GONE_TO_REACH = 20
# "từ <A> đến <B>": a range a few words long, its "đến" opens no recipient ("sách từ lớp 1 đến lớp 12").
_RANGE_FROM_RE = re.compile(r"(?<!\w)từ(?:\s+[^\s,;.:]+){1,3}\s+$")
_RANGE_REACH = 30
_COMMITTED_RE = trigger_re("aid", "committed")
_PAYOUT_RE = trigger_re("aid", "payout")
_GIVE_OR_PAY_RE = trigger_re("aid", "give", "fund", "payout")
_SIGNING_RE = re.compile(r"[Kk]ý(?!\w)")  # the committing words that sign an agreement ("ký kết hợp đồng viện trợ")
_AT_BEFORE_RE = re.compile(r"(?<!\w)tại\s+$")
_MOBILISED_RE = trigger_re("aid", "mobilised")
_REWARD_RE = trigger_re("aid", "reward")
# An aid word right after a noun head ("gói viện trợ", "khoản viện trợ của X"): a noun, not the verb.
_NOUN_HEAD_RE = re.compile(f"(?:{trigger_re('aid', 'noun_head').pattern})\\s+$")
# ... joined on to another noun phrase ("khoản vay ... để ... và khoản viện trợ").
_AND_NOUN_RE = re.compile(f"(?<!\\w)và\\s+(?:{trigger_re('aid', 'noun_head').pattern})\\s+$")
# Before a place heading the subject: nothing, or its level word ("Tỉnh Thanh Hóa", "nước Nhật Bản").
_PLACE_HEAD_RE = re.compile(r"\s*(?:(?:[Tt]ỉnh|[Tt]hành phố|TP\.?|[Nn]ước|[Hh]uyện|[Xx]ã|[Cc]hính quyền)\s+)?")
_HONORIFIC_RE = re.compile(HONORIFIC)
_FORMS_OF_ADDRESS_RE = re.compile(rf"(?:{HONORIFIC}\s+)*")
_JOINED_RE = re.compile(rf"\s+và\s+(?:{HONORIFIC}\s+)*")
_PASSIVE_RE = re.compile(r"(?<!\w)(?:được|do)\s+")
# A commitment or mobilisation word right before the aid word ("vận động hỗ trợ", "cam kết tài trợ").
_STATUS_BEFORE_RE = re.compile(f"(?:{trigger_re('aid', 'committed', 'mobilised').pattern})\\s*$")
# A share each: "mỗi suất", "mỗi em" before the sum, no total after it.
_EACH_RE = re.compile(r"(?<!\w)[Mm]ỗi\s+(?![^;]*(?<!\w)tổng(?!\w))[^;]*$")
# A sum per head: "600.000 đồng/em", "1 triệu đồng/suất".
_PER_HEAD_RE = re.compile(r"\s*/\s*\w")
_TOTAL_OPENING_RE = re.compile(
    # (after "Với": "Với tổng số vốn đầu tư 67.632 USD, dự án là ...": the cost of what the sentence before gave)
    r"(?:Với\s+t|T)(?:ổng|ổng cộng|ổng số)(?:\s+(?:giá trị|trị giá|số tiền|kinh phí|số vốn|vốn))?\s"
    # who paid for what was just given: "Số tiền được tổ chức X tài trợ", "Kinh phí do Y hỗ trợ"
    r"|(?:Số tiền|Số quà|Số học bổng|Kinh phí|Toàn bộ (?:số tiền|kinh phí|số quà))(?:\s+(?:này|trên))?\s+(?:được|do)\s"
    # what was given, told in the next sentence: "Số tiền và hàng gồm 300 triệu đồng ..."
    # ("Số vật tư y tế bao gồm: 35.000 khẩu trang, ...")
    r"|Số (?:tiền|hàng|quà|vật tư|thiết bị|trang thiết bị|hiện vật)(?:\s+y tế)?"
    r"(?:\s*(?:,|và)\s*(?:tiền|hàng|hàng hóa|hiện vật|quà|vật tư|thiết bị))*\s*(?:bao gồm|gồm|là|trị giá|:)"
)
# What is given, then whose it is: "trao tiền và hiện vật của ..." (a few words, no recipient before).
_GIFT_OF_RE = re.compile(r"(?:\s+(?!cho\b|tới\b|đến\b)[\w-]+){1,5}?\s+của\s+")
_GIFT_OF_REACH = 60
_GIFT_OWNER_END_RE = re.compile(r"[,;.(]|\s(?:cho|quyên góp|ủng hộ|hỗ trợ|tài trợ|trao|tặng|với|trị giá)(?!\w)")
# A community of Vietnamese abroad as a donor: "cộng đồng người Việt Nam tại Hoa Kỳ", "kiều bào ở Lào".
_COMMUNITY_RE = re.compile(rf"(?i:{'|'.join(words('aid', 'community'))})\s+(?:tại|ở)\s+(?=[{UPPER}])")
# ... or the diaspora as a whole: "cộng đồng người Việt Nam ở nước ngoài".
_DIASPORA_RE = re.compile(rf"(?i:{'|'.join(words('aid', 'community'))})\s+ở\s+nước\s+ngoài(?!\w)")
# A group of givers no extractor names, as the subject: "nhóm thiện nguyện TP.HCM (đã) phối hợp ... trao".
_GROUP_RE = re.compile(
    rf"(?<!\w)(?i:{'|'.join(words('aid', 'group'))})\s+(?:[^,;.()]|\.(?=\S)){{2,60}}?"
    r"(?=\s+(?:đã|vừa|cùng|phối hợp|tổ chức|trao|tặng|ủng hộ|hỗ trợ|quyên góp|xây|bàn giao)(?!\w))"
)
_EACH_OPENING_RE = re.compile(r"Mỗi\s")
_EACH_CLAUSE_RE = re.compile(r"\s*[Mm]ỗi\s")  # a clause describing one share ("mỗi suất quà gồm ...")
# The visiting party alone as the subject, realis words after it ("Tại đây, đoàn đã trao ...").
_DELEGATION_RE = re.compile(rf"\s*{trigger_re('aid', 'delegation').pattern}(?:\s+(?:đã|cũng|còn|vừa|tiếp tục))*\s*")
# Where the subject of a sentence telling a visit or an event ends: its first verb (partners after "phối hợp").
_SENDER_END_RE = re.compile(r"(?<!\w)(?:phối hợp|cùng với|đã|vừa|đến|tổ chức|trao|tặng)(?!\w)")
_WITH_RE = re.compile(r"phối hợp|cùng với")
_TOTAL_WORD_RE = re.compile(r"(?<!\w)tổng (?:trị giá|giá trị|số tiền|cộng)(?!\w)")
_TOTAL_WORD_RE = re.compile(r"(?<!\w)[Tt]ổng(?!\w)")
_TOTAL_BEFORE_RE = re.compile(r"(?<!\w)tổng(?:\s+\w+){0,4}\s*$", re.IGNORECASE)  # "tổng kinh phí tài trợ ..."

# Counted nouns that count projects, donors or beneficiaries rather than goods; durations and sizes (units.tsv).
_COUNT_FIRST_WORDS = frozenset(words("units", "count"))
_NOT_GIVEN = frozenset(words("units", "measure") + words("units", "prize"))
_OUTCOMES = frozenset(words("units", "outcome"))
_REACH_AFTER_VERB = 24
# At most this many parts are tried when asking whether a count of goods is the sum of others.
_MAX_PARTS = 12


def _unit_word(quantity: Quantity) -> str:
    return quantity.unit.split(" ", 1)[0].lower() if quantity.unit else ""


def _is_count(quantity: Quantity) -> bool:
    # (on its first two words when the first is no count alone: "38 đồng chí")
    two = " ".join(quantity.unit.lower().split()[:2])
    return _unit_word(quantity) in _COUNT_FIRST_WORDS or two in _COUNT_FIRST_WORDS


def _is_goods(quantity: Quantity) -> bool:
    word = _unit_word(quantity)
    if not word or _is_count(quantity) or word in _NOT_GIVEN:
        return False
    # an outcome's noun, alone or after its classifier ("1.118 bộ hài cốt")
    unit = quantity.unit.lower().split()
    return " ".join(unit[:2]) not in _OUTCOMES and " ".join(unit[1:3]) not in _OUTCOMES


class _Segment:
    """A stretch of text that holds one aid fact, and the sentence before it when it continues one."""

    __slots__ = ("clause", "end", "money", "start")

    def __init__(self, start: int, end: int, money: Mention | None, clause: int | None = None) -> None:
        self.start, self.end, self.money = start, end, money
        #: Where the clause starts, when the segment is not its first ("X làm chủ dự án A do D tài trợ ...
        #: và dự án B do E tài trợ ...": B's segment).
        self.clause = clause


def _segments(reading: Reading, start: int, end: int) -> Iterator[_Segment]:
    """Cut a clause at each sum: one segment per sum, carrying the text up to it."""
    text = reading.text
    sums = reading.mentions_in(start, end, "money")
    if not sums:
        yield _Segment(start, end, None)
        return
    pieces: list[_Segment] = []
    pos = start
    for money in sums:
        piece = _Segment(pos, money.end, money, start if pieces else None)
        if pieces and (
            not reading.first(_AID_RE, pos, money.start)
            or (pieces[-1].money is not None and _per_head(reading, pieces[-1].money))
        ):
            # no aid word of its own: a further sum of the same aid ("mỗi suất trị giá ..."); nor after a share each
            # ("..., mỗi suất học bổng có giá trị 800.000 đồng, tổng kinh phí tài trợ 80.000.000 đồng")
            pieces[-1].end = money.end
            if _TOTAL_BEFORE_RE.search(text, max(pos, money.start - 40), money.start):
                pieces[-1].money = money
        else:
            pieces.append(piece)
        pos = money.end
    pieces[-1].end = end
    yield from pieces


class AidExtractor(FactExtractor):
    """Finds aid (:class:`~dnnd.Fact` of kind ``aid``): who gave what to whom, when, how much."""

    name = "aid"
    order = FACT_ORDER + 10
    kind = "aid"
    cue = _AID_RE

    def facts(self, reading: Reading) -> list[Fact]:
        """One aid fact per sum or consignment of goods in the body (a sentence may carry on the one before)."""
        text = reading.text
        facts: list[Fact] = []
        goods_only = _GoodsOnly()  # the facts that give goods and no sum, to drop when a total takes them in
        totals: dict[str, tuple[int, str]] = {}  # the last total of each status: (paragraph, money entity id)
        sentences = reading.sentences
        gift_paragraph: int | None = None  # the first paragraph telling a gift of its own (not a record)
        paragraph_start: dict[int, int] = {}
        for one in sentences:
            paragraph_start.setdefault(one.paragraph, one.start)
        lead: Sentence | None = None  # the last sentence telling a giving with nothing counted (the occasion's)
        for i, sentence in enumerate(sentences):
            if not reading.first(_AID_RE, sentence.start, sentence.end) and not _TOTAL_OPENING_RE.match(
                text, sentence.start
            ):
                continue
            told = len(facts)
            if _retrospective(reading, sentence):
                if gift_paragraph is not None and sentence.paragraph > gift_paragraph:
                    continue  # "Kể từ năm 2011, Quỹ đã trao ... 27,3 tỉ đồng": the giver's record, after its gift
            elif gift_paragraph is None:
                gift_paragraph = sentence.paragraph
            carried: tuple[int, int] | None = None
            source = _continued(reading, sentences, i)
            if source is not None:
                # the clause of that sentence which speaks of aid, not the whole sentence
                carried = next(
                    (c for c in reversed(clauses(text, source.start, source.end)) if reading.first(_AID_RE, *c)),
                    None,
                )
            subject: tuple[int, int] | None = None
            head: tuple[int, int] | None = None  # the last clause with a subject of its own (its mood read if needed)
            # "Trong đó, ...": a breakdown of the total just given, linked to it, never added to it
            breakdown = _BREAKDOWN_RE.match(text, sentence.start) is not None
            goods_clause: tuple[int, int] | None = None  # the clause of this sentence that gave goods and no sum
            for start, end in clauses(text, sentence.start, sentence.end):
                # "..., đồng thời tiếp nhận ...": the clause shares the subject of the one before
                # "...; tặng 35 tấn gạo ...": a clause opening on its verb goes on with the subject before it
                verb_first = _VERB_FIRST_RE.match(text, start) is not None
                shared = subject if verb_first or _SHARED_SUBJECT_RE.match(text, start) else None
                # "Dự kiến đoàn sẽ khám bệnh ..., phát ... và tặng 250 phần quà ...": a clause going on with the
                # subject before it goes on with its mood too, unless it is told as done
                inherited = (
                    verb_first
                    and head is not None
                    and not _REALIS_RE.search(text, start, end)
                    and reading.mood(*head) in MOODS_NOT_DONE
                )
                if carried is None and goods_clause is not None and _totals_goods(reading, start, end):
                    # "... trao tặng bốn cây cầu ...; hai cầu thuộc xã ... với tổng kinh phí khoảng 900 triệu đồng":
                    # a clause with no aid word of its own telling a total is the value of the goods just given
                    carried = goods_clause
                for segment in _segments(reading, start, end) if not inherited else ():
                    fact = self._fact(reading, segment, carried, shared)
                    if fact is not None:
                        if carried is not None:
                            # the goods it gave alone are now the goods of this total: one fact, not two (their
                            # givers kept where the total names none: those an occasion's lead gave them)
                            fact = _take_in(fact, [facts[k] for k in goods_only.drop_within(*carried)])
                        elif goods_only and _total_of_goods_before(text, sentence, segment, fact):
                            # "... trao tặng 21 chiếc xe đạp cho ... . 21 em học sinh ..., tổng kinh phí hơn 30 triệu
                            # đồng, ...": the total of the goods given just before, with no value of their own
                            lo = paragraph_start.get(sentence.paragraph - 1, paragraph_start[sentence.paragraph])
                            fact = _take_in(fact, [facts[k] for k in goods_only.drop_within(lo, sentence.start)])
                        fact = _link_total(fact, totals, sentence.paragraph, breakdown)
                        goods_only.add(fact, len(facts))
                        goods_clause = (start, end) if not _fact_has(fact, "amount") else None
                        facts.append(fact)
                        carried = None
                if not verb_first:
                    verb = reading.first(_AID_RE, start, end)
                    if verb is None and _EACH_CLAUSE_RE.match(text, start):
                        # "trao tặng 50 suất quà cho ..., mỗi suất quà bao gồm: ...; đồng thời tặng 100 suất quà ...":
                        # what each share holds tells no giving; the next gift goes on with the giver before it
                        continue
                    subject = (start, verb.start()) if verb else None
                    head = (start, end)
            if (
                len(facts) > told
                and lead is not None
                and _OCCASION_RE.match(text, sentence.start)
                and reading.index_of(sentence) - reading.index_of(lead) <= _LEAD_REACH
            ):
                # "Được sự tài trợ của A và B, ... Hội X tổ chức trao tặng xe đạp cho học sinh ... . Tại buổi lễ đã
                # trao 34 chiếc xe đạp ...": what the occasion gave, its givers and day told in the sentence before
                facts[told:] = [self._with_lead(reading, fact, lead) for fact in facts[told:]]
            lead = sentence if len(facts) == told and self._gives_uncounted(reading, sentence) else lead
        if not facts and (gift := self._uncounted_gift(reading)) is not None:
            # an article telling no counted gift: its gift told by the noun alone is the aid ("tặng quà cho ...")
            return [gift]
        facts = [f for k, f in enumerate(facts) if k not in goods_only.dropped]
        facts = _without_summed_totals(_without_shares(_without_totals_of_parts(facts, reading), reading), reading)
        return _one_entity_per_sum(facts, reading)

    def _uncounted_gift(self, reading: Reading) -> Fact | None:
        """The first gift, done, told by its noun alone before its recipient ("tặng quà cho 81 hộ nghèo")."""
        for sentence in reading.sentences:
            verb = _UNCOUNTED_GIFT_RE.search(reading.text, sentence.start, sentence.end)
            if verb is None or reading.mood(sentence.start, verb.start()) is not None:
                continue
            if _frame_mood(reading, sentence.start, verb.start()) is not None:
                continue
            draft = FactDraft("aid", "070").add("status", value="donated")
            recipient = self._parties(reading, draft, "donated", sentence.start, sentence.end, None)
            self._place(reading, draft, recipient, sentence.start, sentence.end)
            self._time(reading, draft, sentence.start, sentence.end)
            return draft.cite(sentence.start, sentence.end).build()
        return None

    def _gives_uncounted(self, reading: Reading, sentence: Sentence) -> bool:
        """Whether ``sentence`` tells a giving, done, that counts nothing ("... tổ chức trao tặng xe đạp cho ...")."""
        verb = _GIVE_RE.search(reading.text, sentence.start, sentence.end)
        return verb is not None and reading.mood(sentence.start, verb.start()) is None

    def _with_lead(self, reading: Reading, fact: Fact, lead: Sentence) -> Fact:
        """``fact``, told at an occasion, with the givers and the day of the sentence that told the occasion."""
        held = {r.role for r in fact.roles}
        if "donor" in held:
            return fact
        draft = FactDraft("aid", fact.code).add("status", value="donated")
        self._parties(reading, draft, "donated", lead.start, lead.end, None)
        if "date" not in held and "period" not in held:
            self._time(reading, draft, lead.start, lead.end)
        added = [r for r in draft.roles if r.role in ("donor", "date", "period")]
        if not any(r.role == "donor" for r in added):
            return fact
        spans = tuple(sorted({*fact.spans, Span(lead.start, lead.end)}, key=lambda s: (s.start, s.end)))
        return attrs.evolve(fact, roles=(*fact.roles, *added), spans=spans)

    def _fact(
        self, reading: Reading, segment: _Segment, carried: tuple[int, int] | None, subject: tuple[int, int] | None
    ) -> Fact | None:
        text = reading.text
        start, end = segment.start, segment.end
        verb = reading.first(_AID_RE, start, end)
        if verb is None and carried is not None:
            # "... trao tiền và hiện vật hỗ trợ tỉnh X. Số tiền và hàng gồm 300 triệu đồng ...": the verb before
            verb = reading.first(_AID_RE, *carried)
        if verb is None:
            return None
        quantities = [e for e in reading.entities_in(start, end, "quantity") if isinstance(e, Quantity)]
        goods = [q for q in quantities if _is_goods(q)]
        if segment.money is None and not goods and carried is not None:
            # "Số tiền được tổ chức X tài trợ": no sum of its own, it names who paid for the goods before
            goods = [
                q
                for q in reading.entities_in(carried[0], carried[1], "quantity")
                if isinstance(q, Quantity) and _is_goods(q)
            ]
        if segment.money is None and not goods:
            return None  # nothing given (the cheapest test first: most aid words give nothing counted)
        if _INVESTMENT_RE.search(text, start, end) and not _FUND_RE.search(text, start, end):
            return None
        if segment.money is not None and _RUNNING_RE.search(text, start, segment.money.start):
            return None  # "nâng tổng giá trị viện trợ ... lên X": a running total, the gift is told elsewhere
        if segment.money is not None and not goods and _other_sum(text, start, segment.money.start):
            return None  # "kim ngạch thương mại đạt 1,5 tỷ USD, Việt Nam hỗ trợ Lào ...": trade, not a gift
        # "học bổng 600.000 đồng/em": what each gets, not a sum given; the goods counted before it ("trao tặng 150
        # suất quà (520.000 đồng/suất) cho ...") are the gift, as before "mỗi suất trị giá ..."
        per_head = segment.money is not None and _PER_HEAD_RE.match(text, segment.money.end) is not None
        if per_head and not goods:
            return None
        # "..., mỗi suất trị giá 1 triệu đồng", "mỗi em nhận được một phần quà trị giá 400.000 đồng": each one's share
        money_at = segment.money.start if segment.money is not None else start
        each = per_head or (
            segment.money is not None and _EACH_RE.search(text, max(start, money_at - 80), money_at) is not None
        )
        if (segment.money is None or each) and not goods:
            return None
        # where the thing given is first told: the sum, else the goods
        given_at = min(
            [s.start for q in goods for s in q.spans if start <= s.start < end]
            + ([segment.money.start] if segment.money is not None else []),
            default=end,
        )
        if _REWARD_RE.search(text, start, given_at):
            return None  # "thưởng và tài trợ 25.000 USD": a prize (an award fact), not aid
        lo = start
        if carried is not None:
            lo = carried[0]
            quantities = [e for e in reading.entities_in(lo, end, "quantity") if isinstance(e, Quantity)] or quantities
            goods = [q for q in quantities if _is_goods(q)]
        found = next(
            (
                (name, m)
                for name, pattern in _STATUS
                if (m := _status_word(pattern, text, lo, end, reading.sentence_at(start).start))
            ),
            None,
        )
        status = found[0] if found else "donated"
        if found is not None and found[0] == "mobilised" and _mobilised_givers(reading, found[1].end(), end):
            status = "donated"  # "được Hội vận động các tổ chức KSSA và CHI tài trợ": the organizations give
        if found is not None and _pays_out(reading, found[1], lo, end):
            status = "donated"  # "Tổ chức X vừa giải ngân 92,8 triệu đồng cho 40 học sinh": X gives
        # Anything not done (a gift still to come or planned, "sẽ hỗ trợ"; denied, conditional or only proposed):
        # no fact. A commitment is what the text calls one ("cam kết"), never a bare future.
        mood = reading.mood(lo, found[1].start() if found else verb.start())
        if mood is None:
            # "Theo kế hoạch, trong tháng 12 này, Hội X phối hợp với ... trao ...": a plan opening the sentence frames
            # all of it, however far its verb
            mood = _frame_mood(reading, lo, found[1].start() if found else verb.start())
        if (
            mood is None
            and segment.clause is not None
            and not _REALIS_RE.search(text, start, verb.start())
            and not reading.mentions_in(start, verb.start(), "quantity", "organization", "person", "place")
        ):
            # "Dự kiến đoàn sẽ khám bệnh ..., phát 18 triệu đồng tiền thuốc và tặng 250 phần quà ...": a further sum
            # of the clause, given by a verb the mood before it still governs (not one with a subject of its own:
            # "... cam kết dự kiến hơn 2 triệu USD và 2 tổ chức trao học bổng ...")
            mood = reading.mood(segment.clause, start, reach=start - segment.clause)
        if mood == MOOD_PURPOSE and (other := _AND_NOUN_RE.search(text, max(lo, verb.start() - 16), verb.start())):
            # "khoản vay ... để phát triển ... và khoản viện trợ ...": the purpose ends where a second aid noun
            # is joined on; the aid word after it is a noun, not what that purpose is
            mood = reading.mood(other.start(), found[1].start() if found else verb.start())
        if mood == MOOD_PURPOSE and found is None:
            # "Để hỗ trợ đồng bào, Hội đã trao 100 triệu đồng": the aid word after the purpose phrase gives
            comma = text.find(",", verb.end(), given_at)
            after = reading.first(_AID_RE, comma, given_at) if comma != -1 else None
            if after is not None:
                verb = after
                mood = reading.mood(lo, verb.start())
        # a mood word between the aid word and what is given speaks of the giving, unless it is a commitment's
        # own ("tổng giá trị viện trợ cam kết dự kiến ...") or a topic ("về việc đề nghị phê duyệt ...")
        later = None
        if mood is None and status not in ("committed", "mobilised") and verb.end() < given_at:
            later = reading.mood(verb.end(), given_at)
        if later in _LATER_MOODS:
            if _NOUN_HEAD_RE.search(text, max(lo, verb.start() - 12), verb.start()):
                # "Trong gói viện trợ mới, Mỹ sẽ cung cấp ... 37 xe": what an aid told elsewhere is to hold
                return None
            mood = later  # "đã tài trợ ... và sẽ hỗ trợ thêm 10 triệu": the sum is still to come
        if mood in MOODS_NOT_DONE or mood == MOOD_PURPOSE:
            return None  # ... or what a project or a sum is for ("Dự án nhằm hỗ trợ 500 hộ ...")
        code = (
            "033"
            if status in ("committed", "mobilised")
            else "073"
            if _HUMANITARIAN_RE.search(text, lo, end)
            else "070"
        )
        draft = FactDraft("aid", code).add("status", value=status)
        if segment.money is not None and not each:
            draft.add("amount", reading.entity(segment.money))
        draft.add_all("count", [q for q in quantities if _is_count(q)])
        draft.add_all("items", goods)
        for match in _GENERIC_DONOR_RE.finditer(text, lo, end):
            # "các tổ chức phi Chính phủ KSSA (Hàn Quốc) và CHI (Hoa Kỳ)": the names after the generic word give
            named = _headed_names(reading, match.end(), end)[0]
            _add_parties(draft, "donor", named or [match.group().lower()])
        recipient = self._parties(reading, draft, status, lo, end, subject, start, segment.clause)
        if recipient is None and not draft.has("recipient"):
            recipient = _counterpart(reading, lo, end)
            if recipient is not None:
                draft.add("recipient", recipient)
        self._place(reading, draft, recipient, lo, end)
        if not draft.has("recipient") and not _givers_place(reading, draft, lo, end):
            # nobody named: the aid goes to the place
            for role in [r for r in draft.roles if r.role == "place"]:
                draft.append(attrs.evolve(role, role="recipient"))
        self._time(reading, draft, lo, end)
        if carried is not None:
            draft.cite(*carried)
        return draft.cite(start, end).build()

    def _parties(
        self,
        reading: Reading,
        draft: FactDraft,
        status: str,
        start: int,
        end: int,
        subject: tuple[int, int] | None,
        own: int | None = None,
        clause: int | None = None,
    ) -> AnyEntity | None:
        """Add donors and the recipient; return the recipient entity, if one is named.

        ``own`` is where the segment's own sentence starts when ``start`` is that
        of a sentence it carries on (an agent's subject is read from ``own``);
        ``clause`` where its clause starts when an earlier sum of the clause comes first.
        """
        text = reading.text
        own = start if own is None else own
        if status == "donated":
            agent = _agent(reading, own, end)
            if agent is not None:
                # "X làm chủ dự án ... do D tài trợ", "X ... từ sự viện trợ của D": D gives, the subject X receives
                givers, holders, after = agent
                _add_parties(draft, "donor", givers)
                # "Được sự tài trợ của D, Hội Y đã trao ... cho Z": Y hands D's gift over, Z receives it
                handed = _GIVE_RE.search(text, after, end)
                gifted = self._gift_recipient(reading, draft, handed.end() if handed else after, end)
                if not holders and clause is not None and (first := _agent(reading, clause, own)) is not None:
                    # "X làm chủ dự án A do D tài trợ ... và dự án B do E tài trợ ...": X holds B as well
                    holders = first[1]
                if gifted is None and not draft.has("recipient") and holders:
                    gifted = holders[-1]
                    draft.add("recipient", gifted)
                if own > start and not draft.has("recipient"):
                    # "... trao tặng 470 thùng kem cho học sinh X. Tổng trị giá 165 triệu đồng do D tài trợ"
                    gifted = self._to_recipient(reading, draft, start, own)
                return gifted
            verb = _GIVE_OR_PAY_RE.search(text, start, end)  # (a giver paying out: "X giải ngân ... cho Y")
            at = verb.start() if verb else start
            # "UBND thành phố ban hành văn bản phê duyệt tiếp nhận viện trợ ...": who approves does not give
            approvals = list(_APPROVE_RE.finditer(text, start, at))
            floor = approvals[-1].end() if approvals else start
            # "ông X đã vận động tổ chức Y tài trợ ...": who mobilised the givers gives nothing
            mobilised = [m for m in _MOBILISE_RE.finditer(text, floor, end) if _mobilised_givers(reading, m.end(), end)]
            if mobilised:
                floor = mobilised[-1].end()
                verb = _GIVE_RE.search(text, floor, end)
                at = verb.start() if verb else at
            # a body or a person gives; else a province or a country as the subject ("Tỉnh Thanh Hóa đã hỗ trợ")
            donors = _subject_actors(reading, floor, at) or _place_subject(reading, floor, at)
            went = [d for d in donors if _destination(reading, d, floor, at)]
            if donors:
                donors = _givers_not_hands(reading, donors, floor, at)
            if not donors and subject is not None and own == start:
                donors = _subject_actors(reading, *subject)  # the subject the clause goes on with
                if not donors and _DELEGATION_RE.fullmatch(_comma_part(text, *subject)):
                    donors = _senders(reading, subject[0])  # "Theo đó, đoàn đã trao ...; đồng thời tặng ..."
            if not donors and verb is not None:
                # "khoản viện trợ lớn như: X tài trợ 9 tỷ đồng": the first aid word is a noun; the giving verb
                # is the last one before the sum
                money = reading.mentions_in(start, end, "money")
                later = list(_GIVE_RE.finditer(text, verb.end(), money[0].start if money else end))
                # "gồm trao tặng 1 căn nhà cho Hội X, tặng 300 phần quà cho ...": a verb after an item given to
                # someone gives the next item of the same list; X receives, it gives nothing
                listed = bool(later) and _item_given_to(reading, verb.end(), later[-1].start())
                if later and not (listed and not money):
                    verb, at = later[-1], later[-1].start()
                    donors = [] if listed else _subject_actors(reading, floor, at)
            owners = _gift_owners(reading, verb.end(), end) if verb is not None else []
            if owners:
                # "đoàn công tác X trao tiền và hiện vật của cộng đồng Y": X hands over, Y gives
                for owner in owners:
                    draft.add("donor", *((None, owner) if isinstance(owner, str) else (owner, None)))
            elif not donors and (community := _communities(reading, floor, at)):
                draft.add("donor", value=community[0])  # "Cộng đồng người Việt Nam tại Đức ủng hộ ..."
            elif not donors and mobilised and (headed := _headed_subject(reading, floor, at)):
                _add_parties(draft, "donor", headed)  # "đã vận động tổ chức Haielake Fountion tài trợ ..."
            elif not donors and (group := _GROUP_RE.search(text, floor, at)) is not None:
                draft.add("donor", value=group.group())  # "nhóm thiện nguyện TP.HCM phối hợp ... trao ..."
            elif not donors and (body := reading.bare_head(floor, at)) is not None:
                draft.add("donor", body)  # "Hội đã trao ...": the article's body of that head
            elif not donors and reading.committee(floor, at) and (lead := reading.lead_organiser) is not None:
                draft.add("donor", lead)  # "Ban tổ chức đã trao ...": who organised the event gives
            elif not donors and reading.committee(floor, at) and (senders := _senders(reading, floor)):
                # (no organiser named as such: who held the event the sentence before told, sggp.org.vn: "X phối
                # hợp với Y tổ chức trao 250 suất quà ... Tại chương trình, Ban Tổ chức đã trao 50 suất quà ...")
                draft.add_all("donor", senders)
            elif not donors and _DELEGATION_RE.fullmatch(_comma_part(text, floor, at)):
                draft.add_all("donor", _senders(reading, floor))  # "Tại đây, đoàn đã trao ...": who came gives
            else:
                draft.add_all("donor", donors or _elliptic_agent(reading, at, end))
            gifted = self._gift_recipient(reading, draft, verb.end() if verb else start, end)
            if gifted is None and own > start and not draft.has("recipient"):
                gifted = self._to_recipient(reading, draft, start, own)  # the recipient of the goods carried on
            if gifted is None and not draft.has("recipient") and went and went[0] not in donors:
                gifted = went[0]  # "... đã đến Hội X trao 3 thùng hàng": the gift is taken to X
                draft.add("recipient", gifted)
            return gifted
        received = _RECEIVE_RE.search(text, start, end)
        recipient = None
        approvals = list(_APPROVE_RE.finditer(text, start, received.start())) if received is not None else []
        # "UBND tỉnh cho phép X tiếp nhận": X receives; "UBND tỉnh phê duyệt tiếp nhận ... cho Y": Y does
        floor = approvals[-1].end() if approvals else start
        if received is not None:
            # "UBND tỉnh giao: Liên hiệp ... tiếp nhận": what follows a colon is the receiver's clause
            floor = max(floor, text.rfind(":", floor, received.start()) + 1)
        if (
            status == "received"
            and received is not None
            and approvals
            and not _actors(reading, floor, received.start())
        ):
            # "phê duyệt tiếp nhận ... do X tài trợ thông qua Hội Y": the channel Y takes the aid in
            recipient = _channel(reading, received.end(), end)
            if recipient is not None:
                draft.add("recipient", recipient)
            else:
                recipient = self._to_recipient(reading, draft, received.end(), end)
        elif status == "received" and received is not None:
            # a body or a person receives; else a province or a district as the subject ("Huyện X tiếp nhận")
            before = _actors(reading, floor, received.start()) or _place_subject(reading, floor, received.start())
            if not before and (body := reading.bare_head(floor, received.start())) is not None:
                before = [body]  # "Hội đã tiếp nhận ...": the article's body of that head, as for a gift
            if not before and subject is not None:
                before = _actors(reading, *subject)
                draft.add_all("recipient", before)
            if before:
                recipient = before[-1]
                draft.add("recipient", recipient)
        # the giver after the aid word: "viện trợ của X", "nhận từ X" (not "chuyến thăm của Y, X công bố viện trợ")
        aid_word = reading.first(_AID_RE, start, end)
        source = _source(text, received.end() if received else aid_word.start() if aid_word else start, end)
        if source is not None:
            # the donor's phrase ends where the recipient's ("cho ...") begins
            to = _recipient_marker(text, source.end(), end)
            via = _VIA_RE.search(text, source.end(), to.start() if to else end)
            donors = _actors(reading, source.end(), via.start() if via else to.start() if to else end)
            if not donors:
                sentence = reading.sentence_at(start)
                places = reading.mentions_in(source.end(), end, "place")
                donors = [
                    e
                    for e in reading.entities_of(reading.outside_attributions(places, sentence.start, sentence.end))
                    if isinstance(e, Place) and e.level == "country" and e.country != "VN"
                ]
            draft.add_all("donor", donors)
        if status in ("committed", "mobilised"):
            # "được Tổ chức X cam kết hỗ trợ": the agent of the passive commits
            # (also beside a mobiliser named after the aid word: "do Tổ chức X dành tặng ... do Trung tâm Y vận
            # động": X gives what Y mobilised)
            # "do ĐĐ. X vận động hỗ trợ": the agent, then the status word, then the aid word
            # (any aid word of the stretch: a total carried on from the sentence before has its own)
            for word in reading.words.matches(_AID_RE, start, end):
                verb_at = word.start()
                status_word = _STATUS_BEFORE_RE.search(text, start, verb_at)
                if status_word is not None:
                    verb_at = status_word.start()
                passive = [m for m in _PASSIVE_RE.finditer(text, start, verb_at)]
                if passive and _only_actors(reading, passive[-1].end(), verb_at):
                    draft.add_all("donor", _actors(reading, passive[-1].end(), verb_at))
                    break
        committing = _COMMITTED_RE.search(text, floor, aid_word.end()) if aid_word is not None else None
        sides = (
            _signing_sides(reading, min(aid_word.start(), committing.start()))
            if status == "committed" and not draft.has("donor") and committing is not None and aid_word is not None
            else None
        )
        if sides is not None:
            # "Đại sứ Nhật Bản X và Chủ tịch UBND xã Y đã ký kết hợp đồng viện trợ ...": the foreign side of the
            # signers gives, the Vietnamese bodies that sign take the aid in (the projects are theirs)
            draft.add_all("donor", sides[0])
            if recipient is None and sides[1]:
                draft.add_all("recipient", sides[1])
                recipient = sides[1][-1]
        if status == "committed" and not draft.has("donor") and aid_word is not None and committing is not None:
            # "chính quyền Tổng thống Mỹ Joe Biden công bố gói viện trợ ...": who commits gives (not who receives
            # "... với tổng giá trị cam kết": a commitment word after the aid word names the sum)
            verb_at = min(aid_word.start(), committing.start())
            draft.add_all("donor", _subject_actors(reading, floor, verb_at) or _place_subject(reading, floor, verb_at))
        if status == "mobilised" and not draft.has("donor"):
            # "Hội Hữu nghị tỉnh đã vận động ... ủng hộ": who mobilises the gift is named among its givers
            mobilising = _status_word(_MOBILISED_RE, text, floor, end)
            if mobilising is not None:
                # "... do phật tử chùa X vận động, tài trợ": the agent right before the status word, if any,
                # not a name earlier in the subject (the school of the pupils given to)
                own = reading.sentence_at(mobilising.start()).start
                passives = list(_PASSIVE_RE.finditer(text, max(floor, own), mobilising.start()))
                lo = passives[-1].end() if passives else floor
                draft.add_all("donor", (_actors if passives else _subject_actors)(reading, lo, mobilising.start()))
        if status in ("committed", "mobilised") and recipient is None and not draft.has("recipient"):
            # "cam kết viện trợ cho tỉnh X ...", "vận động ... ủng hộ 500 triệu đồng cho tỉnh X"
            recipient = self._to_recipient(reading, draft, aid_word.end() if aid_word is not None else start, end)
        return recipient

    def _gift_recipient(
        self, reading: Reading, draft: FactDraft, after: int, end: int, near: bool = True
    ) -> AnyEntity | None:
        """The place or body right after the verb (if ``near``), else the phrase after ``cho``."""
        text = reading.text
        if not near:
            return self._to_recipient(reading, draft, after, end)
        # (a long name may run past the reach: it is its start that must be near)
        close = [
            m
            for m in outermost(reading.mentions_in(after, end, "place", "organization"))
            if m.start < after + _REACH_AFTER_VERB
            and (not text[after : m.start].strip(" ,").split() or text[after : m.start].split()[-1].islower())
        ]
        if close and len(text[after : close[0].start].split()) <= 1:
            entity = reading.entity(close[0])
            if entity is not None:
                draft.add("recipient", entity)
                return entity
        beneficiary = self._beneficiary_before_gift(reading, draft, after, end)
        if beneficiary is not None:
            return beneficiary[0]
        return self._to_recipient(reading, draft, after, end)

    def _beneficiary_before_gift(
        self, reading: Reading, draft: FactDraft, after: int, end: int
    ) -> tuple[AnyEntity | None] | None:
        """Add the recipient written right after the verb, before what is given, with no ``cho`` (None if none).

        "trao tặng các hộ nghèo 20 suất quà", "trao tặng Mẹ Việt Nam anh hùng Nguyễn Thị Chí 70 triệu đồng": a
        phrase opened by a word for the people or the fund given to (``beneficiary`` in aid.tsv) and closed by the
        sum or the goods (or a word ending a recipient, ``số tiền``), no comma between; the person or body it ends
        with if any, else the phrase verbatim.
        """
        text = reading.text
        at = after + len(text[after:end]) - len(text[after:end].lstrip())
        opener = _BENEFICIARY_RE.match(text, at)
        if opener is None:
            return None
        limit = min(end, reading.sentence_at(at).end)
        given = [
            m
            for m in reading.mentions_in(at, limit, "money", "quantity")
            if m.kind == "money" or (isinstance(q := reading.entity(m), Quantity) and _is_goods(q))
        ]
        if not given:
            return None
        # (the phrase stops where the gift is named by its kind: "ủng hộ quĩ phòng chống Covid số tiền: 9.620 AUD")
        stop = _RECIPIENT_END_RE.search(text, at, given[0].start)
        cut = stop.start() if stop is not None else given[0].start
        if "," in text[at:cut]:
            return None
        phrase = text[at:cut].rstrip()
        if len(phrase.split()) > _BENEFICIARY_WORDS:
            return None
        # (a person after a form of address, "Mẹ Việt Nam anh hùng X"; a body right after the word, "HS Trường X")
        named = [
            m
            for m in reading.mentions_in(at, at + len(phrase), "person", "organization")
            if m.end == at + len(phrase) and (m.kind == "person" or not text[opener.end() : m.start].strip())
        ]
        entity = reading.entity(named[0]) if named else None
        draft.add("recipient", entity, None if entity else phrase)
        return (entity,)

    def _to_recipient(self, reading: Reading, draft: FactDraft, after: int, end: int) -> AnyEntity | None:
        """The recipient after ``cho``: the name opening the phrase, else the phrase verbatim."""
        text = reading.text
        to = _recipient_marker(text, after, end)
        if to is None:
            return None
        end = min(end, reading.sentence_at(to.end()).end)  # a recipient never runs past its sentence
        stop = _RECIPIENT_END_RE.search(text, to.end(), end)
        phrase_end = stop.start() if stop else end
        # "viện trợ cho tỉnh hơn 100 triệu USD", "trao tặng cho Bệnh viện X 4 máy thở": what is given is no part of
        # who gets it
        sums = [
            m
            for m in reading.mentions_in(to.end(), phrase_end, "money", "quantity")
            if m.kind == "money" or (isinstance(q := reading.entity(m), Quantity) and _is_goods(q))
        ]
        if sums:
            phrase_end = sums[0].start
        phrase = text[to.end() : phrase_end].rstrip().rstrip(" ,.;:!?…")
        bare = _PLACE_HEAD_RE.match(phrase + " ")
        if not phrase or (bare is not None and bare.end() == len(phrase) + 1):
            return None  # nobody, or a bare "tỉnh" ("viện trợ cho tỉnh hơn 537 tỷ đồng"): the place says which
        # a name opening the phrase is the recipient ("cho Ukraine tổ hợp tên lửa ...": Ukraine)
        opening = [
            m
            for m in reading.mentions_in(to.end(), phrase_end, "organization", "person", "place")
            if m.start == to.end()
        ]
        if not opening and (proxy := _PROXY_RE.match(text, to.end())) is not None:
            # "cho lãnh đạo huyện Bác Ái": who stands for the district takes the gift in for it
            opening = [
                m
                for m in reading.mentions_in(proxy.end(), phrase_end, "organization", "place")
                if _at_most_a_level(text[proxy.end() : m.start])
            ][:1]
        entity = reading.entity(opening[0]) if opening else None
        if entity is None and stop is not None:
            entity = _carer(reading, stop.start(), end)
        draft.add("recipient", entity, None if entity else phrase)
        self._item_recipients(reading, draft, phrase_end, end)
        return entity

    def _item_recipients(self, reading: Reading, draft: FactDraft, after: int, end: int) -> None:
        """Add the named recipient of each further item of a list of gifts, after the first recipient's phrase.

        "trao tặng 1 căn nhà cho Hội X, tặng 300 phần quà cho người dân, 1.500 quyển tập cho Trường Y": each
        ``cho`` after goods counted since the last recipient names who gets that item; a name opening the phrase
        is added (Y), a bare description of people ("người dân") is not.
        """
        text = reading.text
        pos = after
        while pos < end:
            to = _recipient_marker(text, pos, end)
            if to is None or not any(
                isinstance(q := reading.entity(m), Quantity) and _is_goods(q)
                for m in reading.mentions_in(pos, to.start(), "quantity")
            ):
                return  # no further item counted before it: not the recipient of a listed gift
            opening = [
                m for m in reading.mentions_in(to.end(), end, "organization", "person", "place") if m.start == to.end()
            ]
            entity = reading.entity(opening[0]) if opening else None
            if entity is not None:
                draft.add("recipient", entity)
            # the next item of the list opens on its count ("..., 1.500 quyển tập cho ..."), after a comma
            following = next(
                (
                    m
                    for m in reading.mentions_in(to.end(), end, "quantity")
                    if isinstance(q := reading.entity(m), Quantity) and _is_goods(q)
                ),
                None,
            )
            if following is None or "," not in text[to.end() : following.start]:
                return
            pos = following.start

    def _place(self, reading: Reading, draft: FactDraft, recipient: AnyEntity | None, start: int, end: int) -> None:
        """The province the aid is for (see the module docstring)."""
        province = None
        if isinstance(recipient, Place) and recipient.country not in (None, "VN"):
            draft.add("place", recipient)  # aid abroad: the country or place it goes to
            return
        abroad = self._country_after_recipient(reading, draft, recipient, start, end)
        if abroad is not None:
            draft.add("place", abroad)  # "cho tỉnh Hủa Phăn (Lào)": abroad, though no gazetteer knows the province
            return
        if isinstance(recipient, Place):
            province = reading.province_of(recipient)
        elif isinstance(recipient, Organization | Person):
            for span in recipient.spans:
                if start <= span.start < end:
                    inner = reading.entities_in(span.start, span.end, "place")
                    province = _first_province(reading, inner)
                    break
        if province is None:
            # where the aid goes: a place after the aid word first, then before it; a giver's own place
            # (in its name or its address: "do Nhóm X (TP. Hồ Chí Minh) tài trợ") only failing those and
            # the article's province
            verb = reading.first(_AID_RE, start, end)
            at = verb.end() if verb else start
            givers = _givers_zones(reading, draft, start, end)
            for lo, hi in ((at, end), (start, at)):
                found = reading.outside(reading.mentions_in(lo, hi, "place"), givers)
                vietnamese = [e for e in reading.entities_of(found) if isinstance(e, Place) and e.country == "VN"]
                province = province or _first_province(reading, vietnamese)
            if province is None and givers and reading.home_province_name is None:
                vietnamese = [
                    e for e in reading.entities_in(start, end, "place") if isinstance(e, Place) and e.country == "VN"
                ]
                province = _first_province(reading, vietnamese)
        if province is None and not reading.several_provinces(start, end):
            # the entity when the body names the province, else its name as a value
            draft.add("place", reading.home_province, reading.home_province_name)
            return
        draft.add("place", province)

    def _country_after_recipient(
        self, reading: Reading, draft: FactDraft, recipient: AnyEntity | None, start: int, end: int
    ) -> Place | None:
        """The foreign country written in brackets right after the recipient, if any."""
        ends = [s.end for s in recipient.spans if start <= s.start < end] if recipient is not None else []
        if recipient is None:
            written = next((r.value for r in draft.roles if r.role == "recipient" and r.value), None)
            at = reading.text.find(written, start, end) if written else -1
            ends = [at + len(written)] if written and at != -1 else []
        return next((c for c in map(reading.bracket_country, ends) if c is not None), None)

    def _time(self, reading: Reading, draft: FactDraft, start: int, end: int) -> None:
        time = reading.time_in(start, end) or reading.frame(start)
        entity = reading.entity(time) if time is not None else None
        if entity is not None:
            draft.add("date" if entity.kind == "date" else "period", entity)


def _source(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first ``của``/``từ``/``do`` of ``[start, end)`` naming the giver.

    Not a ``của`` inside the recipient's phrase: "cho học sinh của Trường Tiểu học X" names whose pupils
    they are, not who gives.
    """
    pos = start
    while (source := _FROM_RE.search(text, pos, end)) is not None:
        if source.group().rstrip().lower() != "của" or _recipient_marker(text, start, source.start()) is None:
            return source
        pos = source.end()
    return None


_FRAME_MOODS = frozenset({"planned", "future"})


def _frame_mood(reading: Reading, lo: int, at: int) -> str | None:
    """The mood of a clause opening on a plan or a time to come ("Theo kế hoạch, ...", "Dự kiến, ...") up to ``at``.

    Such an opening frames the whole clause, past the usual reach of a mood word; a realis marker after it
    ("Theo kế hoạch, sáng 12/3, đoàn đã trao ...") still tells the gift done.
    """
    opening = mood_pattern().match(reading.text, lo)
    if opening is None or mood_of().get(" ".join(opening.group().lower().split())) not in _FRAME_MOODS:
        return None
    return reading.mood(lo, at, reach=at - lo)


def _retrospective(reading: Reading, sentence: Sentence) -> bool:
    """Whether the sentence, before its first sum (else its aid word), tells a span of years up to now ("3 năm qua").

    (told after the goods, "đã trao 20 suất học bổng đến nay" is one gift, not a record)
    """
    sums = reading.mentions_in(sentence.start, sentence.end, "money")
    verb = reading.first(_AID_RE, sentence.start, sentence.end)
    end = sums[0].start if sums else verb.start() if verb else sentence.end
    return _RETROSPECTIVE_RE.search(reading.text, sentence.start, end) is not None


def _mobilised_givers(reading: Reading, after: int, end: int) -> bool:
    """Whether a mobilising word ending at ``after`` has the givers it brought in as its object, a giving verb after
    them: "Hội vận động các tổ chức phi Chính phủ KSSA (Hàn Quốc) và CHI (Hoa Kỳ) tài trợ", "vận động bà A và B
    (Việt kiều Mỹ) tài trợ" (they give; not "vận động tài trợ", "vận động được 50 triệu đồng hỗ trợ": mobilised).
    """
    verb = _GIVE_RE.search(reading.text, after, end)
    if verb is None or not reading.text[after : verb.start()].strip():
        return False
    if reading.mentions_in(after, verb.start(), "money", "quantity"):
        return False
    return bool(
        reading.mentions_in(after, verb.start(), "organization", "person")
        or _GENERIC_DONOR_RE.search(reading.text, after, verb.start())
        or _GROUP_RE.search(reading.text, after, verb.start())
    )


def _pays_out(reading: Reading, word: re.Match[str], start: int, end: int) -> bool:
    """Whether a disbursing word (``giải ngân``) has the giver as its subject: a body pays out to someone.

    "Tổ chức X vừa giải ngân ... cho 40 học sinh" (X gives); with nobody after ``cho`` the subject takes the aid
    in and spends it ("tỉnh Điện Biên đã giải ngân 50 tỷ đồng vốn viện trợ"): received, as before.
    """
    text = reading.text
    if _PAYOUT_RE.fullmatch(text, word.start(), word.end()) is None:
        return False
    return _recipient_marker(text, word.end(), end) is not None and bool(_subject_actors(reading, start, word.start()))


def _item_given_to(reading: Reading, start: int, end: int) -> bool:
    """Whether ``[start, end)`` names goods counted and then who gets them (``1 căn nhà cho Hội X``)."""
    to = _recipient_marker(reading.text, start, end)
    return to is not None and any(
        isinstance(q := reading.entity(m), Quantity) and _is_goods(q)
        for m in reading.mentions_in(start, to.start(), "quantity")
    )


def _recipient_marker(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first ``cho``/``đến``/``tới`` in ``[start, end)`` that opens a recipient.

    Not one inside a quoted name (``học bổng “Nâng bước em đến trường”``) nor the idiom
    of going to school (``học bổng Tiếp sức đến trường dành cho ...``), nor what something
    affects (``mưa lũ gây ảnh hưởng nghiêm trọng đến đời sống của người dân``), nor the end of
    a range (``27.500 cuốn sách tiếng Việt từ lớp 1 đến lớp 12``).
    """
    pos = start
    while pos < end:
        at = name_end(text, pos, end, _TO_RE)
        to = _TO_RE.match(text, at, end) if at < end else None
        if to is None or not (
            _IDIOM_TO_RE.match(text, to.start())
            or _AFFECTED_BEFORE_RE.search(text, max(pos, to.start() - _AFFECTED_REACH), to.start())
            or _RANGE_FROM_RE.search(text, max(pos, to.start() - _RANGE_REACH), to.start())
        ):
            return to
        pos = to.end()
    return None


def _continued(reading: Reading, sentences: Sequence[Sentence], i: int) -> Sentence | None:
    """The aid sentence that sentence ``i``, opening ``Tổng giá trị ...``, gives the total of, if any.

    The sentence just before, or the one before it when the one in between only
    describes the goods ("Mỗi phần quà gồm ... trị giá 500.000 đồng/phần"),
    in the same paragraph or the one before; it must name no sum of its own but
    a share each.
    """
    text = reading.text
    sentence = sentences[i]
    # "Mỗi suất quà trị giá 1 triệu đồng, tổng trị giá 70 triệu đồng ...": a share each, then the total
    each_then_total = _EACH_OPENING_RE.match(text, sentence.start) is not None and (
        _TOTAL_WORD_RE.search(text, sentence.start, sentence.end) is not None
    )
    if not each_then_total and not _TOTAL_OPENING_RE.match(text, sentence.start):
        return None
    for back in range(1, min(i, 2) + 1):
        source = sentences[i - back]
        if sentence.paragraph - source.paragraph > 1 or any(
            not _per_head(reading, m) for m in reading.mentions_in(source.start, source.end, "money")
        ):
            return None
        if reading.first(_AID_RE, source.start, source.end):
            return source
    return None


def _givers_not_hands(reading: Reading, donors: list[AnyEntity], start: int, end: int) -> list[AnyEntity]:
    """``donors`` of the subject ``[start, end)`` without those who only hand the gift over or pass it on.

    "Thay mặt Hội X, ông Y trao ...": Hội X gives (the person speaks for it);
    "Tổ chức X thông qua Hội Y tài trợ ...": Y is the channel, X gives.
    """
    text = reading.text

    def inside(entity: AnyEntity, lo: int, hi: int) -> bool:
        return any(lo <= s.start < hi for s in entity.spans)

    behalf = _BEHALF_RE.search(text, start, end)
    if behalf is not None:
        comma = text.find(",", behalf.end(), end)
        stop = comma if comma != -1 else end
        named = [d for d in donors if inside(d, behalf.end(), stop)]
        if not named:
            # "Được sự ủy quyền từ Bộ Ngoại giao, ông X trao ...": a phrase read as an attribution, the body in
            # it gives all the same
            named = reading.entities_of(outermost(reading.mentions_in(behalf.end(), stop, "organization")))
        if named:
            donors = named
        elif _communities(reading, behalf.end(), stop):
            # "X thay mặt cộng đồng người Việt Nam ở nước ngoài trao ...": the community gives, X hands it over
            return []
    via = _VIA_RE.search(text, start, end)
    if via is not None:
        kept = [d for d in donors if not inside(d, via.end(), end)]
        donors = kept or donors
    # "ông Y đã đến Hội X trao ...": X is where the gift is taken, not who gives it
    went = [d for d in donors if _destination(reading, d, start, end)]
    return [d for d in donors if d not in went] or donors


def _comma_part(text: str, start: int, end: int) -> str:
    """The comma part of ``[start, end)`` right before its end ("Tại đây, đoàn đã" -> " đoàn đã")."""
    return text[max(start, text.rfind(",", start, end) + 1) : end]


def _senders(reading: Reading, at: int) -> list[AnyEntity]:
    """Who the sentence before ``at`` (in its paragraph or the one before) has visit or hold the event: the
    subject before its first verb that names one ("Hội X phối hợp với Y tổ chức ...", "Văn phòng Z đã đến ...")."""
    text = reading.text
    sentence = reading.sentence_at(at)
    i = reading.index_of(sentence)
    before = reading.sentences[i - 1] if i > 0 else None
    if before is None or sentence.paragraph - before.paragraph > 1:
        return []
    partners: list[tuple[int, int]] = []  # "phối hợp với Y, X đã đến ...": Y joins in, X is who came
    for verb in _SENDER_END_RE.finditer(text, before.start, before.end):
        if _WITH_RE.match(text, verb.start()):
            comma = text.find(",", verb.end(), before.end)
            partners.append((verb.start(), comma if comma != -1 else before.end))
            continue
        found = [a for a in _subject_actors(reading, before.start, verb.start()) if not _inside(a, partners)]
        if found:
            return found
    return []


def _inside(entity: AnyEntity, zones: Sequence[tuple[int, int]]) -> bool:
    """Whether ``entity`` is named within one of ``zones`` (and nowhere else before them)."""
    return any(lo <= s.start < hi for s in entity.spans for lo, hi in zones)


def _at_most_a_level(between: str) -> bool:
    """Whether ``between`` is nothing or one lower-case word (a level: "huyện" before "Bác Ái")."""
    words_ = between.split()
    return not words_ or (len(words_) == 1 and words_[0].isalpha() and words_[0].islower())


def _counterpart(reading: Reading, start: int, end: int) -> AnyEntity | None:
    """The body or place paying the counterpart share ("X đối ứng 75 triệu đồng") in ``[start, end)``.

    A project's counterpart funds (vốn đối ứng) come from the side that receives the aid.
    """
    for word in _COUNTERPART_RE.finditer(reading.text, start, end):
        before = outermost(reading.mentions_in(start, word.start(), "organization", "place"))
        if before and not reading.text[before[-1].end : word.start()].strip():
            return reading.entity(before[-1])
    return None


def _carer(reading: Reading, at: int, end: int) -> AnyEntity | None:
    """The body of "do <body> <care verb>" right at ``at``: the group given to is in its care, it receives.

    "tặng 950 phần quà cho trẻ em mồ côi do Hội Bảo trợ ... tỉnh bảo trợ": the Hội receives.
    """
    agent = _CARED_BY_RE.match(reading.text, at)
    if agent is None:
        return None
    bodies = [m for m in reading.mentions_in(agent.end(), end, "organization") if m.start == agent.end()]
    if not bodies or _CARE_RE.match(reading.text, bodies[0].end) is None:
        return None
    found = reading.entities_of(bodies[:1])
    return found[0] if found else None


def _channel(reading: Reading, start: int, end: int) -> AnyEntity | None:
    """The body named right after "thông qua" in ``[start, end)``: it takes the aid in for those it serves.

    "tiếp nhận khoản viện trợ ... do Tổ chức X tài trợ thông qua Hội Y nhằm giúp ...": Y receives.
    """
    via = _VIA_RE.search(reading.text, start, end)
    if via is None:
        return None
    bodies = [m for m in reading.mentions_in(via.end(), end, "organization") if m.start - via.end() <= 2]
    found = reading.entities_of(bodies[:1])
    return found[0] if found else None


def _destination(reading: Reading, entity: AnyEntity, start: int, end: int) -> bool:
    """Whether ``entity`` is named in ``[start, end)`` right after a verb of going ("đến", "tới", "về")."""
    return any(
        start <= s.start < end
        and _GONE_TO_RE.search(reading.text, max(start, s.start - _GONE_TO_REACH), s.start) is not None
        for s in entity.spans
    )


def _other_sum(text: str, start: int, money: int) -> bool:
    """Whether the sum at ``money`` is named by an other-sum word before it with no aid word between."""
    other = None
    for other in _OTHER_SUM_RE.finditer(text, max(start, money - 80), money):  # noqa: B007
        pass
    return other is not None and _AID_RE.search(text, other.end(), money) is None


def _givers_place(reading: Reading, draft: FactDraft, start: int, end: int) -> bool:
    """Whether the fact's place is only where a donor is from ("Hội Chữ thập đỏ tỉnh Quảng Trị đã trao ...")."""
    place = next((r.entity for r in draft.roles if r.role == "place" and r.entity), None)
    if place is None:
        return False
    for donor in (r.entity for r in draft.roles if r.role == "donor" and r.entity):
        entity = reading.entities.get(donor)
        if isinstance(entity, Place):
            if donor == place:
                return True
            continue
        for span in entity.spans if entity is not None else ():
            if start <= span.start < end:
                inner = reading.entities_in(span.start, _address_end(reading, span.end), "place")
                if any(
                    e.id == place
                    or (isinstance(e, Place) and (p := reading.province_of(e)) is not None and p.id == place)
                    for e in inner
                ):
                    return True
    return False


def _givers_zones(reading: Reading, draft: FactDraft, start: int, end: int) -> list[tuple[int, int]]:
    """Where the donors of ``draft`` are written in ``[start, end)``, each with the address bracket after it."""
    zones = []
    for donor in (r.entity for r in draft.roles if r.role == "donor" and r.entity):
        entity = reading.entities.get(donor)
        if isinstance(entity, Place) or entity is None:
            continue  # a province giving is the place it gives from and to alike
        for span in entity.spans:
            if start <= span.start < end:
                zones.append((span.start, _address_end(reading, span.end)))
    # a name written out (no extractor caught it: "do tổ chức Vòng Tay Thái Bình tài trợ") holds no place of the gift
    for name in (r.value for r in draft.roles if r.role == "donor" and r.value and r.value[:1].isupper()):
        at = reading.text.find(name, start, end)
        if at != -1:
            zones.append((at, _address_end(reading, at + len(name))))
    return zones


def _address_end(reading: Reading, at: int) -> int:
    """Where the address written right after a name ending at ``at`` ends (``at`` if none).

    A bracket ("Nhóm Nhân ái Hoa Sen (TP. Hồ Chí Minh)") or a place after ``tại``/``ở`` ("các Mạnh Thường Quân
    tại tỉnh Long An"): where the giver is from, not where the gift goes.
    """
    text = reading.text
    bracket = _ADDRESS_AFTER_RE.match(text, at)
    if bracket is not None:
        return bracket.end()
    where = _AT_PLACE_AFTER_RE.match(text, at)
    if where is None:
        return at
    places = reading.mentions_in(where.end(), where.end() + 40, "place")
    if places and _at_most_a_level(text[where.end() : places[0].start]):
        return places[0].end
    return at


def _per_head(reading: Reading, money: Mention) -> bool:
    """Whether ``money`` is what each one gets ("500.000 đồng/phần", "mỗi suất trị giá 1 triệu đồng")."""
    text = reading.text
    sentence = reading.sentence_at(money.start)
    # (a sentence opening on "Mỗi" describes one share, however long its list of goods: "Mỗi suất quà gồm có 10 kg
    # gạo, 1 thùng mỳ tôm, ... kèm theo 50 ngàn đồng tiền mặt", baogialai.com.vn)
    reach = sentence.start if _EACH_OPENING_RE.match(text, sentence.start) else max(sentence.start, money.start - 80)
    return _PER_HEAD_RE.match(text, money.end) is not None or _EACH_RE.search(text, reach, money.start) is not None


class _GoodsOnly:
    """The facts that give goods and no sum, by where they were read: those read from a stretch, found by bisection.

    A total in a later sentence takes in the goods given alone in the sentence it continues; looking them up
    by position keeps that linear on long pages (a scan of every fact before would not be).
    """

    def __init__(self) -> None:
        self._first: list[tuple[int, int]] = []  # (first span start, fact index), sorted
        self._last: dict[int, int] = {}  # fact index -> last span end
        #: Indexes of the facts taken into a total.
        self.dropped: set[int] = set()

    def add(self, fact: Fact, index: int) -> None:
        """Remember ``fact`` (the ``index``-th) when it gives goods and no sum and has spans."""
        if fact.spans and not any(r.role == "amount" for r in fact.roles):
            bisect.insort(self._first, (min(s.start for s in fact.spans), index))
            self._last[index] = max(s.end for s in fact.spans)

    def __bool__(self) -> bool:
        """Whether any fact giving goods alone is still remembered."""
        return bool(self._first)

    def drop_within(self, start: int, end: int) -> list[int]:
        """Drop the remembered facts read from ``[start, end)`` only; return their indexes."""
        lo = bisect.bisect_left(self._first, (start, -1))
        hi = bisect.bisect_left(self._first, (end + 1, -1))
        kept, dropped = [], []
        for first, index in self._first[lo:hi]:
            if self._last[index] <= end:
                dropped.append(index)
            else:
                kept.append((first, index))
        self._first[lo:hi] = kept
        self.dropped.update(dropped)
        return dropped


def _fact_has(fact: Fact, role: str) -> bool:
    """Whether ``fact`` holds a ``role``."""
    return any(r.role == role for r in fact.roles)


def _totals_goods(reading: Reading, start: int, end: int) -> bool:
    """Whether the clause ``start:end`` tells a total sum ("tổng kinh phí ...") and no aid word of its own."""
    if reading.first(_AID_RE, start, end) is not None:
        return False
    return any(
        _TOTAL_BEFORE_RE.search(reading.text, max(start, m.start - 40), m.start) is not None
        for m in reading.mentions_in(start, end, "money")
    )


def _total_of_goods_before(text: str, sentence: Sentence, segment: _Segment, fact: Fact) -> bool:
    """Whether ``fact`` gives a sum told as a total ("tổng kinh phí ...") and no goods of its own.

    (not a commitment: "cam kết hỗ trợ 5 chương trình với tổng kinh phí thực hiện hơn 19 tỉ đồng" is aid to come, not
    the value of what was handed over before it)
    """
    money = segment.money
    return (
        money is not None
        and not any(r.role == "status" and r.value == "committed" for r in fact.roles)
        and _TOTAL_BEFORE_RE.search(text, max(sentence.start, money.start - 40), money.start) is not None
        and not any(r.role == "items" for r in fact.roles)
    )


def _take_in(total: Fact, goods: Sequence[Fact]) -> Fact:
    """``total`` with the goods of ``goods`` and, where it names none, their donors and recipients."""
    if not goods:
        return total
    held = {r.role for r in total.roles}
    roles = list(total.roles)
    for fact in goods:
        roles += [
            r
            for r in fact.roles
            if r not in roles and (r.role == "items" or (r.role in ("donor", "recipient") and r.role not in held))
        ]
    spans = tuple(sorted({*total.spans, *(s for f in goods for s in f.spans)}, key=lambda s: (s.start, s.end)))
    return attrs.evolve(total, roles=tuple(roles), spans=spans)


def _without_totals_of_parts(facts: list[Fact], reading: Reading) -> list[Fact]:
    """``facts`` without those giving only goods that the article counts part by part elsewhere.

    "trao 88 suất học bổng" in the lead, then 33 and 55 of them in the body: the
    88 is their sum told first, not a third gift (a sum of money is left alone:
    totals and their breakdowns are linked by :func:`_link_total`).
    """
    by_unit: dict[str, list[Quantity]] = {}
    for entity in reading.entities.values():
        if isinstance(entity, Quantity) and _is_goods(entity):
            by_unit.setdefault(entity.unit.lower(), []).append(entity)
    out = []
    for fact in facts:
        if not any(r.role == "amount" for r in fact.roles):
            items = [reading.entities.get(r.entity) for r in fact.roles if r.role == "items" and r.entity]
            if any(isinstance(q, Quantity) and _sum_of_others(q, by_unit.get(q.unit.lower(), [])) for q in items):
                continue
        out.append(fact)
    return out


def _without_shares(facts: list[Fact], reading: Reading) -> list[Fact]:
    """``facts`` without those whose sum is one share of a total given before it: a sentence whose sums add up to
    that total ("gói hỗ trợ 500 tỷ đồng" ... "phân bổ cho Đắk Lắk 200 tỷ đồng, Khánh Hòa 100 tỷ đồng, Gia Lai 100
    tỷ đồng và Lâm Đồng 100 tỷ đồng") tells how it was shared out, not further gifts."""
    totals: list[tuple[int, Decimal, str]] = []  # (where, value, currency) of each fact's sum
    for fact in facts:
        money = _amount(fact, reading)
        if money is not None and fact.spans:
            totals.append((min(s.start for s in fact.spans), money.value, money.currency))
    if len(totals) < 2:
        return facts
    shares: set[str] = set()
    for sentence in {reading.sentence_at(at) for at, _, _ in totals}:
        # (each sum as told: three shares of "100 tỷ đồng" are one entity, three sums)
        entities = [
            e
            for m in reading.mentions_in(sentence.start, sentence.end, "money")
            if isinstance(e := reading.entity(m), Money)
        ]
        if len(entities) < 2 or len({e.currency for e in entities}) > 1:
            continue
        added = sum((e.value for e in entities), Decimal(0))
        if any(
            at < sentence.start and value == added and currency == entities[0].currency
            for at, value, currency in totals
        ):
            shares.update(e.id for e in entities)
    return [f for f in facts if (money := _amount(f, reading)) is None or money.id not in shares]


def _without_summed_totals(facts: list[Fact], reading: Reading) -> list[Fact]:
    """``facts`` without a total adding up the sums told right before it in its paragraph: "trao 20 triệu đồng cho
    trường A và 30 triệu đồng cho trường B. Như vậy, tổng trị giá hỗ trợ là 50 triệu đồng" sums up the gifts told
    (the mirror of :func:`_without_shares`, where the total comes first)."""
    out = []
    for fact in facts:
        money = _amount(fact, reading)
        if money is None or not fact.spans or not _adds_up_sums_before(reading, money, fact.spans[0].start):
            out.append(fact)
    return out


def _adds_up_sums_before(reading: Reading, money: Money, at: int) -> bool:
    """Whether ``money``, told after ``tổng`` in the sentence at ``at``, equals the last two or more sums told
    before that sentence in its paragraph."""
    sentence = reading.sentence_at(at)
    told = next((m for m in reading.mentions_in(sentence.start, sentence.end, "money") if m.entity == money.id), None)
    if told is None or not _TOTAL_WORD_RE.search(reading.text, sentence.start, told.start):
        return False
    first = index = reading.index_of(sentence)
    while first > 0 and reading.sentences[first - 1].paragraph == sentence.paragraph:
        first -= 1
    # (each sum as told: two gifts of "20 triệu đồng" are one entity, two sums)
    told_before = reading.mentions_in(reading.sentences[first].start, sentence.start, "money") if first < index else []
    before = [reading.entity(m) for m in told_before]
    added = Decimal(0)
    for count, sum_told in enumerate(reversed(before), 1):
        if not isinstance(sum_told, Money) or sum_told.currency != money.currency:
            return False
        added += sum_told.value
        if count >= 2 and added == money.value:
            return True
        if added > money.value:
            return False
    return False


def _amount(fact: Fact, reading: Reading) -> Money | None:
    """The sum a fact gives, if any."""
    money = next((reading.entities.get(r.entity) for r in fact.roles if r.role == "amount" and r.entity), None)
    return money if isinstance(money, Money) else None


def _one_entity_per_sum(facts: list[Fact], reading: Reading) -> list[Fact]:
    """``facts`` with every amount of the same value and currency pointing at the sum first told.

    "trao 500 triệu đồng ..." in the lead, "số tiền hơn 500 triệu đồng" in the body: the same sum told
    again, however bounded, so that the merge on the amount (``FACT_KINDS``) makes them one gift.
    """
    first: dict[tuple[Decimal, str], str] = {}
    out = []
    for fact in facts:
        roles = []
        for role in fact.roles:
            money = reading.entities.get(role.entity) if role.role == "amount" and role.entity else None
            if isinstance(money, Money):
                role = attrs.evolve(role, entity=first.setdefault((money.value, money.currency), money.id))
            roles.append(role)
        out.append(attrs.evolve(fact, roles=tuple(roles)) if roles != list(fact.roles) else fact)
    return out


def _sum_of_others(total: Quantity, goods: Sequence[Quantity]) -> bool:
    """Whether two or more other counts of the same goods (the first few the article gives) add up to ``total``."""
    parts = [q.value for q in goods if q.id != total.id and 0 < q.value < total.value][:_MAX_PARTS]
    one: set[Decimal] = set()
    more: set[Decimal] = set()  # sums of two or more parts, none above the total
    for value in parts:
        more |= {s + value for s in one | more if s + value <= total.value}
        one.add(value)
    return total.value in more


def _status_word(
    pattern: re.Pattern[str], text: str, start: int, end: int, own: int | None = None
) -> re.Match[str] | None:
    """The first status word of ``[start, end)`` that is a verb, not a project's topic ("dự án vận động ...").

    Nor a word of the recipient's phrase (from ``own``, where the segment's own sentence starts): "trao 18 chiếc
    xe lăn cho NKT vận động" gives to people with a motor disability, it mobilises nothing.
    """
    for match in pattern.finditer(text, start, end):
        if _PROJECT_BEFORE_RE.search(text, max(start, match.start() - 24), match.start()):
            continue
        if own is not None and _in_recipient_phrase(text, max(start, own), match.start()):
            continue
        return match
    return None


def _in_recipient_phrase(text: str, start: int, at: int) -> bool:
    """Whether ``at`` lies in the recipient's phrase of an aid word in ``[start, at)``: after its "cho" (or
    "đến", "tới"), before anything ending that phrase."""
    verb = None
    for verb in _GIVE_RE.finditer(text, start, at):  # noqa: B007
        pass
    if verb is None:
        return False
    to = _recipient_marker(text, verb.end(), at)
    return to is not None and _RECIPIENT_END_RE.search(text, to.end(), at) is None


def _code(status: str, humanitarian: bool) -> str:
    """CAMEO: 033 intent to provide aid, 073 humanitarian aid, 070 aid."""
    if status in ("committed", "mobilised"):
        return "033"
    return "073" if humanitarian else "070"


def _first_province(reading: Reading, entities: Sequence[AnyEntity]) -> Place | None:
    """The province of the first Vietnamese or foreign sub-national place among ``entities``.

    A province named among them comes first: a smaller unit's province is inferred through the province it
    lies in today, which several provinces merged in 2025 share ("xã Mỹ An, huyện Thạnh Phú ... (Bến Tre)" in an
    article naming Trà Vinh too: Bến Tre).
    """
    for entity in entities:
        if isinstance(entity, Place) and entity.level == "province":
            return entity
    for entity in entities:
        if isinstance(entity, Place) and entity.level != "country":
            province = reading.province_of(entity)
            if province is not None:
                return province
    return None


def _agent(reading: Reading, start: int, end: int) -> tuple[Sequence[AnyEntity | str], list[AnyEntity], int] | None:
    """The giver named as an agent, the subject before it and where the rest goes on.

    ``do <D> tài trợ``, ``viện trợ của <D>``; ``None`` when the giver is the
    subject, as usual.
    """
    text = reading.text
    # (an investing verb too: "Dự án do X đầu tư với kinh phí ... bằng nguồn vốn viện trợ": an aid word is in
    # the clause, or it would be no aid)
    for verb in _AGENT_VERB_RE.finditer(text, start, end):
        by = None
        for by in _PASSIVE_AGENT_RE.finditer(text, max(start, verb.start() - _AGENT_REACH), verb.start()):  # noqa: B007
            pass
        if by is not None and _only_actors(reading, by.end(), verb.start(), places=True):
            bodies = reading.mentions_in(by.end(), verb.start(), "organization", "person")
            givers = _actors(reading, by.end(), verb.start())
            givers += [e for e in reading.entities_of(_lone_places(reading, bodies, by.end(), verb.start()))]
            return givers, _actors(reading, start, by.start()), verb.end()
        if by is not None and (headed := _headed_agent(reading, by.end(), verb.start())):
            # "do tổ chức VNSF trao tặng", "do đơn vị Asiana Oz Unicef tài trợ": a head noun, then the giver's name
            return headed, _actors(reading, start, by.start()), verb.end()
        of = _OF_RE.match(text, verb.end())
        # "viện trợ của D", and any aid word made a noun: "Với nguồn hỗ trợ của D, ...", "nhờ sự hỗ trợ của D"
        noun = _NOUN_HEAD_RE.search(text, max(start, verb.start() - 12), verb.start()) is not None
        if of is not None and (noun or _FUND_RE.fullmatch(text, verb.start(), verb.end())):
            named = reading.mentions_in(of.end(), end, "organization", "person")
            # (an honorific may stand before the name: "Được sự tài trợ của ông bà Matthew Mendes và Susan Lerner")
            if named and _FORMS_OF_ADDRESS_RE.fullmatch(text, of.end(), named[0].start):
                # ... and the givers "và" joins to the first: "của ông bà A và B, người Canada,"
                joined = [named[0]]
                for more in named[1:]:
                    if not _JOINED_RE.fullmatch(text, joined[-1].end, more.start):
                        break
                    joined.append(more)
                return reading.entities_of(joined), _actors(reading, start, verb.start()), joined[-1].end
    return None


def _headed_names(reading: Reading, at: int, end: int) -> tuple[list[AnyEntity | str], int]:
    """The bodies named right after a head noun or a generic donor word ending at ``at``, and where they end.

    A list of names joined by commas or ``và``, each maybe with its country or acronym in brackets: the
    entity of a body or person named there, else the capitalised words verbatim (a foreign body no extractor
    knows: "KSSA (Hàn Quốc) và CHI (Hoa Kỳ)"). Nothing when no capitalised name follows.
    """
    text = reading.text
    pos, stop = _skip_spaces(text, at, end), at
    named: list[AnyEntity | str] = []
    while (name := _NAME_RUN_RE.match(text, pos, end)) is not None:
        mention = next(
            (m for m in reading.mentions_in(name.start(), end, "organization", "person") if m.start == name.start()),
            None,
        )
        entity = reading.entity(mention) if mention is not None else None
        stop = mention.end if mention is not None else name.end()
        named.append(entity if entity is not None else name.group())
        sep = _NAME_SEP_RE.match(text, stop, end)
        if sep is None:
            stop = _NAME_TAIL_RE.match(text, stop, end).end()  # type: ignore[union-attr]
            break
        pos = sep.end()
    return named, stop


def _headed_agent(reading: Reading, start: int, end: int) -> list[AnyEntity | str]:
    """The givers of an agent phrase ``[start, end)`` that is only a head noun and names ("tổ chức VNSF"), or []."""
    text = reading.text
    plural = _PLURAL_BEFORE_RE.match(text, start, end)
    head = _HEAD_RE.match(text, plural.end() if plural else start, end)
    if head is None:
        return []
    if _EVENT_RE.match(text, _skip_spaces(text, head.end(), end), end):
        return []  # "tổ chức Lễ trao tặng ...": the verb, not a head
    named, stop = _headed_names(reading, head.end(), end)
    return named if named and not text[stop:end].strip() else []


def _skip_spaces(text: str, at: int, end: int) -> int:
    while at < end and text[at].isspace():
        at += 1
    return at


def _headed_subject(reading: Reading, start: int, end: int) -> list[AnyEntity | str]:
    """The givers of the comma part before a verb at ``end`` when it is a head noun and names: the bodies a
    mobilising word brought in ("đã vận động tổ chức Haielake Fountion tài trợ ...")."""
    text = reading.text
    lo = max(start, text.rfind(",", start, end) + 1)
    tail = _MARKERS_TAIL_RE.search(text, lo, end)
    return _headed_agent(reading, lo, tail.start() if tail else end)


def _add_parties(draft: FactDraft, role: str, parties: Sequence[AnyEntity | str]) -> None:
    """Add ``role`` once per party: an entity, or a name written out (a string)."""
    for party in parties:
        draft.add(role, *((None, party) if isinstance(party, str) else (party, None)))


def _elliptic_agent(reading: Reading, start: int, end: int) -> list[AnyEntity]:
    """``... viện trợ ... cho Y, do <D> (với tổng giá trị ...)``: ``do`` and a giver with no verb after it."""
    text = reading.text
    for by in _AGENT_RE.finditer(text, start, end):
        stop = _AGENT_END_RE.search(text, by.end(), end)
        last = stop.start() if stop else end
        if _only_actors(reading, by.end(), last):
            return _actors(reading, by.end(), last)
    return []


def _only_actors(reading: Reading, start: int, end: int, places: bool = False) -> bool:
    """Whether ``[start, end)`` holds names only (with separators), at least one (a body or a person; with
    ``places``, a place standing alone counts as a name too: "do Ủy ban ... và TP Hà Nội hỗ trợ")."""
    found = reading.mentions_in(start, end, "organization", "person")
    if not found:
        return False
    if places:
        found = sorted(found + _lone_places(reading, found, start, end), key=lambda m: m.start)
    # a bracket after a name is its acronym or its address: "Công ty X (TP Hồ Chí Minh)"
    rest = _BRACKET_RE.sub(lambda m: " " * len(m.group()), reading.text[start:end])
    found = [m for m in found if rest[m.start - start : m.end - start].strip()]
    # so is the country a name is of: "Tổ chức Good Neighbors International của Hàn Quốc"
    for m in reading.mentions_in(start, end, "place"):
        of = _OF_COUNTRY_RE.search(rest, 0, m.start - start)
        if of is not None and isinstance(place := reading.entity(m), Place) and place.level == "country":
            rest = rest[: of.start()] + " " * (m.end - start - of.start()) + rest[m.end - start :]
    for m in reversed(found):
        rest = rest[: m.start - start] + rest[m.end - start :]
    rest = _HONORIFIC_RE.sub(" ", rest)  # "do ông X": the honorific is no other word
    return not rest.replace(",", " ").replace(" và ", " ").replace("(", " ").replace(")", " ").split() or all(
        w.isupper() for w in rest.replace(",", " ").replace("(", " ").replace(")", " ").split() if w != "và"
    )


def _lone_places(reading: Reading, bodies: Sequence[Mention], start: int, end: int) -> list[Mention]:
    """The places of ``[start, end)`` named in none of ``bodies`` nor in a bracket (an address)."""
    text = reading.text
    return [
        m
        for m in reading.mentions_in(start, end, "place")
        if not any(b.start <= m.start < b.end for b in bodies)
        and text.rfind("(", start, m.start) <= text.rfind(")", start, m.start)
    ]


def _link_total(fact: Fact, totals: dict[str, tuple[int, str]], paragraph: int, breakdown: bool) -> Fact:
    """A breakdown's fact points at the total of its status before it (``part_of``); a total is remembered."""
    amount = next((r.entity for r in fact.roles if r.role == "amount" and r.entity), None)
    status = next((r.value for r in fact.roles if r.role == "status" and r.value), "")
    total = totals.get(status)
    # (a paragraph opening on "Cụ thể, ..." details the total the paragraph before ends on)
    if breakdown and amount is not None and total is not None and 0 <= paragraph - total[0] <= 1 and total[1] != amount:
        return attrs.evolve(fact, roles=(*fact.roles, Role("part_of", total[1])))
    if amount is not None:
        totals[status] = (paragraph, amount)
    return fact


def _signing_sides(reading: Reading, verb_at: int) -> tuple[list[AnyEntity], list[AnyEntity]] | None:
    """The giving and the receiving sides among the signers of an aid agreement signed at ``verb_at``.

    The signers are the subject of the signing sentence (its list may run across a ``;``). The givers are the
    foreign countries named there ("Đại sứ Nhật Bản", not a place of the event after ``tại``) and the bodies
    named with one; the receivers the other bodies. ``None`` unless the verb is a signing and a foreign side
    signs: a signing between Vietnamese bodies says nothing of who gives.
    """
    text = reading.text
    if _SIGNING_RE.match(text, verb_at) is None:
        return None
    sentence = reading.sentence_at(verb_at)
    named = [
        m
        for m in reading.mentions_in(sentence.start, verb_at, "organization", "place")
        if not _AT_BEFORE_RE.search(text, max(sentence.start, m.start - 8), m.start)
    ]
    bodies = outermost([m for m in named if m.kind == "organization"])
    foreign = [
        m
        for m in named
        if m.kind == "place"
        and isinstance(place := reading.entity(m), Place)
        and place.level == "country"
        and place.country != "VN"
    ]
    if not foreign:
        return None
    holding = [b for b in bodies if any(b.start <= f.start < b.end for f in foreign)]
    givers = holding + [f for f in foreign if not any(b.start <= f.start < b.end for b in bodies)]
    takers = [b for b in bodies if b not in holding]
    return reading.entities_of(sorted(givers, key=lambda m: m.start)), reading.entities_of(takers)


def _subject_actors(reading: Reading, start: int, end: int, *kinds: str) -> list[AnyEntity]:
    """The organizations and people (or ``kinds``) of the subject before a verb at ``end``.

    See :meth:`Reading.subject_mentions`; names inside a larger one are left out.
    """
    sentence = reading.sentence_at(start)
    found = outermost(reading.subject_mentions(start, end, *(kinds or ("organization", "person"))))
    if kinds:  # places: only those standing alone, not inside a body's name
        bodies = reading.mentions_in(start, end, "organization", "person")
        found = [m for m in found if not any(b.start <= m.start < b.end for b in bodies)]
    return reading.entities_of(reading.outside_attributions(found, sentence.start, sentence.end))


def _place_subject(reading: Reading, start: int, end: int) -> list[AnyEntity]:
    """A province or country heading the subject ("Tỉnh Thanh Hóa đã hỗ trợ"), not one inside a group's name."""
    found = _subject_actors(reading, start, end, "place")
    if not found:
        return []
    first = next(m for m in reading.mentions_in(start, end, "place") if reading.entity(m) is found[0])
    part_start = max(reading.text.rfind(",", start, first.start) + 1, start)
    if part_start > start and any(
        m.end == stripped_end(reading.text, part_start - 1) for m in reading.mentions_in(start, part_start, "place")
    ):
        return []  # "MTTQVN xã Phú Cường, huyện Tam Nông tổ chức ...": the district is an address, not the giver
    if ":" in reading.text[first.end : end]:
        return []  # "Pleiku: Trao 55 suất quà Tết ...": a headline's place before its colon says where, not who
    before = reading.text[start : first.start]
    if before.count("“") > before.count("”"):
        return []  # "“Dự án xây dựng ... xã Trù Sơn, tỉnh Nghệ An” (Số tiền tài trợ: ...)": a place in a quoted name
    return found if _PLACE_HEAD_RE.fullmatch(reading.text, part_start, first.start) else []


def _gift_owners(reading: Reading, after: int, end: int) -> list[AnyEntity | str]:
    """Whose gift a verb hands over: the donors after ``của`` right after what is given, before ``cho``.

    "trao tiền và hiện vật của cộng đồng người Việt Nam tại Hoa Kỳ quyên góp ...": the community gives.
    """
    text = reading.text
    if text.find(" của ", after, min(end, after + _GIFT_OF_REACH)) == -1:
        return []  # (the cheap test first)
    of = _GIFT_OF_RE.match(text, after, end)
    if of is None:
        return []
    stop = _GIFT_OWNER_END_RE.search(text, of.end(), end)
    limit = stop.start() if stop else end
    communities: list[AnyEntity | str] = list(_communities(reading, of.end(), limit))
    if communities and text.startswith(str(communities[0]), of.end()):
        return communities
    actors = reading.mentions_in(of.end(), limit, "organization", "person")
    if actors and actors[0].start == of.end():
        return list(reading.entities_of(actors[:1]))
    return []


def _communities(reading: Reading, start: int, end: int) -> list[str]:
    """Communities of Vietnamese abroad named in ``[start, end)``, each with the place it lives in (or abroad)."""
    out = []
    for m in _COMMUNITY_RE.finditer(reading.text, start, end):
        place = reading.mentions_in(m.end(), end, "place")
        if place and place[0].start == m.end():
            out.append(reading.text[m.start() : place[0].end])
    return out or [m.group() for m in _DIASPORA_RE.finditer(reading.text, start, end)]


def _actors(reading: Reading, start: int, end: int) -> list[AnyEntity]:
    """The organizations and people mentioned in ``[start, end)``, sources and approvers left out."""
    sentence = reading.sentence_at(start)
    found = reading.mentions_in(start, end, "organization", "person")
    return reading.entities_of(reading.outside_attributions(found, sentence.start, sentence.end))


@hookimpl
def dnnd_extractors() -> list[Extractor]:
    """The aid extractor: this module is a plugin of its own, registered as any other."""
    return [AidExtractor()]
