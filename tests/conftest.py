"""Shared fixtures for dnnd's tests (the hypothesis settings are in the root ``conftest.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "examples" / "pages"
GOLD = ROOT / "examples" / "gold"


@pytest.fixture
def pages() -> Path:
    """The bundled sample pages."""
    return PAGES


@pytest.fixture
def gold() -> Path:
    """The hand-checked expectations for the sample pages."""
    return GOLD
