"""A single role noun with no name of its own ("a Labour councillor has quit", "another
councillor") and the person it stands for: the one the next sentences name, or the name
closing the sentence."""

from __future__ import annotations

from spacy.tokens import Token

from floorcross.extract import clause
from floorcross.extract.candidates import TRIGGER_RE
from floorcross.extract.mentions import FIRST_PERSON, PRONOUNS, ParsedSentence, name_of
from floorcross.extract.parse import ParsedArticle
from floorcross.extract.subject_names import ROLE_NOUNS, named_at, possessor_names


def trailing_name(t: Token, sent: ParsedSentence, art: ParsedArticle) -> list[str]:
    """"has signed up a third councillor to cross over from the Tories, Fife's Ann Low": the
    name closing the sentence in apposition, for "a"/"another" councillor left unnamed."""
    if t.lemma_.lower() not in ROLE_NOUNS or t.tag_ in ("NNS", "NNPS"):
        return []
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in t.children):
        return []
    commas = [x.i for x in sent.doc[t.i + 1 :] if x.text == ","]
    if not commas:
        return []
    tail = [x for x in sent.doc[commas[-1] + 1 :] if not x.is_punct]
    last = tail[-1] if tail else None  # "..., North Ayrshire's Fiona Gaddis": the surname
    if last is None or last.pos_ != "PROPN" or "appos" not in (last.dep_, last.head.dep_):
        return []
    full = art.people.resolve(last.text)
    name = full or (sent.names.get(last.i) if last.i in sent.names else None)
    return [name] if name else []


def lede_names(t: Token, sent: ParsedSentence, art: ParsedArticle) -> list[str]:
    """"A Blackburn Labour councillor has quit ..." followed by a sentence naming them."""
    if t.lemma_.lower() not in ROLE_NOUNS or t.tag_ in ("NNS", "NNPS"):
        return []
    head = t.head if t.dep_ == "conj" and t.head.lemma_.lower() in ROLE_NOUNS else t
    # "The Labour MP for Sefton Vale has ..." opening an article is a lede too: nobody has
    # been named yet for "the" to point back to.
    dets = ("a", "an", "one", "another") + (("the",) if sent.index <= 1 else ())
    if not any(c.dep_ == "det" and c.lower_ in dets for c in head.children):
        return []
    if any(c.lemma_.lower() in ROLE_NOUNS for c in head.conjuncts):
        return _lede_by_role(t, sent, art)  # "An SNP MP and a councillor have defected"
    confirmer = set(named_at(c, sent, art)) if (c := _confirmer(t)) is not None else set()
    for step in (1, 2):
        nxt = art.parsed.get(sent.index + step)
        if nxt is None:
            return []
        if step > 1 and not TRIGGER_RE.search(nxt.text):
            return []
        for tok in nxt.doc:
            if tok.dep_ in ("nsubj", "nsubjpass") and not art.in_quote(nxt.start + tok.idx):
                if _reports_other(tok, nxt):
                    continue  # "Group leader X confirmed that Cllr Y has had the whip removed"
                found = named_at(tok, nxt, art) or possessor_names(tok, nxt, art)
                found = [n for n in found if n not in confirmer]
                if found:
                    return found[:1]
    return []


def _lede_by_role(t: Token, sent: ParsedSentence, art: ParsedArticle) -> list[str]:
    """For one of several unnamed people in a lede, the person the next sentences name with
    the same role word ("... Councillor Lynne Ash said", "Ash, a councillor in ...")."""
    role = t.lower_
    for step in (1, 2, 3):
        nxt = art.parsed.get(sent.index + step)
        if nxt is None:
            continue
        for tok in nxt.doc:
            if tok.i not in nxt.names or nxt.names.get(tok.i + 1) == nxt.names[tok.i]:
                continue  # the last word of each name only
            first = min(i for i, n in nxt.names.items() if n == nxt.names[tok.i])
            near = nxt.doc[max(0, first - 3) : min(len(nxt.doc), tok.i + 5)]
            if any(w.lower_ == role for w in near):
                name = name_of(nxt, tok, art.people)
                return [name] if name else []
    return []


def _confirmer(t: Token) -> Token | None:
    """"X confirmed that a councillor has joined him": X, who reports the change."""
    cur = t.head
    while cur.dep_ not in ("ccomp", "ROOT") and cur.head.i != cur.i:
        cur = cur.head
    if cur.dep_ != "ccomp" or cur.head.lemma_.lower() not in clause.SPEECH | {"reveal"}:
        return None
    return next((c for c in cur.head.children if c.dep_ == "nsubj"), None)


def _reports_other(subj: Token, sent: ParsedSentence) -> bool:
    """The subject of a speech verb whose clause is about someone else: the confirmer."""
    verb = subj.head
    if verb.lemma_.lower() not in clause.SPEECH | {"reveal", "report", "claim"}:
        return False
    for c in verb.children:
        if c.dep_ == "ccomp":
            inner = [x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")]
            if inner and inner[0].lower_ not in PRONOUNS | FIRST_PERSON and (
                any(t.i in sent.names for t in inner[0].subtree)
                or inner[0].lemma_.lower() in ROLE_NOUNS
            ):
                return True
    return False
