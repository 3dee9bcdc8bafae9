"""Checks every source plugin's tests make: registered, claims its pages, leaves others alone.

Call them from a plugin's own tests; each raises ``AssertionError`` with a
message that says what the registry or the parser answered::

    from dnnd.testing.plugins import (
        assert_claims, assert_leaves_alone, assert_registered, assert_sniff_is_safe, sniff_inputs,
    )

    def test_registered():
        assert_registered("myoutlet", MyOutletParser)

    def test_claims_its_page():
        assert_claims(SAMPLE, "myoutlet")

    @given(sniff_inputs)
    def test_sniff_never_raises(content):
        assert_sniff_is_safe(MyOutletParser(), content)
"""

from __future__ import annotations

from os import PathLike

from hypothesis import strategies as st

from dnnd.api import load
from dnnd.model import RawDocument
from dnnd.plugin import Parser
from dnnd.registry import Registry, SniffReport

__all__ = ["assert_claims", "assert_leaves_alone", "assert_registered", "assert_sniff_is_safe", "sniff_inputs"]

#: Arbitrary page content, text or bytes, for "sniff never raises" properties.
sniff_inputs: st.SearchStrategy[str | bytes] = st.one_of(st.text(max_size=300), st.binary(max_size=300))


def assert_registered(name: str, cls: type) -> Parser:
    """The registry, loading installed entry points, has a parser ``name`` of class ``cls``."""
    parser = Registry().parser(name)
    assert isinstance(parser, cls), f"parser {name!r} is a {type(parser).__name__}, not a {cls.__name__}"
    return parser


def assert_claims(page: str | PathLike[str], name: str, *, margin: float = 0.5) -> list[SniffReport]:
    """Parser ``name`` sniffs ``page`` best, ahead of the runner-up by at least ``margin``."""
    reports = Registry().sniff(load(page))
    best, runner_up = reports[0], reports[1] if len(reports) > 1 else None
    assert best.parser == name, f"{page}: claimed by {best.parser} ({best.reason}), not {name}"
    gap = best.confidence - (runner_up.confidence if runner_up else 0.0)
    assert gap >= margin, f"{page}: {name} leads {runner_up} by only {gap:.2f}"
    return reports


def assert_leaves_alone(parser: Parser, page: str | PathLike[str], *, below: float = 0.1) -> None:
    """``parser`` sniffs ``page`` (another outlet's) with a confidence under ``below``."""
    answer = parser.sniff(load(page))
    assert answer.confidence < below, f"{page}: {parser.name} claims it at {answer.confidence} ({answer.reason})"


def assert_sniff_is_safe(parser: Parser, content: str | bytes) -> None:
    """``parser.sniff`` answers any content with a confidence in [0, 1], without raising."""
    confidence = parser.sniff(RawDocument(content)).confidence
    assert 0 <= confidence <= 1, f"{parser.name} sniffed a confidence of {confidence}"
