"""Twinnings and signed agreements (CAMEO ``057``, "sign formal agreement").

Both are ``twinning`` facts: a twinning between localities or units, or an
agreement two parties signed; an agreement fact also holds the document's name
in its ``agreement`` role.

Counts of twinned pairs
    ``đã kết nghĩa được 6 cặp thôn - bản, 10 cặp đồn - trạm và 7 cặp huyện,
    thành phố, thị xã của 2 tỉnh Lào Cai (Việt Nam) và Vân Nam (Trung Quốc)``:
    one fact per ``N cặp <unit>`` count (a :class:`~dnnd.Quantity`), in a
    sentence about twinning (``kết nghĩa``, ``thiết lập quan hệ hữu nghị``,
    ``ký kết``). ``unit`` is the text after ``cặp`` up to the next count,
    ``của``/``giữa``/``với`` or the end of the clause. The agreements such pairs
    signed, told in the same sentence, are the same events: no further fact.

Record lists
    ``Bản A, xã ..., tỉnh ... – Số hộ ...`` / ``Bản B, huyện ..., tỉnh ...`` /
    ``* Thời gian kết nghĩa: 30/11/2014``: a line dating a twinning under the
    lines of its two sides is one twinning of the names those lines start with.

Twinning and agreements
    ``X và Y (đã) kết nghĩa``, ``X kết nghĩa với Y``, ``lễ kết nghĩa giữa X và Y``,
    ``ký kết kết nghĩa``, the relation named with its pair (``hai tỉnh kết nghĩa X và Y``);
    ``thiết lập quan hệ hữu nghị / kết nghĩa / hợp tác``
    (not ``quan hệ ngoại giao``: diplomatic relations between states); ``ký
    (kết)``, ``ký và trao`` a ``biên bản ghi nhớ``, ``bản ghi nhớ``, ``thỏa
    thuận``, ``hiệp định``, ``chương trình/kế hoạch hợp tác``, ``biên bản hội
    đàm``, ``khung thỏa thuận``…, or cooperation signed with no document named
    (``đã ký kết hợp tác giai đoạn 2021 - 2025``, ``ký hợp tác toàn diện``);
    ``<document> … được ký kết``; ``ra / thông qua / ký tuyên bố
    chung``. One fact per clause, holding every document signed in it.

Lists of partners
    ``Hà Nội đã kết nghĩa với nhiều thành phố trên thế giới, ví như Viêng Chăn (Lào), Seoul (Hàn Quốc) ...``,
    ``... đã thiết lập quan hệ hữu nghị với các địa phương: A, B``: a plural locality noun (``partners`` in
    twinning.tsv) opening a list after ``với`` makes each listed locality a twinning of its own with the one
    subject; a listed name no gazetteer knows is kept when its country follows it in brackets.

The relation named after one side
    ``Fukuoka là thành phố kết nghĩa của Hà Nội``, ``tỉnh Xiêng Khoảng, tỉnh kết nghĩa của Nghệ An, ...``: a
    unit word and ``kết nghĩa của``/``với`` after a side's name (its ``là`` or comma) twin it with the party after.

Not a signing: a plan or a wish (``sẽ``, ``dự kiến``, ``tiến tới``,
``đề nghị``, ``mong muốn``, ``xúc tiến``… unless ``đã``/``vừa`` comes after
it), something to publicise or carry out (``tuyên truyền về tuyên bố chung``,
``thực hiện các thỏa thuận đã ký kết``), an activity in general (``công tác ký
kết``), an anniversary (``45 năm ngày ký Hiệp ước``), keeping up what exists
(``duy trì``, ``mở rộng mô hình … kết nghĩa``).

Roles:

* ``count`` and ``unit``: see above;
* ``side``: the parties, in the order written. A ``giữa X và Y`` phrase names
  them; otherwise the subject before the verb and the party after ``với``; for
  counts, the places of the clause. A place in parentheses qualifies the one
  before it (``Vân Nam (Trung Quốc)``) and a place after ``tại``/``ở`` is where
  it happened: neither is a side. A party the entity extractors did not catch
  (``Đồn Biên phòng A Mú Sung``) is kept verbatim; a unit so written with its
  country in brackets (``hương Bát Bộ (Trung Quốc)``) is a place of that country. ``Hai bên`` with no party
  named is resolved from the sentences just before, when they name two;
* ``agreement``: each document's name, verbatim;
* ``date``: the first date of the clause outside a cited document; ``period``:
  the first year or stage in the clause (``giai đoạn 2025 - 2030``).

Where the sides stand: after a conjunction of time (``Từ khi hai bản A và B làm lễ kết nghĩa, ...``,
``subordinators.txt``); after a later ``giữa`` when the first names nobody (``trao đổi ... giữa hai địa
phương và ký kết thỏa thuận ... giữa tỉnh A và thành phố B``), and after ``, giữa`` closing a document's
name; a level word counted in a side's head is what the names after it share (``chính quyền 2 huyện A và
B``: ``huyện B``); a twinning word in an opening adverbial (``Tại lễ kết nghĩa, ...``) names no side.
A unit's superior written after its comma is its parent, as a larger place is an address (``Trung tâm 47, Bộ
Tham mưu Hải quân và phường Hưng Đạo``: two parties; ranks in ``unit_ranks.tsv``), and the larger units after a
venue are the venue's address (``tại xã A, huyện B, Đồn C tổ chức kết nghĩa với ...``).

Parties told elsewhere: ``2 tỉnh đã ký ...`` (the verb's subject) are the two places of that level the
sentences just before name; a twinning the body tells without its parties (``Tại lễ ký kết nghĩa, hai
bên ...``) takes the pair its headline names (``Lễ kết nghĩa giữa bản A (Lào) và thôn B``), unless the
body names a pair of its own; ``tỉnh`` alone (``giữa lãnh đạo tỉnh và tổ chức X``) is the article's
province, else the one its sentence names; ``Hội LHPN hai nước`` is the two organizations the article
names so, each ending with its country. A ``giữa`` phrase in an earlier comma part (``để củng cố quan
hệ giữa huyện A với huyện B, Đồn X đã kết nghĩa với ...``) tells another relation, and who attends
(``với sự tham dự của ...``) is no party.

A twinning with neither a count nor a named side (``thiết lập quan hệ hữu
nghị với các đơn vị, địa phương đối đẳng``) is too vague to report, and so is
an agreement with no side that is not one named document (``các thỏa thuận``),
or that is written in lower case with no date in its clause (``thúc đẩy giao
lưu, ký kết quy chế phối hợp``: an activity).
The same agreement, twinning or count told twice is one fact citing both, and so is a document named
again by its kind alone between the same sides (``... ký kết Biên bản ghi nhớ về việc thiết lập quan hệ
...``, then ``... ký kết Bản ghi nhớ ngày 27/11/2025``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

import attrs

from dnnd.facts import FACT_ORDER, FactDraft, Reading, Sentence, clauses, name_end, outermost, subject_parts
from dnnd.facts.extractor import FactExtractor
from dnnd.facts.reading import scan_words, stripped_end
from dnnd.facts.vocabulary import MOOD_PURPOSE, MOODS_NOT_DONE, alternation, table, tagged, trigger_re, words, words_re
from dnnd.gazetteer import UPPER
from dnnd.hookspecs import hookimpl
from dnnd.model import AnyEntity, Fact, Mention, Organization, Person, Place, Quantity, Term
from dnnd.plugin import Extractor
from dnnd.text.normalize import match_key
from dnnd.text.patterns import scanner

__all__ = ["TwinningExtractor", "dnnd_extractors"]

#: The kind of the facts this module finds, and their CAMEO code ("sign formal agreement").
KIND = "twinning"
CODE = "057"


# Cheap first scan: no sentence without one of these is read.
# "đăng ký" (register), "thư ký" (secretary): no signing.
_NOT_SIGNING_BEFORE_RE = re.compile(r"(?:đăng|thư|nhật|chữ|bút)\s+$", re.IGNORECASE)
# A sentence about twinning, for counts of pairs.
_ABOUT_TWINNING_RE = re.compile(alternation("kết nghĩa|thiết lập quan hệ|ký"))

_DOCUMENTS = words("twinning", "document")
_DOCUMENT = alternation("|".join(sorted(_DOCUMENTS, key=len, reverse=True)))
_ANY_CASE_DOCUMENT_RE = trigger_re("twinning", "document")  # "Biên bản Hội nghị thường niên" named
# A document signed, its words in either case ("ký kết Bản Ghi nhớ Hợp tác Hữu nghị"), or what is signed when no
# document is named ("đã ký kết hợp tác giai đoạn 2021 - 2025").
_SIGNED = tagged("twinning", "signed")
_SIGN_RE = scanner(
    re.compile(
        f"(?:{tagged('twinning', 'sign')}|{tagged('twinning', 'issue')})"
        + rf"\s+(?:(?:các|những|một|hai|\d+)\s+)?(?P<doc>{_ANY_CASE_DOCUMENT_RE.pattern}|{_SIGNED})"
    )
)
# Only a joint statement is "issued" ("ra", "thông qua", "công bố"); documents are signed.
_ISSUE_VERBS = frozenset(words("twinning", "issue"))
_SIGNED_AFTER_RE = re.compile(r"[^,.;:!?]{0,100}?\s(?:đã\s+)?được\s+ký(?: kết)?(?!\w)")
_DOCUMENT_RE = scanner(re.compile(_DOCUMENT))
# Cheap first scan: no sentence without a twinning or signing word or a document's name is read.
_CUE_RE = scanner(re.compile(f"{words_re('twinning', 'cue').pattern}|{_ANY_CASE_DOCUMENT_RE.pattern}"))
_PLURAL_BEFORE_RE = re.compile(r"(?<!\w)(?:các|những|nhiều|một số|\d+)\s+(?:bản\s+|văn bản\s+)?$", re.IGNORECASE)
# ("kết nghĩa anh em với X", "Kết nghĩa hữu nghị giữa A và B": "anh em" (brotherly), "hữu nghị" (in friendship)
# belong to the verb, the partner follows its "với", the pair its "giữa")
_TWIN_RE = re.compile(
    alternation("kết nghĩa")
    + r"(?P<bond>\s+(?:anh em|hữu nghị)(?!\w))?(?P<post>\s+(?:với|giữa|được|thành công)(?!\w))?"
)
# Before "kết nghĩa": what makes it a verb ("đã kết nghĩa", "ký kết kết nghĩa", "lễ kết nghĩa", "đã tổ chức kết
# nghĩa": the ceremony's verb with no "lễ", as small outlets write it, "đã nhất trí kết nghĩa": agreed to twin,
# the realis word before either kept with it).
# "hai tỉnh kết nghĩa": the relation of the two sides named with it.
_TWIN_PRE_RE = re.compile(
    r"(?<!\w)(?:(?:(?:đã|vừa|cùng|cũng)\s+)*(?:tổ chức|nhất trí|thống nhất)"
    rf"|đã|vừa|chính thức|tiến hành|ký kết|ký|làm lễ|lễ|được|{tagged('twinning', 'both')})\s+$",
    re.IGNORECASE,
)
_ESTABLISH_RE = re.compile(
    alternation("thiết lập quan hệ|thiết lập mối quan hệ")
    + r"\s+(?:(?:hợp tác|địa phương|thành phố|tỉnh)\s+)?(?:hữu nghị|kết nghĩa|hợp tác|anh em)(?!\w)"
)
# A list of partners: "đã kết nghĩa với nhiều thành phố trên thế giới, ví như A (Lào), B ...", "đã thiết
# lập quan hệ hữu nghị với các địa phương: A, B", "... với các tỉnh A, B": each listed locality is a
# twinning of its own with the subject (a catalogue of relations, not one ceremony of many sides).
_PARTNER_LIST_RE = re.compile(
    r"(?:kết nghĩa|thiết lập (?:mối )?quan hệ"
    r"(?:(?:\s*[,/–-]\s*|\s+)(?:hợp tác|hữu nghị|kết nghĩa|anh em|và)(?!\w))*)\s+với\s+"
    rf"(?:các|nhiều|những|\d+)\s+{tagged('twinning', 'partners', lower=True)}"
    # what qualifies them ("trên thế giới") runs to a colon or "như"; else the first name follows at once
    r"(?:(?:\s+[^,.;:()\d]{1,40}?)?\s*(?::|,?\s+(?:như|ví như|gồm|bao gồm|là)(?!\w))|(?=\s+[" + UPPER + r"]))\s*"
)
# The relation named after one side: "Fukuoka là thành phố kết nghĩa của Hà Nội", "tỉnh Xiêng Khoảng, tỉnh kết
# nghĩa của Nghệ An, ...": the locality before (its "là" or comma) and the one after "của"/"với" are twinned.
_TWIN_OF_RE = re.compile(
    alternation("|".join(sorted({*words("levels"), *words("twinning", "partners")}, key=len, reverse=True)))
    + r"\s+kết nghĩa\s+(?:của|với)\s+"
)
_NAMED_AS_RE = re.compile(r"(?:\s*\([^()]*\))?\s*(?:,|(?:(?:cũng|chính)\s+)?là)\s*")
# "ngày ký", "năm ký": an anniversary of a signing.
_ANNIVERSARY_RE = re.compile(r"(?<!\w)(?:ngày|năm)\s+$", re.IGNORECASE)
# "10 năm kết nghĩa", "30 năm thiết lập quan hệ": the years a twinning has lasted.
# The unit word a place's name is written after ("thành phố X", "TP X").
_UNIT_HEAD_RE = re.compile(r"(?:[Tt]hành phố|TP\.?|[Tt]ỉnh|[Hh]uyện|[Tt]hị xã|[Qq]uận)\s+")
# ... or reviewed: "Hội nghị sơ kết (3 năm) kết nghĩa ... giữa thôn A và thôn B" reviews a twinning made before.
_REVIEWED_BEFORE_RE = re.compile(r"(?<!\w)(?:sơ kết|tổng kết)(?:\s+\d{1,3}\s+năm)?\s+$", re.IGNORECASE)
_YEARS_BEFORE_RE = re.compile(rf"{_REVIEWED_BEFORE_RE.pattern}|(?<!\w)\d{{1,3}}\s+năm\s+$", re.IGNORECASE)
_YEARS_REACH = 20
# Before the verb: a plan, a wish, something to carry out or publicise, an activity in general (realis.tsv).
# (and what a visit is for: "làm việc tại Hải Dương để tìm hiểu khả năng thiết lập quan hệ hợp tác hữu nghị")
_NOT_DONE = MOODS_NOT_DONE | {"ahead", "general", MOOD_PURPOSE}
_NOT_DONE_REACH = 60

# A document's name ends at a clause mark or at a word that starts the rest of the sentence.
_DOC_STOP_RE = re.compile(
    r"[.;:!?()\n,]|\s(?:giữa|với|tại|ở|vào|nhằm|để|trong|được|đã|do|trước|dưới|và trao|ngày|sáng|chiều|theo|"
    r"cho|từ|hai bên|là|có|sẽ|góp phần|thành công)(?!\w)"
)
_DOC_REACH = 160

_UNIT_STOP_RE = re.compile(
    r"[.;:!?()\n]|,?\s+(?:và\s+)?\d|\s(?:của|giữa|với|tại|ở|thuộc|trên|dọc|kết nghĩa|được|đã|đang|ký|thiết lập|"
    r"hai bên|trong)(?!\w)"
)
_UNIT_REACH = 80
_UNIT_TAIL_RE = re.compile(r"(?:[\s,]|\svà)+$")

_BETWEEN_RE = re.compile(alternation("giữa") + r"\s+")
_OF_RE = re.compile(alternation("giữa|của|với") + r"\s+")
_WITH_RE = re.compile(r"\s*(?:[,]\s*)?với\s+", re.IGNORECASE)
# A party phrase ends at a clause mark, a verb or a comma before a lower-case word (not a unit word).
# ("... với 23 chi đoàn học sinh với sự tham dự của lãnh đạo UBND xã": who attends is no party; the period of
# "TP."/"TX." is an abbreviation's: "xã Long Sơn, TP. Vũng Tàu" goes on with its address, baoquankhu7.vn)
_PARTY_STOP_RE = re.compile(
    r"(?<!(?<!\w)T[PpXx])\.|[;:!?\n]"
    r"|\s(?:nhằm|để|tại|ở|vào|trong|được|đã|về|với mục|ký|kết nghĩa|thiết lập|trên|theo|sẽ|cùng)(?!\w)"
    r"|\s(?:với|có|dưới) sự\s+(?:tham dự|chứng kiến|có mặt|tham gia)(?!\w)"
    r"|,\s+(?!(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|thôn|bản|làng|đồn|trạm|hội|liên hiệp|"
    rf"ủy ban|sở|trường|các)(?!\w)|[{UPPER}])"
)
_PARTY_REACH = 200
# A plural announcing the list of parties after its colon: "ba đơn vị:", "các trường:", "3 tỉnh:".
_LIST_OPENER = rf"(?:hai|ba|các|những|\d+)(?:\s+[^\W\d{UPPER}][\w]*){{1,3}}\s*:"
_LIST_OPENER_RE = re.compile(rf"{_LIST_OPENER}\s*")
# The same plural right before its colon: "giữa hai đơn vị: A và B" (vhnthcm.edu.vn): the colon opens the phrase's
# list, it does not end the phrase.
_LIST_OPENED_RE = re.compile(rf"(?<!\w){_LIST_OPENER}$")
_SEPARATOR_RE = re.compile(r",|\s+(?:và|với|cùng)\s+")
_JOINER_RE = re.compile(r",|(?<=\s)và(?=\s)")
_MEMBERS_RE = re.compile(r"\s(?:bao\s+)?gồm\s*:")
_PEOPLE_OF_RE = re.compile(
    r"(?<!\w)(?:[Cc]án bộ|[Cc]ấp ủy|[Cc]hính quyền|[Ll]ãnh đạo|Ban [Qq]uản lý)(?:,|\s+và)\s+"
    r"(?:nhân dân|bà con|chính quyền)(?!\w)"
)
_PAREN_RE = re.compile(r"\([^()]*\)")
# The document as the object of carrying out or publicising (realis.tsv, general): "thực hiện Bản ghi nhớ".
# (in either case: "Thực hiện Thỏa thuận hợp tác giữa A và B, C đã ký kết ..." opens a sentence)
# (its name may stand in quotes: "thực hiện nghiêm “Nghị định thư về đường biên giới ...”")
_CARRY_OUT_BEFORE_RE = re.compile(
    rf"{tagged('realis', 'general')}(?:\s+(?:tốt|hiệu quả|nghiêm túc|nghiêm|đúng))?\s+[“\"«]?$"
)
_TOPIC_BEFORE_RE = scanner(re.compile(r"(?<!\w)về\s+$"))
# A light verb right before the verb of signing: "Hai huyện thực hiện ký kết biên bản Hội đàm" (quanba.hagiang.gov.vn),
# "đại diện 8 cặp thôn, bản kết nghĩa thực hiện ký kết các nội dung đã cam kết" (baoquangnam.vn): the signing done, not
# an activity carried out in general.
_LIGHT_VERB_BEFORE_RE = re.compile(r"(?<!\w)thực hiện\s+$")
_WITNESS_RE = re.compile(r"(?<!\w)(?:tham dự|dự|chứng kiến)\s+(?:buổi\s+)?[Ll]ễ\s+$")
_OF_COUNTRY_RE = re.compile(r"(?<=\w)\s+của\s+$")
_UNCLOSED_RE = re.compile(r"\(.*$", re.DOTALL)
# (up to "và": "Đại sứ Hàn Quốc tại Việt Nam Park Noh-wan và Chủ tịch UBND tỉnh Quảng Trị ... đã ký kết": the
# posting of the first signatory, then the second)
_LOCATIVE_RE = re.compile(alternation("tại|ở") + r"\s+(?:[^,;.\s]+(?:\s+(?!và(?!\w))|(?=\s+và(?!\w)|[,;.]|$)))*")
# A party written out but not caught as an entity: a unit or body word, then a name ending capitalised.
_PARTY_HEADS = "|".join(words("party_heads"))
_LITERAL_PARTY_RE = re.compile(rf"(?i:{_PARTY_HEADS})(?:\s+[\w–'’-]+)*?\s+[{UPPER}\d][\w'’]*")
# A tense word inside is a clause, never a name: "tỉnh ta đã tổ chức cho 3 huyện ..." (baohagiang.vn).
_TENSE_RE = re.compile(r"(?<!\w)(?:đã|sẽ|đang)(?!\w)")
# A list's plural opener, the first capitalised word of a name, a name alone (its head shared).
_PLURAL_RE = re.compile(r"^(?:[Cc]ác|[Nn]hững)\s+")
_DELEGATION_OF_RE = re.compile(r"^[Đđ]oàn\s+(?:công tác|đại biểu|cán bộ)(?:\s+cấp cao)?(?:\s+của)?\s+(?=\w)")
_NAME_START_RE = re.compile(rf"\s(?=[{UPPER}\d][\w'’]*(?:\s+[{UPPER}\d][\w'’]*)*$)")
_BARE_NAME_RE = re.compile(rf"[{UPPER}][\w'’-]*(?:\s+[{UPPER}\d][\w'’-]*){{0,3}}")
# An item of a list that is a bare name with a bracket after it: "..., Gyeongju (Hàn Quốc), ...".
_LIST_ITEM_NAME_RE = re.compile(rf"(?:,|\svà)?\s*(?P<name>{_BARE_NAME_RE.pattern})(?=\s*\()")
_NEXT_ITEM_RE = re.compile(r",|\svà(?!\w)")
# Back from a document or "kết nghĩa" to the verb that governs it ("đã ký kết <document>").
# ("A và B tổ chức Lễ ký kết <doc>": the subject ends before the ceremony it holds, not before "ký kết")
_VERB_BEFORE_RE = re.compile(
    r"(?:(?:đã|vừa|chính thức|cùng|cũng)\s+)*(?:tổ chức\s+(?:buổi\s+)?lễ\s+)?"
    # ("X thăm, làm việc và ký kết ... với Y": the visit's verbs before the signing, one subject for all)
    r"(?:(?:(?:sang\s+)?thăm|làm việc|hội đàm)(?:,|\s+và)\s+)*"
    # ("tổ chức ký kết giao lưu, kết nghĩa với ...": the exchange joined to the twinning by a comma, baoquankhu7.vn)
    r"(?:ký(?: kết)?(?:\s+và|,)\s+trao(?:\s+đổi)?|(?:tổ chức\s+)?(?:ký kết\s+)?giao lưu(?:\s+và|,)|ký kết|ký|trao|ra"
    r"|thông qua|tổ chức)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
_VERB_REACH = 40
_COMMA_RE = re.compile(",")
# Before a place's name in a party: its level ("tỉnh Nghệ An" is the place Nghệ An).
_LEVEL_RE = re.compile(r"(?:(?:tỉnh|thành phố|TP\.?|Tp\.?|huyện|quận|thị xã|nước|thủ đô)\s+)?", re.IGNORECASE)
_BOTH_SIDES_RE = re.compile(tagged("twinning", "both"))
# "hai tỉnh", "2 huyện": the level of the two places meant.
_BOTH_COUNTRIES_RE = re.compile(r"\s+(?:hai|2)\s+nước\s*")
_BOTH_LEVELS = {"tỉnh": "province", "huyện": "district", "xã": "commune", "nước": "country"}
_BOTH_SUBJECT_RE = re.compile(r"\s*(?:(?:đã|vừa|cùng|cũng|chính thức|đồng thời|tiến hành|thực hiện)\s+)*")
_LOOK_BACK_SENTENCES = 2
# "về phía X có ..., về phía Y có ...": each side of a ceremony with who came for it.
_SIDE_OF_RE = re.compile(r"(?<!\w)[Vv]ề phía\s+")
# A period of the twinning: a term labelled as a period, or a term of office spanning years (term_labels.tsv).
_PERIOD_LABELS = frozenset(
    {*words("term_labels", "period"), *(row[0] for row in table("term_labels") if row[2:3] == ("years",)), None}
)


@attrs.define
class _Twinning:
    """One twinning or agreement, with what identifies it across sentences."""

    draft: FactDraft
    keys: set[tuple[str, ...]]
    #: Whether its sides are the headline's (:meth:`_Reader.title_sides`): kept only when the body names none.
    headline: bool = False


class _Reader:
    """One article's twinnings and agreements, read sentence by sentence."""

    def __init__(self, reading: Reading) -> None:
        self.reading = reading
        self.text = reading.text
        self._places: dict[str, Place] | None = None  # the article's places by name, when a side asks
        self._names: dict[str, AnyEntity] | None = None  # its places and organizations, for the headline

    # -- where things are

    def sentences(self, cues: Iterable[re.Match[str]]) -> list[Sentence]:
        """The body sentences with a twinning or signing word (``cues``), in order."""
        out: list[Sentence] = []
        for match in cues:
            sentence = self.reading.sentence_containing(match.start())
            if sentence is not None and (not out or out[-1] != sentence):
                out.append(sentence)
        return out

    def done(self, lo: int, position: int) -> bool:
        """Whether the verb at ``position`` reports a signing, not a plan or a general activity."""
        if _ANNIVERSARY_RE.search(self.text, max(lo, position - 6), position):
            return False
        light = _LIGHT_VERB_BEFORE_RE.search(self.text, max(lo, position - 16), position)
        if light is not None:
            position = light.start()  # "Hai huyện thực hiện ký kết biên bản": the signing itself, its mood before
        return self.reading.mood(lo, position, _NOT_DONE_REACH) not in _NOT_DONE

    def known(self, side: AnyEntity | str) -> AnyEntity | str:
        """A side kept verbatim that is a place found elsewhere under its bare name ("thành phố Szentendre")."""
        if not isinstance(side, str):
            return side
        unit = _UNIT_HEAD_RE.match(side)
        name = side[unit.end() :] if unit else side
        if self._places is None:
            self._places = {e.name: e for e in self.reading.entities.values() if isinstance(e, Place)}
        return self._places.get(name, side)

    def celebrated(self, lo: int, position: int) -> bool:
        """Whether the twinning verb at ``position`` is the one an anniversary counts its years from.

        "10 năm kết nghĩa giữa A và B", "kỷ niệm 30 năm thiết lập quan hệ hữu nghị giữa ...": the twinning was
        made those years ago, a past event (an anniversary of a document's signing, "45 năm ngày ký Hiệp ước",
        is not read so: it names no twinning).
        """
        return _YEARS_BEFORE_RE.search(self.text, max(lo, position - _YEARS_REACH), position) is not None

    def reviewed(self, lo: int, position: int) -> bool:
        """Whether the twinning verb at ``position`` is the one a review reviews ("sơ kết kết nghĩa giữa ...")."""
        return _REVIEWED_BEFORE_RE.search(self.text, max(lo, position - _YEARS_REACH), position) is not None

    def time(self, draft: FactDraft, lo: int, hi: int) -> None:
        """The first date (outside a cited document) and the first period of ``[lo, hi)``."""
        documents = self.reading.mentions_in(lo, hi, "document")
        for m in self.reading.dates_in(lo, hi):
            if not any(d.start <= m.start < d.end for d in documents):
                draft.add("date", self.reading.entity(m))
                break
        for m in self.reading.mentions_in(lo, hi, Term.kind):
            if m.attrs.get("label") in _PERIOD_LABELS:
                draft.add("period", self.reading.entity(m))
                break

    # -- parties

    def _hidden(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """Stretches whose places are no parties: parentheses and ``tại``/``ở`` phrases."""
        hidden = [m.span() for m in _PAREN_RE.finditer(self.text, lo, hi)]
        hidden += [
            (m.start(), self._address_end(m.start(), m.end(), hi)) for m in _LOCATIVE_RE.finditer(self.text, lo, hi)
        ]
        # a parenthesis the stretch cuts before it closes qualifies to the end
        unclosed = _UNCLOSED_RE.search(_PAREN_RE.sub(lambda m: " " * len(m.group()), self.text[lo:hi]))
        if unclosed is not None:
            hidden.append((lo + unclosed.start(), hi))
        return hidden

    def _address_end(self, start: int, end: int, hi: int) -> int:
        """Where a venue ``[start, end)`` ends with the larger units written after it ("tại xã A, huyện B, ...").

        Each comma part after it that is a unit of a higher level than the one before, its level word
        heading its name, is the venue's address, not a party: "tại xã Na Ngoi, huyện Kỳ Sơn, Đồn Biên
        phòng Na Ngoi ... tổ chức kết nghĩa với ...".
        """
        rank = _named_rank(self.text[start:end])
        while rank:
            part = _ADDRESS_PART_RE.match(self.text, end, hi)
            if part is None:
                break
            level = _level_rank(part.group("part"))
            if level <= rank or not _LEVEL_NAMED_RE.match(part.group("part")):
                break
            rank, end = level, part.end()
        return end

    def _visible(self, lo: int, hi: int) -> list[Mention]:
        """Organizations and places of ``[lo, hi)`` that may be parties (not qualifiers, not venues)."""
        hidden = self._hidden(lo, hi)
        return [
            m
            for m in outermost(self.reading.mentions_in(lo, hi, Organization.kind, Place.kind))
            if not any(a <= m.start < b for a, b in hidden) and not self._country_of(m)
        ]

    def _country_of(self, mention: Mention) -> bool:
        """Whether ``mention`` is a country qualifying the name before it: "tỉnh Gyeonggi của Hàn Quốc"."""
        entity = self.reading.entity(mention)
        return (
            isinstance(entity, Place)
            and entity.level == "country"
            and _OF_COUNTRY_RE.search(self.text, max(0, mention.start - 8), mention.start) is not None
        )

    def places(self, lo: int, hi: int) -> list[AnyEntity]:
        """The places of ``[lo, hi)`` (its organizations if it names none): the sides of a count."""
        found = self._visible(lo, hi)
        return self.reading.entities_of([m for m in found if m.kind == Place.kind] or found)

    def parties(self, lo: int, hi: int) -> list[AnyEntity | str]:
        """The parties ``[lo, hi)`` lists ("A, B và C"), part by part.

        A part is the entity it starts with; else the part verbatim when it reads as
        a name no extractor caught ("Đồn Biên phòng A Mú Sung", "Hội Hữu nghị Lào -
        Việt Nam tỉnh Phông Sa Lỳ"); else the entities in it.
        """
        text = self.text
        masked = _PAREN_RE.sub(lambda m: " " * len(m.group()), text[lo:hi])
        masked = _UNCLOSED_RE.sub(lambda m: " " * len(m.group()), masked)
        # "cán bộ, nhân dân thôn A", "Ban Quản lý và nhân dân bản A": the people of a party, their comma or "và"
        # separating no parties
        people = [lo + m.end() for m in _PEOPLE_OF_RE.finditer(masked)]
        masked = _PEOPLE_OF_RE.sub(lambda m: _JOINER_RE.sub(lambda c: " " * len(c.group()), m.group()), masked)
        members = _MEMBERS_RE.search(masked)
        if members is not None and not _LIST_OPENER_RE.match(masked.strip()):
            # "Đoàn công tác cơ quan Ngoại vụ 09 tỉnh nước CHDCND Lào gồm: Hủa Phăn, ..., Phông Sa Lỳ đã ... ký kết":
            # the list after a named party's "gồm:" tells what it is made of, no further parties (songoaivu.sonla)
            masked, hi = masked[: members.start()], lo + members.start()
        visible = self._visible(lo, hi)
        # People who sign for their side ("Tổng Bí thư Tô Lâm và ...") make titles look like names.
        verbatim = not self.reading.mentions_in(lo, hi, Person.kind)
        out: list[AnyEntity | str] = []
        pos = 0
        rank, command, comma, last, addressed = 0, 0, False, False, False
        head = ""  # "các Đồn Biên phòng Ga Ry, Tr'Hy, A Nông": the head the names after share
        # (a comma or "và" inside a name separates nothing: "Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Trị")
        names = [(m.start, m.end) for m in self.reading.mentions_in(lo, hi, Organization.kind)]
        separators = [m for m in _SEPARATOR_RE.finditer(masked) if not any(a < lo + m.start() < b for a, b in names)]
        for sep in [*separators, None]:
            end = sep.start() if sep else len(masked)
            a, b, words = lo + pos, lo + end, masked[pos:end]
            pos = sep.end() if sep else len(masked)
            a += len(words) - len(words.lstrip())
            opener = _LIST_OPENER_RE.match(masked, a - lo, b - lo)
            if opener is not None:
                # "ba đơn vị: A, B và C ký kết nghĩa": the plural announces a list of its own, read from its first name
                a, words, last = lo + opener.end(), masked[opener.end() : end], False
            if last and comma:
                break  # "A và B, C, D": after the list's last item, what follows qualifies it
            last = last or (sep is not None and sep.group().strip() in ("và", "với"))
            # "phum Xom, xã Cốc Rô Ca, tỉnh Kandal": the larger units after a comma are its address
            inside = [m for m in visible if a <= m.start < b]
            # (the body named in "Ban Quản lý và nhân dân bản A" is the unit's own: the unit is the party)
            of = [end for end in people if a <= end < b]
            inside = [m for m in inside if m.start >= of[-1]] if of else inside
            # (or the level of the unit it names after other words: "Gần đây nhất là tháng 10/2015 thôn A, xã B, ...",
            # "UBND huyện A, tỉnh B và ...": the larger units after the comma are still its address)
            level = _level_rank(words) or self._place_rank(inside, a, b) or _named_rank(words)
            # "với Hội LHPN tỉnh Bolykhămxay, Lào": a country's name alone after a comma is where the party before
            # it is, whatever that party's head (not a further party sharing it; "Việt Nam, Lào và ...": a list)
            # "Trung tâm 47, Bộ Tham mưu Hải quân và phường Hưng Đạo": a unit's superior after its comma is its parent
            unit = _unit_rank(words)
            address = comma and (
                # ("..., thành phố Móng Cái, tỉnh Quảng Ninh, ...": within an address, a unit of the same rank too)
                (rank and (level > rank or (addressed and level == rank)))
                or (command and unit > command)
                or (_below_country(out) and self._country(inside, a, b))
                # "khóm Ka Tăng, thị trấn Lao Bảo, Hướng Hóa-Việt Nam và ...": a bare name no extractor caught
                # after an address goes on with the address (its district, its country after the hyphen)
                or (addressed and not inside and _BARE_NAME_RE.fullmatch(_trim(words)) is not None)
            )
            addressed = address
            rank = max(rank, level) if address else level
            command = max(command, unit) if address else unit
            comma = sep is not None and sep.group().strip() == ","
            if address:
                continue
            if _PLURAL_RE.match(words.strip()) and _trim(words) != " ".join(words.split()):
                continue  # "các Đồn Biên phòng": a plural without a name is nobody in particular
            literal = _PLURAL_RE.sub("", _trim(words), count=1)
            # "Đoàn công tác Cơ quan Ngoại vụ 09 tỉnh ... ký kết": a body's delegation signs for the body
            literal = _DELEGATION_OF_RE.sub("", literal, count=1)
            if verbatim and head and _BARE_NAME_RE.fullmatch(literal) and not _LEVEL_WORD_RE.match(literal):
                out.append(f"{head} {literal}")  # "các Đồn Biên phòng Ga Ry, Tr'Hy": "Đồn Biên phòng Tr'Hy"
                continue
            if inside and _LITERAL_PARTY_RE.fullmatch(literal):
                named = _NAME_START_RE.search(literal)
                head = _shared_head(literal[: named.start()].strip() if named else "")
            both = self._of_both_countries(inside, b)
            if both:  # "Hội LHPN hai nước đã ký kết ...": the unions of the two countries
                out.extend(both)
                continue
            if inside and _LEVEL_RE.fullmatch(text, a, inside[0].start):
                rest = masked[inside[-1].end - lo : b - lo]
                tail = _trim(rest)
                if len(inside) == 1 and tail and rest.startswith(" ") and tail.istitle():
                    # "thôn Đông Trung" caught as "thôn Đông": the name runs on in capitals, kept whole
                    out.append(_trim(words))
                    continue
                out.extend(self.reading.entities_of(self._without_address(inside)))
                continue
            # ("tổ chức Tầm nhìn Thế giới": a name ending in lower case is the entity caught, not a literal cut short)
            cut = bool(inside) and inside[-1].end > a + len(_trim(words))
            if (
                verbatim
                and not cut
                and _LITERAL_PARTY_RE.fullmatch(literal)
                and not _BOTH_SIDES_RE.search(literal)
                and not _TENSE_RE.search(literal)
            ):
                out.append(literal)
                named = _NAME_START_RE.search(literal)
                head = _shared_head(literal[: named.start()].strip() if named else "")
            elif verbatim and head and not inside and _BARE_NAME_RE.fullmatch(literal):
                out.append(f"{head} {literal}")
            elif inside:
                out.extend(self.reading.entities_of(inside))
            elif self.reading.bare_province(a, b):
                # "giữa lãnh đạo tỉnh và tổ chức X": "tỉnh" alone is the province the article is about
                province = self._province_meant(a)
                if province is not None:
                    out.append(province)
        # "hương Bát Bộ (Trung Quốc)": a unit written out, its country in brackets, is a place of that country
        out = [(self.reading.foreign_place(p, lo, hi) or p) if isinstance(p, str) else p for p in out]
        return list({_side_key(p): p for p in out}.values())

    def _of_both_countries(self, inside: list[Mention], end: int) -> list[AnyEntity]:
        """For "<organization> hai nước": the two organizations of the article by that name, each of its country.

        "Hội LHPN hai nước" where the article names "Hội Liên hiệp Phụ nữ Việt Nam" and "Hội Liên hiệp Phụ nữ
        Lào": both, their names the same but for the country they end with.
        """
        if len(inside) != 1 or not _BOTH_COUNTRIES_RE.fullmatch(self.text, inside[0].end, end):
            return []
        entity = self.reading.entity(inside[0])
        if not isinstance(entity, Organization):
            return []
        countries = [e.name for e in self.reading.entities.values() if isinstance(e, Place) and e.level == "country"]
        bases = {
            e.id: _without_country(e.name, countries)
            for e in self.reading.entities.values()
            if isinstance(e, Organization)
        }
        base = bases.get(entity.id)
        if not base or base == entity.name:
            return []
        same = [self.reading.entities[i] for i, other in bases.items() if other == base]
        return same if len(same) == 2 else []

    def _province_meant(self, at: int) -> Place | None:
        """The province "tỉnh" alone stands for: the article's own, else the one Vietnamese province of its sentence."""
        if self.reading.home_province is not None:
            return self.reading.home_province
        sentence = self.reading.sentence_at(at)
        named = {
            e.id: e
            for e in self.reading.entities_in(sentence.start, sentence.end, Place.kind)
            if isinstance(e, Place) and e.level == "province" and e.country == "VN"
        }
        return next(iter(named.values())) if len(named) == 1 else None

    def _without_address(self, inside: list[Mention]) -> list[Mention]:
        """A unit and the larger units written right after it, no comma between ("thôn 11 xã Sơn Hồng"): the unit.

        Each unit after the first must be of a higher level, its level word opening it, after a ``của`` if
        any ("bản Nà Khạng của nước bạn Lào", "huyện Mường Mộc của tỉnh Xiêng Khoảng").
        """
        rank = _level_rank(self.text[inside[0].start : inside[0].end])
        for before, after in itertools.pairwise(inside):
            # (its level word may stand before the name caught)
            written = _OF_BEFORE_RE.sub("", self.text[before.end : after.end], count=1)
            level = _level_rank(written)
            if not rank or level <= rank or not _LEVEL_WORD_RE.match(written.strip()):
                return inside
            rank = level
        return inside[:1]

    def _place_rank(self, inside: list[Mention], a: int, b: int) -> int:
        """The rank of a part that is a place's name alone, its level word left out ("..., Hướng Hóa, ...")."""
        if len(inside) != 1 or (inside[0].start, inside[0].end) != (a, a + len(self.text[a:b].rstrip())):
            return 0
        entity = self.reading.entity(inside[0])
        return _PLACE_RANKS.get(entity.level or "", 0) if isinstance(entity, Place) else 0

    def _country(self, inside: list[Mention], a: int, b: int) -> bool:
        """Whether the part ``[a, b)`` is a country's name alone ("..., tỉnh Kandal, Campuchia")."""
        if len(inside) != 1 or (inside[0].start, inside[0].end) != (a, a + len(self.text[a:b].rstrip())):
            return False
        entity = self.reading.entity(inside[0])
        return isinstance(entity, Place) and entity.level == "country"

    def named_sides(self, start: int, end: int) -> list[AnyEntity | str]:
        """Sides written in a document's name: "biên bản kết nghĩa ấp Vĩnh Hòa - phum Xom"."""
        dash = _DASH_RE.search(self.text, start, end)
        if dash is None:
            return []
        head = _LITERAL_START_RE.search(self.text, start, dash.start())
        left = self.parties(head.start() if head else start, dash.start())
        right = self.parties(dash.end(), end)
        return [*left[-1:], *right[:1]] if left and right else []

    def pair_after(self, start: int, hi: int) -> list[AnyEntity | str]:
        """The two parties named right after ``start`` ("... kết nghĩa Bạc Liêu và Preah Sihanouk"), if two."""
        at = start + len(self.text[start:hi]) - len(self.text[start:hi].lstrip())
        first = self._visible(at, hi)
        if not first or first[0].start != at:
            return []
        found = self.parties(at, self._phrase_end(at, hi))
        return found if len(found) == 2 else []

    def _phrase_end(self, start: int, hi: int) -> int:
        limit = min(hi, start + _PARTY_REACH)
        at = start
        while (stop := _PARTY_STOP_RE.search(self.text, at, limit)) is not None:
            # (a list opener's colon goes on to the list it announces: "giữa hai đơn vị: A và B")
            if stop.group() != ":" or not _LIST_OPENED_RE.search(self.text, start, stop.end()):
                return stop.start()
            at = stop.end()
        return limit

    def sides(self, lo: int, hi: int, verb: int, verb_end: int) -> list[AnyEntity | str]:
        """The parties of a twinning or agreement told in the clause ``[lo, hi)``, verb at ``verb``."""
        # "Đoàn đại biểu tỉnh A và tỉnh B tham dự Lễ ký kết nghĩa ...": who attends the ceremony signs nothing
        witnessed = _WITNESS_RE.search(self.text, max(lo, verb - 24), verb) is not None
        subject = [] if witnessed else self.subject(lo, verb)
        earlier = None  # the first "giữa" of an earlier comma part, the sides if nothing else names them
        # "Hai bên đã trao đổi cơ hội hợp tác giữa hai địa phương và ký kết thỏa thuận ... giữa tỉnh A và thành
        # phố B": a "giữa" naming no party leaves the sides to the next one
        for between in _BETWEEN_RE.finditer(self.text, lo, hi):
            # "A và B đã ký kết ..., đánh dấu ... giữa A và các địa phương của C": the subject's two sides; "Việc
            # ký kết ... là hoạt động thiết thực, góp phần tăng cường tình đoàn kết giữa lực lượng ...": a "giữa"
            # in a later comma part belongs to a later predicate (not one right after its comma: "ký kết Thỏa
            # thuận hợp tác năm 2025, giữa hai tỉnh A (Việt Nam) và B (Lào)")
            detached = between.start() > verb_end and self._comma_between(verb_end, self._before_space(between.start()))
            # "để củng cố quan hệ hợp tác giữa huyện A với huyện B, ..., năm 2016 Đồn X đã tổ chức kết nghĩa với
            # Đại đội Y": a "giữa" in an earlier comma part tells another relation; the verb's own subject and
            # "với" come first
            # ("thực hiện Kế hoạch ... về phong trào kết nghĩa ... giữa tỉnh A và khu B, ngày 11/3/2014, ... đã tổ
            # chức Lễ ký kết nghĩa ... giữa khu C ... và thôn D": the "giữa" after the verb names its pair)
            if detached:
                break
            if between.start() < verb and self._comma_between(between.end(), verb):
                earlier = earlier or between
                continue
            found = self.parties(between.end(), self._phrase_end(between.end(), hi))
            if found:
                return found
        found = subject
        with_ = _WITH_RE.match(self.text, verb_end)
        if with_ is not None:
            found += self.parties(with_.end(), self._phrase_end(with_.end(), hi))
        if not found and earlier is not None:
            found = self.parties(earlier.end(), self._phrase_end(earlier.end(), hi))
        return found

    def _before_space(self, position: int) -> int:
        """Where the white space and the one comma right before ``position`` start (the comma is the phrase's own)."""
        at = stripped_end(self.text, position)
        return at - 1 if at > 0 and self.text[at - 1] == "," else position

    def _comma_between(self, start: int, end: int) -> bool:
        """Whether a comma in ``[start, end)`` ends the phrase: not one joining level words ("thôn, bản")."""
        text = self.text
        for comma in _COMMA_RE.finditer(text, start, end):
            at = _skip_spaces(text, comma.end(), end)
            joined = _LEVEL_WORD_RE.match(text, at) is not None and _LEVEL_WORD_BEFORE_RE.search(
                text, max(start, comma.start() - _LONGEST_LEVEL_WORD), comma.start()
            )
            if not joined:
                return True
        return False

    def subject(self, lo: int, end: int) -> list[AnyEntity | str]:
        """Parties of the subject before a verb at ``end``: the comma parts just before it, read as one list.

        The parts are walked back from the verb to the first one naming no party;
        the list they make is read whole, so an address after a comma is told
        from a second party after ``và`` ("thôn A, xã B và thôn C": A and C).
        """
        masked = _PAREN_RE.sub(lambda m: " " * len(m.group()), self.text[lo:end])
        # (a comma inside a name cuts nothing: "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Hoàng Tuấn Anh đã ký ...")
        names = [(m.start, m.end) for m in self.reading.mentions_in(lo, end, Organization.kind)]
        cuts = [lo + m.start() for m in _COMMA_RE.finditer(masked) if not any(a < lo + m.start() < b for a, b in names)]
        members = _MEMBERS_RE.search(self.text, lo, end)
        if members is not None:  # (the commas of a list after "gồm:" cut no parts: see parties)
            cuts = [c for c in cuts if c < members.start()]
        start = None
        # ("tại xã A, huyện B, Đồn C ...": a part of the venue's address is no party either)
        venues = self._hidden(lo, end)
        for part_start, part_end in subject_parts(self.text, lo, end, cuts):
            inside_venue = any(a <= _skip_spaces(self.text, part_start, part_end) < b for a, b in venues)
            if inside_venue or not self.parties(part_start, part_end):
                break
            start = part_start
        return [] if start is None else self.parties(start, end)

    def both_sides(self, sentence: Sentence, level: str | None = None) -> list[AnyEntity | str]:
        """For "hai bên": the two parties the sentences just before name, if they name two.

        "về phía X có ...; về phía Y có ..." names the two sides of a ceremony whatever else
        the sentence names, and may stand in the paragraph before ("Dự buổi lễ, về phía ...").
        "2 tỉnh", "hai huyện" (``level``) are the two places of that level the sentences before name,
        in the paragraph before too ("... tỉnh Quảng Trị ... tỉnh Champasak. // Tháng 1-2023, 2 tỉnh đã ký ...").
        """
        i = self.reading.index_of(sentence)
        for before in reversed(self.reading.sentences[max(0, i - _LOOK_BACK_SENTENCES) : i]):
            sides = self.sides_of(before)
            if sides:
                return sides
            if level is not None:
                places = [
                    p
                    for p in self.reading.entities_of(self._visible(before.start, before.end))
                    if isinstance(p, Place) and p.level == level
                ]
                if len(places) == 2:
                    return list(places)
            if before.paragraph != sentence.paragraph:
                continue  # (only "về phía" pairs are read across a paragraph break)
            between = _BETWEEN_RE.search(self.text, before.start, before.end)
            lo = between.end() if between else before.start
            hi = self._phrase_end(lo, before.end) if between else before.end
            found = [p for p in self.parties(lo, hi) if not isinstance(p, str)]
            if len(found) == 2:
                return list(found)
        return []

    def title_sides(self) -> list[AnyEntity | str]:
        """The two parties a headline about twinning names: "Lễ kết nghĩa giữa bản A (Lào) và thôn B xã C".

        The headline is no sentence of the text and has no entities: a party is an entity of the
        article called by that name, or a unit or body word and its capitalised name, kept verbatim.
        Read only for a twinning the body tells without naming its parties.
        """
        title = self.reading.article.title or ""
        twin = _TWIN_RE.search(title) or _ESTABLISH_RE.search(title)
        if twin is None:
            return []
        verb_end = twin.start("post") if twin.re is _TWIN_RE and twin.group("post") else twin.end()
        between = _BETWEEN_RE.search(title, verb_end)
        if between is not None:
            phrase = title[between.end() :]
        else:  # "Bản A kết nghĩa với bản B", "Xã A và bản B kết nghĩa"
            with_ = _WITH_RE.match(title, verb_end)
            phrase = title[: twin.start()] + (" và " + title[with_.end() :] if with_ else "")
        phrase = _PAREN_RE.sub(" ", phrase)
        parts = [_trim(part) for part in _SEPARATOR_RE.split(phrase)]
        if len(parts) != 2:
            return []
        if self._names is None:
            self._names = {e.name: e for e in self.reading.entities.values() if isinstance(e, (Place, Organization))}
        sides: list[AnyEntity | str] = []
        for part in parts:
            if part in self._names:
                sides.append(self._names[part])
            elif _LITERAL_PARTY_RE.fullmatch(part):
                sides.append(self.known(part))
            else:
                return []
        return sides

    def sides_of(self, sentence: Sentence) -> list[AnyEntity | str]:
        """The two parties a sentence names each after its own "về phía", if it names two."""
        found: list[AnyEntity] = []
        for match in _SIDE_OF_RE.finditer(self.text, sentence.start, sentence.end):
            named = self.reading.mentions_in(match.end(), sentence.end, Organization.kind, Place.kind)
            entity = self.reading.entity(named[0]) if named and named[0].start == match.end() else None
            if entity is not None and entity not in found:
                found.append(entity)
        return list(found) if len(found) == 2 else []

    # -- the facts

    def records(self, sentence: Sentence) -> list[_Twinning]:
        """A twinning of a record list: a label line ("Thời gian kết nghĩa: 30/11/2014") under its two sides.

        Lists of twinned pairs give each pair as a block of lines: one line per
        side (its name first, then its address and figures), then the line
        dating the twinning. The sides are the names the two lines before the
        label start with (up to their first comma or dash).
        """
        text = self.text
        label = _RECORD_LABEL_RE.match(text, sentence.start, sentence.end)
        if label is None or sentence.start != self.reading.paragraphs[sentence.paragraph][0]:
            return []
        date = next(iter(self.reading.dates_in(label.end(), sentence.end)), None)
        if date is None:
            return []
        sides: list[str] = []
        for index in (sentence.paragraph - 2, sentence.paragraph - 1):
            if index < 0 or index in self.reading.captions:
                return []
            lo, hi = self.reading.paragraphs[index]
            head = _RECORD_SIDE_RE.match(text, lo, hi)
            if head is None:
                return []
            sides.append(_trim(head.group("side")))
        if len(set(sides)) != 2 or not all(sides):
            return []
        draft = FactDraft(KIND, CODE)
        _add_sides(draft, sides)
        entity = self.reading.entity(date)
        if entity is not None:
            draft.add("date", entity)
        start = self.reading.paragraphs[sentence.paragraph - 2][0]
        return [_Twinning(draft.cite(start, sentence.end), {("sides", *sorted(sides))})]

    def counts(self, sentence: Sentence) -> list[_Twinning]:
        """One twinning per ``N cặp <unit>`` in a sentence about twinning."""
        text = self.text
        if "cặp" not in text[sentence.start : sentence.end]:
            return []
        if not _ABOUT_TWINNING_RE.search(text, sentence.start, sentence.end):
            return []
        out = []
        for lo, hi in clauses(text, sentence.start, sentence.end):
            quantities = [
                m
                for m in self.reading.mentions_in(lo, hi, Quantity.kind)
                if str(m.attrs.get("unit", "")).startswith("cặp ") and self.done(lo, m.start)
            ]
            if not quantities:
                continue
            sides = self.count_sides(lo, hi, quantities[-1].end)
            for m in quantities:
                count = self.reading.entity(m)
                if count is None:
                    continue
                draft = FactDraft(KIND, CODE).add("count", count).add("unit", value=self.unit(m, hi))
                _add_sides(draft, sides)
                self.time(draft, lo, hi)
                out.append(_Twinning(draft.cite(sentence.start, sentence.end), {("count", count.id)}))
        return out

    def count_sides(self, lo: int, hi: int, after: int) -> list[AnyEntity | str]:
        """The sides of counted pairs: the clause's places, or the parties after ``giữa``/``của``/``với``."""
        sides: list[AnyEntity | str] = list(self.places(lo, hi))
        if len(sides) < 2:
            phrase = _OF_RE.search(self.text, after, hi)
            if phrase is not None:
                listed = self.parties(phrase.end(), self._phrase_end(phrase.end(), hi))
                if len(listed) > len(sides):
                    sides = listed
        return sides

    def unit(self, count: Mention, hi: int) -> str:
        """The counted unit, verbatim: the text after ``cặp`` up to the next count or party."""
        start = count.start + count.text.index("cặp") + len("cặp")
        stop = _UNIT_STOP_RE.search(self.text, start, min(hi, start + _UNIT_REACH))
        end = stop.start() if stop else min(hi, start + _UNIT_REACH)
        return _UNIT_TAIL_RE.sub("", self.text[start:end]).strip()

    def partner_list(self, sentence: Sentence, lo: int, hi: int) -> list[_Twinning]:
        """One twinning per locality of a list of partners, each with the subject ("Hà Nội đã kết nghĩa với
        nhiều thành phố trên thế giới, ví như Viêng Chăn (Lào), Seoul (Hàn Quốc) ...").
        """
        listed = _PARTNER_LIST_RE.search(self.text, lo, hi) if self.text.find(" với ", lo, hi) != -1 else None
        if listed is None or not self.done(lo, listed.start()):
            return []
        subject = self.subject(lo, self._verb_start(lo, listed.start()))
        if len(subject) != 1:
            return []  # several subjects with several partners: one ceremony, read as a clause
        stop = _PARTY_STOP_RE.search(self.text, listed.end(), hi)
        end = stop.start() if stop else hi
        key = _side_key(subject[0])
        out = []
        for partner in [*self.parties(listed.end(), end), *self._bracketed_names(listed.end(), end)]:
            if _side_key(partner) == key:
                continue
            draft = FactDraft(KIND, CODE)
            _add_sides(draft, [subject[0], partner])
            self.time(draft, lo, hi)
            keys = {("sides", *sorted((key, _side_key(partner))))}
            out.append(_Twinning(draft.cite(sentence.start, sentence.end), keys))
        return out

    def _bracketed_names(self, start: int, end: int) -> list[str]:
        """Items of a list of partners that are a bare name no extractor caught, its country in brackets after it
        ("Gyeongju (Hàn Quốc)"): a locality of that country, kept verbatim.
        """
        out = []
        starts = [start, *(m.start() for m in _NEXT_ITEM_RE.finditer(self.text, start, end))]
        for at in starts:
            item = _LIST_ITEM_NAME_RE.match(self.text, at, end)
            if item is None or self.reading.mentions_in(item.start("name"), item.end("name")):
                continue
            if self.reading.bracket_country(item.end("name")) is not None:
                out.append(item.group("name"))
        return out

    def relation_named(self, sentence: Sentence, lo: int, hi: int) -> list[_Twinning]:
        """A twinning told by naming one side the other's relation: "Fukuoka là thành phố kết nghĩa của Hà Nội"."""
        named = _TWIN_OF_RE.search(self.text, lo, hi) if self.text.find("kết nghĩa", lo, hi) != -1 else None
        if named is None or not self.done(lo, named.start()):
            return []
        at = named.start()
        before = [m for m in self._visible(lo, at) if _NAMED_AS_RE.fullmatch(self.text, m.end, at)]
        after = self.parties(named.end(), self._phrase_end(named.end(), hi))
        if not before or not after:
            return []
        sides = [*self.reading.entities_of(before[-1:]), after[0]]
        if len({_side_key(s) for s in sides}) != 2:
            return []
        draft = FactDraft(KIND, CODE)
        _add_sides(draft, sides)
        self.time(draft, lo, hi)
        keys = {("sides", *sorted(_side_key(s) for s in sides))}
        return [_Twinning(draft.cite(sentence.start, sentence.end), keys)]

    def clause(self, sentence: Sentence, lo: int, hi: int) -> list[_Twinning]:
        """The twinnings or agreement a clause reports: one per partner of a list, else one if any."""
        listed = self.partner_list(sentence, lo, hi) or self.relation_named(sentence, lo, hi)
        if listed:
            return listed
        told = self.told(sentence, lo, hi)
        return [told] if told is not None else []

    def told(self, sentence: Sentence, lo: int, hi: int) -> _Twinning | None:
        """The twinning or agreement a clause reports, if any."""
        documents = self.documents(lo, hi)
        spans = self.twinned(lo, hi)
        # "Kỷ niệm 10 năm kết nghĩa giữa A và B", "sơ kết kết nghĩa giữa A và B": the twinning an anniversary
        # celebrates or a review reviews was made before, whatever the mood of the celebration (and undated)
        celebrated = [span for span in spans if self.celebrated(lo, span[0])]
        twin = sorted(celebrated + [span for span in spans if span not in celebrated and self.done(lo, span[0])])
        if not documents and not twin:
            return self.reference(sentence, lo, hi)
        # after a document, its other party follows its name ("thỏa thuận kết nghĩa với ...")
        anchors = sorted([(s, self._document_end(s, hi)) for s, _, _ in documents] + twin)
        # "Tại lễ kết nghĩa, chính quyền 2 huyện A và B đã thông qua bản thỏa thuận ...": a twinning word in an
        # opening adverbial names no side; the next verb or document does
        for verb, verb_end in anchors:
            sides = self.anchored_sides(lo, hi, verb, verb_end, (verb, verb_end) in twin)
            if sides:
                break
        else:
            verb, verb_end = anchors[0]
        both = _BOTH_SIDES_RE.search(self.text, lo, hi) if not sides else None
        if both is not None:
            # "2 tỉnh đã ký ...": the places of that level named before, when the pair is the verb's subject
            subject = _BOTH_SUBJECT_RE.fullmatch(self.text, both.end(), max(both.end(), self._verb_start(lo, verb)))
            level = _BOTH_LEVELS.get(both.group().split()[-1].lower()) if subject else None
            sides = self.both_sides(sentence, level)
        headline = not sides and bool(twin or both is not None)
        if headline:
            sides = self.title_sides()  # "Tại lễ ký kết nghĩa, hai bên ...": the pair the headline names
        if not sides and documents:
            sides = self.named_sides(documents[0][1], self._document_end(documents[0][0], hi))
        if not any(single for _, _, single in documents) and len(sides) < (2 if twin and not documents else 1):
            return None  # a twinning is between two sides; one alone is a description ("chi hội kết nghĩa với")
        if (
            not sides
            and not self.reading.mentions_in(lo, hi, "date")
            and not any(self.text[s].isupper() for s, _, _ in documents)
        ):
            return None  # "thúc đẩy giao lưu, ký kết quy chế phối hợp": an activity, no named agreement or party
        draft = FactDraft(KIND, CODE)
        _add_sides(draft, sides)
        names = [self._document_name(s, hi) for s, _, _ in documents]
        for name in names:
            draft.add("agreement", value=name)
        if not celebrated or documents:
            self.time(draft, lo, hi)  # (an anniversary's day is not the day of the twinning it celebrates)
        keys: set[tuple[str, ...]] = {("agreement", _agreement_key(n)) for n in names}
        if len(sides) >= 2 or not keys:
            # the record a twinning is signed with is that twinning: "lễ kết nghĩa giữa A với B ... hai bên
            # đã ký biên bản kết nghĩa" is one event, found again by its two sides
            keys.add(("sides", *sorted(_side_key(s) for s in sides)))
        return _Twinning(draft.cite(sentence.start, sentence.end), keys, headline=headline and bool(sides))

    def anchored_sides(self, lo: int, hi: int, verb: int, verb_end: int, twin: bool) -> list[AnyEntity | str]:
        """The sides of a twinning verb or a signed document at ``[verb, verb_end)`` in the clause ``[lo, hi)``."""
        # "lễ kết nghĩa ấp Vĩnh Hòa - phum Xom": the two sides named right after the verb
        named = self.named_sides(verb_end, self._phrase_end(verb_end, hi)) if twin else []
        if twin and _BOTH_SIDES_RE.match(self.text, verb):
            # "hai tỉnh kết nghĩa Bạc Liêu và Preah Sihanouk": the pair named right after its relation
            named = named or self.pair_after(verb_end, hi)
        return [self.known(side) for side in named or self.sides(lo, hi, self._verb_start(lo, verb), verb_end)]

    def reference(self, sentence: Sentence, lo: int, hi: int) -> _Twinning | None:
        """An agreement named with its parties, though not signed in this clause.

        ``Biên bản Hội nghị thường niên giữa <A> và <B>``, ``tuyên bố chung Việt
        Nam - Trung Quốc``: the document exists, so it was agreed, whatever the
        clause plans to do with it now. A document still to be signed has its
        verb (``sẽ ký``) and is read, and refused, as a signing.
        """
        text = self.text
        for m in self.reading.words.matches(_ANY_CASE_DOCUMENT_RE, lo, hi):
            if (
                _PLURAL_BEFORE_RE.search(text, max(lo, m.start() - 16), m.start())
                or self._verb_start(lo, m.start()) < m.start()
                or _CARRY_OUT_BEFORE_RE.search(text, max(lo, m.start() - 32), m.start())
            ):
                continue  # "nghiêm túc thực hiện hiệp định ...": an agreement carried out, not agreed here
            name_end = self._document_end(m.start(), hi)
            between = _BETWEEN_RE.match(text, name_end + (1 if text[name_end : name_end + 1] == " " else 0))
            if between is not None:
                sides = self.parties(between.end(), self._phrase_end(between.end(), hi))
            else:  # "tuyên bố chung Việt Nam - Trung Quốc": the sides in the name
                sides = list(self.reading.entities_in(m.end(), name_end, Place.kind))
            if len(sides) < 2:
                continue
            draft = FactDraft(KIND, CODE)
            _add_sides(draft, sides)
            name = self._document_name(m.start(), hi)
            draft.add("agreement", value=name)
            self.time(draft, lo, hi)
            return _Twinning(draft.cite(sentence.start, sentence.end), {("agreement", match_key(name))})
        return None

    def documents(self, lo: int, hi: int) -> list[tuple[int, int, bool]]:
        """Documents signed in ``[lo, hi)``: (start, end, whether one named document)."""
        text = self.text
        out = []
        for m in _SIGN_RE.finditer(text, lo, hi):
            verb = text[m.start() : m.start("doc")].split()[0].lower()
            if verb in _ISSUE_VERBS and "tuyên bố chung" not in m.group("doc").lower():
                continue
            if self.done(lo, m.start()):
                single = not _PLURAL_BEFORE_RE.search(text, m.start(), m.start("doc"))
                out.append((m.start("doc"), m.end("doc"), single))
        for m in self.reading.words.matches(_DOCUMENT_RE, lo, hi):
            if any(s <= m.start() < e for s, e, _ in out) or not _SIGNED_AFTER_RE.match(text, m.end(), hi):
                continue
            plural = _PLURAL_BEFORE_RE.search(text, max(lo, m.start() - 16), m.start())
            if not plural and self.done(lo, m.start()):
                out.append((m.start(), m.end(), True))
        out.sort()
        # "Biên bản ghi nhớ và Thỏa thuận ...": a document inside the name of the one before is that one.
        merged: list[tuple[int, int, bool]] = []
        for item in out:
            if merged and item[0] < self._document_end(merged[-1][0], hi):
                continue
            merged.append(item)
        return merged

    def _document_end(self, start: int, hi: int) -> int:
        """Where a document's name starting at ``start`` ends (quoted titles are skipped whole)."""
        return name_end(self.text, start, min(hi, start + _DOC_REACH), _DOC_STOP_RE)

    def _document_name(self, start: int, hi: int) -> str:
        return self.text[start : self._document_end(start, hi)].strip()

    def _verb_start(self, lo: int, position: int) -> int:
        """Back from a document or ``kết nghĩa`` to its verb ("đã ký kết <doc>"), for the subject."""
        verb = _VERB_BEFORE_RE.search(self.text, max(lo, position - _VERB_REACH), position)
        return verb.start() if verb else position

    def twinned(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """Spans of the twinning verbs of ``[lo, hi)``, without the "với"/"giữa" after them."""
        out = [m.span() for m in _ESTABLISH_RE.finditer(self.text, lo, hi)]
        for m in _TWIN_RE.finditer(self.text, lo, hi):
            if _TOPIC_BEFORE_RE.search(self.text, max(lo, m.start() - 8), m.start()):
                continue  # "Bản ghi nhớ ... về kết nghĩa giữa ...": the topic of a document, no twinning here
            pre = _TWIN_PRE_RE.search(self.text, max(lo, m.start() - 16), m.start())
            end = m.start("post") if m.group("post") else m.end()
            if pre is not None:
                out.append((pre.start(), end))
            elif m.group("post") or m.group("bond") or self._party_before(m.start()) or self.reviewed(lo, m.start()):
                out.append((m.start(), end))
        return out

    def _party_before(self, position: int) -> bool:
        """Whether a party ends right before ``position`` ("X và Y kết nghĩa"), not a noun ("thôn - bản")."""
        if self.text[max(0, position - 3) : position].rstrip().endswith(")"):
            return True
        return any(
            m.end >= position - 2
            for m in self.reading.mentions_in(max(0, position - 80), position, Organization.kind, Place.kind)
        )


# A record list's label line dating a twinning: "* Thời gian kết nghĩa: 30/11/2014", "Ngày ký kết: ...".
_RECORD_LABEL_RE = re.compile(
    r"[\s*•+-]*(?:thời gian|ngày|năm|thời điểm)\s+(?:kết nghĩa|ký kết(?: kết nghĩa)?)\s*:\s*", re.IGNORECASE
)
# A side's line in such a list: a unit or body word and its capitalised name, before its address.
_RECORD_SIDE_RE = re.compile(
    rf"[\s*•+-]*(?:\d+[.)]\s*)?(?P<side>(?i:{_PARTY_HEADS})\s+[{UPPER}][^,;:()–\n]*?)\s*(?:[,;:(–]|\s-\s|$)"
)


def _trim(part: str) -> str:
    """``part`` without the lower-case words it ends with ("thôn Nậm Đét đã" -> "thôn Nậm Đét"); numbers stay."""
    words = part.split()
    while words and not (words[-1][0].isupper() or words[-1].isdigit()):
        words.pop()
    return " ".join(words)


_LEVELS = {row[0]: int(row[1]) for row in table("levels")}
_COUNTRY_RANK = _LEVELS["nước"]
# A place's level as the rank of its level word ("Hướng Hóa": a district, as "huyện" ranks).
_PLACE_RANKS = {
    "village": _LEVELS["thôn"],
    "commune": _LEVELS["xã"],
    "district": _LEVELS["huyện"],
    "province": _LEVELS["tỉnh"],
    "country": _COUNTRY_RANK,
}
_DASH_RE = re.compile(r"\s[-–]\s")
# Where a side written in a name starts: its level or body word ("kết nghĩa ấp Vĩnh Hòa").
_LITERAL_START_RE = re.compile(rf"(?<!\w)(?i:{_PARTY_HEADS})\s+[{UPPER}]")
_LEVEL_WORD_RE = words_re("levels")
# A level word heading a capitalised name ("thôn Nà Nưa", "huyện Tràng Định").
_LEVEL_NAMED_RE = re.compile(rf"(?<!\w)(?:{alternation('|'.join(words('levels')), lower=True)})\s+(?=[{UPPER}])")
# "của" opening the larger unit a unit lies in ("bản Nà Khạng của nước bạn Lào")
_OF_BEFORE_RE = re.compile(r"^\s*của\s+")
# A level word ending a stretch ("lễ kết nghĩa thôn, bản ...": the list of the units twinned).
_LEVEL_WORD_BEFORE_RE = re.compile(rf"(?<!\w)(?:{alternation('|'.join(words('levels')))})\s*$")
_LONGEST_LEVEL_WORD = 16
# The units of a chain of command by rank (unit_ranks.tsv), their words in any case ("Bộ Chỉ huy Quân sự", "BĐBP").
_UNIT_RANKS = {row[0]: int(row[1]) for row in table("unit_ranks")}
_COMMAND_RE = re.compile(
    "(?:"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_UNIT_RANKS, key=len, reverse=True))
    + r")(?!\w)",
    re.IGNORECASE,
)
# A comma part after a venue, for its address ("tại xã A, huyện B, ...").
_ADDRESS_PART_RE = re.compile(r"\s*,\s*(?P<part>[^,;.:()\n]+)")


# A level word counted at the end of a head ("chính quyền 2 huyện", "hai thôn"): the names after it share the level
# word alone ("2 huyện Nam Giang và Đắc Chưng": "huyện Đắc Chưng").
_COUNTED_LEVEL_RE = re.compile(
    rf"(?:^|\s)(?:hai|ba|bốn|năm|\d+|các|những)\s+(?P<level>{alternation('|'.join(words('levels')))})$",
    re.IGNORECASE,
)


def _shared_head(head: str) -> str:
    """The head the bare names listed after a party share: its counted level word alone, else the head."""
    counted = _COUNTED_LEVEL_RE.search(head)
    return counted.group("level") if counted else head


def _below_country(found: list[AnyEntity | str]) -> bool:
    """Whether the last party found is one a country's name after it may locate (anything but a country)."""
    return bool(found) and not (isinstance(found[-1], Place) and found[-1].level == "country")


def _without_country(name: str, countries: list[str]) -> str:
    """``name`` without the country it ends with ("Hội Liên hiệp Phụ nữ Lào" -> "Hội Liên hiệp Phụ nữ")."""
    for country in countries:
        if name.endswith(" " + country):
            return name[: -len(country) - 1]
    return name


def _skip_spaces(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _level_rank(words: str) -> int:
    """The administrative rank of a part's leading level word (``xã`` 2, ``tỉnh`` 5), 0 if none."""
    abbreviated = _ABBREVIATED_LEVEL_RE.match(words.strip())
    if abbreviated is not None:  # "TP. Vũng Tàu", "TX. Phú Mỹ": the level written short
        return _LEVELS[_ABBREVIATED_LEVELS[abbreviated.group(1).lower()]]
    found = _LEVEL_WORD_RE.match(words.strip())
    return _LEVELS.get(" ".join(found.group().lower().split()), 0) if found else 0


_ABBREVIATED_LEVEL_RE = re.compile(r"(T[PpXx])\.\s*(?=\w)")
_ABBREVIATED_LEVELS = {"tp": "thành phố", "tx": "thị xã"}


def _unit_rank(words: str) -> int:
    """The rank of a part's leading unit word in a chain of command (``Đồn`` 3, ``Bộ Tư lệnh`` 7), 0 if none."""
    found = _COMMAND_RE.match(words.strip())
    return _UNIT_RANKS.get(" ".join(found.group().lower().split()), 0) if found else 0


def _named_rank(words: str) -> int:
    """The rank of the last level word of a part that heads a capitalised name ("... 10/2015 thôn Nà Nưa": 1)."""
    found = None
    for found in _LEVEL_NAMED_RE.finditer(words):  # noqa: B007
        pass
    return _level_rank(found.group()) if found else 0


def _side_key(side: AnyEntity | str) -> str:
    # (a side named verbatim is the same whatever the case of its head: "Cơ quan X" in a title, "cơ quan X" after)
    return side.lower() if isinstance(side, str) else side.id


def _add_sides(draft: FactDraft, sides: Iterable[AnyEntity | str]) -> None:
    for side in sides:
        if isinstance(side, str):
            draft.add("side", value=side)
        else:
            draft.add("side", side)


# Roles a fact holds once: a retelling does not add a second.
_ONE_OF = frozenset({"count", "unit", "date", "period"})


def _agreement_key(name: str) -> str:
    """What names an agreement: its document word and the capitalised name after it, not the words that follow.

    "biên bản hợp tác năm 2024 trên tinh thần tự nguyện" and "biên bản hợp tác" are one agreement retold;
    "Bản Ghi nhớ Hợp tác Hữu nghị" keeps its name.
    """
    head = _ANY_CASE_DOCUMENT_RE.match(name)
    if head is None:
        return match_key(name)
    tail = []
    for word in name[head.end() :].split():
        if not word[0].isupper():
            break
        tail.append(word)
    return match_key(" ".join([head.group(), *tail]))


def _sides_of(twinning: _Twinning) -> set[str]:
    return {r.entity or (r.value or "").lower() for r in twinning.draft.roles if r.role == "side"}


def _dated_apart(one: _Twinning, other: _Twinning) -> bool:
    dates = [{r.entity or r.value for r in t.draft.roles if r.role == "date"} for t in (one, other)]
    return bool(dates[0] and dates[1] and not dates[0] & dates[1])


# A document named by its kind alone ("Bản ghi nhớ", "thỏa thuận"): a retelling of one named before.
_GENERIC_KEYS = frozenset(match_key(w) for w in _DOCUMENTS)


def _agreement_keys(twinning: _Twinning) -> list[str]:
    return [_agreement_key(r.value or "") for r in twinning.draft.roles if r.role == "agreement"]


def _named_before(name: str, named: set[str]) -> bool:
    """Whether the agreement ``name`` is one of ``named``, or a shorter name of one by its kind alone."""
    key = _agreement_key(name)
    return key in named or (key in _GENERIC_KEYS and any(key in other for other in named))


def _retold(old: _Twinning, new: _Twinning) -> bool:
    """Whether ``new`` names ``old``'s document again by its kind alone, between the same sides or none.

    "UBND tỉnh A đã ký kết Biên bản ghi nhớ về việc thiết lập quan hệ ... với Hội đồng thành phố B" and
    then "Phó Chủ tịch UBND tỉnh A ... và Chủ tịch Hội đồng thành phố B ... ký kết Bản ghi nhớ": one signing.
    """
    named = _agreement_keys(new)
    if not named or any(key not in _GENERIC_KEYS for key in named):
        return False
    before = _agreement_keys(old)
    if not all(any(key in other for other in before) for key in named):
        return False
    ours, theirs = _sides_of(old), _sides_of(new)
    return theirs <= ours


def _merge(found: list[_Twinning], new: _Twinning) -> None:
    """Add ``new`` to the twinning it retells, or as a twinning of its own.

    The same agreement named again is the same event, unless each names two sides of its own; so is a
    document named again by its kind alone, between the same sides (:func:`_retold`).
    """
    for old in found:
        ours, theirs = _sides_of(old), _sides_of(new)
        if len(ours) >= 2 and len(theirs) >= 2 and not (ours <= theirs or theirs <= ours):
            continue
        if _dated_apart(old, new):
            continue  # the same two sides' agreements of other days are other events
        retold = not old.keys & new.keys and _retold(old, new)
        if old.keys & new.keys or retold:
            named = {_agreement_key(r.value or "") for r in old.draft.roles if r.role == "agreement"}
            for role in new.draft.roles:
                taken = role.role in _ONE_OF and old.draft.has(role.role)
                taken = taken or (role.role == "agreement" and (retold or _named_before(role.value or "", named)))
                taken = taken or (role.role == "side" and bool(role.value) and (role.value or "").lower() in ours)
                if not taken and not old.draft.holds(role):
                    old.draft.append(role)
            for span in new.draft.spans:
                old.draft.cite(span.start, span.end)
            old.keys |= new.keys
            return
    found.append(new)


class TwinningExtractor(FactExtractor):
    """Finds twinnings and signed agreements (``twinning`` facts, CAMEO ``057``): parties, counts, documents."""

    name = "twinning"
    order = FACT_ORDER + 50
    kind = KIND
    cue = _CUE_RE

    def facts(self, reading: Reading) -> list[Fact]:
        """One ``twinning`` fact per twinning, count of twinned pairs or signed agreement."""
        text = reading.text
        cues = [
            m
            for m in scan_words(reading.words, _CUE_RE)
            if m.group().lower() != "ký" or not _NOT_SIGNING_BEFORE_RE.search(text, max(0, m.start() - 6), m.start())
        ]
        reader = _Reader(reading)
        found: list[_Twinning] = []
        headlined: list[_Twinning] = []
        for sentence in reader.sentences(cues):
            counted = reader.records(sentence) or reader.counts(sentence)
            if counted:
                for twinning in counted:
                    _merge(found, twinning)
                continue
            for lo, hi in clauses(reader.text, sentence.start, sentence.end):
                for told in reader.clause(sentence, lo, hi):
                    _merge(headlined if told.headline else found, told)
        if not any(len(_sides_of(t)) >= 2 for t in found):
            for twinning in headlined:  # the headline's pair, when the body names no pair of its own
                _merge(found, twinning)
        return [t.draft.build() for t in found]


@hookimpl
def dnnd_extractors() -> list[Extractor]:
    """The twinning and agreement extractor: this module is a plugin of its own, registered as any other."""
    return [TwinningExtractor()]
