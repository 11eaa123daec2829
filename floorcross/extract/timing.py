"""When a reported change happened: the date phrase of the trigger's own clause, resolved
against the publication date, only as precise as the words allow."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from floorcross.extract.dates import find_date_expressions, text_reference, written_days
from floorcross.extract.dates import resolve_date as _resolve
from floorcross.extract.mentions import ParsedSentence
from floorcross.extract.parse import ParsedArticle

# "a day later", "the next day": the change is dated by the last date the text gave.
_LATER = re.compile(
    r"\b(?:(?:a|one|two|three|a few|few|\d+) (?:day|days|week|weeks) later"
    r"|the (?:next|following) (?:day|week|morning)|later that (?:day|week|month)|shortly after)\b",
    re.IGNORECASE,
)
# Time words that date fresh news, and words showing a sentence reports the move itself.
_FRESH = re.compile(r"\b(?:(?:earlier\s+)?today|tonight|this\s+(?:morning|afternoon|evening|week)"
                    r"|yesterday|last\s+night|(?<!mail )(?<!mail on )(?:(?:on|last)\s+)?"
                    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?)\b"
                    # US and New Zealand copy drops the "on": "announced Thursday"; a weekday's
                    # sitting dates what was done there ("letters read during Tuesday's plenary")
                    r"(?!['’]s(?!\s+(?:plenary|sitting|session|meeting|vote|announcement))"
                    r"|\s+(?:times|post|mail|herald|telegraph|express|mirror|people|world))",
                    re.IGNORECASE)
# A quotation in the person's own voice about the move ("I left the party this morning").
_OWN_VOICE = re.compile(r"\b(?:I|I'(?:ve|m)|I’(?:ve|m)|my)\b")
_MOVE = re.compile(r"\b(?:defect\w*|quit\w*|resign\w*|join\w*|left|leav\w+|suspen[ds]\w*|"
                   r"expel\w*|expul\w*|remov\w*|oust\w*|sack\w*|ditch\w*|dump\w*|"
                   r"whip|move|switch\w*|decision|announc\w+|confirm\w*|statement|"
                   r"crossed|re-?join\w*|re-?admit\w*|de-?select\w*|re-?instat\w*)\b",
                   re.IGNORECASE)
_PERFECT_MOVE = re.compile(
    r"\b(?:has|have|'s|’s)\s+(?:now\s+|just\s+|also\s+|both\s+|all\s+)?(?:been\s+)?"
    r"(?:defected|quit|left|joined|resigned|switched|crossed|suspended|expelled|rejoined|"
    r"re-?admitted|de-?selected|re-?instated|had the whip|lost the whip|walked|become)\b",
    re.IGNORECASE)
# A headline's present tense: "Councillor quits Labour", "Two MPs defect to Reform UK".
_HEADLINE_MOVE = re.compile(
    r"\b(?:quits|defects|joins|resigns|leaves|switches|crosses|rejoins|(?:is|are)\s+(?:suspended"
    r"|expelled|de-?selected|re-?admitted)|(?:defect|quit|join|switch|resign)\s+(?:to|from|the|as)\b)"
    r"\b", re.IGNORECASE)
_ANNOUNCING = frozenset({"announce", "confirm", "reveal", "declare", "tender", "hand", "submit",
                         "say", "tell", "tweet", "post", "write", "disclose", "inform",
                         "notify", "advise", "release", "issue"})
# Verbs reporting the news: "said she had resigned" in the lead is the news itself.
_REPORTING = frozenset({"say", "tell", "confirm", "announce", "reveal", "disclose", "explain",
                        "write", "tweet", "post"})
# Dates that say how long, not when ("since 2018", "for 20 years").
_DURATION_PREPS = frozenset({"since", "for", "until", "till", "throughout"})


def resolve_date(expression: str, published) -> str | None:
    """The shared resolver; an expression it cannot take costs the date, never the event."""
    try:
        return _resolve(expression, published)
    except Exception:  # one odd phrase must not stop the article
        return None


def _same_event(verb: Token) -> bool:
    """"crossed the floor to join X in 2019": the joining is the trigger's own event; so is
    the handing in of it ("has resigned, issuing his resignation last night")."""
    lemma = verb.lemma_.lower()
    if lemma in ("join", "defect", "switch"):
        return verb.dep_ in ("xcomp", "advcl")
    # "Speaking on Monday, X said ...", "in a video posted on Tuesday"
    return verb.dep_ in ("xcomp", "advcl", "acl") and lemma in ("issue", "speak", *_ANNOUNCING)


def _belongs(ent: Span, tok: Token) -> bool:
    """The date phrase hangs off the trigger without crossing into another verb's clause."""
    cur = ent.root
    own_prep = True  # only the date's own preposition says "how long": "for 12 months in 2020"
    while cur.i != tok.i:
        if cur.head.i == cur.i:
            return False
        if cur.dep_ == "prep":
            if own_prep and cur.lower_ in _DURATION_PREPS:
                return False
            own_prep = False
        if cur.lower_ in _LATER_THINGS and cur.dep_ in ("advmod", "prep"):
            return False  # "ahead of the polls", "due in November"
        cur = cur.head
        if cur.i != tok.i and cur.pos_ in ("VERB", "AUX") and not _same_event(cur):
            return False
    return True


def date_for(tok: Token, sent: ParsedSentence, art: ParsedArticle) -> str | None:
    """The date of the change the trigger reports: a date phrase of its own clause; else a
    fresh-news time word ("this morning") in a neighbouring sentence or the lead that reports
    the same move; else, for a present-perfect report ("has defected"), the publication month.
    Never more precise than the publication date when it was reckoned from it; a page with no
    date is reckoned from the latest day its text writes out in full, to the month."""
    if art.published is None:
        reference = _reference(art.text)
        if reference is not None:
            art = replace(art, published=reference, published_precision="month")
    return _within_precision(_date_for(tok, sent, art), art)


@lru_cache(maxsize=64)
def _reference(text: str) -> date | None:
    return text_reference(text)


@lru_cache(maxsize=64)
def _written(text: str) -> frozenset[str]:
    return frozenset(written_days(text))


def _within_precision(value: str | None, art: ParsedArticle) -> str | None:
    """A page dated only "2011-02" cannot say which day "on Tuesday" was: a day in the
    publication month (or a month of a year-only date) is cut back to what is known. A day the
    text writes out with its year ("On August 19, 2024") needs no publication date."""
    if value is None or art.published is None or art.published_precision == "day":
        return value
    if value in _written(art.text):
        return value
    keep = 7 if art.published_precision == "month" else 4
    known = art.published.isoformat()[:keep]
    return known if value.startswith(known) else value


def _date_for(tok: Token, sent: ParsedSentence, art: ParsedArticle) -> str | None:
    found = _dates_of(tok, sent, art) or _noun_clause_dates(tok, sent, art)
    if not found and _LATER.search(sent.text):
        return _earlier_date(sent, art)
    announcer = _announcer(tok) or _nominal_announcer(tok) or _consequence(tok)
    trailing = announcer is not None and announcer in _trailers(tok)
    if not found and announcer is not None and not trailing:
        found = _dates_of(announcer, sent, art)  # "announced his defection on Saturday"
    if found:
        return max(found, key=len)
    if art.published is None or _in_quote(tok, sent, art) or not _reported_fresh(tok, sent, art):
        # "X quit Labour, he told the paper on Monday": the telling still dates a plain report
        return _reported_on(tok, sent, art) if trailing else None
    return (_neighbour_time(sent, art) or _reported_on(tok, sent, art)
            or _publication_day(tok, sent, art) or f"{art.published:%Y-%m}")


def _publication_day(tok: Token, sent: ParsedSentence, art: ParsedArticle) -> str | None:
    """One person's move told in the present perfect as the news of a dated report's lead ("X
    has been suspended from Labour") happened on the day the report went out; several people's
    ("a wave of resignations", "A and B have quit") may have come over days, so they keep the
    month."""
    if art.published_precision != "day" or sent.index not in _lead(art):
        return None
    chain = _verb_chain(tok)
    subjects = [c for v in chain for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or _plural(subjects[0]):
        return None
    auxes = [a.lower_ for v in chain for a in v.children if a.dep_.startswith("aux")]
    # The present perfect is the grammar of the day's news ("has quit"); a plain past or a
    # reported "had quit" may be any day before. "have" agrees with a plural the tagger
    # misreads ("Labour MPs A and B have been suspended").
    if not any(a in ("has", "'s", "’s") for a in auxes):
        return None
    return art.published.isoformat()


def _plural(subject: Token) -> bool:
    return (subject.tag_ in ("NNS", "NNPS") or subject.lower_ in ("they", "we")
            or any(t.dep_ == "conj" for t in subject.subtree))


def _trailers(tok: Token) -> list[Token]:
    """The reporting verbs told after the news they report: "X has joined Y, party officials
    said on Friday" (parsed as a trailing clause, or with the news as what was said)."""
    chain = _verb_chain(tok)
    out = [c for v in chain for c in v.children
           if c.dep_ == "parataxis" and c.lemma_.lower() in _REPORTING]
    out += [v.head for v in chain if v.dep_ == "ccomp" and v.head.i > v.i
            and v.head.lemma_.lower() in ("say", "tell")]
    return out


def _reported_on(tok: Token, sent: ParsedSentence, art: ParsedArticle) -> str | None:
    """The day the news was told, when nothing closer dates the move itself: "X has joined Y,
    office-bearers said on Friday"."""
    for verb in _trailers(tok):
        found = _dates_of(verb, sent, art)
        if found:
            return max(found, key=len)
    return None


def _announcer(tok: Token) -> Token | None:
    """The verb announcing the change, when the trigger is what it announces: "announced his
    defection", "disclosed on Friday that she had quit Plaid and joined the Greens", "confirmed her
    decision to quit"."""
    cur = tok
    for _ in range(3):
        if cur.dep_ not in ("dobj", "ccomp", "conj", "xcomp", "acl", "relcl") or cur.head is cur:
            return None
        cur = cur.head
        if cur.lemma_.lower() in _ANNOUNCING:
            return cur
    return None


_MOVE_NOUNS = frozenset({"decision", "move", "defection", "resignation", "departure", "switch",
                         "expulsion", "suspension", "exit"})
# Nouns a move is told through: "informed the party of his decision to resign".
_INTENT_NOUNS = _MOVE_NOUNS | {"intention", "plan", "wish", "desire"}
# The words between such a noun and the verb telling it: "of", "this evening of his decision".
_NOMINAL_LINKS = frozenset({"pobj", "prep", "dobj", "npadvmod", "compound", "conj"})


def _nominal_announcer(tok: Token) -> Token | None:
    """The verb telling a move through a noun: "informed the party this evening of his decision
    to resign", "told colleagues on Monday of her intention to leave", "notified the whips last
    night of his resignation"."""
    cur = tok
    if tok.dep_ in ("acl", "xcomp") and tok.head.lemma_.lower() in _INTENT_NOUNS:
        cur = tok.head
    elif tok.lemma_.lower() not in _INTENT_NOUNS:
        return None
    for _ in range(4):
        if cur.dep_ not in _NOMINAL_LINKS or cur.head is cur:
            return None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur if cur.lemma_.lower() in _ANNOUNCING else None
    return None


def _consequence(tok: Token) -> Token | None:
    """The verb whose subject is the move itself: "the decision by A and B to defect gave the
    Conservatives control earlier this month" is dated by "gave"."""
    cur = tok
    for _ in range(3):
        if cur.lemma_.lower() in _MOVE_NOUNS and cur.dep_ in ("nsubj", "nsubjpass"):
            return cur.head
        if cur is not tok and cur.dep_ in ("attr", "oprd") and cur.head.lemma_ == "become":
            return cur.head  # "became the second to defect ... on Dec. 18"
        if cur.dep_ not in ("acl", "relcl", "pobj", "prep", "compound") or cur.head is cur:
            return None
        cur = cur.head
    return None


# Verbs of a clause on the move noun that tell when it happened, not something else.
_TAKING = frozenset({"agree", "announce", "confirm", "take", "come", "make", "reach", "decide",
                     "vote", "approve", "impose", "issue", "hand", "tender", "submit"})


def _noun_clause_dates(tok: Token, sent: ParsedSentence, art: ParsedArticle) -> list[str]:
    """A move noun dated by its own clause: "her suspension, which was agreed on Tuesday
    evening", "his resignation, which took effect on 1 May", "the expulsion, confirmed
    last night"."""
    if tok.lemma_.lower() not in _MOVE_NOUNS:
        return []
    for child in tok.children:
        if child.dep_ in ("relcl", "acl") and child.lemma_.lower() in _TAKING:
            found = _dates_of(child, sent, art)
            if found:
                return found
    return []


def _in_quote(tok: Token, sent: ParsedSentence, art: ParsedArticle) -> bool:
    return art.in_quote(sent.start + tok.idx)


def _verb_chain(tok: Token) -> list[Token]:
    """The trigger and the verbs it hangs from within its clause ("has had the whip removed",
    "has decided to quit")."""
    chain = [tok]
    # "has announced his decision to quit": the decision's verb carries the tense
    while chain[-1].dep_ in ("xcomp", "conj", "acomp", "dobj", "ccomp", "oprd", "acl") and len(
            chain) < 4:
        chain.append(chain[-1].head)
    return chain


_IMMEDIATE = re.compile(r"\bwith (?:immediate|instant) effect\b|\beffective immediately\b",
                        re.IGNORECASE)
# A time told by its distance from another event: the change is not the day's news.
_OFFSET = re.compile(
    r"\b(?:(?:days|weeks|months|years)\s+(?:before|ahead\s+of|prior\s+to)\s+the\s+"
    r"(?:(?:local|general|council|last|next)\s+)*(?:elections?|polls?|vote)"
    r"|(?:(?:two|three|four|five|six|several|many|\d+)\s+)?(?:months|years)\s+(?:later|earlier"
    r"|before))\b", re.IGNORECASE)
_BACKGROUND_AUX = frozenset({"had", "will", "would", "could", "may", "might", "shall", "should"})
_LEAD_SENTENCES = 2
_LEAD_WORDS = 6  # shorter lines at the top are a by-line, an agency or a kicker
_LEAD_SCAN = 6


def _lead(art: ParsedArticle) -> list[int]:
    """The indexes of the article's first two sentences of news, past the by-line and agency
    lines a page may start with ("By Jo Bloggs", "Express News Service")."""
    out = []
    for i, s in enumerate(art.sentences[:_LEAD_SCAN]):
        if len(art.text[s.start:s.end].split()) >= _LEAD_WORDS:
            out.append(i)
            if len(out) == _LEAD_SENTENCES:
                break
    return out or list(range(min(_LEAD_SENTENCES, len(art.sentences))))


def _reported_fresh(tok: Token, sent: ParsedSentence, art: ParsedArticle) -> bool:
    """News of something that just happened: a present-perfect report ("has defected", "have
    resigned the whip", "has been suspended", "are among those to have defected"), a present
    frame ("the councillors to defect include ..."), or a plain past in the lead ("X quit
    Labour"); never a past perfect or a modal ("had left", "would quit")."""
    chain = _verb_chain(tok)
    auxes = [a for v in chain for a in v.children if a.dep_ in ("aux", "auxpass")]
    if _has_date(sent, art, tok):
        return False
    if any(a.lower_ in _BACKGROUND_AUX for a in auxes):
        return _reported_in_lead(chain, auxes, sent, art)
    if any(a.lower_ in ("has", "have", "'s", "’s", "'ve", "’ve") and a.tag_ in ("VBZ", "VBP")
           for a in auxes):
        return True
    if _OFFSET.search("".join(t.text_with_ws for t in tok.subtree)):
        return False  # a plain past "joined the party weeks before the election", "years later"
    if tok.tag_ == "VBG" and any(a.lower_ in ("is", "are", "'s", "’s", "'re", "’re")
                                 for a in auxes):
        return True  # the announced present: "is quitting the caucus", "are leaving the party"
    if _IMMEDIATE.search(sent.text):
        return True  # "expelled with immediate effect" is news of the day
    root = tok.sent.root
    if root.tag_ in ("VBZ", "VBP") and not any(
            c.dep_ == "aux" and c.lower_ in _BACKGROUND_AUX for c in root.children):
        return True  # "X is among those walking away", "the five to defect include A and B"
    lead = _lead(art)
    if sent.index in lead and any(v.tag_ == "VBD" for v in (*chain, root, *auxes)):
        return True  # the lead's plain past: "X quit Labour", "were expelled"
    # Further down a fresh-news article, the same move told again ("the decision by A and B to
    # defect", "A's move to Reform") without a date of its own is still that news.
    lead = [art.sentences[i] for i in lead]
    return bool(lead) and bool(
        _PERFECT_MOVE.search(art.text, lead[0].start, lead[-1].end)
        or (sent.index > max(_lead(art)) and _same_move_in_lead(tok, art, lead))
        or _HEADLINE_MOVE.search(art.text, lead[0].start, lead[0].end))


def _same_move_in_lead(tok: Token, art: ParsedArticle, lead: list) -> bool:
    """The lead tells the same kind of move in a plain past and gives it no date ("The party
    expelled three MLAs for six years"), so the move told again further down is that news."""
    stem = tok.lemma_.lower()
    if not _MOVE.fullmatch(tok.text) or len(stem) < 3:
        return False
    word = re.compile(rf"\b{re.escape(stem[:-1] if stem.endswith('e') else stem)}\w*\b",
                      re.IGNORECASE)
    text = art.text[lead[0].start:lead[-1].end]
    return bool(word.search(text)) and not find_date_expressions(text)


# A decision told as news: "says he will sit as an independent", "announced she would quit".
_DECIDED_AUX = frozenset({"had", "will", "would"})


def _reported_in_lead(chain: list[Token], auxes: list[Token], sent: ParsedSentence,
                      art: ParsedArticle) -> bool:
    """"X said she had resigned from Labour" or "X says he will sit as an independent" opening
    an article: the past perfect or the future is the reported decision's, told as fresh news
    (a present-tense telling is fresh anywhere in the article)."""
    if any(a.lower_ not in _DECIDED_AUX for a in auxes if a.lower_ in _BACKGROUND_AUX):
        return False
    in_lead = sent.index in _lead(art)
    future = any(a.lower_ != "had" for a in auxes if a.lower_ in _BACKGROUND_AUX)
    return any(v.dep_ == "ccomp" and v.head.lemma_.lower() in (*_REPORTING, *_ANNOUNCING)
               and (v.head.tag_ in ("VBZ", "VBP") and (in_lead or future)
                    or in_lead and v.head.tag_ == "VBD") for v in chain)


def _has_date(sent: ParsedSentence, art: ParsedArticle, tok: Token | None = None) -> bool:
    """A date in the sentence that the rules above did not tie to the trigger: the sentence
    has its own time, so the publication date must not be guessed (durations do not count,
    nor a date inside a clause describing something else: "who was elected in 2021")."""
    # the time of a trailing telling is not the move's ("..., officials said on Friday")
    trailers = _trailers(tok) if tok is not None else []
    return any(_not_after(resolve_date(e.text, art.published), art) for e in _date_spans(sent.doc)
               if tok is None or not (_aside(e, tok) or any(_belongs(e, v) for v in trailers)))


def _not_after(value: str | None, art: ParsedArticle) -> bool:
    """A date no later than publication: one still to come ("the elections, due in October")
    is not when a reported change happened, so it does not stop the default."""
    if not value or art.published is None:
        return bool(value)
    return value <= art.published.isoformat()[: len(value)]


_CAUSE_PREPS = frozenset({"after", "following", "for", "over"})
_LATER_THINGS = frozenset({"ahead", "before", "due"})


def _aside(span: Span, tok: Token) -> bool:
    """The date sits in a relative or adverbial clause that does not hold the trigger."""
    cur = span.root
    while cur.head.i != cur.i:
        if cur.dep_ in ("relcl", "acl", "appos") and tok not in cur.subtree:
            return True
        # The time of the cause, not of the change: "suspended after voting ... last night",
        # "expelled for campaigning at last month's by-election".
        if cur.dep_ == "prep" and cur.lower_ in _CAUSE_PREPS and tok not in cur.subtree:
            return True
        # The time of what comes after: "ahead of the polls due in November".
        if cur.lower_ in _LATER_THINGS and cur.dep_ in ("advmod", "prep") and (
                tok not in cur.subtree):
            return True
        cur = cur.head
    return False


def _date_spans(doc: Doc) -> list[Span]:
    """The sentence's DATE and TIME entities, and the date phrases the tagger missed ("last
    night", "on Sunday (8 February)") read from its words. A phrase that holds several of the
    tagger's dates ("Thursday (7 March)" tagged as "Thursday" and "7 March") replaces them: the
    weekday alone would resolve to the wrong week."""
    ents = [e for e in doc.ents if e.label_ in ("DATE", "TIME")]
    taken = {t.i for e in doc.ents for t in e}  # "The Sunday Times" is an outlet
    for start, end, _ in find_date_expressions(doc.text):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        inside = [e for e in ents if span.start <= e.start and e.end <= span.end]
        if len(inside) > 1 and all(t.i not in taken or any(t in e for e in inside)
                                   for t in span):
            ents = [e for e in ents if e not in inside]
            taken -= {t.i for e in inside for t in e}
        if not any(t.i in taken for t in span):
            ents.append(_unprepped(span))
    return ents


def _unprepped(span: Span) -> Span:
    """"on Tuesday" read from its date word, so the preposition is not taken for a duration."""
    while len(span) > 1 and span[0].pos_ == "ADP":
        span = span[1:]
    return span


_NEAR_AFTER = 3
_TOP = 8  # the top of a news story tells the news: its time words date it


def _neighbour_time(sent: ParsedSentence, art: ParsedArticle) -> str | None:
    """A fresh-news time word ("this morning", "on Monday") in the sentence before, the three
    after, the lead or the top of the story, when that sentence reports the move ("Making the
    announcement on Tuesday", "was removed Monday afternoon")."""
    near = [sent.index - 1, *range(sent.index + 1, sent.index + _NEAR_AFTER + 1)]
    indices = [*near, *_lead(art), *range(_TOP)]
    for i in dict.fromkeys(i for i in indices if 0 <= i < len(art.sentences) and i != sent.index):
        s = art.sentences[i]
        text = art.text[s.start:s.end]
        m = _FRESH.search(text)
        if m and _MOVE.search(text) and (
                not art.in_quote(s.start + m.start()) or _OWN_VOICE.search(text)):
            value = resolve_date(m.group(0), art.published)
            if value:
                return value
    return _neighbour_day(sent, art)


_WRITTEN_SCAN = 3  # "He said: 'On August 19, 2024 I tendered my resignation'" a few lines on


def _neighbour_day(sent: ParsedSentence, art: ParsedArticle) -> str | None:
    """A day written out in full with its year in a nearby sentence telling the same move,
    in the narrative or the mover's own voice, and recent: a statement's "On 19 August 2024 I
    tendered my resignation" dates the "has left the party" of the lead."""
    low = art.published.replace(day=1) if art.published else None
    for i in range(max(0, sent.index - 1), min(len(art.sentences), sent.index + _WRITTEN_SCAN + 1)):
        s = art.sentences[i]
        text = art.text[s.start:s.end]
        if i == sent.index or not _MOVE.search(text):
            continue
        for start, _end, expr in find_date_expressions(text):
            value = resolve_date(expr, art.published)
            quoted = art.in_quote(s.start + start)
            if (value and value in _written(art.text) and (not quoted or _OWN_VOICE.search(text))
                    and (low is None or _month_before(low) <= value <= art.published.isoformat())):
                return value
    return None


def _month_before(day: date) -> str:
    """The first day of the month before, as ISO: the oldest a fresh move's day may be."""
    return (day.replace(day=1) - timedelta(days=1)).replace(day=1).isoformat()


def _dates_of(tok: Token, sent: ParsedSentence, art: ParsedArticle) -> list[str]:
    found = [
        resolve_date(_run_on(e, sent, art), art.published)
        for e in _date_spans(sent.doc)
        if _belongs(e, tok) and not _LATER.search(e.text)
    ]
    return [f for f in found if f]


_ABBREVIATED_MONTH = re.compile(r"\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.$",
                                re.IGNORECASE)
_DAY_AFTER = re.compile(r"\s*[0-3]?\d(?:st|nd|rd|th)?\b(?:,?\s+(?:19|20)\d\d\b)?")


def _run_on(span: Span, sent: ParsedSentence, art: ParsedArticle) -> str:
    """"on Dec. 18" cut at the abbreviation's full stop by the sentence splitter: the day (and
    year) that follow in the article belong to the date."""
    text = span.text
    if span.end_char < len(sent.text.rstrip()) or not _ABBREVIATED_MONTH.search(text):
        return text
    m = _DAY_AFTER.match(art.text, sent.end)
    return f"{text} {m.group(0).strip()}" if m else text


def _earlier_date(sent: ParsedSentence, art: ParsedArticle) -> str | None:
    """The month of the last date given in the few sentences before."""
    for prev in reversed([s for s in art.ordered() if sent.index - 3 <= s.index < sent.index]):
        for ent in reversed(prev.doc.ents):
            if ent.label_ == "DATE":
                value = resolve_date(ent.text, art.published)
                if value:
                    return value[:7]
    return None
