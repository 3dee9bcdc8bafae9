"""Every public name of dnnd is in the API reference, with a docstring.

Public: each name in the ``__all__`` of ``dnnd`` and of every module of it that
has one (modules whose name has a part starting with ``_`` aside).

Documented: named by an autodoc directive (``autofunction``, ``autoclass``,
``autodata``...) or a ``py:`` directive in ``docs/*.rst`` — under that name,
or, for a class or function, under any name of the same object — or a member
of a module documented with ``automodule`` and ``:members:``, which renders
every name of the module's ``__all__``.

With a docstring: a class's or function's own ``__doc__``; for any other
object (a constant, a strategy, a type alias) a ``#:`` comment before it in
its module, a docstring after it, or the text of the directive that names it.
Names without one are silently left out by autodoc, so they count as missing.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import pytest

import dnnd

DOCS = Path(__file__).resolve().parent.parent / "docs"

# The target is the name, without the signature a py: directive may give (``f(x) -> int``).
_DIRECTIVE = re.compile(r"^(?P<indent>\s*)\.\. (?P<kind>auto\w+|py:\w+|currentmodule|module)::\s*(?P<target>[^\s(]+)")
_OPTION = re.compile(r"^\s*:(?P<name>[\w-]+):\s*(?P<value>.*)$")


@attrs.frozen
class Directive:
    """One directive of an ``.rst`` file: its kind, target, options and whether it has text."""

    kind: str
    target: str
    module: str | None  # the current module where it stands
    options: dict[str, str]
    has_text: bool


def directives(path: Path) -> Iterator[Directive]:
    """The directives in ``path``, with the module current at each (``currentmodule``, ``module``...)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    module: str | None = None
    for index, line in enumerate(lines):
        match = _DIRECTIVE.match(line)
        if not match:
            continue
        indent, kind, target = len(match.group("indent")), match.group("kind"), match.group("target")
        block = []
        for following in lines[index + 1 :]:
            if following.strip() and len(following) - len(following.lstrip()) <= indent:
                break
            block.append(following)
        options: dict[str, str] = {}
        while block and (option := _OPTION.match(block[0])):  # options come first, right under the name
            options[option.group("name")] = option.group("value").strip()
            block.pop(0)
        if kind in ("currentmodule", "module", "py:module", "py:currentmodule", "automodule"):
            module = None if target == "None" else target
        yield Directive(kind, target, module, options, any(text.strip() for text in block))


def resolve(name: str) -> tuple[str, Any] | None:
    """``(qualified name, object)`` for a dotted name, importing its module; ``None`` if it names nothing."""
    parts = name.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            obj: Any = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        try:
            for attribute in parts[cut:]:
                obj = getattr(obj, attribute)
        except AttributeError:
            return None
        return name, obj
    return None


@attrs.frozen
class Reference:
    """What ``docs/*.rst`` documents."""

    names: frozenset[str]  # qualified names named by a directive
    described: frozenset[str]  # ... of those, the ones whose directive has text of its own
    objects: frozenset[int]  # ids of the classes and functions named
    member_modules: frozenset[str]  # modules documented with automodule :members: (all of __all__)


def _is_code(obj: object) -> bool:
    return inspect.isclass(obj) or inspect.isroutine(obj) or inspect.ismodule(obj)


def read_reference() -> Reference:
    names: set[str] = set()
    described: set[str] = set()
    objects: set[int] = set()
    modules: set[str] = set()
    for path in sorted(DOCS.glob("*.rst")):
        for directive in directives(path):
            if directive.kind in ("currentmodule", "module", "py:currentmodule"):
                continue
            if directive.kind in ("automodule", "py:module"):
                members = directive.options.get("members")
                if members == "":
                    modules.add(directive.target)
                elif members:
                    names.update(f"{directive.target}.{m.strip()}" for m in members.split(","))
                continue
            candidates = [directive.target]
            if directive.module:
                candidates.append(f"{directive.module}.{directive.target}")
            for candidate in candidates:
                found = resolve(candidate)
                if found is None:
                    continue
                names.add(found[0])
                if directive.has_text:
                    described.add(found[0])
                if _is_code(found[1]):
                    objects.add(id(found[1]))
                break
    return Reference(frozenset(names), frozenset(described), frozenset(objects), frozenset(modules))


def public_modules() -> list[ModuleType]:
    """``dnnd`` and every module of it with an ``__all__``, private ones aside."""
    out = [dnnd]
    for info in pkgutil.walk_packages(dnnd.__path__, "dnnd."):
        if any(part.startswith("_") for part in info.name.split(".")):
            continue
        module = importlib.import_module(info.name)
        if hasattr(module, "__all__"):
            out.append(module)
    return out


def attribute_docs(module: ModuleType) -> dict[str, str]:
    """The ``#:`` comments before (or beside) a module's assignments, and docstrings right after them."""
    try:
        source = inspect.getsource(module)
    except (OSError, TypeError):
        return {}
    lines = source.splitlines()
    body = ast.parse(source).body
    docs: dict[str, str] = {}
    for index, node in enumerate(body):
        if isinstance(node, ast.Assign):
            targets = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            targets = [node.target.id]
        else:
            continue
        comments = []
        row = node.lineno - 2
        while row >= 0 and lines[row].strip().startswith("#:"):
            comments.insert(0, lines[row].strip()[2:].strip())
            row -= 1
        inline = re.search(r"#:(.*)$", lines[node.lineno - 1])
        if inline:
            comments.append(inline.group(1).strip())
        following = body[index + 1] if index + 1 < len(body) else None
        if isinstance(following, ast.Expr) and isinstance(following.value, ast.Constant):
            comments.append(str(following.value.value))
        text = " ".join(c for c in comments if c)
        for target in targets:
            if text:
                docs[target] = text
    return docs


MODULES = public_modules()
REFERENCE = read_reference()


def _public_names() -> list[tuple[str, str]]:
    return [(module.__name__, name) for module in MODULES for name in module.__all__]


def test_there_is_something_to_check() -> None:
    assert {"dnnd", "dnnd.text.numbers", "dnnd.testing.strategies", "dnnd.scaffold"} <= {m.__name__ for m in MODULES}
    assert len(_public_names()) > 200


def _documented(module: ModuleType, name: str, obj: object) -> bool:
    if f"{module.__name__}.{name}" in REFERENCE.names or module.__name__ in REFERENCE.member_modules:
        return True
    if not _is_code(obj):
        return False
    if id(obj) in REFERENCE.objects:
        return True
    home = getattr(obj, "__module__", None)  # a re-export of a name documented where it is defined
    return home in REFERENCE.member_modules and name in getattr(importlib.import_module(home), "__all__", ())


def _docstring(module: ModuleType, name: str, obj: object) -> str:
    if _is_code(obj):
        return (obj.__doc__ or "").strip()
    if f"{module.__name__}.{name}" in REFERENCE.described:
        return "(described in the reference)"
    return attribute_docs(module).get(name, "")


@pytest.mark.parametrize(("module", "name"), _public_names(), ids=lambda v: v)
def test_public_name_is_in_the_reference_with_a_docstring(module: str, name: str) -> None:
    home = importlib.import_module(module)
    obj = getattr(home, name)
    assert _documented(home, name, obj), (
        f"{module}.{name} is not in the API reference: add it to docs/api.rst "
        f"(autofunction/autoclass/autodata, or automodule:: {module} with :members:)"
    )
    assert _docstring(home, name, obj), (
        f"{module}.{name} has no docstring: write one (for a constant, a `#:` comment before it, "
        "or text under its directive in docs/api.rst)"
    )


def test_the_directive_reader(tmp_path: Path) -> None:
    rst = tmp_path / "page.rst"
    rst.write_text(
        ".. currentmodule:: dnnd\n\n.. py:data:: hookimpl\n\n   The marker.\n\n"
        ".. automodule:: dnnd.text.patterns\n   :members:\n\n"
        ".. autodata:: dnnd.text.numbers.NUMBER\n   :no-value:\n\n"
        ".. py:function:: word_alternation(*words: str) -> str\n\n"
        "Text.\n",
        encoding="utf-8",
    )
    found = list(directives(rst))
    assert [(d.kind, d.target, d.module, d.has_text) for d in found] == [
        ("currentmodule", "dnnd", "dnnd", False),
        ("py:data", "hookimpl", "dnnd", True),
        ("automodule", "dnnd.text.patterns", "dnnd.text.patterns", False),
        ("autodata", "dnnd.text.numbers.NUMBER", "dnnd.text.patterns", False),
        ("py:function", "word_alternation", "dnnd.text.patterns", False),
    ]
    assert found[2].options == {"members": ""} and found[3].options == {"no-value": ""}
    numbers = importlib.import_module("dnnd.text.numbers")
    assert resolve("dnnd.text.numbers.NUMBER") == ("dnnd.text.numbers.NUMBER", numbers.NUMBER)
    assert resolve("dnnd.nothing_here") is None
    assert attribute_docs(numbers)["SCALES"].startswith("Scale words")
    assert "NUMBER" not in attribute_docs(numbers)  # its `#:` comment belongs to the line before
