"""``python -m dnnd.cli``: the same as the ``dnnd`` command."""

from dnnd.cli import main

main(prog_name="dnnd")
