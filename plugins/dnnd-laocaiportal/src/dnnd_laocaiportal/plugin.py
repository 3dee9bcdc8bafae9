"""The plugin module dnnd loads through the ``dnnd`` entry point ``laocaiportal``."""

from __future__ import annotations

import dnnd
from dnnd_laocaiportal.parser import LaocaiPortalParser


@dnnd.hookimpl
def dnnd_parsers() -> list[dnnd.Parser]:
    """The laocaiportal parser."""
    return [LaocaiPortalParser()]
