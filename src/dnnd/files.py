"""Writing output files so that a failed or partial run never replaces a good one."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

__all__ = ["atomic_writer"]


def _umask() -> int:
    """The process's umask (reading it means setting it, so set it straight back)."""
    mask = os.umask(0o22)
    os.umask(mask)
    return mask


@contextmanager
def atomic_writer(
    path: Path, *, newline: str | None = None, replace_if: Callable[[], bool] | None = None
) -> Iterator[IO[str]]:
    """A UTF-8 text file that appears at ``path`` only once it has been written whole.

    It is written beside ``path`` and renamed over it at the end, unless the
    block raises or ``replace_if()`` then answers false (nothing worth keeping
    was written); either way the temporary file is removed. The file gets the
    permissions an ordinary new file would (the umask's), not the temporary
    file's private ones.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        os.chmod(tmp, 0o666 & ~_umask())
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as handle:
            yield handle
        if replace_if is None or replace_if():
            os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
