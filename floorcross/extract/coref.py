"""Who a trigger's subject is: a name, a pronoun for the person the text is following, "I"
inside a quotation for its speaker, "a Labour councillor" in a lede for the person the next
sentence names, or "three councillors" for the names listed after a colon."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Token

from floorcross.extract import clause
from floorcross.extract.candidates import TRIGGER_RE
from floorcross.extract.mentions import (
    FIRST_PERSON,
    PRONOUNS,
    ParsedSentence,
    group_subject,
    looks_like_name,
    name_of,
    proper_name,
)
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
_GAP = 3  # sentences after which the followed person is forgotten


@dataclass
class Coref:
    """The person the narrative is following: the last named (or resolved) subject."""

    last: str | None = None
    index: int = -10
    # The people of the last sentence that reported several changes ("they" in the next one).
    group: list[str] = field(default_factory=list)
    group_index: int = -10
    # Everyone a change has been read for so far, the latest last.
    changed: list[str] = field(default_factory=list)

    def step(self, index: int) -> None:
        if index - self.index > _GAP:
            self.last = None

    def note_group(self, people: list[str], index: int) -> None:
        self.changed = [p for p in self.changed if p not in people] + list(dict.fromkeys(people))
        unique = list(dict.fromkeys(people))
        if len(unique) > 1:
            self.group, self.group_index = unique, index

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
    toks: list[Token], sent: ParsedSentence, art: ParsedArticle, coref: Coref, in_quote: bool,
    solo: bool = False,
) -> tuple[list[str], list[str]]:
    """(names of the people the subject tokens stand for, phrases describing them)."""
    names: list[str] = []
    contexts: list[str] = []
    if toks and not in_quote and _definite_role(toks[0]) and all(
        t.i in {x.i for x in toks[0].subtree} for t in toks
    ):
        # "The Carmarthen East MP was suspended": the person the article is following.
        return ([coref.last], [_phrase(toks[0])]) if coref.last else ([], [])
    for t in toks:
        low = t.lower_
        if in_quote:
            found = [_speaker(sent, art, coref)] if low in FIRST_PERSON else []
        elif low in PRONOUNS:
            found = [_pronoun(t, sent, art, coref)]
        elif low in ("they", "their"):
            found = _reporters(t, sent, art, coref)
        else:
            found = _named(t, sent, art, solo) or _the_group(t, sent, coref)
            if not found:
                found = (_lede(t, sent, art) or _including(t, sent, art)
                         or _colon_list(t, sent, art)
                         or _counted_list(t, sent, art) or _trailing_name(t, sent, art)
                         or _following_list(t, sent, art))
            if found and t.pos_ in ("NOUN", "PROPN"):
                contexts.append(_phrase(t))
        names += [n for n in found if n and n not in names]
    return _without_lone_places(names, art), contexts


def _without_lone_places(names: list[str], art: ParsedArticle) -> list[str]:
    """"A, (MLA Patepur in Vaishali) B and C": in a list of full names, a single capitalised
    word the article never completes nor gives a personal title ("Mr X", "Cllr X") is the
    seat or place written beside a name, not one more person."""
    if len(names) < 2 or all(" " not in n for n in names):
        return names
    def lone_place(n: str) -> bool:
        return " " not in n and art.people.resolve(n) is None and not re.search(
            _SURNAME_TITLE + re.escape(n) + r"\b", art.text)
    return [n for n in names if not lone_place(n)]


_GROUP_WITHIN = 4  # sentences after a group's change in which "the MLAs" still means them


def _the_group(t: Token, sent: ParsedSentence, coref: Coref) -> list[str]:
    """"The MLAs are likely to join the JDU", "The three councillors will now sit together":
    a definite plural role with no names of its own, soon after several people's change was
    told, stands for those people."""
    if t.tag_ not in ("NNS", "NNPS") or t.lemma_.lower() not in ROLE_NOUNS:
        return []
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
        return []
    if any(x.i in sent.names for x in t.subtree) or len(coref.group) < 2:
        return []
    if sent.parties_in(t.subtree):
        return []  # "the Labour councillors": a party's members, maybe others
    if t.dep_ not in ("nsubj", "nsubjpass") or any(
            c.dep_ == "aux" and c.lower_ == "to" for c in t.head.children):
        return []  # "difficult for the councillors to rejoin": not something they did
    return list(coref.group) if 0 < sent.index - coref.group_index <= _GROUP_WITHIN else []


def _the_role(t: Token) -> bool:
    return t.lower_ in ROLE_NOUNS | {"td", "am"} and t.left_edge.lower_ == "the"


def _definite_role(t: Token) -> bool:
    """"the East Lothian MP", "The Sligo-Leitrim TD": a role with "the" and no name after it
    (the words before the role are its place)."""
    words = sorted(t.subtree, key=lambda x: x.i)
    words = words[: next((k for k, w in enumerate(words) if w.text == "("), len(words))]
    roles = [k for k, w in enumerate(words)
             if w.lower_ in ROLE_NOUNS | {"td", "am"} and w.tag_ not in ("NNS", "NNPS")]
    if not words or words[0].lower_ != "the" or not roles:
        return False
    return not any(w.pos_ == "PROPN" for w in words[roles[0] + 1 :])


def _phrase(t: Token) -> str:
    toks = [x for x in t.subtree if x.dep_ != "relcl" or x is t]
    return t.doc.text[toks[0].idx : toks[-1].idx + len(toks[-1].text)] if toks else t.text


def _named(t: Token, sent: ParsedSentence, art: ParsedArticle, solo: bool = False) -> list[str]:
    """A name at the subject, or in its appositions, compounds and conjuncts (with `solo`, not
    the conjuncts after a relative clause: the clause being read is that relative clause)."""
    if _definite_role(t):
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


_SURNAME_TITLE = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|Coun|Senator|Sen|Rep|Deputy)\.?\s+"


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
    titled = re.search(_SURNAME_TITLE + re.escape(t.text) + r"\b", art.text)
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


def _trailing_name(t: Token, sent: ParsedSentence, art: ParsedArticle) -> list[str]:
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


def _subtree_names(t: Token, sent: ParsedSentence, art: ParsedArticle) -> list[str]:
    """Every name in a role noun's phrase outside its prepositions and clauses, however the
    parser hung them ("Fenby councillor A and Deeside councillor B")."""
    out: list[str] = []
    place_before = _the_role(t)  # "the East Lothian MP"
    for x in t.subtree:
        if place_before and x.i < t.i:
            continue
        if x.i in sent.names and not _under_prep(x, t) and not _in_clause(x, t):
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


def _pronoun(t: Token, sent: ParsedSentence, art: ParsedArticle, coref: Coref) -> str | None:
    gov = t.head
    if t.dep_ == "poss" and gov.lemma_.lower() in clause.ACT_NOUNS and coref.changed:
        return coref.changed[-1]  # "his defection": the person whose change is being told
    if t.dep_ in ("nsubj", "nsubjpass") and gov.dep_ == "ccomp":
        # "X said he had quit", "Keith Prince, who announced he had joined Reform"
        for s in clause.subjects(gov.head):
            if s.lower_ not in PRONOUNS:
                found = _named(s, sent, art)
                if found:
                    return found[0]
    for prev in reversed([x for x in sent.doc if x.i < t.i]):
        # A name parsed as the root: "X, the MP for Y, revealed she had left" read as a noun.
        root_name = prev.dep_ == "ROOT" and prev.i in sent.names
        if (prev.dep_ in ("nsubj", "nsubjpass") or root_name) and not art.in_quote(
            sent.start + prev.idx
        ):
            # "X's defection comes after he had the whip suspended": the possessor
            found = _named(prev, sent, art) or _possessor(prev, sent, art)
            if found:
                return found[0]
            poss = next((c for c in prev.children if c.dep_ == "poss"), None)
            if poss is not None and poss.lower_ in PRONOUNS:  # "His defection ... he was"
                return _pronoun(poss, sent, art, coref)
    return coref.last


def _reporters(t: Token, sent: ParsedSentence, art: ParsedArticle, coref: Coref) -> list[str]:
    """"A and B announced that they were leaving": "they" are the reporting verb's subjects;
    otherwise the people whose changes the sentences just before listed."""
    gov = t.head
    if t.dep_ not in ("nsubj", "nsubjpass") or gov.dep_ != "ccomp":
        return list(coref.group) if sent.index - coref.group_index <= 2 else []
    out: list[str] = []
    for s in clause.subjects(gov.head):
        out += [n for n in _named(s, sent, art) if n not in out]
    return out


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
    head = t.head if t.dep_ == "conj" and t.head.lemma_.lower() in ROLE_NOUNS else t
    # "The Labour MP for Sefton Vale has ..." opening an article is a lede too: nobody has
    # been named yet for "the" to point back to.
    dets = ("a", "an", "one", "another") + (("the",) if sent.index <= 1 else ())
    if not any(c.dep_ == "det" and c.lower_ in dets for c in head.children):
        return []
    if any(c.lemma_.lower() in ROLE_NOUNS for c in head.conjuncts):
        return _lede_by_role(t, sent, art)  # "An SNP MP and a councillor have defected"
    confirmer = set(_named(c, sent, art)) if (c := _confirmer(t)) is not None else set()
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
                found = _named(tok, nxt, art) or _possessor(tok, nxt, art)
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


def _possessor(t: Token, sent: ParsedSentence, art: ParsedArticle) -> list[str]:
    """"Mann's defection": the name in a possessive on the subject."""
    out: list[str] = []
    for c in t.children:
        if c.dep_ == "poss":
            out += _named(c, sent, art)
    return out


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


_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "both": 2}


def _including(t: Token, sent: ParsedSentence, art: ParsedArticle) -> list[str]:
    """"Six councillors, including group leader Cllr Pam Rigg, have quit": the members a
    counted group names inside itself (the rest are counted only)."""
    if t.lemma_.lower() not in ROLE_NOUNS or t.tag_ not in ("NNS", "NNPS"):
        return []
    out: list[str] = []
    for prep in t.children:
        if prep.lower_ not in ("including", "among") or prep.dep_ not in ("prep", "acl"):
            continue
        for tok in prep.subtree:
            name = name_of(sent, tok, art.people) if tok.i in sent.names else None
            if name and name not in out and tok.dep_ in ("pobj", "conj", "dobj", "appos"):
                out.append(name)
    return out


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


def _following_list(t: Token, sent: ParsedSentence, art: ParsedArticle) -> list[str]:
    """"Three councillors have quit ... They are A, B and C." / "A, B and C were the three.":
    a plural subject with no names, and the group of names the next sentences give for it (as
    many as counted, or any group in a sentence that only says who they are)."""
    if t.lemma_.lower() not in ROLE_NOUNS or t.tag_ not in ("NNS", "NNPS"):
        return []
    if any(x.i in sent.names for x in t.subtree):
        return []
    count = next((_COUNTS.get(c.lower_) for c in t.children if c.dep_ in ("nummod", "det")
                  and c.lower_ in _COUNTS), None)
    for step in (1, 2):
        nxt = art.parsed.get(sent.index + step)
        if nxt is None:
            return []
        group, first = name_group(nxt, art)
        if len(group) >= 2 and count == len(group) and (
                _says_who(first) and _of_the_group(first) or _describes(first)):
            return group
        if group:
            return []  # the next sentence is about someone else
    return []


def name_group(sent: ParsedSentence, art: ParsedArticle) -> tuple[list[str], Token | None]:
    """The first list of names in a sentence outside quotations ("A, B and C"), however the
    parser and the NER read them (conjuncts, appositions, or an organisation)."""
    out: list[str] = []
    run: list[Token] = []
    first: Token | None = None
    tail = 0  # words left of a seat after a name: "A from Kogi, B representing Enugu North"
    for tok in [*sent.doc, None]:
        if tail and tok is not None and tok.text not in _LIST_JOINS | {")"}:
            tail -= 1
            continue
        tail = 0
        if tok is not None and tok.pos_ == "PROPN" and tok.is_title and not (
            sent.party_of(tok) or art.in_quote(sent.start + tok.idx)
        ):
            run.append(tok)
            continue
        if run:
            name = name_of(sent, run[-1], art.people) or proper_name(run) or (
                _between_names(run, tok) if out else None)
            if name and name not in out:
                out.append(name)
                first = first or run[-1]
                tail = _SEAT_TAIL if tok is not None and tok.lower_ in _SEAT_WORDS else 0
            run = []
        if first is not None and not tail and (tok is None or tok.text not in _LIST_JOINS | {")"}):
            break
    return out, first


def _between_names(run: list[Token], after: Token | None) -> str | None:
    """"A, Tshepo Kwenanyane, C and D": two or three capitalised words standing between a
    list's commas after a name, which the NER took for a place. In a list of people it is one."""
    before = run[0].doc[run[0].i - 1] if run[0].i else None
    if not 2 <= len(run) <= 3 or before is None or before.text not in _LIST_JOINS:
        return None
    if after is None or after.text not in _LIST_JOINS:
        return None
    name = run[0].doc.text[run[0].idx : run[-1].idx + len(run[-1].text)]
    return name if looks_like_name(name) else None


# Words after a listed name that open the seat or place it represents, skipped up to the next
# comma: "A from Kogi", "B (Enugu North)", "C of Kaduna Central", "D, representing Oyo South".
_SEAT_WORDS = frozenset({"from", "of", "for", "representing", "(", "who"})
_SEAT_TAIL = 6


def _describes(tok: Token | None) -> bool:
    """The names are the subject of a sentence describing them ("A, B and C represent wards in
    the east of the city"), not of one reporting what they said or did about it."""
    if tok is None:
        return False
    cur = tok
    while cur.dep_ in ("compound", "conj", "appos", "cc", "punct") and cur.head.i != cur.i:
        cur = cur.head
    verb = cur.head
    if cur.dep_ != "nsubj" or verb.dep_ != "ROOT" or verb.lemma_.lower() in _REACTING:
        return False
    # Speaking of their own move ("A and B said their decision to leave ..."), not reacting.
    return verb.lemma_.lower() not in clause.SPEECH or any(
        t.lower_ in _OWN_MOVE for t in verb.subtree)


_OWN_MOVE = frozenset({"we", "our", "us", "decision", "they", "their"})
_REACTING = frozenset({"welcome", "criticise", "criticize", "condemn", "praise", "thank",
                       "accuse", "slam", "respond", "react", "call", "urge", "hit", "attack"})


def _says_who(tok: Token | None) -> bool:
    """The names are the subject or complement of "to be": "They are A, B and C", "A, B and C
    were the three", "The councillors are A and B" (not people doing something else)."""
    if tok is None:
        return False
    cur = tok
    while cur.dep_ in ("compound", "conj", "appos", "cc", "punct") and cur.head.i != cur.i:
        cur = cur.head
    return cur.dep_ in ("nsubj", "attr") and cur.head.lemma_ == "be" and cur.head.dep_ == "ROOT"


def _of_the_group(tok: Token) -> bool:
    """"They are A and B", "The five other MLAs are A, B ...": the names say who the group is,
    not who did something else ("Those who criticised the decision were A and B", "The
    candidates chosen are A and B")."""
    root = tok.sent.root
    subj = [c for c in root.children if c.dep_ == "nsubj"]
    if not subj or tok in subj[0].subtree:
        return True  # "A, B and C were the three"
    return group_subject(list(subj[0].subtree))


_LIST_JOINS = frozenset({",", "and", "&", "plus"})


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


# --- Companions: "X joined Alba, alongside Y", "he was joined by Y" ---------------------------

_ALONG = frozenset({"along", "together"})


def _companion_prep(tok: Token) -> bool:
    if tok.lower_ == "alongside":
        return True
    if tok.lower_ != "with":
        return False
    prev = tok.doc[tok.i - 1] if tok.i else None
    return prev is not None and prev.lower_ in _ALONG


def _in_relative(tok: Token) -> bool:
    """Inside a relative clause ("Y, who sits alongside X on the committee")."""
    return any(a.dep_ in ("relcl", "acl") for a in tok.ancestors)


def _names_in(toks, sent: ParsedSentence, art: ParsedArticle, top: Token) -> list[str]:
    """Names in a companion phrase, not those inside its own prepositions ("the former MP for
    East Lothian": a place)."""
    out: list[str] = []
    for t in toks:
        if t.i in sent.names and not _under_prep(t, top):
            name = name_of(sent, t, art.people)
            if name and name not in out:
                out.append(name)
    return out


def companion_names(sent: ParsedSentence, art: ParsedArticle) -> list[tuple[list[str], bool]]:
    """(names, introduced by "joined by") for each companion phrase in the sentence."""
    out = []
    for tok in sent.doc:
        if art.in_quote(sent.start + tok.idx) or _in_relative(tok):
            continue
        if _companion_prep(tok) and not _beside_in_other_act(tok):
            objs = [t for t in tok.subtree if t.i > tok.i]
            names = _names_in(_phrase_end(objs), sent, art, tok) or _unrecognised(tok, sent)
            if names:
                out.append((names, False))
        elif tok.lemma_.lower() == "join" and any(c.dep_ == "agent" for c in tok.children):
            agent = next(c for c in tok.children if c.dep_ == "agent")
            names = _names_in(agent.subtree, sent, art, agent)
            if names:
                out.append((names, True))
    return out


def _beside_in_other_act(prep: Token) -> bool:
    """"Campaigning alongside Mr Salmond, Cllr Lee said she had left": a companion in
    something else the subject was doing (a participle of its own), not in the change."""
    head = prep.head
    return head.tag_ == "VBG" and head.dep_ == "advcl" and not TRIGGER_RE.search(head.text)


def _unrecognised(prep: Token, sent: ParsedSentence) -> list[str]:
    """"along with fellow Conservative Jill Carver": a name the NER read as an organisation."""
    for obj in (c for c in prep.children if c.dep_ == "pobj"):
        if obj.pos_ == "PROPN" and not sent.party_of(obj):
            name = proper_name([*(c for c in obj.lefts if c.dep_ == "compound"), obj])
            if name:
                return [name]
    return []


def _under_prep(t: Token, top: Token) -> bool:
    cur = t.head
    while cur.i != top.i and cur.head.i != cur.i:
        if cur.pos_ == "ADP":
            return True
        cur = cur.head
    return False


def _phrase_end(toks: list[Token]) -> list[Token]:
    """The words of a companion phrase, up to the comma or verb that closes it."""
    toks = sorted(toks, key=lambda t: t.i)
    out = []
    for t in toks:
        if t.pos_ in ("VERB", "AUX") or (out and t.i != out[-1].i + 1):
            break
        out.append(t)
    return out
