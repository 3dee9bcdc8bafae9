"""Elections and appointments: who was elected, re-elected or appointed to which post, where.

Vietnamese news reports a change of office in a handful of shapes, read clause
by clause (:func:`dnnd.facts.clauses`), figure captions left out:

* an object after an active verb: ``Đại hội đã bầu ông X giữ chức Chủ tịch``,
  ``bổ nhiệm bà Y giữ chức Giám đốc Sở Ngoại vụ``, ``bầu ông A làm Chủ tịch,
  ông B làm Phó Chủ tịch`` (one fact per person, the list going on after
  semicolons; a post held ``kiêm`` another keeps both), ``trao quyết định bổ nhiệm
  Giám đốc Sở cho ông X`` (the post first), ``Nghị quyết xác nhận kết quả bầu cử bổ sung chức vụ Chủ
  tịch UBND tỉnh X (khóa X) nhiệm kỳ 2011-2016 đối với ông Y`` (its terms and a rank, ``Đại tướng``, may
  come between; ``bầu cử`` is a vote at large unless a post's noun follows it);
* a subject before a verb of taking office: ``ông X tái đắc cử Chủ tịch Hội ...``,
  ``bà Y được bầu giữ chức ...`` (the people listed after the post taking theirs: ``...; ông B, bà C làm
  Phó Chủ tịch``, or after a dash: ``..., đồng chí B - Phó Chủ tịch Hội``), ``ông Z được Thủ tướng bổ
  nhiệm làm Thứ trưởng``, ``được điều động, bổ nhiệm giữ chức ...`` (a move told with the appointment,
  ``transfers.txt``), ``tái cử và được bầu giữ chức vụ Chủ tịch``, ``tái đắc cử, giữ chức Chủ tịch BCH ...``
  (the post after the second verb),
  ``được bầu bổ sung vào BCH và làm Chủ tịch`` (the post taken in the committee), ``ông X, Chủ tịch Hội
  khóa II, tái đắc cử`` (re-elected to the post beside the name), ``đ/c A – bầu giữ chức vụ Phó Chủ tịch``
  (a record line: the name before the dash of an active vote with no object), ``ông A trúng cử với tỷ lệ 88,88%``
  (the post the vote told just before was for: ``... ứng cử để bầu giữ chức Phó Chủ tịch UBND tỉnh``),
  ``Liên hiệp ... tỉnh Hà Giang đảm nhận vai trò Cụm trưởng Cụm số 2``
  (an organization taking a role is the ``holder``);
* a decision naming who takes each post: ``... công nhận cụm trưởng, cụm phó
  ...; theo đó, Cụm trưởng là X, Cụm phó là Y`` (``appointed``);
* a post written ``Tân`` (new) before its holder's name: ``tân Chủ tịch Hội, ông
  X``, ``Tân Giám đốc Sở Ngoại vụ Y`` (``elected`` where the article speaks of a
  vote or a congress, else ``appointed``);
* a list of members after a vote, each post before the name: ``bầu ra thường trực BCH gồm Chủ tịch A,
  các Phó Chủ tịch B, C`` (a plural post goes on to the bare names after it), and a post counted, then
  ``là``, ``gồm`` or a colon: ``bầu 3 Phó Chủ tịch: ông A, ...``, ``... và 2 Phó Chủ tịch là các đồng chí
  B, C``, or the people counted before the post they take: ``hiệp thương chọn cử 3 nhân sự giữ chức danh
  Phó Chủ tịch Hội ... gồm: Ông A, <post held>; bà B, ...``; an office so counted is each listed person's
  whatever post follows the name (``bầu 4 Phó Chủ tịch Hội X khóa XIII:`` / ``Bà A - <post held>``), unlike
  a committee's seats counted (``3 ủy viên Ban Thường vụ: ông A - Chủ tịch``); ``<post> là <holder>`` opening the
  sentence after a vote (``Đại hội đã bầu ông A làm Chủ tịch. Phó Chủ tịch là bà B``;
  not a post held before: ``nhiệm kỳ trước``);
* a result list under a vote: ``Kết quả bầu các chức danh như sau:`` then lines
  ``Chủ tịch: ông A``, ``- Phó Chủ tịch: ông B; Tổng thư ký: ông C`` (one fact per
  person; none under a list of candidates, *đề cử*, *ứng cử*, or a vote to come), the same
  written name first (``- Ông A – Chủ tịch Hội``, ``Ban Thường vụ gồm: ông A - Chủ tịch; ông B - ...``), and
  posts in brackets after the people voted in: ``bầu ông A (Chủ tịch), ông B (Phó Chủ tịch)``;
* other verbs of taking a post: ``ông X nhận quyết định bổ nhiệm giữ chức ...`` (the
  receiver takes it), ``bà Y kế nhiệm ông Z làm Chủ tịch`` (the predecessor skipped),
  ``phê chuẩn ông X giữ chức ...``, ``nhận nhiệm vụ Tổng Lãnh sự``;
* a committee and who takes its posts: ``Ban Thường vụ gồm 7 đồng chí, trong đó ông A làm Chủ
  tịch, bà B làm Phó Chủ tịch``, ``ra mắt Ban Chấp hành khóa mới do ông A làm Chủ tịch`` (no size
  needed when the committee is presented or new), ``bầu Ban Thường vụ gồm 5 đồng chí: ông A (Chủ
  tịch), bà B (Phó Chủ tịch)``, and a result list on the line of the vote (``Ban Thường vụ gồm:
  Chủ tịch: ông A; Phó Chủ tịch: ...``);
* a committee: ``Đại hội đã bầu 15 ủy viên Ban Chấp hành ... khóa III``, ``bầu ra
  Ban Chấp hành ... gồm 17 đồng chí``, ``Ban Chấp hành khóa mới gồm 31 đồng chí``,
  ``Ban Chấp hành ... ra mắt Đại hội`` (``body`` and its ``size``; a committee
  presented after its election is not elected twice).

Roles (the vocabulary of :mod:`dnnd.facts`): ``status`` (``elected``;
``re-elected`` for *tái đắc cử*, *tái cử*, *bầu lại*, *tiếp tục (được bầu|giữ
chức)*, *được tiếp tục bầu* at a congress; ``appointed`` for *bổ nhiệm*, *đảm nhận vai trò*, *giữ
chức* on its own), ``person`` or ``holder``, ``position`` (the post verbatim:
``Chủ tịch``, ``chủ tịch``, ``Cụm trưởng``), ``organization`` (named after the
post or the committee; else the sentence's subject organization; else, at a
meeting, the organization the article's first sentence names), ``body``,
``size``, ``term`` (terms of office in the clause: *nhiệm kỳ*, *khóa*, *lần
thứ*, a bare year range; never *phiên họp thứ*), ``period`` (another term such
as ``năm 2025`` when there is no term of office) and ``date`` (the date opening
the article's first paragraph, when the sentence is set at the meeting: ``Tại
hội nghị``, ``Đại hội đã bầu``, ``Tại phiên họp``; else the date opening a sentence that
tells the meeting held before the vote: ``Ngày 05/12/2019 Hội tổ chức thành công Đại hội ...,
ông X được bầu ...``). Elections have no CAMEO code.

Not facts: a vote still to come or denied (*sẽ bầu*, *dự kiến bầu*, *chưa được
bầu*), a post held rather than taken (*đang giữ chức*, *hiện giữ chức*), the
other senses of *bầu* (*bầu không khí*, *bình bầu*, *bầu chọn*, *ông bầu*) and
*đảm nhận vai trò* without a post (*vai trò cầu nối*).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cached_property
from typing import Any

import attrs

from dnnd.facts import FACT_ORDER, FactDraft, Reading, Sentence
from dnnd.facts.extractor import FactExtractor
from dnnd.facts.reading import post_re, scan_words, stripped_end
from dnnd.facts.vocabulary import HONORIFIC, MOOD_PURPOSE, MOODS_NOT_DONE, alternation, cue_re, table, words
from dnnd.gazetteer import UPPER, honorifics, trie_regex
from dnnd.hookspecs import hookimpl
from dnnd.model import AnyEntity, Fact, Mention, Organization, Person, Quantity, Term
from dnnd.plugin import Extractor
from dnnd.text.patterns import scanner, word_alternation

__all__ = ["ElectionExtractor", "dnnd_extractors"]

# Every trigger, found from its first letter (fast to scan for); each is checked in context.
_TRIGGER_RE = scanner(
    re.compile("(?:" + word_alternation(*sorted(words("elections"), key=len, reverse=True)) + r")(?!\w)")
)
_TAKE_WORDS = words("elections", "take")
# The triggers that open a clause of their own; a clause after a semicolon with none but a verb of taking a post
# ("bầu ông A giữ chức Chủ tịch; ông B giữ chức Phó Chủ tịch") goes on with the list of the verb before it.
_CLAUSE_VERB_RE = scanner(
    re.compile(
        "(?:"
        + word_alternation(
            *sorted((w for w in words("elections") if not w.startswith(_TAKE_WORDS)), key=len, reverse=True)
        )
        + r")(?!\w)"
    )
)
# The cheap cue: the triggers themselves, built to scan fast (elections.tsv, no second list).
_CUE_RE = cue_re("elections")
# Verbs whose object is who is chosen ("bầu ông X"); in the passive ("được bầu") the subject is.
_ACTIVE = frozenset(words("elections", "active"))
# Verbs whose subject takes office ("ông X tái đắc cử Chủ tịch").
_SUBJECT = frozenset(words("elections", "subject"))
# Taking a post: after another verb they only introduce the post ("bầu ông X giữ chức ...").
# Taking a post only when a title follows ("được giao nhiệm vụ Chủ tịch", "trở thành Chủ tịch"): no loose
# post, since "nhiệm vụ chuẩn bị hội nghị" is a task and "trở thành cầu nối" a role.
_TITLED = frozenset(words("elections", "titled"))
_TAKE = frozenset(words("elections", "take")) | _TITLED
# A committee presented or sized: a fact only when nothing else in the clause elects it.
_LAUNCH = frozenset(words("elections", "launch"))
# Succeeding someone: the predecessor named after the verb, then the post ("kế nhiệm ông A làm Chủ tịch").
_SUCCEED = frozenset(words("elections", "succeed"))
_PREDECESSOR_RE = re.compile(rf"\s*(?:(?:{HONORIFIC})\s+)?")
_REELECTED = frozenset(row[0] for row in table("elections") if row[2:3] == ("re-elected",))
_APPOINTED = frozenset(row[0] for row in table("elections") if row[2:3] == ("appointed",))

# The other senses of "bầu": the air, the sky, emulation votes, polls, a team's owner.
_NOT_ELECTION_AFTER = re.compile(
    r"\s+(?:không khí|trời|bạn|bí|cử(?!\s+(?:bổ sung\s+)?(?:chức|chức vụ|chức danh)\s)|chọn|sữa|đoàn|rượu|nhiệt huyết|"
    r"tâm sự|ơi|nước)(?!\w)",
    re.IGNORECASE,
)
# ("bầu cử chức vụ Chủ tịch UBND tỉnh ... đối với ông X" is one post's vote, not an election at large)
# ("quả bầu" is a gourd; "kết quả bầu" the result of a vote)
_NOT_ELECTION_BEFORE = re.compile(r"(?<!\w)(?:bình|(?<!ết )quả|trái|cây|ông|phiếu|đi|cử tri|lá)\s+$", re.IGNORECASE)
# Not (yet) an event: a plan, a proposal, a negation (realis.tsv), or a vote being organised.
# ... or what a meeting is for ("Đại hội nhằm bầu ra Ban Chấp hành").
_NOT_DONE = MOODS_NOT_DONE | {MOOD_PURPOSE}
_VOTE_AHEAD_BEFORE = re.compile(r"(?<!\w)tiến hành bầu cử\s+$", re.IGNORECASE)
# A post already held, not taken.
_HELD_BEFORE = re.compile(
    r"(?<!\w)(?:đang|hiện|hiện đang|từng|đã từng|nguyên|vẫn|thôi|người(?:\s+(?:đã|từng|đã từng))?|trước đây|lâu nay)"
    r"\s+$",
    re.IGNORECASE,
)
_LOOKBACK = 24
_AGENT_LOOKBACK = 60

# Words between "bầu" and what it chooses: "bầu ra", "bầu lại", "bầu bổ sung", "được bầu chính thức là Hội Trưởng"
# (quangdabaccali.blogspot.com).
_AFTER_VERB = re.compile(r"(?:\s+(?:ra|lại|bổ sung|mới|chính thức|cử(?=\s+(?:bổ sung\s+)?chức)))*\s*")
_AGAIN = re.compile(r"(?:\s+(?:ra|bổ sung))*\s+(?:lại|tái\s+(?:đắc\s+)?cử)(?!\w)")
_MORE_BEFORE = re.compile(r"(?<!\w)tiếp tục\s+(?:được\s+)?(?:tín nhiệm\s+)?$")
# Right after a passive vote, keeping the post: "được hiệp thương cử tiếp tục giữ chức Chủ tịch".
_KEPT_AFTER = re.compile(r"\s+tiếp tục\s+(?:giữ|làm)(?!\w)")
# After a verb of taking office with no post, a second verb of the same event that names it: "tái cử và được
# bầu giữ chức vụ Chủ tịch", "đắc cử và giữ vị trí chủ tịch", or after a comma: "tái đắc cử, giữ chức Chủ tịch
# BCH ..." (the post's marker read after it).
_AND_THEN_RE = re.compile(r"(?:\s*,|\s+và)(?:\s+(?:được|tín nhiệm|hiệp thương))*(?:\s+(?:bầu|cử))?(?=\s)")
# Committees elected as a whole (in title case too, as overseas community outlets write them: "Tân Ban Chấp
# Hành bao gồm các thành viên:", ydan.org; "Ban Điều Hành", viendongdaily.com).
_BODY = (
    r"(?:[Bb]an [Cc]hấp [Hh]ành(?: [Tt]rung [Ưư]ơng)?|BCH|[Bb]an [Tt]hường [Vv]ụ|BTV|[Bb]an [Kk]iểm [Tt]ra|"
    r"[ỦUủu][ỷy] ban [Kk]iểm [Tt]ra|Thường trực|Đoàn [Cc]hủ [Tt]ịch|Ban [Đđ]iều [Hh]ành|Ban [Cc]hủ [Nn]hiệm|"
    r"Hội [Đđ]ồng [Qq]uản [Tt]rị|Ban [Ll]ãnh [Đđ]ạo)(?!\w)"
)
_BODY_RE = re.compile(_BODY)
_NEW_RE = re.compile(r"(?<!\w)mới(?!\w)")
_LIST_BEFORE = re.compile(r"(?:,|\svà)\s*$")
# Between listed people with their posts, a semicolon too: "gồm: ông A, Giám đốc Sở X; bà B, Phó Chủ tịch ...".
_ITEM_BEFORE = re.compile(r"(?:[,;]|\svà)\s*$")
# Where a post starts after a name: "giữ chức", "làm", "vào chức vụ", "vào Ban Chấp hành".
_MARKER = (
    r"(?:tiếp tục\s+)?(?:giữ\s+(?:chức(?:\s+(?:vụ|danh))?|cương vị|vị trí)|làm)|"
    # the vote's result: "bầu ông X tái đắc cử Chủ tịch", "được bầu tái cử chức Chủ tịch"
    r"(?:tái\s+(?:đắc\s+)?|đắc\s+|trúng\s+)cử(?:\s+(?:giữ\s+)?chức(?:\s+(?:vụ|danh))?)?|"
    r"vào\s+(?:chức(?:\s+(?:vụ|danh))?|vị trí|cương vị)|vào(?=\s+" + _BODY + r")|"
    r"(?:đảm nhận|đảm nhiệm)\s+(?:vai trò|chức vụ|chức|cương vị|vị trí|nhiệm vụ)"
)
_MARKER_RE = re.compile(rf"(?<!\w)(?P<m>{_MARKER})(?!\w)")
# (right after a verb "là", "cương vị" and "vị trí" introduce the post too: "được bầu là Chủ tịch", "tái đắc cử
# cương vị Chủ tịch")
_MARKER_AT = re.compile(rf"\s*(?P<m>{_MARKER}|chức(?:\s+(?:vụ|danh))?|cương vị|vị trí|là)(?!\w)\s*")
# Nouns after "đảm nhận"/"đảm nhiệm" that make it taking a post (the post must then be a title).
_TAKE_NOUN = re.compile(r"\s+(?:vai trò|chức vụ|chức|cương vị|vị trí|nhiệm vụ)(?!\w)")
# After these an unlisted post is read verbatim ("giữ chức Hiệu phó").
_LOOSE_MARKERS = ("giữ", "chức", "vào chức", "tiếp tục giữ")
# "được" and an agent before a verb: "được bầu", "được Thủ tướng bổ nhiệm", "được Đại hội (tín nhiệm) bầu".
# "nhận quyết định bổ nhiệm" (receiving the decision) is the passive too: its subject takes the post.
# An agent in lower case is read only before "tín nhiệm": "được 100% đại biểu tín nhiệm bầu".
# The trust and the vote may be two verbs of one passive: "được tín nhiệm, hiệp thương cử", "được Đại hội
# tín nhiệm và bầu".
# "được tiếp tục bầu": kept in the post by the vote, a passive still.
# A move told with the appointment is part of one passive: "được điều động, bổ nhiệm giữ chức ..." (transfers.txt).
_TRANSFER = alternation("|".join(words("transfers")))
_PASSIVE_RE = re.compile(
    rf"(?<!\w)(?:được(?:\s+[{UPPER}][\w-]*(?:\s+[\w-]+){{0,5}}?|(?:\s+[^\s,;.]+){{1,4}}?(?=\s+tín nhiệm))?"
    r"(?:\s+tiếp tục)?"
    rf"(?:\s+tín nhiệm(?:\s*,|\s+và)?)?(?:\s+{_TRANSFER}(?:\s*,|\s+và))?|nhận\s+quyết định)\s+$"
)
_ORG_GAP = re.compile(r"\s*(?:của\s+)?")
_ADVERBS = re.compile(r"(?:\s+(?:đã|cũng|đều|chính thức|tiếp tục|vừa|mới|được|thống nhất|cùng))*\s*")
_PUNCT_RE = re.compile(r"[,;.:(\n“\"]")
_WORDS_RE = re.compile(r"\S+(?:\s+\S+){0,3}")
# The sentence is set at a meeting: "Tại hội nghị", "Đại hội đã bầu".
_AT_MEETING_RE = re.compile(
    r"(?<!\w)(?:[Tt]ại|[Tt]rong|[Qq]ua)\s+(?:[Hh]ội nghị|[Đđ]ại hội|[Pp]hiên họp|[Kk]ỳ họp|[Bb]uổi lễ|[Cc]uộc họp)"
)
_MEETING_SUBJECT_RE = re.compile(
    r"(?<!\w)(?:[Đđ]ại hội|[Hh]ội nghị|[Pp]hiên họp|[Kk]ỳ họp)"
    r"(?:\s+(?:đã|cũng|tiến hành|thống nhất|lần này|chính thức|nhất trí))*\s+$"
)
# A meeting held, told before the vote in its sentence: "Hội tổ chức (thành công) Đại hội ...".
_HELD_MEETING_RE = re.compile(
    r"(?<!\w)(?:tổ chức|khai mạc|diễn ra)(?:\s+thành công)?\s+(?:[Đđ]ại hội|[Hh]ội nghị|[Kk]ỳ họp|[Pp]hiên họp)(?!\w)"
)
_ELECTION_CONTEXT_RE = re.compile(r"(?<!\w)(?:bầu|[Đđ]ại hội|nhiệm kỳ|khóa|khoá)(?!\w)")
# Only an article telling a vote or the taking up of a post reports a post "tân" (new) before its holder:
# not "nhiệm kỳ" (an envoy's tour too: "trong nhiệm kỳ Đại sứ").
_VOTE_HELD_RE = re.compile(r"(?<!\w)(?:bầu|[Đđ]ại hội|hiệp thương|đắc cử|tái cử)(?!\w)")
_APPOINTMENT_TOLD_RE = re.compile(
    r"(?<!\w)(?:bổ nhiệm|nhận nhiệm vụ|nhậm chức|điều động|giao nhiệm vụ|trao quyết định|bàn giao)(?!\w)", re.IGNORECASE
)
_MEMBER_UNITS = frozenset(words("units", "member"))
# "bầu 3 Phó Chủ tịch gồm ...", "bầu hai Phó Chủ tịch là ...": a count, the post, then the people it opens.
_COUNTED_POST = re.compile(r"\s*(?:\d+|" + "|".join(words("counts")) + r")\s+")
# ... or the people counted, then the post they take: "bầu 3 đồng chí giữ chức Phó Chủ tịch gồm: ...",
# "hiệp thương chọn cử 3 nhân sự giữ chức danh Phó Chủ tịch Hội ... gồm: Ông A, ...; bà B, ...".
_COUNTED_PEOPLE = r"(?:vị|đồng chí|người|nhân sự)"
_COUNTED_TAKING = re.compile(rf"{_COUNTED_PEOPLE}\s+(?:giữ\s+chức(?:\s+(?:vụ|danh))?|làm)\s+")
_LIST_OPEN = re.compile(r"\s*(?:gồm(?:\s+có)?\s*:?|là|như|:)\s*")
# (after a post so taken, the body it is of may stand before the list: "... Phó Chủ tịch Hội gồm:"; after a post
# counted, a body's name: "các phó chủ tịch Hội như ông A, B")
# (a colon may close the body's name at once: "bầu 4 Phó Chủ tịch Hội LHPN Việt Nam khóa XIII:")
_QUALIFIED_LIST_OPEN = re.compile(r"[^,;:.()]{0,60}?(?:\s(?:gồm(?:\s+có)?\s*:?|là|như)|\s*:)\s*")
_NAMED_LIST_OPEN = re.compile(rf"\s+[{UPPER}][^,;:.()]{{0,60}}?(?:\s(?:gồm(?:\s+có)?\s*:?|là|như)|\s*:)\s*")
# After a committee (and its size): a colon opening the list of its members.
_MEMBERS_OPEN = re.compile(r"\s*(?:gồm(?:\s+có)?\s*)?:\s*")
# People counted before a passive vote, named after the post: "7 vị được bầu giữ chức Phó Chủ tịch ..., gồm: Ông A,
# ...; Bà B, ..." (each takes the post; a post written after a listed name is the one held before).
_COUNTED_SUBJECT_RE = re.compile(
    r"(?<!\w)(?:\d+|" + "|".join(words("counts")) + rf")\s+{_COUNTED_PEOPLE}\s+$", re.IGNORECASE
)
_NAMED_AFTER_RE = re.compile(r"[^.;:]{0,160}?\s*gồm(?:\s+có)?\s*:\s*")
_ITEM_BEFORE_RE = re.compile(r"(?:[:;,]|\svà)\s*$")
_OFFICE_TERMS = frozenset({"nhiệm kỳ", "khóa", "lần thứ"})
_SESSIONS = frozenset({"phiên họp thứ", "kỳ họp thứ", "kỳ thứ"})
# A form of address or a rank before a name: the facts' honorifics and the gazetteer's ("Phó Chủ Tịch Nội Vụ: Cô
# Vũ Phương Uyên", ydan.org).
_ADDRESS = rf"(?:{HONORIFIC}|(?:{trie_regex(honorifics())})(?!\w))"
_HONORIFIC_BEFORE = re.compile(rf"(?:(?:các\s+)?{_ADDRESS}\s+)$")
# Between the people of a list; a semicolon too, under one verb ("bầu ông A làm Chủ tịch; các ông B, C làm ...").
_LIST_SEP = re.compile(rf"\s*(?:,|;|và|,\s*và)\s*(?:(?:các\s+)?{_ADDRESS}\s+)?")
_GAP_STOP = re.compile(r"(?<!\w)(?:cho|với|thay|để|khi|nhưng|vì|bởi|và|của|đối với)(?!\w)|[;:]")
_TO_PERSON = re.compile(r"\s*(?:cho|đối với)(?:\s+đối với)?\s+")
# Between a post and its terms ("Chủ tịch HĐND tỉnh X khóa VIII, nhiệm kỳ 2021-2026"), and a rank before a name
# ("đối với Đại tướng Tô Lâm": a capitalised word, and one more word).
_TERM_GAP_RE = re.compile(r"[\s,()]*")
# "bầu cử bổ sung chức vụ Chủ tịch ... đối với ông X": the post's noun before it
_POST_NOUN_RE = re.compile(r"\s*chức(?:\s+(?:vụ|danh))?\s+")
_RANK_GAP_RE = re.compile(rf"(?:[{UPPER}]\w*(?:\s+\w+)?\s+)?")
# Between posts listed one after another: "Chủ tịch, Phó Chủ tịch", "Chủ tịch và Phó Chủ tịch".
_KEPT_RE = re.compile(r"(?<!\w)(?:tiếp tục\s+(?:được\s+)?(?:giữ|làm)|tái\s+(?:đắc\s+)?cử)(?!\w)")
# "bầu bà X, <her posts> là <post>": the result after the apposition (no other clause in between).
_VOTED_AS_RE = re.compile(r"(?<=[\w)])\s+là\s+")
# Between a vote and the verb telling its result: the one chosen, no pause ("bầu ông X tái đắc cử ...").
# ("bầu đồng chí X, tái đắc cử giữ chức ...": a comma may close the name, right before the result)
_RESULT_GAP_RE = re.compile(r"[^,;:.()]{0,60}(?:,\s*)?")
_APPOSITION_RE = re.compile(r"\s*[-–,]\s+")
_DASH_POST_RE = re.compile(r"[ \t]*[-–][ \t]*")
# A dash right before an active vote with no object: a record line naming who is voted in first.
_DASH_BEFORE_RE = re.compile(r"[-–][ \t]*$")
# A list of members, opened: "bầu Ban Thường vụ gồm 5 đồng chí: ...", "bầu ra thường trực BCH gồm ...".
_MEMBER_LIST_RE = re.compile(r"(?<!\w)gồm(?!\w)|:")
# Where the last item of a list starts, before a name: after a comma, a semicolon, a colon, "và" or "gồm".
_ITEM_START_RE = re.compile(r"(?:[,;:]|(?<!\w)(?:và|gồm(?:\s+có)?)(?!\w))\s*(?P<many>các\s+)?")
_ITEM_REACH = 80
# After a committee voted into, the post taken in it: "và làm", ", giữ chức" (no clause break between).
_BREAK_RE = re.compile(r"[.;:\n]")
# A vote for a post: "để bầu giữ chức Phó Chủ tịch", "ứng cử chức danh Chủ tịch", "bầu bổ sung chức vụ ...".
_VOTED_FOR_RE = re.compile(
    r"(?<!\w)(?:bầu|ứng cử|bầu cử)(?:\s+bổ sung)?\s+(?:giữ\s+|vào\s+)?chức(?:\s+(?:vụ|danh))?\s+"
)
_AND_POST_RE = re.compile(r"(?:\s*,|\s+và|\s+đồng thời)\s+(?:được\s+bầu\s+)?(?:giữ\s+chức(?:\s+(?:vụ|danh))?|làm)\s+")
_PLURAL_START_RE = re.compile(r"\s*(?P<many>các\s+)?")
# Between a post and the name after it: nothing, or the words opening its holders ("2 Phó Chủ tịch là ...").
_POST_NAME_GAP_RE = re.compile(r"\s*(?:(?:gồm(?:\s+có)?|là|:)\s*)?")
# Between a name and the body of the post after it: a comma or a dash, the post's words ("ông X, Giám đốc ").
_APPOSITION_POST_RE = re.compile(r"\s*[-–,]\s*[^,;.]{1,60}")
# "Phó Chủ tịch kiêm Tổng Thư ký": a second post held with the first.
_POST_SEP = re.compile(r"\s*(?:,\s*(?:và\s+)?|và\s+|kiêm\s+)")
_OBJECT_REACH = 80
# A sentence deciding posts, then naming who takes each: "công nhận cụm trưởng ...; theo đó, Cụm trưởng là X".
_COPULA_CUE_RE = re.compile(alternation("|".join(words("elections", "copula"))))
_COPULA_STATUS = {
    row[0]: (row[2] if len(row) > 2 and row[2] else "elected") for row in table("elections") if row[1:2] == ("copula",)
}
# "<post> là", "<count> <post> gồm": a post opening a clause (after a comma, a semicolon, a colon or "theo đó"),
# then who holds it ("Phó Chủ tịch là ông A và B", "03 phó chủ tịch gồm các ông A, B, C").
_COPULA_RE = re.compile(
    r"(?:^|[,;:]\s*|theo đó,?\s*)(?P<post>[^,;:.]{2,60}?)\s+(?:là|gồm(?:\s+có)?)\s+", re.IGNORECASE | re.MULTILINE
)
# The same, opening a sentence: "Phó Chủ tịch Hội là bà B và ông C."
_COPULA_START_RE = re.compile(r"\s*(?P<post>[^,;:.]{2,60}?)\s+(?:là|gồm(?:\s+có)?)\s+", re.IGNORECASE)
# ("các ông, bà: A, B": the honorifics of a mixed list, paired)
_FORMER_RE = re.compile(r"(?<!\w)(?:trước|cũ|nguyên|tiền nhiệm)(?!\w)")
_HONORIFIC_START = re.compile(rf"(?:các\s+)?(?:{_ADDRESS}(?:\s*,\s*{_ADDRESS})?\s*)?:?\s*")
# A committee, its size, then who heads it: "BCH ... gồm 21 thành viên do ông X làm Chủ tịch", "Ban Thường vụ
# gồm 7 đồng chí, trong đó ông X làm Chủ tịch"; without a size when it is presented or new ("ra mắt Ban Chấp hành
# khóa mới do ông X làm Chủ tịch").
_HEADED_RE = re.compile(
    rf"{_BODY}[^.;]{{0,80}}?(?P<size>\s(?:gồm|có)\s+\d+\s+[^.;]{{0,40}}?)?(?:\sdo|,?\s+trong đó,?)\s+"
)
_HEAD_CUE_RE = re.compile(r"(?: do|(?<!\w)trong đó,?)\s+")
# its two branches apart, each led by a literal the engine skips to (the whole stops at every space and "t")
_HEAD_CUE_DO = re.compile(r" do\s+")
_HEAD_CUE_AMONG = re.compile(r"trong đó,?\s+")
_NEW_BODY_RE = re.compile(r"(?<!\w)(?:bầu|hiệp thương|ra mắt|(?:khóa|khoá|nhiệm kỳ) mới)(?!\w)", re.IGNORECASE)
_HEAD_MARKER_RE = re.compile(r"\s*(?:,\s*)?(?:làm|giữ chức|là)\s+")
_VOTED_RE = re.compile(r"(?<!\w)(?:bầu|hiệp thương)(?!\w)")
# A post's organization written by its head noun alone: "Chủ tịch Hội" (bare_heads.txt).
_BARE_HEAD_AFTER = rf"\s+{alternation('|'.join(words('bare_heads')))}(?!\w)"
_BARE_HEAD_AFTER_RE = re.compile(_BARE_HEAD_AFTER)
# What may follow a head noun standing alone for its body: the phrase's end, its term, another post
# ("Chủ tịch Hội.", "Chủ tịch Hội nhiệm kỳ 2023-2028", "Chủ tịch Hội và ..."); not "Hội đồng", "Hội Cựu chiến binh".
_BARE_HEAD_END_RE = re.compile(r"\s*(?:[,.;:)(]|$|(?:nhiệm kỳ|khóa|khoá|lần thứ|và|thay)(?!\w))")
# ("Tân Chủ tịch Hội, ông X", "Tân Chủ tịch Hội X là bà Y": the new holder named after the post)
_NAME_LEAD_RE = re.compile(rf"(?:{_BARE_HEAD_AFTER})?\s*(?:[,–-]|là(?!\w))?\s*(?:(?:{HONORIFIC})\s+)?")
# A post pointed back to ("giữ chức này", "chức vụ trên"): the post named before, not a post of its own.
_NEW_PREFIX_RE = re.compile(r"[Tt]ân\s+")
_COPULA_LEAD_RE = re.compile(r"(?<!\w)là(?!\w)")
_DEICTIC_RE = re.compile(r"(?:này|đó|ấy|trên|nói trên)(?!\w)")


_title_re = post_re  # (the shared pattern of a post, dnnd.facts.reading)

# A line of a result list: "Chủ tịch: ông Lê Khánh Hải", "- Phó Chủ tịch phụ trách tài chính: ông ..." (a bullet
# may open it); the post, a colon, then who holds it. Several may share a line after semicolons.
# An item may also follow, on the same line, the colon of the words that open the list ("Ban Thường vụ gồm: Chủ
# tịch: ông A; ...") or the sentence that reports the vote ("Đại hội đã bầu ... . Chủ tịch: ông A; ...").
# (a line may be numbered: "1) Chủ Tịch: Bà A", "2- Phó Chủ tịch: Ông B", ydan.org)
_BULLET = r"(?:[-–•+*]|\d{1,2}\s*[)\-–])"
_RESULT_ITEM_RE = re.compile(
    rf"(?:^|;|(?<=:)|(?<=:[ \t])|(?<=\.[ \t]))[ \t]*(?:{_BULLET}[ \t]*)?(?P<post>[^\n:;.]{{2,80}}?)[ \t]*:[ \t]*",
    re.MULTILINE,
)
_LINE_RE = re.compile(r"[^\n]+")
# A result item written name first: "ông A - Chủ tịch", "- Bà B – Phó Chủ tịch Hội" (a part of a line
# between semicolons, or after the list's colon).
_PERSON_ITEM_RE = re.compile(rf"(?:^|;|(?<=:))[ \t]*(?:{_BULLET}[ \t]*)?(?:(?:{HONORIFIC})\s+)?", re.MULTILINE)
_PERSON_POST_SEP = re.compile(r"[ \t]*[-–:][ \t]*")
# Words that make a list one of candidates, not of people elected (nominations.txt).
_NOMINATED_RE = re.compile(alternation("|".join(words("nominations"))))
# The result of a vote announced ("kết quả bầu cử ... như sau:", nhanquyen.co; "kết quả bỏ phiếu"): a vote held.
_VOTE_RESULT_RE = re.compile(r"(?<!\w)[Kk]ết quả (?:cuộc )?(?:bầu cử|bỏ phiếu)(?!\w)")
# A list's opening that names the committee "Tân" (new, i.e. just elected), as overseas community outlets head
# the result: "Tân BCH CĐNVTD niên khóa mới (từ trái):" then "Chủ tịch: Kate Hoàng (NSW)" (sbs.com.au).
_NEW_BODY_HEAD_RE = re.compile(rf"\s*[Tt]ân\s+{_BODY}")
# A line kept in office: "Chủ tịch: ông A (tái cử)".
_REELECTED_LINE_RE = re.compile(r"(?<!\w)(?:tái đắc cử|tái cử|tiếp tục)(?!\w)", re.IGNORECASE)
# A person's post in brackets after the name, in a list under a vote: "bầu ông A (Chủ tịch), ông B (Phó Chủ tịch)".
_BRACKET_OPEN = re.compile(r"\s*\(\s*")


# "Tân" (new) before a post, then who holds it: "Tân Chủ tịch Hội X, ông Y" (its honorific and commas between).
# (found by the literal, the post checked after it: a trie in a look-ahead would be tried at every "ân")
_NEW_TITLE_RE = scanner(re.compile(r"(?:T(?<!\wT)|t(?<!\wt))ân\s+"))
_NEW_TITLE_TAIL = re.compile(r"ân\s+")  # (what follows its "t": a literal of two letters, rarer than a "t")
# The extractor's cue: a trigger, or "Tân" before a capital (a post, checked when read).
_ARTICLE_CUE_RE = scanner(re.compile(rf"{_CUE_RE.pattern}|(?:T(?<!\wT)|t(?<!\wt))ân\s+(?=[{UPPER}])"))


@attrs.define
class _Post:
    """A post read after a trigger: its span, the organization named after it, a committee."""

    start: int
    end: int
    organization: Organization | None = None
    body: str | None = None


@attrs.define
class _Choice:
    """Who or what one trigger puts in office, and how far its words reach."""

    status: str
    #: Where the chosen name (or committee) starts, and where the words about it end.
    start: int
    end: int
    person: Person | None = None
    holder: Organization | None = None
    body: str | None = None
    size: AnyEntity | None = None
    post: _Post | None = None
    launch: bool = False
    #: Further posts the same person takes in the same words ("làm Ủy viên Ban Thường vụ, Phó Chủ tịch Hội").
    more_posts: list[_Post] = attrs.Factory(list)
    #: Whether the status is only that of a bare "giữ chức" (taking a post, not saying how): a vote told of
    #: the same person elsewhere in the article says it.
    by_take: bool = False


@attrs.frozen
class _Trigger:
    """A trigger word in a clause: its normalised form and span."""

    word: str
    start: int
    end: int


class _Article:
    """The article as this extractor reads it: a :class:`Reading` and per-article answers."""

    def __init__(self, reading: Reading) -> None:
        self.reading = reading
        self.text = reading.text

    def starting(self, start: int, end: int, *kinds: str) -> Mention | None:
        """The first mention of one of ``kinds`` starting inside ``[start, end)``."""
        for m in self.reading.mentions_in(start, end + 300, *kinds):
            return m if m.start < end else None
        return None

    def entity(self, mention: Mention | None, kind: type[Any]) -> Any:
        """The entity of ``mention`` if it is a ``kind``."""
        entity = self.reading.entity(mention) if mention is not None else None
        return entity if isinstance(entity, kind) else None

    @cached_property
    def meeting_date(self) -> Mention | None:
        """The date opening the article's first paragraph: the day of the meeting it reports."""
        if not self.reading.paragraphs:
            return None
        start, end = self.reading.paragraphs[0]
        found = self.reading.dates_in(start, min(end, start + 60))
        if found and found[0].start - start <= 20 and not re.search(r"[.!?]", self.text[start : found[0].start]):
            return found[0]
        return None

    @cached_property
    def host(self) -> Organization | None:
        """The organization the article's first sentence names first (not in someone's post): the meeting's host."""
        if not self.reading.sentences:
            return None
        s = self.reading.sentences[0]
        orgs = [
            m
            for m in self.reading.mentions_in(s.start, s.end, Organization.kind)
            if not _in_apposition(self, s.start, m)
        ]
        return self.entity(orgs[0], Organization) if orgs else None


# --------------------------------------------------------------------------- posts


def _org_after(art: _Article, end: int, limit: int) -> Organization | None:
    """The organization mentioned right after ``end`` (``của`` allowed between)."""
    gap = _ORG_GAP.match(art.text, end)
    at = gap.end() if gap else end
    if at >= limit:
        return None
    # a post in an internal organ with its parent ("Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")
    # is held in the organ, whose mention has kind "organ"
    m = art.starting(end, at + 1, Organization.kind, "organ")
    return art.entity(m, Organization) if m is not None and m.start >= at - 1 else None


def _loose_end(art: _Article, start: int, limit: int) -> int:
    """Where an unlisted post ends: before a name, a term or punctuation; four words at most."""
    stop = limit
    for m in art.reading.mentions_in(start, limit, Organization.kind, Term.kind, Person.kind):
        stop = min(stop, m.start)
        break
    punct = _PUNCT_RE.search(art.text, start, stop)
    if punct:
        stop = punct.start()
    words = _WORDS_RE.match(art.text[start:stop])
    if words is None or not words.group()[:1].isalpha() or _DEICTIC_RE.match(words.group()):
        return start
    return start + words.end()


def _post_at(art: _Article, start: int, limit: int, *, loose: bool) -> _Post | None:
    """The post written at ``start`` and the organization after it; a committee counts as a post."""
    text = art.text
    while start < limit and text[start].isspace():
        start += 1
    title = _title_re().match(text, start, limit)
    body = _BODY_RE.match(text, start, limit)
    if body and title is None:
        return _Post(start, start, _org_after(art, body.end(), limit), body.group())
    if title is not None:
        end = title.end()
        new = _NEW_PREFIX_RE.match(text, start, end)
        if new is not None:
            start = new.end()  # "được bầu làm tân Chủ tịch Hội X": "tân" (new) tells when, the post is "Chủ tịch"
    elif loose:
        end = _loose_end(art, start, limit)
        if end <= start:
            return None
    else:
        return None
    # an organization may begin inside the title ("Trưởng Ban Tuyên giáo ..."): the post ends there
    inner = art.starting(start + 1, end, Organization.kind)
    if inner is not None:
        end = start + len(text[start : inner.start].rstrip())
    return _Post(start, end, _org_after(art, end, limit))


def _post_following(art: _Article, at: int, limit: int, *, loose: bool) -> _Post | None:
    """The post right after a verb, after an optional marker (``được bầu giữ chức Chủ tịch``)."""
    pos = _AFTER_VERB.match(art.text, at).end()  # type: ignore[union-attr]
    marker = _MARKER_AT.match(art.text, pos)
    if marker is not None:
        loose = loose or marker.group("m").startswith(_LOOSE_MARKERS)
        pos = marker.end()
    return _post_at(art, pos, limit, loose=loose)


def _post_after(art: _Article, start: int, limit: int) -> tuple[_Post | None, int]:
    """The post after a name and its apposition: after the first marker before ``limit``."""
    marker = _MARKER_RE.search(art.text, start, limit)
    if marker is None:
        return None, start
    post = _post_at(art, marker.end(), limit, loose=marker.group("m").startswith(_LOOSE_MARKERS))
    if post is None:
        return None, start
    return post, max(_post_reach(art, post, limit), marker.end())


def _post_reach(art: _Article, post: _Post, limit: int) -> int:
    """Where the words of ``post`` end: after the organization named after it, else after the title.

    "bầu ông A làm Chủ tịch Hội X; ông B, bà C làm Phó Chủ tịch": the list goes on after the body's name.
    """
    if post.organization is None:
        # "bầu ông A làm Chủ tịch Hội, bà B làm Phó Chủ tịch": the head noun alone is the post's words too
        bare = _BARE_HEAD_AFTER_RE.match(art.text, post.end, limit)
        return bare.end() if bare is not None else post.end
    org = art.starting(post.end, limit, Organization.kind)
    return org.end if org is not None and art.reading.entity(org) is post.organization else post.end


# --------------------------------------------------------------------------- who is chosen


def _status(art: _Article, trigger: _Trigger, sentence: tuple[int, int]) -> str:
    """``elected``, ``re-elected`` or ``appointed`` from the trigger and the words around it."""
    text = art.text
    if trigger.word in _APPOINTED:
        return "appointed"
    if trigger.word in _SUCCEED:  # voted in at a congress, else appointed
        return "elected" if _ELECTION_CONTEXT_RE.search(text, *sentence) else "appointed"
    again = _AGAIN.match(text, trigger.end) is not None
    more = (
        _MORE_BEFORE.search(text, max(0, trigger.start - 32), trigger.start) is not None
        or _KEPT_AFTER.match(text, trigger.end) is not None
    )
    if trigger.word in _TAKE:
        # "tiếp tục giữ chức" is a re-election at a congress, a reappointment elsewhere
        if more or trigger.word == "tiếp tục giữ chức":
            return "re-elected" if _ELECTION_CONTEXT_RE.search(text, *sentence) else "appointed"
        return "appointed"
    return "re-elected" if trigger.word in _REELECTED or again or more else "elected"


def _strip_names(art: _Article, start: int, end: int) -> str:
    """``text[start:end]`` without the organization and place names inside it."""
    out, pos = [], start
    for m in art.reading.mentions_in(start, end, Organization.kind, "place"):
        if m.start >= pos:
            out.append(art.text[pos : m.start])
            pos = m.end
    out.append(art.text[pos:end])
    return " ".join(out)


def _object_choices(art: _Article, status: str, at: int, limit: int) -> tuple[list[_Choice], int]:
    """What an active verb ending at ``at`` chooses before ``limit``: committees or people."""
    text = art.text
    pos = _AFTER_VERB.match(text, at).end()  # type: ignore[union-attr]
    size = None
    counted = _COUNTED_POST.match(text, pos)
    taking = _COUNTED_TAKING.match(text, counted.end(), limit) if counted is not None else None
    if taking is not None:
        # "bầu 3 đồng chí giữ chức Phó Chủ tịch gồm: ...": the people counted, then the post each takes
        named = _named_after(art, status, _post_at(art, taking.end(), limit, loose=False), limit)
        return (named, named[-1].end) if named else _people(art, status, pos, limit)
    quantity = art.starting(pos, pos + 1, Quantity.kind)
    if quantity is not None and _unit(quantity) in _MEMBER_UNITS:
        size = art.reading.entity(quantity)
        pos = _AFTER_VERB.match(text, quantity.end).end()  # type: ignore[union-attr]
    if _BODY_RE.match(text, pos, limit):
        bodies, consumed = _bodies(art, status, pos, limit, size)
        # "bầu Ban Thường vụ gồm 5 đồng chí: ông A (Chủ tịch), bà B (Phó Chủ tịch)": its members and their posts
        opened = _MEMBERS_OPEN.match(text, consumed, limit)
        if opened is not None:
            people, after = _people(art, status, opened.end(), limit, listed=True)
            posted = [c for c in people if c.post is not None and c.post.end > c.post.start]
            if posted:
                return [*bodies, *posted], after
        return bodies, consumed
    if size is not None:
        return [], at
    choices, consumed = _people(art, status, pos, limit)
    if not choices:
        choices, consumed = _post_first(art, status, pos, limit)
    return choices, consumed


def _bodies(art: _Article, status: str, start: int, limit: int, size: AnyEntity | None) -> tuple[list[_Choice], int]:
    """Committees listed from ``start`` (``Ban Chấp hành, Ban Thường vụ``), each with its organization and size.

    Returns them and where their words end: the last organization or size read, so that
    the subject of a later verb in the clause stays its own.
    """
    text = art.text
    found = [
        m
        for m in _BODY_RE.finditer(text, start, limit)
        if m.start() == start or _LIST_BEFORE.search(text, start, m.start())
    ]
    out = []
    consumed = start
    for i, body in enumerate(found):
        nxt = found[i + 1].start() if i + 1 < len(found) else limit
        own = size if i == 0 else None
        consumed = body.end()
        org = art.starting(body.end(), body.end() + 8, Organization.kind)
        organization = _org_after(art, body.end(), nxt)
        if organization is not None and org is not None:
            consumed = org.end
        for q in art.reading.mentions_in(body.end(), nxt, Quantity.kind):
            if own is None and _unit(q) in _MEMBER_UNITS:
                own = art.reading.entity(q)
                consumed = q.end
        post = _Post(body.start(), body.start(), organization, body.group())
        out.append(_Choice(status, body.start(), consumed, body=body.group(), size=own, post=post))
    # "Ban Chấp hành, Ban Kiểm tra Hội X": the organization named after the list is every committee's
    shared = None
    for choice in reversed(out):
        if choice.post is not None and choice.post.organization is not None:
            shared = choice.post.organization
        elif choice.post is not None:
            choice.post.organization = shared
    return out, consumed


def _people(
    art: _Article, status: str, at: int, limit: int, *, dashed: bool = False, listed: bool = False
) -> tuple[list[_Choice], int]:
    """People an active verb chooses, each with the post written after them or after the list.

    Once a post is given as taken (``làm``, ``giữ chức``, in brackets), the people listed after it may have
    theirs after a dash: "bầu đồng chí A, tái đắc cử giữ chức Thư ký Chi hội; B-Phó Thư ký Chi hội";
    ``dashed`` says that a post was given before the list (a subject's, ":func:`_listed_after`"). In a list
    of members (``listed``: opened by "gồm" or a colon) a post may come before each name: "bầu ra thường trực BCH
    gồm Chủ tịch A, các Phó Chủ tịch B, C".
    """
    text = art.text
    people = art.reading.mentions_in(at, limit, Person.kind)
    if not people or people[0].start - at > _OBJECT_REACH:
        return [], at
    counted = _counted_opening(art, at, _name_start(text, people[0].start))
    if counted is None and _GAP_STOP.search(_strip_names(art, at, people[0].start)):
        return [], at
    choices: list[_Choice] = []
    consumed = at
    # a list of members opened after the vote ("gồm", a colon) may write each post before the name
    listed = listed or _MEMBER_LIST_RE.search(text, at, _name_start(text, people[0].start)) is not None
    plural: _Post | None = None  # "các Phó Chủ tịch B, C": a post before a list, each bare name after it takes it
    for i, m in enumerate(people):
        begins = _name_start(text, m.start)
        titled = _title_before(art, consumed, begins, bare=listed) if i or listed else None
        opens = titled[1] if titled is not None else begins
        if i and not _LIST_SEP.fullmatch(text, consumed, opens) and not _apposition_then_and(art, consumed, begins):
            break
        nxt = people[i + 1].start if i + 1 < len(people) else limit
        post, end = _post_after(art, m.end, nxt)
        inside = _post_in_body(art, post, nxt) if post is not None and post.end <= post.start else None
        if inside is not None:  # "bầu bổ sung ông A vào Ban Chấp hành và giữ chức Phó Chủ tịch"
            post, end = inside, max(end, _post_reach(art, inside, nxt))
        if post is None:
            post, end = _post_in_brackets(art, m.end, nxt)
        if post is None:
            post, end = _voted_as(art, m.end, nxt)
        if (
            post is None
            and (dashed or (choices and choices[0].post is not None))
            and not _MARKER_RE.search(text, m.end, limit)
        ):
            # (not when a post follows the list: "..., ông B - Giám đốc Sở X, ông C làm Phó Chủ tịch" shares it)
            post, end = _post_dashed(art, m.end, nxt)
        if titled is not None:
            plural = titled[0] if titled[2] else None
            if post is None:
                post = titled[0]
        elif post is None and plural is not None and begins == m.start and i:
            post = plural  # a bare name going on with the plural post's list
        else:
            plural = None
        if post is None and i and _ADVERBS.fullmatch(text, m.end, limit) and limit < len(text):
            break  # the subject of the next trigger: "..., ông B được bầu làm ..."
        person = art.entity(m, Person)
        if person is not None:
            choices.append(_Choice(status, m.start, max(end, m.end), person=person, post=post))
        consumed = max(end, m.end)
    consumed = _respectively(art, choices, limit, consumed)
    if len(choices) == 1 and choices[0].post is not None:
        consumed = _more_posts(art, choices[0], limit, consumed)
    last = choices[-1] if choices else None
    if last is not None and last.post is not None and status == "elected":
        # "bầu ông A và bà B tiếp tục giữ chức ...": kept in office, re-elected
        named = [m for m in people if m.start <= last.start]
        gap = text[named[-1].end if named else last.start : last.post.start]
        if _KEPT_RE.search(gap):
            for choice in choices:
                choice.status = "re-elected"
    # "bầu 3 Phó Chủ tịch gồm ông A, ông B và bà C": the post counted before the list is everyone's; an office so
    # counted is taken by each listed person whatever post follows their name ("bầu 4 Phó Chủ tịch Hội X khóa
    # XIII: Bà A - Ủy viên Ban Thường vụ Tỉnh ủy; ...": what they hold now), while the seats of a committee
    # counted ("5 ủy viên") leave each member the post written beside the name
    if choices and counted is not None:
        office = not _is_seat(art, counted)
        for choice in choices:
            if choice.post is None or (office and not _same_title(art, choice.post, counted)):
                choice.post = counted
    # "bầu ông A, ông B giữ chức Phó Chủ tịch": a list shares the post written after it
    shared = None
    for choice in reversed(choices):
        if choice.post is not None:
            shared = choice.post
        elif shared is not None:
            choice.post = shared
    return choices, consumed


def _post_in_body(art: _Article, body: _Post, limit: int) -> _Post | None:
    """The post named after a committee someone is voted into: "vào BCH và làm Chủ tịch", "..., giữ chức ..."."""
    named = _BODY_RE.match(art.text, body.start, limit)
    if named is None:
        return None
    then = _AND_POST_RE.search(art.text, named.end(), min(limit, named.end() + _OBJECT_REACH))
    if then is None or _BREAK_RE.search(art.text, named.end(), then.start()):
        return None
    post = _post_at(art, then.end(), limit, loose=False)
    if post is None or post.end <= post.start:
        return None
    return attrs.evolve(post, body=body.body)


def _post_voted_before(art: _Article, at: int) -> _Post | None:
    """The post a vote told in the sentence of ``at`` or the two before was for ("bầu giữ chức X")."""
    sentences = art.reading.sentences
    i = art.reading.index_of(art.reading.sentence_at(at))
    lo = sentences[max(0, i - 2)].start
    votes = list(_VOTED_FOR_RE.finditer(art.text, lo, at))
    if not votes:
        return None
    found = votes[-1]  # (the last one)
    post = _post_at(art, found.end(), min(at, found.end() + _OBJECT_REACH), loose=False)
    return post if post is not None and post.end > post.start else None


def _post_held(art: _Article, start: int, end: int) -> _Post | None:
    """The post in apposition right after a name (``, Chủ tịch Hội khóa II,``), if any."""
    gap = _APPOSITION_RE.match(art.text, start, end)
    post = _post_at(art, gap.end(), end, loose=False) if gap is not None else None
    return post if post is not None and post.end > post.start else None


def _title_words(art: _Article, post: _Post) -> str:
    """A post's title, lower case and single-spaced ("phó chủ tịch")."""
    return " ".join(art.text[post.start : post.end].lower().split())


def _is_seat(art: _Article, post: _Post) -> bool:
    """Whether ``post`` is a seat in a body ("ủy viên Ban Thường vụ"), not an office in it (units.tsv ``member``)."""
    title = _title_words(art, post)
    return any(title == unit or title.startswith(unit + " ") for unit in _MEMBER_UNITS)


def _same_title(art: _Article, post: _Post, other: _Post) -> bool:
    """Whether two posts have the same title ("Phó Chủ tịch" and "Phó Chủ tịch Hội X khóa XII")."""
    return _title_words(art, post) == _title_words(art, other)


def _counted_opening(art: _Article, at: int, begins: int) -> _Post | None:
    """The post counted right at ``at`` that opens the list of its holders: "3 Phó Chủ tịch gồm", "3 Phó Chủ tịch:",
    "3 đồng chí giữ chức Phó Chủ tịch gồm:".
    """
    ahead = _COUNTED_POST.match(art.text, at)
    taking = _COUNTED_TAKING.match(art.text, ahead.end(), begins) if ahead is not None else None
    post = _post_at(art, (taking or ahead).end(), begins, loose=False) if ahead is not None else None
    if post is None or post.end <= post.start:
        return None
    opening = _QUALIFIED_LIST_OPEN if taking else _LIST_OPEN
    if not (opening.fullmatch(art.text, post.end, begins) or _NAMED_LIST_OPEN.fullmatch(art.text, post.end, begins)):
        return None
    return post


def _title_before(art: _Article, floor: int, begins: int, *, bare: bool) -> tuple[_Post, int, str] | None:
    """The post written right before a listed name (``gồm Chủ tịch A, các Phó Chủ tịch B, C``).

    Only in a list of members (``bare``) is a title alone before a name the post taken; anywhere, a post
    (maybe counted) and "là" or "gồm" open the people who take it: "... và 2 Phó Chủ tịch là các đồng chí B, C".
    Returns the post, where its list item starts, and the plural word before it ("các ", a count) if any.
    """
    text = art.text
    # the last item start ("gồm 5 ủy viên gồm Chủ tịch A"), else the list's first item, right after its opening
    items = list(_ITEM_START_RE.finditer(text, max(floor, begins - _ITEM_REACH), begins))
    item = items[-1] if items else _PLURAL_START_RE.match(text, floor, begins)
    if item is None:
        return None
    counted = _COUNTED_POST.match(text, item.end(), begins)
    post = _post_at(art, counted.end() if counted else item.end(), begins, loose=False)
    if post is None or post.end <= post.start:
        return None
    copula = _POST_NAME_GAP_RE.fullmatch(text, post.end, begins)
    if copula is None or (not copula.group().strip() and not bare):
        return None
    many = item.group("many") or (counted.group() if counted else "")
    return post, post.start - len(many), many


def _post_dashed(art: _Article, start: int, limit: int) -> tuple[_Post | None, int]:
    """The post right after a dash after a listed name: ``...; Hà Đức Thành-Phó Thư ký Chi hội``."""
    dash = _DASH_POST_RE.match(art.text, start, limit)
    if dash is None:
        return None, start
    post = _post_at(art, dash.end(), limit, loose=False)
    if post is None or post.end <= post.start:
        return None, start
    return post, max(_post_reach(art, post, limit), dash.end())


def _voted_as(art: _Article, start: int, limit: int) -> tuple[_Post | None, int]:
    """The post after "là" that ends the apposition of someone voted in: "bầu bà X, <posts> là Chủ tịch Hội".

    Only a title after it is a post (a vote's object "là" something else says nothing of office).
    """
    found = _VOTED_AS_RE.search(art.text, start, limit)
    if found is None or any(stop in art.text[start : found.start()] for stop in ";:"):
        return None, start
    post = _post_at(art, found.end(), limit, loose=False)
    if post is None or post.end <= post.start:
        return None, start
    return post, max(_post_reach(art, post, limit), found.end())


def _post_in_brackets(art: _Article, start: int, limit: int) -> tuple[_Post | None, int]:
    """The post in brackets right after a chosen name: ``bầu ông A (Chủ tịch), ông B (Phó Chủ tịch)``.

    Read only when no marker (``làm``, ``giữ chức``) gives a post after the name: there the
    brackets hold the post the person already had.
    """
    text = art.text
    bracket = _BRACKET_OPEN.match(text, start, limit)
    if bracket is None:
        return None, start
    close = text.find(")", bracket.end(), limit)
    post = _post_at(art, bracket.end(), close, loose=False) if close > 0 else None
    if post is None or post.end <= post.start or close < 0:
        return None, start
    return post, close + 1


def _apposition_then_and(art: _Article, start: int, end: int) -> bool:
    """``[start, end)`` is the post a listed person holds, then the list goes on: `` - Chủ tịch Hội X khóa II và ``."""
    dash = _APPOSITION_RE.match(art.text, start, end)
    if dash is None or not _ITEM_BEFORE.search(art.text, start, end):
        return False
    return _post_at(art, dash.end(), end, loose=False) is not None


def _more_posts(art: _Article, choice: _Choice, limit: int, consumed: int) -> int:
    """``bầu ông X làm Ủy viên Ban Thường vụ, Phó Chủ tịch Hội``: every post listed after the first is X's too."""
    post = choice.post
    pos = post.end if post is not None else consumed
    while True:
        sep = _POST_SEP.match(art.text, pos, limit)
        more = _post_at(art, sep.end(), limit, loose=False) if sep else None
        if sep is None or more is None:
            break
        if more.end <= more.start:  # a committee between the posts ("Ủy viên Ban Thường vụ, Ban Chấp hành, ...")
            body = _BODY_RE.match(art.text, sep.end(), limit)
            if body is None:
                break
            pos = body.end()
            continue
        choice.more_posts.append(more)
        pos = more.end
    if choice.more_posts and post is not None and post.organization is None:
        # the organization written after the last post is every post's
        shared = choice.more_posts[-1].organization
        choice.post = attrs.evolve(post, organization=shared) if shared else post
    return max(consumed, pos)


def _respectively(art: _Article, choices: list[_Choice], limit: int, consumed: int) -> int:
    """``bầu ông A, bà B (lần lượt) giữ chức Chủ tịch, Phó Chủ tịch``: as many posts as people, in order.

    Only the last person has a post read after the list; when the posts written
    there, one after another, are as many as the people, each takes its own.
    """
    if len(choices) < 2 or choices[-1].post is None or any(c.post is not None for c in choices[:-1]):
        return consumed
    first = choices[-1].post
    posts, pos = [first], first.end
    while len(posts) < len(choices):
        sep = _POST_SEP.match(art.text, pos, limit)
        post = _post_at(art, sep.end(), limit, loose=False) if sep else None
        if post is None or post.end <= post.start:
            return consumed
        posts.append(post)
        pos = post.end
    more = _POST_SEP.match(art.text, pos, limit)
    if more is not None and _post_at(art, more.end(), limit, loose=False) is not None:
        return consumed  # more posts than people: not one each
    # the organization written after the last post is every post's ("Chủ tịch, Phó Chủ tịch Hội X")
    shared = posts[-1].organization
    for choice, post in zip(choices, posts, strict=True):
        choice.post = attrs.evolve(post, organization=shared) if post.organization is None and shared else post
    return max(consumed, pos)


def _post_first(art: _Article, status: str, at: int, limit: int) -> tuple[list[_Choice], int]:
    """The post before the person: ``bổ nhiệm Giám đốc Sở Ngoại vụ cho ông X``."""
    noun = _POST_NOUN_RE.match(art.text, at, limit)
    post = _post_at(art, noun.end() if noun else at, limit, loose=False)
    if post is None or post.end <= post.start:
        return [], at
    text = art.text
    after = post.end
    if post.organization is not None:
        orgs = art.reading.mentions_in(post.end, limit, Organization.kind)
        after = orgs[0].end if orgs else after
    # the post's terms may come before the person: "bầu Chủ tịch HĐND tỉnh X khóa VIII đối với bà Y"
    for term in art.reading.mentions_in(after, limit, Term.kind):
        if not _TERM_GAP_RE.fullmatch(text, after, term.start):
            break
        after = term.end
    to = _TO_PERSON.match(text, after)
    if to is None:
        return [], at
    name = art.starting(to.end(), to.end() + 16, Person.kind)
    person = art.entity(name, Person)
    # (a rank or an honorific may open the name: "đối với Đại tướng Tô Lâm")
    if name is None or person is None or not _RANK_GAP_RE.fullmatch(text, to.end(), _name_start(text, name.start)):
        return [], at
    return [_Choice(status, name.start, name.end, person=person, post=post)], name.end


def _name_start(text: str, start: int) -> int:
    """Where a name's honorific begins (``ông``, ``đồng chí``), or the name itself."""
    found = _HONORIFIC_BEFORE.search(text, max(0, start - 16), start)
    return found.start() if found else start


def _subject_choice(art: _Article, trigger: _Trigger, status: str, floor: int, limit: int) -> _Choice | None:
    """The person (organization, committee) before a verb of taking office, and the post after it."""
    text = art.text
    passive = _PASSIVE_RE.search(text, max(floor, trigger.start - _AGENT_LOOKBACK), trigger.start)
    subject_end = passive.start() if passive else trigger.start
    if trigger.word in ("đảm nhận", "đảm nhiệm"):
        noun = _TAKE_NOUN.match(text, trigger.end)
        post = _post_at(art, noun.end(), limit, loose=False) if noun else None
    elif trigger.word in _SUCCEED:
        post = _post_following(art, _predecessor_end(art, trigger.end, limit), limit, loose=False)
        if post is None:
            return None  # "kế nhiệm sự nghiệp ...": no post taken
    else:
        post = _post_following(art, trigger.end, limit, loose=trigger.word in _TAKE - _TITLED)
        then = _AND_THEN_RE.match(text, trigger.end, limit) if post is None and trigger.word in _SUBJECT else None
        if then is not None:
            # "tiếp tục tái cử và được bầu giữ chức vụ Chủ tịch", "đắc cử và giữ vị trí chủ tịch": the post
            # follows the second verb of the pair
            post = _post_following(art, then.end(), limit, loose=False)
    if post is not None and post.end <= post.start:
        # "được bầu bổ sung vào BCH và làm Chủ tịch LĐLĐ tỉnh": the committee, then the post taken in it
        post = _post_in_body(art, post, limit) or post
    if post is None and trigger.word in _TAKE:
        return None
    # (the post's words reach over its body's name: "được bầu là Chủ tịch Hội, đồng chí B - Phó Chủ tịch")
    end = max(_post_reach(art, post, limit) if post is not None else trigger.end, trigger.end)
    people = art.reading.mentions_in(floor, subject_end, Person.kind)
    person = art.entity(people[-1], Person) if people else None
    if person is not None and post is None and trigger.word in _REELECTED:
        # "Ông A, Chủ tịch Hội nhiệm kỳ trước, tái đắc cử": re-elected to the post written beside the name
        post = _post_held(art, people[-1].end, subject_end)
    if person is not None and post is None and trigger.word in _SUBJECT:
        # "... giới thiệu ông A ứng cử để bầu giữ chức Phó Chủ tịch UBND tỉnh. ... ông A trúng cử với tỷ lệ
        # 88,88%": the post the vote was for, named in the sentences before
        post = _post_voted_before(art, trigger.start)
    if person is not None:
        choice = _Choice(status, people[-1].start, end, person=person, post=post)
        if post is not None and post.end > post.start:
            choice.end = max(end, _more_posts(art, choice, limit, end))
        return choice
    if trigger.word in _TITLED:
        return None  # "Hội X trở thành thành viên của ...": a body joining is no election
    holder = _holder_before(art, floor, subject_end)
    holder_org = art.entity(holder, Organization)
    if holder is not None and holder_org is not None:
        return _Choice(status, holder.start, end, holder=holder_org, post=post)
    body = _BODY_RE.search(text, floor, subject_end)
    if body is not None and post is None:
        org = _org_after(art, body.end(), subject_end)
        post = _Post(body.start(), body.start(), org, body.group())
        return _Choice(status, body.start(), end, body=body.group(), post=post)
    return None


def _counted_subject(art: _Article, trigger: _Trigger, status: str, floor: int, limit: int) -> list[_Choice]:
    """``7 vị được bầu giữ chức Phó Chủ tịch ..., gồm: Ông A, ...; Bà B, ...``: the people listed after the post."""
    text = art.text
    passive = _PASSIVE_RE.search(text, max(floor, trigger.start - _AGENT_LOOKBACK), trigger.start)
    if passive is None or not _COUNTED_SUBJECT_RE.search(text, max(floor, passive.start() - 24), passive.start()):
        return []
    post = _post_following(art, trigger.end, limit, loose=False)
    return _named_after(art, status, post, limit)


def _named_after(art: _Article, status: str, post: _Post | None, limit: int) -> list[_Choice]:
    """The people listed after ``post`` and "gồm:", each taking it (a post after a listed name is held before)."""
    text = art.text
    opened = _NAMED_AFTER_RE.match(text, post.end, limit) if post is not None else None
    if post is None or opened is None:
        return []
    out = []
    for mention in art.reading.mentions_in(opened.end(), limit, Person.kind):
        start = _name_start(text, mention.start)
        person = art.entity(mention, Person)
        if person is not None and (start == opened.end() or _ITEM_BEFORE_RE.search(text, opened.end(), start)):
            out.append(_Choice(status, mention.start, mention.end, person=person, post=post))
    return out


def _predecessor_end(art: _Article, at: int, limit: int) -> int:
    """After ``kế nhiệm``: where the predecessor's name ends (``ông A``), else ``at``."""
    lead = _PREDECESSOR_RE.match(art.text, at, limit)
    start = lead.end() if lead else at
    named = art.starting(start, start + 1, Person.kind)
    return named.end if named is not None else at


def _co_subjects(art: _Article, choice: _Choice, floor: int) -> list[_Choice]:
    """``bà A và ông B được bầu làm Phó Chủ tịch``: the people listed before the subject take the same post.

    A listed person's post may stand after the name: ``đồng chí A, Giám đốc Sở X và đồng chí B được bầu ...``.
    """
    if choice.person is None:
        return []
    text, found = art.text, []
    start = _name_start(text, choice.start)
    for mention in reversed(art.reading.mentions_in(floor, choice.start, Person.kind)):
        person = art.entity(mention, Person)
        # "đồng chí A, Giám đốc Sở X và đồng chí B, ... được bầu": a listed person's post may follow the name
        listed = _LIST_SEP.fullmatch(text, mention.end, start) or _apposition_then_and(art, mention.end, start)
        if person is None or not listed:
            break
        found.append(attrs.evolve(choice, start=mention.start, person=person))
        start = _name_start(text, mention.start)
    return found[::-1]


def _listed_after(art: _Article, status: str, at: int, limit: int) -> tuple[list[_Choice], int]:
    """``A được bầu làm Chủ tịch; B, C làm Phó Chủ tịch``: the people listed after a subject's post, each with
    the post written after them, put in office by the same verb (read as an active verb's object list).

    Who is re-elected is said person by person: the people after a re-elected one are only elected.
    """
    sep = _LIST_SEP.match(art.text, at, limit)
    if sep is None or art.starting(sep.end(), sep.end() + 1, Person.kind) is None:
        return [], at
    choices, consumed = _people(art, status, sep.end(), limit, dashed=True)
    if not choices or any(c.post is None or c.post.end <= c.post.start for c in choices):
        return [], at
    return choices, consumed


def _holder_before(art: _Article, floor: int, end: int) -> Mention | None:
    """An organization named just before the verb (adverbs only between): it takes the role."""
    orgs = art.reading.mentions_in(floor, end, Organization.kind)
    if not orgs or _ADVERBS.fullmatch(art.text, orgs[-1].end, end) is None:
        return None
    return orgs[-1]


def _launch(art: _Article, trigger: _Trigger, status: str, start: int, end: int) -> _Choice | None:
    """A new committee presented (``ra mắt``) or sized (``Ban Chấp hành khóa mới gồm 31 đồng chí``)."""
    text = art.text
    body = _BODY_RE.search(text, start, trigger.start)
    if body is None:
        return None
    if trigger.word == "gồm" and not (
        text[trigger.end : trigger.end + 2].strip()[:1].isdigit() and _NEW_RE.search(text, body.end(), trigger.start)
    ):
        return None
    size = next(
        (
            art.reading.entity(q)
            for q in art.reading.mentions_in(body.end(), end, Quantity.kind)
            if _unit(q) in _MEMBER_UNITS
        ),
        None,
    )
    post = _Post(body.start(), body.start(), _org_after(art, body.end(), trigger.start), body.group())
    return _Choice(status, body.start(), end, body=body.group(), size=size, post=post, launch=True)


def _unit(quantity: Mention) -> str:
    return str(quantity.attrs.get("unit", ""))


# --------------------------------------------------------------------------- clauses


def _triggers(art: _Article, start: int, end: int) -> list[_Trigger]:
    """The triggers in ``[start, end)`` that can report an election, in order."""
    text = art.text
    out = []
    for match in art.reading.words.matches(_TRIGGER_RE, start, end):
        word = " ".join(match.group().lower().split())
        if word.endswith((" chức vụ", " chức danh")):
            word = word.rsplit(" ", 1)[0]  # "giữ chức vụ", "giữ chức danh" are "giữ chức"
        before = text[max(start, match.start() - _LOOKBACK) : match.start()]
        if _VOTE_AHEAD_BEFORE.search(before) or art.reading.mood(start, match.start()) in _NOT_DONE:
            continue
        if word == "bầu" and (_NOT_ELECTION_AFTER.match(text, match.end()) or _NOT_ELECTION_BEFORE.search(before)):
            continue
        if word in _TAKE and _HELD_BEFORE.search(before):
            continue
        out.append(_Trigger(word, match.start(), match.end()))
    return out


def _results_of_votes(art: _Article, triggers: list[_Trigger]) -> list[_Trigger]:
    """``triggers`` without a verb of taking office that tells the result of the vote before it.

    "bầu đồng chí X tái đắc cử Chủ tịch Hội", "được tín nhiệm bầu tái cử chức Chủ tịch": the vote's words
    go on to the post (a marker, :data:`_MARKER`), no second election of their own.
    """
    out: list[_Trigger] = []
    for trigger in triggers:
        vote = out[-1] if out else None
        if (
            trigger.word in _SUBJECT
            and vote is not None
            and vote.word in _ACTIVE
            and _RESULT_GAP_RE.fullmatch(art.text, vote.end, trigger.start)
        ):
            continue
        out.append(trigger)
    return out


def _clause_choices(art: _Article, start: int, end: int, sentence: tuple[int, int]) -> Iterator[tuple[_Choice, int]]:
    """Every choice one clause reports, with where its trigger starts."""
    triggers = _results_of_votes(art, _triggers(art, start, end))
    leading = [t for t in triggers if t.word in _ACTIVE or t.word in _SUBJECT or t.word in _SUCCEED]
    if not leading and not any(t.word in _TAKE for t in triggers):
        launch = next((t for t in triggers if t.word in _LAUNCH), None)
        choice = _launch(art, launch, "elected", start, end) if launch else None
        if choice is not None and launch is not None:
            yield choice, launch.start
        return
    consumed = start
    voted: str | None = None  # the status of the vote the clause told last
    for trigger in triggers:
        if trigger.start < consumed or trigger.word in _LAUNCH:
            continue
        limit = next((t.start for t in leading if t.start > trigger.start), end)
        then = _AND_THEN_RE.match(art.text, trigger.end, end) if trigger.word in _SUBJECT else None
        if then is not None and then.end() > limit:
            # "tái cử và được bầu giữ chức vụ Chủ tịch": one event, its post after the second verb
            limit = next((t.start for t in leading if t.start >= then.end()), end)
        status = _status(art, trigger, sentence)
        if trigger.word in _TAKE and status == "appointed" and voted is not None:
            status = voted  # "A được bầu giữ chức Chủ tịch, B giữ chức Phó Chủ tịch": the vote goes on
        elif trigger.word not in _TAKE:
            voted = status if status != "appointed" else None
        window = art.text[max(start, trigger.start - _AGENT_LOOKBACK) : trigger.start]
        if trigger.word in _ACTIVE and not _PASSIVE_RE.search(window):
            before = consumed
            choices, consumed = _object_choices(art, status, trigger.end, limit)
            if not choices and _dashed_record(art, before, trigger):
                # "Đ/c Huỳnh Tấn Kiệt – bầu giữ chức vụ Phó Chủ tịch": a record line, who is voted in stands first
                choice = _subject_choice(art, trigger, status, before, limit)
                if choice is not None and choice.person is not None and choice.post is not None:
                    choices, consumed = [choice], choice.end
        else:
            choice = _subject_choice(art, trigger, status, consumed, limit)
            choices = (
                [*_co_subjects(art, choice, consumed), choice]
                if choice is not None
                else _counted_subject(art, trigger, status, consumed, limit)
            )
            consumed = choice.end if choice is not None else consumed
            if choice is not None and choice.person is not None:
                more, consumed = _listed_after(art, "elected" if status == "re-elected" else status, consumed, limit)
                choices += more
        by_take = trigger.word in _TAKE and trigger.word not in _APPOINTED and status == "appointed"
        for choice in choices:
            choice.by_take = by_take
            yield choice, trigger.start


def _dashed_record(art: _Article, floor: int, trigger: _Trigger) -> bool:
    """Whether a person's name and a dash stand right before the active vote ``trigger`` ("Đ/c A – bầu ...")."""
    dash = _DASH_BEFORE_RE.search(art.text, max(floor, trigger.start - 4), trigger.start)
    if dash is None:
        return False
    people = art.reading.mentions_in(max(floor, dash.start() - _AGENT_LOOKBACK), dash.start() + 1, Person.kind)
    return bool(people) and not art.text[people[-1].end : dash.start()].strip()


def _voted_over_taken(choices: Iterable[_Choice]) -> None:
    """A person said to "giữ chức" a post (a lead, a caption) takes the status of their vote told elsewhere.

    "Bà X giữ chức Chủ tịch Hội ..." above "Bà X được bầu giữ chức Chủ tịch Hội" is that election.
    """
    choices = list(choices)
    votes = {
        c.person.id: c.status for c in choices if c.person is not None and not c.by_take and c.status != "appointed"
    }
    for choice in choices:
        if choice.by_take and choice.person is not None and choice.person.id in votes:
            choice.status = votes[choice.person.id]


# --------------------------------------------------------------------------- facts


def _organization(art: _Article, choice: _Choice, sentence: tuple[int, int], at: int) -> Organization | None:
    """The organization of the post: named after it, else the sentence's subject organization."""
    post = choice.post
    if post is None or post.organization is not None:
        return post.organization if post is not None else None
    # "được bầu làm Chủ tịch Hội": a head noun alone after the post is the article's body of that head
    bare = _BARE_HEAD_AFTER_RE.match(art.text, post.end)
    if bare is not None and _BARE_HEAD_END_RE.match(art.text, bare.end()):
        body = art.reading.bare_head(post.end, bare.end())
        if body is not None and body is not choice.holder:
            return body
    # the first organization before the verb and the chosen name: not one in the person's apposition
    for m in art.reading.mentions_in(sentence[0], min(at, choice.start), Organization.kind):
        entity = art.entity(m, Organization)
        if entity is not None and entity is not choice.holder and not _in_apposition(art, sentence[0], m):
            return entity
    return art.host if _at_meeting(art, sentence, at) else None


def _in_apposition(art: _Article, start: int, org: Mention) -> bool:
    """Whether ``org`` lies in the post written after a person's name: "ông X, Giám đốc Sở Ngoại vụ"."""
    people = art.reading.mentions_in(start, org.start, Person.kind)
    if not people:
        return False
    gap = art.text[people[-1].end : org.start]
    return _APPOSITION_POST_RE.fullmatch(gap) is not None and _title_re().search(gap) is not None


def _at_meeting(art: _Article, sentence: tuple[int, int], at: int) -> bool:
    """Whether the sentence is set at a meeting: ``Tại hội nghị``, ``Đại hội đã bầu``."""
    if _AT_MEETING_RE.search(art.text, sentence[0], at):
        return True
    return _MEETING_SUBJECT_RE.search(art.text, max(sentence[0], at - 60), at) is not None


def _held_in_sentence(art: _Article, sentence: tuple[int, int], at: int) -> Mention | None:
    """``Ngày 05/12/2019, Hội tổ chức Đại hội …, ông X được bầu …``: the date opening a sentence that tells the
    meeting held before the vote (the vote took place at it)."""
    if _HELD_MEETING_RE.search(art.text, sentence[0], at) is None:
        return None
    found = art.reading.dates_in(sentence[0], min(at, sentence[0] + 60))
    return found[0] if found and found[0].start - sentence[0] <= 20 else None


def _add_time(art: _Article, draft: FactDraft, clause: tuple[int, int], at: int) -> None:
    """Terms of office in the clause; failing those, another term (``năm 2025``) as the period.

    Terms written after the trigger at ``at`` are those of the post taken: a term before it then belongs to
    the person's former post ("Chủ tịch nhiệm kỳ I tiếp tục được bầu giữ chức Chủ tịch nhiệm kỳ II").
    """
    period = None
    offices: list[tuple[int, Term]] = []
    for m in art.reading.mentions_in(clause[0], clause[1], Term.kind):
        label = m.attrs.get("label")
        term = art.entity(m, Term)
        if label in _SESSIONS or term is None:
            continue
        if label in _OFFICE_TERMS or (label is None and term.start_year and term.end_year != term.start_year):
            offices.append((m.start, term))
        elif period is None:
            period = term
    after = [term for start, term in offices if start >= at]
    for term in after or [term for _, term in offices]:
        draft.add("term", term)
    if not draft.has("term"):
        draft.add("period", period)


def _build(art: _Article, choice: _Choice, clause: tuple[int, int], sentence: tuple[int, int], at: int) -> Fact:
    """One election fact: who, the post, where, terms and date, citing the clause."""
    draft = FactDraft("election").add("status", value=choice.status)
    draft.add("person", choice.person).add("holder", choice.holder)
    post = choice.post
    if post is not None and post.end > post.start:
        draft.add("position", value=art.text[post.start : post.end])
    for more in choice.more_posts:
        draft.add("position", value=art.text[more.start : more.end])
    organization = _organization(art, choice, sentence, at)
    if organization is not None and organization is not choice.holder:
        draft.add("organization", organization)
    draft.add("body", value=choice.body or (post.body if post is not None else None))
    draft.add("size", choice.size)
    _add_time(art, draft, clause, at)
    date = art.meeting_date if _at_meeting(art, sentence, at) else _held_in_sentence(art, sentence, at)
    if date is not None and art.reading.entity(date) is not None:
        draft.add("date", art.reading.entity(date)).cite(date.start, date.end)
    return draft.cite(*clause).build()


def _key(fact: Fact) -> tuple[tuple[str, str, str], ...]:
    return tuple(sorted((r.role, r.entity or "", r.value or "") for r in fact.roles))


class ElectionExtractor(FactExtractor):
    """Finds elections and appointments (``election`` facts): who took which post, where and when."""

    name = "elections"
    order = FACT_ORDER + 20
    kind = "election"
    cue = _ARTICLE_CUE_RE

    def facts(self, reading: Reading) -> list[Fact]:
        """One ``election`` fact per person or organization put in office."""
        art = _Article(reading)
        found: list[tuple[_Choice, tuple[int, int], tuple[int, int], int]] = []
        # a clause with no trigger of its own goes on with the list of the one before its semicolon
        for cued, clause in self.cued_clauses(reading, _CUE_RE, verb=_CLAUSE_VERB_RE):
            sentence = (cued.start, cued.end)
            for choice, at in _clause_choices(art, clause[0], clause[1], sentence):
                if choice.person or choice.holder or choice.body:
                    found.append((choice, clause, sentence, at))
        # (one scan of the whole text each, most articles have neither)
        if next(scan_words(reading.words, _COPULA_CUE_RE), None):
            before = None
            for told in reading.sentences:
                if reading.first(_COPULA_CUE_RE, told.start, told.end):
                    found.extend(_copulas(art, told))
                else:
                    found.extend(_copulas_after_vote(art, told, before))
                before = told
        found.extend(_heads(art))
        found.extend(_newly_in_office(art))
        found.extend(_result_lists(art))
        _voted_over_taken(choice for choice, *_ in found)
        facts: dict[tuple[tuple[str, str, str], ...], Fact] = {}
        for choice, clause, sentence, at in found:
            if not (choice.person or choice.holder):
                continue  # a committee elected as a whole names nobody put in office: read, so as not to misread it
            fact = _build(art, choice, clause, sentence, at)
            old = facts.get(_key(fact))
            if old is not None:
                fact = attrs.evolve(old, spans=tuple(dict.fromkeys([*old.spans, *fact.spans])))
            facts[_key(fact)] = fact
        return _without_postless(list(facts.values()))


def _copulas(art: _Article, sentence: Sentence) -> Iterator[tuple[_Choice, tuple[int, int], tuple[int, int], int]]:
    """``<post> là <holder>`` in a sentence that decides posts ("... công nhận cụm trưởng, cụm phó; theo
    đó, Cụm trưởng là Liên hiệp ... tỉnh Lào Cai, Cụm phó là ...").

    Only after the deciding verb (``copula`` in ``elections.tsv``): elsewhere "Chủ tịch Hội là ông X" may
    tell who holds the post, not that X was just given it.
    """
    text = art.text
    cue = art.reading.first(_COPULA_CUE_RE, sentence.start, sentence.end)
    if cue is None:
        return
    if art.reading.mood(sentence.start, cue.start()) in _NOT_DONE:
        return  # "sẽ bầu ...": the posts are to be filled
    status = _COPULA_STATUS.get(" ".join(cue.group().lower().split()), "appointed")
    yield from _copula_choices(art, sentence, _COPULA_RE.finditer(text, cue.end(), sentence.end), status)


def _copulas_after_vote(
    art: _Article, sentence: Sentence, before: Sentence | None
) -> Iterator[tuple[_Choice, tuple[int, int], tuple[int, int], int]]:
    """``<post> là <holder>`` opening the sentence after one that tells a vote, in its paragraph.

    "Đại hội đã bầu ông A làm Chủ tịch Hội. Phó Chủ tịch Hội là bà B và ông C.": the result of that vote.
    """
    text = art.text
    if before is None or before.paragraph != sentence.paragraph:
        return
    cue = art.reading.first(_COPULA_CUE_RE, before.start, before.end)
    if (
        cue is None
        or art.reading.mood(before.start, cue.start()) in _NOT_DONE
        or sentence.paragraph in art.reading.captions
    ):
        return
    first = _COPULA_START_RE.match(text, sentence.start, sentence.end)
    if first is None or _FORMER_RE.search(first.group("post")):
        return  # ("Chủ tịch Hội nhiệm kỳ trước là ông A": who held it before)
    status = _COPULA_STATUS.get(" ".join(cue.group().lower().split()), "appointed")
    matches = [first, *_COPULA_RE.finditer(text, first.end(), sentence.end)]
    yield from _copula_choices(art, sentence, iter(matches), status)


def _copula_choices(
    art: _Article, sentence: Sentence, matches: Iterator[re.Match[str]], status: str
) -> Iterator[tuple[_Choice, tuple[int, int], tuple[int, int], int]]:
    """Who each ``<post> là`` match names, put in that post."""
    text = art.text
    for match in matches:
        counted = _COUNTED_POST.match(text, match.start("post"), match.end("post"))
        post = _post_at(art, counted.end() if counted else match.start("post"), match.end("post"), loose=False)
        if post is None or post.end <= post.start:
            continue
        for named in _copula_holders(art, match.end(), sentence.end):
            person, holder = art.entity(named, Person), art.entity(named, Organization)
            choice = _Choice(status, named.start, named.end, person=person, holder=holder, post=post)
            yield choice, (sentence.start, sentence.end), (sentence.start, sentence.end), match.start()


def _copula_holders(art: _Article, at: int, end: int) -> list[Mention]:
    """Who a copula names right at ``at``: one, or a list ("các ông A, B và C", "ông A và bà B")."""
    text, out = art.text, []
    lead = _HONORIFIC_START.match(text, at)
    at = lead.end() if lead else at
    for named in art.reading.mentions_in(at, end, Person.kind, Organization.kind):
        if named.start != at:
            break
        out.append(named)
        sep = _LIST_SEP.match(text, named.end, end)
        if sep is None or named.kind != Person.kind:
            break
        at = sep.end()
    return out


def _without_postless(facts: list[Fact]) -> list[Fact]:
    """``facts`` without one naming no post for a person another fact gives a post: it tells that election again.

    ("Tổng thư ký: ông A (tái cử)": the bracket's verb reads A alone, the result line A and the post; "chúc mừng
    ông A được tín nhiệm bầu vào Ủy ban ..." after "bầu ông A giữ chức Phó Chủ tịch".)
    """
    posted = {
        r.entity
        for f in facts
        if any(r.role == "position" for r in f.roles)
        for r in f.roles
        if r.role in ("person", "holder")
    }

    def postless(fact: Fact) -> bool:
        if any(r.role == "position" for r in fact.roles):
            return False
        return any(r.entity in posted for r in fact.roles if r.role in ("person", "holder"))

    return [f for f in facts if not postless(f)]


def _head_cues(text: str) -> list[re.Match[str]]:
    """The matches of :data:`_HEAD_CUE_RE` in ``text``, in order, its two branches searched for apart.

    From each match's end on, the nearer of the next match of either branch is the next match of the whole
    (the branches never start at one position): as ``finditer`` finds them, with two scans for a literal.
    """
    out: list[re.Match[str]] = []
    do, among = _HEAD_CUE_DO.search(text), _head_cue_among(text, 0)
    while do is not None or among is not None:
        nearer = [m for m in (do, among) if m is not None]
        cue = min(nearer, key=lambda m: m.start())  # (never a tie: " do" starts with a space, "trong đó" with a "t")
        out.append(cue)
        if do is not None and do.start() < cue.end():
            do = _HEAD_CUE_DO.search(text, cue.end())
        if among is not None and among.start() < cue.end():
            among = _head_cue_among(text, cue.end())
    return out


def _head_cue_among(text: str, pos: int) -> re.Match[str] | None:
    """The first "trong đó" from ``pos`` on that starts a word (``(?<!\\w)``)."""
    m = _HEAD_CUE_AMONG.search(text, pos)
    while m is not None and m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"):
        m = _HEAD_CUE_AMONG.search(text, m.start() + 1)
    return m


def _heads(art: _Article) -> Iterator[tuple[_Choice, tuple[int, int], tuple[int, int], int]]:
    """A committee and who heads it: "bầu BCH ... gồm 21 thành viên do ông X làm Chủ tịch", "Ban Thường vụ gồm 7
    đồng chí, trong đó ông A làm Chủ tịch, bà B làm Phó Chủ tịch", "ra mắt Ban Chấp hành khóa mới do ông X làm ...".

    Each person listed takes the post written after them (``elected`` when the committee was voted in the
    sentence or, with no size, is a new one at a congress; else ``appointed``: "BCH lâm thời có 7 thành viên
    do ông Y làm Chủ tịch").
    """
    text = art.text
    for cue in _head_cues(text):
        sentence = art.reading.sentence_containing(cue.start())
        if sentence is None or sentence.paragraph in art.reading.captions:
            continue
        match = _HEADED_RE.search(text, sentence.start, cue.end())
        if match is None or match.end() != cue.end():
            continue
        sized = match.group("size") is not None
        if not sized and not _NEW_BODY_RE.search(text, sentence.start, cue.start()):
            continue  # no size: only a committee presented or new is one just elected
        if any(t.word in _ACTIVE or t.word in _SUBJECT for t in _triggers(art, cue.end(), sentence.end)):
            continue  # "trong đó ông X được bầu làm Chủ tịch": the verb's own reading has it
        voted = _VOTED_RE.search(text, sentence.start, match.start()) is not None or (
            not sized and _ELECTION_CONTEXT_RE.search(text, sentence.start, cue.start()) is not None
        )
        # the people and their posts, as after a verb of choosing ("ông A làm Chủ tịch, bà B làm Phó Chủ tịch")
        choices, _ = _people(art, "elected" if voted else "appointed", match.end(), sentence.end)
        for choice in choices:
            if choice.post is not None and choice.post.end > choice.post.start:
                yield choice, (sentence.start, sentence.end), (sentence.start, sentence.end), match.start()


def _new_titles(text: str) -> list[re.Match[str]]:
    """The matches of :data:`_NEW_TITLE_RE` in ``text``, in order, each found from the "ân" after its "t".

    A scan for the pattern stops at every "t" of the text; one for its tail only where a "tân" may be.
    """
    out: list[re.Match[str]] = []
    pos = 0  # (the next match starts here or later: its tail one further on)
    while (tail := _NEW_TITLE_TAIL.search(text, pos + 1)) is not None:
        new = _NEW_TITLE_RE.match(text, tail.start() - 1)
        if new is None:
            pos = tail.start()
            continue
        out.append(new)
        pos = new.end()
    return out


def _newly_in_office(art: _Article) -> Iterator[tuple[_Choice, tuple[int, int], tuple[int, int], int]]:
    """A post written "Tân" before the name of who holds it: "Tân Chủ tịch Hội X, ông Y, phát biểu ...".

    "Tân" (new) says the person has just taken the post: elected where the sentence or the
    article speaks of a vote or a congress, else appointed.
    """
    text = art.text
    news = _new_titles(text)
    # "chuyến thăm của Tân Đại sứ X", "tân HLV Y": in an article telling no vote and no appointment, a post
    # taken elsewhere before the news, unless the sentence tells who took it ("Tân Chủ tịch Hội X là bà Y")
    told = not news or _VOTE_HELD_RE.search(text) is not None or _APPOINTMENT_TOLD_RE.search(text) is not None
    for new in news:
        if not _title_re().match(text, new.end()):
            continue
        sentence = art.reading.sentence_containing(new.start())
        if sentence is None or sentence.paragraph in art.reading.captions:
            continue
        post = _post_at(art, new.end(), sentence.end, loose=False)
        if post is None or post.end <= post.start:
            continue
        after = _post_reach(art, post, sentence.end)
        lead = _NAME_LEAD_RE.match(text, after)
        at = lead.end() if lead else after
        if not told and (lead is None or _COPULA_LEAD_RE.search(lead.group()) is None):
            continue
        people = art.reading.mentions_in(at, sentence.end, Person.kind)
        person = art.entity(people[0], Person) if people and people[0].start == at else None
        if person is None or art.reading.mood(sentence.start, new.start()) in _NOT_DONE:
            continue
        voted = _ELECTION_CONTEXT_RE.search(text) is not None
        choice = _Choice("elected" if voted else "appointed", people[0].start, people[0].end, person=person, post=post)
        yield choice, (sentence.start, sentence.end), (sentence.start, sentence.end), new.start()


def _result_lists(art: _Article) -> Iterator[tuple[_Choice, tuple[int, int], tuple[int, int], int]]:
    """A result list under a vote: "Kết quả bầu các chức danh như sau:" then lines "Chủ tịch: ông A".

    Each line (or each part of a line between semicolons) that is a post, a colon and
    people is an election of those people to that post, when the line above the list
    reports a vote done (a trigger, no mood of a plan, no candidates: ``đề cử``,
    ``ứng cử``); ``tái cử`` or ``tiếp tục`` in the line makes it a re-election. The post's
    body is the one the line names, else the one the vote's sentence names, else, at a
    congress, its host.
    """
    text = art.text
    head: tuple[int, int] | None = None
    for line in _LINE_RE.finditer(text):
        if head is None and not _colon_before(text, line.end()) and text.find(":", line.start(), line.end()) < 0:
            continue  # (no list open and no colon: the line changes nothing)
        items = [m for m in _RESULT_ITEM_RE.finditer(text, line.start(), line.end()) if _post_item(art, m)]
        named = [] if items else _person_items(art, line.start(), line.end())
        if not items and not named:
            if head is not None and _unread_item(art, line.start(), line.end()):
                continue  # "- Thủ Quỹ: Cô Kim Sunhi": an item whose post is unknown goes on with the list
            head = line.span() if _colon_before(text, line.end()) else None
            continue
        # the list opened on the line itself, before its first item ("Ban Thường vụ gồm: Chủ tịch: ...")
        first = items[0].start() if items else named[0][0]
        opened = text[line.start() : first].strip()
        here = (line.start(), stripped_end(text, first)) if opened else head
        if here is None or art.reading.in_caption(line.start()) or not _vote_done(art, here):
            continue
        for item in items:
            yield from _result_item(art, item, here, line.end())
        office = _counted_office(art, here) if named else None
        for _, mention, post, stop in named:
            if office is not None and not _same_title(art, post, office):
                post = office  # "bầu 4 Phó Chủ tịch ...:" / "Bà A - Ủy viên Ban Thường vụ Tỉnh ủy": her post now
            yield from _named_item(art, mention, post, stop, here)


def _counted_office(art: _Article, head: tuple[int, int]) -> _Post | None:
    """The office counted at the end of a list's opening ``head`` ("... bầu 4 Phó Chủ tịch Hội X khóa XIII:").

    Each person listed after it takes that office; a post written after a name is the one held now. The seats
    of a committee so counted ("5 ủy viên Ban Thường vụ:") are no office: its members' posts follow their names.
    """
    text = art.text
    for count in _COUNTED_POST.finditer(text, head[0], head[1]):
        post = _post_at(art, count.end(), head[1], loose=False)
        if post is None or post.end <= post.start or _is_seat(art, post):
            continue
        if _LIST_OPEN.fullmatch(text, post.end, head[1]) or _NAMED_LIST_OPEN.fullmatch(text, post.end, head[1]):
            return post
    return None


def _person_items(art: _Article, start: int, end: int) -> list[tuple[int, Mention, _Post, int]]:
    """The items of the line ``[start, end)`` written name first ("ông A - Chủ tịch; bà B - Phó Chủ tịch").

    Each is a person opening a part of the line, a dash or a colon, then a post: where the part starts, the
    person, the post and where the part ends.
    """
    text, out = art.text, []
    for item in _PERSON_ITEM_RE.finditer(text, start, end):
        person = art.starting(item.end(), item.end() + 1, Person.kind)
        sep = _PERSON_POST_SEP.match(text, person.end, end) if person is not None else None
        if person is None or sep is None:
            continue
        stop = text.find(";", sep.end(), end)
        stop = end if stop < 0 else stop
        post = _post_at(art, sep.end(), stop, loose=False)
        if post is not None and post.end > post.start:
            out.append((item.start(), person, post, stop))
    return out


def _named_item(
    art: _Article, mention: Mention, post: _Post, stop: int, head: tuple[int, int]
) -> Iterator[tuple[_Choice, tuple[int, int], tuple[int, int], int]]:
    """The person of one result item written name first, elected to its post."""
    person = art.entity(mention, Person)
    if person is None:
        return
    status = "re-elected" if _REELECTED_LINE_RE.search(art.text, mention.start, stop) else "elected"
    paragraph = art.reading.sentence_containing(head[0])
    lo = art.reading.paragraphs[paragraph.paragraph][0] if paragraph is not None else head[0]
    choice = _Choice(status, mention.start, mention.end, person=person, post=post)
    yield choice, (mention.start, stop), (lo, mention.start), mention.start


def _colon_before(text: str, end: int) -> bool:
    """Whether the last character before ``end`` that is not white space is a colon (no copy of the text)."""
    end = stripped_end(text, end)
    return end > 0 and text[end - 1] == ":"


def _unread_item(art: _Article, start: int, end: int) -> bool:
    """Whether the line ``[start, end)`` has a list item's shape, a person after its colon, whatever its post."""
    item = _RESULT_ITEM_RE.match(art.text, start, end)
    if item is None:
        return False
    lead = _HONORIFIC_START.match(art.text, item.end())
    at = lead.end() if lead else item.end()
    return art.starting(at, at + 1, Person.kind) is not None


def _post_item(art: _Article, item: re.Match[str]) -> bool:
    """Whether ``item`` opens with a post and a person follows its colon."""
    post = _post_at(art, item.start("post"), item.end("post"), loose=False)
    if post is None or post.end <= post.start:
        return False
    lead = _HONORIFIC_START.match(art.text, item.end())
    at = lead.end() if lead else item.end()
    return art.starting(at, at + 1, Person.kind) is not None


def _vote_done(art: _Article, head: tuple[int, int]) -> bool:
    """Whether the line ``head`` reports a vote held: a trigger, no plan and no candidates.

    (The mood of a plan is checked by :func:`_triggers`: "Đại hội sẽ bầu ..." has none.)
    """
    sentence = art.reading.sentence_containing(head[1] - 1)
    start = sentence.start if sentence is not None else head[0]
    if _NOMINATED_RE.search(art.text, start, head[1]):
        return False
    if _VOTE_RESULT_RE.search(art.text, start, head[1]):
        return True  # "Theo kết quả bầu cử ..., Hội đồng ... được ghi nhận như sau:"
    if _NEW_BODY_HEAD_RE.match(art.text, start, head[1]):
        return True  # "Tân Ban Chấp hành ...:": the committee just elected, post by post
    triggers = _triggers(art, start, head[1])
    # "gồm" lists a new committee ("Ban Chấp hành khóa mới gồm:"), not any group ("Thành phần đoàn gồm:")
    if any(t.word not in _LAUNCH for t in triggers):
        return True
    return bool(triggers) and _BODY_RE.search(art.text, start, head[1]) is not None


def _result_item(
    art: _Article, item: re.Match[str], head: tuple[int, int], end: int
) -> Iterator[tuple[_Choice, tuple[int, int], tuple[int, int], int]]:
    """The people of one result line, each elected to its post."""
    text = art.text
    post = _post_at(art, item.start("post"), item.end("post"), loose=False)
    if post is not None and post.organization is None:
        post = attrs.evolve(post, end=item.end("post"))  # "Phó Chủ tịch phụ trách tài chính": the post whole
    stop = text.find(";", item.end(), end)
    stop = end if stop < 0 else stop
    status = "re-elected" if _REELECTED_LINE_RE.search(text, item.start(), stop) else "elected"
    paragraph = art.reading.sentence_containing(head[0])
    lo = art.reading.paragraphs[paragraph.paragraph][0] if paragraph is not None else head[0]
    pos = item.end()
    for mention in art.reading.mentions_in(item.end(), stop, Person.kind):
        person = art.entity(mention, Person)
        begins = _name_start(text, mention.start)
        if person is None or not (begins == pos if pos == item.end() else _LIST_SEP.fullmatch(text, pos, begins)):
            break
        choice = _Choice(status, mention.start, mention.end, person=person, post=post)
        yield choice, (item.start("post"), stop), (lo, item.start()), item.start()
        pos = mention.end


@hookimpl
def dnnd_extractors() -> list[Extractor]:
    """The election and appointment extractor: this module is a plugin of its own, registered as any other."""
    return [ElectionExtractor()]
