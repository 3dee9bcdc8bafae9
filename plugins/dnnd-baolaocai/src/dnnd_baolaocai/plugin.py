"""The plugin module dnnd loads through the ``dnnd`` entry point ``baolaocai``."""

from __future__ import annotations

import dnnd
from dnnd_baolaocai.parser import BaolaocaiParser


@dnnd.hookimpl
def dnnd_parsers() -> list[dnnd.Parser]:
    """The baolaocai parser."""
    return [BaolaocaiParser()]
