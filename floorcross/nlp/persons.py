"""Fixing PERSON spans the small model gets wrong in political copy.

Runs after the title splitter. A PERSON that is a council's place ("Blackburn said ...",
"councillors in Hastings and Bolton") or a place with a compass point ("Hackney North", a
constituency) becomes GPE, unless a title shows it is a surname ("Mr Blackburn").
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from floorcross.nlp.councils import is_council_place
from floorcross.nlp.spans import assign_ents

_COMPASS = frozenset({"north", "south", "east", "west", "central", "north-east", "north-west",
                      "south-east", "south-west", "northeast", "northwest", "southeast",
                      "southwest"})


def _is_place(doc: Doc, ent: Span) -> bool:
    if ent.start and doc[ent.start - 1].ent_type_ == "TITLE":
        return False
    if len(ent) == 1:
        return is_council_place(ent.text)
    words = [t.lower_ for t in ent]
    compass = words[-1] in _COMPASS or words[0] in _COMPASS
    rest = ent[:-1] if words[-1] in _COMPASS else ent[1:]
    return compass and is_council_place(rest.text)


@Language.component("floorcross_person_places")
def person_places(doc: Doc) -> Doc:
    """Relabel PERSON spans that are places as GPE."""
    ents = [Span(doc, e.start, e.end, label="GPE") if e.label_ == "PERSON" and _is_place(doc, e)
            else e for e in doc.ents]
    assign_ents(doc, ents)
    return doc
