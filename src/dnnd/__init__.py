"""dnnd: Vietnamese people's-diplomacy (đối ngoại nhân dân) news pages into clean, typed data.

>>> import dnnd
>>> article = dnnd.parse("Tiêu đề\\n\\nSáng 10/1, hội nghị khai mạc tại tỉnh Lào Cai.")
>>> article.title
'Tiêu đề'
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

from dnnd.api import extract, load, parse
from dnnd.errors import (
    DecodeError,
    DnndError,
    EmptyInputError,
    InputTooLargeError,
    MalformedInputError,
    NoParserError,
    PluginLoadError,
    UnknownParserError,
    UnsupportedInputError,
)
from dnnd.hookspecs import hookimpl
from dnnd.model import (
    Article,
    DateRef,
    DocumentRef,
    Entity,
    Fact,
    Figure,
    Heading,
    Mention,
    Money,
    Organization,
    Paragraph,
    Person,
    Place,
    Quantity,
    Quote,
    RawDocument,
    Role,
    Sniff,
    Span,
    Term,
)
from dnnd.plugin import Extraction, ExtractionContext, Extractor, Lazy, Parser
from dnnd.registry import Registry, default_registry

if TYPE_CHECKING:
    from dnnd.serialize import from_dict, from_json, to_dict, to_json, to_jsonl

# Loaded on first use: cattrs is not needed to parse, and `import dnnd` must stay fast.
_SERIALIZE = frozenset({"from_dict", "from_json", "to_dict", "to_json", "to_jsonl"})


def __getattr__(name: str) -> Any:
    if name in _SERIALIZE:
        from dnnd import serialize

        value = getattr(serialize, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'dnnd' has no attribute {name!r}")


try:
    __version__ = version("dnnd")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0+unknown"

__all__ = [
    "Article",
    "DateRef",
    "DecodeError",
    "DnndError",
    "DocumentRef",
    "EmptyInputError",
    "Entity",
    "Extraction",
    "ExtractionContext",
    "Extractor",
    "Fact",
    "Figure",
    "Heading",
    "InputTooLargeError",
    "Lazy",
    "MalformedInputError",
    "Mention",
    "Money",
    "NoParserError",
    "Organization",
    "Paragraph",
    "Parser",
    "Person",
    "Place",
    "PluginLoadError",
    "Quantity",
    "Quote",
    "RawDocument",
    "Registry",
    "Role",
    "Sniff",
    "Span",
    "Term",
    "UnknownParserError",
    "UnsupportedInputError",
    "__version__",
    "default_registry",
    "extract",
    "from_dict",
    "from_json",
    "hookimpl",
    "load",
    "parse",
    "to_dict",
    "to_json",
    "to_jsonl",
]
