"""Who a speaker reading stands for: a name made full, a pronoun or description pointed back
to the fitting person, an organisation or group named nearby, a document's author.

Only mentions before the quotation count (a reader meets "he" after the person it means),
nearest first; grammatical subjects win over other mentions.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from floorcross.extract.first_names import first_name_gender
from floorcross.extract.name_patterns import without_affiliation
from floorcross.extract.quotes_context import Context, Mention
from floorcross.extract.quotes_names import NameBook, ends_in_name, is_org_like
from floorcross.extract.quotes_orgs import clean_value, whole_org
from floorcross.extract.speakers import ROLE_NOUNS, Said
from floorcross.nlp.parties import canonical_party

_ROLE_ENDS = ROLE_NOUNS | {"member", "cllr", "councillor", "senator", "mayor"}


def resolve(text: str, said: Said, para: int, ctx: Context, book: NameBook) -> str | None:
    """The speaker a reading stands for, or None when the article does not say who."""
    kind, value = said.kind, said.value or ""
    if kind in ("name", "org", "place"):
        value = clean_value(value)
        if not value:
            return None
    if kind == "name":
        value = _person_part(value, book)
    if kind == "name" and not ends_in_name(value) and value.split()[-1].lower() in _ROLE_ENDS:
        kind = "role"  # "the Bisley and Painswick Councillor": a place and a role, no name
    if kind == "name":
        if _joint(text, said.pos, value, book):
            return None  # "Co-leaders Ann Roe and Tom Lee said": no single speaker
        if book.known(value) is None and not first_name_gender(value.split()[0]):
            # "Saltby Harbour and Pellow Labour said": the parse's name is part of a body's.
            body = whole_org(text, said.pos, value)
            if body:
                return _whole_org(text, said.pos, body)
        return book.full(value)
    if kind == "anon":
        return None
    if kind in ("org", "place"):
        person = book.index.resolve(value)  # a name the model took for a body or a place
        if person:
            return person
        body = whole_org(text, said.pos, _descriptor(value) or "")
        if kind == "place":  # a place or a constituency never speaks; a body named by it does
            return _whole_org(text, said.pos, body) if body else None
        return _whole_org(text, said.pos, body or _descriptor(value))
    if kind == "group":
        return book.index.resolve(value) or _descriptor(value)
    if kind == "body":  # "the council said" -> the council named before, else nobody
        return _named_body(value, said.pos, para, ctx)
    # "The new Tory leader has accused Cllr Barden of ...": who the clause is about is not
    # who speaks in it.
    spoken_of = _named_later(text, said.pos, ctx)
    if kind == "role":
        found = _role_holder(text, value, said.pos, para, ctx)
        if found in spoken_of or _bound(text, said.pos, found, ctx, book):
            found = None
        return found or named_after(text, said.pos, para, ctx)
    if kind == "office":
        found = _office_holder(text, said, ctx)
        found = None if found in spoken_of or _bound(text, said.pos, found, ctx, book) else found
        found = found or named_after(text, said.pos, para, ctx)
        # "Plaid's group leader said" names an office holder, never the body itself.
        return found or (None if said.possessive else _whole_org(text, said.pos, value))
    if kind == "document":
        return _document_author(text, value, said.pos, ctx)
    if kind == "pronoun" and value == "plural":
        near = ctx.before(said.pos, para)
        groups = [m for m in near if m.kind == "group"] or [
            m for m in near if m.kind == "org" and m.subject
        ]
        return groups[0].name if groups else None
    if kind == "pronoun" and value == "it":
        orgs = [m for m in ctx.before(said.pos, para, reach=1) if m.kind == "org" and m.subject]
        return orgs[0].name if orgs else None
    want = (value or None) if kind in ("pronoun", "anaphor") else None
    found = _nearest_person(said.pos, para, ctx, book, want, text)
    if found is None:  # "In her first speech, she said ..." before the lede names her
        found = named_after(text, said.pos, para, ctx)
        if found and want and _gender(found, ctx, book) not in (None, want):
            return None
    return found


def _person_part(value: str, book: NameBook) -> str:
    """The person in a name reading, without a party or an owner before it ("Democrat Ann
    Roe", "Reform UK's Tom Lee") or a party after it ("Ann Roe Labour")."""
    bare = without_affiliation(value)
    words = bare.split()
    if len(words) > 2 and canonical_party(words[-1]) and book.known(" ".join(words[:-1])):
        return " ".join(words[:-1])
    return bare


# "has accused him of", "criticised her for": an object pronoun in the speaker's own clause.
_OBJECT_PRONOUN = re.compile(r"\b(him|her)\b(?=\s+(?:of|for|over|as|to|and|in|after)\b|[,.])")


def _bound(text: str, pos: int, who: str | None, ctx: Context, book: NameBook) -> bool:
    """Whether a description's clause speaks of `who` by an object pronoun ("The new Tory
    leader has accused him of ..." after naming Barden): the subject is someone else."""
    if not who:
        return False
    _, end = _sentence_at(text, pos)
    clause = _QUOTED_TEXT.sub(" ", text[pos:end])
    return any(_gender(who, ctx, book) in (None, "m" if m.group(1) == "him" else "f")
               for m in _OBJECT_PRONOUN.finditer(clause))


_QUOTED_TEXT = re.compile(r"[“\"][^”\"]*[”\"]?")
_FORWARD_REACH = 2  # paragraphs after a description in which the article names its person


def named_after(text: str, pos: int, para: int, ctx: Context) -> str | None:
    """The person a description stands for when the article names them only after it: "The
    new Tory leader of the council has accused ... “...”" then "Cllr Les Hills said ...". The
    first person named after the description's sentence who was not named before it (a
    headline aside), as the subject of their sentence, within the next two paragraphs ("has
    accused council leader Jim Fox of ..." names the one accused, not the speaker)."""
    body = _headline_end(text)
    earlier = {m.name for m in ctx.mentions if m.kind == "person" and body <= m.pos < pos}
    _, end = _sentence_at(text, pos)
    for m in ctx.mentions:
        if m.kind != "person" or m.pos < end or m.name in earlier:
            continue
        return m.name if m.subject and m.para <= para + _FORWARD_REACH else None
    return None


def _headline_end(text: str) -> int:
    """Where the body starts: after a first line with no sentence punctuation at its end."""
    first = text.split("\n", 1)[0]
    if "\n" in text and not re.search(r"[.!?\"”’]\s*$", first):
        return len(first) + 1
    return 0


_PAIR_TITLE = r"(?:(?:Cllr|Councillor|Coun|Mr|Mrs|Ms|Dr|Sir|Dame|Senator|Sen)\.?\s+)?"
_PAIR_NAME = r"[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2}"
_AND_AFTER = re.compile(rf",?\s+(?:and|&)\s+{_PAIR_TITLE}({_PAIR_NAME})")
_AND_BEFORE = re.compile(rf"({_PAIR_NAME}),?\s+(?:and|&)\s+{_PAIR_TITLE}$")


_AND_OTHERS = re.compile(
    r",?\s+(?:and|&)\s+(?:his|her|their|fellow|other|others|several|two|three|four|five)\b")


def _joint(text: str, pos: int, value: str, book: NameBook) -> bool:
    """Whether the named speaker is one of two people speaking together ("Ann Roe and Tom
    Lee said in a joint statement"): the other is a person the article names, or a full
    name that is no body's."""
    at = text.find(value, max(0, pos - len(value)), pos + 2 * len(value) + 40)
    if at < 0:
        return False

    def person(run: str) -> bool:
        words = run.split()
        tails = [" ".join(words[k:]) for k in range(len(words))]
        return any(book.known(t) for t in tails) or (
            len(words) >= 2 and not is_org_like(run) and first_name_gender(words[-2]) is not None)

    if _AND_OTHERS.match(text, at + len(value)):
        return True  # "Ann Roe and her colleagues said": a group, no one speaker
    after = _AND_AFTER.match(text, at + len(value))
    before = _AND_BEFORE.search(text, max(0, at - 60), at)
    return bool(after and person(after.group(1)) or before and person(before.group(1)))


# "Haskins, she said, had ...": a name just before a speech tag is what is said, not who says.
_TAGGED = re.compile(r"[^,.;:\n]{1,40},\s*")


_APPOSED = re.compile(
    r",\s*(?:(?:Cllr|Councillor|Coun|Mr|Mrs|Ms|Dr|Sir|Dame|Senator|Sen|Rep)\.?\s+)?$")


def _named_later(text: str, pos: int, ctx: Context) -> set[str]:
    """People named after `pos` in its sentence as what it speaks of ("accused Cllr Barden
    of"), not as its subject nor in apposition ("said the party's leader, Ann Roe")."""
    _, end = _sentence_at(text, pos)
    return {m.name for m in ctx.mentions if m.kind == "person" and pos < m.pos < end
            and not m.subject and not _APPOSED.search(text, pos, m.pos)}


def _nearest_person(pos: int, para: int, ctx: Context, book: NameBook,
                    want: str | None, text: str = "",
                    spoken_of: set[str] | frozenset[str] = frozenset()) -> str | None:
    """The nearest person before `pos` of the wanted gender, grammatical subjects first,
    leaving out those the speaker's own clause speaks of."""
    fitting: list[Mention] = []
    for reach in (3, para + 1):  # the last few paragraphs, else anywhere before
        people = [m for m in ctx.before(pos, para, reach) if m.kind == "person"
                  and m.name not in spoken_of
                  and not (want and _TAGGED.fullmatch(text, m.pos, pos))
                  and not (want and _in_chain(text, m, want))]
        fitting = [m for m in people
                   if want is None or _gender(m.name, ctx, book) in (None, want)]
        if fitting:
            break
    subjects = [m for m in fitting if m.subject]
    pick = subjects[0] if subjects else (fitting[0] if fitting else None)
    return pick.name if pick else None


# A sentence whose subject is "he" or "she" (after an opening phrase or a conjunction), or a
# description of a person ("The Fairfield councillor has told ...").
_CHAIN_SUBJECT = re.compile(
    r"\s*(?:[A-Z][^,.;:“”\"]{0,60},\s+)?(?:(?:But|And|Now|Yet|So|Then)\s+)?(?:(?P<pron>[Hh]e|"
    r"[Ss]he)|[Tt]he\s+(?:[\w’'\-]+\s+){0,5}?(?:councillor|councilor|MP|MSP|MLA|MEP|TD|"
    r"member|senator|mayor|\d+-year-old)(?:\s+\([a-z]+\))?)\s+(?:has\s+|had\s+|was\s+|is\s+)?"
    r"[a-z]{3,}"
)


def _in_chain(text: str, m: Mention, want: str) -> bool:
    """Whether a person is spoken of inside a sentence whose subject is someone else the
    story follows by a pronoun of the wanted gender or by a description ("He was suspended
    after a row with Mr Lee."; "The Ayr councillor has told Tom Lee he will stay."): a later
    "he" goes on with that subject, not with the one spoken of."""
    lo, _ = _sentence_at(text, m.pos)
    head = _CHAIN_SUBJECT.match(text, lo, m.pos)
    if head is None or m.subject and m.pos < head.end():
        return False
    pron = head.group("pron")
    return pron is None or ("m" if pron.lower() == "he" else "f") == want


_ROLE_ABBREVIATION = re.compile(
    r"(?:^|\s+)(?:MP|MSP|MLA|MPP|TD|MEP|MS|AM|Councillor|Councilor|Cllr|Member|Senator|Mayor)$")
_PLACE = re.compile(r"[A-Z][\w’'\-]*(?:\s+(?:and\s+|upon\s+|-)?[A-Z][\w’'\-]*)*")


def _role_holder(text: str, role: str, pos: int, para: int, ctx: Context) -> str | None:
    """The person an article gives a role described by place: "the MP for Brackenford North",
    "the Kilnsey Park councillor" -> whoever a sentence of the article ties to that place.
    A role with no place ("the MP") is a person the last two paragraphs call one; else, when
    the opening describes someone by the role without naming anyone, the story's first-named
    person ("The MP for Barra has been expelled ... Mr Roe ..."); else the person just
    spoken of, as a pronoun points back; else the last person any sentence calls one."""
    # "the Tanager Valley MLA": the place is the run without its role abbreviation.
    runs = [_ROLE_ABBREVIATION.sub("", p) for p in _PLACE.findall(role)]
    places = [p for p in runs if p and not canonical_party(p)]
    people = [m for m in ctx.mentions if m.kind == "person"]
    if _DEFECTOR.search(role):
        # "the renegade councillor", "the rebel MP": the one the story is about, not the
        # colleague who spoke last.
        first = _story_person(text, pos, people)
        if first is not None:
            return first
    for place in places:
        for m in re.finditer(re.escape(place), text):
            if m.start() <= pos < m.end() + 40:
                continue  # the description itself
            lo, hi = _sentence_at(text, m.start())
            near = [p for p in people if lo <= p.pos < hi]
            titled = [p for p in near if 0 <= p.pos - m.end() <= 2]
            if titled:  # "Chief Minister Ann Roe": the one the role stands before
                return titled[0].name
            if near:
                return min(near, key=lambda p: abs(p.pos - m.start())).name
    head = next((w.lower() for w in role.split() if w.lower() in ROLE_NOUNS),
                role.split()[0].lower() if role.split() else "")
    word = re.compile(rf"\b(?:{'|'.join(_ROLE_FORMS.get(head, [re.escape(head)]))})\b", re.I)
    near = [p for p in ctx.before(pos, para, reach=50) if p.kind == "person"]
    holders = [p for p in near if _calls(text, word, p.pos, (pos, pos + len(role) + 4))]
    recent = [p for p in near if p.para >= para - 1]
    if not places and holders and holders[0].para >= para - 1:
        return holders[0].name
    lead = _lead_person(text, word, pos, people)
    if lead is not None:
        return lead
    recent = [p for p in ([p for p in recent if p.subject] or recent)
              if not _other_role(text, p.name, head, ctx)]
    if recent:  # the person just spoken of, as a pronoun would point back
        return recent[0].name
    return holders[0].name if holders else None


# Words that describe the person a story of leaving is about.
_DEFECTOR = re.compile(
    r"\b(?:renegade|rebel|defecting|defector|breakaway|ousted|expelled|suspended|deselected|"
    r"departing|outgoing|sacked|disgraced|maverick|disgruntled|quitting|dissident|"
    r"turncoat)\b", re.IGNORECASE)


def _story_person(text: str, pos: int, people: list[Mention]) -> str | None:
    """The first person the story's body names as the subject of a sentence, before `pos`."""
    body = _headline_end(text)
    found = [m for m in people if body <= m.pos < pos and m.subject]
    return min(found, key=lambda m: m.pos).name if found else None


_ROLE_HEADS = {
    "councillor": r"councillors?|councilors?|cllr|coun", "mp": r"mps?", "msp": r"msps?",
    "mla": r"mlas?", "td": r"tds?", "mep": r"meps?", "senator": r"senators?|sen",
    "mayor": r"mayors?", "peer": r"peers?|lord|baroness", "minister": r"ministers?",
}
_ROLE_WORD = re.compile(r"\b(" + "|".join(_ROLE_HEADS.values()) + r")\b", re.IGNORECASE)


def _other_role(text: str, name: str, head: str, ctx: Context) -> bool:
    """Whether the article describes the person only by roles other than `head` ("the MP"
    is not the one every sentence calls a councillor)."""
    found: set[str] = set()
    for m in ctx.mentions:
        if m.kind == "person" and m.name == name:
            for w in _ROLE_WORD.findall(text, max(0, m.pos - 40), m.pos + len(name) + 40):
                found |= {k for k, v in _ROLE_HEADS.items() if re.fullmatch(v, w, re.I)}
    return bool(found) and head not in found


def _calls(text: str, word: re.Pattern[str], at: int, own: tuple[int, int]) -> bool:
    """Whether the sentence around `at` uses the role word, outside the description `own`
    being resolved ("... with the MP saying" does not make the others there MPs)."""
    lo, hi = _sentence_at(text, at)
    return any(not own[0] <= m.start() < own[1] for m in word.finditer(text, lo, hi))


def _lead_person(text: str, word: re.Pattern[str], pos: int, people: list[Mention]) -> str | None:
    """The story's first-named person, when the opening (headline and first paragraph)
    describes someone by the role without naming anybody."""
    first = next((p for p in sorted(people, key=lambda m: m.pos) if p.pos < pos), None)
    breaks = [m.start() for m in re.finditer(r"\n", text.rstrip())] + [len(text)]
    headline = not re.search(r"[.!?\"”’]\s*$", text[: breaks[0]])
    opening = text[: breaks[min(1, len(breaks) - 1)] if headline else breaks[0]]
    if first is None or first.pos < len(opening) or pos < len(opening):
        return None
    return first.name if word.search(opening) else None


# "The MP confirmed ...", "The former councillor has ...": a role standing for a person as the
# subject of a sentence, a fresh mention of that person for the pronouns after it.
_ROLE_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))[Tt]he\s+((?:(?:former|veteran|embattled|new|local|renegade|"
    r"rebel|defecting|breakaway|ousted|expelled|suspended|deselected|departing|outgoing|"
    r"sacked|disgraced|maverick|disgruntled|dissident)\s+|"
    r"[A-Z][\w’'\-]+\s+){0,3}(?:MP|MSP|MLA|MEP|TD|councillor|councilor|senator|minister|"
    r"mayor|legislator|lawmaker)(?:\s+for\s+[A-Z][\w’'\-]+(?:\s+(?:and\s+|the\s+)*"
    r"[A-Z][\w’'\-]+)*)?)\s+(?:has\s+|had\s+|was\s+|is\s+)?[a-z]{3,}"
)


def add_role_mentions(text: str, starts: list[int], ctx: Context) -> None:
    """Add the person each role subject stands for to the context, in article order."""
    for m in _ROLE_SUBJECT.finditer(text):
        pos = m.start(1)
        para = max(0, bisect_right(starts, pos) - 1)
        who = _role_holder(text, m.group(1), pos, para, ctx)
        if who:
            ctx.mentions.append(Mention(pos, para, who, "person", True))
    ctx.mentions.sort(key=lambda m: m.pos)


# The ways articles write a role word before or around a name.
_ROLE_FORMS = {
    "councillor": ["councillor", "councilor", "cllr", "coun"],
    "councilor": ["councillor", "councilor", "cllr", "coun"],
    "mp": ["mp", "member of parliament"],
    "senator": ["senator", "sen"],
    "peer": ["peers?", "lord", "baroness"],
    "representative": ["representative", "rep", "congressman", "congresswoman"],
}


def _sentence_at(text: str, pos: int) -> tuple[int, int]:
    """(start, end) of the sentence around `pos`, cut at ". " and line ends."""
    lo = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    ends = [x for x in (text.find(". ", pos), text.find("\n", pos)) if x >= 0]
    return lo, min(ends) if ends else len(text)


_LISTED_FRONT = re.compile(r"(?:(?<=\bThe )|(?<=\bthe )|(?<=[’']s ))((?:[A-Z][\w\-]*,\s+)+)$")


def _whole_org(text: str, pos: int, name: str | None) -> str | None:
    """An organisation name with the comma-listed words the model cut from its front:
    "Membership, Ethics and Standards Committee", not "Ethics and Standards Committee"."""
    if not name:
        return None
    at = text.find(name, max(0, pos - 80))
    if at < 0:
        return name
    m = _LISTED_FRONT.search(text[max(0, at - 80) : at])
    return (m.group(1) + name) if m else name


def _named_body(noun: str, pos: int, para: int, ctx: Context) -> str | None:
    for m in ctx.before(pos, para, reach=6):
        if m.kind == "org" and noun in m.name.lower().split():
            return m.name
    return None


def _gender(name: str, ctx: Context, book) -> str | None:
    return book.gender_of(name) or ctx.gender.get(name)


def _descriptor(value: str | None) -> str | None:
    if not value:
        return None
    words = value.split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words) or None


# "a statement from Cllr Roe", "a letter issued by Ann Lee", "a post on behalf of Tom Lee".
_FROM_AUTHOR = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:from|by|on\s+behalf\s+of)\s+(?:[\w’'\-]+\s+){0,4}?$"
)
_MOUTHPIECE = re.compile(r"\b(?:spokes\w+|source|aide|official|insider)s?\b", re.IGNORECASE)
_DOCUMENT_REACH = 2000


def _document_author(text: str, noun: str, pos: int, ctx: Context) -> str | None:
    """"... the statement said": the author of the statement the article mentioned last
    ("A statement from Mark Roe said ...", "Roe said in a statement ...", "In a letter to
    members, Roe wrote ..."). A statement by an unnamed spokesperson has no author."""
    base = max(0, pos - _DOCUMENT_REACH)
    found = list(re.finditer(rf"\b{re.escape(noun)}s?\b", text[base:pos], re.IGNORECASE))
    if not found:
        return None
    at, end = base + found[-1].start(), base + found[-1].end()
    lo, hi = _sentence_at(text, at)
    people = [m for m in ctx.mentions if m.kind == "person" and lo <= m.pos < hi]
    after = [m for m in people if m.pos >= end and _FROM_AUTHOR.match(text[end : m.pos])]
    if after:
        return None if _MOUTHPIECE.search(text[end : after[0].pos]) else after[0].name
    if _MOUTHPIECE.search(text[lo:hi]):
        return None
    # "Roe issued a statement" / "In a statement, Roe said": its subject. A name only spoken of
    # after the noun ("issued a statement criticising Roe's remarks") is not the author.
    subjects = [m for m in people if m.subject] or [m for m in people if m.pos < at]
    return min(subjects, key=lambda m: abs(m.pos - at)).name if subjects else None


_OFFICE_REACH = 40  # characters between an office word and the name it describes


def _office_holder(text: str, said: Said, ctx: Context) -> str | None:
    """The person the article named as holding the office: "the Lib Dem leader said" after
    "Party leader Ann Roe" or "Roe, the Liberal Democrats' leader". A party's office may be
    named without the party; any other body's must name the body."""
    word = re.compile(rf"\b{re.escape(said.office or '')}\b", re.IGNORECASE)
    org = said.value or ""
    party = canonical_party(org)
    fits: list[tuple[bool, Mention]] = []
    for m in ctx.mentions:
        if m.kind != "person" or m.pos >= said.pos:
            continue
        if not word.search(text, max(0, m.pos - _OFFICE_REACH), m.pos + _OFFICE_REACH):
            continue
        lo, hi = _sentence_at(text, m.pos)
        sentence = text[lo:hi]
        names_org = bool(org) and org.lower() in sentence.lower() or bool(
            party and any(canonical_party(w) == party for w in _PLACE.findall(sentence)))
        fits.append((names_org, m))
    named = [m for ok, m in fits if ok]
    if named:
        return named[-1].name
    return fits[-1][1].name if fits and (party or not org) else None
