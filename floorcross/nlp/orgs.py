"""Organisation names that hold a list: "the Membership, Discipline and Standards Committee".

The small model tags only the part after the last comma ("Discipline and Standards Committee");
this component widens such an ORG over the capitalised words and commas before it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from floorcross.nlp.spans import assign_ents

_MAX_ITEMS = 4


def _list_start(doc: Doc, ent: Span) -> int:
    """Where the list in front of an "X and Y Committee" ORG begins (ent.start when none)."""
    start = ent.start
    has_and = any(t.lower_ in ("and", "&") for t in ent)
    for _ in range(_MAX_ITEMS):
        comma, word = start - 1, start - 2
        if word < 0 or doc[comma].ent_type_ or doc[word].ent_type_:
            break
        if doc[comma].lower_ in ("and", "&") and not has_and:
            has_and = True  # "Audit, Ethics and [Conduct Panel]"
        elif doc[comma].text != "," or not has_and:
            break
        if not (doc[word].is_title and doc[word].is_alpha):
            break
        start = word
    if start == ent.start:
        return start
    before = doc[start - 1] if start else None
    # "Tom Reed, Discipline and ...": a name before the comma is not part of the organisation.
    return start if before is None or not before.is_title or before.lower_ == "the" else ent.start


@Language.component("floorcross_org_lists")
def org_lists(doc: Doc) -> Doc:
    """Widen ORG entities of the form "A, B and C Committee" to their whole name (the model may
    tag "B and C Committee" or only "C Committee")."""
    ents = []
    for ent in doc.ents:
        if ent.label_ == "ORG":
            start = _list_start(doc, ent)
            if start < ent.start:
                ent = Span(doc, start, ent.end, label="ORG")
        ents.append(ent)
    assign_ents(doc, ents)
    return doc
