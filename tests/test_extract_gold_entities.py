"""The entity extractors against the nine hand-checked gold files (micro-averaged F1)."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

from dnnd import Article, Figure, Paragraph
from dnnd.extractors.organizations import OrganizationExtractor
from dnnd.extractors.people import PeopleExtractor
from dnnd.extractors.places import PlaceExtractor
from dnnd.model import AnyEntity, Mention
from dnnd.plugin import ExtractionContext

GOLD = Path(__file__).resolve().parents[1] / "examples" / "gold"


def norm(s: str | None) -> str:
    """The scorer's normalisation (tools/score.py)."""
    s = unicodedata.normalize("NFC", s or "")
    s = re.sub(r"\s+", " ", s).strip().lower()
    return s.strip(" .;,:")


def run(article: Article) -> list[AnyEntity]:
    mentions: list[Mention] = []
    entities: list[AnyEntity] = []
    for extractor in (PlaceExtractor(), OrganizationExtractor(), PeopleExtractor()):
        result = extractor.extract(ExtractionContext(article, tuple(mentions), tuple(entities)))
        for m in result.mentions:
            article.check_mention(m)
        mentions += result.mentions
        entities += result.entities
    return entities


class PRF:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, gold: list[str] | set[str], pred: list[str] | set[str]) -> None:
        g, p = Counter(gold), Counter(pred)
        tp = sum((g & p).values())
        self.tp += tp
        self.fp += sum(p.values()) - tp
        self.fn += sum(g.values()) - tp

    def f1(self) -> float:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0


def test_gold_entities() -> None:
    scores = {k: PRF() for k in ("persons", "positions", "organizations", "places")}
    files = sorted(GOLD.glob("*.json"))
    assert len(files) == 9
    for path in files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        article = Article(
            title=gold["title"],
            blocks=[Paragraph(p) for p in gold["body"]] + [Figure(f["src"], f["caption"]) for f in gold["figures"]],
        )
        entities = run(article)
        people = {norm(e.name): e for e in entities if e.kind == "person"}
        gold_people = {norm(p["name"]): p for p in gold["persons"]}
        scores["persons"].add(list(gold_people), list(people))
        for name, p in gold_people.items():
            found = people.get(name)
            predicted = [norm(x) for x in found.positions] if found is not None else []  # type: ignore[union-attr]
            scores["positions"].add([norm(x) for x in p["positions"]], predicted)
        scores["organizations"].add(
            {norm(x) for x in gold["organizations"]}, {norm(e.name) for e in entities if e.kind == "organization"}
        )
        scores["places"].add({norm(x) for x in gold["places"]}, {norm(e.name) for e in entities if e.kind == "place"})
    assert scores["persons"].f1() >= 0.95
    assert scores["positions"].f1() >= 0.9
    assert scores["organizations"].f1() >= 0.9
    assert scores["places"].f1() >= 0.9
