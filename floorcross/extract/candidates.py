"""The cheap filter in front of spaCy: which sentences could report an affiliation change.

A sentence is a candidate when it holds a trigger word (quit, resign, defect, suspend, whip ...)
and, in itself or in the sentence before, a party signal ("Labour", "the party", "independent",
"membership"). Only candidates, a little context before them and the sentences naming the people
they mention are parsed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from floorcross.extract.fastregex import with_first_char_check
from floorcross.extract.party_filter import more_triggers, names_party
from floorcross.extract.terms import PARTY_RE

# Deliberately wide: recall matters here, the rules after the parse decide.
TRIGGER_RE = with_first_char_check(re.compile(
    r"\b(?:quit(?:s|ting)?|resign(?:s|ed|ing|ation|ations)?|(?<!the )left(?![- ]wing)"
    r"|leav(?:e|es|ing)"
    r"|defect(?:s|ed|ing|ion|ions|or|ors)?|join(?:s|ed|ing)?|rejoin(?:s|ed|ing)?"
    r"|cross(?:ed|es|ing)? the floor|switch(?:es|ed|ing)?|suspen(?:d|ds|ded|ding|sions?)"
    r"|expel(?:s|led|ling)?|expulsions?|whip|de-?select(?:s|ed|ing|ion)?"
    r"|re-?admit(?:s|ted|ting)?|re-?admission|re-?instat(?:e|ed|es|ing|ement)|re-join\w*"
    # A sanction ended: "had their bans lifted", "her membership was restored".
    r"|lift(?:s|ed|ing)?|restor(?:e|es|ed|ing)"
    r"|tor(?:e|n) up|rip(?:ped)? up|handed in|tender(?:ed|ing)?"
    r"|kicked out|thrown out|threw out|booted out|welcom(?:e|ed|es|ing)"
    r"|(?:cast|drummed|turfed|chucked) out of"
    # A membership ended: "terminated his party membership", "had her membership revoked".
    r"|(?:terminat|revok|cancel|rescind|annul)\w* (?:\S+ ){0,4}?membership"
    r"|membership (?:\w+ ){0,2}?(?:terminated|revoked|cancell?ed|rescinded|annulled)"
    # The person between verb and particle: "kicked MPP X out of caucus".
    r"|(?:kick|boot|turf|threw|throw)(?:s|ed|ing|n)? (?:\S+ ){1,4}?out of"
    r"|(?:allow(?:s|ed|ing)?|let|taken|took) back"
    r"|no longer (?:a|be a) member|no longer an? [A-Z]\w+|as (?:an? )?independents?"
    r"|(?:st(?:ood|ands?|anding)|step(?:s|ped|ping)?) down from"
    r"|broken? (?:away |ranks )?(?:from|with)"
    r"|jump(?:s|ed|ing)? ship|affiliation|allegiance|bann?(?:ed|ing)? from"
    r"|chang(?:e|es|ed|ing) (?:\w+ )?part(?:y|ies)"
    # "changed his registration to Democrat", "switched sides"
    r"|(?:chang|switch)\w* (?:\w+ ){0,3}?(?:registration|sides)"
    r"|walk(?:s|ed|ing)? away|step(?:s|ped|ping)? away|departure"
    r"|mov(?:e|es|ed|ing) (?:over )?to|swap(?:s|ped|ping)?"
    # Removals from a party body or candidacy: "removed from the caucus", "dumped from
    # preselection", "lost preselection", "disendorsed", "dropped as the party's candidate".
    r"|(?:remov|oust|eject|dropp|dump|ax|boot|kick|thrown|strip|cut|replac|sack)"
    r"(?:e|es|ed|ing|ped)? "
    r"(?:\w+ ){0,3}?(?:from|of|off|as)\b"
    # A sanction undone: "has won her appeal", "successfully appealed".
    r"|won (?:\w+ ){0,2}?appeal|successfully appeal\w*"
    r"|pre-?selection|disendors\w*|endorsement|deselect\w*"
    # Deselection told without the word: "was not re-selected", "not picked to stand again",
    # "blocked from standing", "lost a selection ballot", "her rejection as a candidate".
    r"|re-?select\w*|selection|(?:selected|picked|chosen|endorsed|nominated) (?:to|as|for)"
    r"|from (?:standing|running)|reject(?:ion|ed) as|(?:denied|refused) (?:\w+ ){0,2}?nomination"
    # A party of one's own: "launched his own party", "has formed a new party".
    r"|(?:form|found|launch|start|creat|establish|set)\w* (?:up )?(?:his|her|their|a) (?:own )?"
    r"(?:new )?party"
    # Back in a party: "is returning to Labour", "returned to the Tory fold".
    r"|return(?:s|ed|ing)? to|back in the|fold"
    # Leaving verbs the trigger rules know: "ditched the SNP", "deserted Labour".
    r"|ditch(?:es|ed|ing)?|desert(?:s|ed|ing)|abandon(?:s|ed|ing)?|exit(?:s|ed|ing)?"
    # The same change told by reference: "the second member to do so", "followed suit".
    r"|to do so|follow(?:s|ed|ing)? suit"
    # Where someone sits now: "the now-independent councillor", "I will be an independent".
    r"|now[- ]independent|(?:be|become|became|becomes|becoming|now) an? independent)\b",
    re.IGNORECASE,
))
PARTY_SIGNAL_RE = re.compile(
    r"\b(?:the party|party|parties|independent|membership|members?|whip|group|defect\w*|caucus"
    r"|pre-?selection"
    # A titled elected member: "the suspension of Coun X", "Cllr Y was expelled".
    r"|Cllrs?|Coun|councill?ors?|MPs?|MSPs?|MLAs?|TDs?|[Ss]enators?"
    # Indian parties named bare ("joined the BJP"); a bare "Congress" is a legislature in US copy.
    r"|BJP|Bharatiya Janata|AAP|Aam Aadmi|Trinamool|Shiv Sena|DMK|AIADMK)\b",
    re.IGNORECASE,
)

# A sentence ends at . ! ? (with closing marks) before a capital or an opening mark, or at a
# line break. Abbreviations that take a capitalised word after them do not end sentences.
# A word hyphenated across a line break ("Prit-\nchard") does not end at the break.
_END = re.compile(
    r"[.!?…]+[\"'”’)]*(?=\s+[\"'“‘(]?[A-Z0-9])|(?<![A-Za-z]-)\n+|\n+(?![a-z])"
)
_ABBREV = re.compile(
    r"\b(?:Cllr|Coun|Dr|Mr|Mrs|Ms|Mx|Prof|Rev|St|Sr|Jr|Rt|Hon|Gen|Lt|Col|Sgt|No|Sen|Rep|Gov|Del"
    r"|[A-Z])\.$"
)


_MONTH_ABBREV = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$")
# Characters of a sentence's end the two patterns above are tried on: longer than their
# longest match ("Sept." and a final line break) plus the character "\b" looks at.
_TAIL = 16


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int


def split_sentences(text: str) -> list[Sentence]:
    """Sentences (stripped of surrounding space) with offsets into `text`."""
    out: list[Sentence] = []
    pos = 0
    for m in _END.finditer(text):
        # Both abbreviation patterns are anchored at the end and at most a few characters
        # long: the end of the sentence is all they need to see (with a margin for "\b").
        tail = text[max(pos, m.end() - _TAIL) : m.end()]
        if m.group(0).strip() and _ABBREV.search(tail):
            continue
        if _MONTH_ABBREV.search(tail) and text[m.end():].lstrip()[:1].isdigit():
            continue  # "on Dec. 18"
        _append(text, pos, m.end(), out)
        pos = m.end()
    _append(text, pos, len(text), out)
    return out


def _append(text: str, start: int, end: int, out: list[Sentence]) -> None:
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    trail = len(chunk) - len(chunk.rstrip())
    if end - trail > start + lead:
        out.append(Sentence(start + lead, end - trail))


# A line of a list of movers with no verb: "- A, to the ANC", "B – to the Greens".
LIST_MOVE_RE = re.compile(r"^\W{0,2}[A-Z][^,;:]{2,60}[,–—-]\s*to (?:the )?[A-Z][^,;.]{0,40}[;.]?$")


def is_candidate(sentence: str, previous: str = "") -> bool:
    """Trigger word here, party signal here or in the sentence before (a line of a list of
    movers is a candidate of its own)."""
    if LIST_MOVE_RE.search(sentence):
        return True
    if not (TRIGGER_RE.search(sentence) or more_triggers(sentence)):
        return False
    return any(
        PARTY_RE.search(s) or PARTY_SIGNAL_RE.search(s) or names_party(s)
        for s in (sentence, previous)
    )


def candidate_indices(text: str, sentences: list[Sentence]) -> list[int]:
    """Indices of the candidate sentences."""
    out = []
    for i, s in enumerate(sentences):
        prev = text[sentences[i - 1].start : sentences[i - 1].end] if i else ""
        if is_candidate(text[s.start : s.end], prev):
            out.append(i)
    return out


def with_context(candidates: list[int], total: int, before: int = 2, after: int = 1) -> list[int]:
    """Candidate indices plus the sentences around them, sorted and unique."""
    keep: set[int] = set()
    for i in candidates:
        keep.update(range(max(0, i - before), min(total, i + after + 1)))
    return sorted(keep)
