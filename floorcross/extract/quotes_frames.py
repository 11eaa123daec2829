"""The narrative around quotations, with each quotation masked by one placeholder word.

Parsing only the frame keeps spaCy cost to the attribution sentences, keeps names spoken
inside a quotation from being taken as its speaker, and gives the parser a short, regular
sentence ("“something,” he said.") to attach the speaker to. The commonest shapes ("“...,”
Roe said", "Roe said: “...”", "“...,” she added", "Cllr Roe: “...”") are read from the frame
text with regular expressions, so most quotations never reach the parser at all.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from floorcross.extract.quotes_names import is_org_like
from floorcross.extract.quotes_scan import QuoteSpan
from floorcross.extract.speakers import (
    GROUP_NOUNS,
    MOUTHPIECES,
    OFFICES,
    ROLE_NOUNS,
    SPEECH_LEMMAS,
)

PLACEHOLDER = "something"
_KEEP_END = ".,?!"


@dataclass
class Frame:
    """One paragraph's text with quotations masked, and the way back to article offsets."""

    para: int
    text: str
    # (frame offset, article offset) where each copied piece of the article starts.
    pieces: list[tuple[int, int]] = field(default_factory=list)
    # frame offset of each placeholder -> index of the quotation in the span list.
    holes: dict[int, int] = field(default_factory=dict)
    # index of the quotation -> the quoted text the placeholder stands for.
    source: dict[int, str] = field(default_factory=dict)

    def to_article(self, pos: int) -> int:
        """Article offset of a frame offset (a placeholder maps to its quotation's start)."""
        k = bisect_right([f for f, _ in self.pieces], pos) - 1
        if k < 0:
            return self.pieces[0][1] if self.pieces else 0
        f, a = self.pieces[k]
        return a + (pos - f)


def build_frame(
    text: str, para: int, lo: int, hi: int, spans: list[tuple[int, QuoteSpan]]
) -> Frame:
    """Mask the given quotations (index, span) of paragraph [lo, hi)."""
    frame = Frame(para=para, text="")
    out: list[str] = []
    size = 0
    pos = lo
    for idx, span in spans:
        if span.start > pos:
            frame.pieces.append((size, pos))
            out.append(text[pos : span.start])
            size += span.start - pos
        frame.holes[size] = idx
        frame.source[idx] = text[span.start : span.end]
        last = text[span.end - 1]
        hole = PLACEHOLDER + (last if last in _KEEP_END else "")
        frame.pieces.append((size, span.start))
        out.append(hole)
        size += len(hole)
        pos = span.end
    if hi > pos:
        frame.pieces.append((size, pos))
        out.append(text[pos:hi])
    frame.text = "".join(out)
    return frame


def has_narrative(text: str, lo: int, hi: int, spans: list[QuoteSpan]) -> bool:
    """Whether the paragraph has words outside its quotations (else nothing to parse)."""
    pos = lo
    for span in spans:
        if any(c.isalpha() for c in text[pos : span.start]):
            return True
        pos = span.end
    return any(c.isalpha() for c in text[pos:hi])


# --- Cheap attribution: the common shapes read without a parse -------------------------------

_IRREGULAR = {
    "said": "say", "says": "say", "told": "tell", "tells": "tell", "wrote": "write",
    "written": "write", "writes": "write", "spoke": "speak", "hit": "hit", "read": "read",
    "according": "accord",
}


def _speech_forms() -> dict[str, str]:
    forms = dict(_IRREGULAR)
    for lemma in SPEECH_LEMMAS:
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        past = lemma + "d" if lemma.endswith("e") else (
            lemma[:-1] + "ied" if lemma.endswith("y") and lemma[-2] not in "aeiou" else lemma + "ed"
        )
        third = lemma[:-1] + "ies" if lemma.endswith("y") and lemma[-2] not in "aeiou" else (
            lemma + "es" if lemma.endswith(("s", "sh", "ch", "x")) else lemma + "s"
        )
        for form in (lemma, past, third, stem + "ing"):
            forms.setdefault(form, lemma)
    return forms


SPEECH_FORMS = _speech_forms()
_VERB = (
    r"(?:said|says|told|tells|added|adds|wrote|writes|tweeted|posted|explained|continued|"
    r"insisted|claimed|argued|warned|stated|declared|commented|replied|responded|admitted|"
    r"revealed|confirmed|concluded|recalled|noted|stressed|urged|asked|remarked|vowed)"
)
_ADV = r"(?:(?:later|also|then|previously|earlier|simply|recently|once|has|had|have)\s+)*"
_NAME = (
    r"(?!(?:The|A|An|In|It|This|That|His|Her|Their|Its|Our|But|And|When|After|As)\b)"
    r"(?:(?:Cllr|Councillor|Coun|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness|Senator|Sen|"
    r"Rep|Gov|Hon|Rev|Prof)\.?\s+)?"
    r"[A-Z][\w’'\-]*(?:\s+(?:(?:ab|ap|de|van|von|der|den|al|bin|da|di|du|le|la)\s+)*"
    r"[A-Z][\w’'\-]*){0,3}"
)
# Two or more capitalised words: a name that needs no title to be read as one.
_FULL_NAME = (
    r"[A-Z][\w’'\-]*(?:\s+(?:(?:ab|ap|de|van|von|der|al|bin|da|di|du|le|la)\s+)*"
    r"[A-Z][\w’'\-]*){1,3}"
)
_PRON = r"(?:he|she|He|She)"
# "Roe's deputy, Ann Lee, said:", "Announcing Mr James' defection, Ann Lee said:": a
# possessive is not the subject (a document of Roe's is left to the parse).
_NOT_OWNER = r"(?<![’']s)(?<![’'])"
# A description before an apposed name: "the Liberal Democrat leader of the opposition, ".
_DESCRIBED = r"(?:the|a|an|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[^,“”\"‘’:;.]|[’']s\b){1,80},\s+"
# A character of a document's description that names no author ("from", "by", "attributed
# to" do).
_UNAUTHORED = (r"(?:(?!\b(?:from|by|behalf|attributed|signed|written|issued|released|posted)\b)"
               r"[^,:“”\".])")
# "A letter sent to Cllr Roe informing her of the decision read:" / "The statement, in which
# the group distanced itself from him, said:": a document introduces the quotation, and a
# name inside its description (whom it was sent to, whom it is about) is not its author.
_DOCUMENT_SPEAKS = re.compile(
    r"(?:^|[.;]\s+)(?P<det>A|An|The)\s+(?:[\w’'\-]+\s+){0,3}?"
    r"(?P<subj>letter|statement|message|email|e-mail|note|memo|notice|post|tweet)"
    rf"(?:,{_UNAUTHORED}{{1,150}},|\s+{_UNAUTHORED}{{1,150}}?)?"
    r"\s+(?:read|reads|said|says|stated|states)\s*:\s*[\"“‘']?$"
)
_TITLE = r"(?:Cllr|Councillor|Coun|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness|Senator|Sen)"
# Lower-case role words a name follows directly: "group leader Ann Roe said:".
_ROLE_BEFORE = (
    r"(?:leader|chair|chairman|chairwoman|chairperson|convenor|convener|secretary|president|"
    r"councillor|member|candidate|minister|whip|spokesman|spokeswoman|spokesperson|treasurer|"
    r"organiser|organizer|agent|officer|director|founder|colleague|activist|campaigner|mayor|"
    r"deputy|boss|head|cabinet\s+member|representative|senator|legislator|lawmaker)"
)
# Capitalised words (a body, a place) and lower-case qualifiers, then a role word: "Wexley
# Labour group leader", "party chairman", "Green Party deputy leader".
_ROLE_DESCRIBED = (
    rf"(?:(?:[A-Z][\w’'\-]*|group|party|council|deputy|former|local|county|branch|assistant)"
    rf"\s+){{0,5}}?{_ROLE_BEFORE},?\s+(?:{_TITLE}\.?\s+)?"
)
_AFTER_PATTERNS = (
    re.compile(rf"^[,.!?]?[\"”’']?[,.!?]?\s*(?P<subj>{_PRON}|{_NAME})"
               rf"(?:,[^,:“”\"]{{1,150}},)?\s+{_ADV}{_VERB}\b"),
    # "“...,” said Wexley Labour group leader Ann Roe.": the name after the role, not the body.
    re.compile(rf"^[,.!?]?[\"”’']?[,.!?]?\s*{_VERB}\s+{_ROLE_DESCRIBED}(?P<subj>{_FULL_NAME})"
               rf"(?=[\s,.;:]|$)"),
    re.compile(rf"^[,.!?]?[\"”’']?[,.!?]?\s*{_VERB}\s+(?P<subj>{_PRON}|{_NAME})(?=[\s,.;:]|$)"),
    # "“...,” the party's leader on the council, Ann Roe, said" / "..., said the leader, Ann Roe."
    re.compile(rf"^[,.!?]?[\"”’']?[,.!?]?\s*{_DESCRIBED}(?P<subj>{_NAME}),?\s+{_ADV}{_VERB}\b"),
    re.compile(rf"^[,.!?]?[\"”’']?[,.!?]?\s*{_VERB}\s+{_DESCRIBED}(?P<subj>{_NAME})"
               rf"(?=[\s,.;:]|$)"),
)
# "But party colleague Tom Lee disagreed:" / "Former mayor Ann Roe was scathing:" - a
# description before a full name.
_DESCRIBED_BEFORE = re.compile(
    rf"(?:^|[.;]\s+|^[A-Z][^,:“”\"]{{0,120}},\s+)(?:(?:But|And|So|Yet|Now)\s+)?"
    rf"(?:[\w’'\-]+\s+){{1,4}}?(?P<subj>{_FULL_NAME}){_NOT_OWNER}"
    rf"(?:,[^,:“”\"]{{1,150}},)?,?\s+[a-z][^:“”\".]{{0,80}}[:,]\s*[\"“‘']?$"
)
# "Roe's manager read a statement from Roe:" / "a letter on behalf of Cllr Roe said:" - the
# author of the document speaks, not the one reading it out.
_FROM_AUTHOR = re.compile(
    rf"\b(?:statement|letter|message|note|post|email|e-mail)\s+(?:(?:issued|written|sent|"
    rf"released|signed|read)\s+)?(?:(?:from|by|on\s+behalf\s+of)\s+(?P<subj>him|her|{_NAME})"
    rf"|on\s+(?P<own>his|her)\s+behalf)(?![\w’'])(?![’']s\b)[^:“”\".]{{0,60}}[:,]\s*[\"“‘']?$"
)
# "Wyre Dale Conservative group leader Ann Roe said:" - a full name after a lower-case
# role word and straight before the verb, whatever capitalised words describe it first.
_ROLE_NAMED = re.compile(
    rf"\b{_ROLE_BEFORE},?\s+(?:{_TITLE}\.?\s+)?(?P<subj>{_FULL_NAME}){_NOT_OWNER}\s+{_ADV}"
    rf"{_VERB}\b"
    rf"[^:“”\".]{{0,80}}[:,]\s*[\"“‘']?$"
)
# A sentence opening with a participle ("Announcing ...", "Welcoming ..."): the name after it
# is its object, not the speaker.
_PARTICIPLE = re.compile(r"[A-Z][a-z]+ing\s+[A-Z]")
_IN_PARTICIPLE = re.compile(r"\s*[A-Z][a-z]+ing\b[^,]*$")
# "A spokesman for group leader Ann Roe said:": the one named speaks through someone else.
_SPEAKS_FOR = re.compile(r"\b(?:spokes\w+|sources?|aides?|officials?)\s+(?:for|of|to|close)\b",
                         re.IGNORECASE)
# A participle clause between a speaker and the verb, with or without commas.
_WHILE_DOING = r"\s+(?:while|when|after|before)\s+[a-z]+ing\b[^,:“”\".]{0,80}?"
_BEFORE_PATTERNS = (
    _FROM_AUTHOR,
    _DOCUMENT_SPEAKS,
    # "Ann Roe, the MP for the seat of X, tweeted on Monday:" / "In a post, he wrote:" /
    # "Roe while speaking to reporters in Leeds said,"
    re.compile(
        rf"(?:^|[.;]\s+|^[A-Z][^,:“”\"]{{0,120}},\s+)(?:(?:But|And|So|Yet|Now)\s+)?"
        rf"(?P<subj>{_PRON}|{_NAME}){_NOT_OWNER}"
        rf"(?:,[^,:“”\"]{{1,150}},|{_WHILE_DOING})?,?\s+{_ADV}{_VERB}\b[^:“”\".]{{0,80}}[:,]\s*"
        rf"[\"“‘']?$"
    ),
    _ROLE_NAMED,
    # "In a letter, she set out her reasons:" - whoever introduces a quotation with a colon.
    re.compile(
        rf"(?:^|[.;]\s+|^[A-Z][^,:“”\"]{{0,120}},\s+)(?:(?:But|And|So|Yet|Now)\s+)?"
        rf"(?P<subj>{_PRON}|{_NAME}){_NOT_OWNER}"
        rf"(?:,[^,:“”\"]{{1,150}},)?,?\s+[a-z][^:“”\".]{{0,80}}:\s*[\"“‘']?$"
    ),
    _DESCRIBED_BEFORE,
    # "Cllr Ann Roe: “...”" / "Opposition leader Ann Roe: “...”" - a colon and no verb at all.
    re.compile(rf"^\s*(?P<desc>(?:[\w’'\-]+\s+){{0,5}}?)(?P<subj>{_NAME})\s*:\s*[\"“‘']?$"),
)
_SENT_END = re.compile(
    r"(?:(?<=[.!?])|(?<=[.!?][\"”’']))\s+(?=[A-Z“\"‘']|" + PLACEHOLDER + r"\b)"
)
_SPEECH_WORD = re.compile(r"[a-z]+")
# "Roe said he would ..." anywhere in an earlier sentence of the paragraph.
_SUBJECT_VERB = re.compile(
    rf"(?:^|[,;][\"”’']?\s+|\b(?:and|but|as|when)\s+)(?P<subj>{_PRON}|{_NAME})"
    rf"(?:,[^,:“”\"]{{1,150}},)?,?\s+{_ADV}{_VERB}\b"
)


@dataclass
class Quick:
    """A speaker read from the text alone: a name as written or a pronoun, and where it is
    (frame offset)."""

    # "name", "pronoun", "org" (a body as a document's author), "document" (value: its noun,
    # whose author the article named before) or "anon" (a document that names no author)
    kind: str
    value: str
    pos: int


_ABBREVIATION = re.compile(
    r"(?<![\w.])(?:Mr|Mrs|Ms|Dr|St|Rep|Sen|Gov|Lt|Col|Gen|Hon|Rev|Prof|Cllr|Coun|Capt|Sgt|No)\.$"
)


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of the sentences of a frame, split at end punctuation before a capital."""
    out, lo = [], 0
    for m in _SENT_END.finditer(text):
        if _ABBREVIATION.search(text, max(0, m.start() - 6), m.start()):
            continue  # "said Rep. Ann Roe": a title, not the end of a sentence
        out.append((lo, m.start()))
        lo = m.end()
    out.append((lo, len(text)))
    return [(a, b) for a, b in out if text[a:b].strip()]


# Sentences saying someone did not speak: they give nobody the floor.
_SILENT = re.compile(
    r"\b(?:declin|refus)\w*\s+to\s+(?:comment|respond|speak)|\b(?:did\s+not|didn[’']t|has\s+not|"
    r"hasn[’']t|have\s+not|had\s+not)\s+(?:yet\s+)?(?:respond|repl|return|comment)\w*|"
    r"\bcould\s+not\s+be\s+reached|\bnot\s+available\s+for\s+comment|\bno\s+comment\b|"
    r"\bapproached\s+for\s+comment|\bcontacted\s+for\s+comment",
    re.IGNORECASE,
)


def is_silent(text: str) -> bool:
    """"Roe declined to comment" / "Lee did not respond to a request": nobody speaks."""
    return bool(_SILENT.search(text))


def has_speech(text: str) -> bool:
    """Whether a stretch of narrative holds a speech verb, a colon or "according to": only
    then can it say who speaks."""
    if ":" in text:
        return True
    return any(w in SPEECH_FORMS for w in _SPEECH_WORD.findall(text.lower()))


_PRONOUN_SEX = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}


def _quick(m: re.Match[str], base: int) -> Quick:
    group = "own" if m.groupdict().get("own") else "subj"
    subj = m.group(group)
    pos = base + m.start(group)
    if subj.lower() in _PRONOUN_SEX:
        return Quick("pronoun", _PRONOUN_SEX[subj.lower()], pos)
    return Quick("name", subj, pos)


def quick_after(text: str, hole_end: int) -> Quick | None:
    """"“...,” Roe said" / "“...,” said Roe" / "“...,” she added": the speaker after."""
    rest = text[hole_end:]
    for pat in _AFTER_PATTERNS:
        m = pat.match(rest)
        if m:
            return _quick(m, hole_end)
    return None


# "Roe was told by Lee:" - the passive subject is not the one speaking (left to the parse).
_PASSIVE_BY = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:\w+\s+)?\w+ed\s+by\b|"
                         r"\b(?:was|were|is|are|been|being)\s+told\s+by\b")


def quick_before(text: str, lo: int, hole: int) -> Quick | None:
    """"Roe said: “...”" / "Cllr Roe: “...”": the speaker in the clause before the quote."""
    return next(iter(quick_before_all(text, lo, hole)), None)


def quick_before_all(text: str, lo: int, hole: int) -> list[Quick]:
    """Every reading of the clause before the quote, likeliest first."""
    head = text[lo:hole].rstrip()  # 'said, " Next ...': a space after the mark
    out = []
    for pat in _BEFORE_PATTERNS:
        m = pat.search(head)
        if not m or _PASSIVE_BY.search(head, m.end("own" if m.groupdict().get("own") else "subj")):
            continue
        desc = m.groupdict().get("desc") or ""
        if any(w in SPEECH_FORMS or w in ("by", "to") for w in desc.lower().split()):
            continue  # "Roe told Lee:" is not a description of Lee
        if pat is _DESCRIBED_BEFORE and _modifier(m, head):
            continue
        if m.group("subj") and (_PARTICIPLE.match(m.group("subj"))
                                or _IN_PARTICIPLE.match(head[: m.start("subj")])):
            continue  # "Welcoming Cllr Roe to the group, Ann Lee said:": Roe is welcomed
        if pat is _ROLE_NAMED and (is_org_like(m.group("subj"))
                                   or _SPEAKS_FOR.search(head, 0, m.start("subj"))):
            continue
        quick = _quick(m, lo)
        if pat is _DOCUMENT_SPEAKS:
            # An indefinite one names no author; "the statement" is the one spoken of before.
            quick.kind = "anon" if m.group("det") != "The" else "document"
        if pat is _FROM_AUTHOR and is_org_like(quick.value):
            quick.kind = "org"  # "a statement from Wyre Dale Conservatives read:"
        out.append(quick)
    return out


_HEADS = {w.rstrip("s") for w in GROUP_NOUNS | OFFICES | MOUTHPIECES | ROLE_NOUNS}


def _modifier(m: re.Match[str], head: str) -> bool:
    """Whether a described name is a body's name or part of a longer noun phrase ("the
    Castlemoor Green group said:", "Membership, Ethics and Standards Committee said:")."""
    if is_org_like(m.group("subj")):
        return True
    before = head[: m.start("subj")].split()
    desc = {w.lower().strip(",") for w in head[m.start() : m.start("subj")].split()}
    if desc & (MOUTHPIECES | {"for", "of", "from", "by", "to", "with", "about"}):
        return True  # "A spokesperson for Chief Whip Ann Roe said:" is not Ann Roe speaking
    after = re.match(r"\s+([a-z]+)", head[m.end("subj") :])
    return bool(before and before[-1].lower() in ("the", "a", "an")) or bool(
        after and after.group(1).rstrip("s") in _HEADS)


def quick_subject(text: str) -> Quick | None:
    """The speaker of a sentence that says who is speaking: "Roe said the ..."."""
    m = _SUBJECT_VERB.search(text)
    return _quick(m, 0) if m else None
