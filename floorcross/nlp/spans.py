"""Putting the project's rule-based entities into ``doc.ents`` next to the model's own."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

# Labels set by the project's components. Where one overlaps a model entity, ours wins.
OWN_LABELS = frozenset({"PARTY", "COUNCIL", "WARD", "TITLE"})

# Words that may follow a party inside a model entity without making it another organisation:
# ORG "Labour group" or "Conservative Party conference" is still the party.
GENERIC_TAIL = frozenset({
    "group", "groups", "party", "councillors", "councillor", "members", "member", "government",
    "administration", "conference", "leadership", "branch", "association", "whip", "mps", "mp",
    "'s", "’s", "-", "led", "run", "controlled",
})


def phrase_variants(name: str) -> set[str]:
    """Spellings of one name as news copy writes it: '&' or 'and', straight or curly
    apostrophes, hyphens or spaces ("Stoke-on-Trent" / "Stoke on Trent")."""
    out = {name}
    for a, b in (("&", "and"), (" and ", " & "), ("'", "’"), ("-", " "), ("’", "'")):
        out |= {v.replace(a, b) for v in out}
    return {" ".join(v.split()) for v in out}


def pattern_docs(nlp: Language, texts: Iterable[str]) -> list[Doc]:
    """Docs for phrase patterns. Plain words split on spaces exactly as the tokenizer would,
    and skipping it halves the build time for the 14,000 ward names."""
    return [Doc(nlp.vocab, words=t.split()) if t.replace(" ", "").isalpha() else nlp.make_doc(t)
            for t in texts]


def _relabel_prefix(doc: Doc, ent: Span, ours: Span) -> list[Span]:
    """A model entity "Blackburn Labour" holding our party at its end: the place stays as GPE."""
    start = ent.start
    while start < ours.start and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    prefix = doc[start:ours.start]
    if prefix and all((t.is_title or t.is_upper) and t.is_alpha for t in prefix):
        return [Span(doc, prefix.start, prefix.end, label="GPE")]
    return []


def set_own_spans(doc: Doc, spans: Iterable[Span]) -> None:
    """Merge ``spans`` into ``doc.ents``. Our spans replace the model entities they overlap,
    except an organisation that merely starts with a party name ("Labour Together")."""
    ours = sorted(spans, key=lambda s: (s.start, -len(s)))
    kept: list[Span] = []
    for s in ours:  # among our own spans, the first and longest wins
        if not any(s.start < k.end and k.start < s.end for k in kept):
            kept.append(s)
    extra: list[Span] = []
    model: list[Span] = []
    for ent in doc.ents:
        hits = [s for s in kept if s.start < ent.end and ent.start < s.end]
        if not hits:
            model.append(ent)
            continue
        if ent.label_ in OWN_LABELS:  # set by an earlier component: the longer one stays
            if len(ent) >= max(len(s) for s in hits):
                kept = [s for s in kept if s not in hits]
                model.append(ent)
            continue
        inner = hits[0]
        tail = doc[inner.end:ent.end]
        if (
            ent.label_ != "PERSON"
            and len(hits) == 1
            and inner.start >= ent.start
            and tail
            and not all(t.lower_ in GENERIC_TAIL for t in tail)
        ):
            kept.remove(inner)  # an organisation named after the party, not the party itself
            model.append(ent)
            continue
        if inner.start > ent.start:
            extra += _relabel_prefix(doc, ent, inner)
    extra = [e for e in extra if not any(e.start < k.end and k.start < e.end for k in kept)]
    assign_ents(doc, kept + model + extra)


def assign_ents(doc: Doc, spans: Iterable[Span]) -> None:
    """Set ``doc.ents`` so that it can never raise on overlapping spans: earlier spans in
    ``spans`` win over later ones they overlap (callers list what they trust first), and a
    span that is empty, out of range or from another doc is dropped."""
    taken: set[int] = set()
    kept: list[Span] = []
    for span in spans:
        if span.doc is not doc or not 0 <= span.start < span.end <= len(doc):
            continue
        cover = range(span.start, span.end)
        if any(i in taken for i in cover):
            continue
        taken.update(cover)
        kept.append(span)
    doc.ents = filter_spans(sorted(kept, key=lambda s: s.start))
