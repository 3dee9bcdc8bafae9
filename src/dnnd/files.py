"""Writing output files so that a failed or partial run never replaces a good one.

Only a regular file is replaced atomically (written beside it, renamed over
it). Whatever else a path names is written as it is: a character device
(``/dev/null``, a terminal), a fifo, ``/dev/stdout`` and the other
``/dev/fd`` links. A symbolic link is followed, so its target is written
and the link stays; a file with other hard links is rewritten in place (its
links stay); a replaced file keeps its permission bits.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from dnnd.errors import DnndError

__all__ = ["OutputPathError", "atomic_writer", "check_output_dir", "check_output_file", "display_name"]

# Paths that are a process's own file descriptors: writing through them must reach the descriptor.
_FD_PATHS = ("/dev/stdout", "/dev/stderr", "/dev/fd/", "/proc/self/fd/", "/dev/tty")


class OutputPathError(DnndError):
    """An output path that cannot be written (a folder, under a file, not writable)."""


def display_name(path: str | os.PathLike[str]) -> str:
    """``path`` as one printable line: undecodable bytes, newlines and terminal escapes escaped.

    >>> from dnnd.files import display_name
    >>> display_name("tin\\nmới\\x1b[31m.txt")
    'tin\\\\nmới\\\\x1b[31m.txt'
    """
    text = os.fspath(path)
    out = []
    for ch in text:
        code = ord(ch)
        if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape)
            out.append(f"\\x{code - 0xDC00:02x}")
        elif ch.isprintable() or ch == " ":
            out.append(ch)
        else:
            out.append(ch.encode("unicode_escape").decode("ascii"))
    return "".join(out)


def _umask() -> int:
    """The process's umask (reading it means setting it, so set it straight back)."""
    mask = os.umask(0o22)
    os.umask(mask)
    return mask


def _is_fd_path(path: Path) -> bool:
    """Whether ``path`` is, or links through, a process's descriptor (``/dev/stdout``, ``/proc/self/fd/1``)."""
    text = os.path.abspath(os.fspath(path))
    for _ in range(40):  # the kernel's own limit on a chain of links
        if text.startswith(_FD_PATHS) or text.startswith("/proc/"):
            return True
        try:
            target = os.readlink(text)
        except OSError:  # not a link (or not there): the end of the chain
            return False
        text = os.path.normpath(os.path.join(os.path.dirname(text), target))
    return False


def _nearest_existing(path: Path) -> Path:
    for parent in [path, *path.parents]:
        if os.path.lexists(parent):
            return parent
    return Path(".")


def check_output_file(path: str | os.PathLike[str]) -> None:
    """Raise :class:`OutputPathError` unless ``path`` can be written as an output file.

    Called before the work starts, so that a bad ``-o`` is one line, not a
    traceback after everything was parsed. Missing parent folders are fine
    (they will be created) if the nearest existing one is a writable folder.
    """
    p = Path(path)
    name = display_name(p)
    try:
        info = os.stat(p)
    except FileNotFoundError:
        info = None
    except NotADirectoryError:
        raise OutputPathError("is under a file, not a folder; choose another output path", source=name) from None
    except PermissionError:
        raise OutputPathError("cannot be reached (permission denied)", source=name) from None
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise OutputPathError("is a folder; give a file name for the output", source=name)
        if stat.S_ISREG(info.st_mode) and not os.access(p, os.W_OK):
            raise OutputPathError("is not writable (permission denied)", source=name)
        if stat.S_ISREG(info.st_mode) and not _is_fd_path(p):
            _check_dir_writable(Path(os.path.realpath(p)).parent, name)
        return
    _check_dir_writable(Path(os.path.realpath(p)).parent, name)


def check_output_dir(path: str | os.PathLike[str]) -> None:
    """Raise :class:`OutputPathError` unless ``path`` is, or can be made, a writable folder."""
    p = Path(path)
    name = display_name(p)
    try:
        info = os.stat(p)
    except FileNotFoundError:
        _check_dir_writable(p, name)
        return
    except NotADirectoryError:
        raise OutputPathError("is under a file, not a folder; choose another path", source=name) from None
    if not stat.S_ISDIR(info.st_mode):
        raise OutputPathError("is not a folder; give a folder to write into", source=name)
    if not os.access(p, os.W_OK | os.X_OK):
        raise OutputPathError("is a folder that is not writable (permission denied)", source=name)


def _check_dir_writable(folder: Path, name: str) -> None:
    existing = _nearest_existing(folder)
    if not existing.is_dir():
        raise OutputPathError(
            f"is under {display_name(existing)}, which is a file, not a folder; choose another path", source=name
        )
    if not os.access(existing, os.W_OK | os.X_OK):
        raise OutputPathError(f"cannot be created: {display_name(existing)} is not writable", source=name)


@contextmanager
def atomic_writer(
    path: Path, *, newline: str | None = None, replace_if: Callable[[], bool] | None = None
) -> Iterator[IO[str]]:
    """A UTF-8 text output at ``path`` that never leaves a partial regular file.

    For a regular file (or a new one) the text is written beside it and renamed
    over it at the end, unless the block raises or ``replace_if()`` then answers
    false (nothing worth keeping was written); either way the temporary file is
    removed. A new file gets the umask's permissions, a replaced one keeps its
    own. A symbolic link is followed and its target written. A file with other
    hard links is rewritten in place once the whole text is ready, so the links
    keep sharing it. Anything else (a device such as ``/dev/null``, a fifo,
    ``/dev/stdout``) is opened and written directly.
    """
    path = Path(path)
    try:
        info: os.stat_result | None = os.stat(path)
    except FileNotFoundError:
        info = None
    if _is_fd_path(path) or (info is not None and not stat.S_ISREG(info.st_mode)):
        with open(path, "w", encoding="utf-8", newline=newline) as direct:
            yield direct
        return
    target = Path(os.path.realpath(path))  # write through a symbolic link, to its target
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        mode = stat.S_IMODE(info.st_mode) if info is not None else 0o666 & ~_umask()
        os.chmod(tmp, mode)
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as handle:
            yield handle
        if replace_if is None or replace_if():
            if info is not None and info.st_nlink > 1:
                with open(tmp, "rb") as src, open(target, "r+b") as dst:
                    shutil.copyfileobj(src, dst)
                    dst.truncate()
            else:
                if info is not None and os.geteuid() == 0:
                    _keep_owner(tmp, info)
                os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _keep_owner(tmp: str, info: os.stat_result) -> None:
    # Not permitted on some filesystems: the content matters more than the owner.
    with contextlib.suppress(OSError):
        os.chown(tmp, info.st_uid, info.st_gid)
