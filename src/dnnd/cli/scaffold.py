"""The scaffold command of ``dnnd``: ``new-plugin`` writes a new source plugin from the template.

:func:`register` adds it to the ``dnnd`` group; the work is done by
:func:`dnnd.scaffold.new_plugin`.
"""

from __future__ import annotations

from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

import click

from dnnd.cli.common import fail, warning

__all__ = ["register"]


def _checked(check: str) -> Any:
    """A click callback running ``dnnd.scaffold.<check>`` on a value; a ScaffoldError becomes a usage error."""

    def callback(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
        if value is None:
            return None
        from dnnd import scaffold  # here: the templates' machinery is for this command only

        try:
            return str(getattr(scaffold, check)(value))
        except scaffold.ScaffoldError as exc:
            raise click.BadParameter(exc.args[0], ctx=ctx, param=param) from None

    return callback


@click.command("new-plugin")
@click.argument("name", callback=_checked("check_name"))
@click.option(
    "--host",
    callback=_checked("check_host"),
    help="The outlet's web host, e.g. vidu.vn; its HTML pages are claimed by it.  [default: NAME.vn]",
)
@click.option(
    "--outlet",
    callback=_checked("check_outlet"),
    help="The outlet's name as it credits itself, e.g. 'Báo Ví Dụ'.  [default: the host]",
)
@click.option(
    "--directory",
    "-d",
    default=".",
    show_default=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="The folder to write dnnd-NAME/ into (created if missing).",
)
def new_plugin_command(name: str, host: str | None, outlet: str | None, directory: Path) -> None:
    """Write a new source plugin, dnnd-NAME, ready to install, test and adapt.

    \b
    Examples:
      dnnd new-plugin vidu --host vidu.vn --outlet "Báo Ví Dụ" --directory plugins
      pip install -e plugins/dnnd-vidu && dnnd plugins
    The plugin is a complete distribution: pyproject.toml with the entry
    point, a parser built on dnnd's text and HTML machinery, a saved page
    with the JSON it must give, and tests. An existing folder is never
    overwritten.

    Returns (prints) the folder written and the commands to install, list
    and test the new plugin; exit status 1 with one line if it cannot be written.
    """
    from dnnd.scaffold import ScaffoldError, new_plugin

    try:
        target = new_plugin(name, directory, host=host, outlet=outlet)
    except (ScaffoldError, OSError) as exc:
        fail(str(exc))
    taken = [ep for ep in entry_points(group="dnnd") if ep.name == name]
    for ep in taken:
        dist = ep.dist.name if ep.dist is not None else "an installed distribution"
        warning(f"{dist} already registers a plugin {name!r}; uninstall it first")
    click.echo(f"dnnd: wrote {target}/ (parser {name!r})")
    click.echo("Next:")
    click.echo(f"  pip install -e {target}")
    click.echo("  dnnd plugins")
    click.echo(f"  pytest {target}")


def register(group: click.Group) -> None:
    """Add ``new-plugin`` to ``group`` (the ``dnnd`` command)."""
    group.add_command(new_plugin_command)
