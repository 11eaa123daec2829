"""The names a subject token carries: the name itself, its appositions and conjuncts, the
names inside a role noun's phrase, a possessor, or a lone surname the article vouches for."""

from __future__ import annotations

import re

from spacy.tokens import Token

from floorcross.extract.mentions import ParsedSentence, looks_like_name, name_of, proper_name
from floorcross.extract.parse import ParsedArticle
from floorcross.extract.people import full_name_in_text
from floorcross.nlp.countries import REGION_NAMES
from floorcross.nlp.parties import canonical_party

# Words for a politician that a lede uses before naming them.
ROLE_NOUNS = frozenset({
    "councillor", "cllr", "mp", "msp", "ms", "mla", "mep", "member", "mayor", "peer", "official",
    "officer", "politician", "senator", "representative", "td", "activist", "candidate",
})
_NAME_DEPS = frozenset({"appos", "compound", "conj"})


def _the_role(t: Token) -> bool:
    return t.lower_ in ROLE_NOUNS | {"td", "am"} and t.left_edge.lower_ == "the"


def definite_role(t: Token) -> bool:
    """"the East Lothian MP", "The Sligo-Leitrim TD": a role with "the" and no name after it
    (the words before the role are its place)."""
    words = sorted(t.subtree, key=lambda x: x.i)
    words = words[: next((k for k, w in enumerate(words) if w.text == "("), len(words))]
    roles = [k for k, w in enumerate(words)
             if w.lower_ in ROLE_NOUNS | {"td", "am"} and w.tag_ not in ("NNS", "NNPS")]
    if not words or words[0].lower_ != "the" or not roles:
        return False
    return not any(w.pos_ == "PROPN" for w in words[roles[0] + 1 :])


def age_description(t: Token) -> bool:
    """"The 82-year-old was suspended": a person described by age alone, someone named."""
    return t.lower_ == "old" and t.left_edge.lower_ == "the" and any(
        x.lower_ == "year" for x in t.subtree)


def named_at(t: Token, sent: ParsedSentence, art: ParsedArticle, solo: bool = False) -> list[str]:
    """A name at the subject, or in its appositions, compounds and conjuncts (with `solo`, not
    the conjuncts after a relative clause: the clause being read is that relative clause)."""
    if definite_role(t):
        return []
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
        # Inside a preposition's object only an apposition names someone: the rest of
        # "the MP for Carmarthen East and Dinefwr" is a place.
        deps = {"conj"} if name else _NAME_DEPS if collect else {"appos"}
        if name:  # "A, B and C" read as A with the apposition B, and C its conjunct
            todo.extend((c, True) for c in cur.children if c.dep_ == "appos"
                        and _other_full_name(c, name, sent))
        if not name and _the_role(cur):
            deps = {"conj", "appos"}  # "the East Lothian MP": the words before it are a place
        # "A, who quit the Tories, and B": a relative clause is A's alone.
        rel = min((c.i for c in cur.children if c.dep_ == "relcl"), default=None) if solo else None
        todo.extend((c, True) for c in cur.children
                    if c.dep_ in deps and not (rel is not None and c.dep_ == "conj" and c.i > rel))
        # The parser often hangs an apposition on the last noun before it ("the MP for
        # Hexham, Tom Burnley,"): pass through prepositions without naming their objects.
        if not name:
            todo.extend((c, False) for c in cur.children if c.dep_ in ("prep", "pobj"))
            # "A, a councillor in Fenby and B, ...": a full name read as a conjunct of the place
            todo.extend((c, True) for c in cur.children if not collect and c.dep_ == "conj"
                        and c.ent_type_ == "PERSON" and len(sent.names.get(c.i, "").split()) > 1)
    if t.i not in sent.names and t.lemma_.lower() in ROLE_NOUNS:
        out += [n for n in _subtree_names(t, sent, art) if n not in out]
    if out and t.i in sent.names:
        out = [n for n in _comma_listed(t, sent, art) if n not in out] + out
        if not solo:
            out += [n for n in _listed_past_clauses(t, sent, art) if n not in out]
    if t.lower_ in _PLURAL_TITLES and t.i + 1 in sent.names:
        # "Couns A and B, plus C": a title the parser read as a verb holds no conjuncts
        out += [n for n in _listed_after(t, sent, art) if not _overlaps(n, out)]
    if not out and _known_surname(t, sent, art):
        out.append(t.text)
    return out


def _comma_listed(t: Token, sent: ParsedSentence, art: ParsedArticle) -> list[str]:
    """"MPs Ann Lee, Jo Bloggs quit party": headline lists joined by commas alone, which the
    parser hangs off the verb rather than the subject. The full names just before the
    subject's name, each followed by a comma, that hang on the same verb or on the subject."""
    first = min(i for i, n in sent.names.items() if n == sent.names[t.i])
    out: list[str] = []
    at = first
    while at >= 3 and sent.doc[at - 1].text == ",":
        last = sent.doc[at - 2]
        words = [*(c for c in last.lefts if c.dep_ == "compound"), last]
        name = sent.names.get(last.i) or proper_name(words)
        if not name or " " not in name or last.head.i not in (t.head.i, t.i):
            break
        out.insert(0, art.people.resolve(name) or name)
        at = min([i for i, n in sent.names.items() if n == name] or [words[0].i])
    return out


def _listed_past_clauses(t: Token, sent: ParsedSentence, art: ParsedArticle) -> list[str]:
    """"A, who represents X, B, who was elected in 2019, and C have joined": a list of names
    broken up by relative clauses, which the parser hangs on the clauses' words. Between the
    subject and its verb, each name opening a list item (after a comma or "and") and closing
    one (before a comma, "and" or the verb) is listed with the subject."""
    verb = t.head
    span = sent.doc[t.i + 1 : verb.i]
    if verb.i <= t.i or not any(x.lower_ in ("who", "whose") for x in span):
        return []
    out: list[str] = []
    for x in span:
        raw = sent.names.get(x.i)
        if raw is None or sent.names.get(x.i - 1) == raw or art.in_quote(sent.start + x.idx):
            continue  # not a name's first word
        end = x.i
        while sent.names.get(end + 1) == raw:
            end += 1
        start = x.i
        while start > t.i + 1 and x.i - start < _DESCRIPTION and _describing(sent.doc[start - 1]):
            start -= 1  # "..., Cllr B", ", and former Bolton West Tory MP C": its description
        before, after = sent.doc[start - 1], sent.doc[end + 1]
        opens = before.text == "," or before.lower_ == "and"
        closes = after.text == "," or after.lower_ == "and" or after.i == verb.i or (
            after.head.i == verb.i and after.dep_ in ("aux", "auxpass"))
        if opens and closes and not _in_brackets(x):
            out.append(art.people.resolve(raw) or raw)
    return out


_DESCRIPTION = 6  # words of title, party and seat a listed name may follow


def _describing(w: Token) -> bool:
    """A word of the description before a listed name: a title, a party, a seat's capitalised
    words, "former"; never a preposition ("the trial of Mr X": X is no list item)."""
    low = w.lower_.rstrip(".")
    return low in _TITLE_LIKE | {"former", "ex", "fellow", "veteran", "deputy"} or (
        w.pos_ == "PROPN" and (w.is_title or w.is_upper))


_TITLE_LIKE = frozenset({"cllr", "councillor", "coun", "mr", "mrs", "ms", "dr", "mp", "mla",
                         "td", "msp", "senator", "sen", "rep", "alderman"})


def _in_brackets(x: Token) -> bool:
    """Whether a word stands inside round brackets opened earlier in its sentence."""
    depth = 0
    for w in x.doc[x.sent.start : x.i]:
        depth += (w.text == "(") - (w.text == ")")
    return depth > 0


# Plural titles the parser may read as anything but a noun ("Couns" as a verb).
_PLURAL_TITLES = frozenset({"councillors", "cllrs", "couns", "mps", "msps", "mlas", "tds",
                            "senators", "reps"})
_LIST_JOINS = frozenset({",", "and", "&", "plus"})


def _overlaps(name: str, names: list[str]) -> bool:
    """Whether a name shares a word with one already found (the same person, read in part)."""
    words = set(re.split(r"[\s-]+", name.lower()))
    return any(words & set(re.split(r"[\s-]+", n.lower())) for n in names)


def _listed_after(t: Token, sent: ParsedSentence, art: ParsedArticle) -> list[str]:
    """"Couns A and B, plus C have been expelled": the names a plural title opens, up to the
    first word that neither belongs to a name nor joins two."""
    out: list[str] = []
    doc = sent.doc
    for x in doc[t.i + 1 :]:
        if x.i not in sent.names:
            if x.lower_ not in _LIST_JOINS:
                break
            continue
        if x.i + 1 < len(doc) and sent.names.get(x.i + 1) == sent.names[x.i]:
            continue  # not the name's last word yet
        if x.i + 1 < len(doc) and doc[x.i + 1].tag_ == "HYPH":
            break  # "A Litchfield-Tshabalala" read only in part: leave it to the parse
        name = art.people.resolve(sent.names[x.i]) or sent.names[x.i]
        if name not in out:
            out.append(name)
    return out


SURNAME_TITLE = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|Coun|Senator|Sen|Rep|Deputy)\.?\s+"


def _known_surname(t: Token, sent: ParsedSentence, art: ParsedArticle) -> bool:
    """"Party chiefs have expelled MacRory", "Gavan, who represents Carrowmore, resigned": a
    lone capitalised word the model took for no one, which the article names with a title
    ("Mr MacRory", "Cllr Gavan") and never more fully: the person, by surname."""
    word = t.text
    if not (t.pos_ == "PROPN" and word[:1].isupper() and not t.is_upper and len(word) > 2
            and word.replace("'", "").replace("’", "").isalpha()):
        return False
    # The model often reads a lone unfamiliar surname as an organisation or a place: that one
    # may stay (a known region may not).
    if sent.party_of(t) or t.ent_type_ in ("LOC", "FAC", "NORP", "COUNCIL", "WARD",
                                           "PARTY", "DATE", "TIME"):
        return False
    if t.ent_type_ in ("ORG", "GPE") and not (t.ent_iob_ == "B" and (
            t.i + 1 >= len(t.doc) or t.doc[t.i + 1].ent_iob_ != "I")):
        return False
    if word.lower() in REGION_NAMES:
        return False
    if any(c.dep_ == "compound" for c in t.children) or t.dep_ == "compound":
        return False
    titled = re.search(SURNAME_TITLE + re.escape(t.text) + r"\b", art.text)
    # "The MEC, Moloki Cwaile, ... Cwaile has been expelled": the one full form the text gives
    # the surname vouches for it as much as a title does, though the model missed both.
    return bool(titled or _completed(t, art)) and art.people.resolve(t.text) is None


_PLACE_WORDS = frozenset({"district", "county", "city", "borough", "town", "parish", "state",
                          "pradesh", "north", "south", "east", "west", "central", "new", "great"})


def _completed(t: Token, art: ParsedArticle) -> bool:
    """The one full form the text gives a lone word ("Moloki Cwaile" for "Cwaile"), when the
    word is no role, party or organisation and the form's first word no place word."""
    word = t.text
    if t.tag_ != "NNP" or word.lower() in ROLE_NOUNS | _TITLE_LIKE_WORDS:
        return False  # "Three Senators": a plural is a group, never a surname
    if canonical_party(word) is not None:
        return False
    full = full_name_in_text(word, art.text)
    return full is not None and looks_like_name(full) and (
        full.split()[0].lower() not in _PLACE_WORDS | _TITLE_LIKE_WORDS)


_TITLE_LIKE_WORDS = frozenset({"councillor", "councilor", "cllr", "coun", "alderman", "mayor",
                               "president", "minister", "leader", "chairman", "chair", "senator",
                               "secretary", "chief", "deputy", "general", "governor", "speaker"})


def _other_full_name(t: Token, name: str, sent: ParsedSentence) -> bool:
    """A full name of someone else, listed next to `name`: a conjunct follows it, or (a
    headline's "A, B quit party") the verb does, the surnames differing."""
    other = sent.names.get(t.i, "")
    if len(other.split()) < 2 or other == name:
        return False
    if any(c.dep_ == "conj" and c.i in sent.names for c in t.children):
        return True
    nxt = sent.doc[t.i + 1] if t.i + 1 < len(sent.doc) else None
    return (nxt is not None and nxt.pos_ in ("VERB", "AUX") and sent.doc[t.i - 2].text == ","
            and other.split()[-1] != name.split()[-1])


def _subtree_names(t: Token, sent: ParsedSentence, art: ParsedArticle) -> list[str]:
    """Every name in a role noun's phrase outside its prepositions and clauses, however the
    parser hung them ("Fenby councillor A and Deeside councillor B")."""
    out: list[str] = []
    place_before = _the_role(t)  # "the East Lothian MP"
    for x in t.subtree:
        if place_before and x.i < t.i:
            continue
        if x.i in sent.names and not under_prep(x, t) and not _in_clause(x, t):
            name = name_of(sent, x, art.people)
            if name and name not in out:
                out.append(name)
    return out


def _in_clause(x: Token, top: Token) -> bool:
    cur = x
    while cur.i != top.i and cur.head.i != cur.i:
        if cur.dep_ in ("relcl", "acl", "advcl", "ccomp"):
            return True
        cur = cur.head
    return False


def possessor_names(t: Token, sent: ParsedSentence, art: ParsedArticle) -> list[str]:
    """"Mann's defection": the name in a possessive on the subject."""
    out: list[str] = []
    for c in t.children:
        if c.dep_ == "poss":
            out += named_at(c, sent, art)
    return out


def under_prep(t: Token, top: Token) -> bool:
    """Whether `t` hangs under a preposition below `top`."""
    cur = t.head
    while cur.i != top.i and cur.head.i != cur.i:
        if cur.pos_ == "ADP":
            return True
        cur = cur.head
    return False
