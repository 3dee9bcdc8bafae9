"""Sphinx configuration for the dnnd documentation.

Build with ``make docs`` (HTML and doctests, warnings are errors), or::

    sphinx-build -W --keep-going -b html docs docs/_build/html
    sphinx-build -W --keep-going -b doctest docs docs/_build/doctest
"""

from __future__ import annotations

import importlib.metadata
import sys
from pathlib import Path

# The example plugin in docs/examples is imported by the plugin guide's doctests.
sys.path.insert(0, str(Path(__file__).parent / "examples"))

# -- Project -----------------------------------------------------------------

project = "dnnd"
author = "dnnd developers"
copyright = "dnnd developers"
release = importlib.metadata.version("dnnd")
version = ".".join(release.split(".")[:2])

# -- General -----------------------------------------------------------------

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
    "sphinx_click",
]
# sphinx.ext.intersphinx is deliberately off: the build never touches the network.

exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]
language = "en"
nitpicky = False
default_role = "code"
primary_domain = "py"
highlight_language = "default"  # Python where it lexes, plain text where it does not

# -- autodoc -----------------------------------------------------------------

autodoc_typehints = "description"
autodoc_member_order = "bysource"
autodoc_class_signature = "mixed"
napoleon_google_docstring = True
napoleon_numpy_docstring = False

# -- doctest -----------------------------------------------------------------

# Examples in docstrings (rendered by autodoc) are run too; they may use the
# top-level names unqualified, as in ``parse(...)``, and the names of the module
# whose docstring they are in (imported here: all docstrings share one namespace).
doctest_global_setup = """
import dnnd
from dnnd import *
from dnnd.corpus import Corpus
from dnnd.corpus.merge import provinces_in
from dnnd.text.dates import find_published, parse_published
from dnnd.text.numbers import format_number, parse_number
"""

# -- HTML --------------------------------------------------------------------

html_theme = "furo"
html_title = f"dnnd {release}"
html_static_path: list[str] = []
html_show_sourcelink = False


def setup(app):  # type: ignore[no-untyped-def]
    """Keep napoleon off attribute and property docstrings.

    dnnd's docstrings are prose, and a property's often reads ``"The article's
    text: every block's text..."``; napoleon would take the words before the
    colon for a type. Functions and classes still get napoleon's sections.
    """
    from sphinx.ext import napoleon

    for listener in list(app.events.listeners.get("autodoc-process-docstring", [])):
        if listener.handler is napoleon._process_docstring:
            app.disconnect(listener.id)

    def process_docstring(app, what, name, obj, options, lines):  # type: ignore[no-untyped-def]
        if what not in ("attribute", "property", "data"):
            napoleon._process_docstring(app, what, name, obj, options, lines)

    app.connect("autodoc-process-docstring", process_docstring)
