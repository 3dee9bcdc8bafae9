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


def _assert_mentions_whole(article: Article) -> None:
    """Every entity mention is its text and neither starts nor ends inside a word."""
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


@given(texts())
@settings(max_examples=60, deadline=None)
def test_mentions_are_their_text_and_never_cut_a_word(paragraphs: list[str]) -> None:
    _assert_mentions_whole(dnnd.extract(Article(title="Tin", blocks=[Paragraph(p) for p in paragraphs])))


# Persons as rolls and foreign names are written, glued to what is around them: a name is never cut out
# of a longer word ("Ông John F. Kennedy" in "Ông John F. Kennedyx"), and no word it touches joins it.
_NAMES = (
    "Nguyễn Văn Toàn",
    "Trần Thị Bích",
    "H'Bia Mlô",
    "Jan van der Berg",
    "John F. Kennedy",
    "J. Smith",
    "Jean-Pierre Dupont",
    "Jennifer O'Brien",
    "Chuck Searcy",
)
_BEFORE = ("ông ", "Bà ", "cựu binh Mỹ ", "Nhà báo người Mỹ ", "- Ông ", "1 | ", "Chủ tịch Hội - ông ", "x", "")
_AFTER = (" – Chủ tịch", ": Phó Chủ tịch Hội\n", " (Tổng Thư ký), ", " | Thủ quỹ", " cho biết.", "x", ".", "")


@st.composite
def person_texts(draw: st.DrawFn) -> list[str]:
    """1-3 lines of 1-4 persons each, a name between what the press writes before and after one, the
    pieces glued to one another at times (the text cut inside a word)."""
    lines = []
    for _ in range(draw(st.integers(1, 3))):
        pieces = [
            draw(st.sampled_from(_BEFORE)) + draw(st.sampled_from(_NAMES)) + draw(st.sampled_from(_AFTER))
            for _ in range(draw(st.integers(1, 4)))
        ]
        lines.append(draw(st.sampled_from(("; ", "", " "))).join(pieces).strip() or "Tin")
    return lines


@given(person_texts())
@settings(max_examples=80, deadline=None)
def test_person_mentions_are_their_text_and_never_cut_a_word(paragraphs: list[str]) -> None:
    _assert_mentions_whole(dnnd.extract(Article(title="Tin", blocks=[Paragraph(p) for p in paragraphs])))
