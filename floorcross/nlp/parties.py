"""Party names and their everyday aliases: lookup and the PARTY entity component.

The alias table is ``floorcross/data/parties.csv`` (alias, canonical name, match mode). Modes:
``lower`` matches in any case ("lib dems"), ``cased`` only as written ("Labour", not the
"labour market"), ``context`` only as written and next to a party word ("Reform councillor",
"defected to Reform", but not "welfare Reform Act"), ``abbrev`` only in brackets ("(Lab)").
"Independent" is a party only as an affiliation ("sit as an independent", "Independent
councillor"); local groups ("Kirklees Community Independents", "Foxton Residents' Association")
are parties under their own names.

The Scottish Greens are a separate party from the Green Party of England and Wales and keep the
canonical name "Scottish Greens"; Australian Labor is "Australian Labor Party", never UK "Labour".
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token

from floorcross.nlp.countries import localise, short_name_fits
from floorcross.nlp.refdata import name_key, party_aliases
from floorcross.nlp.spans import pattern_docs, phrase_variants, set_own_spans


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Nouns that make a capitalised word next to them a party: "Reform councillor", "Green group".
PARTY_NOUNS = _words("""
councillor councillors cllr cllrs coun mp mps msp msps ms mss mla mlas mep meps td tds senator
senators congressman congresswoman candidate candidates member members leader leaders
leadership group groups party government administration peer peers activist activists supporter
supporters voter voters minister ministers mayor spokesman spokeswoman spokesperson whip whips
benches frontbench frontbencher backbench backbencher backbenchers colleague colleagues
politician politicians figure figures source sources chairman chair branch association campaign
campaigner campaigners vote votes seat seats gain gains majority official officials
representative representatives donor donors defector defectors defection defections ticket
nominee hopeful lawmaker lawmakers deputy cabinet opposition bloc grouping council-run co-leader co
""")
# Words before a bare party name that make it an affiliation: "defected to Reform".
AFFILIATION_BEFORE = _words("""
joined join joins joining quit quits quitting left leave leaves leaving defected defect defects
defecting for to from with representing represents backing backed back rejoined rejoin against
""")
# Capitalised at the start of a sentence these are often plain English: "Conservative estimates".
COMMON_WORDS = frozenset({"Labour", "Conservative", "Conservatives", "Democrats", "Republicans",
                          "Nationals", "Liberal Democrat"})
# Verbs after a sentence-initial "Reform" that make it the party ("Reform has won", not
# "Reform is needed").
_PARTY_VERBS = frozenset({"have", "win", "gain", "say", "take", "claim", "announce", "select",
                          "field", "lose", "control", "hold", "become", "pick", "top", "lead"})
NOT_PARTY_AFTER = _words("""
market markets force shortage shortages costs cost law laws day exchange act acts bill bills
paper papers belt deal estimate estimates approach
""")
_INDEPENDENT_NOUNS = _words("""
councillor councillors cllr cllrs coun mp mps msp msps mla mlas td tds senator senators
candidate candidates group groups politician politicians peer peers grouping bloc benches
alliance member members
""")
_BECOME = frozenset({"as", "become", "became", "becomes", "becoming", "now", "remain", "remains"})
_STOP_PREFIX = frozenset({"the", "a", "an", "cllr", "councillor", "coun", "local"})
_LOCAL_GROUP = re.compile(
    r"^(?:[A-Z][\w’'&-]*\s+)+(?:Independents|Independent\s+(?:Group|Alliance|Party|Forum"
    r"|Conservatives|Labour|Socialists)|"
    r"Residents[’']?\s+(?:Association|Group|Party|Alliance))$"
)


@lru_cache(maxsize=1)
def _alias_index() -> dict[str, str]:
    return {name_key(v): canon for alias, canon, _ in party_aliases()
            for v in phrase_variants(alias)}


def canonical_party(name: str, country: str | None = None) -> str | None:
    """The canonical party for a name or alias: "Lib Dems" -> "Liberal Democrats", "the Tory
    party" -> "Conservative"; a local group keeps its own name; None when not a party. With the
    article's `country` (see :func:`floorcross.nlp.countries.guess_country`), a short name
    means that country's party: "the Conservatives" in a Canadian article -> "Conservative
    Party of Canada"."""
    found = _canonical(name)
    return localise(found, country) if found and country else found


def _canonical(name: str) -> str | None:
    text = " ".join(name.split()).strip(" .,;:")
    key = name_key(text)
    for k in (key, re.sub(r"^(uk|british) ", "", key)):
        if k in _alias_index():
            return _alias_index()[k]
    if key in ("independent", "independents", "an independent"):
        return "Independent"
    text = re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", text)
    return text if _LOCAL_GROUP.match(text) else None


def _prev(tok: Token) -> Token | None:
    return tok.doc[tok.i - 1] if tok.i > 0 else None


def _next(span: Span) -> Token | None:
    return span.doc[span.end] if span.end < len(span.doc) else None


def _sentence_start(tok: Token) -> bool:
    prev = _prev(tok)
    return prev is None or tok.is_sent_start or prev.is_punct and prev.text in "\"“‘'(-–—:"


def _context_ok(span: Span) -> bool:
    """A bare 'Reform', 'Green', 'Alliance' ... is a party only beside a party word."""
    nxt, prev = _next(span), _prev(span[0])
    # "the DA's office" is a prosecutor's: a short capitalised name owns nothing as a party.
    owner = nxt is not None and nxt.text in ("'s", "’s") and not span.text.isupper()
    if nxt is not None and (nxt.lower_ in PARTY_NOUNS or owner):
        return True
    if nxt is not None and nxt.text == "-" and span.end + 1 < len(span.doc):
        return span.doc[span.end + 1].lower_ in ("led", "run", "controlled", "held", "backed")
    nxt_is_name = nxt is not None and (nxt.is_title or nxt.is_upper) and not nxt.is_punct
    if prev is not None and prev.lower_ == "the":  # "joining the Nationals"
        prev = _prev(prev)
    if prev is not None and prev.lower_ in AFFILIATION_BEFORE and not nxt_is_name:
        return True
    if _became_one(span, prev) and not nxt_is_name:
        return True
    # "Reform has ...", "Reform won": a verb straight after, the word not a sentence opener.
    if span.text not in ("Reform", "Reformers") or nxt is None or nxt.pos_ not in ("VERB", "AUX"):
        return False
    return not _sentence_start(span[0]) or nxt.lemma_ in _PARTY_VERBS


# "became a Liberal", "sits as a National": a member of the party named by its noun.
_AS_MEMBER = frozenset({"became", "become", "becomes", "becoming", "as"})


def _became_one(span: Span, prev: Token | None) -> bool:
    before = _prev(prev) if prev is not None and prev.lower_ in ("a", "an") else None
    nxt = _next(span)
    return before is not None and before.lower_ in _AS_MEMBER and (
        nxt is None or nxt.pos_ not in ("NOUN", "PROPN"))


def _bracketed(span: Span) -> bool:
    """A party abbreviation in brackets: "(Lab)", "(Con, Park ward)", "(Heath, Ind)"."""
    nxt, prev = _next(span), _prev(span[0])
    return (prev is not None and prev.text == "(") or (nxt is not None and nxt.text == ")")


def _cased_ok(span: Span) -> bool:
    nxt = _next(span)
    if nxt is not None and nxt.lower_ in NOT_PARTY_AFTER:
        return False
    if span.text in COMMON_WORDS and _sentence_start(span[0]) and nxt is not None:
        return not (nxt.pos_ in ("NOUN", "ADJ") and nxt.is_lower and nxt.lower_ not in PARTY_NOUNS)
    return True


def _independent_ok(tok: Token) -> bool:
    """'independent' as an affiliation, not the adjective ("an independent review")."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ in _INDEPENDENT_NOUNS:
        return not (nxt.lower_ in ("member", "members") and tok.is_lower)
    prev = _prev(tok)
    if prev is None or (nxt is not None and nxt.lower_ in ("of", "from", "as", "enough")):
        return False  # "independent of the council", "as independent as possible"
    # "sit as independent(s)", "became independents"; but "Scotland became independent".
    plural_or_as = tok.lower_ == "independents" or prev.lower_ == "as"
    if plural_or_as and prev.lower_ in _BECOME and (nxt is None or nxt.pos_ != "NOUN"):
        return True
    before = _prev(prev)
    return (prev.lower_ == "an" and before is not None and before.lower_ in _BECOME
            and (nxt is None or nxt.pos_ != "NOUN"))


class PartyRecogniser:
    """Pipeline component adding PARTY entities (ent_id_ = canonical name)."""

    def __init__(self, nlp: Language) -> None:
        self.modes: dict[str, str] = {}
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.cased = PhraseMatcher(nlp.vocab, attr="ORTH")
        lower_pats, cased_pats = {}, {}
        for alias, canon, mode in party_aliases():
            if mode == "india":  # needs the article's country: see party_names.party_spans
                continue
            for v in phrase_variants(alias):
                key = f"{mode}|{canon}"
                target = lower_pats if mode == "lower" else cased_pats
                target.setdefault(key, []).append(v)
        for target, matcher in ((lower_pats, self.lower), (cased_pats, self.cased)):
            for key, texts in target.items():
                matcher.add(key, pattern_docs(nlp, texts))
        self.groups = Matcher(nlp.vocab)
        name = {"IS_TITLE": True, "OP": "+"}
        self.groups.add("LOCAL", [
            [name, {"ORTH": "Independents"}],
            [name, {"ORTH": "Independent"}, {"ORTH": {"IN": ["Group", "Alliance", "Party"]}}],
            # A breakaway group keeping its old party's name: "the Foxley Independent
            # Conservatives" (a name must come first: "Independent Labour" alone is a label).
            [name, {"ORTH": "Independent"}, {"ORTH": {"IN": ["Conservatives", "Socialists"]}}],
            [name, {"LOWER": "residents"}, {"ORTH": {"IN": ["'", "’"]}, "OP": "?"},
             {"LOWER": {"IN": ["association", "group", "party", "alliance"]}}],
        ])

    def _spans(self, doc: Doc) -> list[Span]:
        out = []
        country = doc.user_data.get("country")
        for matcher in (self.lower, self.cased):
            for key_id, start, end in matcher(doc):
                mode, canon = doc.vocab.strings[key_id].split("|", 1)
                span = doc[start:end]
                if mode == "context" and not _context_ok(span):
                    continue
                if country and not short_name_fits(span.text, country):
                    continue
                if mode == "abbrev" and not _bracketed(span):
                    continue
                if mode in ("cased", "context") and not _cased_ok(span):
                    continue
                out.append(Span(doc, start, end, label="PARTY", span_id=localise(canon, country)))
        for _, start, end in self.groups(doc):
            while start < end and doc[start].lower_ in _STOP_PREFIX:
                start += 1
            if end - start >= 2:
                span = doc[start:end]
                # "the Kelsey Residents group": a lower-case last word says what it is
                name = span[:-1].text if span[-1].is_lower else span.text
                out.append(Span(doc, start, end, label="PARTY", span_id=name))
        for tok in doc:
            if tok.lower_ in ("independent", "independents") and _independent_ok(tok):
                out.append(Span(doc, tok.i, tok.i + 1, label="PARTY", span_id="Independent"))
        from floorcross.nlp.party_names import party_spans  # it builds on this module

        for found in party_spans(doc.text, country, modes=("india",)):
            span = doc.char_span(found.start, found.end, label="PARTY", span_id=found.name)
            if span is not None:
                out.append(span)
        return out

    def __call__(self, doc: Doc) -> Doc:
        set_own_spans(doc, self._spans(doc))
        return doc


@Language.factory("floorcross_parties")
def make_party_recogniser(nlp: Language, name: str) -> PartyRecogniser:
    return PartyRecogniser(nlp)
