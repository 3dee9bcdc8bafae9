"""Tables fit the terminal (COLUMNS) and are plain tab-separated lines when piped."""

from __future__ import annotations

import io

import pytest

from dnnd.cli_tables import print_table

ROWS = [
    ["Liên hiệp các tổ chức hữu nghị tỉnh Lào Cai", "Lào Cai", "2025-01-10", "3"],
    ["Hội Hữu nghị Việt Nam - Trung Quốc\ttỉnh", "Lào Cai\nYên Bái", "2024-12-01", "1"],
]
COLUMNS = ["name", "provinces", "first_seen", "article_count"]


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_piped_tables_are_plain_tab_separated_lines() -> None:
    out = io.StringIO()
    print_table(ROWS, COLUMNS, "Organizations", stream=out)
    lines = out.getvalue().splitlines()
    assert lines[0].split("\t") == COLUMNS
    assert [line.split("\t") for line in lines[1:]] == [
        ROWS[0],
        ["Hội Hữu nghị Việt Nam - Trung Quốc tỉnh", "Lào Cai Yên Bái", "2024-12-01", "1"],
    ]


@pytest.mark.parametrize("width", [40, 72, 150])
def test_terminal_tables_fit_columns(monkeypatch: pytest.MonkeyPatch, width: int) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    out = Terminal()
    print_table(ROWS, COLUMNS, "Organizations", stream=out)
    import re

    lines = [re.sub(r"\x1b\[[0-9;]*m", "", line) for line in out.getvalue().splitlines()]
    assert lines and max(len(line) for line in lines) <= width
    assert "Organizations (2)" in out.getvalue()
