"""The plugin module dnnd loads through the ``dnnd`` entry point ``printfooter``."""

from __future__ import annotations

import dnnd
from dnnd_printfooter.parser import PrintFooterParser


@dnnd.hookimpl
def dnnd_parsers() -> list[dnnd.Parser]:
    """The printfooter parser."""
    return [PrintFooterParser()]
