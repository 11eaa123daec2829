"""The people, groups and organisations around quotations: who is mentioned where, who is a
grammatical subject, and which gender a name carries.

People come from the article's name book (regular expressions over the whole text, so no
paragraph is parsed just for context); groups, organisations and the names the model finds
come from the few attribution sentences that were parsed anyway.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc

from floorcross.extract.quotes_frames import PLACEHOLDER
from floorcross.extract.quotes_names import NameBook, ends_in_name, is_org_like, placed
from floorcross.extract.quotes_orgs import clean_value
from floorcross.extract.speakers import GROUP_NOUNS, lemma

_SUBJ = ("nsubj", "nsubjpass")
_HUMAN_PLURALS = {
    "councillors", "members", "mps", "activists", "campaigners", "residents", "officials",
    "leaders", "candidates", "protesters", "organisers", "organizers", "supporters",
    "rebels", "ministers", "colleagues", "trustees", "governors", "unions", "groups",
}
# A named body as the subject of its clause: "The Wexley Independent Alliance said".
_ORG_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:The\s+)?((?:[A-Z][\w’'\-]*,?\s+(?:and\s+|of\s+)?){0,5}"
    r"(?:Council|Party|Committee|Group|Alliance|Association|Union|Independents|Trust|"
    r"Federation|Movement|Campaign|Network|Executive|Board|Office))\s+(?:has\s+|have\s+)?[a-z]"
)

# "the Dunmere councillors", "The Burnley rebels": a group named by its place or party.
_NAMED_GROUP = re.compile(
    r"\b[Tt]he\s+((?:[A-Z][\w’'\-]+\s+){1,3}(?:councillors|members|MPs|MSPs|MLAs|TDs|rebels|"
    r"campaigners|activists|independents|defectors))\b"
)


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


def _para_of(starts: list[int], pos: int) -> int:
    return max(0, bisect_right(starts, pos) - 1)


def collect(
    text: str,
    paras: list[tuple[int, int]],
    book: NameBook,
    parsed: list[tuple[Doc, Callable[[int], int]]],
    quoted: list[tuple[int, int]],
) -> Context:
    """Mentions in article order. `parsed` holds each parsed sentence with the way from its
    offsets to article offsets (placeholders stand for quotations and are skipped)."""
    ctx = Context()
    starts = [lo for lo, _ in paras]
    for doc, to_article in parsed:  # full names first, so that short forms resolve to them
        for ent in doc.ents:
            if (ent.label_ == "PERSON" and len(ent.text.split()) > 1
                    and not is_org_like(ent.text) and ends_in_name(ent.text)
                    and not placed(text, to_article(ent.start_char), ent.text)):
                book.add(ent.text)
    votes: dict[str, Counter[str]] = {}
    for m in book.mentions():
        if any(a <= m.pos < b for a, b in quoted):
            continue
        ctx.mentions.append(Mention(m.pos, _para_of(starts, m.pos), m.name, "person", m.subject))
        hint = _pronoun_gender(text, m.end)
        if hint and m.subject:
            votes.setdefault(m.name, Counter())[hint] += 1
    # The pronoun after one mention may be about someone else ("Roe said he ..."): the
    # majority over every mention decides, and a tie tells nothing.
    for name, count in votes.items():
        (top, n), *rest = count.most_common()
        if not rest or rest[0][1] < n:
            ctx.gender[name] = top
    for m in _ORG_SUBJECT.finditer(text):
        name = clean_value(m.group(1))  # "Meanwhile, Labour Party" -> "Labour Party"
        if name:
            at = m.start(1) + m.group(1).find(name)
            ctx.mentions.append(Mention(at, _para_of(starts, at), name, "org", True))
    for m in _NAMED_GROUP.finditer(text):
        ctx.mentions.append(Mention(m.start(1), _para_of(starts, m.start(1)), m.group(1),
                                    "group", True))
    for doc, to_article in parsed:
        _groups(ctx, doc, to_article, starts)
    ctx.mentions.sort(key=lambda m: m.pos)
    return ctx


def _groups(ctx: Context, doc: Doc, to_article: Callable[[int], int], starts: list[int]) -> None:
    for tok in doc:
        if tok.text == PLACEHOLDER or tok.dep_ not in _SUBJ:
            continue
        if tok.lower_ in _HUMAN_PLURALS or lemma(tok) in GROUP_NOUNS:
            words = [t.text for t in doc[tok.left_edge.i : tok.i + 1] if t.dep_ != "det"]
            if len(words) > 1:  # "the Dunmere councillors", not a bare "the group"
                pos = to_article(tok.idx)
                ctx.mentions.append(
                    Mention(pos, _para_of(starts, pos), " ".join(words), "group", True)
                )


# "him" is left out: "Roe thanked him" is about someone else.
_PRONOUNS = re.compile(r"\b(he|his|himself|she|her|hers|herself)\b", re.IGNORECASE)
# "Haskins, she said, had ...": the pronoun of a speech tag after the name is its speaker.
_TAG_AFTER = re.compile(r"^\s*,\s*(?:he|she)\s+\w+,", re.IGNORECASE)
_QUOTED = re.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)|‘[^’]*(?:’(?!s\b)|$)")
_CAPITALISED_PAIR = re.compile(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+\b")


def _pronoun_gender(text: str, end: int) -> str | None:
    """The first he/she after a name, up to the end of the next sentence, with no other
    capitalised name pair between."""
    window = text[end : end + 300].split("\n", 1)[0]  # within the name's own paragraph
    if _TAG_AFTER.match(window):
        return None
    # Pronouns inside a quotation are the speaker's words about someone else.
    window = _QUOTED.sub(lambda q: " " * len(q.group()), window)
    ends = [m.end() for m in re.finditer(r"[.!?](?:\s|$)", window)]
    stop = ends[1] if len(ends) > 1 else len(window)
    m = _PRONOUNS.search(window, 0, stop)
    if not m or _CAPITALISED_PAIR.search(window, 0, m.start()):
        return None
    return "m" if m.group(1).lower() in ("he", "his", "himself") else "f"
