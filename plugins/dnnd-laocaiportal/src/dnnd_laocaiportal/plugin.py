"""The plugin module dnnd loads through the ``dnnd`` entry point ``laocaiportal``."""

from __future__ import annotations

import dnnd


@dnnd.hookimpl
def dnnd_parsers() -> list[dnnd.Lazy]:
    """The laocaiportal parser, built the first time dnnd reads a page (listing plugins does not import it)."""
    return [dnnd.Lazy("laocaiportal", "dnnd_laocaiportal.parser:LaocaiPortalParser")]
