"""The built-in parser plugin: registers the generic text and HTML parsers."""

from __future__ import annotations

from dnnd.hookspecs import hookimpl
from dnnd.plugin import Parser


@hookimpl
def dnnd_parsers() -> list[Parser]:
    """The generic text parser and the generic HTML parser."""
    from dnnd.parsers.html import HtmlParser
    from dnnd.parsers.text import TextParser

    return [TextParser(), HtmlParser()]
