"""The plugin module dnnd loads through the ``dnnd`` entry point ``thoidai``."""

from __future__ import annotations

import dnnd
from dnnd_thoidai.parser import ThoidaiParser


@dnnd.hookimpl
def dnnd_parsers() -> list[dnnd.Parser]:
    """The thoidai.com.vn parser."""
    return [ThoidaiParser()]
