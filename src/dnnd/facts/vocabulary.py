"""The fact extractors' words, read from the data files in ``dnnd/data/facts/``: one vocabulary for all kinds.

Each file is a table, one entry a line, columns apart by a tab, ``#`` comments
giving its source. The kinds' modules ask for a table or a column by name and
never write a word list of their own twice.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from dnnd.text.patterns import scanner, word_alternation

__all__ = [
    "HONORIFIC",
    "MOODS_NOT_DONE",
    "MOOD_PURPOSE",
    "alternation",
    "cue_re",
    "mood_of",
    "mood_pattern",
    "table",
    "tagged",
    "trigger_re",
    "words",
    "words_re",
]

#: The moods after which an event did not take place (see ``realis.tsv``); a kind may add its own.
MOODS_NOT_DONE = frozenset({"future", "planned", "negated", "conditional", "proposed", "called", "habitual"})
#: What something is for (``nhằm``, ``để``): no event for the kinds whose verb such a phrase names (aid, elections).
MOOD_PURPOSE = "purpose"


@cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of ``dnnd/data/facts/<name>.tsv`` (or ``.txt``), comments and blank lines left out."""
    folder = resources.files("dnnd.data").joinpath("facts")
    path = folder.joinpath(f"{name}.tsv")
    if not path.is_file():
        path = folder.joinpath(f"{name}.txt")
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            rows.append(tuple(cell.strip() for cell in line.split("\t")))
    return tuple(rows)


@cache
def words(name: str, tag: str | None = None) -> tuple[str, ...]:
    """The first column of table ``name``, of the rows whose second column is ``tag`` (all if ``None``)."""
    return tuple(row[0] for row in table(name) if tag is None or (len(row) > 1 and row[1] == tag))


@cache
def words_re(name: str, tag: str | None = None) -> re.Pattern[str]:
    """Any word of :func:`words`, whole, in lower or sentence case (longest first)."""
    found = sorted(words(name, tag), key=len, reverse=True)
    return scanner(re.compile(rf"(?:{word_alternation(*found)})(?!\w)"))  # same matches, found faster


def tagged(name: str, tag: str, lower: bool = False) -> str:
    """:func:`alternation` of the words of table ``name`` tagged ``tag``, the longest first."""
    return alternation("|".join(sorted(words(name, tag), key=len, reverse=True)), lower=lower)


def alternation(alternatives: str, lower: bool = False) -> str:
    """A pattern for any of the ``|``-separated words, whole, in lower and sentence case (lower only if asked).

    Fast to scan for: every branch starts with a literal letter and checks the
    word boundary after it, no ``IGNORECASE``.
    """
    found = alternatives.split("|")
    if lower:
        branches = "|".join(rf"{w[0]}(?<!\w{w[0]}){re.escape(w[1:])}" for w in found).replace(r"\ ", r"\s+")
        return rf"(?:{branches})(?!\w)"
    return rf"(?:{word_alternation(*found)})(?!\w)"


@cache
def mood_of() -> dict[str, str]:
    """Each mood word (lower case, single-spaced) and its mood, from ``realis.tsv``."""
    return {row[0]: row[1] for row in table("realis")}


def mood_pattern() -> re.Pattern[str]:
    """Any mood word or phrase of ``realis.tsv``, the longest first (``không chỉ`` before ``không``)."""
    return words_re("realis")


@cache
def trigger_re(name: str, *tags: str) -> re.Pattern[str]:
    """The words of table ``name`` tagged ``tags``, whole, except where a ``not`` row of the table goes on.

    ``trao`` (give) with the row ``trao đổi	not`` matches ``trao`` but not
    ``trao đổi``. Each word matches with any of its words capitalised
    (``Biên bản Hội nghị``). Fast to scan for: every branch starts with its
    first letter and checks the word boundary after it, no ``IGNORECASE``.
    """
    found = sorted({w for tag in tags for w in words(name, tag)}, key=len, reverse=True)
    nots = words(name, "not")
    branches = []
    for word in found:
        tails = [n[len(word) :].strip() for n in nots if n.startswith(word + " ")]
        guard = rf"(?!\s+(?:{'|'.join(map(_any_case, tails))})(?!\w))" if tails else ""
        for first in dict.fromkeys((word[0], word[0].upper())):
            head = re.escape(first)
            branches.append(rf"{head}(?<!\w{head}){_any_case(word)[len(_any_case(word[0])) :]}{guard}")
    return scanner(re.compile(rf"(?:{'|'.join(branches)})(?!\w)"))  # same matches, found faster


def _any_case(phrase: str) -> str:
    """``phrase`` as a pattern whose words may each start in either case (spaces: any white space)."""
    out = []
    for word in phrase.split():
        first, rest = word[0], re.escape(word[1:])
        out.append((f"[{first}{first.upper()}]" if first.upper() != first else re.escape(first)) + rest)
    return r"\s+".join(out)


@cache
def cue_re(name: str) -> re.Pattern[str]:
    """A kind's cheap cue: any word of table ``name``, whole, in lower or sentence case, built to scan fast.

    The words themselves, as one alternation recompiled by
    :func:`dnnd.text.patterns.scanner` (the regex engine then jumps to the
    first letters only): a cue that follows the table, so a new word in the
    data file is cued without a second edit, and that matches no sentence
    holding none of the words.
    """
    found = sorted(words(name), key=len, reverse=True)
    return scanner(re.compile(rf"(?:{word_alternation(*found)})(?!\w)"))


#: Any honorific before a person's name (``honorifics.txt``), whole, in lower or sentence case.
HONORIFIC = alternation("|".join(sorted(words("honorifics"), key=len, reverse=True)))
