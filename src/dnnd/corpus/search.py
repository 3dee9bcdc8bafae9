"""Full-text search of the corpus, typed with or without diacritics.

Two FTS5 indexes hold every article's title and text: ``articles_fts`` as
written, ``articles_fts_ascii`` folded (:func:`fold`). A query typed without
diacritics (``ket nghia``) matches any spelling; one typed with them
(``kết nghĩa``) matches those words exactly. A query is cut to
:data:`MAX_QUERY_WORDS` distinct words (repeats dropped), so that no query,
however long, makes a search slow.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable

from dnnd.corpus.records import SearchHit
from dnnd.text.normalize import ascii_key, match_key

__all__ = ["MAX_QUERY_WORDS", "d_words", "fold", "fts_query", "search", "snippet"]

#: The distinct words of a query that are searched for; the rest are ignored.
MAX_QUERY_WORDS = 32
_WORD = re.compile(r"\w+")


def fold(text: str) -> str:
    """``text`` folded for diacritic-free search: :func:`~dnnd.text.normalize.ascii_key` word by word.

    Folding word by word keeps :func:`ascii_key`'s cache small (words repeat,
    whole articles do not), so indexing a large corpus keeps memory flat.
    """
    return " ".join(ascii_key(w) for w in text.split())


def d_words(text: str) -> str:
    """The distinct words of ``text`` that have a đ, in lower case (SQLite's folding keeps đ; see ``schema.sql``).

    >>> from dnnd.corpus.search import d_words
    >>> d_words("Đối ngoại nhân dân, đối ngoại, Đà Nẵng")
    'đối đà'
    """
    # Split on white space only (punctuation stuck to a word is dropped by the FTS tokenizer anyway).
    words = dict.fromkeys(w.lower().strip(".,;:!?()[]\"'“”‘’…") for w in text.split() if "đ" in w or "Đ" in w)
    return " ".join(words)


def _parts(query: str) -> list[tuple[bool, tuple[str, ...]]]:
    """The query as (is a quoted phrase, words), repeats dropped, at most :data:`MAX_QUERY_WORDS` words in all."""
    parts: list[tuple[bool, tuple[str, ...]]] = []
    seen: set[object] = set()
    budget = MAX_QUERY_WORDS
    for i, chunk in enumerate(query.split('"')):
        words = _WORD.findall(chunk)
        if i % 2:  # inside quotes: one phrase
            phrase = tuple(words[:budget])
            if phrase and phrase not in seen:
                seen.add(phrase)
                parts.append((True, phrase))
                budget -= len(phrase)
        else:
            for w in words:
                if budget <= 0:
                    break
                if w.lower() not in seen:
                    seen.add(w.lower())
                    parts.append((False, (w,)))
                    budget -= 1
        if budget <= 0:
            break
    return parts


def fts_query(query: str, folder: Callable[[str], str]) -> str:
    """An FTS5 query: every word must occur; a quoted part must occur as a phrase.

    Each word is passed through ``folder`` and quoted, so no FTS5 syntax in the
    query is ever interpreted.

    >>> from dnnd.corpus.search import fold, fts_query
    >>> fts_query('kết nghĩa "Lào Cai" kết', fold)
    '"ket" "nghia" "lao cai"'
    """
    out = []
    for phrase, words in _parts(query):
        folded = [f for f in (folder(w) for w in words) if f]
        if not folded:
            continue
        if phrase:
            out.append('"' + " ".join(folded) + '"')
        else:
            out.extend(f'"{w}"' for w in folded)
    return " ".join(dict.fromkeys(out))


def snippet(text: str, query: str, width: int = 12) -> str:
    """The original words around the query's best place in ``text``.

    Best is where the query's words follow one another as typed (with their
    diacritics when it has them, else folded), else the first word of it.
    """
    words = text.split()
    exact = ascii_key(query) != match_key(query)
    key = match_key if exact else fold
    wanted = [key(w) for _, ws in _parts(query) for w in ws]
    keys = [key(w.strip(".,;:!?()\"'“”")) for w in words]
    n = len(wanted)
    first = wanted[0] if wanted else None
    # Only where the first word is can the whole query start: linear in the text for any query.
    at = next((i for i, k in enumerate(keys) if k == first and keys[i : i + n] == wanted), None)
    if at is None:
        wanted_set = set(wanted)
        at = next((i for i, k in enumerate(keys) if k in wanted_set), 0)
    lo = max(0, at - width // 2)
    cut = words[lo : lo + width]
    return ("… " if lo else "") + " ".join(cut) + (" …" if lo + width < len(words) else "")


def search(db: sqlite3.Connection, query: str, limit: int = 20) -> list[SearchHit]:
    """Articles matching every word of ``query``, best first (see the module's docstring)."""
    exact_q = fts_query(query, lambda w: w)
    ascii_q = fts_query(query, fold)
    if not ascii_q:
        return []
    rows = db.execute(
        "SELECT rowid AS seq, bm25(articles_fts_ascii, 5.0, 1.0, 0.0) AS score FROM articles_fts_ascii"
        " WHERE articles_fts_ascii MATCH ?",
        (ascii_q,),
    ).fetchall()
    exact = {r[0] for r in db.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?", (exact_q,))}
    if ascii_key(query) != match_key(query):
        # A query typed with diacritics means them: "Vân Nam" must not find "văn ... nam".
        rows = [r for r in rows if r["seq"] in exact]
    ranked = sorted(rows, key=lambda r: (r["seq"] not in exact, r["score"], r["seq"]))[:limit]
    hits = []
    for r in ranked:
        a = db.execute("SELECT id, title, published, url, text FROM articles WHERE seq = ?", (r["seq"],)).fetchone()
        hits.append(SearchHit(a["id"], a["title"], a["published"], a["url"], r["score"], snippet(a["text"], query)))
    return hits
