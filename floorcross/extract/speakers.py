"""Who says a quotation, read from the parse of its masked sentence.

The speaker is the subject of the speech verb that governs the placeholder standing for the
quotation ("“something,” Ammar told the paper" / "Aziz said: “something”" / "he accused X of
“something”"; after a question, "“something?” asked the MLA" inverts it). What the subject
is decides how it is resolved later: a name, a pronoun, a group or organisation, an
anonymous source (attributed to nobody), or a definite description ("the councillor") that
points back like a pronoun.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

SPEECH_LEMMAS = {
    "say", "tell", "add", "explain", "write", "accuse", "claim", "insist", "state", "argue",
    "warn", "describe", "continue", "comment", "note", "reply", "respond", "ask", "declare",
    "announce", "admit", "acknowledge", "suggest", "urge", "tweet", "post", "confirm", "deny",
    "stress", "emphasise", "emphasize", "conclude", "remark", "recall", "speak", "vow",
    "pledge", "promise", "blast", "slam", "criticise", "criticize", "condemn", "allege",
    "maintain", "reveal", "accord", "brand", "label", "call", "complain", "predict", "joke",
    "quip", "shout", "chant", "plead", "demand", "boast", "concede", "agree", "observe",
    "hit", "attack", "praise", "welcome", "dismiss", "lament", "read",
    # Verbs that carry a fragment of someone's words: "cited “a culture of ...”".
    "express", "voice", "cite", "blame",
}
# Anonymous mouthpieces: whoever they speak for, the article does not say who speaks, so the
# speaker is None ("a Labour spokesperson", "a spokesperson for the council", "a party
# source"). The body itself is the speaker only when it is the subject ("the council said").
MOUTHPIECES = {
    "spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen", "spokeswomen",
    "source", "insider", "aide", "official", "representative", "ally", "friend", "figure",
}
# Offices of an organisation: "the Momentum Camden leader said" with no name given speaks as
# the organisation; "a party leader" (indefinite) is nobody in particular.
OFFICES = {"leader", "chair", "chairman", "chairwoman", "secretary", "president", "convenor"}
SPOKES_ROLES = MOUTHPIECES | OFFICES | {"statement", "office"}
# Elected or party roles: "the MP for Y", "the Moor Park councillor" point to a person.
ROLE_NOUNS = {
    "mp", "msp", "mla", "mep", "td", "ms", "am", "councillor", "councilor", "cllr", "senator",
    "peer", "member", "minister", "mayor", "representative", "congressman", "congresswoman",
}
# Nouns naming a body or a group rather than one person.
GROUP_NOUNS = {
    "group", "party", "council", "branch", "committee", "union", "government", "campaign",
    "association", "organisation", "organization", "federation", "executive", "board",
    "movement", "coalition", "network", "department", "ministry", "team", "club", "society",
}
# Documents quoted as if they spoke: their author, when named, is the speaker.
DOCUMENT_NOUNS = {
    "motion", "letter", "statement", "report", "resolution", "post", "tweet", "email", "e-mail",
    "message", "article", "manifesto", "leaflet", "document", "petition", "complaint",
    "mail", "note", "memo", "speech", "blog",
}
# Counting words left out of a group's name: "the two other Green councillors".
_COUNTING = {"other", "both", "all", "remaining", "several", "few", "many"}
_PLACEHOLDER = "something"  # the word quotations are masked with (see quotes_frames)
_ANON_DETS = {"a", "an", "one", "another", "some", "several", "two", "three", "many"}
_MALE = {"he", "him", "his", "himself"}
_FEMALE = {"she", "her", "hers", "herself"}
_PLURAL = {"they", "them", "their"}
# Verbs by which a body writes a document ("the motion, passed by X"), unlike those by which an
# outlet merely carries it ("a statement, carried by the Ledger").
_AUTHORING = {
    "pass", "write", "sign", "issue", "release", "table", "send", "publish", "propose",
    "submit", "draft", "author", "put",
}
_LEMMA_FORMS = {
    "said": "say", "says": "say", "told": "tell", "tells": "tell", "wrote": "write",
    "written": "write", "writes": "write", "spoke": "speak", "read": "read", "hit": "hit",
    "passed": "pass", "signed": "sign", "issued": "issue", "released": "release",
    "tabled": "table", "sent": "send", "published": "publish", "proposed": "propose",
    "submitted": "submit", "drafted": "draft", "put": "put",
}


def lemma(tok: Token) -> str:
    """The token's lemma; read from its form when the pipeline ran without a lemmatizer."""
    if tok.lemma_:
        return tok.lemma_.lower()
    low = tok.lower_
    if low in _LEMMA_FORMS:
        return _LEMMA_FORMS[low]
    from floorcross.extract.quotes_frames import SPEECH_FORMS  # a cycle at import time

    if low in SPEECH_FORMS:
        return SPEECH_FORMS[low]
    if tok.tag_ in ("NNS", "NNPS") and low.endswith("s") and not low.endswith("ss"):
        return low[:-1]
    return low


@dataclass
class Said:
    """The grammatical speaker of one quotation.

    kind: "name" (value: the name as written), "pronoun" (value: m / f / plural / it),
    "document" (value: "statement": the author of the one mentioned before), "office" (value:
    the organisation whose `office` holder speaks, or the organisation when none is named),
    "group" or "org" (value: the descriptor), "place" (value: a place as written: it speaks
    only as part of a body's name, "Saltby Harbour Labour"), "body" (value: "council": the
    body named nearby),
    "role" (value: "MP for Y", "Moor Park councillor": the person holding it), "anon" (value
    None: the article does not say who), "anaphor" (a definite description: like a pronoun;
    value: "m" / "f" when its nouns tell the gender, else None).
    `pos` is the frame offset of the speaker word; `governs` tells that the speech verb takes
    the quotation itself as its object (a whole utterance, not a fragment of reported speech).
    """

    kind: str
    value: str | None
    pos: int
    governs: bool = False
    office: str | None = None  # kind "office": "leader" of the organisation in `value`
    possessive: bool = False  # kind "office": "Plaid's leader", never the body itself


def is_speech(tok: Token) -> bool:
    return lemma(tok) in SPEECH_LEMMAS and tok.pos_ in ("VERB", "AUX")


def speech_verb_for(tok: Token) -> Token | None:
    """The speech verb governing a token: an ancestor first, else the nearest in its sentence."""
    for anc in tok.ancestors:
        if is_speech(anc):
            return anc
    verbs = [t for t in tok.sent if is_speech(t)]
    if not verbs:
        return None
    return min(verbs, key=lambda t: abs(t.i - tok.i))


def subject_of(verb: Token) -> Token | None:
    """The speaker of a speech verb, climbing out of participles ("..., adding: ...")."""
    v = verb
    for _ in range(5):
        if lemma(v) == "accord":  # "according to X"
            for prep in v.children:
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        return obj
        # "X was told by Y": the agent of a speech verb speaks, not its passive subject
        # ("X was quoted by the Gazette" and "X was asked by Y" keep X).
        agent = [g for c in v.children if c.dep_ == "agent" for g in c.children]
        if agent and is_speech(v) and lemma(v) != "ask":
            return agent[0]
        # The placeholder standing for the quotation is what is said, never who says it.
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "expl")
                and c.lower_ != _PLACEHOLDER]
        # "His ally Ann Roe told ...": the parse may give the noun and the name each as a
        # subject; the name is the speaker.
        subj.sort(key=lambda c: c.pos_ != "PROPN")
        if subj and subj[0].dep_ != "expl":
            return _name_closing(subj[0], v)
        asker = _inverted_asker(v)
        if asker is not None:
            return asker
        if agent:
            return agent[0]
        # "saw Starmer say ..." / "heard him say ...": the seen one speaks.
        objs = [c for c in v.head.children if c.dep_ == "dobj" and c.i < v.i]
        if v.dep_ in ("xcomp", "ccomp") and objs:
            return objs[0]
        if v.dep_ not in ("advcl", "xcomp", "conj", "acl", "ccomp", "pcomp") or v.head is v:
            break
        v = v.head
    after = [t for t in verb.rights if t.pos_ == "PROPN" or t.ent_type_ == "PERSON"]
    if after and after[0].i == verb.i + 1:  # "..., said Jane Roe."
        return after[0]
    return _name_before(verb)


def _name_closing(subj: Token, verb: Token) -> Token:
    """"Former leader of the opposition Vic Rule added": an office or role whose phrase ends
    in a name just before the verb is that person (the parse hangs the name in the "of"
    phrase). Others are not: "a spokesperson for Chief Whip Ann Roe", "the wife of Tom Lee"."""
    last = subj.right_edge
    if (subj.pos_ != "NOUN" or lemma(subj) not in OFFICES | ROLE_NOUNS or last.i + 1 != verb.i
            or last.ent_type_ != "PERSON" or last.i == subj.i):
        return subj
    return last


def _inverted_asker(verb: Token) -> Token | None:
    """"“Is this fair?” asked the Tanager MLA": after a question, an inverted "asked" takes
    its speaker as the noun phrase after it (parsed as its object)."""
    if lemma(verb) != "ask" or verb.i < 1:
        return None
    before = verb.doc[max(0, verb.i - 3) : verb.i]
    if not any(t.text == "?" for t in before):
        return None
    for c in verb.rights:
        if c.dep_ in ("dobj", "nsubj", "attr", "npadvmod") and c.left_edge.i == verb.i + 1:
            return c
    return None


def _name_before(verb: Token) -> Token | None:
    """A misparsed subject: the name just before the verb, or one a "who" clause describes."""
    names = [
        t for t in verb.sent
        if t.i < verb.i and t.ent_type_ == "PERSON" and t.ent_iob_ in ("B", "I")
        and (t.i + 1 == len(t.doc) or t.doc[t.i + 1].ent_type_ != "PERSON")
    ]
    if not names:
        return None
    if names[-1].i + 1 == verb.i:
        return names[-1]
    # "Cllr Roe, a member for 20 years and who chaired the council, said": a name and its
    # apposition set off by commas, the verb straight after the second comma.
    last = names[-1]
    between = verb.doc[last.i + 1 : verb.i]
    if (len(between) >= 3 and between[0].text == "," and between[-1].text == ","
            and not any(t.ent_type_ == "PERSON" or is_speech(t) for t in between)):
        return last
    described = [t for t in names if any(c.dep_ == "relcl" for c in t.children)]
    return described[-1] if described else None


def _ent_of(tok: Token) -> Span | None:
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end:
            return ent
    return None


def _org_of(tok: Token) -> str | None:
    """Organisation named in a role's own phrase: "a Labour spokesman", "a spokesman for X"."""
    parts = [c for c in tok.lefts if c.dep_ in ("compound", "poss", "nmod") and c.pos_ == "PROPN"]
    if parts:
        first = min(p.left_edge.i for p in parts)
        words = [t for t in tok.doc[first : tok.i] if t.pos_ == "PROPN" or t.dep_ == "case"]
        text = " ".join(t.text for t in words if t.dep_ != "case")
        ent = _ent_of(parts[0])
        if ent is not None and ent.ent_id_:
            return ent.ent_id_
        return text or None
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "at"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ == "PROPN":
                    span = tok.doc[obj.left_edge.i : obj.i + 1]
                    words = [t.text for t in span if t.pos_ == "PROPN"]
                    return " ".join(words) or None
                if obj.dep_ == "pobj" and lemma(obj) in GROUP_NOUNS:
                    return lemma(obj)  # "the council": named in resolution
    return None


def _name_span(tok: Token) -> str:
    ent = _ent_of(tok)
    if ent is not None and ent.label_ in ("PERSON", "ORG", "GPE", "NORP", "PARTY", "COUNCIL"):
        return ent.text
    left = tok.i
    while left > 0 and tok.doc[left - 1].dep_ in ("compound", "flat") and tok.doc[
        left - 1
    ].pos_ == "PROPN":
        left -= 1
    words = [t.text for t in tok.doc[left : tok.i + 1]]
    while len(words) > 1 and not words[-1][:1].isupper():  # "Teale later"
        words.pop()
    return " ".join(words)


def describe(tok: Token, pos: int) -> Said:
    """What kind of speaker a subject token is."""
    low = tok.lower_
    named = _before_who(tok) if low == "who" else None
    if named is not None:  # "..., Ann Roe, who said": the parse may hang the clause elsewhere
        return describe(named, named.idx)
    if low == "who" and tok.head.dep_ != "ROOT":
        if tok.head.dep_ != "relcl":
            return Said("anon", None, pos)
        return describe(_peer_of(tok.head.head), pos)
    if tok.pos_ == "PRON" or low in _MALE | _FEMALE | _PLURAL:
        if low in _MALE:
            return Said("pronoun", "m", pos)
        if low in _FEMALE:
            return Said("pronoun", "f", pos)
        if low in _PLURAL:
            return Said("pronoun", "plural", pos)
        if low == "it":
            return Said("pronoun", "it", pos)
        return Said("anon", None, pos)
    ent = _ent_of(tok)
    # "The Bisley and Painswick Councillor added": a capitalised role after "the" is a
    # description even when the model takes the phrase for a name.
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)
    if low in ROLE_NOUNS and (ent is None or ent.label_ != "PERSON" or definite):
        return _describe_noun(tok, pos)
    if ent is not None and ent.label_ in ("ORG", "PARTY", "COUNCIL") and tok.pos_ == "NOUN":
        return Said("org", ent.text, pos)  # "The SDLP said": a body tagged as a common noun
    # "The former army sergeant major added": a lower-case word the model calls a proper
    # noun is a description, not a name.
    if (tok.pos_ == "PROPN" and tok.text[:1].isupper()) or (
            ent is not None and ent.label_ == "PERSON"):
        label = ent.label_ if ent is not None else "PERSON"
        if label in ("GPE", "LOC", "FAC"):  # a place speaks only as part of a body's name
            return Said("place", ent.text if ent is not None else tok.text, pos)
        if label in ("ORG", "NORP", "PARTY", "COUNCIL"):
            # As the article writes it ("the Ulster Unionist Party"), not a canonical short form.
            return Said("org", ent.text if ent is not None else tok.text, pos)
        return Said("name", _name_span(tok), pos)
    return _describe_noun(tok, pos)


def _before_who(tok: Token) -> Token | None:
    """The name a "who" clause follows directly ("Ann Roe, who ..."), or the name whose
    apposition it follows ("by Ann Roe, leader of the group, who said"), if any."""
    k = tok.i - 1
    if k >= 0 and tok.doc[k].text == ",":
        k -= 1
    if k < 0:
        return None
    prev = tok.doc[k]
    if prev.ent_type_ == "PERSON" and prev.pos_ == "PROPN":
        return _peer_of(prev)
    # The parse hangs the apposition (and the comma closing it) on the name.
    for cand in reversed(tok.doc[tok.sent.start : k]):
        if (cand.ent_type_ == "PERSON" and cand.pos_ == "PROPN" and cand.right_edge.i >= k
                and any(c.dep_ == "appos" for c in cand.children)):
            return cand
    return None


def _peer_of(tok: Token) -> Token:
    """"Lord Darzi of Denham": the peer, not the place in the title."""
    doc, k = tok.doc, tok.i
    while k > 0 and doc[k - 1].pos_ == "PROPN" and doc[k - 1].ent_type_ == tok.ent_type_:
        k -= 1
    if k >= 2 and doc[k - 1].lower_ == "of" and doc[k - 2].pos_ == "PROPN" and any(
        t.lower_ in ("lord", "lady", "baroness", "baron") for t in doc[max(0, k - 5) : k - 1]
    ):
        return doc[k - 2]
    return tok


def _apposed_name(tok: Token) -> Token | None:
    """The name a noun phrase stands beside: "Jane Roe, a union member, said"."""
    for c in tok.children:
        if c.dep_ == "appos" and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN"):
            return c
    left = tok.left_edge.i
    if left >= 2 and tok.doc[left - 1].text == ",":
        prev = tok.doc[left - 2]
        if prev.ent_type_ == "PERSON":
            return prev
    if tok.dep_ == "appos" and tok.head.ent_type_ == "PERSON":
        return tok.head
    return None


def _describe_noun(tok: Token, pos: int) -> Said:
    word = lemma(tok)
    named = _apposed_name(tok)
    if named is not None:
        return Said("name", _name_span(named), named.idx)
    dets = {c.lower_ for c in tok.children if c.dep_ in ("det", "nummod", "quantmod", "poss")}
    definite = bool(dets & {"the", "this", "that", "its", "their"})
    if word in DOCUMENT_NOUNS:
        return _document_author(tok, pos, definite)
    if word in MOUTHPIECES:
        return Said("anon", None, pos)
    # "Plaid's new group leader": a body's possessive makes an office as definite as "the".
    owned = any(c.dep_ == "poss" and (c.pos_ == "PROPN" or any(
        d.lower_ == "the" for d in c.children)) for c in tok.children)  # "the group's leader"
    if word in OFFICES:
        org = _org_text(tok)
        if not org and (definite or owned):  # "the group's new leader": held by a person
            return Said("office", "", pos, office=word)
        if not (org and (definite or owned)):
            return Said("anon", None, pos)
        # "the Lib Dem leader said": the leader the article has named, else the body itself.
        return Said("office", org, pos, office=word, possessive=owned and not definite)
    plural = tok.tag_ in ("NNS", "NNPS") and tok.text not in ("MP", "MSP", "MLA", "TD", "MEP")
    if not plural and (word in ROLE_NOUNS or tok.text in ("MP", "MSP", "MLA", "TD", "MEP")):
        # "the MP for Y" is someone the article names; "one former councillor" is not.
        if definite or owned:
            return Said("role", _phrase(tok), pos)
        return Said("anon", None, pos)
    if tok.tag_ in ("NNS", "NNPS") or word in GROUP_NOUNS:
        words = [t for t in tok.doc[tok.left_edge.i : tok.i + 1]
                 if t.dep_ not in ("det", "punct", "nummod") and t.lower_ not in _COUNTING]
        if len(words) == 1:  # "the group", "the party", "councillors": not a speaker by itself
            return Said("body", word, pos) if word == "council" else Said("anon", None, pos)
        if word in GROUP_NOUNS and not any(t.text[:1].isupper() for t in words):
            return Said("anon", None, pos)  # "the local party", "the constituency branch"
        return Said("group", " ".join(t.text for t in words), pos)
    if dets & _ANON_DETS or not definite:
        return Said("anon", None, pos)
    return Said("anaphor", _described_gender(tok), pos)


# Nouns of a description that tell the gender of the one described ("the mother-of-two",
# "the 61-year-old grandfather", "the businesswoman").
_FEMALE_NOUNS = {
    "mother", "grandmother", "mum", "wife", "widow", "woman", "daughter", "sister", "aunt",
    "niece", "granddaughter", "lady", "girl", "businesswoman", "grandma", "nan", "gran",
    "chairwoman", "spokeswoman", "councilwoman", "congresswoman", "stepmother",
}
_MALE_NOUNS = {
    "father", "grandfather", "dad", "husband", "widower", "man", "son", "brother", "uncle",
    "nephew", "grandson", "gentleman", "boy", "businessman", "grandad", "granddad",
    "chairman", "spokesman", "councilman", "congressman", "stepfather",
}


def _described_gender(tok: Token) -> str | None:
    """"m", "f" or None: the gender a description's nouns tell, as a pronoun would."""
    words = {t.lower_ for t in tok.doc[tok.left_edge.i : tok.i + 1]}
    words |= {part for w in list(words) for part in w.split("-")}
    if words & _FEMALE_NOUNS:
        return "f"
    if words & _MALE_NOUNS:
        return "m"
    return None


def _phrase(tok: Token) -> str:
    """The noun phrase of a role, without its determiner: "MP for Coventry South"."""
    words = [t for t in tok.subtree if t.dep_ not in ("det", "punct", "relcl", "acl")]
    relcl = [c for c in tok.children if c.dep_ in ("relcl", "acl", "appos")]
    cut = {t.i for c in relcl for t in c.subtree}
    return " ".join(t.text for t in words if t.i not in cut)


def _org_text(tok: Token) -> str | None:
    """The proper-noun words before an office, whole: "the Momentum Camden leader"."""
    parts = [t for t in tok.doc[tok.left_edge.i : tok.i] if t.pos_ == "PROPN"]
    if parts:
        return " ".join(t.text for t in parts)
    return _org_of(tok)


def _document_author(tok: Token, pos: int, definite: bool) -> Said:
    """"The motion, passed by Camden Greens, says" / "Ms Roe's letter says" / "a statement
    attributed to the MP" -> the author; "carried by" an outlet is not authorship. "The
    statement said" with no author of its own is the one the article spoke of before."""
    for c in tok.subtree:
        if c.lower_ == "attributed":
            for prep in c.children:
                for obj in prep.children:
                    if prep.lower_ == "to" and obj.dep_ == "pobj":
                        return describe(obj, obj.idx)
    for c in tok.children:
        if c.dep_ == "poss":
            return describe(c, c.idx)
        if c.dep_ == "prep" and c.lower_ == "from":  # "a statement from Cllr Roe read:"
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None:
                return describe(obj, obj.idx)
    for c in tok.subtree:
        if c.dep_ == "agent" and lemma(c.head) in _AUTHORING:
            for obj in c.children:
                if obj.dep_ == "pobj":
                    return describe(obj, obj.idx)
    org = _org_of(tok)
    if org:
        return Said("org", org, pos)
    if definite:
        return Said("document", lemma(tok), pos)
    return Said("anon", None, pos)


def attribute(doc: Doc, hole_pos: int) -> Said | None:
    """The speaker of the quotation whose placeholder starts at frame offset `hole_pos`."""
    tok = next((t for t in doc if t.idx == hole_pos), None)
    if tok is None:
        return None
    owner = _remark_owner(tok)
    if owner is not None:
        return describe(owner, owner.idx)
    verb = speech_verb_for(tok)
    if verb is None:
        return None
    subj = subject_of(verb)
    if subj is None:
        return None
    said = describe(subj, subj.idx)
    said.governs = tok.head is verb or tok.head.head is verb
    return said


# Nouns for something said: "his “...” remark" is the words of whoever "his" stands for.
REMARK_NOUNS = {
    "remark", "remarks", "comment", "comments", "claim", "claims", "jibe", "jibes", "words",
    "quip", "slur", "tweet", "post", "pledge", "promise", "boast", "warning", "outburst",
    "speech", "statement", "threat", "taunt", "gaffe", "slogan", "barb", "attack",
}


def _remark_owner(tok: Token) -> Token | None:
    """The owner of the remark a quotation names: "over his “...” remark", "Roe's “...”
    jibe" -> "his" / "Roe". Read from the words around the placeholder, whatever the parse
    made of them."""
    doc = tok.doc
    after = [t for t in doc[tok.i + 1 : tok.i + 4] if not t.is_quote]
    before = [t for t in doc[max(0, tok.i - 4) : tok.i] if not t.is_quote]
    if not after or after[0].lower_ not in REMARK_NOUNS or not before:
        return None
    if before[-1].lower_ in ("his", "her", "their"):
        return before[-1]
    if before[-1].lower_ in ("'s", "’s") and len(before) >= 2 and before[-2].pos_ == "PROPN":
        return before[-2]
    return None


def intro_speaker(sent: Span) -> Said | None:
    """Speaker of a sentence that introduces what follows: a speech verb's subject."""
    verbs = [t for t in sent if is_speech(t)]
    for verb in verbs:
        subj = subject_of(verb)
        if subj is not None:
            return describe(subj, subj.idx)
    return None
