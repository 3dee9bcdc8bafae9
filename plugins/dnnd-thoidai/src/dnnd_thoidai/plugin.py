"""The plugin module dnnd loads through the ``dnnd`` entry point ``thoidai``."""

from __future__ import annotations

import dnnd


@dnnd.hookimpl
def dnnd_parsers() -> list[dnnd.Lazy]:
    """The thoidai.com.vn parser, built the first time dnnd reads a page (listing plugins does not import it)."""
    return [dnnd.Lazy("thoidai", "dnnd_thoidai.parser:ThoidaiParser")]
