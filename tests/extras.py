"""The optional dependencies a test module needs (the pytest settings in pyproject.toml put this folder on the path)."""

from __future__ import annotations

import importlib
import os
from types import ModuleType

import pytest


def needs(module: str, extra: str) -> ModuleType:
    """``module``, imported; without it the calling test module is skipped, naming the extra to install.

    ``make test`` installs every extra and sets ``DNND_ALL_EXTRAS=1``: there a missing module is an
    error, so that CI never passes by skipping the Dask, Parquet, datasette or report tests.
    Only third-party modules go through here: dnnd's own modules are imported plainly, so that
    an error in them fails the tests instead of hiding them.
    """
    try:
        return importlib.import_module(module)
    except ImportError:
        if os.environ.get("DNND_ALL_EXTRAS") == "1":
            raise
        pytest.skip(f"needs {module}: pip install 'dnnd[{extra}]'", allow_module_level=True)
