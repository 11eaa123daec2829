"""Direct quotations and their speakers.

Spans come from a character scanner over the whole text (`quotes_scan`). Each paragraph
holding a quotation is masked (`quotes_frames`) and split into sentences; the common
attribution shapes ("“...,” Roe said", "Roe said: “...”", "Cllr Roe: “...”") are read from the
text with regular expressions, and only sentences that hold a speech verb the patterns could
not read are parsed by spaCy (`speakers`), in one batch. People and their mentions come from
the article's name book (`quotes_names`), not from a parse of the context.

A quotation's speaker is, in order of preference: the speaker named in its own sentence; the
speaker of the quotation it continues (a multi-paragraph quotation, or a second part after
"he said,"; a quotation running over paragraphs is the speaker's its tag names, in whichever
paragraph the tag stands); the speaker of the quotation before it in the paragraph, unless a
sentence between them gives someone else the floor; the speaker of an earlier sentence of the
paragraph that says who speaks, or the person an earlier narrative sentence has as its
subject ("Lee was less generous."). Failing
that, the paragraph before decides: an introducing line ending in ":"; else whoever it names
as a subject after its last speech sentence and quotation; else the speaker of its last speech
sentence ("Roe said she had been let down by Lee." -> Roe, not Lee); else the speaker of its
last quotation; else the person it is about. Only when it names nobody does a recent speaker
carry over. Photo credits ("Picture: X", "(Image: X)") are not paragraphs and name nobody;
"X declined to comment" gives nobody the floor.
Readings are resolved to people by `quotes_resolve`: pronouns and definite descriptions ("the
councillor", "the MP for Y", "the Lib Dem leader") point back to the fitting person, agreeing
in gender where titles, first names or pronouns tell it; "the statement said" is the author
of the statement mentioned before.

Speakers are people, or organisations that speak themselves ("Momentum Camden said", "the
council said" -> the council named nearby, "the Momentum Camden leader said" -> Momentum
Camden). Anonymous mouthpieces are nobody: "a Labour spokesperson", "a spokesperson for the
Chief Whip", "a party source" give None, and so do bare generic nouns ("the group", "the
party", "councillors"): the article does not say who speaks.

Kept: quotations of six words or more (unless unattributed and shaped like the title of a
work), and shorter whole utterances of four words or more that a speech verb takes as its
object. Scare quotes, terms, fragments of reported speech under six words are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span

from floorcross.extract.name_patterns import without_affiliation
from floorcross.extract.quotes_context import Context, Mention, collect
from floorcross.extract.quotes_frames import (
    PLACEHOLDER,
    SPEECH_FORMS,
    Frame,
    Quick,
    build_frame,
    has_narrative,
    has_speech,
    is_silent,
    quick_after,
    quick_before,
    quick_before_all,
    quick_subject,
    sentences,
)
from floorcross.extract.quotes_names import NameBook, NameMention, in_spans, is_org_like
from floorcross.extract.quotes_resolve import add_role_mentions, resolve
from floorcross.extract.quotes_scan import QuoteSpan, paragraphs, scan_quotes
from floorcross.extract.speakers import Said, attribute, describe, intro_speaker
from floorcross.types import CleanedArticle, QuoteMention

MIN_WORDS = 6
MIN_WORDS_ATTRIBUTED = 4
_UNDECIDED = object()
# Attribution needs the tagger, parser and entities, not lemmas (read from forms instead).
_DISABLED = ("lemmatizer",)
_BATCH = 32


@dataclass
class _Cues:
    """What the text and the parse say about one quotation."""

    own: Said | None = None  # attribution in the quotation's own sentence
    earlier: Said | None = None  # speaker named in an earlier sentence of the paragraph
    opens_para: bool = False
    # Set inside a narrative sentence that speaks of no speech ("had charges dropped of “...”",
    # "flyers containing “...”"): words of a document or a charge, not of whoever spoke last.
    embedded: bool = False


@dataclass
class _Job:
    """A sentence to parse: its text, the way back to article offsets, and what to read."""

    text: str
    to_article: Callable[[int], int]
    purpose: str  # "own", "earlier" or "intro"
    key: int  # quotation index, or paragraph for "intro"
    hole: int = -1  # sentence offset of the quotation's placeholder


@dataclass
class _Lead:
    """Who the last speech sentence of a paragraph gives the floor to: a speaker read from it,
    or the quotation it holds (whose speaker is then carried); `end` is its article offset."""

    end: int
    said: Said | None = None
    quote: int | None = None


@dataclass
class _Reading:
    cues: list[_Cues]
    book: NameBook
    prev: dict[int, int]  # paragraph -> the paragraph before it, photo credits skipped
    intros: dict[int, Said | None] = field(default_factory=dict)
    leads: dict[int, _Lead] = field(default_factory=dict)
    jobs: list[_Job] = field(default_factory=list)
    people: list[NameMention] = field(default_factory=list)
    silent: list[tuple[int, int]] = field(default_factory=list)  # "X declined to comment."


def extract_quotes(article: CleanedArticle, nlp: Language) -> list[QuoteMention]:
    """Direct quotations of the article with their speakers (None when it does not say)."""
    text = article.text or ""
    spans = scan_quotes(text)
    if not spans:
        return []
    paras = paragraphs(text)
    book = NameBook(text)
    book.credits.extend(_captions(text, paras, spans))
    reading = _Reading(
        [_Cues(opens_para=not text[paras[s.para][0] : s.start].strip(" \t\"“”„'‘’"))
         for s in spans],
        book, _previous_paragraphs(text, paras, book.credits),
    )
    reading.people = book.mentions()
    leads = {reading.prev[s.para] for s in spans if reading.prev[s.para] >= 0}
    for frame in _frames(text, paras, spans, leads):
        _read_frame(frame, reading, book)
        if frame.para in leads:
            _read_lead(frame, reading, book)
    docs = _parse(nlp, reading.jobs)
    for job, doc in zip(reading.jobs, docs, strict=True):
        _read_parse(job, doc, reading)
    parsed = [(d, j.to_article) for j, d in zip(reading.jobs, docs, strict=True)]
    ctx = collect(text, paras, book, parsed, [(s.start, s.end) for s in spans])
    add_role_mentions(text, [lo for lo, _ in paras], ctx)
    speakers = _resolve_all(text, spans, reading, ctx)
    out = []
    for span, cue, speaker in zip(spans, reading.cues, speakers, strict=True):
        if _keep(text, span, cue, spans):
            out.append(
                QuoteMention(
                    text=text[span.start : span.end], start=span.start, end=span.end,
                    speaker=speaker, kind="direct",
                )
            )
    return out


def _parse(nlp: Language, jobs: list[_Job]) -> list[Doc]:
    """One parse per distinct sentence, in one batch."""
    texts = list(dict.fromkeys(j.text for j in jobs))
    docs = dict(zip(texts, nlp.pipe(texts, batch_size=_BATCH, disable=_DISABLED), strict=True))
    return [docs[j.text] for j in jobs]


# A short line with no sentence punctuation, naming someone: "Cllr Ann Roe", "Group leader
# Tom Lee MP".
_CAPTION = re.compile(r"[A-Z][^.!?:;“”\"‘’\n]{0,60}(?<![,\-–—])")
_CAPITALISED = re.compile(r"\b[A-Z][\w’'\-]*")


def _captions(
    text: str, paras: list[tuple[int, int]], spans: list[QuoteSpan]
) -> list[tuple[int, int]]:
    """Name-only lines standing between two paragraphs that hold quotations: a picture's
    caption, which neither gives the floor to the one it names nor names anyone to point
    back to."""
    quoted = {s.para for s in spans}
    out = []
    for p, (lo, hi) in enumerate(paras):
        line = text[lo:hi].strip()
        if (p - 1 in quoted and p + 1 in quoted and _CAPTION.fullmatch(line)
                and len(line.split()) <= 8 and len(_CAPITALISED.findall(line)) >= 2):
            out.append((lo, hi))
    return out


def _previous_paragraphs(
    text: str, paras: list[tuple[int, int]], credits: list[tuple[int, int]]
) -> dict[int, int]:
    """The paragraph before each one, passing over lines that are only a photo credit."""
    def credit_only(p: int) -> bool:
        lo, hi = paras[p]
        if not any(a < hi and lo < b for a, b in credits):  # no credit: no character walk
            return not re.search(r"[^\W\d_]", text[lo:hi])
        kept = "".join(text[i] for i in range(lo, hi) if not in_spans(i, credits))
        return not any(c.isalpha() for c in kept)

    out, last = {}, -1
    for p in range(len(paras)):
        out[p] = last
        if not credit_only(p):
            last = p
    return out


def _frames(
    text: str, paras: list[tuple[int, int]], spans: list[QuoteSpan], leads: set[int]
) -> list[Frame]:
    """Frames of the paragraphs holding quotations and of the `leads`: paragraphs just before
    one that opens with a quotation (they may say who speaks next)."""
    by_para: dict[int, list[tuple[int, QuoteSpan]]] = {}
    for i, s in enumerate(spans):
        by_para.setdefault(s.para, []).append((i, s))
    wanted = set(by_para) | leads
    frames = []
    for p in sorted(wanted):
        lo, hi = paras[p]
        own = by_para.get(p, [])
        if has_narrative(text, lo, hi, [s for _, s in own]):
            frames.append(build_frame(text, p, lo, hi, own))
    return frames


def _read_frame(frame: Frame, reading: _Reading, book: NameBook) -> None:
    """Read each quotation's attribution from the frame text, queueing a parse only for
    sentences that speak of speech in a way the patterns do not read."""
    sents = sentences(frame.text)
    unread: dict[int, list[tuple[int, int]]] = {}  # sentence -> (quotation, hole) to parse
    for hole, idx in frame.holes.items():
        k = next((i for i, (lo, hi) in enumerate(sents) if lo <= hole < hi), len(sents) - 1)
        lo, hi = sents[k]
        cue = reading.cues[idx]
        end = hole + len(PLACEHOLDER)
        quicks = [quick_after(frame.text[:hi], end), *quick_before_all(frame.text, lo, hole)]
        said = next(filter(None, (_from_quick(q, frame, book) for q in quicks)), None)
        if said is not None:
            said.governs = True
            cue.own = said
        elif has_speech(frame.text[lo:hole] + frame.text[end:hi]):
            unread.setdefault(k, []).append((idx, hole))
        else:
            cue.embedded = bool(re.search(r"[^\W\d_]", frame.text[lo:hole]))
        # A pronoun speaker may point back to whoever an earlier sentence says is speaking.
        parse_allowed = said is None or said.kind == "pronoun"
        cue.earlier = _quick_earlier(frame, sents[:k], book, reading, idx, parse_allowed)
    for k, holes in unread.items():
        # A fragment too short to keep is parsed only with a sentence parsed anyway: the
        # quotations after it in the paragraph may take its speaker.
        if any(_may_keep(frame.source[idx]) for idx, _ in holes):
            lo, hi = sents[k]
            for idx, hole in holes:
                reading.jobs.append(_job(frame, lo, hi, "own", idx, hole - lo))
    if frame.text.rstrip().endswith(":"):
        lo, hi = sents[-1]
        said = _from_quick(quick_before(frame.text, lo, hi), frame, book)
        if said is not None:
            reading.intros[frame.para] = said
        elif has_speech(frame.text[lo:hi]):
            reading.jobs.append(_job(frame, lo, hi, "intro", frame.para))


def _read_lead(frame: Frame, reading: _Reading, book: NameBook) -> None:
    """Who the paragraph's last speech sentence gives the floor to, for a quotation that
    opens the next paragraph ("Roe said she was shocked by Lee." -> Roe, not Lee)."""
    if frame.text.rstrip().endswith(":"):
        return  # an introducing line: read as such
    for lo, hi in reversed(sentences(frame.text)):
        part = frame.text[lo:hi]
        if is_silent(part):
            reading.silent.append((frame.to_article(lo), frame.to_article(hi - 1) + 1))
            continue
        if in_spans(frame.to_article(lo), book.credits) or not has_speech(part):
            continue
        lead = _Lead(end=frame.to_article(hi - 1) + 1)
        reading.leads[frame.para] = lead
        quick = quick_subject(part)
        if quick is not None:
            quick.pos += lo
            lead.said = _from_quick(quick, frame, book)
        holes = [h for h in frame.holes if lo <= h < hi]
        if lead.said is None and holes:
            lead.quote = frame.holes[max(holes)]
        if lead.said is None and (not holes or has_speech(frame.text[lo : min(holes)])):
            # "A party spokesman said the group was “saddened”.": the one the sentence has
            # speaking, which its short quotation alone does not tell.
            reading.jobs.append(_job(frame, lo, hi, "lead", frame.para))
        return


_PRONOUN_SUBJECT = re.compile(r"\s*(?:(?:But|And|Now|Yet|So)\s+)?(He|She)\s+[a-z]")


def _subject_in(frame: Frame, lo: int, hi: int, reading: _Reading) -> Said | None:
    """The last person named as the subject of a narrative sentence ("Lee was less
    generous.", "She has sat for the ward since 2015."): who has the floor now."""
    a, b = frame.to_article(lo), frame.to_article(max(lo, hi - 1))
    found = [m for m in reading.people if a <= m.pos <= b and m.subject]
    if found:
        return Said("name", found[-1].name, found[-1].pos)
    m = _PRONOUN_SUBJECT.match(frame.text, lo, hi)
    if m:
        return Said("pronoun", "m" if m.group(1) == "He" else "f", frame.to_article(m.start(1)))
    return None


def _quick_earlier(frame, sents, book, reading, idx, parse_allowed) -> Said | None:
    for lo, hi in reversed(sents):
        part = frame.text[lo:hi]
        if not has_speech(part):
            if not any(lo <= h < hi for h in frame.holes):
                named = _subject_in(frame, lo, hi, reading)
                if named is not None:
                    return named
            continue
        quick = quick_subject(part)
        if quick is not None:
            quick.pos += lo
            said = _from_quick(quick, frame, book)
            if said is not None:
                return said
        if parse_allowed:
            reading.jobs.append(_job(frame, lo, hi, "earlier", idx))
        return None
    return None


def _may_keep(quoted: str) -> bool:
    """Whether a quotation could be kept once attributed: a fragment under four words, or a
    lower-case one under six, is dropped whoever says it, so it is not worth a parse."""
    words = quoted.split()
    if len(words) >= MIN_WORDS:
        return True
    return len(words) >= MIN_WORDS_ATTRIBUTED and words[0][:1].isupper()


def _job(frame: Frame, lo: int, hi: int, purpose: str, key: int, hole: int = -1) -> _Job:
    return _Job(frame.text[lo:hi], lambda pos, f=frame, o=lo: f.to_article(o + pos),
                purpose, key, hole)


def _from_quick(quick: Quick | None, frame: Frame, book: NameBook) -> Said | None:
    """A pattern's speaker as a Said, when it is a pronoun or a name the article gives a
    person (an organisation or an unknown capitalised word is left to the parse)."""
    if quick is None:
        return None
    pos = frame.to_article(quick.pos)
    if quick.kind == "pronoun":
        return Said("pronoun", quick.value, pos)
    if quick.kind in ("org", "document"):
        return Said(quick.kind, quick.value, pos)
    if quick.kind == "anon":
        return Said("anon", None, pos)
    bare = without_affiliation(quick.value)
    if bare != quick.value and book.known(bare):
        return Said("name", bare, pos)  # "Liberal Democrat Ann Roe", "Reform UK's Tom Lee"
    words = quick.value.split()
    if is_org_like(quick.value) and all(w[:1].isupper() for w in words):
        # "Plaid Cymru thanked them: ..." - a body as the subject speaks itself; not "Local
        # Labour leader Ann Roe said:" (left to the parse).
        after = re.match(r"\s+(?:has\s+|have\s+)?([a-z]+)\b(?![\-’'])",
                         frame.text[quick.pos + len(quick.value) :])
        verb = after is not None and (after.group(1) in SPEECH_FORMS
                                      or after.group(1).endswith("ed"))
        return Said("org", quick.value, pos) if verb else None
    while words:
        candidate = " ".join(words)
        if is_org_like(candidate):
            return None
        if book.known(candidate) or len(words) >= 2 and _titled(quick.value):
            return Said("name", candidate, pos)
        words = words[1:]
    return None


def _titled(value: str) -> bool:
    return bool(re.match(r"(?:Cllr|Councillor|Coun|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|"
                         r"Baroness|Senator)\.?\s", value))


def _read_parse(job: _Job, doc: Doc, reading: _Reading) -> None:
    if job.purpose == "own":
        said = attribute(doc, job.hole)
        if said is not None:
            said.pos = job.to_article(said.pos)
            said = _named_subject(said, reading.book)
            reading.cues[job.key].own = said
        return
    sents = list(doc.sents)
    if not sents:
        return
    said = intro_speaker(sents[-1])
    if said is None and job.purpose == "lead":
        said = next(filter(None, (intro_speaker(s) for s in reversed(sents[:-1]))), None)
    if said is None and job.purpose in ("intro", "lead"):
        said = _subject_person(sents[-1])
    if said is None:
        return
    said.pos = job.to_article(said.pos)
    said = _named_subject(said, reading.book)
    if job.purpose == "intro":
        reading.intros[job.key] = said
    elif job.purpose == "lead":
        reading.leads[job.key].said = said
    elif reading.cues[job.key].own is None or reading.cues[job.key].own.kind == "pronoun":
        reading.cues[job.key].earlier = said


_WORD = re.compile(r"[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*")


def _named_subject(said: Said, book: NameBook) -> Said:
    """A subject the model tagged as a common noun ("McColl was ... and explained ...") is
    still the person the article names by that word."""
    if said.kind != "anon":
        return said
    m = _WORD.match(book.text, said.pos)
    if m and book.known(m.group(0)) and not is_org_like(m.group(0)):
        return Said("name", m.group(0), said.pos)
    return said


def _subject_person(sent: Span) -> Said | None:
    for tok in sent:
        if tok.dep_ == "nsubj" and (tok.ent_type_ == "PERSON" or tok.lower_ in ("he", "she")):
            return describe(tok, tok.idx)
    return None


def _resolve_all(
    text: str, spans: list[QuoteSpan], reading: _Reading, ctx: Context
) -> list[str | None]:
    cues, book = reading.cues, reading.book
    out: list[str | None] = []
    chain_speaker: dict[int, str | None] = {}
    for i, (span, cue) in enumerate(zip(spans, cues, strict=True)):
        speaker = _UNDECIDED
        if cue.own is not None and cue.own.kind == "pronoun" and cue.earlier is not None:
            # "The Kirkcaldy councillor said she ... “...,” she said.": the pronoun points
            # back to the speaker an earlier sentence of the paragraph named.
            earlier = resolve(text, cue.earlier, span.para, ctx, book)
            if earlier and cue.earlier.kind != "pronoun":
                _remember(ctx, cue.earlier.pos, span.para, earlier)
        if cue.own is not None:
            speaker = resolve(text, cue.own, span.para, ctx, book)
        elif span.chain in chain_speaker:
            speaker = chain_speaker[span.chain]
        elif i > 0 and spans[i - 1].para == span.para and not _new_voice(cue, spans[i - 1]):
            speaker = out[i - 1]
        elif cue.earlier is not None:
            speaker = resolve(text, cue.earlier, span.para, ctx, book)
        elif cue.embedded:
            speaker = None
        else:  # nothing in its own paragraph says who speaks
            speaker = _from_before(text, i, spans, out, reading, ctx)
        speaker = None if speaker is _UNDECIDED else speaker
        chain_speaker.setdefault(span.chain, speaker)
        out.append(speaker)
        if speaker and cue.own is not None and cue.own.kind in ("pronoun", "anaphor", "role",
                                                                 "name"):
            # A speaker is a fresh mention of its person for the pronouns after it (a name the
            # name book missed included).
            _remember(ctx, cue.own.pos, span.para, speaker)
    return _chains_take_their_tag(spans, cues, out)


def _chains_take_their_tag(
    spans: list[QuoteSpan], cues: list[_Cues], out: list[str | None]
) -> list[str | None]:
    """A quotation running over paragraphs is one speaker's, whichever paragraph tags it:
    "“A ...\n\n“B ...,” said Kerr." gives A to Kerr too, not to whoever spoke before."""
    tagged: dict[int, str] = {}
    for span, cue, speaker in zip(spans, cues, out, strict=True):
        if cue.own is not None and speaker and span.chain not in tagged:
            tagged[span.chain] = speaker
    return [tagged.get(span.chain, speaker) if cue.own is None else speaker
            for span, cue, speaker in zip(spans, cues, out, strict=True)]


def _new_voice(cue: _Cues, before: QuoteSpan) -> bool:
    """Whether a sentence between the quotation before and this one, in the same paragraph,
    gives someone else the floor ("“...,” said Roe. Lee said she was thrilled. “...”")."""
    return cue.earlier is not None and cue.earlier.pos >= before.end


def _remember(ctx: Context, pos: int, para: int, name: str) -> None:
    ctx.mentions.append(Mention(pos, para, name, "person", True))
    ctx.mentions.sort(key=lambda m: m.pos)


def _from_before(text, i, spans, out, reading: _Reading, ctx: Context):
    """Speaker of a paragraph that opens with a quotation and says nothing of its own: the
    one the paragraph before gives the floor to. Whoever it last names as a subject after its
    last speech sentence and quotation; else the speaker of that sentence; else the speaker of
    its last quotation; else the person it is about. Only when it names nobody does the
    speaker of a recent quotation carry over."""
    para, book = spans[i].para, reading.book
    prev = reading.prev.get(para, para - 1)
    intro = reading.intros.get(prev)  # a line ending in ":" introduces it, whatever it holds
    if intro is not None:
        return resolve(text, intro, para, ctx, book)
    lead = reading.leads.get(prev)
    # Words set in narrative ("charges of “...”") are nobody's: they hand the floor on to nobody.
    last = next((j for j in range(i - 1, -1, -1)
                 if spans[j].para == prev and not reading.cues[j].embedded), None)
    after = max(lead.end if lead else -1, spans[last].end if last is not None else -1)
    people = [m for m in ctx.mentions
              if m.para == prev and m.kind == "person" and m.pos < spans[i].start]
    later = [m for m in people if m.subject and m.pos >= after >= 0
             and not in_spans(m.pos, reading.silent)]
    if later:
        return later[-1].name
    if lead is not None and lead.said is not None:
        if lead.said.kind == "anon":
            return None
        who = resolve(text, lead.said, para, ctx, book)
        if who:
            return who
    if lead is not None and lead.quote is not None and out[lead.quote]:
        return out[lead.quote]
    if last is not None:
        return out[last]
    if people:
        return ([m for m in people if m.subject] or people)[-1].name
    recent = [j for j in range(i - 1, -1, -1) if spans[j].para >= para - 3 and out[j]]
    return out[recent[0]] if recent else _UNDECIDED


def _keep(text: str, span: QuoteSpan, cue: _Cues, spans: list[QuoteSpan]) -> bool:
    """Speech rather than scare quotes, a single term or the title of a work."""
    words = text[span.start : span.end].split()
    continued = any(s.chain == span.chain and s.start < span.start for s in spans)
    if continued:
        return len(words) >= 2
    attributed = cue.own is not None
    if len(words) >= MIN_WORDS:
        return attributed or not _looks_like_title(words)
    # A short one only as a whole utterance: "she said: “Not today, thank you.”"
    whole = attributed and cue.own.governs and words[0][:1].isupper()
    return whole and len(words) >= MIN_WORDS_ATTRIBUTED


def _looks_like_title(words: list[str]) -> bool:
    """"The Road to Wigan Pier": capitalised content words and no sentence punctuation."""
    if words[-1][-1:] in ".?!,":
        return False
    content = [w for w in words if len(w) > 3]
    return bool(content) and all(w[0].isupper() for w in content)
