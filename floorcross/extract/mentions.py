"""People and parties in one parsed sentence, with its place in the article.

The statistical NER reads "Blackburn Labour" as a person and "Ammar" as an organisation, so
person spans are checked against party mentions and completed by titles ("Cllr X") and by the
article's own list of people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from floorcross.extract.candidates import TRIGGER_RE
from floorcross.extract.people import PeopleIndex, can_end_name, extend_run, name_word_ok
from floorcross.extract.terms import KNOWN_PARTIES, PartyMention, find_parties
from floorcross.nlp.councils import normalise_council
from floorcross.nlp.countries import localise, short_name_fits
from floorcross.nlp.persons import is_facility
from floorcross.nlp.titles import TITLES, strip_titles

_TITLE_WORDS = frozenset(t for t in TITLES if " " not in t)
PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
FIRST_PERSON = frozenset({"i", "me"})
_SEAT_ROLES = frozenset({"member", "mp", "msp", "mla", "td", "ms", "senator", "representative",
                         "councillor", "cllr", "candidate"})
_PLURAL_TITLES = frozenset({"councillors", "cllrs", "couns", "mps", "msps", "senators", "members",
                            "mlas", "tds", "meps", "legislators"})
_NOT_NAMES = frozenset({
    "labour", "tory", "tories", "independent", "councillor", "cllr", "party", "council",
    "palestine", "israel", "gaza", "hamas", "momentum",
})


@dataclass
class ParsedSentence:
    index: int  # position among the article's sentences
    start: int  # offset of the sentence in the article text
    end: int
    doc: Doc
    parties: list[PartyMention] = field(default_factory=list)
    names: dict[int, str] = field(default_factory=dict)  # token index -> person name as written

    @property
    def text(self) -> str:
        return self.doc.text

    def party_of(self, tok: Token) -> str | None:
        """The party a token is part of ("Labour" in "the Labour Party")."""
        a = self.start + tok.idx
        b = a + len(tok.text)
        for p in self.parties:
            if p.start < b and a < p.end:
                return p.name
        return None

    def parties_in(self, toks) -> list[str]:
        out = []
        for t in toks:
            name = self.party_of(t)
            if name and name not in out:
                out.append(name)
        return out


def build_sentence(
    index: int, start: int, end: int, doc: Doc, country: str | None = None
) -> ParsedSentence:
    parties = find_parties(doc.text, start, country)
    parties += _other_parties(doc, start, parties, country)
    sent = ParsedSentence(index, start, end, doc, parties=sorted(parties, key=lambda p: p.start))
    for toks in _person_runs(doc):
        if any(sent.party_of(t) for t in toks) and not _party_surname(sent, toks) or (
                _represented(toks)):
            continue
        if _party_surname(sent, toks):  # "Bob Burns-Green": the party word is their name
            a, b = start + toks[0].idx, start + toks[-1].idx + len(toks[-1].text)
            sent.parties = [p for p in sent.parties if not a <= p.start < b]
        toks, nick = extend_run(toks)
        if len(toks) > 1 or not _is_place(toks[0].text):
            _set_name(sent, toks, nick)
    _shared_surnames(sent)
    for tok in doc:  # "Cllr Desai", "Mr Weinstein": a title followed by capitalised words
        plural = tok.lower_ in _PLURAL_TITLES  # "MLAs Ravi Das and ...": the list's first name
        if (tok.lower_.rstrip(".") in _TITLE_WORDS or plural) and tok.i + 1 < len(doc):
            run = []
            for nxt in doc[tok.i + 1 :]:
                if not (nxt.is_title and nxt.pos_ == "PROPN") or sent.party_of(nxt):
                    break
                if plural and nxt.ent_type_ not in ("", "PERSON"):
                    break
                run.append(nxt)
            if plural and len(run) < 2:
                continue
            # "Cllr Pam Rigg" where the NER found only "Pam": the title's run is the name
            if run and len(sent.names.get(run[0].i, "").split()) < min(len(run), 2):
                _set_name(sent, run)
    return sent


def _other_parties(
    doc: Doc, start: int, found: list[PartyMention], country: str | None = None
) -> list[PartyMention]:
    """Parties the pattern table does not know but the PARTY entities do ("the BJP", "TUSC",
    "the Welsh National Party"), in place of a shorter table reading inside them ("the
    Conservative Party of British Columbia" is not "the Conservative Party"). Removes the
    readings they replace from `found`. Names read as the article's `country` means them ("the
    National Party" in New Zealand copy); a name that is a party only in another country's
    copy ("the Bloc" outside Canada) is left out."""
    out = []
    for ent in doc.ents:
        if ent.label_ != "PARTY" or not ent.ent_id_ or ent.ent_id_ == "Independent":
            continue
        if not short_name_fits(ent.text, country):
            continue
        canon = localise(ent.ent_id_, country)
        a, b = start + ent.start_char, start + ent.end_char
        inside = [p for p in found if p.start < b and a < p.end]
        longer = all(a <= p.start and p.end <= b and (p.start, p.end) != (a, b) for p in inside)
        # A known party the table reads only beside a party word ("joining the Nationals",
        # "became a Liberal") counts where the table found nothing.
        if longer and (inside or canon not in KNOWN_PARTIES or not _table_reads(ent.text)):
            found[:] = [p for p in found if p not in inside]
            out.append(PartyMention(a, b, canon))
    return out


def _table_reads(text: str) -> bool:
    """Whether the pattern table reads these words as a party wherever they stand."""
    return bool(find_parties(text))


def _party_surname(sent: ParsedSentence, toks: list[Token]) -> bool:
    """"Chris Green", "Natalie Green": a surname that is also a party's one-word name, after a
    given name that is no party ("Green Party" and "Plaid Cymru" are never people)."""
    last = toks[-1]
    after = sent.doc[last.i + 1] if last.i + 1 < len(sent.doc) else None
    return (len(toks) >= 2 and bool(sent.party_of(last))
            and not any(sent.party_of(t) for t in toks[:-1]) and last.is_title
            and (after is None or after.lower_ not in ("party", "parties")))


def _person_runs(doc: Doc) -> list[list[Token]]:
    """PERSON entities, adjacent ones joined ("Marian" + "Harkin" split by a title rule)."""
    runs: list[list[Token]] = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        if runs and runs[-1][-1].i + 1 == ent.start:
            runs[-1].extend(ent)
        else:
            runs.append(list(ent))
    return runs


def _shared_surnames(sent: ParsedSentence) -> None:
    """"Pat and Ted Flynn": a lone first name joined to a full name shares its surname."""
    doc = sent.doc
    for i, name in list(sent.names.items()):
        if " " in name or i + 1 >= len(doc) or doc[i + 1].lower_ not in ("and", "&"):
            continue
        other = sent.names.get(i + 2)
        if other and len(other.split()) == 2 and sent.names.get(i + 3) == other:
            sent.names[i] = f"{name} {other.split()[-1]}"


def _represented(toks: list[Token]) -> bool:
    """"B representing Enugu North", "who represents Kirkby Moor", "the Glasgow Southside
    seat": a seat the NER took for a person."""
    head = toks[-1]
    if head.dep_ == "compound" and head.head.lemma_.lower() in _SEAT_NOUNS:
        return True  # "who represents the Glasgow Southside seat", "the Hexham constituency"
    return head.dep_ == "dobj" and head.head.lemma_ == "represent"


_SEAT_NOUNS = frozenset({"seat", "constituency", "ward", "division", "riding", "electorate",
                         "district"})


def _is_place(word: str) -> bool:
    """A lone capitalised word the NER took for a person but which names a council area."""
    return normalise_council(word, None) is not None


def _set_name(sent: ParsedSentence, toks: list[Token], nick: list[Token] = ()) -> None:
    while toks and toks[-1].lower_ in ("'s", "’s", "'", "’"):
        toks = toks[:-1]
    # "Councillors Aled Price and ...", "Harbourside MLAs Ann Lee and ...": a plural role
    # and what comes before it (a place, a party) are never part of the name.
    plural = [k for k, t in enumerate(toks[:-1]) if t.lower_ in _GROUP_PLURALS]
    if plural:
        toks = toks[plural[-1] + 1 :]
    # "Alberta MP Ann Lee", "Monaghan Cllr Sean Roe": a place and a role before the name.
    roles = [k for k, t in enumerate(toks[:-1]) if t.lower_.rstrip(".") in _TITLE_WORDS]
    if roles and roles[-1] > 0:
        toks = toks[roles[-1] :]
    # "Member for Kalgoorlie Dean Ostler", "MP for Hexham Tom Burnley": the seat ran into the name.
    doc = toks[0].doc if toks else None
    at = toks[0].i if toks else 0
    if (len(toks) >= 3 and at >= 2 and doc[at - 1].lower_ in ("for", "of")
            and doc[at - 2].lower_.rstrip(".") in _SEAT_ROLES | _POSTS):
        toks = toks[-2:]
    if not toks:
        return
    toks = _after_credit(_after_place(toks))
    if not toks:
        return
    skip = {t.i for t in nick}
    words = [t.text for t in toks if t.i not in skip]
    raw = sent.doc.text[toks[0].idx : toks[-1].idx + len(toks[-1].text)]
    if skip or any(t.whitespace_ == "" and t.i + 1 <= toks[-1].i for t in toks):
        raw = _join_words(toks, skip)
    name = strip_titles(raw)
    if not looks_like_name(name) or not words:
        return
    for t in toks:
        sent.names[t.i] = name


_POSTS = frozenset({"mayor", "leader", "chair", "chairman", "chairwoman", "provost"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "COUNCIL", "WARD", "FAC"})


def _after_place(toks: list[Token]) -> list[Token]:
    """"Mayor of Brighton and Hove Anne Meadows", "councillor for Kensington and Chelsea Tom
    Reed": the last word of a two-part place ran into the name after it."""
    if len(toks) < 3:
        return toks
    doc, at = toks[0].doc, toks[0].i
    rest = toks[1:]
    if any(t.lower_.rstrip(".") in _TITLE_WORDS or t.lower_ in _NOT_NAMES for t in rest):
        return toks  # "Strabane District Councillor": all of it is the place and a title
    if at < 2 or doc[at - 1].lower_ not in ("and", "&"):
        return toks
    # The first part is a place by its entity, or by the word that opens a place ("of Ashby")
    before = doc[at - 2]
    opened = at >= 3 and before.is_title and doc[at - 3].lower_ in ("of", "for", "in", "from")
    return rest if before.ent_type_ in _PLACE_ENTS or opened else toks


def _after_credit(toks: list[Token]) -> list[Token]:
    """"Jo Bloggs/Stuff Ann Lee says ...": a photo credit (photographer/outlet) glued to the name
    of the caption's subject. The name is what follows the outlet word after the slash."""
    slash = [k for k, t in enumerate(toks) if "/" in t.text]
    if not slash:
        before = toks[0].doc[toks[0].i - 1] if toks[0].i else None
        glued = before is not None and before.text.endswith("/") and len(toks) >= 3
        return toks[1:] if glued else toks  # "Sam Hill / Gazette Ann Lowry"
    k = slash[-1]
    if toks[k].text == "/" or toks[k].text.endswith("/"):
        k += 1  # the outlet is the word after a bare slash: "Kitchin / Stuff"
    rest = toks[k + 1 :]
    return rest if len(rest) >= 2 else []


def _join_words(toks: list[Token], skip: set[int]) -> str:
    """The run's text without the skipped tokens, keeping "Long-Bailey" and "d'Aubigny" whole."""
    out = ""
    for t in toks:
        if t.i in skip:
            out = out.rstrip() + " "
            continue
        out += t.text_with_ws
    return " ".join(out.split())


def looks_like_name(name: str) -> bool:
    words = name.split()
    return (
        bool(words) and words[0][:1].isupper() and can_end_name(words[-1])
        and all(name_word_ok(w) for w in words)
        and not any(w.lower() in _NOT_NAMES for w in words)
        and not is_facility(words)
    )


def name_of(sent: ParsedSentence, tok: Token, people: PeopleIndex) -> str | None:
    """The person a (proper noun) token names, resolved to the fullest name in the article."""
    raw = sent.names.get(tok.i)
    if raw is None and tok.pos_ == "PROPN" and tok.is_title and not sent.party_of(tok):
        raw = tok.text if people.resolve(tok.text) else None
        if raw is None and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj"):
            raw = proper_name([*(c for c in tok.lefts if c.dep_ == "compound"), tok])
    if raw is None:
        return None
    full = people.resolve(raw)
    if full is None and len(raw.split()) == 1 and tok.dep_ in ("compound", "amod"):
        return None  # "a Heysham councillor": a lone word before a noun is a place
    return full or raw


_NOT_PERSON_ENTS = frozenset({"GPE", "LOC", "FAC", "NORP", "COUNCIL", "WARD", "PARTY", "DATE"})
_ORG_WORDS = frozenset({
    "council", "party", "group", "union", "committee", "association", "ltd", "news", "times",
    "post", "mail", "office", "court", "police", "university", "school", "trust", "bbc",
    # Role words: "Executive Member", "Deputy Leader" are titles, not names.
    "executive", "member", "members", "leader", "chair", "chairman", "secretary", "minister",
    "mayor", "spokesperson", "spokesman", "spokeswoman", "officer", "director", "president",
    "governor", "senator", "commissioner", "chief", "deputy", "cabinet", "shadow",
})


def proper_name(toks: list[Token]) -> str | None:
    """Two to four capitalised words the NER missed or took for an organisation
    ("Marcus Tellwright was expelled"), when nothing marks them as a place or a body."""
    run: list[Token] = []  # the capitalised words just before the head, back to the first other
    for t in reversed(toks):
        if t.lower_.rstrip(".") in _TITLE_WORDS | _PLURAL_TITLES:
            break
        if not (t.is_title and t.pos_ == "PROPN") or t.ent_type_ in _NOT_PERSON_ENTS:
            break
        if t.lower_ in _ORG_WORDS:
            return None
        run.insert(0, t)
    toks = run
    if not 2 <= len(toks) <= 4:
        return None
    name = toks[0].doc.text[toks[0].idx : toks[-1].idx + len(toks[-1].text)]
    return name if looks_like_name(name) else None


# --- Rosters: the members of a group told in a sentence of their own ------------------------

# "The five other MLAs are", "They are", "Those suspended were", "have been named as",
# "Among them are", "The others include": a sentence that lists who a group was.
ROSTER_CUE = re.compile(
    r"^(?:The|These|Those)\b[^.;:\"“”]{0,80}?\s(?P<v1>are|were|include[sd]?)\b:?"
    r"|^(?:They|Others)\s+(?P<v2>are|were|include[sd]?)\b:?"
    r"|\b(?:have|has)\s+been\s+(?:named|identified)\s+as\b:?"
    r"|^Among\s+(?:them|those|the)\b[\w\s’'-]{0,40}?\s(?P<v3>are|were|is|was)\b:?"
    r"|^(?:The|These|Those)\b[^.;:\"“”]{0,60}?(?P<v4>:)"  # "The five: A, B, C, D and E"
)
_LIST_BREAKS = frozenset({",", ";", "and", "&"})
_GROUP_PLURALS = _PLURAL_TITLES | {"mlas", "tds", "mlcs", "mpps", "legislators", "lawmakers"}
_POSSESSIVE = frozenset({"'s", "’s"})
_INDEPENDENT = frozenset({"independent", "independents"})
_NAME_STOPS = _TITLE_WORDS | _GROUP_PLURALS | _INDEPENDENT


@dataclass(frozen=True)
class Roster:
    members: list[tuple[str, str | None]]  # name as written, party the list gives it
    complete: bool  # "are" lists everyone; "include", "among them" only some
    joined: str | None  # "the other new entrants to the Greens are": the party they joined


def roster(sent: ParsedSentence) -> Roster | None:
    """The people a roster sentence lists, each with the party written before them ("NCP's A
    and Independent MLAs B and C"); seats in brackets are left to the roles reader. None when
    the sentence is no roster or its list holds anything but names."""
    m = ROSTER_CUE.search(sent.text)
    if m is None:
        return None
    verb_at = min((m.start(g) for g in ("v1", "v2", "v3", "v4") if m.group(g)),
                  default=m.start())
    if not group_subject([t for t in sent.doc if t.idx < verb_at]):
        return None
    after = [t for t in sent.doc if t.idx >= m.end()]
    members = _listed_names(sent, after)
    if not members:
        return None
    verb = m.group("v1") or m.group("v2") or ""
    complete = not (verb.startswith("include") or m.group("v3"))
    lead = [t for t in sent.doc if t.idx < m.start() + len(m.group(0))]
    joined = next((p for t in lead if (p := sent.party_of(t)) and t.i > 0 and (
        sent.doc[t.i - 1].lower_ in ("to", "the") and "to" in (
            x.lower_ for x in sent.doc[max(0, t.i - 2) : t.i]))), None)
    return Roster(members, complete, joined)


# Words that make a subject a group of politicians: "The five other MLAs", "The other two",
# "The other new entrants to the BJP", "The councillors".
_GROUP_SUBJECT = _GROUP_PLURALS | {
    "others", "other", "entrants", "recruits", "defectors", "rebels", "members", "councillors",
    "mlas", "mps", "tds", "msps", "senators", "legislators", "lawmakers", "two", "three", "four",
    "five", "six", "seven", "eight", "nine", "ten", "trio", "pair", "them", "they"}


def group_subject(subject: list[Token]) -> bool:
    """Whether a roster's subject is the group itself ("The five other MLAs", "Those
    suspended", "Among those leaving", "They") rather than other people ("Those who criticised
    the decision", "Among those present", "The candidates chosen for the by-election")."""
    changed = any(TRIGGER_RE.search(t.text) for t in subject)
    if any(t.pos_ == "VERB" and not TRIGGER_RE.search(t.text) for t in subject):
        return False
    return changed or any(t.lower_ in _GROUP_SUBJECT for t in subject)


def _listed_names(sent: ParsedSentence, toks: list[Token]) -> list[tuple[str, str | None]]:
    """Names of a list ("A (Ward), B and C"): each chunk between commas and "and" is one name,
    maybe after a party and a title; a chunk that is no name ends the list, or voids it when it
    comes first with a capital (a body, a place: not a list of people)."""
    out: list[tuple[str, str | None]] = []
    chunk: list[Token] = []
    depth = 0
    inherit: str | None = None  # "Independent MLAs B and C": the party covers both names
    for t in [*toks, None]:
        if t is not None and t.text in "([":
            depth += 1
        elif t is not None and t.text in ")]":
            depth = max(0, depth - 1)
        elif t is not None and not depth and t.lower_ not in _LIST_BREAKS and not t.is_punct:
            chunk.append(t)  # a seat in brackets is no part of the name
        if t is not None and (depth or t.lower_ not in _LIST_BREAKS and t.text != "."):
            continue
        if not chunk:
            continue
        name = _chunk_name(sent, chunk)
        cut = _name_before_verb(chunk) if name is None and out else []
        if cut and (last := _chunk_name(sent, cut)):
            out.append((last, inherit))  # the list is the subject: the verb ends it
            break
        if name is None:
            if out or chunk[0].is_title:
                break
            chunk = []
            continue
        party = next(iter(sent.parties_in(chunk)), None) or (
            "Independent" if any(x.lower_ in _INDEPENDENT for x in chunk) else None)
        party = party or (inherit if t is not None or out else None)
        plural = any(x.lower_ in _GROUP_PLURALS for x in chunk)
        out.append((name, party))
        inherit = party if plural and party else (inherit if t is not None and (
            t.lower_ == "and") and not party else None)
        chunk = []
        if t is None or t.text == ".":
            break
    return out


def _name_before_verb(chunk: list[Token]) -> list[Token]:
    """"... C and D have been told that ...": the last name of a list that is the subject of
    its sentence, cut where the capitalised words end and the verb begins."""
    run = 0
    while run < len(chunk) and (chunk[run].is_title or chunk[run].is_upper):
        run += 1
    if run < 2 or run == len(chunk) or chunk[run].pos_ not in ("VERB", "AUX"):
        return []
    return chunk[:run]


def _chunk_name(sent: ParsedSentence, chunk: list[Token]) -> str | None:
    """The name a list chunk ends with, after any party and title: "NCP's A B", "Cllr A B"."""
    run: list[Token] = []
    for t in reversed(chunk):
        low = t.lower_.rstrip(".")
        if t.text in _POSSESSIVE or sent.party_of(t) or low in _NAME_STOPS:
            break
        if not (t.is_title or t.is_upper) or low in _ORG_WORDS:
            return None
        run.insert(0, t)
    if not 2 <= len(run) <= 5 or len(run) < len(chunk) and not (
            sent.party_of(chunk[len(chunk) - len(run) - 1]) or chunk[len(chunk) - len(run) - 1]
            .lower_.rstrip(".") in _NAME_STOPS | _POSSESSIVE):
        return None
    name = sent.doc.text[run[0].idx : run[-1].idx + len(run[-1].text)]
    return name if looks_like_name(name) else None
