"""An extractor plugin: cooperation agreements, and who signed them.

People's-diplomacy news often reports that two organizations *ký kết* (sign)
an agreement — a *biên bản ghi nhớ* (memorandum of understanding), a *thỏa
thuận hợp tác* (cooperation agreement). This plugin finds:

* each agreement named after *ký kết*, as a mention of kind ``agreement``
  and a :class:`~dnnd.DocumentRef` entity (an agreement is a document, one
  without a number);
* the signing, as a :class:`~dnnd.Fact` of kind ``agreement`` whose roles
  point at that entity, at the organizations the built-in extractor found in
  the same sentence (the parties) and at the sentence's date.

Install it with an entry point in the group ``dnnd`` (see
``tutorial-extractor-plugin.rst``).
"""

from __future__ import annotations

import re

import dnnd
from dnnd import DocumentRef, Extraction, ExtractionContext, Fact, Mention, Role, Span

# "ký kết" (to sign), then the kind of agreement; the words of "hợp tác" (cooperation) may follow.
_AGREEMENT = re.compile(
    r"\bký kết (?P<agreement>(?P<type>biên bản ghi nhớ|bản ghi nhớ|thỏa thuận|thoả thuận)(?: hợp tác)?)",
    re.IGNORECASE,
)
# A sentence ends at a full stop, a question or exclamation mark, or the end of a block.
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")


class AgreementExtractor:
    """Agreements signed (*ký kết*), as document entities and ``agreement`` facts."""

    name = "agreements"
    #: After the built-in extractors (100-900): it reads the organizations and dates they found.
    order = 950

    def extract(self, context: ExtractionContext) -> Extraction:
        """One mention, one document and one fact per agreement signed."""
        text = context.text
        mentions, entities, facts = [], [], []
        for number, match in enumerate(_AGREEMENT.finditer(text), start=1):
            start, end = match.span("agreement")
            document_id = f"{self.name}:{number}"  # our own ids, prefixed with our name
            mentions.append(Mention("agreement", start, end, match.group("agreement"), entity=document_id))
            entities.append(
                DocumentRef(
                    name=match.group("agreement"),
                    id=document_id,
                    spans=[Span(start, end)],
                    type=match.group("type").capitalize(),
                )
            )
            sentence = _sentence(text, match.start())
            roles = [Role("document", entity=document_id)]
            for mention in context.mentions:  # what earlier extractors found, with entity ids
                if mention.entity and sentence.start <= mention.start and mention.end <= sentence.end:
                    if mention.kind == "organization":
                        roles.append(Role("party", entity=mention.entity))
                    elif mention.kind == "date":
                        roles.append(Role("date", entity=mention.entity))
            facts.append(Fact("agreement", roles=_unique(roles), spans=[sentence]))
        return Extraction(mentions, entities, facts)


def _sentence(text: str, at: int) -> Span:
    """The sentence of ``text`` that the character at ``at`` is in."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)), default=0)
    end = next((m.end() for m in _SENTENCE_END.finditer(text, at)), len(text))
    while start < end and text[start].isspace():
        start += 1
    return Span(start, end)


def _unique(roles: list[Role]) -> list[Role]:
    """``roles`` without repeats (an organization named twice in the sentence is one party)."""
    return list(dict.fromkeys(roles))


@dnnd.hookimpl
def dnnd_extractors() -> list[AgreementExtractor]:
    """The agreements extractor."""
    return [AgreementExtractor()]
