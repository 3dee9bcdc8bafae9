"""The built-in parser plugin: registers the generic text and HTML parsers.

Both are :class:`~dnnd.plugin.Lazy` descriptors: their modules (and the HTML
machinery) are imported the first time a page is read, not when plugins are
listed.
"""

from __future__ import annotations

from dnnd.hookspecs import hookimpl
from dnnd.plugin import Lazy

#: The generic parsers, by name and class.
BUILTIN_PARSERS: tuple[Lazy, ...] = (
    Lazy("text", "dnnd.parsers.text:TextParser"),
    Lazy("html", "dnnd.parsers.html:HtmlParser"),
)


@hookimpl
def dnnd_parsers() -> list[Lazy]:
    """The generic text parser and the generic HTML parser."""
    return list(BUILTIN_PARSERS)
