"""The plugin module dnnd loads through the ``dnnd`` entry point ``printfooter``."""

from __future__ import annotations

import dnnd


@dnnd.hookimpl
def dnnd_parsers() -> list[dnnd.Lazy]:
    """The printfooter parser, built the first time dnnd reads a page (listing plugins does not import it)."""
    return [dnnd.Lazy("printfooter", "dnnd_printfooter.parser:PrintFooterParser")]
