"""Meetings: conferences, congresses, seminars, sessions (CAMEO ``040``).

A *meeting word* names the event: ``hội nghị``, ``đại hội``, ``hội thảo``,
``tọa đàm``, ``diễn đàn``, ``phiên họp``/``kỳ họp``/``cuộc họp``, ``họp báo``,
``buổi làm việc``, ``buổi gặp mặt`` (``cuộc gặp``), ``hội đàm``, ``lễ đón``, ``buổi giao ban``, ``lễ kỷ
niệm``, ``mít tinh``, a festival held (``tổ chức Tết Bunpimay``, ``lễ hội``),
a ceremony referred back to as ``buổi lễ`` (``Dự buổi lễ có …``), and the verb
``đã họp``; a state visit told by its rank (``thăm chính thức``, ``thăm cấp Nhà nước`` a country, ``nước X``
or ``tới X``). It is not an event when it names
a building or a document (``Trung tâm hội nghị``, ``Biên bản Hội nghị``,
``Nghị quyết Đại hội``), lies inside an organization's or a document's name,
is generic (``các hội nghị``; not ``đã có các cuộc hội kiến <name>``, a list of encounters each
with a party of its own, paid by the same subject: ``…; chào xã giao B và hội đàm với C``), looks forward
(``chào mừng``, ``tiến tới Đại hội``), is a visit by delegations counted (``đón tiếp 18 đoàn khách … đến thăm``:
a tally of visits), is a sports games (``Đại hội Thể dục thể thao``) or a time frame or the
work of organising named as a noun (``trong thời gian diễn ra Đại hội II``, ``thành tích trong tổ chức Ngày
hội …``). Named people
signing (``A, <posts> và B, <posts> đã ký kết hợp đồng …``) took part in a signing (type ``ký kết``, the
signers its participants); a body's ``đã ký kết thỏa thuận`` is left to the twinning extractor.

A meeting is *reported*, and becomes a fact, when a sentence says it took place:

* organised (not a meeting word naming the occasion: ``chiêu đãi … nhân dịp Tết …``):
  ``<organiser> tổ chức <Hội nghị …>`` (``phối hợp tổ chức``,
  ``triệu tập``, ``đăng cai``, ``tiến hành``, ``khai mạc``, ``diễn ra``, ``bắt đầu`` (``X đã đến Bắc Kinh, bắt
  đầu chuyến thăm``: the visitor named before her arrival), ``đã
  có buổi làm việc``; ``tổ chức thành công nhiều chương trình, như <hội nghị
  …>``), ``<Hội nghị …> đã diễn ra / khai mạc / được tổ chức / thành công tốt đẹp``, ``<Hội nghị …>
  do <organiser> tổ chức``, ``<organiser> đã họp``, ``hai bên đã hội đàm``, ``<body> tổng kết các chương trình …``
  (a review, ``sơ kết`` an interim one, held by the body; not a ``báo cáo tổng kết``, a report);
* attended or addressed: ``Dự hội nghị có …``, ``Tham dự …``, ``Phát biểu tại
  đại hội, …``, ``Phát biểu chỉ đạo hội nghị, …``, ``… chủ trì hội nghị``,
  ``Hội nghị có sự tham dự của …``, ``Tại hội nghị, <person> phát biểu …``; of a meeting
  held, those present later in its sentence (``Lễ ký kết diễn ra tại X, với sự tham dự của …``);
* named with a year of its own (``hội nghị giao ban … năm 2019``) in a list of
  what was done, unless the year is after the article's.

A meeting only planned (``sẽ tổ chức``, ``dự kiến``, ``kế hoạch``, ``chuẩn bị``,
``cần``, ``đề nghị`` before the word, ``sẽ``/``dự kiến`` right after its name)
has not happened: no fact, and such a mention is not cited either.

One fact per meeting; two meeting words joined for one event (``chuyến thăm,
làm việc``) are one meeting, and a later bare mention of either is it too. A
meeting with no date, no year or list name of its own and nobody named in it
is too vague to report. A later mention of the same word without a name of its
own (``tại hội nghị``, ``Đại hội đã bầu``) belongs to the meeting before it; a
session (``phiên họp thứ nhất``) belongs to the meeting it is part of; the same
word with another kind word or another term (``Đại hội lần thứ II``) is another
meeting. A date read only from a sentence attending it (``X tiếp đoàn đại biểu tham dự Diễn đàn …``) is
not the meeting's, and does not make the sentence saying it was held tell another one.
An encounter (a visit, a call, talks, a reception) told again as the setting of a
sentence by another such word (``Tại buổi tiếp, …``, ``Phát biểu tại buổi làm
việc, …``) is the encounter told before, and so are the other encounter words of
that sentence, or of the sentence telling a reception, that have no party of their
own (``<host> tiếp đoàn X … đến thăm, chúc Tết``); a trip (``Trong khuôn khổ chuyến
thăm, …``) and ``làm việc với Sở X`` are not. A reception opening its sentence, its hosts listed after ``có``, whose
guest names the visiting delegation again (``Đón tiếp và làm việc với đoàn đại biểu huyện X … có …``, ``Đón tiếp
đồng chí Y và các thành viên Đoàn … có …``) is the visit told before when the two name a party in common. A
programme with no party of its own held for the delegation told before
(``Trước khi chia tay đoàn, … tổ chức một buổi tiệc giao lưu``) is part of the last encounter. So is a
programme with no party of its own told in the sentence of an encounter (``Lễ đón Đoàn … thăm Hà Nội và tổ chức
giao lưu văn hóa …``).

Roles:

* ``type``: the kind word after ``hội nghị`` (``tổng kết``, ``sơ kết``,
  ``giao ban``, ``thường niên``…), else the meeting word itself (``đại hội``,
  ``hội thảo``, ``làm việc`` for ``buổi làm việc``);
* ``organiser``: the organizations of the subject before the organising verb
  (``UBND tỉnh phối hợp với Liên hiệp … tổ chức``: both; the comma parts before
  it back to a time or place opener, an unnamed group joining them left out: ``A phối hợp với B cùng các
  bộ, ngành … tổ chức``; ``tổ chức lễ khai mạc Đại hội``: the
  congress's), or after ``do``/``của`` (``Hội nghị tổng kết … của Liên hiệp …``; ``do A, B, C cùng tổ
  chức``: all three); a delegation named after its place (``Đoàn đại biểu cấp cao tỉnh X …``) comes from X;
  none when the meeting is only attended (``Phát biểu tại đại hội``) or opened
  by a person; a person named right after a post holding the body (``Chủ tịch UBND
  tỉnh X đã hội đàm``) or just before it (``bà X, Chủ tịch Hội Y đã gặp gỡ``) rather
  than the body; for a call paid on a host (``<guest> chào xã giao <host>``, class
  ``call``) the one called on; the guest of a welcome named after it (``chủ trì lễ đón chính thức Tổng thống
  Y``) takes part with its host; for a visit on an invitation (``Nhận lời mời của X, Đoàn … đã sang
  thăm``, ``theo lời mời của X``) the one who invited, the visitors taking part; the host of a later
  reception of the delegation (``Ông Y tiếp và làm việc với Đoàn``) takes part in its visit or talks; the host
  visitors came to (``Đoàn X đã đến thăm, làm việc với Y``: Y, the visitors taking part); who
  organises is not also a participant;
* ``date``: the first date in the organising clause outside the meeting's name
  and outside a cited document;
* ``venue`` (the ``tại <X>`` phrase verbatim, when it is not just a place) and
  ``place`` (a place named in it): ``tại Trung tâm hội nghị tỉnh`` is a venue,
  ``tại Hà Nội`` a place;
* ``period``: the first year or stage (``năm 2025``, ``giai đoạn 2021 - 2025``)
  in the meeting's name — the time under review;
* ``term``: the terms of office in its name (``lần thứ III``, ``nhiệm kỳ 2023 -
  2028``, ``khóa III``);
* ``participant``: at a ceremony of giving (``lễ trao``, ``lễ trao tặng``, ``lễ bàn giao``) the people given
  to after ``cho`` (else the body); the other side after ``với`` or, for a meeting word used as a verb,
  its direct object (``hội kiến ông Y``; not an occasion: ``gặp mặt Kỷ niệm ...``)
  (``buổi làm việc với UBND tỉnh
  X``); every person in an attendance or speech sentence, once; in a
  speech sentence only those before the reported words (``đề nghị``,
  ``nhấn mạnh``…), so a person quoted or praised is not a participant; the head
  of a visiting delegation (``Đoàn … do đồng chí X, <posts> làm Trưởng đoàn sang
  thăm``).

Also: a programme of meeting (``chương trình gặp gỡ``) and a year-end or new-year party (``tiệc tất niên``) are
events; ``giao lưu`` paired with ``hợp tác`` (exchange and cooperation in general) and ``làm việc`` listed with
living or studying (``đang sinh sống, làm việc và học tập tại ...``, a job) are not; an existential ``có`` opening its
comma part (``Trong đó, có 3 hoạt động chính là ...``) organises nothing, nor does a body signing (only people
signing name a ceremony). The same word organised again by other organisers naming none of a meeting's parties is
another event (a roundup of visits or of missions' parties); an encounter verb after a visit, a welcome or a meeting
(``đã thăm, chúc Tết``, ``đã đón và hội đàm với``, ``đã gặp và làm việc với``) keeps its subject; the agent set off
by a comma (``Cuộc gặp mặt truyền thống, do Hội X tổ chức, ...``) organises the meeting, and a sentence naming who
held it but not when or where keeps the setting read before; the guests listed in a sentence opening ``Dự chương
trình có`` or ``Tham dự sự kiện có`` take part in the event reported before, and so do the people listed after a bare
``Tham dự có``, ``Đến dự có``, ``Cùng dự có`` (persons, not the bodies of their posts). A programme held under its
quoted title on a day of its own (``Đồn Biên phòng X tổ chức chương trình “...”``) is an event (not counted, undated,
or titled by a meeting word of its own); a meeting of a body's committee (``Hội nghị Ban Chấp hành <body>``) told with
no organiser is the body's; the other side of an encounter told as a local unit (``làm việc với lãnh đạo tỉnh Quảng
Nam``, ``chào xã giao lãnh đạo tỉnh Nghệ An``) is its place; a place phrase opened by a quantifier (``tại nhiều
nước``) is no venue.

Every sentence a fact uses is cited.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, cached_property

import attrs

from dnnd.facts import FACT_ORDER, FactDraft, Reading, Sentence, clauses, distinct, name_end, outermost, subject_parts
from dnnd.facts.extractor import FactExtractor
from dnnd.facts.reading import post_re, scan_words
from dnnd.facts.vocabulary import (
    HONORIFIC,
    MOODS_NOT_DONE,
    alternation,
    mood_of,
    mood_pattern,
    table,
    tagged,
    words,
    words_re,
)
from dnnd.gazetteer import UPPER, trie_regex
from dnnd.hookspecs import hookimpl
from dnnd.model import AnyEntity, DateRef, Fact, Mention, Organization, Person, Place, Term
from dnnd.plugin import Extractor
from dnnd.text.patterns import scanner, word_alternation

__all__ = ["MeetingExtractor", "dnnd_extractors"]

#: The kind of the facts this module finds, and their CAMEO code ("consult").
KIND = "meeting"
CODE = "040"

#: Meeting words as written (lower case but for a proper noun: "chúc Tết") (data/facts/meetings.tsv).
_WRITTEN: list[str] = [row[0] for row in table("meetings") if row[1] != "reception"]
#: Meeting words in lower case -> the kind of meeting they name.
_NOUNS: dict[str, str] = {row[0].lower(): row[1] for row in table("meetings") if row[1] != "reception"}


def _class(name: str) -> frozenset[str]:
    """The meeting types of a class in ``meetings.tsv``."""
    return frozenset(row[1] for row in table("meetings") if len(row) > 2 and name in row[2].split(","))


# Sessions are parts of a meeting ("Tại phiên họp thứ nhất" of a congress).
_SESSIONS = _class("session")
# Meeting words followed by a kind word ("hội nghị tổng kết"); the others are their own type.
_TYPED = _class("typed")
_MET = "cuộc họp"  # what "đã họp" names
# "đã họp phiên thứ nhất": what met is a sitting, a part of the meeting it belongs to (a session's kind).
_SESSION_AFTER_RE = re.compile(r"\s+phiên(?!\w)")
_SITTING = _NOUNS["phiên họp"]
# Meeting words that are also verbs: "hai bên đã hội đàm" says the talks took place.
_VERB_NOUNS = _class("verb")
# Events of their own after "chương trình", "đêm", "tiệc": "chương trình giao lưu", "tiệc chiêu đãi".
_PROGRAMS = _class("program")
# A delegation's visit: a later reception of "đoàn", named no further, is its other side.
_VISITS = _class("visit")
# A ceremony referred back to ("Dự buổi lễ có ..."): with no ceremony of its word before, the meeting told last.
_BACK_REFS = _class("back")
# A call paid on a host ("<guest> chào xã giao <host>"): the one called on hosts, the caller takes part.
_CALLS = _class("call")
# Encounters of two sides (visits, calls, talks, receptions): "Tại buổi tiếp, ..." after "<host> tiếp xã giao <guest>"
# tells the encounter told before, whatever its word.
_ENCOUNTERS = _class("meet") | frozenset(row[0].lower() for row in table("meetings") if row[1] == "reception")
# A whole trip as written ("chuyến thăm"): the setting of several encounters, not one of them.
_TRIPS = frozenset(row[0] for row in table("meetings") if len(row) > 2 and "trip" in row[2].split(","))
# Receptions ("<host> tiếp <guest>"): their kinds are the verbs as written.
_RECEPTIONS = frozenset(row[0].lower() for row in table("meetings") if row[1] == "reception")
# An occasion named by the meeting word: "nhân dịp Tết Bính Ngọ", "nhân Đại hội ..." (what is organised is named
# before it).
_OCCASION_BEFORE_RE = re.compile(r"(?<!\w)[Nn]hân(?:\s+dịp)?\s+$")
# Welcomes whose guest follows the word: "lễ đón chính thức Tổng thống Hy Lạp X" (X takes part).
_WELCOMES = _class("welcome")
_WELCOMED_RE = re.compile(r"\s+(?:chính thức\s+)?")
# Visits whose object is the place after "tại": "Đoàn ... đã thăm và làm việc tại tỉnh X".
_VISITS_AT = _class("at")

# Words that name an event only under their quoted title: "tổ chức chương trình “Thiếu nhi Việt – Lào vui hội trăng
# rằm”" (not "chương trình hợp tác", a scheme).
_QUOTED = _class("quoted")
_QUOTE_AFTER_RE = re.compile(r"\s*[“\"]")
_HAD_BEFORE_RE = re.compile(r"(?<!\w)có\s+$")

_SIGNED = _class("signed")
# Right before a verb of signing: a realis word ("đã ký kết", "vừa ký kết"), and the subject's end before it.
_SIGNED_BEFORE_RE = re.compile(r"[\s,)]*(?:(?:đã|vừa|cùng|chính thức)\s+)+$")
_SIGN_REACH = 300
_AT_OBJECT_RE = re.compile(rf"\s+tại\s+(?:[{UPPER}]|tỉnh|thành phố|huyện|xã)")
# A ceremony of giving: who is given to after "cho" takes part ("lễ trao Huân chương ... cho Đại tá X và ...").
_GIFTS = _class("gift")
# A ceremony opening something: the body named right after it is what is opened, not its holder ("lễ khai trương
# Tổng lãnh sự quán nước X").
_OPENINGS = _class("opening")
_GIVEN_TO_RE = re.compile(r"\s(?:cho|tới)\s+")
_GIVEN_TO_END_RE = re.compile(r"[;:!?]|\s(?:vì|nhằm|để|nhân|do|tại|vào)(?!\w)")
# The guest of a reception is the delegation told before: "đoàn" with no name or sender after it.
_BACK_DELEGATION_RE = re.compile(
    r"\s+(?:thân mật\s+)?[Đđ]oàn(?:\s+(?:công tác|đại biểu))?(?=\s*(?:[,;.:]|(?:có|gồm|và)(?!\w)|$))"
)

# A reception opening its clause, its hosts listed after "có": a delegation among its guests, named again with its
# sender or its head ("Đón tiếp và làm việc với đoàn đại biểu huyện X, về phía huyện Y có ...", "Đón tiếp đồng chí
# X và các thành viên Đoàn ... có ..."), is the delegation told before (not "đoàn viên", the Youth Union).
_GUEST_DELEGATION_RE = re.compile(r"(?<!\w)[Đđ]oàn(?!\w)(?!\s+(?:viên|[Tt]hanh niên|TNCS)(?!\w))")

# The delegation told before, named again by the bare word anywhere in a sentence: "Trước khi chia tay đoàn, ...",
# "có sự tham gia của các thành viên đoàn và ...".
_DELEGATION_AGAIN_RE = re.compile(r"(?<!\w)[Đđ]oàn(?=\s*(?:[,;.:]|(?:và|có|gồm)(?!\w)|$))")

# What names a programme: "chương trình giao lưu", "đêm liên hoan", "tiệc chiêu đãi"; its title may be quoted
# ("chương trình “Tết Cộng đồng - Xuân Quê hương 2025”", vietnamplus.vn).
_PROGRAM_BEFORE_RE = re.compile(r"(?<!\w)(?:[Cc]hương trình|[Đđ]êm|[Tt]iệc|[Bb]uổi)\s+[“\"]?$")
# After a meeting word used as a verb: its other party ("hội kiến Đại sứ", "giao lưu với ...").
# A group or a representative as that party (guests.txt): "gặp mặt lưu học sinh Lào", "tiếp đại diện ...".
_GUESTS = alternation("|".join(sorted(words("guests"), key=len, reverse=True)), lower=True)
# (a review's object is what it reviews: "tổng kết công tác năm 2024", "sơ kết 6 tháng đầu năm")
# (a country visited: "thăm cấp Nhà nước tới Việt Nam", "thăm chính thức nước Cộng hòa ...")
_VERB_OBJECT_RE = re.compile(
    rf"\s+(?:với\s+|cùng\s+|(?:tới\s+|đến\s+)?nước\s+(?=[{UPPER}])|(?:tới|đến)\s+(?=[{UPPER}]))?"
    rf"(?:[{UPPER}]|đoàn|các|{HONORIFIC}|lãnh đạo|{_GUESTS}|công tác|hoạt động|\d+\s+(?:tháng|năm))"
)
# Between a person and a body in their post: a dash or a comma and the post's title words.
_POSTS_ONLY_RE = re.compile(r"\s*[-–,]\s*[^,;.]{0,60}")
# Between a person holding a meeting and the verb: her post, or nothing but "đã", "vừa", "cũng".
_HOST_BEFORE_VERB_RE = re.compile(rf"{_POSTS_ONLY_RE.pattern}|\s+(?:(?:đã|vừa|cũng)\s+)*")
# Between a meeting word and the body its name names: "Đại hội (đại biểu) (toàn quốc) <body>".
# "<meeting's name> của <body>": the body holds it.
# (its term in brackets may come between: "Đại hội ... lần thứ hai (nhiệm kỳ 2016 - 2021) của Hội X")
_OF_AFTER_RE = re.compile(r"\s*(?:\([^()]{1,80}\)\s*)?\s+của\s+")
# (a meeting of its committee: "Hội nghị Ban Chấp hành Hội Hữu nghị ...", "hội nghị Ban thư ký Trung ương Hội Sinh viên
# Việt Nam", the body's; baomoi.com, haufo.org.vn)
_HOLDER_GAP_RE = re.compile(
    r"\s+(?:(?:[Đđ]ại biểu|toàn quốc|thường niên|lần thứ \w+"
    r"|(?:Ban (?:[Cc]hấp hành|[Tt]hường vụ|[Tt]hư ký)|Đoàn [Cc]hủ tịch)(?:\s+(?:Trung ương|T\.Ư|TƯ))?)\s+)*"
)
# "vừa" (just): an event the report dates by its own publication.
_JUST_RE = scanner(re.compile(r"(?<!\w)[Vv]ừa(?!\w)(?!\s+(?:qua|rồi)(?!\w))"))
# A delegation's head with their posts: "do ông X, Đại sứ ... tại Hà Nội làm Trưởng đoàn".
_HEAD_RE = re.compile(r"\sdo\s[^;]{1,200}?\s(?:làm\s+[Tt]rưởng\s+[Đđ]oàn|dẫn đầu)(?!\w)")
# Meeting verbs in a row: "sang thăm, làm việc với ...", "tiếp và làm việc với ...".
_VERB_CHAIN_RE = re.compile(
    r"\s*(?:,|và)\s*(?:làm việc|hội đàm|hội kiến|gặp gỡ|giao lưu|trao đổi|chúc [Tt]ết|chúc mừng)(?!\w)"
)
# Between a name and its meeting verb: only a movement or realis word ("đoàn ... sang thăm", "đã đến chào", "rời Hà
# Nội, lên đường thăm chính thức ...").
# (a visit, a welcome or a meeting may be told first: "Đoàn công tác Bộ Chỉ huy ... đã thăm, chúc Tết lực lượng vũ trang
# ...", dantocmiennui.vn; "Chủ tịch Quốc hội X đã đón và hội đàm với ...", baomoi.net.vn; "Đoàn đã gặp và làm việc với")
_VERB_GAP_RE = re.compile(
    r"[\s,)]*(?:(?:đã|vừa|đến|sang|tới|cũng|về|lên đường)\s+)*(?:(?:thăm|đón|gặp)\s*(?:,|và)\s*)?"
)
# Between a meeting word and its parties: "lễ ký kết (nghĩa) giữa A và B" (a few lower-case words may come first).
_BETWEEN_RE = re.compile(r"(?:\s+[a-zà-ỹđ]+){0,3}?\s+giữa\s+")
# A delegation right before the place it comes from: "Đoàn đại biểu huyện X", "Đoàn công tác của tỉnh Y", "đoàn cán
# bộ cấp cao tỉnh Z".
_DELEGATION_BEFORE_RE = re.compile(
    r"(?<!\w)[Đđ]oàn(?:\s+(?:đại biểu|công tác|cán bộ))?(?:\s+cấp cao)?(?:\s+của)?\s+(?:(?:"
    + "|".join(sorted(words("levels"), key=len, reverse=True))
    + r")\s+)?$"
)
# Between a person and the delegation she goes with: "X và Phu nhân cùng Đoàn ...", "X cùng với đoàn ...".
_WITH_DELEGATION_RE = re.compile(r"(?:\s+và\s+[Pp]hu\s+nhân)?\s*,?\s+(?:và|cùng)(?:\s+với)?\s+")
# Between a visitor and the visit she begins: her arrival ("X đã đến thủ đô Bắc Kinh, bắt đầu chuyến thăm ...").
# (leading her delegation or with it: "X đã dẫn đầu Đoàn ... đến Hà Nội, bắt đầu", "X cùng Đoàn ... đã đến Thủ đô
# Vientiane bắt đầu")
_ARRIVAL_GAP_RE = re.compile(
    r"\s+(?:(?:cùng|và)\s[^;.]{1,80}?\s)?(?:(?:đã|vừa)\s+)?(?:dẫn đầu\s[^;.]{1,80}?\s)?"
    r"(?:đến|tới|hạ cánh xuống)\s[^,;.]{1,80}?,?\s*"
)
# The other side of an encounter told as a local unit, led or not: "làm việc với lãnh đạo tỉnh Quảng Nam", "đã đến
# chào xã giao lãnh đạo tỉnh Nghệ An", "làm việc với tỉnh Thanh Hóa" (quangnam.gov.vn, nghean24h.vn, baomoi.net.vn):
# the place stands for its authorities, as a delegation named after its place does.
_UNIT_PARTY_RE = re.compile(
    r"(?:(?:các\s+)?(?:đồng chí\s+)?(?:lãnh đạo|chính quyền)\s+)?(?:"
    + "|".join(sorted(words("levels"), key=len, reverse=True))
    + rf")\s+(?=[{UPPER}])"
)
# The address written after a body, part by part: "UBND xã Tà Lùng, huyện Phục Hòa, tỉnh Cao Bằng tổ chức ...",
# "Ban CHQS huyện Tân Hưng, tỉnh Long An tổ chức giao lưu ..." (baoquankhu7.vn), "MTTQVN xã Phú Cường, huyện Tam Nông tổ
# chức ..." (giacngo.vn): a comma part that is only a place, its level word before it, qualifies the body before it
# and is no subject of its own.
_ADDRESS_LEVEL_RE = re.compile(
    r"\s*(?:(?:" + "|".join(sorted(words("levels"), key=len, reverse=True)) + r"|TP\.?)\s+)?", re.IGNORECASE
)
_ADDRESS_TAIL_RE = re.compile(r"\s*(?:(?:đã|vừa|cũng)\s+)*")
# The two sides of an encounter told as local units in its subject: "lãnh đạo hai tỉnh Quảng Trị và Salavan của nước
# bạn Lào đã có buổi làm việc" (dantocmiennui.vn), "lãnh đạo huyện Ia Grai và lãnh đạo huyện Đun Mia (tỉnh Ratanakiri,
# Vương quốc Campuchia) đã có buổi gặp gỡ" (gialaitv.vn): each place stands for its authorities, as after "với".
_LED_UNITS_RE = re.compile(
    r"(?<!\w)(?:[Ll]ãnh đạo|[Cc]hính quyền)\s+(?:(?:hai|2)\s+)?(?:"
    + "|".join(sorted(words("levels"), key=len, reverse=True))
    + rf")\s+(?=[{UPPER}])"
)
# Between two such units: "và", a comma, the second one's own "lãnh đạo" and level word.
_UNITS_JOIN_RE = re.compile(
    r"\s*(?:,|và)\s*(?:(?:lãnh đạo|chính quyền)\s+)?(?:(?:"
    + "|".join(sorted(words("levels"), key=len, reverse=True))
    + r")\s+)?"
)
# After the last unit: its address in brackets, its country ("của nước bạn Lào"), then the verb's realis words.
_UNITS_TAIL_RE = re.compile(
    rf"(?:\s*\([^()]*\))?(?:\s+của\s+(?:nước\s+)?(?:bạn\s+)?[{UPPER}][\w]*(?:\s+[{UPPER}][\w]*)*)?"
)
# A visit paid by its subject, right before the encounter word: "Đoàn ... đã đến thăm, giao lưu ... với Trường X"
# (dlib-quangthanh), "Đoàn đã đến làm việc với Sở Giáo dục tỉnh X" (thptluongvanchanhpy), "Đoàn ... sang thăm, làm
# việc với lãnh đạo tỉnh Quảng Nam" (quangnam.gov.vn): the visitors came to the party after "với", who hosts them.
# (the movement word may open the meeting word itself: "đến thăm", "sang thăm")
_CAME_BEFORE_RE = re.compile(r"(?<!\w)(?:đến|sang|tới)\s+$")
_CAME_RE = re.compile(r"(?:đến|sang|tới)\s")
# Between the encounter words and the host's "với": a few lower-case words ("giao lưu và trải nghiệm văn hoá với").
_HOST_AFTER_RE = re.compile(r"(?:\s+(?:và\s+)?[a-zđà-ỹ]+){0,5}?\s+với\s+")
# A quantifier opening a place phrase: "tại nhiều nước", "ở các địa phương" name no venue.
# (lower case only: "tại Các Tiểu vương quốc Ả Rập Thống nhất" is a country)
_MANY_RE = re.compile(r"(?:nhiều|các|một số|những|mọi)(?!\w)")
# A classifier may come first: "buổi hội đàm", "cuộc tọa đàm".
_CLASSIFIER_RE = re.compile(r"(?:buổi|cuộc)\s+")


def _skip_spaces(text: str, pos: int) -> int:
    """The first position at or after ``pos`` that is not a space."""
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _nounalternation() -> list[str]:
    """Every written form of a meeting word: lower and sentence case, with or without a classifier (a title-cased
    word may follow it: "đã có buổi Hội đàm với ...")."""
    out = []
    for word in _WRITTEN:
        forms = [word] if word.startswith(("buổi ", "cuộc ")) else [word, f"buổi {word}", f"cuộc {word}"]
        out += [f for form in forms for f in (form, form[0].upper() + form[1:])]
        if not word.startswith(("buổi ", "cuộc ")):
            titled = word[0].upper() + word[1:]
            out += [f"buổi {titled}", f"cuộc {titled}", f"Buổi {titled}", f"Cuộc {titled}"]
    return out


# A trie of the words (each position tries one branch per letter); the word start is checked after.
_NOUN_RE = scanner(re.compile(rf"(?:{trie_regex(_nounalternation())})(?!\w)".replace(r"\ ", r"\s+")))
# The same words at a word's start only: the article's meeting words, looked for at the words they open with
# (the shared word index) rather than at every position of the text.
_NOUN_AT_WORD_RE = scanner(re.compile(rf"(?<!\w){_NOUN_RE.pattern}"))
# Attending a sitting: "dự họp", "tham dự họp".
_ATTEND_BEFORE_RE = re.compile(r"(?<!\w)(?:tham\s+)?dự\s+$")
# "<organiser> đã họp": found from "họp", which is rarer than "đã".
_MET_RE = re.compile(r"h(?<!\wh)ọp(?!\w)(?!\s+(?:báo|mặt|giao ban)(?!\w))")
# A congress elects its body's committee: "Ban Chấp hành <the body>".
_CONGRESS = "đại hội"
_COMMITTEE_RE = scanner(re.compile(r"(?<!\w)Ban (?:Chấp hành|chấp hành)\s+"))
# The committees a meeting that passes or elects something acts for: "Tờ trình của Ban Thường vụ <body>".
_BOARD_RE = scanner(re.compile(r"(?<!\w)Ban (?:Chấp hành|chấp hành|Thường vụ|thường vụ)\s+"))


@cache
def _elected_post_re() -> re.Pattern[str]:
    """A post a person is elected to ("tái đắc cử Chủ tịch ", "được bầu làm Phó Chủ tịch "), up to the body."""
    elect = word_alternation(*sorted([*words("elections", "subject"), "được bầu"], key=len, reverse=True))
    return scanner(re.compile(rf"(?:{elect})\s+(?:(?:làm|giữ chức)\s+)?(?:{post_re().pattern})\s+"))


# "<host> tiếp <guest>" (meetings.tsv, class reception): the guest is a name, a delegation, or an honorific
# before a name ("tiếp ngài Daniel J. Kritenbrink", "tiếp đồng chí X").
_RECEPTION_RE = scanner(words_re("meetings", "reception"))
_GUEST_RE = re.compile(rf"\s+(?:thân mật\s+)?(?:[{UPPER}]|đoàn|các|lãnh đạo|{HONORIFIC}|{_GUESTS})")
# "Tiếp <guest> có các đồng chí: X, Y": the hosts listed after the guest, the reception opening its clause.
_HOSTS_LISTED_RE = re.compile(r"\s(?:có|gồm)(?:\s+các)?(?:\s+(?:đồng chí|ông|bà))?\s*:?\s*")
# "tiếp và làm việc với <guest>": a reception told with the talks that follow it.
_RECEPTION_CHAIN_RE = re.compile(r"\s*(?:,|và)\s*(?:làm việc|hội đàm|trao đổi)(?:\s+với)?(?=\s)")
# ("đã có buổi tiếp xã giao <guest>": the reception told as a sitting the host had; "... Hội đồng Điều phối ASEAN
# (ACC), đã tiếp xã giao": the host's body with its abbreviation in brackets)
_HOST_GAP_RE = re.compile(
    r"(?:\s*\([^()]{1,20}\))?[\s,]*(?:(?:đã|vừa|đã thân mật|thân mật)\s+)?(?:có\s+(?:buổi|cuộc)\s+)?"
)
# An unnamed group joining the host before the verb: "X, Bí thư Tỉnh ủy cùng các đồng chí lãnh đạo tỉnh tiếp".
_COMPANIONS_RE = re.compile(
    r"[\s,]+(?:cùng|và)\s+(?:"
    + "|".join(sorted(words("companions"), key=len, reverse=True))
    + r")(?!\w)[^.;:()]{0,80}?\s*$"
)
_CUE_RE = scanner(re.compile(f"{_NOUN_AT_WORD_RE.pattern}|{_MET_RE.pattern}|{_RECEPTION_RE.pattern}"))
_MET_BEFORE_RE = re.compile(r"(?<!\w)(?:đã|vừa)\s+$", re.IGNORECASE)
_WORD_BEFORE_RE = re.compile(r"\w")
# Before a meeting word: a building or document named after it, a plural, a forward look.
_NOT_EVENT_BEFORE_RE = re.compile(
    r"(?<!\w)(?:trung tâm|cung|nhà|hội trường|phòng|khu|biên bản|báo cáo|dự thảo|nghị quyết|văn kiện|kết luận|"
    r"chương trình|tinh thần|chào mừng|hướng tới|hướng về|tiến tới|chuẩn bị|các|những|nhiều|một số|mọi|\d+)\s+$",
    re.IGNORECASE,
)
# "đã có các cuộc hội kiến <name>; chào xã giao <name>": a plural encounter word naming its other side is the
# first of a list of encounters, each with a party of its own (not "các cuộc hội đàm", encounters in general).
_PLURAL_BEFORE_RE = re.compile(r"(?<!\w)(?:các|những)\s+$", re.IGNORECASE)
# An item of a list of encounters ends just before: "hội kiến A; chào xã giao B", "chào xã giao B và hội đàm với C".
_ITEM_BEFORE_RE = re.compile(r"(?:;|,|\svà)\s*$")
# After a meeting word, its other side: "làm việc với <party>" (the party's phrase ends at a comma or a
# word that opens the rest of the sentence: its place, time or topic).
# (how it went may come first: "cuộc gặp ngắn với ...")
_WITH_PARTY_RE = re.compile(rf"(?:\s+(?:{tagged('meeting_verbs', 'aside', lower=True)}))?\s+với\s+")
_SPACE_RE = re.compile(r"\s+")
_WITH_PARTY_END_RE = re.compile(r"[,;.:!?()]|\s(?:tại|ở|vào|về|nhằm|để|trong|sau|nhân|do)(?!\w)")
# (the same, but over the commas between the posts written before a name)
# ("nhân dịp" ends it, not "nhân dân" of a state's name: "Chủ tịch nước Cộng hòa nhân dân Trung Hoa Y")
_POSTS_PARTY_END_RE = re.compile(r"[;.:!?()]|\s(?:và|tại|ở|vào|về|nhằm|để|trong|sau|nhân(?!\s+dân)|do)(?!\w)")
_LIST_JOIN_RE = re.compile(r"\s*(?:,|và|hoặc)\s*")
# Between a name and the posts written after it: "ông X - Bí thư Tỉnh ủy", "ông Y, Chủ tịch Hội ...".
_POST_LEAD_RE = re.compile(r"\s*[-–,]\s*")
_PARTY_AFTER_POSTS_RE = re.compile(r"[;]|\svà\s")
# ("Đại hội đồng cổ đông", a sports games; not "chào xã giao đồng chí X", whose object is a person)
_NOT_EVENT_AFTER_RE = re.compile(r"\s+(?:đồng(?!\s+chí(?!\w))|[Tt]hể dục|TDTT|[Tt]hể thao)(?!\w)")
# Work measured in time is no meeting: "Sau 4 ngày làm việc, Đại hội đã bế mạc", "kết thúc phiên làm việc".
_WORK_TIME_BEFORE_RE = re.compile(r"(?<!\w)(?:ngày|giờ|tuần|tháng|phiên)\s+$", re.IGNORECASE)
_WORK = "làm việc"
# "giao lưu" paired with "hợp tác" is exchange and cooperation in general, no event ("tăng cường giao lưu, hợp tác",
# "Biên bản Ghi nhớ về ... Hợp tác giao lưu quốc tế", vtcnews.vn).
_EXCHANGE = _NOUNS["giao lưu"]
_COOPERATION_BEFORE_RE = re.compile(r"(?<!\w)hợp tác\s*(?:,|và)?\s*$", re.IGNORECASE)
_COOPERATION_AFTER_RE = re.compile(r"\s*(?:,|và)?\s*hợp tác(?!\w)", re.IGNORECASE)
# "làm việc" listed with living and studying is a job, not a working session ("bà con người Việt đang sinh sống, làm
# việc và học tập tại Hong Kong", danvan.vn; the overseas community as its news describes it).
_LIVING = r"(?:sinh sống|sống|học tập|lao động|sinh hoạt)"
_LIVING_BEFORE_RE = re.compile(rf"(?<!\w){_LIVING}\s*(?:,|và)\s*$", re.IGNORECASE)
_LIVING_AFTER_RE = re.compile(rf"\s*(?:,|và)\s*{_LIVING}(?!\w)")
_LOOK_BACK = 24
# Delegations counted before a visit ("đón tiếp 18 đoàn khách từ Lào đến thăm", "đã đưa 28 đoàn điện ảnh Pháp sang
# thăm Việt Nam"): a tally of many visits over a period, no one meeting (not "đoàn viên", a union member).
_COUNTED_VISITORS_RE = re.compile(
    r"(?<!\w)(?:\d+|nhiều|hàng chục|hàng trăm)\s+(?:lượt\s+)?đoàn(?!\w)(?!\s+viên)[^.;:,!?\n]{0,60}$", re.IGNORECASE
)
_COUNT_LOOK_BACK = 80

# The meeting's name ends at a clause mark, or at a word that starts the rest of the sentence.
_NAME_STOP_RE = scanner(
    re.compile(
        r"[.;:!?…()\[\]\n]"
        r"|,(?!\s*(?:nhiệm kỳ|khóa|khoá|lần thứ|kỳ họp|giai đoạn)(?!\w))"
        r"|\s(?:tại|ở|do|với|có|diễn ra|nhằm|để|vào|được|đã|đang|sẽ|vừa|cho|theo|thu hút|bế mạc|khai mạc|cũng|là|"
        r"tới|đến|bầu|thống nhất|thông qua|dưới|gồm|kết thúc|đánh giá|xác định|tiến hành|của|trong|từ|sáng|chiều|"
        r"tối|trưa|ngày|nêu|đề ra|ghi nhận|tập trung|chính thức|long trọng|trọng thể|thành công|lần này|này|"
        r"dự kiến|sắp)(?!\w)"
    )
)
_NAME_REACH = 200

# The kind word after a typed meeting word (meeting_kinds.txt): "hội nghị tổng kết".
_KIND_WORD_RE = scanner(re.compile(alternation("|".join(sorted(words("meeting_kinds"), key=len, reverse=True)))))
_KIND_WORD_REACH = 40
# Term labels (as the term extractor writes them): a term of office, or the time under review.
_OFFICE_LABELS = frozenset(words("term_labels", "office"))
_PERIOD_LABELS = frozenset({*words("term_labels", "period"), None})

# Organising verbs before the meeting word; "tổ chức" is also the noun "organization".
_ORGANISE_RE = re.compile(tagged("meeting_verbs", "organise"))
_ORGANISE_REACH = 160
# Right before a word that opens its comma part (or its sentence): "Trong đó, có ...".
_PART_OPENING_RE = re.compile(r",\s*$")
# "... do <body> (phối hợp) tổ chức": the passive agent of a meeting named before it.
_DO_RE = re.compile(r"\s+do\s+")
_DONE_BY_RE = re.compile(rf"\s+(?:(?:đã|cùng|phối hợp(?: với)?)\s+)*{_ORGANISE_RE.pattern}(?!\w)")
# Between bodies listed as organisers: a comma, "và", "cùng (với)", "phối hợp (với)", a bracket after the first.
_BRACKETED_RE = re.compile(r"(?:\s*\([^()]{1,40}\))?")
_BODY_JOIN_RE = re.compile(r"(?:\s*\([^()]{1,40}\))?\s*(?:,|và|cùng(?: với)?|phối hợp(?: với| cùng)?)\s*")
# Before an organising verb that organises nothing here: the noun "tổ chức" ("các tổ chức"), a time frame
# ("trong thời gian diễn ra Đại hội II ...", "khi tổ chức hội nghị"), or the work of organising named as a noun
# ("thành tích xuất sắc trong tổ chức Ngày hội ... giai đoạn 2003 - 2023", "công tác tổ chức Đại hội").
_NOUN_USE_RE = re.compile(
    r"(?<!\w)(?:các|những|nhiều|mọi|ban|cơ quan|\d+|thời gian|thời điểm|khi|lúc|trong|công tác)\s+$", re.IGNORECASE
)
# Between the verb and the word: nothing but manner words, or a list ("nhiều chương trình, như ...").
# (an event's quoted title opens with its word: "tổ chức “Giao lưu văn hóa Việt - Lào”")
_DIRECT_GAP_RE = re.compile(rf"(?:\s+{tagged('meeting_verbs', 'manner')})*\s+[“\"]?", re.IGNORECASE)
_LIST_GAP_RE = scanner(re.compile(tagged("meeting_verbs", "list") + "|:"))
_LIST_GAP_REACH = 120
# After the name: "đã diễn ra", "khai mạc", "được tổ chức"; "do <organiser> tổ chức".
_ORGANISED_AFTER_RE = re.compile(tagged("meeting_verbs", "held"))
_ORGANISED_AFTER_REACH = 160
# What the meeting itself did ("Hội nghị đã thông qua Tờ trình ..."): it is the meeting of a body's committee.
_DECIDED = frozenset(words("meeting_verbs", "decided"))
_BY_RE = re.compile(r"\s*(?:do|của)\s", re.IGNORECASE)
_BY_AFTER_COMMA_RE = re.compile(r"\s*,\s*do\s")
# A sentence opening on the guests of the event told before, named by "chương trình" or "sự kiện" ("Dự chương trình
# có đồng chí X, ...", baonghean.vn, baosonla.vn; "Tham dự sự kiện có bà Y, ...", vietnamplus.vn; "Tham dự chương
# trình có Trung tá Z", qdnd.vn) or by nothing ("Tham dự có Phó Chủ tịch ... Trần Đắc Lợi, ...", vietnamplus.vn;
# "Đến tham dự có Nghị viên Steve Le", thoibao.com; "Cùng dự có các đồng chí: ...", haiphong.gov.vn): they take part.
_EVENT_GUESTS_RE = re.compile(
    r"(?:[Tt]ới dự|[Đđ]ến (?:tham )?dự|[Tt]ham dự|[Cc]ùng (?:tham )?dự|[Dd]ự)\s+(?:(?:chương trình|sự kiện)\s+)?"
    r"(?:có|gồm)(?!\w)\s*:?"
)
# A delegation's head named after its sender: "Đoàn ... của X do Y làm Trưởng đoàn đã ...", "... dẫn đầu đã có buổi
# làm việc với ...".
_LED_BY_RE = re.compile(
    r"\s+do\s+[^;]{1,200}?\s+(?:làm\s+[Tt]rưởng\s+[Đđ]oàn|dẫn đầu)[\s,]*(?:(?:đã|vừa|đến|sang|tới|cũng|có)\s+)*$"
)

_ATTEND_BEFORE_RE = re.compile(
    r"(?<!\w)(?:(?:đến|tới|về|cùng|đã|cũng|trực tiếp)\s+)?"
    rf"(?P<verb>{tagged('meeting_verbs', 'attend')})"
    r"(?:\s+(?:tại|ở|trong))?\s+$",
    re.IGNORECASE,
)
_ATTEND_REACH = 60
# The word an attendance verb ends with, and the prepositions after one: _ATTEND_BEFORE_RE matches only where the
# word right before the meeting word is one of them (checked first, a look-up instead of a search at every position).
_ATTEND_LAST_WORDS = frozenset(
    {*(verb.split()[-1].lower() for verb in words("meeting_verbs", "attend")), "tại", "ở", "trong"}
)
# How far back from an attendance verb its subject is read ("đoàn đại biểu tỉnh A và tỉnh B đã chứng kiến").
_SUBJECT_REACH = 160
_OPENING_VERBS = frozenset({"khai mạc", "bế mạc"})
_ATTEND_AFTER_RE = re.compile(
    rf"\s*,?\s*(?:có sự|với sự)\s+{tagged('meeting_verbs', 'with')}",
    re.IGNORECASE,
)
# Later in the sentence of a meeting held: "... diễn ra tại X, với sự tham dự của ...".
_PRESENT_LATER_RE = re.compile(rf"(?<!\w)(?:có sự|với sự)\s+{tagged('meeting_verbs', 'with')}", re.IGNORECASE)
# "Dự hội nghị có <list>": everyone listed attended.
_LIST_AFTER_RE = re.compile(r"\s*:?\s*(?:có|gồm|còn có)(?!\w)", re.IGNORECASE)
_AT_BEFORE_RE = re.compile(tagged("meeting_verbs", "frame") + r"\s+$", re.IGNORECASE)
_AT_BEFORE_REACH = 20
# After a framing meeting's name: its date, then the comma before the main clause.
_FRAME_END_REACH = 40
_PARTY_JOIN_RE = re.compile(r"[\s,]*(?:và|cùng)?\s*")
# What a speaker does (lower case: "Ban Chỉ đạo" in a position is not a verb).
# "Nhận lời mời của X, Đoàn ... đã sang thăm": X invited the visitors, and hosts the visit (X runs to the comma).
_INVITED_RE = re.compile(tagged("meeting_verbs", "invited"))
_INVITER_REACH = 160

_SPEECH_RE = scanner(re.compile(tagged("meeting_verbs", "speech", lower=True)))
# A sentence opening on another event of the same day ("★ Cùng ngày, tại Canberra, ..."); marks before it skipped.
_ANOTHER_RE = re.compile(r"[\W_]*" + tagged("meeting_verbs", "another"))
_QUOTED_RE = re.compile(r"“[^”]*”|\"[^\"]*\"")

# A meeting only planned, or looked forward to ("chào mừng Đại hội"): its mood (realis.tsv).
_NOT_HELD = MOODS_NOT_DONE | {"ahead"}
_PLAN_AFTER = frozenset({"future", "planned"})
# Between the name and its verb: a comma, or a bracket ("Đại hội ... (nhiệm kỳ 2018-2023) sẽ diễn ra").
_PLAN_AFTER_RE = re.compile(r"\s*(?:\([^()]{0,80}\)\s*)?,?\s*")
_PLAN_REACH = 100
# The meeting's own predicate right after its name ("... được tổ chức định kỳ hàng năm"), and how far it is read.
_HELD_AFTER_RE = re.compile(r"\s*(?:\([^()]{0,80}\)\s*)?(?:(?:được|đã|là)\s+)?(?:tổ chức|diễn ra|tiến hành|họp)(?!\w)")
_RECURRING_REACH = 60

# The parts before a verb that are not its subject: time, place, circumstance.
_COMMA_RE = re.compile(",")
_AT_RE = re.compile(alternation("tại") + r"\s+")
_VENUE_STOP_RE = re.compile(
    r"[,;.:!?()\n]|\s(?:với|do|nhằm|có|để|và|vào|sáng|chiều|tối|ngày|từ|trong|dưới|đã|được|diễn ra|tổ chức|"
    r"khai mạc)(?!\w)"
)
_VENUE_REACH = 120
_PLACE_PREFIX_RE = re.compile(
    r"(?:(?:tỉnh|thành phố|TP\.?|Tp\.?|huyện|quận|thị xã|xã|phường|thị trấn|thủ đô|Thủ đô|nước)\s+)?"
)


@attrs.define
class _Occurrence:
    """One meeting word in a body sentence, with what its sentence says about it."""

    start: int
    end: int
    kind: str
    sentence: Sentence
    clause: tuple[int, int]
    name_end: int
    type: str | None = None
    terms: list[AnyEntity] = attrs.Factory(list)
    period: AnyEntity | None = None
    organised: bool = False
    organisers: list[AnyEntity] = attrs.Factory(list)
    attended: bool = False
    participants: list[AnyEntity] = attrs.Factory(list)
    named: bool = False
    #: "khai mạc hội nghị": it was held, whoever held it.
    opened: bool = False
    #: "sẽ tổ chức hội nghị": only planned.
    planned: bool = False
    #: A reception of the delegation told before ("Đón tiếp đoàn có ..."): the visit's other side.
    back: bool = False
    #: Where the guest is a delegation named again with its sender or head ("Đón tiếp và làm việc với đoàn đại biểu
    #: huyện X ... có ..."): the reception of the visit told before naming the same parties.
    back_visit: tuple[int, int] | None = None
    #: What names a programme after its word ("văn nghệ chào xuân" in "giao lưu văn nghệ chào xuân").
    title: str | None = None
    #: The body named in the meeting's name ("Đại hội đại biểu Liên hiệp ... lần thứ III"): it holds the meeting.
    holder: AnyEntity | None = None
    #: The kinds of the other words told with it for the same event ("thăm, làm việc": ``làm việc``).
    also: set[str] = attrs.Factory(set)
    #: "Hội nghị đã thông qua ...": the meeting acted itself.
    decided: bool = False
    #: Named as the setting of its sentence: "Tại buổi tiếp, ...", "Phát biểu tại buổi làm việc, ...".
    framed: bool = False
    #: Named only by who attended it: "Dự hội nghị có ...", "Tham dự buổi lễ có ...".
    listing: bool = False
    #: Who paid the encounter (its subject): the organisers of "X hội kiến Y", the callers of "X chào xã giao Y".
    doers: list[AnyEntity] = attrs.Factory(list)

    def absorb(self, other: _Occurrence) -> None:
        """Add what ``other``, a second word for the same event ("thăm, làm việc"), says of who took part."""
        self.also.add(other.kind)
        self.participants += [p for p in other.participants if p not in self.participants]
        self.organisers = self.organisers or other.organisers
        self.organised = self.organised or other.organised
        self.attended = self.attended or other.attended
        self.end = other.end

    @property
    def reported(self) -> bool:
        """Whether this sentence says the meeting took place."""
        return self.organised or self.attended or self.named


@attrs.define
class _Meeting:
    """One meeting of the article: what its occurrences say, merged."""

    kind: str
    type: str | None
    terms: list[AnyEntity]
    period: AnyEntity | None
    reported: bool = False
    organisers: list[AnyEntity] = attrs.Factory(list)
    date: AnyEntity | None = None
    venue: str | None = None
    places: list[AnyEntity] = attrs.Factory(list)
    participants: list[AnyEntity] = attrs.Factory(list)
    spans: list[tuple[int, int]] = attrs.Factory(list)
    timed: bool = False
    #: First told as planned: its later bare mentions ("Dự hội nghị có ...") speak of the plan.
    planned: bool = False
    title: str | None = None
    holder: AnyEntity | None = None
    #: The kinds of the other words it was first told with ("thăm, làm việc"): a later bare one is this meeting.
    also: set[str] = attrs.Factory(set)
    #: Named as an item of a list of what was done ("như hội nghị ...; giao lưu văn nghệ chào xuân").
    listed: bool = False
    #: Ids of :attr:`participants`: a meeting told many times adds each once, in constant time.
    seen: set[str] = attrs.Factory(set)
    #: The sentences telling what the meeting itself passed or elected.
    decided: list[tuple[int, int]] = attrs.Factory(list)

    def take_part(self, entities: list[AnyEntity]) -> None:
        """Add ``entities`` to the participants, those already there left out."""
        for entity in entities:
            if entity.id not in self.seen:
                self.seen.add(entity.id)
                self.participants.append(entity)

    def fact(self) -> Fact:
        """The meeting as a :class:`~dnnd.Fact`."""
        draft = FactDraft(KIND, CODE).add("type", value=self.type or self.kind)
        draft.add_all("organiser", self.organisers)
        draft.add("date", self.date)
        draft.add("venue", value=self.venue)
        draft.add_all("place", self.places)
        draft.add("period", self.period)
        draft.add_all("term", self.terms)
        hosts = {e.id for e in self.organisers}  # who holds it does not also take part in it
        # (nor does the place of a host's name: "UBND huyện Mèo Vạc" invited, "làm việc với huyện Mèo Vạc")
        named = [f" {e.name} " for e in self.organisers]
        draft.add_all(
            "participant",
            [
                e
                for e in self.participants
                if e.id not in hosts and not (e.kind == Place.kind and any(f" {e.name} " in name for name in named))
            ],
        )
        for start, end in dict.fromkeys(self.spans):  # a sentence may name the meeting twice
            draft.cite(start, end)
        return draft.build()


def _kind(noun: str) -> str:
    """The kind of meeting a meeting word names ("Buổi hội đàm" -> "hội đàm")."""
    key = " ".join(noun.lower().split())
    return _NOUNS.get(key) or _NOUNS[_CLASSIFIER_RE.sub("", key, count=1)]


class _Reader:
    """One article's meeting words, read sentence by sentence."""

    def __init__(self, reading: Reading) -> None:
        self.reading = reading
        self.text = reading.text
        self.published_year = reading.article.published.year if reading.article.published else None
        # Characters inside an organization's or a document's name: no meeting word, no verb there.
        self.named = bytearray(len(self.text))
        for m in reading.mentions:
            if m.kind in (Organization.kind, "document"):
                self.named[m.start : m.end] = b"\x01" * (m.end - m.start)

    # -- where things are

    def in_name(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` touches an organization's or a document's name."""
        return self.named.find(1, start, end) != -1

    # -- the meeting's name

    def name_end(self, start: int, limit: int) -> int:
        """Where the meeting's name that starts at ``start`` ends (quoted titles are skipped whole).

        A body's name in it is read whole, whatever word it holds: "Đại hội Tổng hội người Việt Nam tại
        Lào lần thứ III" does not end at "tại".
        """
        end = name_end(self.text, start, limit, _NAME_STOP_RE)
        for body in self.reading.mentions_in(start, limit, Organization.kind):
            if body.start >= end:
                break
            if body.end > end and body.start <= end:
                end = name_end(self.text, body.end, limit, _NAME_STOP_RE)
        return end

    def read_name(self, occ: _Occurrence) -> None:
        """Kind word, terms of office and period from the meeting's name."""
        if occ.kind in _TYPED:
            kind = _KIND_WORD_RE.search(self.text, occ.end, min(occ.name_end, occ.end + _KIND_WORD_REACH))
            occ.type = kind.group().lower() if kind else None
        else:
            occ.type = occ.kind
        if occ.kind in _PROGRAMS and occ.name_end > occ.end:
            # "Chương trình Giao lưu hữu nghị quốc tế Xuân 2023": a programme named is not a later mention
            occ.title = " ".join(self.text[occ.end : occ.name_end].lower().split()) or None
        for m in self.reading.mentions_in(occ.start, occ.name_end, Term.kind):
            entity = self.reading.entity(m)
            label = m.attrs.get("label")
            if entity is None:
                continue
            if label in _OFFICE_LABELS:
                occ.terms.append(entity)
            elif label in _PERIOD_LABELS and occ.period is None:
                occ.period = entity
                occ.named = self._past_year(entity)
        occ.terms = distinct(occ.terms)
        named = outermost(self.reading.mentions_in(occ.end, occ.name_end, Organization.kind))
        if named and occ.kind not in _OPENINGS and _HOLDER_GAP_RE.fullmatch(self.text, occ.end, named[0].start):
            occ.holder = self.reading.entity(named[0])
        elif (of := _OF_AFTER_RE.match(self.text, occ.name_end)) is not None:
            # "Hội nghị tổng kết công tác năm 2024 của Liên hiệp ...": the body whose meeting it is
            body = outermost(self.reading.mentions_in(of.end(), min(occ.clause[1], of.end() + 200), Organization.kind))
            if body and body[0].start == of.end():
                occ.holder = self.reading.entity(body[0])

    def _past_year(self, term: AnyEntity) -> bool:
        year = term.start_year if isinstance(term, Term) else None
        return year is not None and (self.published_year is None or year <= self.published_year)

    # -- what the sentence says

    def planned(self, occ: _Occurrence) -> bool:
        """Whether the clause only plans the meeting ("sẽ tổ chức", "dự kiến")."""
        if self.reading.mood(occ.clause[0], occ.start, _PLAN_REACH) in _NOT_HELD:
            return True
        after = mood_pattern().match(self.text, _PLAN_AFTER_RE.match(self.text, occ.name_end).end())  # type: ignore[union-attr]
        if after is not None and mood_of().get(after.group().lower()) in _PLAN_AFTER:
            return True
        return self.recurring(occ)

    def recurring(self, occ: _Occurrence) -> bool:
        """Whether the meeting's own predicate says it recurs: "hội nghị thường niên được tổ chức định kỳ vào
        tháng 6 hàng năm" (every year, no one occurrence); the predicate runs to the clause's next comma.

        A programme's name may say it too: "Tết Bunpimay hằng năm được tổ chức tại ...".
        """
        held = _HELD_AFTER_RE.match(self.text, occ.name_end, occ.clause[1])
        if held is None:
            return False
        stop = self.text.find(",", held.end(), occ.clause[1])
        end = min(occ.clause[1] if stop == -1 else stop, held.end() + _RECURRING_REACH)
        start = occ.end if occ.kind in _PROGRAMS else held.end()
        moods = mood_of()
        return any(
            moods.get(" ".join(m.group().lower().split())) == "habitual"
            for m in mood_pattern().finditer(self.text, start, end)
        )

    def read_attendance(self, occ: _Occurrence) -> None:
        """Attendance and speeches: ``Dự hội nghị có …``, ``Phát biểu tại đại hội, …``."""
        text, (lo, _) = self.text, occ.clause
        sentence = occ.sentence
        before = (
            _ATTEND_BEFORE_RE.search(text, max(lo, occ.start - _ATTEND_REACH), occ.start)
            if self.reading.words.word_before(occ.start).lower() in _ATTEND_LAST_WORDS
            else None
        )
        if before is not None:
            occ.attended = occ.framed = occ.listing = True
            occ.opened = " ".join(before.group("verb").lower().split()) in _OPENING_VERBS
            listing = _LIST_AFTER_RE.match(text, occ.name_end) is not None
            occ.participants = self.participants(sentence.start, self._encounter_after(occ), cut=not listing)
            # "đoàn đại biểu tỉnh A và tỉnh B đã chứng kiến Lễ ...": the bodies and places of the subject took part
            verb = before.start("verb")
            # (not when a person comes first: their posts name bodies that are not guests)
            near = max(lo, verb - _SUBJECT_REACH)
            if verb > near and not self.reading.mentions_in(near, verb, Person.kind):
                subject = outermost(self.reading.subject_mentions(near, verb, Organization.kind, Place.kind))
                occ.participants = distinct([*occ.participants, *self.reading.entities_of(subject)])
            return
        attended = _ATTEND_AFTER_RE.match(text, occ.name_end)  # "Hội nghị có sự tham dự của ..."
        if attended:
            occ.attended = True
            occ.participants = self.participants(attended.start(), sentence.end, cut=False)
            return
        if _AT_BEFORE_RE.search(text, max(lo, occ.start - _AT_BEFORE_REACH), occ.start):
            occ.framed = True
            found = self.participants(occ.name_end, sentence.end, cut=True, need_verb=True) or self.framed(occ)
            if found:
                occ.attended = True
                occ.participants = found

    def _encounter_after(self, occ: _Occurrence) -> int:
        """Where the parties of an encounter told later in the sentence begin, else the sentence's end: "nhân dịp
        tham dự Hội nghị X, A đã có cuộc gặp với B" (B met A there, and is no guest of the conference)."""
        end = occ.sentence.end
        for match in _NOUN_RE.finditer(self.text, occ.name_end, end):
            if _kind(match.group()) in _ENCOUNTERS and not self.in_name(match.start(), match.end()):
                return match.end()
        return end

    def present_later(self, occ: _Occurrence) -> list[AnyEntity]:
        """``Lễ ký kết diễn ra tại X, với sự tham dự của A và B``: the people present at a meeting held."""
        found = _PRESENT_LATER_RE.search(self.text, occ.name_end, occ.sentence.end)
        return self.participants(found.end(), occ.sentence.end, cut=False) if found else []

    def framed(self, occ: _Occurrence) -> list[AnyEntity]:
        """``Tại <meeting> [date], <parties> <verb> …``: the parties opening the main clause, if it took place."""
        text, (_, hi) = self.text, occ.clause
        if not text[occ.end : occ.name_end].strip():
            return []  # a bare "Tại hội nghị, ..." goes back to a meeting already told
        comma = text.find(",", occ.name_end, min(hi, occ.name_end + _FRAME_END_REACH))
        if comma == -1:
            return []
        names = outermost(self.reading.mentions_in(comma + 1, hi, Organization.kind, Person.kind))
        pos, run = comma + 1, []
        for m in names:
            if not _PARTY_JOIN_RE.fullmatch(text, pos, m.start):
                break
            run.append(m)
            pos = m.end
        if not run or self.reading.mood(comma + 1, run[0].start, _PLAN_REACH) in _NOT_HELD:
            return []
        after = mood_pattern().match(text, _PLAN_AFTER_RE.match(text, pos).end())  # type: ignore[union-attr]
        if after is not None and mood_of().get(" ".join(after.group().lower().split())) in _NOT_HELD:
            return []
        return self.reading.entities_of(run)

    def participants(self, start: int, end: int, *, cut: bool, need_verb: bool = False) -> list[AnyEntity]:
        """People in ``[start, end)``; with ``cut``, only those before what the speaker did."""
        persons = self.reading.mentions_in(start, end, Person.kind)
        if not persons:
            return []
        quoted = [(m.start(), m.end()) for m in _QUOTED_RE.finditer(self.text, start, end)]
        persons = [p for p in persons if not any(a <= p.start < b for a, b in quoted)]
        if persons and (cut or need_verb):
            verb = next(
                (
                    v
                    for v in _SPEECH_RE.finditer(self.text, persons[0].end, end)
                    if not self.in_name(v.start(), v.end())
                ),
                None,
            )
            if verb is None and need_verb:
                return []
            if verb is not None:
                persons = [p for p in persons if p.start < verb.start()]
        return self.reading.entities_of(persons)

    def read_organising(self, occ: _Occurrence) -> None:
        """Organising verbs before the meeting word, or after its name."""
        text, (lo, hi) = self.text, occ.clause
        verb = self._organise_before(occ)
        if verb is None and occ.kind in _VERB_NOUNS:
            done = _MET_BEFORE_RE.search(text, max(lo, occ.start - 8), occ.start)
            verb = done.start() if done else self._verb_use(occ)
        if verb is None:
            verb, lo = self._list_organiser(occ)
        if verb is not None:
            occ.organised = True
            occ.organisers = self.subject(lo, verb)
            return
        by = _BY_RE.match(text, occ.name_end)
        if by is None and (by := _BY_AFTER_COMMA_RE.match(text, occ.name_end)) is not None:
            # "Cuộc gặp mặt truyền thống, do Hội X tổ chức, ...": the agent set off by a comma, its verb further on
            hi = occ.sentence.end
        after = _ORGANISED_AFTER_RE.search(text, occ.name_end, min(hi, occ.name_end + _ORGANISED_AFTER_REACH))
        if after is not None and not self.in_name(after.start(), after.end()):
            occ.organised = True
            occ.decided = " ".join(after.group().lower().split()) in _DECIDED
            if by is not None:
                occ.organisers = self.reading.entities_of(self._orgs(by.end(), after.start()))
            else:
                # "Hội thảo khai mạc hôm nay ... do <bodies> cùng tổ chức": the bodies named later hold it
                occ.organisers = self.organised_by_later(occ)
            return
        if by is not None and by.group().split()[-1].lower() == "do":
            verbs = _ORGANISE_RE.finditer(text, by.end(), min(hi, by.end() + _ORGANISED_AFTER_REACH))
            done = next((v for v in verbs if not self.in_name(v.start(), v.end())), None)
            if done is not None:
                occ.organised = True
                occ.organisers = self.reading.entities_of(self._orgs(by.end(), done.start()))
            return
        occ.organisers = self.organised_by_later(occ)
        occ.organised = bool(occ.organisers)

    def organised_by_later(self, occ: _Occurrence) -> list[AnyEntity]:
        """``Hội nghị <a long name> do <body> tổ chức``: the body after the clause's ``do``, the verb right after.

        Bodies listed there hold it together: "Hội thảo khai mạc hôm nay ... do Học viện X, Quỹ Y, Hội Z cùng tổ
        chức", "do Trường X phối hợp với Đại học Y (Thái Lan) tổ chức".
        """
        text, hi = self.text, occ.clause[1]
        for by in _DO_RE.finditer(text, occ.name_end, hi):
            orgs = self._orgs(by.end(), hi)
            if orgs and orgs[0].start == by.end():
                run = [orgs[0]]
                for body in orgs[1:]:
                    if not _BODY_JOIN_RE.fullmatch(text, run[-1].end, body.start):
                        break
                    run.append(body)
                done = _DONE_BY_RE.match(text, _BRACKETED_RE.match(text, run[-1].end).end())  # type: ignore[union-attr]
                return self.reading.entities_of(run) if done else []
        return []

    def _organise_before(self, occ: _Occurrence) -> int | None:
        """Start of the organising verb governing the meeting word, if any."""
        text = self.text
        if _OCCASION_BEFORE_RE.search(text, max(0, occ.start - 10), occ.start):
            return None  # "có buổi chiêu đãi Đoàn Ngoại giao gồm ... nhân dịp Tết Bính Ngọ": the occasion, not held
        lo = max(occ.clause[0], occ.start - _ORGANISE_REACH)
        found = None
        for m in _ORGANISE_RE.finditer(text, lo, occ.start):
            if self._not_organising(m, occ.sentence):
                continue
            gap = text[m.end() : occ.start]
            direct = _DIRECT_GAP_RE.fullmatch(gap) is not None
            listed = len(gap) <= _LIST_GAP_REACH and _LIST_GAP_RE.search(gap) is not None
            if direct or listed:
                found = m.start()
        return found

    def event_guests(self, listed: re.Match[str], meetings: list[_Meeting]) -> None:
        """``Dự chương trình có <guests>`` opening its sentence: the guests take part in the event reported last."""
        sentence = self.reading.sentence_containing(listed.start())
        if sentence is None or listed.start() != sentence.start:
            return
        told = [m for m in meetings if m.reported and m.spans and m.spans[0][0] < sentence.start]
        # the people listed, as at an attendance ("Dự hội nghị có ..."): the bodies are in their posts or are
        # represented ("đại diện Bộ Ngoại giao"); a list of bodies alone names its bodies
        people = self.participants(listed.end(), sentence.end, cut=False)
        bodies = outermost(self.reading.mentions_in(listed.end(), sentence.end, Organization.kind))
        guests = people or self.reading.entities_of(self.not_in_posts(bodies))
        if not told or not guests:
            return
        told[-1].take_part(guests)
        told[-1].spans.append((sentence.start, sentence.end))

    def _a_job(self, start: int, end: int) -> bool:
        """Whether ``làm việc`` at ``[start, end)`` is listed with living or studying: a job, not a session."""
        text = self.text
        return bool(_LIVING_BEFORE_RE.search(text, max(0, start - 16), start) or _LIVING_AFTER_RE.match(text, end))

    def _with_cooperation(self, start: int, end: int) -> bool:
        """Whether ``giao lưu`` at ``[start, end)`` is paired with ``hợp tác``: exchange in general, no event."""
        text = self.text
        return bool(
            _COOPERATION_BEFORE_RE.search(text, max(0, start - 12), start) or _COOPERATION_AFTER_RE.match(text, end)
        )

    def _not_organising(self, verb: re.Match[str], sentence: Sentence) -> bool:
        """Whether an organising ``verb`` found before a meeting word organises nothing.

        It may lie in a name, be a noun ("công tác tổ chức"), or be the existential ``có`` opening its comma part
        ("Trong đó, có 3 hoạt động chính là giao lưu văn hóa, gặp gỡ doanh nghiệp": what an event told before
        holds, "there are", not "<subject> có buổi làm việc").
        """
        text, start = self.text, verb.start()
        if self.in_name(start, verb.end()) or _NOUN_USE_RE.search(text, max(0, start - 12), start):
            return True
        if verb.group().lower() != "có":
            return False
        return (
            start == sentence.start or _PART_OPENING_RE.search(text, max(sentence.start, start - 4), start) is not None
        )

    def _verb_use(self, occ: _Occurrence) -> int | None:
        """``<name> hội kiến <name>``, ``<name> giao lưu với ...``: a meeting word used as the verb of a name."""
        text = self.text
        # "Đoàn ... của X do Y làm Trưởng đoàn đã đến chào xã giao ...": the delegation's head named before the verb
        led = _LED_BY_RE.search(text, occ.clause[0], occ.start)
        # (a delegation led there works at a place: "đoàn cán bộ của TP X do ông Y dẫn đầu làm việc tại Hải Dương";
        # not "anh X làm việc tại công ty Y", a job)
        at = (occ.kind in _VISITS_AT or (occ.kind in _VISITS and led is not None)) and _AT_OBJECT_RE.match(
            text, occ.end
        )
        if not (_VERB_OBJECT_RE.match(text, occ.end) or _VERB_CHAIN_RE.match(text, occ.end) or at):
            return None
        end = led.start() if led is not None else occ.start
        before = self.reading.mentions_in(occ.clause[0], end, Organization.kind, Person.kind, Place.kind)
        if before and _VERB_GAP_RE.fullmatch(text, before[-1].end, end):
            if led is not None and not occ.participants:
                # the delegation's head takes part: "Đoàn ... do đồng chí X, <posts> làm Trưởng đoàn sang thăm"
                heads = self.reading.mentions_in(led.start(), led.end(), Person.kind)
                occ.participants = self.reading.entities_of(heads[:1])
            return end  # the subject ends before its head's "do ... làm Trưởng đoàn"
        return None

    def delegation_head(self, occ: _Occurrence) -> list[AnyEntity]:
        """``Đoàn ... do đồng chí X, <posts> làm Trưởng đoàn đã sang thăm``: the head of the visiting delegation."""
        led = _LED_BY_RE.search(self.text, occ.clause[0], occ.start)
        if led is None:
            return []
        return self.reading.entities_of(self.reading.mentions_in(led.start(), led.end(), Person.kind)[:1])

    def _list_organiser(self, occ: _Occurrence) -> tuple[int | None, int]:
        """``tổ chức thành công nhiều chương trình, như A; B; C``: the verb whose list runs on past semicolons."""
        text, sentence = self.text, occ.sentence
        found = None
        for m in _ORGANISE_RE.finditer(text, sentence.start, occ.clause[0]):
            if self._not_organising(m, sentence):
                continue
            if _LIST_GAP_RE.search(text, m.end(), min(occ.clause[0], m.end() + _LIST_GAP_REACH)):
                found = m.start()
        return found, self._clause(sentence, found)[0] if found is not None else occ.clause[0]

    def _orgs(self, start: int, end: int) -> list[Mention]:
        return outermost(self.reading.mentions_in(start, end, Organization.kind))

    def subject(self, start: int, end: int) -> list[AnyEntity]:
        """Organizations of the subject before a verb at ``end``: the comma parts just before it."""
        # "Đoàn công tác của X do Y, <office> làm Trưởng đoàn đã đến thăm": the subject is X's delegation
        led = _LED_BY_RE.search(self.text, start, end)
        if led is not None:
            end = led.start()
        # "X phối hợp với Y cùng các bộ, ngành, địa phương tổ chức": the unnamed group joining them is no part
        companions = _COMPANIONS_RE.search(self.text, start, end)
        if companions is not None:
            end = companions.start()
        cuts = [m.start() for m in _COMMA_RE.finditer(self.text, start, end) if not self.in_name(m.start(), m.end())]
        found: list[Mention] = []
        for part_start, part_end in subject_parts(self.text, start, end, cuts):
            if not found and not self.text[part_start:part_end].strip():
                continue  # "Đoàn công tác của Ủy ban X (PCPNN), đã có buổi làm việc": a comma before the verb
            orgs = self._orgs(part_start, part_end)
            if not orgs:
                if not found and self._address(part_start, part_end):
                    continue  # "UBND xã A, huyện B, tỉnh C tổ chức": the address of the body in the part before
                break
            found = orgs + found
        if not found:
            found = self._delegation_place(start, end) or self._led_units(start, end)
        if not found:
            # "Hội đã tổ chức Đại hội": a bare head for the article's body of that head
            body = self.reading.bare_head(start, end)
            if body is not None:
                return [body]
            # "Đại tướng X, Tổng Cục trưởng ... đã tổ chức Lễ trao": a person, only her post before the verb
            # ("Tổng Bí thư X đã đến thủ đô Bắc Kinh, bắt đầu chuyến thăm ...": or her arrival there)
            people = self.reading.mentions_in(start, end, Person.kind)
            if people and (
                _HOST_BEFORE_VERB_RE.fullmatch(self.text, people[-1].end, end)
                or _ARRIVAL_GAP_RE.fullmatch(self.text, people[-1].end, end)
            ):
                return self.reading.entities_of(people[-1:])
        # "đồng chí X - Phó Bí thư Tỉnh ủy - Chủ tịch UBND tỉnh có buổi tiếp": a person heading the subject holds
        # it, the bodies after the name are their posts
        # ("bà X, Chủ tịch Hội Y đã gặp gỡ": the person may stand in the comma part before her post)
        lead = self.reading.mentions_in(start, found[0].start, Person.kind) if found else []
        if lead and _POSTS_ONLY_RE.fullmatch(self.text, lead[-1].end, found[0].start):
            return self.reading.entities_of(lead[-1:])
        # "Chủ tịch UBND tỉnh Nguyễn Văn An đã hội đàm": the body is in the post written before the name
        # ("Thứ trưởng Bộ Ngoại giao Lê Hoài Trung, Tổng thư ký Ủy ban X đã tiến hành hội nghị": and in the posts
        # after it)
        named = self.reading.mentions_in(found[0].end, end, Person.kind) if found else []
        if named and not self.text[found[0].end : named[0].start].strip():
            return self.reading.entities_of(named[:1])
        named = self.reading.mentions_in(found[-1].end, end, Person.kind) if found else []
        if named and not self.text[found[-1].end : named[0].start].strip():
            return self.reading.entities_of(named[:1])
        return self.reading.entities_of(found)

    def _address(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` is one place and nothing else but its level word: a comma part of an address."""
        places = outermost(self.reading.mentions_in(start, end, Place.kind))
        if len(places) != 1:
            return False
        return bool(
            _ADDRESS_LEVEL_RE.fullmatch(self.text, start, places[0].start)
            and _ADDRESS_TAIL_RE.fullmatch(self.text, places[0].end, end)
        )

    def _past_address(self, position: int, limit: int) -> int:
        """Where the address after a body ending at ``position`` ends (``, huyện B, tỉnh C``), else ``position``."""
        while (comma := self.text.find(",", position, limit)) != -1 and not self.text[position:comma].strip():
            after = self.text.find(",", comma + 1, limit)
            part_end = after if after != -1 else limit
            places = outermost(self.reading.mentions_in(comma + 1, part_end, Place.kind))
            if not places or not _ADDRESS_LEVEL_RE.fullmatch(self.text, comma + 1, places[0].start):
                break
            position = places[0].end
        return position

    def between(self, occ: _Occurrence) -> list[AnyEntity]:
        """``lễ ký kết giữa A và B``, ``hội đàm giữa A với B``: the parties after "giữa" take part."""
        if occ.kind in _GIFTS:
            given = self.given_to(occ)
            if given:
                return given
        if occ.kind in _WELCOMES:
            # "lễ đón chính thức Tổng Bí thư, Chủ tịch nước X và Phu nhân": the person the posts after it name
            at = _WELCOMED_RE.match(self.text, occ.end)
            if at is not None and post_re().match(self.text, at.end(), occ.clause[1]):
                welcomed = self._named_after_posts(at.end(), occ.clause[1])
                if welcomed:
                    return self.reading.entities_of(welcomed)
        found = _BETWEEN_RE.match(self.text, occ.end)
        if found is None or found.end() > occ.name_end:
            # "buổi làm việc với Hội X", "hội đàm với ông Y": the other side, up to the end of its phrase
            found = _WITH_PARTY_RE.match(self.text, occ.end, occ.clause[1])
            if found is None and occ.kind in _VERB_NOUNS and self._named_object(occ.end, occ.clause[1]):
                # "hội kiến ông Y", "chào xã giao Chủ tịch UBND tỉnh X": the word as a verb, its object the other side
                found = _SPACE_RE.match(self.text, occ.end)
            if found is None:
                return []
            stop = _WITH_PARTY_END_RE.search(self.text, found.end(), occ.clause[1])
            end = stop.start() if stop else occ.clause[1]
            # "chào xã giao B và hội đàm với C": the party ends where the next encounter is told
            following = _NOUN_RE.search(self.text, found.end(), end)
            end = following.start() if following is not None else end
            parties = self.reading.mentions_in(found.end(), end, Organization.kind, Person.kind)
            if post_re().match(self.text, found.end(), end):
                # "cuộc gặp với Tổng Bí thư Ban Chấp hành Trung ương Đảng ..., Chủ tịch nước ... Y": the person the
                # posts name, not the bodies in them
                parties = self._named_after_posts(found.end(), occ.clause[1]) or parties
            if not parties:
                # "làm việc với lãnh đạo tỉnh Quảng Nam": the unit's place
                return self.reading.entities_of(self._unit_party(found.end(), end))
            return self.reading.entities_of(self.not_in_posts(outermost(parties)))
        parties = self.reading.mentions_in(found.end(), occ.sentence.end, Organization.kind, Person.kind)
        return self.reading.entities_of(outermost(parties))

    def not_in_posts(self, found: list[Mention]) -> list[Mention]:
        """``found`` without the bodies named in the post written after a person ("ông X - Bí thư Tỉnh ủy, …",
        "do ông Y - Chủ tịch Ủy ban MTTQ tỉnh làm Trưởng đoàn"): the person takes part, not the body."""
        kept: list[Mention] = []
        person: Mention | None = None
        for m in found:
            if m.kind == Person.kind:
                person = m
            elif person is not None and self._post_between(person.end, m.start):
                continue
            kept.append(m)
        return kept

    def _post_between(self, start: int, end: int) -> bool:
        if end - start > 80 or _PARTY_AFTER_POSTS_RE.search(self.text, start, end):
            return False  # "ông X, Chủ tịch UBND tỉnh và Hội Y": the body is a party of its own
        lead = _POST_LEAD_RE.match(self.text, start, end)
        return lead is not None and post_re().match(self.text, lead.end(), end) is not None

    def _named_after_posts(self, start: int, limit: int) -> list[Mention]:
        """The person a list of posts names at its end: "hội kiến Tổng Bí thư, Chủ tịch nước Lào Thongloun
        Sisoulith" (the posts' commas do not end the phrase; a stop word or a semicolon does)."""
        stop = _POSTS_PARTY_END_RE.search(self.text, start, limit)
        people = self.reading.mentions_in(start, stop.start() if stop else limit, Person.kind)
        # (and the next ones each named after posts of their own: "chào xã giao Thủ tướng nước CHDCND Lào X, Chủ tịch
        # Quốc hội nước CHDCND Lào Y")
        named = people[:1]
        for person in people[1:]:
            if not self._posts_only(named[-1].end, person.start):
                break
            named.append(person)
        return named

    def _posts_only(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is a comma and posts, every comma in it followed by a post."""
        text = self.text
        if not text[start:end].lstrip().startswith(","):
            return False
        pos = text.find(",", start, end)
        while pos != -1:
            if not post_re().match(text, _skip_spaces(text, pos + 1), end):
                return False
            pos = text.find(",", pos + 1, end)
        return True

    def given_to(self, occ: _Occurrence) -> list[AnyEntity]:
        """``lễ trao <award> cho Đại tá X, <post> và Đại tá Y``: the people given to (else the bodies) take part."""
        lo, hi = occ.end, occ.clause[1]
        to = _GIVEN_TO_RE.search(self.text, lo, hi)
        if to is None:
            return []
        stop = _GIVEN_TO_END_RE.search(self.text, to.end(), hi)
        end = stop.start() if stop else hi
        people = self.reading.mentions_in(to.end(), end, Person.kind)
        if people:
            return self.reading.entities_of(people)
        bodies = outermost(self.reading.mentions_in(to.end(), end, Organization.kind))
        return self.reading.entities_of(bodies[:1]) if bodies and bodies[0].start == to.end() else []

    def has_party(self, occ: _Occurrence) -> bool:
        """Whether a party of its own follows the meeting word: "làm việc với Hội X", "chào xã giao ông Y"."""
        if _WITH_PARTY_RE.match(self.text, occ.end):
            return True
        return occ.kind in _VERB_NOUNS and self._named_object(occ.end, occ.clause[1])

    def _named_object(self, end: int, limit: int) -> bool:
        """Whether a name, a post or a guest word opens the words after ``end`` ("hội kiến ông Y", not "gặp mặt
        Kỷ niệm 70 năm ...")."""
        guest = _GUEST_RE.match(self.text, end, limit)
        if guest is None:
            return False
        at = guest.start() + len(guest.group()) - len(guest.group().lstrip())
        if guest.group().strip()[:1].islower() or post_re().match(self.text, at, limit):
            return True
        first = self.reading.mentions_in(at, limit, Organization.kind, Person.kind)
        return bool(first) and first[0].start == at

    def _unit_party(self, start: int, end: int) -> list[Mention]:
        """``(lãnh đạo) tỉnh X`` opening ``[start, end)``: the place X, the other side of an encounter."""
        unit = _UNIT_PARTY_RE.match(self.text, start, end)
        if unit is None:
            return []
        place = next(iter(self.reading.mentions_in(unit.end(), end, Place.kind)), None)
        return [place] if place is not None and place.start == unit.end() else []

    def _led_units(self, start: int, end: int) -> list[Mention]:
        """``lãnh đạo hai tỉnh A và B`` right before the verb at ``end``: the places A and B, for their authorities."""
        text = self.text
        lead = _LED_UNITS_RE.search(text, start, end)
        if lead is None:
            return []
        places = {m.start: m for m in outermost(self.reading.mentions_in(lead.end(), end, Place.kind))}
        found: list[Mention] = []
        at = lead.end()
        while (place := places.get(at)) is not None:
            found.append(place)
            join = _UNITS_JOIN_RE.match(text, place.end, end)
            if join is None or join.end() not in places:
                break
            at = join.end()
        if not found:
            return []
        tail = _UNITS_TAIL_RE.match(text, found[-1].end, end)
        tail_end = tail.end() if tail is not None else found[-1].end
        return found if _VERB_GAP_RE.fullmatch(text, tail_end, end) or not text[tail_end:end].strip() else []

    def _delegation_place(self, start: int, end: int) -> list[Mention]:
        """``Đoàn đại biểu huyện X ...``: a delegation named after a place comes from that place's authorities.

        (the first place so named: "Tiếp tục chuyến làm việc tại Liên bang Nga, ngày 23-7, đoàn cán bộ cấp cao
        tỉnh Thanh Hoá ... đã có buổi làm việc": Thanh Hoá's delegation, not Russia's)
        """
        for place in outermost(self.reading.mentions_in(start, end, Place.kind)):
            delegation = _DELEGATION_BEFORE_RE.search(self.text, max(start, place.start - 30), place.start)
            if delegation is not None:
                # "Tổng Bí thư X và Phu nhân cùng Đoàn đại biểu cấp cao Việt Nam": the person it goes with leads it
                people = self.reading.mentions_in(start, delegation.start(), Person.kind)
                if people and _WITH_DELEGATION_RE.fullmatch(self.text, people[-1].end, delegation.start()):
                    return people[-1:]
                return [place]
        return []

    def read_setting(self, meeting: _Meeting, occ: _Occurrence) -> None:
        """Date, venue and place from the clause of a sentence saying the meeting took place."""
        lo, hi = occ.clause
        dates = [
            m
            for m in self.reading.dates_in(lo, hi)
            if not (occ.start <= m.start < occ.name_end) and not self.in_name(m.start, m.end)
        ]
        before = meeting.date, meeting.venue, meeting.places
        meeting.date = self.reading.review_date(dates[0], meeting.period) if dates else None
        if meeting.date is None and _JUST_RE.search(self.text, lo, hi):
            meeting.date = self.reading.published_date()  # "vừa diễn ra": dated by the page that reports it
        meeting.venue, meeting.places = None, []
        self._read_venue(meeting, occ, lo, min(hi, occ.name_end + _VENUE_REACH))
        if meeting.date is None and meeting.venue is None and not meeting.places:
            # a sentence naming who held it, but not when or where ("Cuộc gặp mặt truyền thống, do Hội X tổ chức"),
            # leaves the setting read before
            meeting.date, meeting.venue, meeting.places = before

    def framed_date(self, position: int) -> AnyEntity | None:
        """The day of the paragraph-opening date ``position`` sits under (:meth:`Reading.frame`), if any.

        "Ngày 11/9, Đoàn ... đã tới thăm ... Phát biểu tại lễ trao quà, ...": a meeting told
        without a time of its own took place on the day the report opens with.
        """
        frame = self.reading.frame(position)
        entity = self.reading.entity(frame) if frame is not None else None
        return entity if isinstance(entity, DateRef) and entity.value is not None else None

    def _read_venue(self, meeting: _Meeting, occ: _Occurrence, lo: int, hi: int) -> None:
        text = self.text
        # "do ngài X - Đại biện ... tại Việt Nam làm trưởng đoàn": a place in the head's post is no venue
        # (read to the clause's end: the head's post may run past the venue's reach)
        led = [m.span() for m in _HEAD_RE.finditer(text, lo, max(hi, occ.clause[1]))]
        for at in _AT_RE.finditer(text, lo, hi):
            if (occ.start <= at.start() < occ.name_end) or self.in_name(at.start(), at.end()):
                continue
            if any(a <= at.start() < b for a, b in led):
                continue
            if _NOUN_RE.match(text, at.end()):
                continue  # "tại hội nghị": the meeting itself
            stop = _VENUE_STOP_RE.search(text, at.end(), min(len(text), at.end() + _VENUE_REACH))
            end = stop.start() if stop else min(len(text), at.end() + _VENUE_REACH)
            time = self.reading.time_in(at.end(), end)
            if time is not None:
                # "tại Sa Pa năm 2020": the venue ends at its time, which dates a meeting not dated yet
                end = time.start
                entity = self.reading.entity(time)
                if meeting.period is None and meeting.date is None and isinstance(entity, Term):
                    meeting.period = entity
            phrase = text[at.end() : end].strip()
            if not phrase or _MANY_RE.match(phrase):
                continue  # ("cộng đồng người Việt tại nhiều nước đã tổ chức ...": places at large, no venue)
            if self.reading.bare_province(at.end(), end) and phrase.lower() == "tỉnh":
                home = self.reading.home_province
                meeting.places = [home] if home is not None else []  # "tại tỉnh": the article's province
                return
            end = at.end() + len(phrase)
            found = outermost(self.reading.mentions_in(at.end(), end, Place.kind))
            if self._post_place(found, end):
                continue  # "Đại sứ Việt Nam tại Canada Nguyễn Đức Hòa phát biểu ...": the place of a post
            meeting.places = self.reading.entities_of(found)
            sole = len(found) == 1 and found[0].end == end
            if not (sole and _PLACE_PREFIX_RE.fullmatch(text, at.end(), found[0].start)):
                meeting.venue = phrase
            return

    def _post_place(self, places: list[Mention], end: int) -> bool:
        """Whether a name follows a place of ``places`` right away: "tại Osaka Nguyễn Hồng Hà" ends a post."""
        people = self.reading.mentions_in(places[0].end, end, Person.kind) if places else []
        return any(not self.text[p.end : m.start].strip() for p in places for m in people)

    # -- the whole article

    def occurrences(
        self, nouns: Iterable[re.Match[str]], mets: Iterable[re.Match[str]], receptions: Iterable[re.Match[str]] = ()
    ) -> list[_Occurrence]:
        """The meeting words (``nouns``), ``đã họp`` (``mets``) and receptions of the body that may name an event."""
        out = []
        for match in receptions:
            sentence = self.reading.sentence_containing(match.start())
            received = self._reception(match, sentence) if sentence is not None else None
            if received is not None and not self.planned(received):
                out.append(received)
        # ("đã có buổi tiếp xã giao <guest>": the noun "buổi tiếp" is that reception, read already)
        taken = [(o.start, o.end) for o in out]
        text = self.text
        skipped = -1  # end of the last meeting word that is no event: "các hội nghị, hội thảo" shares it
        last: _Occurrence | None = None  # the last meeting word read
        for match in nouns:
            start, end = match.span()
            sentence = self.reading.sentence_containing(start)
            if sentence is None or self.in_name(start, end) or self._inside_word(start):
                continue
            if taken and any(lo < end and start < hi for lo, hi in taken):
                continue
            kind = _kind(match.group())
            if kind == _MET and _SESSION_AFTER_RE.match(text, end):
                kind = _SITTING  # "Ban Chấp hành đã họp phiên thứ nhất": a sitting of the congress, a part of it
            program = _PROGRAM_BEFORE_RE.search(text, max(0, start - 16), start) if kind in _PROGRAMS else None
            if program is not None:
                start = program.start()  # "chương trình giao lưu": the programme is the event
            if (
                (_NOT_EVENT_BEFORE_RE.search(text, max(0, start - _LOOK_BACK), start) and not self._named_list(match))
                or _NOT_EVENT_AFTER_RE.match(text, end)
                or (kind == _WORK and _WORK_TIME_BEFORE_RE.search(text, max(0, start - 8), start))
                or (kind == _WORK and self._a_job(start, end))
                or (kind == _EXCHANGE and self._with_cooperation(start, end))
                or (kind in _VISITS and _COUNTED_VISITORS_RE.search(text, max(0, start - _COUNT_LOOK_BACK), start))
                or (kind in _QUOTED and not self._quoted_title(start, end))
                or (skipped >= 0 and _LIST_JOIN_RE.fullmatch(text, skipped, start))
            ):
                skipped = end
                continue
            occ = self._occurrence(start, end, kind, sentence)
            occ.planned = self.planned(occ)
            if last is not None and last.sentence == sentence and _LIST_JOIN_RE.fullmatch(text, last.end, start):
                # "chuyến thăm, làm việc", "đến thăm và làm việc với ...": one visit told by two words
                last.absorb(occ)
                continue
            item = _ITEM_BEFORE_RE.search(text, max(sentence.start, start - 6), start)
            if last is not None and last.sentence == sentence and item is not None:
                self._carry_doers(last, occ)
            out.append(occ)
            last = occ
        for match in mets:
            sentence = self.reading.sentence_containing(match.start())
            before = _MET_BEFORE_RE.search(text, max(0, match.start() - 8), match.start())
            if sentence is None or before is None:
                continue
            met = self._met(match, sentence, before.start())
            if met is not None and not self.planned(met):
                out.append(met)
        out.sort(key=lambda o: o.start)
        for occ in out:
            self._hosted(occ)
        return out

    def _hosted(self, occ: _Occurrence) -> None:
        """``<visitors> đã đến thăm, làm việc với <host>``: the host the visitors came to organises, they take part."""
        text = self.text
        came = _CAME_RE.match(text, occ.start) or _CAME_BEFORE_RE.search(text, max(0, occ.start - 8), occ.start)
        # (who invited the visitors hosts them already: "Nhận lời mời của UBND huyện X, Đoàn ... đã sang thăm")
        if occ.kind not in _VISITS | _ENCOUNTERS or came is None or self.inviter(occ.sentence):
            return
        with_ = _HOST_AFTER_RE.match(text, occ.end, occ.clause[1])
        if with_ is None:
            return
        stop = _WITH_PARTY_END_RE.search(text, with_.end(), occ.clause[1])
        end = stop.start() if stop else occ.clause[1]
        named = outermost(self.reading.mentions_in(with_.end(), end, Organization.kind, Person.kind))
        hosts = named[:1] if named and named[0].start == with_.end() else self._unit_party(with_.end(), end)
        if not hosts:
            return
        host = self.reading.entities_of(hosts)
        occ.participants = [e for e in distinct([*occ.organisers, *occ.participants]) if e not in host]
        occ.organisers, occ.organised = host, True

    def _quoted_title(self, start: int, end: int) -> bool:
        """Whether a quoted title follows ``end`` that is not opened by a meeting word of its own ("chương trình
        “Tết Cộng đồng ...”" is the Tết, read from its own word), and the word is not had ("Đài PTTH X có chương
        trình “Chuyện tử tế”": a broadcast's programme)."""
        quote = _QUOTE_AFTER_RE.match(self.text, end)
        return (
            quote is not None
            and _NOUN_RE.match(self.text, quote.end()) is None
            and _HAD_BEFORE_RE.search(self.text, max(0, start - 8), start) is None
        )

    def _carry_doers(self, last: _Occurrence, occ: _Occurrence) -> None:
        """``X đã hội kiến A; chào xã giao B và hội đàm với C``: an encounter listed after another with a party of
        its own and no subject of its own was paid by the same subject (called on, B hosts; else X holds it)."""
        if not last.doers or last.kind not in _ENCOUNTERS or occ.kind not in _ENCOUNTERS or occ.doers:
            return
        # (the item before has its own party: "hội kiến A; chào xã giao B", not "thăm, làm việc")
        if not self.has_party(occ) or not self.reading.mentions_in(last.end, occ.start, Organization.kind, Person.kind):
            return
        if occ.kind in _CALLS:
            occ.participants = distinct([*last.doers, *occ.participants])
        elif not occ.organised:
            occ.organised, occ.organisers = True, last.doers
        occ.doers = last.doers

    def _named_list(self, match: re.Match[str]) -> bool:
        """``các cuộc hội kiến <name>``: a plural encounter word used of named parties, not of encounters at large."""
        start, end = match.span()
        return (
            _PLURAL_BEFORE_RE.search(self.text, max(0, start - 8), start) is not None
            and _kind(match.group()) in _ENCOUNTERS & _VERB_NOUNS
            and self._named_object(end, min(len(self.text), end + _NAME_REACH))
        )

    def _inside_word(self, start: int) -> bool:
        return start > 0 and _WORD_BEFORE_RE.match(self.text, start - 1) is not None

    def _clause(self, sentence: Sentence, position: int) -> tuple[int, int]:
        for lo, hi in clauses(self.text, sentence.start, sentence.end):
            if lo <= position < hi:
                return lo, hi
        return sentence.start, sentence.end

    def _occurrence(self, start: int, end: int, kind: str, sentence: Sentence) -> _Occurrence:
        clause = self._clause(sentence, start)
        if kind in _SIGNED:
            return self._signing(start, end, kind, sentence, clause)
        name_end = self.name_end(end, min(clause[1], end + _NAME_REACH))
        occ = _Occurrence(start, end, kind, sentence, clause, name_end)
        self.read_name(occ)
        self.read_attendance(occ)
        if not occ.participants:
            occ.participants = self.between(occ)
        elif occ.kind in _WELCOMES:
            # "X chủ trì lễ đón chính thức Tổng thống Y": the host presides, the guest is welcomed
            occ.participants = distinct([*occ.participants, *self.between(occ)])
        # ("X đã tổ chức Tọa đàm ... với sự tham gia của ...": guests named after the word, its organiser before it)
        if occ.opened or not occ.attended or not occ.framed:
            self.read_organising(occ)
            occ.organised = occ.organised or occ.opened
        else:
            # "X tham dự Hội nghị ... do Y tổ chức": who attends is a guest, the body after "do" holds it
            occ.organisers = self.organised_by_later(occ)
        if occ.organised and not occ.participants:
            occ.participants = self.present_later(occ)
        if occ.kind in _VISITS and all(e.kind == Place.kind for e in occ.participants):
            # (the head of the delegation, besides a host named by its place: "Đoàn ... do X làm trưởng đoàn, đã làm
            # việc với tỉnh Y")
            occ.participants = distinct([*self.delegation_head(occ), *occ.participants])
        if occ.kind in _VISITS and (inviter := self.inviter(occ.sentence)):
            # who invited hosts the visit; the visiting side the subject names takes part
            # (who invited is not among the visitors: "Nhận lời mời của Thủ tướng X, <posts of the guest> Y đã dẫn
            # đầu Đoàn ...", Y unread, X read again as the subject)
            occ.participants = [e for e in distinct([*occ.organisers, *occ.participants]) if e not in inviter]
            occ.organisers = inviter
        if occ.kind in _CALLS and occ.participants:
            self._called_on(occ)
        elif occ.organised and occ.kind in _VERB_NOUNS:
            occ.doers = occ.organisers
        occ.named = occ.named and self._listed(occ)
        return occ

    def inviter(self, sentence: Sentence) -> list[AnyEntity]:
        """``Nhận lời mời của <X>, …`` / ``theo lời mời của <X>``: the person who invited (named after their
        posts: "của Chủ tịch Quốc hội Trần Thanh Mẫn"), else the first body ("của UBND huyện Mèo Vạc")."""
        invited = _INVITED_RE.search(self.text, sentence.start, sentence.end)
        if invited is None:
            return []
        end = min(sentence.end, invited.end() + _INVITER_REACH)
        # (a comma between the inviter's posts does not end it: "của Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng
        # sản Trung Quốc, Chủ tịch nước Cộng hòa Nhân dân Trung Hoa Tập Cận Bình"; once a person is named, the posts
        # after a comma are the next one's: "Nhận lời mời của Thủ tướng X, Ủy viên Bộ Chính trị, ... Lào Y đã dẫn đầu")
        commas = _COMMA_RE.finditer(self.text, invited.end(), end)
        comma = next(
            (
                c.start()
                for c in commas
                if not self.in_name(c.start(), c.end())
                and (
                    not post_re().match(self.text, _skip_spaces(self.text, c.end()))
                    or self.reading.mentions_in(invited.end(), c.start(), Person.kind)
                )
            ),
            end,
        )
        named = outermost(self.reading.mentions_in(invited.end(), comma, Person.kind, Organization.kind))
        # (two who invited: "theo lời mời của Tổng Bí thư Tô Lâm và Chủ tịch nước Lương Cường")
        people = [m for m in named if m.kind == Person.kind]
        chosen = people or named[:1]
        return self.reading.entities_of(chosen)

    def _signing(self, start: int, end: int, kind: str, sentence: Sentence, clause: tuple[int, int]) -> _Occurrence:
        """``<A>, <posts> và <B>, <posts> đã ký kết <document>``: named people signing; they took part in its signing.

        The people are the whole subject, back to the sentence's start or its opening time or place ("Chiều 28-12,
        tại Hà Nội, ..."; the comma parts of posts in between); a body signing names no ceremony.
        """
        occ = _Occurrence(start, end, kind, sentence, clause, end, type=kind)
        realis = _SIGNED_BEFORE_RE.search(self.text, max(sentence.start, start - 30), start)
        if realis is None:
            return occ
        lo = max(sentence.start, start - _SIGN_REACH)
        people = outermost(self.reading.subject_mentions(lo, realis.start(), Person.kind, Organization.kind))
        # (a body counts only in a signer's post: "Hội LHPN hai nước đã ký kết ..." is bodies signing, no ceremony)
        signers = [m for m in people if m.kind == Person.kind]
        if signers and all(m.kind == Person.kind or self._in_post(m, signers) for m in people):
            occ.organised = True
            occ.participants = self.reading.entities_of([m for m in people if m.kind == Person.kind])
        return occ

    def _in_post(self, body: Mention, people: list[Mention]) -> bool:
        """Whether ``body`` is named in the post written before or after one of ``people`` (within 80 characters)."""
        return any(abs(p.start - body.end) < 80 or abs(body.start - p.end) < 80 for p in people)

    def _called_on(self, occ: _Occurrence) -> None:
        """``<guest> chào xã giao <host>``: the host (the first person called on, else the first body: "chào xã giao
        và làm việc với UBND tỉnh") organises, the callers take part."""
        called = outermost(self.reading.mentions_in(occ.end, occ.clause[1], Person.kind, Organization.kind))
        called = called or self._unit_party(_skip_spaces(self.text, occ.end), occ.clause[1])
        host = self.reading.entity(next((m for m in called if m.kind == Person.kind), called[0])) if called else None
        if host is None:
            return
        callers = self.not_in_posts(
            outermost(self.reading.subject_mentions(occ.clause[0], occ.start, Person.kind, Organization.kind))
        )
        # (several called on, each after posts of their own: "chào xã giao Thủ tướng Lào X, Chủ tịch Quốc hội Lào Y")
        named = self.reading.entities_of([m for m in called if m.kind == Person.kind])
        hosts = distinct([host, *(e for e in occ.participants if e in named)])
        occ.organised, occ.organisers = True, hosts
        occ.doers = self.reading.entities_of(callers)
        occ.participants = distinct([*occ.doers, *occ.participants])

    def _listed(self, occ: _Occurrence) -> bool:
        """Whether the meeting word is an item of a list ("như ...", "gồm ...", items between semicolons)."""
        lo, hi = occ.clause
        if _LIST_GAP_RE.search(self.text, lo, occ.start):
            return True
        return (lo, hi) != (occ.sentence.start, occ.sentence.end)

    def congress_holder(self, meeting: _Meeting) -> list[AnyEntity]:
        """Who holds a congress no sentence says organised: the body whose committee it elects.

        "Đại hội đã bầu ra Ban Chấp hành Hội Hữu nghị Việt – Trung tỉnh Lào Cai ...": the
        congress is the association's.
        """
        body = self.committee_body(meeting.spans, _COMMITTEE_RE)
        if body:
            return body
        # "Ông X tái đắc cử Chủ tịch Liên hiệp ... tỉnh": the congress elects its own body's leaders
        elected = self._elected_bodies
        return elected if len(elected) == 1 else []

    @cached_property
    def _elected_bodies(self) -> list[AnyEntity]:
        """The bodies whose posts someone in the article is elected to (read once per article)."""
        return self.reading.entities_of(
            orgs[0]
            for post in _elected_post_re().finditer(self.text)
            if (orgs := self._orgs(post.end(), post.end() + 120)) and orgs[0].start == post.end()
        )

    def committee_body(self, spans: Iterable[tuple[int, int]], committee_re: re.Pattern[str]) -> list[AnyEntity]:
        """The body named right after the first committee (``committee_re``) in ``spans``, if any."""
        for start, end in spans:
            for committee in committee_re.finditer(self.text, start, end):
                orgs = self._orgs(committee.end(), min(end, committee.end() + 120))
                if orgs and orgs[0].start == committee.end():
                    return self.reading.entities_of(orgs[:1])
        return []

    def _reception(self, match: re.Match[str], sentence: Sentence) -> _Occurrence | None:
        """``<host> tiếp <guest>``: a reception, the host right before the verb, the guests after it."""
        text, start, end = self.text, match.start(), match.end()
        clause = self._clause(sentence, start)
        chain = _RECEPTION_CHAIN_RE.match(text, end)
        end = chain.end() if chain is not None else end
        if self.in_name(start, end) or not _GUEST_RE.match(text, end):
            return None
        if not text[clause[0] : start].strip():
            listed = self._hosts_listed(match, sentence, clause, end)
            return listed
        companions = _COMPANIONS_RE.search(text, clause[0], start)
        host_end = companions.start() if companions is not None else start
        hosts = outermost(self.reading.mentions_in(clause[0], host_end, Organization.kind, Person.kind))
        # (the host's address may follow it: "UBND huyện A, tỉnh B đã tiếp ...")
        if not hosts or not _HOST_GAP_RE.fullmatch(text, self._past_address(hosts[-1].end, host_end), host_end):
            return None
        found = outermost(self.reading.mentions_in(end, clause[1], Organization.kind, Person.kind, Place.kind))
        # the guests: the delegation named right after the verb, and the people; a body or a country named
        # later sits in someone's post ("ông X, Ủy viên Trung ương Đảng ...") and took no part of its own
        first_person = next((m.start for m in found if m.kind == Person.kind), clause[1])
        comma = self.text.find(",", end, clause[1])
        phrase_end = min(first_person, comma if comma != -1 else clause[1])
        # a country written right before the first person is that person's post ("tiếp Đại sứ Lào X"), no guest
        guests = [
            m
            for m in found
            if m.kind == Person.kind
            or (m.start < phrase_end and not (m.kind == Place.kind and not text[m.end : first_person].strip()))
        ]
        kind = " ".join(match.group().lower().split())
        occ = _Occurrence(start, end, kind, sentence, clause, end, type=kind)
        # "đồng chí X, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư đã tiếp": the person hosts, not the body in the post
        subject = self.reading.subject_mentions(clause[0], host_end, Organization.kind, Person.kind)
        host = next((m for m in reversed(subject) if m.kind == Person.kind), hosts[-1])
        occ.organised, occ.organisers = True, self.reading.entities_of([host])
        occ.participants = self.reading.entities_of(guests)
        occ.title = " ".join(text[end : clause[1]].lower().split()) or None  # each reception its own
        # "Ông X, Phó Chủ tịch UBND huyện tiếp và làm việc với Đoàn công tác.": the visit told before
        occ.back = _BACK_DELEGATION_RE.match(text, end) is not None
        return occ

    def _hosts_listed(
        self, match: re.Match[str], sentence: Sentence, clause: tuple[int, int], end: int
    ) -> _Occurrence | None:
        """``Tiếp (và làm việc với) <guest> có <hosts>``: a reception opening its clause, its hosts listed after.

        "Tiếp và làm việc với Đoàn có các đồng chí: X, ...; Y, ...": the people listed host it (the first
        named presides), through the whole sentence.
        """
        text = self.text
        listed = _HOSTS_LISTED_RE.search(text, end, clause[1])
        if listed is None:
            return None
        people = self.reading.mentions_in(listed.end(), sentence.end, Person.kind)
        if not people:
            return None
        guests = outermost(self.reading.mentions_in(end, listed.start(), Organization.kind, Person.kind))
        kind = " ".join(match.group().lower().split())
        occ = _Occurrence(match.start(), end, kind, sentence, clause, end, type=kind)
        occ.organised, occ.organisers = True, self.reading.entities_of(people[:1])
        occ.participants = self.reading.entities_of([*guests, *people[1:]])
        occ.back = _BACK_DELEGATION_RE.match(text, end) is not None
        if not occ.back and _GUEST_DELEGATION_RE.search(text, end, listed.start()) is not None:
            occ.back_visit = (end, listed.start())
        return occ

    def names_again(self, visit: _Meeting, guest: tuple[int, int]) -> bool:
        """Whether the ``guest`` phrase of a reception names a party the sentences of ``visit`` name: its delegation
        ("Đoàn đại biểu huyện Malypho ... sang thăm ... Đón tiếp ... đoàn đại biểu huyện Malypho"), not another."""
        named = {e.id for e in self.reading.entities_of(self.reading.mentions_in(*guest))}
        return any(
            e.id in named for lo, hi in visit.spans for e in self.reading.entities_of(self.reading.mentions_in(lo, hi))
        )

    def _met(self, match: re.Match[str], sentence: Sentence, verb: int) -> _Occurrence | None:
        """``<organiser> đã họp`` (``đã`` at ``verb``): a meeting without a meeting word before it in the clause."""
        start = match.start()
        clause = self._clause(sentence, start)
        if _NOUN_RE.search(self.text, clause[0], start):
            return None
        organisers = self.subject(clause[0], verb)
        if not organisers:
            return None
        occ = _Occurrence(start, match.end(), _MET, sentence, clause, match.end(), type="họp")
        occ.organised, occ.organisers = True, organisers
        return occ


def _compatible(meeting: _Meeting, occ: _Occurrence) -> bool:
    if _other_parties(meeting, occ):
        return False
    if meeting.kind != occ.kind:
        return occ.kind in meeting.also and _bare(occ)
    if occ.type and meeting.type and occ.type != meeting.type and occ.kind in _TYPED:
        return False
    if occ.terms and meeting.terms and not {e.id for e in occ.terms} & {e.id for e in meeting.terms}:
        return False
    if occ.title and meeting.title and occ.title != meeting.title and not _same_reception(meeting, occ):
        return False
    return not (occ.period and meeting.period and occ.period.id != meeting.period.id)


def _other_parties(meeting: _Meeting, occ: _Occurrence) -> bool:
    """Whether ``occ`` is held by other sides than ``meeting``: told by the same bare word, it has organisers of its
    own and names none of the meeting's parties.

    (Roundups tell several visits one after the other: "Đoàn cán bộ Đồn Biên phòng A do ... làm trưởng đoàn đã sang
    thăm ... Đoàn công tác đồn biên phòng B do ... đã sang thăm chúc mừng Đồn Công an C ...", baonghean.vn;
    "Đại sứ X đã tổ chức tiệc tất niên ... Tổng lãnh sự quán Việt Nam tại Perth cũng đã tổ chức tiệc tất niên",
    huyhungquangngai.com.)
    """
    if not (occ.organised and occ.organisers and meeting.organisers):
        return False
    theirs = {e.id for e in (*meeting.organisers, *meeting.participants)}
    return not theirs & {e.id for e in (*occ.organisers, *occ.participants)}


def _same_reception(meeting: _Meeting, occ: _Occurrence) -> bool:
    """A reception told again in other words: the same host receiving one of the same guests.

    ("... Lê Thanh Cung đã tiếp ông Trác Lôi Minh, Tổng Lãnh sự ... Lê Thanh Cung tiếp Tổng Lãnh sự Trung
    Quốc Trác Lôi Minh."; told on another day, it is dated apart and stays another reception.)
    """
    if occ.kind not in _RECEPTIONS:
        return False
    hosts = {e.id for e in meeting.organisers} & {e.id for e in occ.organisers}
    guests = {e.id for e in meeting.participants if e.kind == Person.kind} & {e.id for e in occ.participants}
    return bool(hosts and guests)


def _attends_the_sitting(occ: _Occurrence, text: str) -> bool:
    """A bare "họp" after an attendance verb ("đại biểu dự họp", "có mặt dự họp"): the sitting at hand."""
    return (
        occ.kind == _MET
        and text[occ.start : occ.end] == "họp"
        and _ATTEND_BEFORE_RE.search(text, max(0, occ.start - 12), occ.start) is not None
    )


def _bare(occ: _Occurrence | _Meeting) -> bool:
    """Without a name of its own: "tại hội nghị", "Đại hội đã bầu"."""
    return not occ.terms and occ.period is None and not occ.title and (occ.kind not in _TYPED or occ.type is None)


def _find(meetings: list[_Meeting], occ: _Occurrence) -> _Meeting | None:
    """The meeting ``occ`` speaks of, among those already read."""
    same = [m for m in meetings if _compatible(m, occ)]
    if not _bare(occ):
        # A name matches the same name, or a meeting so far known only by its bare word.
        pool = [m for m in same if m.type == occ.type] or [m for m in same if _bare(m)]
        return pool[-1] if pool else None
    if not same and occ.kind in _SESSIONS:
        same = [m for m in meetings if m.reported]
    if not same and occ.kind in _BACK_REFS and meetings:
        return meetings[-1]  # "tổ chức Tết Bunpimay ... Dự buổi lễ có ...": the ceremony told before
    if not same and occ.listing and not occ.organised and meetings:
        # "UBND tỉnh đã tổ chức Lễ trao tặng Bằng khen ... Tham dự hội nghị có ...": a bare word in an attendance
        # list names no event of its own, but the one reported before (d138, doingoailaocai)
        reported = [m for m in meetings if m.reported]
        return reported[-1] if reported else None
    pool = [m for m in same if m.reported] or same
    return pool[-1] if pool else None


def _told_again(occ: _Occurrence, text: str) -> bool:
    """Whether ``occ`` is an encounter word naming the setting of its sentence and nothing of its own.

    "Tại buổi tiếp, ...", "Phát biểu tại buổi làm việc, ...", "Dự buổi tiếp có ...": the article tells the
    encounter it opened with again, by whatever word (not "buổi làm việc với Sở X", a party of its own).
    """
    return (
        occ.kind in _ENCOUNTERS
        and occ.framed
        and _bare(occ)
        and _WITH_PARTY_RE.match(text, occ.end) is None
        and " ".join(text[occ.start : occ.end].lower().split()) not in _TRIPS
    )


def _for_the_delegation(occ: _Occurrence, text: str) -> bool:
    """A programme without a term or year of its own held for the delegation told before ("chia tay đoàn", "các
    thành viên đoàn"): a part of that delegation's visit, not an event of its own (whatever words follow it:
    "tiệc giao lưu ấm cúng")."""
    return (
        occ.kind in _PROGRAMS
        and not occ.terms
        and occ.period is None
        and _DELEGATION_AGAIN_RE.search(text, occ.sentence.start, occ.sentence.end) is not None
    )


def _received_in(meeting: _Meeting) -> bool:
    """Whether a later reception of "đoàn", named no further, is ``meeting``: a visit, or talks already held."""
    return meeting.kind in _VISITS or (meeting.kind in _ENCOUNTERS and meeting.reported)


def _last_encounter(meetings: list[_Meeting]) -> _Meeting | None:
    """The encounter (visit, call, talks, reception) the article reported last, if any."""
    return next((m for m in reversed(meetings) if m.reported and m.kind in _ENCOUNTERS), None)


def _merge(reader: _Reader, meeting: _Meeting, occ: _Occurrence) -> None:
    """Add what one more mention says to its meeting."""
    sentence = occ.sentence
    meeting.spans.append((sentence.start, sentence.end))
    if occ.kind == meeting.kind:
        meeting.type = meeting.type or occ.type
        meeting.terms = meeting.terms or occ.terms
        meeting.period = meeting.period or occ.period
        meeting.title = meeting.title or occ.title
    meeting.organisers = meeting.organisers or occ.organisers
    meeting.holder = meeting.holder or occ.holder
    meeting.take_part(occ.participants)
    if not occ.reported:
        return
    meeting.reported = True
    if occ.decided:
        meeting.decided.append((sentence.start, sentence.end))
    meeting.listed = meeting.listed or occ.named
    # The sentence saying who held it gives the date and venue; an attendance sentence only fills in.
    if occ.organised or occ.named:
        if not meeting.timed:
            reader.read_setting(meeting, occ)
            meeting.timed = True
    elif meeting.date is None and meeting.venue is None and not meeting.places:
        reader.read_setting(meeting, occ)


class MeetingExtractor(FactExtractor):
    """Finds meetings (``meeting`` facts, CAMEO ``040``): who organised them, when, where, who spoke."""

    name = "meetings"
    order = FACT_ORDER + 40
    kind = KIND
    cue = _CUE_RE
    # A caption's meeting word names the scene of its photo ("Quang cảnh hội nghị"), not another event.
    read_captions = False

    def facts(self, reading: Reading) -> list[Fact]:
        """One ``meeting`` fact per meeting the article reports as held (its mentions in several sentences, one)."""
        words = reading.words  # (each tried only at the words it opens with)
        nouns = list(scan_words(words, _NOUN_AT_WORD_RE))
        mets = list(scan_words(words, _MET_RE))
        receptions = list(scan_words(words, _RECEPTION_RE))
        reader = _Reader(reading)
        meetings: list[_Meeting] = []
        # sentence start -> the encounter it tells (held, or told again as its setting)
        settings: dict[int, _Meeting] = {}
        for occ in reader.occurrences(nouns, mets, receptions):
            if not self.read_captions and occ.sentence.paragraph in reading.captions:
                continue
            # (or the talks held with it: "Đoàn ... đã có buổi Hội đàm với huyện X. Tiếp và làm việc với đoàn có ...")
            visit = next((m for m in reversed(meetings) if _received_in(m)), None) if occ.back else None
            if occ.back_visit is not None:
                visit = next((m for m in reversed(meetings) if m.kind in _VISITS), None)
                visit = visit if visit is not None and reader.names_again(visit, occ.back_visit) else None
            if visit is not None:
                if visit.planned and not visit.reported:
                    continue  # "Đoàn ... sẽ đến thăm ... Tiếp đoàn có X": the reception of a visit to come
                # "Đoàn ... đã đến thăm ... Đón tiếp đoàn có X": the hosts of the visit take part in it
                # (and do not hold it: "Đoàn công tác của Ủy ban X đã có buổi làm việc ... Ông Y tiếp và làm việc với
                # Đoàn công tác" is the committee's visit, Y its host)
                visit.take_part(occ.organisers)
                occ.organisers = []
                _merge(reader, visit, occ)
                continue
            meeting = _find(meetings, occ)
            if meeting is not None and occ.organised and _ANOTHER_RE.match(reading.text, occ.sentence.start):
                meeting = None  # "Cùng ngày, tại Canberra, Đại sứ quán ... đã tổ chức buổi gặp mặt": another one
            if meeting is None and _attends_the_sitting(occ, reading.text):
                # "Với 100% đại biểu dự họp tán thành": the session told before, not a meeting of its own
                meeting = next((m for m in reversed(meetings) if m.reported), None)
            if meeting is None and occ.kind in _ENCOUNTERS:
                # told again by another word, or an encounter word in a sentence that tells one again
                # ("Tại buổi tiếp, ... vui mừng khi Đoàn đến thăm ..."; not "có buổi làm việc với Hội X",
                # "hội kiến ông X; chào xã giao ông Y": encounters with parties of their own), or the visit
                # of the guests of the sentence's reception ("X tiếp đoàn Y ... đến thăm, chúc Tết lãnh đạo tỉnh")
                setting = settings.get(occ.sentence.start)
                own = reader.has_party(occ)
                if setting is not None and (not own or (occ.kind in _VISITS and setting.kind in _RECEPTIONS)):
                    meeting = setting
                elif not own and _told_again(occ, reading.text):
                    meeting = _last_encounter(meetings)
            if meeting is None and occ.kind in _PROGRAMS and not reader.has_party(occ):
                # "đã diễn ra Lễ đón Đoàn ... thăm Hà Nội và tổ chức giao lưu văn hóa ...": a programme told in the
                # sentence of an encounter, with no party of its own, is a part of that encounter
                meeting = settings.get(occ.sentence.start)
            if meeting is None and _for_the_delegation(occ, reading.text) and not reader.has_party(occ):
                # "Trước khi chia tay đoàn, Liên hiệp tổ chức một buổi tiệc giao lưu ...": part of the visit
                meeting = _last_encounter(meetings)
            if meeting is not None and meeting.timed and meeting.date is not None and occ.organised and not _bare(occ):
                # "Ngày 29/11/2016, Hội tổ chức Đại hội khóa III" after a congress of 2011: another congress
                # (a date read from an attendance only is the day of another event: "Sáng 25/11, X tiếp đoàn đại
                # biểu tham dự Diễn đàn ... lần thứ 13. ... Diễn đàn ... lần thứ 13 được tổ chức vào ngày 24/11")
                told = reading.dates_in(occ.clause[0], occ.clause[1])
                held = reading.entity(told[0]) if told else None
                if held is not None and held.id != meeting.date.id:
                    meeting = None
            if occ.planned or (meeting is not None and meeting.planned and not meeting.reported and _bare(occ)):
                if meeting is None:
                    meetings.append(_Meeting(occ.kind, occ.type, occ.terms, occ.period, planned=True))
                continue  # a plan, or a later word for it: nothing took place
            if meeting is None:
                meeting = _Meeting(occ.kind, occ.type, occ.terms, occ.period, title=occ.title, also=set(occ.also))
                meetings.append(meeting)
            _merge(reader, meeting, occ)
            if meeting.kind in _ENCOUNTERS and (occ.organised or _told_again(occ, reading.text)):
                # the sentence's encounter: its other encounter words tell it ("<host> tiếp đoàn X ... đến thăm,
                # chúc Tết", "Tại buổi tiếp, ... khi Đoàn đến thăm ...")
                settings.setdefault(occ.sentence.start, meeting)
        for listed in scan_words(words, _EVENT_GUESTS_RE):
            reader.event_guests(listed, meetings)
        for meeting in meetings:
            if meeting.reported and meeting.kind == _CONGRESS and not meeting.organisers:
                meeting.organisers = reader.congress_holder(meeting)
            if meeting.reported and not meeting.organisers and meeting.decided:
                # "Hội nghị đã thông qua Tờ trình của Ban Thường vụ Liên hiệp ...": the union's meeting
                meeting.organisers = reader.committee_body(meeting.decided, _BOARD_RE)
            if meeting.reported and not meeting.organisers and meeting.holder is not None:
                meeting.organisers = [meeting.holder]
            if meeting.reported and meeting.date is None and meeting.period is None and meeting.spans:
                meeting.date = reader.framed_date(meeting.spans[0][0])
        # a meeting with no date, no name of its own and nobody named in it is too vague to report
        # (a programme under its title, with no day of its own, is one of the activities a report lists: "Chi hội ...
        # phối hợp tổ chức chương trình “Đông ấm biên cương”, trao quà ..."; a ceremony only referred to, "Phát biểu
        # tại buổi lễ, X ...", neither dated nor held by anyone, is the setting of what the article reports, the award
        # given there)
        return [
            m.fact()
            for m in meetings
            if m.reported
            and (m.date or m.period or m.title or m.organisers or m.participants)
            and (m.kind not in _QUOTED or m.date)
            and (m.kind not in _BACK_REFS or m.date or m.organisers)
        ]


@hookimpl
def dnnd_extractors() -> list[Extractor]:
    """The meeting extractor: this module is a plugin of its own, registered as any other."""
    return [MeetingExtractor()]
