"""The plugin module dnnd loads through the ``dnnd`` entry point ``baolaocai``."""

from __future__ import annotations

import dnnd


@dnnd.hookimpl
def dnnd_parsers() -> list[dnnd.Lazy]:
    """The baolaocai parser, built the first time dnnd reads a page (listing plugins does not import it)."""
    return [dnnd.Lazy("baolaocai", "dnnd_baolaocai.parser:BaolaocaiParser")]
