"""Errors dnnd raises on purpose.

Every error is a :class:`DnndError`: its message names the input it is about
and says what to do. The command line prints that message as one line on
stderr and carries on with the other inputs.
"""

from __future__ import annotations

__all__ = [
    "DecodeError",
    "DnndError",
    "EmptyInputError",
    "InputTooLargeError",
    "MalformedInputError",
    "NoParserError",
    "PluginLoadError",
    "UnknownParserError",
    "UnsupportedInputError",
]


class DnndError(Exception):
    """Base of every error dnnd raises on purpose; ``source`` names the input."""

    def __init__(self, message: str, *, source: str | None = None) -> None:
        super().__init__(message)
        self.source = source

    def __str__(self) -> str:
        message = super().__str__()
        return f"{self.source}: {message}" if self.source else message


class EmptyInputError(DnndError):
    """The input has no content at all (an empty file, only white space)."""


class UnsupportedInputError(DnndError):
    """The input is not a text or HTML page (an image, a PDF, an archive...)."""


class InputTooLargeError(DnndError):
    """The input is larger than the configured limit."""


class DecodeError(DnndError):
    """The bytes could not be decoded with confidence into text."""


class MalformedInputError(DnndError):
    """The input is text but a parser could not make an article of it."""


class NoParserError(DnndError):
    """No parser accepts the input; the message lists what each parser said."""


class UnknownParserError(DnndError):
    """A parser was asked for by a name no loaded plugin provides."""


class PluginLoadError(DnndError):
    """A plugin failed to load or to answer a hook; it is reported and skipped."""

    def __init__(self, message: str, *, plugin: str, source: str | None = None) -> None:
        super().__init__(message, source=source)
        self.plugin = plugin
