"""Speaker names: short references expanded to the fullest form the article uses, misspelt
surnames matched, and gender hints from titles and first names, so "Mr Desai" and "Ammar"
become full names and "she" finds a woman.

Everything here reads the article with regular expressions (no NLP): the people of an article
are the capitalised word runs (on one line) that a title or a role noun introduces ("Cllr",
"Mr", "Senator", "the party's business manager, ..."), that start with a common first name,
that a speech verb, an age or a "who" clause follows, or that act and are taken up by "he" or
"she". One-word people count too when the article never gives more: a surname after a title
("Mr MacLarty"), an initial and a name ("S. Thenmozhi"), or a single name in apposition or
used again as a speaker ("Thenmozhi, a legislator from ..."). A title the article writes as
part of the name ("Aupito Tom Sio", "Chief Emeka Obiora") is kept, and shorter forms stand for
the fullest. Their later mentions (full name, surname, "Mr Surname") give the positions
pronouns are resolved against; a name inside reported speech or a hung clause ("said he was
glad Mr Orr had joined", "when Lee was leader") is not the subject, a passive speaking verb's
agent ("was welcomed by Lee") is.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from rapidfuzz import fuzz

from floorcross.extract.people import PeopleIndex
from floorcross.nlp.parties import canonical_party
from floorcross.nlp.titles import TITLES, strip_titles

_WORD = r"[A-ZÀ-Þ][\w’'\-]*[a-zß-ÿ][\w’'\-]*"
_PARTICLE = r"(?:ab|ap|de|van|von|der|den|al|bin|da|di|du|le|la|mac|Ó|Ua)"
# A run of name words stays on one line: a headline ending "... Bill" is no first name for
# the line after it. Runs are long enough for a body and an office before a name ("Sinn Fein
# Assembly Group Leader John O'Dowd").
_RUN = re.compile(
    rf"(?<![\w’'\-])({_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)*{_WORD}){{1,7}})(?![\w’'\-])"
)
# Capitalised words that start sentences or name things, never a first name or surname.
_NOT_NAME = {
    "the", "a", "an", "and", "but", "in", "on", "at", "of", "for", "to", "as", "by", "with",
    "labour", "tory", "tories", "conservative", "conservatives", "reform", "green", "greens",
    "party", "council", "borough", "city", "county", "ward", "parliament", "government",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "leader", "secretary", "minister", "chancellor", "councillors",
    "he", "she", "they", "it", "we", "i", "this", "that", "when", "after", "while", "if",
    "his", "her", "their", "our", "my", "its", "there", "then", "now", "speaking", "writing",
    "meanwhile", "however", "mp", "mps", "north", "south", "east", "west", "central",
    "democrats", "liberal", "independent", "independents", "street", "road", "later",
    "earlier", "today", "yesterday", "also", "asked", "former", "veteran", "senior",
    "chair", "chairman", "chairwoman", "caucus", "whip", "speaker", "majority", "minority",
    "opposition", "shadow", "group", "house", "senate", "assembly", "state", "federal",
    "lib", "dem", "dems", "lab", "con", "member", "members", "president", "vice", "prime",
    "governor",
}
# Words that make a capitalised run an organisation, an outlet or a place, not a person.
ORG_WORDS = {
    "council", "party", "committee", "group", "alliance", "association", "union", "office",
    "trust", "movement", "campaign", "network", "federation", "executive", "board", "club",
    "society", "department", "ministry", "government", "assembly", "parliament", "senate",
    "news", "times", "post", "gazette", "echo", "herald", "telegraph", "guardian", "observer",
    "mirror", "sun", "standard", "press", "journal", "chronicle", "argus", "citizen", "ledger",
    "advertiser", "record", "express", "mail", "courier", "daily", "weekly", "radio", "tv",
    "television", "bbc", "itv", "sky", "channel", "online", "magazine", "review", "tribune",
    "independents", "labour", "conservatives", "democrats", "greens", "reform", "court",
    "school", "university", "college", "hospital", "street", "road", "ward", "borough",
    "county", "city", "town", "village", "district", "region", "north", "south", "east",
    "west", "kingdom", "states", "republic", "house", "hall", "centre", "center", "service",
    "northern", "southern", "eastern", "western", "ireland", "scotland", "wales", "england",
    "britain", "america", "canada", "australia", "india", "europe", "downing", "isles",
    "panel", "commission", "tribunal", "inquiry", "authority", "agency", "police", "institute",
    "foundation", "company", "bank", "fund", "forum", "caucus", "congress", "cabinet", "bureau",
}
_INTRO = (
    r"(?:Cllr|Councillor|Coun|Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Baroness|Baron|Senator|"
    r"Sen|Rep|Gov|Governor|Premier|Deputy|Minister|Professor|Prof|Rev|Reverend|MP|MSP|MLA|TD|"
    r"MEP|AM|MS)\.?"
)
_TITLE_WORDS = {t.lower() for t in re.findall(r"[A-Za-z]+", _INTRO)}
_TITLE_BEFORE = re.compile(
    rf"(?:(?:^|[\s(“\"‘']){_INTRO}|\b(?i:councillor|member|leader|colleague|candidate|chair|"
    rf"chairman|chairwoman|minister|secretary|activist|campaigner|deputy|senator|peer|"
    rf"independent|spokesperson|spokesman|spokeswoman|mayor|backbencher|veteran|president|"
    rf"chief|convenor|treasurer|organiser|organizer|founder|director|legislator|lawmaker|"
    rf"manager|whip|officer|agent|adviser|advisor|aide|editor|head|boss|representative|"
    rf"commissioner|lawyer|solicitor|volunteer|resident|husband|wife|son|daughter|mother|"
    rf"father|brother|sister|friend|partner|predecessor|successor|rival|opponent|challenger|"
    rf"incumbent|nominee|mla|mp|msp|td|ally)),?"
    rf"\s+$"
)
# "The party's business manager, Ann Roe, said": a name set off by commas after a noun.
_APPOSED_BEFORE = re.compile(r"\b[a-z]{3,},\s+$")
# One-word people: a surname after a personal title when the article never gives the first
# name ("Mr MacLarty"), or a single name set off as a person by an apposition
# ("Vijayalakshmi, a legislator from ...", "Okafor, 52, said").
_ONE_TITLED = re.compile(
    r"(?<![\w’'])(?:Cllr|Councillor|Coun|Mr|Mrs|Ms|Miss|Dr|MLA|MP|MSP|TD|Senator|Sen|Rep)\.?"
    r"\s+(" + _WORD + r")(?![\w’'\-]|\s+[A-Z]|\s+(?:ab|ap|de|van|von|bin|al)\s)"
)
_ONE_APPOSED = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(" + _WORD + r"),\s+(?:a|an|the|who|whose|\d{2},)\s"
)
# "S. Thenmozhi", "K Annamalai": an initial and one name ("A" and "I" are words).
_ONE_INITIAL = re.compile(
    r"(?<![\w.’'])(?:[A-Z]\.\s?|[B-HJ-Z]\s)(" + _WORD + r")(?![\w’'\-]|\s+[A-Z])"
)
# "Congress legislator Thenmozhi joined ...", "party leader Annamalai said": one name after
# a role word (kept when the article uses it again).
_ONE_ROLED = re.compile(
    r"\b(?:legislator|lawmaker|MLA|MLC|MP|leader|councillor|minister|president|chief|"
    r"secretary|spokesperson|member)\s+(" + _WORD + r")(?![\w’'\-/]|\s+[A-Z])"
)
# "Vijayadharani said ..." at the start of a sentence.
_ONE_SPEAKING = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(" + _WORD + r")\s+(?:has\s+|had\s+|also\s+|later\s+)?"
    r"(?:said|says|told|tells|added|wrote|tweeted|posted|explained|insisted|confirmed)\b"
)
# Sentence-opening words that an apposition or a speech verb may follow but name nobody.
_NOT_ONE_NAME = {
    "officials", "sources", "critics", "residents", "councillors", "campaigners", "protesters",
    "organisers", "ministers", "officers", "observers", "analysts", "experts", "voters",
    "members", "supporters", "opponents", "insiders", "aides", "allies", "friends", "others",
    "colleagues", "reports", "figures", "papers", "documents", "police", "instead", "elsewhere",
    "overall", "again", "still", "indeed", "nevertheless", "nonetheless", "furthermore",
    "moreover", "besides", "otherwise", "overnight", "last", "next", "since", "until", "once",
    "afterwards", "tonight", "tomorrow", "here", "thus", "hence", "together", "first", "finally",
}
_ACTS = re.compile(
    r"\s+(?:has\s+|had\s+|have\s+|was\s+|is\s+|also\s+|then\s+)?(?:[a-z]{2,}(?:ed|es)|"
    r"quit|left|said|says|told|won|lost|took|made|became|came|went|gave|spoke|wrote|stood|sat|"
    r"met|held|ran|hit|put|set|tweets|posts|wants|plans|hopes|thinks|believes)\b"
)
_HE_SHE = re.compile(r"\b(?:he|she|his|her)\b")
_OTHER_PAIR = re.compile(r"[“\"]|\b[A-Z][a-z]+\s+[A-Z][a-z]+\b")
# Capitalised words after a title that are offices or courtesy forms, not surnames.
_NOT_SURNAME = {"speaker", "mayor", "chairman", "chair", "president", "deputy", "justice",
                "leader", "secretary", "minister", "whip", "chief", "clerk", }

# A title that goes with a surname alone: "Lord Hartwell".
_PEERAGE = re.compile(r"^(?:Lord|Lady|Baroness|Baron)\s")
_PERSON_AFTER = re.compile(
    r"^(?:,\s+\d{2},|,\s+(?:who|whose|a|an|the|former|aged)\s|\s+(?:said|says|told|added|wrote|tweeted|explained|insisted|"
    r"claimed|argued|warned|admitted|revealed|stated)\b)"
)
_MALE_TITLES = {"mr", "sir", "lord", "baron"}
_TITLED = re.compile(
    r"\b(Mr|Sir|Lord|Baron|Mrs|Ms|Miss|Dame|Lady|Baroness)\.?\s+(?:" + _WORD + r"\s+)?(" + _WORD
    + r")"
)
# Surnames this similar (rapidfuzz ratio) are one name misspelt: "McSharry" / "MacSharry".
_SURNAME_NEAR = 80
# A mention followed by one of these is not the subject of what follows.
_NOT_SUBJECT_NEXT = {
    "and", "or", "of", "in", "to", "for", "with", "at", "on", "from", "by", "as", "about",
}
_LONG_APPOSITION = re.compile(
    r"^,[^“”\".;:!?\n]{1,200}?,(?=\s+(?:has\s+|had\s+|also\s+|later\s+)?(?:said|says|told|"
    r"added|wrote|insisted|explained|claimed|warned|argued|admitted|confirmed|described)\b)"
)
_NOT_SUBJECT_PREV = re.compile(
    r"(?:\b(?:to|with|by|of|for|against|from|about|at|on|and|behind|backed|told|thanked|"
    r"criticised|accused|called|under|alongside|beside|than|like|including|"
    # Verbs whose object a name is: "delighted to welcome Mr Roe", "praised Cllr Lee".
    r"welcome[sd]?|welcoming|thank|thanks|thanking|praise[sd]?|praising|congratulate[sd]?|"
    r"congratulating|replace[sd]?|replacing|succeed(?:s|ed)?|endorse[sd]?|endorsing|"
    r"defeat(?:s|ed)?|beat|beating|support(?:s|ed)?|supporting|urge[sd]?|urging|blame[sd]?|"
    r"blaming|attack(?:s|ed)?|attacking|suspend(?:s|ed)?|expel(?:s|led)?)|[’']s)\s+(?:"
    + _INTRO + r"\s+)?$",
    re.IGNORECASE,
)


# A possessive straight after a past-tense verb: "accepted Roe's resignation", "welcomed
# Lee's decision" - the name belongs to the object, not to the subject.
_OWNED_OBJECT = re.compile(r"(?:’s|'s|’|')\s+[a-z]")
_AFTER_VERB = re.compile(r"\b[a-z]{3,}ed\s+$")


# Inside a relative clause or an apposition ("Lee, who served under Ann Roe, said"): the
# name there is not the subject of the sentence.
_IN_CLAUSE = re.compile(r",\s+(?:who|whose|which|a\s+former|the\s+former)\s[^,.;:“”\"\n]*$")


# Inside what someone is reported to say ("Ferrity said he was glad Mr Harkin had joined"):
# the name there is not who has the floor. The speech verb follows a word of the same
# sentence, and no quotation mark, sentence end or ", but" clause comes between it and the
# name.
_REPORTED = re.compile(
    r"[\w’'][ \t]+(?:said|says|told[ \t]+[\w ]{1,30}?|added|insisted|claimed|argued|warned|"
    r"admitted|confirmed|explained|believes|believed)[ \t]+(?:that[ \t]+)?"
    r"(?:(?!,[ \t]+(?:but|yet|although|though|whereas)\b)[^.!?“”\"\n:;])*$"
)
# "Ann Roe, chair of the branch, said Cllr Lee was ...": after the comma closing an
# apposition (unless the name is itself set off, as in "The plan, said Cllr Lee, was ...").
_REPORTED_AFTER_COMMA = re.compile(
    r",[ \t]+(?:said|says|added|insisted|claimed|argued|warned|admitted|confirmed|explained)"
    r"[ \t]+(?:that[ \t]+)?[^.!?“”\"\n:;,]*$"
)


# "Mackie joined in 2007, when Angus MacAllan was ...": the subject of a clause hung on the
# sentence (not one opening it) is not who has the floor.
_SUBORDINATE = re.compile(
    r"[\w,][ \t]+(?:when|while|whilst|after|before|since|because|although|though|until|"
    r"unless|whereas|as)[ \t]+(?:(?:[a-z][\w’'\-]*|[A-Z][\w’'\-]*)[ \t]+){0,3}$"
)
# "The move was welcomed by the party's MLA, Harold Kerr": the agent of a passive verb of
# speaking is the one who has the floor, as if the subject.
_SPEAKING_AGENT = re.compile(
    r"\b(?:was|were|been|is|are)\s+(?:also\s+|later\s+|quickly\s+)?(?:welcomed|praised|"
    r"criticised|criticized|condemned|attacked|slammed|hailed|questioned|defended|"
    r"announced|confirmed|described|dismissed|greeted|applauded)\s+by\s+"
    r"[^.;:!?“”\"\n]{0,80}$"
)
_PLACE_BEFORE = re.compile(r"\b(?:for|of|in|from|at|near|outside|across)\s+$")
_AFTER_ROLE = re.compile(r"(?:\b[a-z]{3,}|\b(?:MP|MSP|MLA|MPP|TD|MEP|MS|AM)|[’']s),?\s+$")


# Photo credits name a photographer or an agency, never a speaker or someone the story is
# about: "Picture: Ann Roe", "Photo: Ann Roe / Agency", "(Image: Ann Roe)", "Photograph by".
_CREDIT = re.compile(
    r"(?<![\w’'])(?:(?:Picture|Photo|Image|Video)\s+[Cc]redit|Credit|Pictures?|Pics?|Photos?|"
    r"Photographs?|Images?|Video|PICTURE|PHOTO|IMAGE)(?:\s*:|\s+by\b)[^\n()]*?"
    r"(?=[()]|\n|\.\s|$)"
)


# "PETER Roe has quit ...": tabloid and local papers set the first word of a story in capitals.
# A capitalised word that opens a line, or any common first name in capitals, followed by a
# name word is read in title case (same length, so offsets hold).
_CAPS_FIRST = re.compile(r"(?:(?<=\n)|^)([A-Z]{2,})(?=[ \t]+[A-Z][a-z])|"
                         r"(?<![\w’'\-])([A-Z]{3,})(?=[ \t]+[A-Z][a-z])", re.MULTILINE)


def _uncapped(text: str) -> str:
    """The text with a capitalised first name before a name word in title case."""
    def repl(m: re.Match[str]) -> str:
        word = m.group(0)
        low = word.lower()
        known = first_name_gender(word) is not None
        if m.group(1) and not known and (low in _NOT_NAME or low in TITLES
                                         or canonical_party(word) or low in ORG_WORDS):
            return word  # "SNP Councillor Ann Roe", "THE Green group": not a first name
        return word.capitalize() if m.group(1) or known else word
    return _CAPS_FIRST.sub(repl, text)


def credit_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every photo or image credit in the text."""
    return [(m.start(), m.end()) for m in _CREDIT.finditer(text)]


def in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(lo <= pos < hi for lo, hi in spans)


def _word_set(words: str) -> frozenset[str]:
    return frozenset(re.findall(r"\S+", words))


# Common first names by the gender they usually mark, across the communities UK, Irish and
# other English-language coverage writes about. A hint only: titles and pronouns that follow
# a name in the article win over it.
_MALE_NAMES = _word_set("""
aaron abdul abdullah adam adrian ahmed aidan alan alastair alex alexander alistair ali amir
andrew andy angus anthony antony anwar arthur asif barry ben benjamin bernard bill billy bob
boris brendan brian bruce callum calum cameron carl charles charlie chris christopher ciaran
clive colin colm conor craig damian damien daniel danny darren david dean declan dennis derek
dermot des desmond dominic donald douglas duncan dylan eamon eamonn ed eddie edward elliot emmanuel
eoin eric euan faisal farid frank fraser gareth gary gavin geoff geoffrey george gerard gerry
gordon graham grant greg gregory guy hamid harry harvey hassan henry hugh iain ian imran
irfan isaac ivan jack jacob jake james jamie jason jeff jeffrey jeremy jim jimmy joe joel john
johnny jon jonathan jordan joseph josh joshua julian justin kamal karl keir keith kenneth kevin
khalid kieran kwasi lee leo lewis liam luke malcolm mark martin matt matthew michael micheal
mick mike mohamed mohammad mohammed muhammad murray nathan neil niall nicholas nick nigel noel
oliver omar owen owain paddy patrick paul peter philip phillip phil raj rajesh ravi ray raymond rhys
richard rishi rob robert robin rory ross roy russell ryan sadiq sajid salman sam samuel scott
sean seamus shaun shahid simon stephen steve steven stewart stuart suleman tariq ted terence
terry thomas tim timothy tom tommy tony trevor tyrone usman victor vince wayne wes wesley
william yasin yusuf zac zack zahid
ajay altaf amit anil arvind ashok bashir dafydd deepak doug emlyn enda farooq geraint
gethin ghulam gulam huw ieuan jagmeet javed kuldeep llyr mabon mahesh manoj marc micheál mitch
mukesh mushtaq narendra nasir naveen nitin pankaj pierre pradeep prakash rahul rajiv rakesh
ramesh rashid rhodri rhun rohit ron sachin sandeep sanjay shabir sudhir sunil suresh vijay
ken vikram vinod yogesh
padraig pádraig paudie ruairi ruaridh cathal donal dónal diarmuid fergal fergus oisin oisín
ronan tadhg daithi dáithí pearse colum malachy hamish alasdair ewan kenny seán séamus
les reg stan norman len cyril harold ernest albert walter fred frederick gerald rodney
clifford derrick leslie nigel howard
""")
_FEMALE_NAMES = _word_set("""
abigail aisha alice alison amanda amber amy andrea angela angharad ann anna anne annie apsana
barbara bella beth bethan bridget caitlin carla carol caroline carys catherine cath charlotte
chloe christine claire clare colette dawn deborah debbie denise diane dolores donna eileen
elaine eleanor elizabeth ellie emily emma esther eve fatima fiona fionnuala frances gemma
georgia gillian grace hannah harriet hayley heather helen holly imogen iqra isabel jackie jane
janet jayne jean jennifer jenny jess jessica jo joan joanna joanne josephine joy judith julia
julie karen kate katherine kathleen kathryn katie kelly kemi kerry kim laura lauren layla leah
lesley linda lindsay lindsey lisa liz louise lucy lynne maggie maria marie marion mary maureen
megan mhairi michelle miriam molly nadia nadine naz nazia natalie nicola niamh nicky nora
olivia paula pauline penny rachel rebecca rhian rosalind rosie ruth sadie sally samantha sandra
sara sarah shabana shaista sharon sheila shirley siobhan sinead siân sian sonia sophia sophie
stella stephanie sue susan suzanne tanya theresa tracey tracy una valerie vanessa victoria
wendy yasmin yvette zara zarah zoe
anita candice chrystia delyth elin erin geeta heledd kamala kavita lakshmi mamata meena
mehbooba neha nirmala pooja priya pratibha rekha shobha sioned smriti sunita sushma
aoife ciara orla gráinne grainne róisín roisin sinéad aisling máire maire bronagh deirdre
eimear caoimhe nuala mairéad mairead majella bernadette geraldine emer clodagh sorcha
catriona ailsa morag kirsty shona eilidh
brenda glenys gwen doreen sylvia janice jacqueline marilyn beverley lorraine mandy tina
""")


def first_name_gender(word: str) -> str | None:
    """"m" or "f" when the word is a common first name of that gender."""
    low = word.lower()
    if low in _MALE_NAMES:
        return "m"
    if low in _FEMALE_NAMES:
        return "f"
    return None


@dataclass
class NameMention:
    pos: int
    end: int
    name: str  # the full name it stands for
    subject: bool


def _is_name_word(word: str) -> bool:
    low = word.lower().strip(".’'")
    return low not in _NOT_NAME and low not in TITLES


# Role words that end a description, never a name ("Sen" and "Rep" may be surnames).
_ROLE_ENDINGS = {
    "councillor", "councilor", "cllr", "member", "mp", "msp", "mla", "mep", "td", "senator",
    "mayor", "leader", "minister", "chairman", "chairwoman", "chair", "secretary", "president",
    "spokesman", "spokeswoman", "spokesperson", "representative", "peer", "candidate",
}


def ends_in_name(text: str) -> bool:
    """Whether a run the model calls a person ends with a name word, not a title or a role
    ("the Bisley and Painswick Councillor" names a place and a role, nobody)."""
    words = text.split()
    return bool(words) and _clean(words[-1]).lower() not in _ROLE_ENDINGS


def placed(text: str, pos: int, name: str) -> bool:
    """Whether a run the model calls a person stands where a place does: after "for", "of",
    "in" ("who sits for Morden Vale"), with no common first name to make it a person."""
    return bool(_PLACE_BEFORE.search(text, max(0, pos - 12), pos)) and not first_name_gender(
        name.split()[0])


# Words that name parties or months but are surnames after a first name ("Kate Green",
# "Theresa May").
_SURNAMES_TOO = {"green", "may"}


def _surname_too(parts: list[tuple[int, str]], k: int) -> bool:
    return (k > 0 and parts[k][1].lower() in _SURNAMES_TOO
            and first_name_gender(parts[k - 1][1]) is not None)


def _clean(word: str) -> str:
    return re.sub(r"(?:’s|'s|’|')$", "", word)


def is_org_like(text: str) -> bool:
    """A capitalised run naming an organisation, outlet or place rather than a person
    ("Lib Dem" is a party; a one-word "Green" may be a surname)."""
    words = text.split()
    if any(w.lower().strip(",.’'") in ORG_WORDS for w in words):
        return True
    return len(words) > 1 and canonical_party(text) is not None


class NameBook:
    """The people of one article: full names and what their titles say of their gender."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.index = PeopleIndex()
        self.gender: dict[str, str] = {}
        self.credits = credit_spans(text)
        for m in _TITLED.finditer(text):
            sex = "m" if m.group(1).lower() in _MALE_TITLES else "f"
            self.gender.setdefault(_clean(m.group(2)).lower().replace("’", "'"), sex)
        # Longest first; among equals, the first written (not set order, which varies per run).
        for name in sorted(dict.fromkeys(self._scan_people()), key=lambda n: -len(n.split())):
            self.add(name)
        for word in dict.fromkeys(self._one_word_people()):
            # A short or misspelt form of a fuller name stands for that name.
            self.index.add(self.known(word) or word)

    def _scan_people(self) -> list[str]:
        """Full names in the text, told by a title, a first name or what follows them."""
        out = []
        for m in _RUN.finditer(_uncapped(self.text)):
            if in_spans(m.start(), self.credits):
                continue
            parts = [(w.start(), _clean(w.group())) for w in re.finditer(r"\S+", m.group(1))]
            # "Senate Majority Leader Dwight Emmerling", "Cllr Ann Roe": the name is the part
            # after the last word that cannot be part of one.
            cut = max((k for k, (_, w) in enumerate(parts) if not _is_name_word(w)
                       and not _surname_too(parts, k)), default=-1)
            titled = any(w.lower().strip(".") in _TITLE_WORDS for _, w in parts[: cut + 1])
            parts = parts[cut + 1 :]
            if len(parts) == 3 and first_name_gender(parts[1][1]) and not first_name_gender(
                parts[0][1]
            ) and not self._title_of_name(m.start(1) + parts[0][0], [w for _, w in parts]):
                parts = parts[1:]  # "Yesterday Ann Roe": a sentence-opening word before it
            if len(parts) > 3 and first_name_gender(parts[-2][1]):
                parts = parts[-2:]  # "Caucus Vice Chair Ann Roe": the name ends the run
            words = [w for _, w in parts]
            peer = titled and len(words) == 1 and _PEERAGE.search(m.group(1))
            if (len(words) < 2 and not peer) or len(words) > 3:
                continue
            name = " ".join(words)
            if is_org_like(name):
                continue
            start = m.start(1) + parts[0][0]
            before = self.text[max(0, start - 20) : start]
            after = self.text[m.end() : m.end() + 20]
            if (
                titled
                or _TITLE_BEFORE.search(before)
                or first_name_gender(words[0]) is not None
                or len(words) == 3 and first_name_gender(words[1]) is not None  # "Taito Tom Sio"
                or _PERSON_AFTER.match(after)
                or self._acts_as_person(m.end())
                or _APPOSED_BEFORE.search(before) and after.startswith(",")
            ):
                out.append(name)
        return out

    def _title_of_name(self, start: int, words: list[str]) -> bool:
        """Whether the word before "First Last" is part of the name as the article writes it
        (a matai title, "Chief"): no ordinary word (never written in lower case, no adverb or
        adjective ending), standing there every time the pair is written or, written once,
        after a role or a lower-case word rather than at the head of a sentence."""
        low = words[0].lower()
        before = self.text[max(0, start - 30) : start]
        if low in _NOT_ONE_NAME or re.search(r"(?:ly|ed|ing|er|est)$", low) or re.search(
            rf"(?<![\w’'\-]){re.escape(low)}(?![\w’'\-])", self.text
        ) or _PLACE_BEFORE.search(before):
            return False  # after a preposition: "the member for Morley Ian Britza", a place
        pair = re.escape(" ".join(words[1:]))
        pairs = list(re.finditer(rf"(?<![\w’'\-])(\S+)\s+{pair}(?![\w’'\-])", self.text))
        if all(p.group(1) == words[0] for p in pairs):
            return True
        # Written once with the title after a role or a lower-case word ("Labour MP Aupito
        # Tom Sio"), not at the head of a sentence.
        return bool(_AFTER_ROLE.search(before))

    def _acts_as_person(self, end: int) -> bool:
        """"Tarryn Voss quit Labour on Monday, saying she ...": a capitalised pair doing
        something, with he or she taking it up before another name comes."""
        rest = self.text[end : end + 250].split("\n", 1)[0]
        if not _ACTS.match(rest):
            return False
        m = _HE_SHE.search(rest)
        return bool(m) and not _OTHER_PAIR.search(rest, 0, m.start())

    def _one_word_people(self) -> list[str]:
        """Surnames the article only gives with a title, and single names in apposition."""
        out = []
        marked = (*_ONE_TITLED.finditer(self.text), *_ONE_INITIAL.finditer(self.text))
        opening = (*_ONE_APPOSED.finditer(self.text), *_ONE_SPEAKING.finditer(self.text),
                   *_ONE_ROLED.finditer(self.text))
        for m in (*marked, *opening):
            word = _clean(m.group(1))
            low = word.lower()
            # After a title a first name is a surname ("Mrs Jeffrey", "Mr Thomas"); the
            # pattern never takes a title before a first and last name.
            if (in_spans(m.start(), self.credits) or not _is_name_word(word)
                    or low in _NOT_SURNAME or is_org_like(word)
                    or m.re is not _ONE_TITLED and (first_name_gender(word)
                                                    or canonical_party(word))):
                continue  # "Lib/Lab group", "leader Plaid": a party, not a person
            if m.re in (_ONE_APPOSED, _ONE_SPEAKING) and (
                low in _NOT_ONE_NAME or low.endswith("ly")  # "Separately, the ..."
                or m.re is not _ONE_APPOSED and not self._recurs(word)
            ):
                continue
            out.append(word)
        return out

    def _recurs(self, word: str) -> bool:
        """Whether the article uses the word more than once (a name, not a stray opener)."""
        return len(re.findall(rf"(?<![\w’'\-]){re.escape(word)}(?![\w\-])", self.text)) > 1

    def add(self, mention: str) -> str:
        """Record a PERSON mention; returns the name it now stands for."""
        return self._fullest(strip_titles(mention)) or self.index.add(mention)

    def _fullest(self, name: str) -> str | None:
        """The one longer name held that ends with `name`: "Taito Phillip Tuala" for "Phillip
        Tuala" when the article writes the title with the name elsewhere."""
        words = name.split()
        if len(words) < 2:
            return None
        longer = [n for n in self.index.names
                  if len(n.split()) > len(words) and n.split()[-len(words):] == words]
        return longer[0] if len(longer) == 1 else None

    def known(self, mention: str) -> str | None:
        """The full name of a person the article names, for a mention of them; else None."""
        bare = strip_titles(mention)
        if not bare:
            return None
        found = self.index.resolve(bare)
        if found and len(found.split()) > 1:
            return self._fullest(found) or found
        if len(bare.split()) == 1:
            found = self._near_surname(bare) or self._expand(bare)
            return found and (self._fullest(found) or found)
        return self._fullest(bare)

    def full(self, mention: str) -> str:
        """The fullest name the article gives for a mention ("Ammar" -> "Ammar Anwar")."""
        bare = strip_titles(mention)
        if not bare:
            return mention.strip()
        found = self.known(bare)
        if found:
            return self.index.add(found)
        return self.index.add(bare)

    def _expand(self, word: str) -> str | None:
        """Most frequent "First Word" / "Word Last" pair in the text around a one-word name."""
        w = re.escape(word)
        counts: Counter[str] = Counter()
        for m in re.finditer(r"(" + _WORD + r")\s+" + w + r"\b", self.text):
            if _is_name_word(m.group(1)):
                counts[f"{m.group(1)} {word}"] += 1
        for m in re.finditer(r"\b" + w + r"\s+(" + _WORD + r")", self.text):
            if _is_name_word(m.group(1)):
                counts[f"{word} {_clean(m.group(1))}"] += 1
        counts = Counter({k: v for k, v in counts.items() if not is_org_like(k)})
        if not counts:
            return None
        return counts.most_common(1)[0][0]

    def _near_surname(self, word: str) -> str | None:
        """The one full name whose surname is a spelling variant of `word`."""
        low = word.lower()
        fits = {
            n for n in self.index.names
            if len(n.split()) > 1 and fuzz.ratio(low, n.split()[-1].lower()) >= _SURNAME_NEAR
        }
        return fits.pop() if len(fits) == 1 else None

    def gender_of(self, name: str) -> str | None:
        """"m", "f" or None, from titles used with the surname or first name anywhere, else
        from the first name itself."""
        parts = name.split()
        if not parts:
            return None
        last, first = (p.lower().replace("’", "'") for p in (parts[-1], parts[0]))
        by_title = self.gender.get(last) or self.gender.get(first)
        by_name = first_name_gender(parts[0]) if len(parts) > 1 else None
        shared = sum(n.split()[-1].lower() == last for n in self.index.names) > 1
        if shared:  # "Ms Whitworth" says nothing of her husband Geoff Whitworth
            return by_name or self.gender.get(first)
        return by_title or by_name

    def mentions(self) -> list[NameMention]:
        """Every mention of a known person in the text, in order, with a guess whether it
        is the subject of its clause."""
        forms: dict[str, str] = {}
        for name in self.index.names:
            parts = name.split()
            forms.setdefault(name, name)
            forms.setdefault(parts[-1], name)
            forms.setdefault(parts[0], name)  # "Ammar quit Labour": a first name alone
        ambiguous = {
            f for f in forms
            if len({n for n in self.index.names if f == n or f in (n.split()[0], n.split()[-1])})
            > 1
        }
        if not forms:
            return []
        alternatives = sorted((re.escape(f) for f in forms if f not in ambiguous),
                              key=len, reverse=True)
        if not alternatives:
            return []
        pattern = re.compile(r"(?<![\w’'\-])(?:" + "|".join(alternatives) + r")(?![\w\-])")
        out = []
        for m in pattern.finditer(self.text):
            if in_spans(m.start(), self.credits):
                continue
            out.append(NameMention(m.start(), m.end(), forms[m.group(0)], self._subject_at(m)))
        return out

    def _subject_at(self, m: re.Match[str]) -> bool:
        if _SPEAKING_AGENT.search(self.text, max(0, m.start() - 120), m.start()):
            return True
        before = self.text[max(0, m.start() - 40) : m.start()]
        if _NOT_SUBJECT_PREV.search(before) or _IN_CLAUSE.search(
            self.text, max(0, m.start() - 100), m.start()
        ):
            return False
        if _REPORTED_AFTER_COMMA.search(self.text, max(0, m.start() - 120), m.start()) and (
            not self.text.startswith(",", m.end())
        ):
            return False
        if _REPORTED.search(self.text, max(0, m.start() - 200), m.start()) or _SUBORDINATE.search(
            self.text, max(0, m.start() - 60), m.start()
        ):
            return False
        rest = self.text[m.end() : m.end() + 160]
        if _OWNED_OBJECT.match(rest) and _AFTER_VERB.search(before):
            return False  # "Malema accepted Roe's resignation": Roe's is in the object
        rest = re.sub(r"^(?:’s|'s)\s+[a-z\-]+", "", rest)  # "Roe's letter said"
        # An apposition, which may hold commas when a speech verb follows it ("Ann Roe, who
        # leads the group on Ayr, Troon and Irvine council, said").
        rest = _LONG_APPOSITION.sub("", rest) if _LONG_APPOSITION.match(rest) else re.sub(
            r"^,[^,“”\"]{1,120},", "", rest)
        nxt = re.match(r",?\s+([a-z]+)", rest)
        return bool(nxt) and nxt.group(1) not in _NOT_SUBJECT_NEXT
