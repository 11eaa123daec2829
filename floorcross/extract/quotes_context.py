"""What the parsed frames tell about the people around quotations: who is mentioned where,
who is a grammatical subject, and which pronouns follow a name (a gender hint)."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from floorcross.extract.quotes_frames import PLACEHOLDER, Frame
from floorcross.extract.quotes_names import NameBook
from floorcross.extract.speakers import GROUP_NOUNS, is_speech

_SUBJ = ("nsubj", "nsubjpass")
_HUMAN_PLURALS = {
    "councillors", "members", "mps", "activists", "campaigners", "residents", "officials",
    "leaders", "candidates", "protesters", "organisers", "organizers", "supporters",
    "rebels", "ministers", "colleagues", "trustees", "governors", "unions", "groups",
}


@dataclass
class Mention:
    pos: int  # article offset
    para: int
    name: str  # full name, or a group / organisation descriptor
    kind: str  # "person", "group" or "org"
    subject: bool


@dataclass
class Context:
    mentions: list[Mention] = field(default_factory=list)
    gender: dict[str, str] = field(default_factory=dict)  # full name -> "m" / "f"

    def before(self, pos: int, para: int, reach: int = 3) -> list[Mention]:
        """Mentions before `pos`, nearest first, within `reach` paragraphs back."""
        found = [m for m in self.mentions if m.pos < pos and m.para >= para - reach]
        return sorted(found, key=lambda m: -m.pos)


def _pronoun_gender(doc: Doc, start: int, sent_end: int) -> str | None:
    """The first he/she after a name, up to the end of the next sentence, with no other
    name between."""
    nxt = doc[sent_end].sent.end if sent_end < len(doc) else sent_end
    for t in doc[start:nxt]:
        if t.ent_type_ == "PERSON":
            return None
        low = t.lower_
        if low in ("he", "him", "his", "himself"):
            return "m"
        if low in ("she", "her", "hers", "herself"):
            return "f"
    return None


def _personlike(ent: Span) -> bool:
    """A name the model labelled otherwise, told by its grammar: "her colleague, Ann Roe,",
    "Ann Roe, who ...", "Ann Roe said"."""
    words = ent.text.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    if any(t.pos_ != "PROPN" for t in ent):
        return False
    root = ent.root
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        return root.head.lemma_.lower() not in GROUP_NOUNS
    if any(c.dep_ == "relcl" and any(g.lower_ == "who" for g in c.children)
           for c in root.children):
        return True
    return root.dep_ == "nsubj" and is_speech(root.head)


def collect(frames: list[Frame], docs: list[Doc], book: NameBook) -> Context:
    """People, groups and organisations named in the frames, in article order."""
    ctx = Context()
    for doc in docs:  # full names first, so that short forms resolve to them
        for ent in doc.ents:
            if len(ent.text.split()) > 1 and (ent.label_ == "PERSON" or _personlike(ent)):
                book.add(ent.text)
    for frame, doc in zip(frames, docs, strict=True):
        for ent in doc.ents:
            if PLACEHOLDER in ent.text:
                continue
            pos = frame.to_article(ent.start_char)
            root = ent.root
            apposed = root.dep_ == "appos" and root.head.dep_ in _SUBJ  # "Her colleague, X,"
            subject = root.dep_ in _SUBJ or apposed or any(
                c.dep_ == "relcl" and any(g.lower_ == "who" for g in c.children)
                for c in ent.root.children
            )
            known = book.index.resolve(ent.text) if ent.label_ != "PERSON" else None
            if ent.label_ == "PERSON" or known or _personlike(ent):
                name = book.full(ent.text)
                ctx.mentions.append(Mention(pos, frame.para, name, "person", subject))
                hint = _pronoun_gender(doc, ent.end, ent.sent.end) if subject else None
                if hint and name not in ctx.gender:
                    ctx.gender[name] = hint
            elif ent.label_ in ("ORG", "PARTY", "COUNCIL"):
                ctx.mentions.append(
                    Mention(pos, frame.para, ent.ent_id_ or ent.text, "org", subject)
                )
        for tok in doc:
            if tok.dep_ in _SUBJ and (
                tok.lower_ in _HUMAN_PLURALS or tok.lemma_.lower() in GROUP_NOUNS
            ):
                words = [t.text for t in doc[tok.left_edge.i : tok.i + 1] if t.dep_ != "det"]
                pos = frame.to_article(tok.idx)
                ctx.mentions.append(Mention(pos, frame.para, " ".join(words), "group", True))
    ctx.mentions.sort(key=lambda m: m.pos)
    return ctx
