"""Person names as bylines print them: ``VŨ VĂN CÀI`` → ``Vũ Văn Cài``."""

from __future__ import annotations

import re

from dnnd.text.normalize import clean_space

__all__ = ["name_case", "split_names"]

_SEPARATORS = re.compile(r"\s*(?:,|;|\s-\s|\s–\s|\bvà\b|&)\s*")


def name_case(name: str) -> str:
    """Write a name with each syllable capitalised, the rest lower case.

    Only names typed wholly in upper or lower case are changed, so that
    ``"Rebecca McLeod"`` keeps its spelling.
    """
    name = clean_space(name)
    if name.isupper() or name.islower():
        return " ".join(w[:1].upper() + w[1:].lower() for w in name.split(" "))
    return name


def split_names(text: str) -> list[str]:
    """Split a byline naming several people (``NHẬT XUÂN - NGHI VŨ``) into names, name-cased."""
    return [name_case(part) for part in _SEPARATORS.split(clean_space(text)) if part.strip()]
