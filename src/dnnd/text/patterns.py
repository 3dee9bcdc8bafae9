"""Regular-expression building blocks shared by the extractors."""

from __future__ import annotations

import re

__all__ = ["word_alternation"]


def word_alternation(*words: str) -> str:
    """An alternation of ``words`` in lower and sentence case, each starting a word.

    Each branch starts with a literal letter and checks the word boundary
    *after* it (``k(?<!\\wk)hóa``) so that the regex engine can skip quickly
    to candidate positions; a leading look-behind would defeat that. Spaces
    inside a word match any run of white space.
    """
    branches = []
    for word in words:
        for variant in dict.fromkeys((word, word[0].upper() + word[1:])):
            first = re.escape(variant[0])
            branches.append(first + rf"(?<!\w{first})" + re.escape(variant[1:]).replace(r"\ ", r"\s+"))
    return "|".join(branches)
