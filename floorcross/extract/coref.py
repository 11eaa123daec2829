"""Who a trigger's subject is: a name, a pronoun for the person the text is following, "I"
inside a quotation for its speaker, "a Labour councillor" in a lede for the person the next
sentence names, or "three councillors" for the names listed after a colon."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from floorcross.extract import clause
from floorcross.extract.candidates import TRIGGER_RE
from floorcross.extract.mentions import (
    FIRST_PERSON,
    PRONOUNS,
    ParsedSentence,
    name_of,
    proper_name,
)
from floorcross.extract.parse import ParsedArticle

# Words for a politician that a lede uses before naming them.
ROLE_NOUNS = frozenset({
    "councillor", "cllr", "mp", "msp", "ms", "mla", "mep", "member", "mayor", "peer", "official",
    "officer", "politician", "senator", "representative", "td", "activist", "candidate",
})
_NAME_DEPS = frozenset({"appos", "compound", "conj"})
_GAP = 3  # sentences after which the followed person is forgotten


@dataclass
class Coref:
    """The person the narrative is following: the last named (or resolved) subject."""

    last: str | None = None
    index: int = -10

    def step(self, index: int) -> None:
        if index - self.index > _GAP:
            self.last = None

    def update(self, sent: ParsedSentence, art: ParsedArticle) -> None:
        for t in sent.doc:
            if t.dep_ not in ("nsubj", "nsubjpass") or art.in_quote(sent.start + t.idx):
                continue
            found = _named(t, sent, art)
            name = found[0] if found else None
            if name is None and t.lower_ in PRONOUNS:
                name = self.last
            if name:
                self.last = name
                self.index = sent.index
                return


def persons_for(
    toks: list[Token], sent: ParsedSentence, art: ParsedArticle, coref: Coref, in_quote: bool
) -> tuple[list[str], list[str]]:
    """(names of the people the subject tokens stand for, phrases describing them)."""
    names: list[str] = []
    contexts: list[str] = []
    for t in toks:
        low = t.lower_
        if in_quote:
            found = [_speaker(sent, art, coref)] if low in FIRST_PERSON else []
        elif low in PRONOUNS:
            found = [_pronoun(t, sent, art, coref)]
        else:
            found = _named(t, sent, art)
            if not found:
                found = (_lede(t, sent, art) or _colon_list(t, sent, art)
                         or _counted_list(t, sent, art))
            if found and t.pos_ in ("NOUN", "PROPN"):
                contexts.append(_phrase(t))
        names += [n for n in found if n and n not in names]
    return names, contexts


def _phrase(t: Token) -> str:
    toks = [x for x in t.subtree if x.dep_ != "relcl" or x is t]
    return t.doc.text[toks[0].idx : toks[-1].idx + len(toks[-1].text)] if toks else t.text


def _named(t: Token, sent: ParsedSentence, art: ParsedArticle) -> list[str]:
    """A name at the subject, or in its appositions, compounds and conjuncts."""
    out = []
    todo = [(t, True)]
    seen = set()
    while todo:
        cur, collect = todo.pop(0)
        if cur.i in seen:
            continue
        seen.add(cur.i)
        name = name_of(sent, cur, art.people) if collect else None
        if name and name not in out:
            out.append(name)
        # A name's compounds are its words and titles ("branch secretary Colin Varga"), its
        # appositions describe it ("X, MP for Hazel Grove,"): only conjuncts add people.
        deps = {"conj"} if name else _NAME_DEPS
        todo.extend((c, True) for c in cur.children if c.dep_ in deps)
        # The parser often hangs an apposition on the last noun before it ("the MP for
        # Hexham, Tom Burnley,"): pass through prepositions without naming their objects.
        if not name:
            todo.extend((c, False) for c in cur.children if c.dep_ in ("prep", "pobj"))
    return out


def _pronoun(t: Token, sent: ParsedSentence, art: ParsedArticle, coref: Coref) -> str | None:
    gov = t.head
    if t.dep_ in ("nsubj", "nsubjpass") and gov.dep_ == "ccomp":
        # "X said he had quit", "Keith Prince, who announced he had joined Reform"
        for s in clause.subjects(gov.head):
            if s.lower_ not in PRONOUNS:
                found = _named(s, sent, art)
                if found:
                    return found[0]
    for prev in reversed([x for x in sent.doc if x.i < t.i]):
        if prev.dep_ in ("nsubj", "nsubjpass") and not art.in_quote(sent.start + prev.idx):
            found = _named(prev, sent, art)
            if found:
                return found[0]
    return coref.last


def _speaker(sent: ParsedSentence, art: ParsedArticle, coref: Coref) -> str | None:
    """The speaker of a quotation: the subject of "said"/"told" outside the marks, in this
    sentence or the one before, else the person the narrative follows."""
    opening = art.attribution.get(sent.index)
    for s in (sent, art.parsed.get(sent.index - 1), art.parsed.get(opening, None)):
        if s is None:
            continue
        subj = clause.speech_subject(s.doc)
        if subj is not None and not art.in_quote(s.start + subj.idx):
            name = name_of(s, subj, art.people)
            if name is None and subj.lower_ in PRONOUNS:
                name = coref.last
            if name:
                return name
    return coref.last


def _lede(t: Token, sent: ParsedSentence, art: ParsedArticle) -> list[str]:
    """"A Blackburn Labour councillor has quit ..." followed by a sentence naming them."""
    if t.lemma_.lower() not in ROLE_NOUNS or t.tag_ in ("NNS", "NNPS"):
        return []
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an", "one", "another") for c in t.children):
        return []
    for step in (1, 2):
        nxt = art.parsed.get(sent.index + step)
        if nxt is None:
            return []
        if step > 1 and not TRIGGER_RE.search(nxt.text):
            return []
        for tok in nxt.doc:
            if tok.dep_ in ("nsubj", "nsubjpass") and not art.in_quote(nxt.start + tok.idx):
                found = _named(tok, nxt, art)
                if found:
                    return found[:1]
    return []


_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "both": 2}


def _counted_list(t: Token, sent: ParsedSentence, art: ParsedArticle) -> list[str]:
    """"two councillors in Stroud, Jo Hill and Martin Evans": as many names as counted, right
    after the noun, however the parser attached them."""
    if t.lemma_.lower() not in ROLE_NOUNS or t.tag_ not in ("NNS", "NNPS"):
        return []
    count = next((_COUNTS.get(c.lower_) for c in t.children if c.dep_ in ("nummod", "det")
                  and c.lower_ in _COUNTS), None)
    if count is None:
        return []
    names: list[str] = []
    for tok in sent.doc[t.i + 1 :]:
        name = name_of(sent, tok, art.people) if tok.i in sent.names else None
        if name and name not in names:
            names.append(name)
    return names[:count] if len(names) >= count else []


def _colon_list(t: Token, sent: ParsedSentence, art: ParsedArticle) -> list[str]:
    """"Three councillors have resigned from the party: A, B and C." """
    if t.lemma_.lower() not in ROLE_NOUNS or t.tag_ not in ("NNS", "NNPS"):
        return []
    colon = next((x for x in sent.doc if x.text == ":" and x.i > t.i), None)
    if colon is None:
        return []
    out = []
    run: list[Token] = []
    for tok in [*sent.doc[colon.i + 1 :], None]:
        if tok is not None and tok.pos_ == "PROPN" and tok.is_title and not sent.party_of(tok):
            run.append(tok)
            continue
        if run:  # the NER often reads a list of names as one organisation
            name = name_of(sent, run[-1], art.people) or proper_name(run)
            if name and name not in out:
                out.append(name)
        run = []
    return out
