"""Write a new source plugin from dnnd's template (the ``dnnd new-plugin`` command).

The template is a complete, working source plugin for an imaginary outlet,
*Báo Ví Dụ* at ``vidu.vn``, whose parser is called ``vidu``: a distribution
``dnnd-vidu`` with its ``pyproject.toml`` (entry point in the group ``dnnd``),
the package ``dnnd_vidu`` (a :class:`~dnnd.parsers.text.TextParser` subclass
that claims its outlet's pages by their furniture and its HTML pages by host),
a saved page with the JSON it must give, tests built on
:mod:`dnnd.testing.plugins`, :mod:`dnnd.testing.strategies` and
:mod:`dnnd.testing.html_render`, and a README. It ships as package data in
``dnnd/templates/plugin``, each file with a ``.tmpl`` suffix so that no tool
takes it for dnnd's own code.

:func:`new_plugin` copies that tree, drops the suffix, and writes the new
plugin's names (:class:`PluginNames`) wherever the template has its own, in
file names and in file contents:

>>> from dnnd.scaffold import plugin_names
>>> names = plugin_names("baomau", host="https://www.baomau.vn/", outlet="Báo Mẫu")
>>> names.distribution, names.package, names.parser_class, names.host
('dnnd-baomau', 'dnnd_baomau', 'BaomauParser', 'baomau.vn')
>>> plugin_names("Bao-Mau")  # doctest: +ELLIPSIS
Traceback (most recent call last):
  ...
dnnd.scaffold.ScaffoldError: NAME: 'Bao-Mau' is not a plugin name: use lower-case letters and digits...
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Callable
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

import attrs

from dnnd.errors import DnndError
from dnnd.parsers.outlet_html import host_of

__all__ = [
    "MAX_HOST_LENGTH",
    "MAX_NAME_LENGTH",
    "MAX_OUTLET_LENGTH",
    "TEMPLATE_NAMES",
    "TEMPLATE_SUFFIX",
    "PluginNames",
    "ScaffoldError",
    "check_host",
    "check_name",
    "check_outlet",
    "new_plugin",
    "plugin_names",
    "template_files",
]

#: The longest plugin name accepted (the generated code stays within the line length).
MAX_NAME_LENGTH = 30
#: The longest host name accepted.
MAX_HOST_LENGTH = 40
#: The longest outlet name accepted.
MAX_OUTLET_LENGTH = 50
#: Every file of the template ends in this; the written files do not.
TEMPLATE_SUFFIX = ".tmpl"

_NAME = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
_HOST = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,63}")
# Characters that would need escaping in the Python, TOML and JSON strings the outlet is written into.
_OUTLET_FORBIDDEN = set('"\\')


class ScaffoldError(DnndError):
    """A plugin cannot be written: a bad name, host or outlet, or its folder already exists.

    ``source`` names what is wrong: ``NAME``, ``--host``, ``--outlet`` or the folder.
    """


@attrs.frozen
class PluginNames:
    """The names a new source plugin goes by, all derived from its ``name``."""

    #: The parser's and the entry point's name, as ``dnnd plugins`` and ``--parser`` show it: ``vidu``.
    name: str
    #: The outlet's web host, without ``www.``: ``vidu.vn``.
    host: str
    #: The outlet's name as it credits itself: ``Báo Ví Dụ``.
    outlet: str

    @property
    def distribution(self) -> str:
        """The distribution's name on PyPI and its folder's name: ``dnnd-vidu``."""
        return "dnnd-" + self.name.replace("_", "-")

    @property
    def package(self) -> str:
        """The import package: ``dnnd_vidu``."""
        return "dnnd_" + self.name

    @property
    def class_prefix(self) -> str:
        """The name in CamelCase, which class names start with: ``Vidu``."""
        return "".join(part[:1].upper() + part[1:] for part in self.name.split("_"))

    @property
    def parser_class(self) -> str:
        """The parser class: ``ViduParser``."""
        return self.class_prefix + "Parser"


#: The names the template itself uses; :func:`new_plugin` replaces each with the new plugin's.
TEMPLATE_NAMES = PluginNames(name="vidu", host="vidu.vn", outlet="Báo Ví Dụ")


def check_name(name: str) -> str:
    """``name`` if it can name a plugin (``baomau``, ``bao_moi``); else :class:`ScaffoldError`."""
    hint = "use lower-case letters and digits, starting with a letter, words joined by _ (e.g. 'baomau')"
    if name.startswith(("dnnd-", "dnnd_")):
        raise ScaffoldError(f"give the outlet's name without the prefix: {name[5:]!r}, not {name!r}", source="NAME")
    if not _NAME.fullmatch(name):
        raise ScaffoldError(f"{name!r} is not a plugin name: {hint}", source="NAME")
    if len(name) > MAX_NAME_LENGTH:
        raise ScaffoldError(f"{name!r} is longer than {MAX_NAME_LENGTH} characters; shorten it", source="NAME")
    if name in _builtin_parser_names():
        raise ScaffoldError(f"{name!r} is taken by dnnd itself; choose another name", source="NAME")
    return name


def check_host(host: str) -> str:
    """The host of ``host`` (a host name or a URL), lower case, without ``www.``; else :class:`ScaffoldError`."""
    value = host.strip()
    value = host_of(value if "://" in value else "http://" + value) or ""
    if not _HOST.fullmatch(value) or len(value) > MAX_HOST_LENGTH:
        raise ScaffoldError(
            f"{host!r} is not a web host such as 'vidu.vn' (at most {MAX_HOST_LENGTH} characters)", source="--host"
        )
    return value


def check_outlet(outlet: str) -> str:
    """``outlet`` in NFC with its spaces cleaned, if it can name an outlet; else :class:`ScaffoldError`."""
    value = " ".join(unicodedata.normalize("NFC", outlet).split())
    if not value:
        raise ScaffoldError("the outlet's name is empty", source="--outlet")
    if len(value) > MAX_OUTLET_LENGTH:
        raise ScaffoldError(f"{value!r} is longer than {MAX_OUTLET_LENGTH} characters; shorten it", source="--outlet")
    bad = sorted({c for c in value if c in _OUTLET_FORBIDDEN or unicodedata.category(c).startswith("C")})
    if bad:
        raise ScaffoldError(f"{value!r} contains {', '.join(map(repr, bad))}; leave them out", source="--outlet")
    return value


def plugin_names(name: str, *, host: str | None = None, outlet: str | None = None) -> PluginNames:
    """Check ``name``, ``host`` and ``outlet`` and derive the plugin's names from them.

    ``host`` defaults to ``NAME.vn`` (underscores dropped), ``outlet`` to the
    host. Raises :class:`ScaffoldError` naming the value that is wrong.
    """
    name = check_name(name)
    host = check_host(host if host is not None else name.replace("_", "") + ".vn")
    return PluginNames(name=name, host=host, outlet=check_outlet(outlet if outlet is not None else host))


def template_files() -> dict[str, str]:
    """The template's files: relative path (``/``-separated, suffix kept) to text."""
    out: dict[str, str] = {}

    def walk(node: Traversable, prefix: str) -> None:
        for child in sorted(node.iterdir(), key=lambda c: c.name):
            if child.is_dir():
                walk(child, f"{prefix}{child.name}/")
            elif child.name.endswith(TEMPLATE_SUFFIX):
                out[prefix + child.name] = child.read_text(encoding="utf-8")

    walk(resources.files("dnnd") / "templates" / "plugin", "")
    return out


def new_plugin(
    name: str, directory: str | os.PathLike[str] = ".", *, host: str | None = None, outlet: str | None = None
) -> Path:
    """Write the source plugin ``dnnd-NAME`` into ``directory`` and return its folder.

    The plugin is the template with ``name``, ``host`` and ``outlet`` (see
    :func:`plugin_names`) in place of the template's own. ``directory`` is
    created if needed; the plugin's folder must not exist yet. The files are
    written into a temporary folder beside it and moved into place at the end,
    so a failure leaves nothing behind. Raises :class:`ScaffoldError` for a bad
    name, host or outlet, or an existing folder.
    """
    names = plugin_names(name, host=host, outlet=outlet)
    parent = Path(directory)
    target = parent / names.distribution
    if target.exists() or target.is_symlink():
        raise ScaffoldError(
            "already exists; choose another NAME or --directory, or move it away first", source=str(target)
        )
    parent.mkdir(parents=True, exist_ok=True)
    replace = _replacer(names)
    staging = Path(tempfile.mkdtemp(prefix=f".{names.distribution}.", suffix=".part", dir=parent))
    try:
        for relative, text in template_files().items():
            path = staging.joinpath(*replace(relative.removesuffix(TEMPLATE_SUFFIX)).split("/"))
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(replace(text), encoding="utf-8", newline="\n")
        if target.exists():  # created by someone else meanwhile: never write into it
            raise ScaffoldError("appeared while the plugin was being written; nothing was changed", source=str(target))
        staging.rename(target)
    finally:
        if staging.exists():
            shutil.rmtree(staging)
    return target


def _replacer(names: PluginNames) -> Callable[[str], str]:
    """A function putting ``names`` in place of :data:`TEMPLATE_NAMES`, in one pass over a text."""
    pairs = {}
    for attribute in ("host", "outlet", "package", "distribution", "parser_class", "class_prefix", "name"):
        pairs[getattr(TEMPLATE_NAMES, attribute)] = getattr(names, attribute)
    # Longest first, so that "dnnd_vidu" and "vidu.vn" are replaced whole rather than their "vidu".
    pattern = re.compile("|".join(re.escape(old) for old in sorted(pairs, key=len, reverse=True)))
    return lambda text: pattern.sub(lambda match: pairs[match.group()], text)


def _builtin_parser_names() -> frozenset[str]:
    from dnnd.parsers import builtin

    return frozenset(parser.name for parser in builtin.dnnd_parsers())
