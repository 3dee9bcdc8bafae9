"""The ``dnnd`` command: the ``main`` group, and the commands of each module added to it.

The commands live in one module per group: :mod:`dnnd.cli.pages` (``parse``,
``extract``, ``plugins``), :mod:`dnnd.cli.corpus` (``index``, the queries,
``export``, ``report``, ``serve``) and :mod:`dnnd.cli.scaffold`
(``new-plugin``); what they share is in :mod:`dnnd.cli.common`. They import
from there and from the library, never from this module, so no import goes
round in a cycle. Heavy parts (rich, the corpus, the worker pool, the
templates) are imported only by the commands that use them.
"""

from __future__ import annotations

import click

from dnnd import __version__
from dnnd.cli import corpus, pages, scaffold


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dnnd")
def main() -> None:
    """dnnd: Vietnamese people's-diplomacy news pages into clean, typed data.

    \b
    Examples:
      dnnd parse examples/pages                 one JSON article per page
      dnnd parse page.html --format text        print one page as readable text
      dnnd extract examples/pages -o out.jsonl  articles with entities and facts
      dnnd extract crawl.warc.gz -j 4           pages from a crawl, 4 processes
      cat page.txt | dnnd parse -               read standard input
      dnnd plugins                              what parsers and extractors are loaded
    """


for _module in (pages, corpus, scaffold):
    _module.register(main)
