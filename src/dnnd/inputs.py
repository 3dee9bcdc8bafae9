"""What the user names → pages to read: files, folders, globs, stdin, crawls.

One place turns the inputs of ``dnnd parse``, ``dnnd extract`` and
``dnnd index`` into :class:`Page` records, with one :class:`Problem` per input
that cannot be read. Every read is bounded: at most the size limit plus one
byte is read from anything (a fifo, ``/dev/zero``, standard input), so
nothing a user points dnnd at can hang it or fill the memory.

Inputs:

- a file: a page (``.txt``, ``.html``... see :data:`PAGE_SUFFIXES`), or a
  crawl: a WARC file (``.warc``, ``.warc.gz``, read with warcio), a tar
  archive (``.tar``, ``.tar.gz``, ``.tgz``...) or JSON Lines (``.jsonl``,
  one page a line with ``url`` and ``html`` or ``text``);
- a folder, searched recursively (sorted, hidden entries skipped) for pages
  and WARC files; a non-regular file found there (a fifo, a device) is
  skipped with a note;
- a glob (``pages/*.html``), expanded when the shell did not;
- ``-``: one page on standard input;
- a list of paths, one a line (``files_from``; ``-`` for standard input).

A crawl's record becomes a page whose source and URL are the record's URL;
its fetch date is kept in :attr:`Page.fetched`.

>>> from dnnd.inputs import iter_inputs
>>> [str(item) for item in iter_inputs(["no/such/page.txt"])]
['no/such/page.txt: no such file or folder; check the path']
"""

from __future__ import annotations

import glob
import gzip
import json
import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from typing import IO, Any

import attrs

from dnnd.decode import DEFAULT_MAX_BYTES, check_size
from dnnd.errors import DnndError, UnsupportedInputError
from dnnd.files import display_name
from dnnd.model import RawDocument

__all__ = [
    "CRAWL_SUFFIXES",
    "PAGE_SUFFIXES",
    "Page",
    "Problem",
    "iter_inputs",
    "media_type",
    "pages",
    "read_file",
    "read_stream",
]

#: Page file names and the media type each implies (a trailing ``.gz`` is allowed).
PAGE_SUFFIXES: dict[str, str] = {
    ".txt": "text/plain",
    ".html": "text/html",
    ".htm": "text/html",
    ".xhtml": "text/html",
    ".shtml": "text/html",
}

#: Crawl files: each holds many pages. Folders are searched for WARC files; tar and JSONL must be named.
CRAWL_SUFFIXES: dict[str, str] = {
    ".warc": "warc",
    ".warc.gz": "warc",
    ".tar": "tar",
    ".tar.gz": "tar",
    ".tgz": "tar",
    ".tar.bz2": "tar",
    ".tar.xz": "tar",
    ".jsonl": "jsonl",
    ".jsonl.gz": "jsonl",
    ".ndjson": "jsonl",
}

_CHUNK = 1 << 20


@attrs.frozen
class Page:
    """One page to read: a file (read where it is processed) or content already read from a crawl.

    ``name`` is printable (see :func:`dnnd.files.display_name`) and becomes the
    article's source; ``path`` is the file as the operating system names it.
    """

    name: str
    path: str | None = None
    content: bytes | str | None = attrs.field(default=None, repr=False)
    url: str | None = None
    fetched: datetime | None = None
    media_type: str | None = None
    encoding: str | None = None

    def document(self, *, max_bytes: int = DEFAULT_MAX_BYTES) -> RawDocument:
        """The page as a :class:`RawDocument` (bytes not yet decoded), reading at most ``max_bytes`` + 1."""
        if self.content is not None:
            data = self.content
        elif self.path is not None:
            data = read_file(self.path, max_bytes=max_bytes, name=self.name)
        else:
            data = read_stream(sys.stdin.buffer, max_bytes=max_bytes, name=self.name)
        return RawDocument(
            data, source=self.url or self.name, url=self.url, media_type=self.media_type, encoding=self.encoding
        )


@attrs.frozen
class Problem:
    """An input that gives no page: one line for the user. A note (``fatal`` false) is not a failure."""

    name: str
    message: str
    fatal: bool = True

    def __str__(self) -> str:
        return f"{self.name}: {self.message}"


def media_type(name: str) -> str | None:
    """The media type a file name implies (``page.html.gz`` → ``text/html``), or ``None``."""
    lower = name.lower()
    if lower.endswith(".gz"):
        lower = lower[:-3]
    return PAGE_SUFFIXES.get(os.path.splitext(lower)[1])


def _crawl_kind(name: str) -> str | None:
    lower = name.lower()
    for suffix, kind in sorted(CRAWL_SUFFIXES.items(), key=lambda kv: -len(kv[0])):
        if lower.endswith(suffix):
            return kind
    return None


def _is_page_name(name: str) -> bool:
    return not name.startswith(".") and media_type(name) is not None


# --------------------------------------------------------------------------- bounded reads


def read_stream(stream: IO[bytes], *, max_bytes: int = DEFAULT_MAX_BYTES, name: str = "<stdin>") -> bytes:
    """Read ``stream`` to its end, but never more than ``max_bytes`` + 1 bytes.

    Raises :class:`~dnnd.errors.InputTooLargeError` when there is more.
    """
    parts: list[bytes] = []
    size = 0
    while size <= max_bytes:
        part = stream.read(min(_CHUNK, max_bytes + 1 - size))
        if not part:
            break
        parts.append(part)
        size += len(part)
    check_size(size, max_bytes, name)
    return b"".join(parts)


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a fifo"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a regular file"


def read_file(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES, name: str | None = None) -> bytes:
    """The bytes of the file at ``path``, reading at most ``max_bytes`` + 1 of them.

    A fifo without a writer reads as empty instead of waiting for one; a device
    such as ``/dev/zero`` is read up to the limit and refused. Every failure is
    a :class:`~dnnd.errors.DnndError` naming the file.
    """
    name = name or display_name(path)
    try:
        # O_NONBLOCK: opening a fifo must not wait for a writer that may never come.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise DnndError("no such file; check the path", source=name) from None
    except PermissionError:
        raise DnndError("cannot be read (permission denied)", source=name) from None
    except OSError as exc:
        raise DnndError(f"cannot be opened ({exc.strerror or exc})", source=name) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise UnsupportedInputError("is a folder; pass the files in it, or use the dnnd command", source=name)
        if stat.S_ISREG(info.st_mode):
            check_size(info.st_size, max_bytes, name)
        os.set_blocking(fd, True)  # a fifo with a writer: wait for its data, as for stdin
        with os.fdopen(fd, "rb", closefd=False) as stream:
            return read_stream(stream, max_bytes=max_bytes, name=name)
    except OSError as exc:
        raise DnndError(f"cannot be read ({exc.strerror or exc})", source=name) from None
    finally:
        os.close(fd)


# --------------------------------------------------------------------------- crawls


def _warc_pages(path: str, name: str, max_bytes: int) -> Iterator[Page | Problem]:
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError:  # pragma: no cover - warcio is a dependency
        yield Problem(name, "is a WARC file, and reading one needs warcio: pip install warcio")
        return

    class QuietIterator(ArchiveIterator):
        INC_RECORD = ""  # warcio writes a many-line warning to stderr; dnnd says it in one line below

    iterator = None
    try:
        with open(path, "rb") as stream:
            iterator = QuietIterator(stream)
            for number, record in enumerate(iterator, 1):
                if record.rec_type not in ("response", "resource"):
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                label = f"{name} record {number}" + (f" ({display_name(url)})" if url else "")
                if record.http_headers is not None:
                    status = record.http_headers.get_statuscode()
                    if not status or not status.startswith("2"):
                        continue
                    content_type = record.http_headers.get_header("Content-Type") or ""
                else:
                    content_type = record.rec_headers.get_header("Content-Type") or ""
                mtype = content_type.split(";")[0].strip().lower() or None
                if mtype is not None and mtype not in ("text/html", "application/xhtml+xml", "text/plain"):
                    continue  # images, scripts, style sheets: a crawl's ordinary company
                try:
                    data = read_stream(record.content_stream(), max_bytes=max_bytes, name=label)
                except DnndError as exc:
                    yield Problem(label, exc.args[0])
                    continue
                charset = None
                if "charset=" in content_type.lower():
                    charset = content_type.lower().split("charset=", 1)[1].split(";")[0].strip(" \"'") or None
                yield Page(
                    name=display_name(url) if url else label,
                    content=data,
                    url=url,
                    fetched=_warc_date(record.rec_headers.get_header("WARC-Date")),
                    media_type="text/html" if mtype == "application/xhtml+xml" else mtype,
                    encoding=charset,
                )
    except ArchiveLoadFailed as exc:
        yield Problem(name, f"is not a readable WARC file ({_first_line(exc)})")
    except Exception as exc:  # warcio on damaged bytes raises what it meets (zlib, attribute, value errors)
        yield Problem(name, f"cannot be read as a WARC file past this point ({type(exc).__name__}: {_first_line(exc)})")
    else:
        if iterator is not None and iterator.err_count:
            yield Problem(name, f"{iterator.err_count} record(s) with a wrong length; the file may be damaged", False)


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def _warc_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def _tar_pages(path: str, name: str, max_bytes: int) -> Iterator[Page | Problem]:
    import tarfile

    try:
        with tarfile.open(path, mode="r|*") as archive:  # a stream: members one by one, never all at once
            for member in archive:
                if not member.isfile() or not _is_page_name(os.path.basename(member.name)):
                    continue
                label = f"{name}/{display_name(member.name)}"
                if member.size > max_bytes:
                    yield Problem(label, f"is {member.size:,} bytes, over the {max_bytes:,}-byte limit; skipped")
                    continue
                handle = archive.extractfile(member)
                if handle is None:
                    continue
                yield Page(name=label, content=handle.read(max_bytes + 1), media_type=media_type(member.name))
    except Exception as exc:  # tarfile and its decompressors on damaged bytes: zlib, lzma, EOF, tar errors
        yield Problem(name, f"cannot be read as a tar archive past this point ({_first_line(exc)})")


def _jsonl_pages(path: str, name: str, max_bytes: int) -> Iterator[Page | Problem]:
    opener: Callable[..., Any] = gzip.open if path.lower().endswith(".gz") else open
    try:
        with opener(path, "rb") as stream:
            number = 0
            while True:
                line = stream.readline(max_bytes + 1)
                if not line:
                    break
                number += 1
                label = f"{name} line {number}"
                if len(line) > max_bytes and not line.endswith(b"\n"):
                    yield Problem(label, f"is over the {max_bytes:,}-byte limit; skipped")
                    while line and not line.endswith(b"\n"):
                        line = stream.readline(_CHUNK)
                    continue
                if not line.strip():
                    continue
                yield _jsonl_page(line, label)
    except Exception as exc:  # gzip on damaged bytes: zlib, EOF, OS errors
        yield Problem(name, f"cannot be read as JSON Lines past this point ({_first_line(exc)})")


def _jsonl_page(line: bytes, label: str) -> Page | Problem:
    try:
        record = json.loads(line)
    except ValueError as exc:
        return Problem(label, f"is not JSON ({exc})")
    if not isinstance(record, dict):
        return Problem(label, "is not a JSON object with 'html' or 'text'")
    url = record.get("url") if isinstance(record.get("url"), str) else None
    for key, mtype in (("html", "text/html"), ("text", "text/plain")):
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            fetched = record.get("fetched") or record.get("date")
            return Page(
                name=display_name(url) if url else label,
                content=value,
                url=url,
                fetched=_warc_date(fetched) if isinstance(fetched, str) else None,
                media_type=mtype,
            )
    return Problem(label, "has no 'html' or 'text' field with a page in it")


_CRAWL_READERS: dict[str, Callable[[str, str, int], Iterator[Page | Problem]]] = {
    "warc": _warc_pages,
    "tar": _tar_pages,
    "jsonl": _jsonl_pages,
}


# --------------------------------------------------------------------------- folders and arguments


def _walk(top: str, name: str, max_bytes: int) -> Iterator[Page | Problem]:
    found: list[tuple[str, str]] = []  # (path, kind): kind "page" or a crawl kind
    problems: list[Problem] = []

    def unreadable(exc: OSError) -> None:
        where = display_name(exc.filename) if exc.filename else name
        problems.append(Problem(where, f"is a folder that cannot be read ({exc.strerror or exc}); skipped"))

    for folder, dirs, files in os.walk(top, onerror=unreadable):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for file in files:
            if file.startswith("."):
                continue
            crawl = _crawl_kind(file)
            is_page = media_type(file) is not None
            if not is_page and crawl != "warc":
                continue
            path = os.path.join(folder, file)
            try:
                mode = os.stat(path).st_mode
            except OSError as exc:
                problems.append(Problem(display_name(path), f"cannot be read ({exc.strerror or exc}); skipped"))
                continue
            if not stat.S_ISREG(mode):
                problems.append(Problem(display_name(path), f"is {_kind(mode)}, not a regular file; skipped", False))
                continue
            found.append((path, "page" if is_page else "warc"))
    yield from problems
    if not found and not any(p.fatal for p in problems):
        yield Problem(name, f"is a folder with no pages in it ({', '.join(PAGE_SUFFIXES)}, .warc); nothing to do")
    for path, kind in sorted(found):
        shown = display_name(path)
        if kind == "page":
            yield Page(name=shown, path=path, media_type=media_type(path))
        else:
            yield from _CRAWL_READERS[kind](path, shown, max_bytes)


def _one(raw: str, max_bytes: int, stdin: IO[bytes] | None) -> Iterator[Page | Problem]:
    if raw == "-":
        yield Page(name="<stdin>", content=read_stream(stdin or sys.stdin.buffer, max_bytes=max_bytes))
        return
    name = display_name(raw)
    try:
        mode = os.stat(raw).st_mode
    except FileNotFoundError:
        if glob.has_magic(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            if matches:
                for match in matches:
                    yield from _one(match, max_bytes, stdin)
                return
            yield Problem(name, "matches no file; check the pattern")
            return
        yield Problem(name, "no such file or folder; check the path")
        return
    except OSError as exc:
        yield Problem(name, f"cannot be reached ({exc.strerror or exc}); check the path")
        return
    if stat.S_ISDIR(mode):
        yield from _walk(raw, name, max_bytes)
        return
    crawl = _crawl_kind(raw)
    if crawl is not None and stat.S_ISREG(mode):
        yield from _CRAWL_READERS[crawl](raw, name, max_bytes)
        return
    # A named file is read even when it is a fifo or a device: read_file bounds it.
    yield Page(name=name, path=raw, media_type=media_type(raw))


def _listed(files_from: str, stdin: IO[bytes] | None) -> Iterator[str]:
    stream: IO[bytes] = (stdin or sys.stdin.buffer) if files_from == "-" else open(files_from, "rb")  # noqa: SIM115
    try:
        for line in stream:
            path = os.fsdecode(line.rstrip(b"\r\n"))
            if path.strip():
                yield path
    finally:
        if files_from != "-":
            stream.close()


def iter_inputs(
    args: Iterable[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    files_from: str | None = None,
    stdin: IO[bytes] | None = None,
) -> Iterator[Page | Problem]:
    """Pages and problems, lazily and in order, for the inputs ``args`` (and the paths listed in ``files_from``).

    ``stdin`` replaces ``sys.stdin.buffer`` (for ``-``). Crawls are read as
    they are iterated, so memory does not grow with their size.
    """
    sources: list[Iterable[str]] = [args]
    if files_from is not None:
        try:
            sources.append(_listed(files_from, stdin))
        except OSError as exc:
            yield Problem(display_name(files_from), f"cannot be read ({exc.strerror or exc})")
    for source in sources:
        for raw in source:
            try:
                yield from _one(raw, max_bytes, stdin)
            except DnndError as exc:
                yield Problem(exc.source or display_name(raw), exc.args[0])


def pages(items: Iterable[Page | Problem], on_problem: Callable[[Problem], None]) -> Iterator[Page]:
    """The pages of ``items``, handing each problem to ``on_problem`` as it comes."""
    for item in items:
        if isinstance(item, Problem):
            on_problem(item)
        else:
            yield item
