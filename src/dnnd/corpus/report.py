"""``dnnd report``: one self-contained HTML page of charts about a corpus, readable offline.

Three charts, drawn with plotly (the ``report`` extra: ``pip install
'dnnd[report]'``), whose JavaScript is embedded in the page once, so that it
opens without a network (no CDN):

* aid per province and year, one bar per province and status, one chart per
  currency (statuses are never added together);
* facts per month (the fact's own date, else its article's), stacked by kind;
* the people with the most distinct positions.
"""

from __future__ import annotations

import html
import os
from collections import defaultdict
from pathlib import Path
from typing import Any

from dnnd.corpus import Corpus, queries

__all__ = ["CHARTS", "build_report", "write_report"]

#: The id of each chart's element in the page, in order.
CHARTS = ("aid-by-province-year", "facts-per-month", "people-by-positions")


def _aid_figure(corpus: Corpus) -> Any:
    import plotly.graph_objects as go

    bars: dict[tuple[str, str, str], dict[int, Any]] = defaultdict(dict)
    for t in queries.aid_totals(corpus.db):
        if t.year is not None:
            bars[(t.currency or "?", t.province or "(no province)", t.status or "(no status)")][t.year] = t.total
    fig = go.Figure()
    for (currency, province, status), years in sorted(bars.items()):
        xs = sorted(years)
        fig.add_bar(
            x=xs, y=[int(years[x]) for x in xs], name=f"{province} · {status} ({currency})", legendgroup=currency
        )
    fig.update_layout(
        title="Aid per province and year (each status apart)",
        barmode="group",
        xaxis_title="year",
        yaxis_title="amount (in its currency)",
    )
    return fig


def _facts_figure(corpus: Corpus) -> Any:
    import plotly.graph_objects as go

    counts: dict[str, dict[str, int]] = defaultdict(dict)
    months = set()
    for month, kind, n in queries.facts_per_month(corpus.db):
        counts[kind][month] = n
        months.add(month)
    axis = sorted(months)
    fig = go.Figure()
    for kind in sorted(counts):
        fig.add_bar(x=axis, y=[counts[kind].get(m, 0) for m in axis], name=kind)
    fig.update_layout(title="Facts per month, by kind", barmode="stack", xaxis_title="month", yaxis_title="facts")
    return fig


def _people_figure(corpus: Corpus) -> Any:
    import plotly.graph_objects as go

    top = list(reversed(queries.people_by_positions(corpus.db)))
    fig = go.Figure(go.Bar(x=[n for _, _, n in top], y=[name for _, name, _ in top], orientation="h"))
    fig.update_layout(
        title="People with the most positions", xaxis_title="distinct positions", height=200 + 24 * len(top)
    )
    return fig


def build_report(corpus: Corpus) -> str:
    """The report as one HTML page, plotly's JavaScript embedded once."""
    figures = [_aid_figure(corpus), _facts_figure(corpus), _people_figure(corpus)]
    parts = [
        fig.to_html(full_html=False, include_plotlyjs=(i == 0), div_id=div_id, default_height="480px")
        for i, (fig, div_id) in enumerate(zip(figures, CHARTS, strict=True))
    ]
    counts = corpus.counts()
    summary = ", ".join(f"{counts.get(t, 0)} {t}" for t in ("articles", "facts", "people", "organizations"))
    title = f"dnnd corpus report: {html.escape(Path(corpus.path).name)}"
    sections = "\n".join(f'<section class="chart">{p}</section>' for p in parts)
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n"
        "<style>body{font-family:system-ui,sans-serif;margin:2em auto;max-width:1100px}"
        "section.chart{margin:2em 0}</style>\n</head>\n<body>\n"
        f"<h1>{title}</h1>\n<p>{html.escape(summary)}.</p>\n{sections}\n</body>\n</html>\n"
    )


def write_report(corpus: Corpus, to: str | os.PathLike[str]) -> Path:
    """Write :func:`build_report` to ``to`` (replaced whole, never left half-written); return the path."""
    from dnnd.files import atomic_writer

    path = Path(to)
    page = build_report(corpus)
    with atomic_writer(path) as handle:
        handle.write(page)
    return path
