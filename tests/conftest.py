"""Shared fixtures and hypothesis settings for dnnd's tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "examples" / "pages"
GOLD = ROOT / "examples" / "gold"

# CI draws the same examples every run (a landing must not hang on a lucky draw); the dev profile
# explores new ones each time: run `HYPOTHESIS_PROFILE=dev pytest` while working.
settings.register_profile(
    "ci", max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture
def pages() -> Path:
    """The bundled sample pages."""
    return PAGES


@pytest.fixture
def gold() -> Path:
    """The hand-checked expectations for the sample pages."""
    return GOLD
