"""Fixing PERSON spans the small model gets wrong in political copy.

Runs after the title splitter. A PERSON becomes GPE when it is a place:
- a council's place ("Blackburn said ...") or a place with a compass point ("Hackney North");
- a region, state, province or nation ("Gujarat", "the North East"), or a name ending in a
  geographic word ("Lakeview Bay", "Kashmir Valley");
- a name joined by "and" ("Norham and Islandshire", a ward): one person is never "A and B";
- a dateline ("BRANTFORD, Ont. —", "Midford, Ohio (AP) —");
- the seat before a role and a name ("Kilcreen councillor Tom Rudd", "Jamnagar MLA A B").
A PERSON naming a building ("Plymouth Civic Centre", "Dunmere Town Hall") becomes FAC.
A PERSON naming a broadcaster ("Lakeview Bay FM", "Harbour Radio") becomes ORG. A title before
the span ("Mr Blackburn") keeps it a person. An ORG holding "<seat> MLA <Name>" is split into
GPE + TITLE + PERSON.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from floorcross.nlp.councils import is_council_place
from floorcross.nlp.countries import REGION_NAMES
from floorcross.nlp.refdata import name_key
from floorcross.nlp.spans import assign_ents
from floorcross.nlp.titles import POST_NOMINALS

_COMPASS = frozenset({"north", "south", "east", "west", "central", "north-east", "north-west",
                      "south-east", "south-west", "northeast", "northwest", "southeast",
                      "southwest"})
# Last words that make a name a place: "Lakeview Bay", "Kashmir Valley", "Antrim Coast".
_PLACE_WORDS = frozenset({"bay", "valley", "coast", "county", "region", "island", "islands",
                          "isles", "highlands", "peninsula", "borders", "hills", "mountains",
                          "riding", "midlands", "estuary", "district", "province", "state"})
# Last words that make a name a building, as photo captions name them ("Plymouth Civic
# Centre", "Dunmere Town Hall"). "Hall", "House" and "Park" are surnames too: they count only
# after a word that makes them a public building.
FACILITY_WORDS = frozenset({"centre", "center", "chambers", "buildings", "stadium", "arena",
                            "library", "airport", "hospital", "cathedral", "station",
                            "guildhall", "precinct", "offices", "headquarters", "hq"})
_CIVIC = frozenset({"town", "city", "county", "civic", "council", "shire", "village",
                    "guild", "market", "assembly", "parliament", "government", "leinster",
                    "stormont", "state"})
_CIVIC_HEADS = frozenset({"hall", "house", "square", "buildings", "building"})


def is_facility(words: list[str]) -> bool:
    """"Plymouth Civic Centre", "Dunmere Town Hall", "Leinster House": a building, not a
    person."""
    low = [w.lower() for w in words]
    if len(low) < 2:
        return False
    return low[-1] in FACILITY_WORDS or (low[-1] in _CIVIC_HEADS and low[-2] in _CIVIC)
# Words after a name that make it a broadcaster or outlet: "Lakeview Bay FM".
_OUTLET_WORDS = frozenset({"fm", "am", "radio", "tv", "television", "live", "online"})
# Role words between a seat and a name: "Kilcreen councillor Tom Rudd".
_SEAT_ROLES = frozenset({"councillor", "cllr", "ward", "mla", "mp", "td", "msp", "ms",
                         "senator", "mayor", "member", "representative", "councilor"})
# A word that may stand between the seat and the role: "Kilcreen elected member Ann Bell".
_ROLE_MODIFIERS = frozenset({"elected", "local", "ward", "independent", "sitting", "veteran",
                             "council", "list", "constituency", "district", "county", "town",
                             "parish", "city", "borough", "community"})
# First words that make a name a place, never a given name: "Port Glasgow", "Fort William",
# "County Cavan", "Co. Down".
_PLACE_FIRST = frozenset({"port", "fort", "mount", "mt", "cape", "lake", "loch", "isle",
                          "upper", "lower", "greater", "north", "south", "east", "west",
                          "county", "co."})
_DATELINE_ENDS = frozenset({"—", "–", "--"})
_WIRE = frozenset({"ap", "reuters", "cp", "aap", "pti", "ians", "afp", "pa"})
_DATELINE_TOKENS = 10


def _titled(doc: Doc, ent: Span) -> bool:
    return bool(ent.start) and doc[ent.start - 1].ent_type_ == "TITLE"


def _is_region(ent: Span) -> bool:
    words = [t for t in ent if t.lower_ != "the"]
    key = name_key(" ".join(t.text for t in words))
    if len(words) > 1 and words[0].lower_ in _PLACE_FIRST and words[0].is_title:
        return True
    return key in REGION_NAMES or (len(words) > 1 and words[-1].lower_ in _PLACE_WORDS)


def _is_facility(ent: Span) -> bool:
    return is_facility([t.text for t in ent])


def _is_council_place(ent: Span) -> bool:
    if len(ent) == 1:
        return is_council_place(ent.text)
    words = [t.lower_ for t in ent]
    compass = words[-1] in _COMPASS or words[0] in _COMPASS
    rest = ent[:-1] if words[-1] in _COMPASS else ent[1:]
    return compass and is_council_place(rest.text)


def _in_dateline(doc: Doc, ent: Span) -> bool:
    """The place opening a wire story: everything before an early dash or "(AP)"."""
    for tok in doc[: min(len(doc), _DATELINE_TOKENS)]:
        wire = tok.text == "(" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in _WIRE
        if tok.text in _DATELINE_ENDS or wire:
            return ent.end <= tok.i
    return False


def _seat_before_name(doc: Doc, ent: Span) -> bool:
    """"Kilcreen councillor Tom Rudd", "Jamnagar (Rural) MLA A B": a name, a role word, then
    another name."""
    at = ent.end
    if at + 2 < len(doc) and doc[at].text == "(" and doc[at + 2].text == ")":
        at += 3  # "(Rural)"
    if at + 2 < len(doc) and doc[at].lower_ in _ROLE_MODIFIERS:
        at += 1  # "elected member", "ward councillor"
    if at + 1 >= len(doc) or doc[at].lower_.rstrip(".") not in _SEAT_ROLES:
        return False
    nxt = doc[at + 1]
    return nxt.ent_type_ == "PERSON" or (nxt.is_title and nxt.pos_ == "PROPN")


def _is_place(doc: Doc, ent: Span) -> bool:
    if _titled(doc, ent):
        return False
    joined = any(t.lower_ in ("and", "&") for t in ent[1:-1])
    return (joined or _is_council_place(ent) or _is_region(ent) or _in_dateline(doc, ent)
            or _seat_before_name(doc, ent) or _seat_before_post(doc, ent))


# Words before "<seat> MP" that leave no room for a given name: "served as Grimsby MP".
_BEFORE_SEAT = frozenset({"as", "the", "a", "former", "ex", "for", "then", "sitting", "local"})


def _seat_before_post(doc: Doc, ent: Span) -> bool:
    """"served as Grimsby MP", "the former Ashfield MLA": one word before a post-nominal, after
    a word that leaves no room for a given name: the seat, not a surname."""
    if len(ent) != 1 or ent.end >= len(doc) or doc[ent.end].text not in POST_NOMINALS:
        return False
    return bool(ent.start) and doc[ent.start - 1].lower_ in _BEFORE_SEAT


def _outlet(doc: Doc, ent: Span) -> Span | None:
    """"Lakeview Bay FM" tagged as a person or a place (the station word inside or after)."""
    if _titled(doc, ent):
        return None
    if ent.end < len(doc) and doc[ent.end].lower_ in _OUTLET_WORDS:
        return Span(doc, ent.start, ent.end + 1, label="ORG")
    if len(ent) > 1 and ent[-1].lower_ in _OUTLET_WORDS:
        return Span(doc, ent.start, ent.end, label="ORG")
    return None


def _seat_title_name(doc: Doc, ent: Span) -> list[Span] | None:
    """An ORG such as "Jamnagar (Rural) MLA Rakesh Patel": the seat, the post and the name."""
    posts = [t.i for t in ent[1:-1] if t.text.rstrip(".") in POST_NOMINALS]
    if not posts:
        return None
    post = posts[-1]
    name = doc[post + 1: ent.end]
    if not 1 <= len(name) <= 3 or not all(t.is_title and t.is_alpha for t in name):
        return None
    out = [Span(doc, post, post + 1, label="TITLE"), Span(doc, post + 1, ent.end, label="PERSON")]
    seat_end = post
    while seat_end > ent.start and not doc[seat_end - 1].is_alpha:
        seat_end -= 1
    if seat_end > ent.start:
        out.insert(0, _seat_or_party(doc, ent.start, seat_end))
    return out


def _seat_or_party(doc: Doc, start: int, end: int) -> Span:
    """The words before "MLA <Name>": a place ("Jamnagar (Rural)"), or the member's party
    ("Congress MLA A B", "BJP MLA C D")."""
    from floorcross.nlp.party_names import party_spans  # it builds on the party lexicon

    text = doc[start:end].text
    whole = [p for p in party_spans(text, "India" if "Congress" in text else None)
             if p.start == 0 and p.end == len(text)]
    if whole:
        return Span(doc, start, end, label="PARTY", span_id=whole[0].name)
    return Span(doc, start, end, label="GPE")


@Language.component("floorcross_person_places")
def person_places(doc: Doc) -> Doc:
    """Relabel PERSON spans that are places as GPE and broadcasters as ORG."""
    ents: list[Span] = []
    for e in doc.ents:
        outlet = _outlet(doc, e) if e.label_ in ("PERSON", "FAC", "GPE", "LOC") else None
        if outlet is not None:
            e = outlet
        elif e.label_ == "PERSON" and _is_facility(e):
            e = Span(doc, e.start, e.end, label="FAC")
        elif e.label_ == "PERSON" and _is_place(doc, e):
            e = Span(doc, e.start, e.end, label="GPE")
        elif e.label_ in ("ORG", "FAC", "GPE") and (split := _seat_title_name(doc, e)):
            ents += split
            continue
        ents.append(e)
    assign_ents(doc, ents)
    return doc
