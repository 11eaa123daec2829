"""The regular expressions and word lists the name book reads people with: runs of name
words, titles and roles that introduce a name, one-word people, and the wordings that show a
name is, or is not, the subject of what follows; and the text with a first name set in
capitals ("PETER Roe has quit") read in title case."""

from __future__ import annotations

import re

from floorcross.extract.first_names import first_name_gender
from floorcross.nlp.parties import canonical_party
from floorcross.nlp.titles import TITLES

WORD = r"[A-ZÀ-Þ][\w’'\-]*[a-zß-ÿ][\w’'\-]*"
_PARTICLE = r"(?:ab|ap|de|van|von|der|den|al|bin|da|di|du|le|la|mac|Ó|Ua)"
# A run of name words stays on one line: a headline ending "... Bill" is no first name for
# the line after it. Runs are long enough for a body and an office before a name ("Sinn Fein
# Assembly Group Leader John O'Dowd").
RUN = re.compile(
    rf"(?<![\w’'\-])({WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)*{WORD}){{1,7}})(?![\w’'\-])"
)
# Capitalised words that start sentences or name things, never a first name or surname.
NOT_NAME = {
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
TITLE_WORDS = {t.lower() for t in re.findall(r"[A-Za-z]+", _INTRO)}
TITLE_BEFORE = re.compile(
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
APPOSED_BEFORE = re.compile(r"\b[a-z]{3,},\s+$")
# One-word people: a surname after a personal title when the article never gives the first
# name ("Mr MacLarty"), or a single name set off as a person by an apposition
# ("Vijayalakshmi, a legislator from ...", "Okafor, 52, said").
ONE_TITLED = re.compile(
    r"(?<![\w’'])(?:Cllr|Councillor|Coun|Mr|Mrs|Ms|Miss|Dr|MLA|MP|MSP|TD|Senator|Sen|Rep)\.?"
    r"\s+(" + WORD + r")(?![\w’'\-]|\s+[A-Z]|\s+(?:ab|ap|de|van|von|bin|al)\s)"
)
ONE_APPOSED = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(" + WORD + r"),\s+(?:a|an|the|who|whose|\d{2},)\s"
)
# "S. Thenmozhi", "K Annamalai": an initial and one name ("A" and "I" are words).
ONE_INITIAL = re.compile(
    r"(?<![\w.’'])(?:[A-Z]\.\s?|[B-HJ-Z]\s)(" + WORD + r")(?![\w’'\-]|\s+[A-Z])"
)
# "Congress legislator Thenmozhi joined ...", "party leader Annamalai said": one name after
# a role word (kept when the article uses it again).
ONE_ROLED = re.compile(
    r"\b(?:legislator|lawmaker|MLA|MLC|MP|leader|councillor|minister|president|chief|"
    r"secretary|spokesperson|member)\s+(" + WORD + r")(?![\w’'\-/]|\s+[A-Z])"
)
# "Vijayadharani said ..." at the start of a sentence.
ONE_SPEAKING = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(" + WORD + r")\s+(?:has\s+|had\s+|also\s+|later\s+)?"
    r"(?:said|says|told|tells|added|wrote|tweeted|posted|explained|insisted|confirmed)\b"
)
# Sentence-opening words that an apposition or a speech verb may follow but name nobody.
NOT_ONE_NAME = {
    "officials", "sources", "critics", "residents", "councillors", "campaigners", "protesters",
    "organisers", "ministers", "officers", "observers", "analysts", "experts", "voters",
    "members", "supporters", "opponents", "insiders", "aides", "allies", "friends", "others",
    "colleagues", "reports", "figures", "papers", "documents", "police", "instead", "elsewhere",
    "overall", "again", "still", "indeed", "nevertheless", "nonetheless", "furthermore",
    "moreover", "besides", "otherwise", "overnight", "last", "next", "since", "until", "once",
    "afterwards", "tonight", "tomorrow", "here", "thus", "hence", "together", "first", "finally",
}
ACTS = re.compile(
    r"\s+(?:has\s+|had\s+|have\s+|was\s+|is\s+|also\s+|then\s+)?(?:[a-z]{2,}(?:ed|es)|"
    r"quit|left|said|says|told|won|lost|took|made|became|came|went|gave|spoke|wrote|stood|sat|"
    r"met|held|ran|hit|put|set|tweets|posts|wants|plans|hopes|thinks|believes)\b"
)
HE_SHE = re.compile(r"\b(?:he|she|his|her)\b")
OTHER_PAIR = re.compile(r"[“\"]|\b[A-Z][a-z]+\s+[A-Z][a-z]+\b")
# Capitalised words after a title that are offices or courtesy forms, not surnames.
NOT_SURNAME = {"speaker", "mayor", "chairman", "chair", "president", "deputy", "justice",
                "leader", "secretary", "minister", "whip", "chief", "clerk", }

# A title that goes with a surname alone: "Lord Hartwell".
PEERAGE = re.compile(r"^(?:Lord|Lady|Baroness|Baron)\s")
PERSON_AFTER = re.compile(
    r"^(?:,\s+\d{2},|,\s+(?:who|whose|a|an|the|former|aged)\s|\s+(?:said|says|told|added|wrote|tweeted|explained|insisted|"
    r"claimed|argued|warned|admitted|revealed|stated)\b)"
)
MALE_TITLES = {"mr", "sir", "lord", "baron"}
TITLED = re.compile(
    r"\b(Mr|Sir|Lord|Baron|Mrs|Ms|Miss|Dame|Lady|Baroness)\.?\s+(?:" + WORD + r"\s+)?(" + WORD
    + r")"
)
# Surnames this similar (rapidfuzz ratio) are one name misspelt: "McSharry" / "MacSharry".
SURNAME_NEAR = 80
# A mention followed by one of these is not the subject of what follows.
NOT_SUBJECT_NEXT = {
    "and", "or", "of", "in", "to", "for", "with", "at", "on", "from", "by", "as", "about",
}
LONG_APPOSITION = re.compile(
    r"^,[^“”\".;:!?\n]{1,200}?,(?=\s+(?:has\s+|had\s+|also\s+|later\s+)?(?:said|says|told|"
    r"added|wrote|insisted|explained|claimed|warned|argued|admitted|confirmed|described)\b)"
)
NOT_SUBJECT_PREV = re.compile(
    r"(?:\b(?:to|with|by|of|for|against|from|about|at|on|and|behind|backed|told|thanked|"
    r"criticised|accused|called|under|alongside|beside|than|like|including|"
    # Verbs whose object a name is: "delighted to welcome Mr Roe", "praised Cllr Lee".
    r"welcome[sd]?|welcoming|thank|thanks|thanking|praise[sd]?|praising|congratulate[sd]?|"
    r"congratulating|replace[sd]?|replacing|succeed(?:s|ed)?|endorse[sd]?|endorsing|"
    r"defeat(?:s|ed)?|beat|beating|support(?:s|ed)?|supporting|urge[sd]?|urging|blame[sd]?|"
    r"blaming|attack(?:s|ed)?|attacking|suspend(?:s|ed)?|expel(?:s|led)?)|[’']s)\s+(?:"
    # Titles of office may stand between: "with President Ann Roe's", "to Chief Minister".
    + _INTRO + r"\s+|(?-i:President|Vice|Prime|Chief|Minister|Chancellor|Premier|Governor|"
    r"Leader|Chairman|Chairwoman|Speaker|Secretary|King|Queen|Prince|Justice|Judge)\s+)"
    r"{0,3}$",
    re.IGNORECASE,
)


# A possessive straight after a past-tense verb: "accepted Roe's resignation", "welcomed
# Lee's decision" - the name belongs to the object, not to the subject.
OWNED_OBJECT = re.compile(r"(?:’s|'s|’|')\s+[a-z]")
AFTER_VERB = re.compile(r"\b[a-z]{3,}ed\s+$")


# Inside a relative clause or an apposition ("Lee, who served under Ann Roe, said"): the
# name there is not the subject of the sentence.
IN_CLAUSE = re.compile(r",\s+(?:who|whose|which|a\s+former|the\s+former)\s[^,.;:“”\"\n]*$")


# Inside what someone is reported to say ("Ferrity said he was glad Mr Harkin had joined"):
# the name there is not who has the floor. The speech verb follows a word of the same
# sentence, and no quotation mark, sentence end or ", but" clause comes between it and the
# name.
REPORTED = re.compile(
    r"[\w’'][ \t]+(?:said|says|told[ \t]+[\w ]{1,30}?|added|insisted|claimed|argued|warned|"
    r"admitted|confirmed|explained|believes|believed)[ \t]+(?:that[ \t]+)?"
    r"(?:(?!,[ \t]+(?:but|yet|although|though|whereas)\b)[^.!?“”\"\n:;])*$"
)
# "Ann Roe, chair of the branch, said Cllr Lee was ...": after the comma closing an
# apposition (unless the name is itself set off, as in "The plan, said Cllr Lee, was ...").
REPORTED_AFTER_COMMA = re.compile(
    r",[ \t]+(?:said|says|added|insisted|claimed|argued|warned|admitted|confirmed|explained)"
    r"[ \t]+(?:that[ \t]+)?[^.!?“”\"\n:;,]*$"
)


# "Mackie joined in 2007, when Angus MacAllan was ...": the subject of a clause hung on the
# sentence (not one opening it) is not who has the floor.
SUBORDINATE = re.compile(
    r"[\w,][ \t]+(?:when|while|whilst|after|before|since|because|although|though|until|"
    r"unless|whereas|as)[ \t]+(?:(?:[a-z][\w’'\-]*|[A-Z][\w’'\-]*)[ \t]+){0,3}$"
)
# "The move was welcomed by the party's MLA, Harold Kerr": the agent of a passive verb of
# speaking is the one who has the floor, as if the subject.
SPEAKING_AGENT = re.compile(
    r"\b(?:was|were|been|is|are)\s+(?:also\s+|later\s+|quickly\s+)?(?:welcomed|praised|"
    r"criticised|criticized|condemned|attacked|slammed|hailed|questioned|defended|"
    r"announced|confirmed|described|dismissed|greeted|applauded)\s+by\s+"
    r"[^.;:!?“”\"\n]{0,80}$"
)
# "But the party should let voters decide, said Cllr Lee." / "..., according to Ann Roe.":
# a name after an inverted speech tag that closes its sentence speaks what came before it, so
# it has the floor as a subject does.
INVERTED_TAG = re.compile(
    r",[ \t]+(?:said|says|added|adds|insisted|argued|warned|claimed|explained|admitted|"
    r"continued|according[ \t]+to)[ \t]+(?:(?:the|a)[ \t]+[^,.;:!?“”\"\n]{1,60}?[ \t]+)?"
    rf"(?:{_INTRO}[ \t]+)?$"
)
TAG_CLOSES = re.compile(r"(?:,[^.;:!?“”\"\n]{1,120})?(?:[.!?]|$)", re.MULTILINE)
PLACE_BEFORE = re.compile(r"\b(?:for|of|in|from|at|near|outside|across)\s+$")
AFTER_ROLE = re.compile(r"(?:\b[a-z]{3,}|\b(?:MP|MSP|MLA|MPP|TD|MEP|MS|AM)|[’']s),?\s+$")


# "PETER Roe has quit ...": tabloid and local papers set the first word of a story in capitals.
# A capitalised word that opens a line, or any common first name in capitals, followed by a
# name word is read in title case (same length, so offsets hold).
_CAPS_FIRST = re.compile(r"(?:(?<=\n)|^)([A-Z]{2,})(?=[ \t]+[A-Z][a-z])|"
                         r"(?<![\w’'\-])([A-Z]{3,})(?=[ \t]+[A-Z][a-z])", re.MULTILINE)


# "STEVE GALLOWAY is stepping down ...": a whole name in capitals opening a line, before
# lower-case words.
_CAPS_NAME = re.compile(r"(?:(?<=\n)|^)([A-Z][A-Z’'\-]+(?:[ \t]+[A-Z][A-Z’'\-]+){1,4})"
                        r"(?=,?[ \t]+[a-z(])", re.MULTILINE)


def normal_case(name: str) -> str:
    """A name written in capitals in normal case: "STEVE O'NEILL-McBRIDE" -> "Steve
    O'Neill-Mcbride", "GALLOWAY'S" -> "Galloway's". Words with lower-case letters are left
    as written."""
    def part(m: re.Match[str]) -> str:
        letters = m.group(0)
        possessive = letters == "S" and m.start() > 0 and m.string[m.start() - 1] in "’'"
        return letters.lower() if possessive else letters.capitalize()

    return " ".join(re.sub(r"[A-Z]+", part, w) if w.isupper() else w for w in name.split(" "))


def _caps_name(m: re.Match[str], text: str) -> str:
    """A capitalised run at the head of a line in normal case when it ends in a person's
    name ("STEVE GALLOWAY ...", "LABOUR COUNCILLOR STEVE GALLOWAY ..."): a title or a party
    may come first (left as written); the name's first word is a common first name, or its
    last is written in normal case elsewhere in the article ("Coun Galloway")."""
    words = m.group(1).split()
    head = 0
    while head < len(words) and (words[head].lower() in TITLES or canonical_party(words[head])):
        head += 1
    name = words[head:]
    if not 2 <= len(name) <= 3 or any(
            w.lower() in NOT_NAME or w.lower() in ORG_WORDS or canonical_party(w) for w in name):
        return m.group(1)
    last = normal_case(name[-1])
    if first_name_gender(name[0]) is None and not re.search(
            rf"(?<![\w’'\-]){re.escape(last)}(?![\w’'\-])", text):
        return m.group(1)
    return " ".join([*words[:head], normal_case(" ".join(name))])


def uncapped(text: str) -> str:
    """The text with a capitalised first name before a name word in title case."""
    text = _CAPS_NAME.sub(lambda m: _caps_name(m, text), text)
    def repl(m: re.Match[str]) -> str:
        word = m.group(0)
        low = word.lower()
        known = first_name_gender(word) is not None
        if m.group(1) and not known and (low in NOT_NAME or low in TITLES
                                         or canonical_party(word) or low in ORG_WORDS):
            return word  # "SNP Councillor Ann Roe", "THE Green group": not a first name
        return word.capitalize() if m.group(1) or known else word
    return _CAPS_FIRST.sub(repl, text)


# Titles of office written before a name that are no part of it ("Councilman Tom Lee",
# "Cathaoirleach Ann Roe"), beyond the honorifics `strip_titles` knows.
_OFFICE_TITLES = {
    "councilman", "councilwoman", "councilmember", "alderwoman", "cathaoirleach",
    "leas-chathaoirleach", "chairman", "chairwoman", "chairperson", "chair", "leader",
    "mayor", "provost", "convener", "convenor", "minister", "secretary", "whip",
}
# Words before a name that open an inverted tag ("Said Ms Roe:") or a sentence.
_OPENING_WORDS = {"said", "says", "added", "adds", "asked", "wrote", "continued", "explained"}


def _bare(word: str) -> str:
    return re.sub(r"(?:’s|'s|’|')$", "", word).strip(",.")


def _party_end(words: list[str], i: int) -> int:
    """The end of the longest party name starting at word `i`, or `i` when none does."""
    for j in range(min(len(words), i + 4), i, -1):
        if canonical_party(" ".join(_bare(w) for w in words[i:j])):
            return j
    return i


def affiliation_end(words: list[str]) -> int:
    """How many words at the head of a capitalised run say whose side a person is on or who
    they belong to rather than who they are: a party ("Liberal Democrat Ann Roe", "Tory Tom
    Lee", "SNP MSP Ann Roe"), an owner ("Reform UK's Tom Lee", "Labour's Ann Roe"), a speech
    verb opening an inverted tag ("Said Ms Roe"), or an office ("Councilman Tom Lee"). At
    least one word is always left; a party word that is a first name before one other word
    ("Alba Lopez") is kept."""
    cut, i = 0, 0
    while i < len(words) - 1:
        word = words[i]
        low = _bare(word).lower()
        end = _party_end(words, i)
        if end > i and end < len(words) and not (
                end == i + 1 and len(words) - end == 1 and first_name_gender(word)):
            i = cut = end
        elif re.search(r"[’']s?$", word) and word[:1].isupper():
            i = cut = i + 1  # an owner: "Reform UK's", "Labour's"
        elif low in _OPENING_WORDS | _OFFICE_TITLES or low in TITLES or not word[:1].isupper():
            i += 1  # a title or a role word between a party and the name: "SNP MSP", "Green
            if low in _OPENING_WORDS | _OFFICE_TITLES:  # councillor"; "Said", "Councilman"
                cut = i
        else:
            break
    return cut


def without_affiliation(name: str) -> str:
    """A speaker's name without the party, owner, office or opening verb written before it:
    "Liberal Democrat Ann Roe" -> "Ann Roe", "Said Ms Roe" -> "Ms Roe"."""
    words = name.split()
    return " ".join(words[affiliation_end(words) :]) if words else name
