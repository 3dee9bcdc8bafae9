"""Properties every entity extractor keeps on real text, cut and recombined at random."""

from __future__ import annotations

import tomllib
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import dnnd
from dnnd import Article, Paragraph

ROOT = Path(__file__).resolve().parents[1]
ENTITY_KINDS = {"person", "organization", "organ", "place", "money", "document", "date", "quantity"}


def _paragraphs() -> list[str]:
    """The lines of the sample pages and of the dev pages one may read (the tune half)."""
    tune = tomllib.loads((ROOT / "examples" / "dev" / "split.toml").read_text(encoding="utf-8"))["tune"]["pages"]
    paths = [*sorted((ROOT / "examples" / "pages").glob("*.txt"))]
    paths += [ROOT / "examples" / "dev" / "pages" / f"{stem}.txt" for stem in tune]
    out = []
    for path in paths:
        if path.exists():
            out += [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if len(line.strip()) > 40]
    return out


PARAGRAPHS = _paragraphs()


@st.composite
def texts(draw: st.DrawFn) -> list[str]:
    """1-4 real paragraphs, each possibly cut at both ends anywhere (inside a word too)."""
    out = []
    for _ in range(draw(st.integers(1, 4))):
        text = draw(st.sampled_from(PARAGRAPHS))
        start = draw(st.integers(0, len(text) // 3))
        end = draw(st.integers(max(start + 1, 2 * len(text) // 3), len(text)))
        out.append(text[start:end].strip() or text)
    return out


def _inside_word(text: str, at: int) -> bool:
    return 0 < at < len(text) and text[at - 1].isalnum() and text[at].isalnum()


@given(texts())
@settings(max_examples=60, deadline=None)
def test_mentions_are_their_text_and_never_cut_a_word(paragraphs: list[str]) -> None:
    article = dnnd.extract(Article(title="Tin", blocks=[Paragraph(p) for p in paragraphs]))
    text = article.text
    for m in article.mentions:
        if m.kind not in ENTITY_KINDS:
            continue
        assert text[m.start : m.end] == m.text
        assert not _inside_word(text, m.start), (m.kind, m.text, text[max(0, m.start - 10) : m.end])
        assert not _inside_word(text, m.end), (m.kind, m.text, text[m.start : m.end + 10])
    for entity in article.entities:
        for span in getattr(entity, "spans", ()):
            assert 0 <= span.start <= span.end <= len(text)
