"""Direct quotations and their speakers.

Spans come from a character scanner over the whole text (`quotes_scan`); spaCy parses only the
paragraphs around them, with every quotation masked (`quotes_frames`), to find who speaks
(`speakers`). A quotation's speaker is, in order of preference: the subject of the speech verb
of its own sentence; the speaker of the quotation it continues (a multi-paragraph quotation,
or a second part after "he said,"); the speaker of an earlier sentence of the paragraph that
says who speaks; for a paragraph that opens with a quotation, the speaker of the quotation
paragraph just before it, or the subject of an introducing line ending in ":"; else the person
the previous paragraph is about. Pronouns and definite descriptions ("the councillor") point
back to the nearest fitting person, preferring grammatical subjects and agreeing in gender
where titles or pronouns tell it.

Kept: quotations of six words or more (unless unattributed and shaped like the title of a
work), and shorter whole utterances of four words or more that a speech verb takes as its
object. Scare quotes, terms, fragments of reported speech under six words are dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from floorcross.extract.quotes_context import Context, Mention, collect
from floorcross.extract.quotes_frames import Frame, build_frame, has_narrative
from floorcross.extract.quotes_names import NameBook
from floorcross.extract.quotes_scan import QuoteSpan, paragraphs, scan_quotes
from floorcross.extract.speakers import Said, attribute, describe, intro_speaker
from floorcross.types import CleanedArticle, QuoteMention

MIN_WORDS = 6
MIN_WORDS_ATTRIBUTED = 4
CONTEXT_PARAGRAPHS = 2
_UNDECIDED = object()


@dataclass
class _Cues:
    """What the parse says about one quotation."""

    own: Said | None = None  # attribution in the quotation's own sentence
    earlier: Said | None = None  # speaker named in an earlier sentence of the paragraph
    opens_para: bool = False
    own_pos: int = 0  # article offset of the speaker word of `own` / `earlier`


def extract_quotes(article: CleanedArticle, nlp: Language) -> list[QuoteMention]:
    """Direct quotations of the article with their speakers (None when it does not say)."""
    text = article.text or ""
    spans = scan_quotes(text)
    if not spans:
        return []
    paras = paragraphs(text)
    frames = _frames(text, paras, spans)
    docs = list(nlp.pipe(f.text for f in frames))
    book = NameBook(text)
    ctx = collect(frames, docs, book)
    cues = _cues(text, paras, spans, frames, docs)
    intros = {f.para: _intro(f, d) for f, d in zip(frames, docs, strict=True)}
    speakers = _resolve_all(spans, cues, intros, ctx, book)
    out = []
    for span, cue, speaker in zip(spans, cues, speakers, strict=True):
        if _keep(text, span, cue, spans):
            out.append(
                QuoteMention(
                    text=text[span.start : span.end], start=span.start, end=span.end,
                    speaker=speaker, kind="direct",
                )
            )
    return out


def _frames(text: str, paras: list[tuple[int, int]], spans: list[QuoteSpan]) -> list[Frame]:
    """Frames of the paragraphs holding quotations and of the few paragraphs before them."""
    by_para: dict[int, list[tuple[int, QuoteSpan]]] = {}
    for i, s in enumerate(spans):
        by_para.setdefault(s.para, []).append((i, s))
    wanted: set[int] = set()
    for p in by_para:
        wanted.update(range(max(0, p - CONTEXT_PARAGRAPHS), p + 1))
    frames = []
    for p in sorted(wanted):
        lo, hi = paras[p]
        own = by_para.get(p, [])
        if has_narrative(text, lo, hi, [s for _, s in own]):
            frames.append(build_frame(text, p, lo, hi, own))
    return frames


def _cues(
    text: str,
    paras: list[tuple[int, int]],
    spans: list[QuoteSpan],
    frames: list[Frame],
    docs: list[Doc],
) -> list[_Cues]:
    cues = [
        _Cues(opens_para=not text[paras[s.para][0] : s.start].strip(" \t\"“”„'‘’"))
        for s in spans
    ]
    for frame, doc in zip(frames, docs, strict=True):
        for hole, idx in frame.holes.items():
            said = attribute(doc, hole)
            if said is not None:
                said.pos = frame.to_article(said.pos)
                cues[idx].own = said
            cues[idx].earlier = _earlier(frame, doc, hole)
    return cues


def _earlier(frame: Frame, doc: Doc, hole: int) -> Said | None:
    """Speaker named in the sentences of the paragraph before the one holding `hole`."""
    sents = [s for s in doc.sents if s.end_char <= hole]
    for sent in reversed(sents):
        said = intro_speaker(sent)
        if said is not None:
            said.pos = frame.to_article(said.pos)
            return said
    return None


def _intro(frame: Frame, doc: Doc) -> Said | None:
    """The speaker a paragraph introduces when it ends with a colon."""
    if not frame.text.rstrip().endswith(":"):
        return None
    sents = list(doc.sents)
    said = intro_speaker(sents[-1]) if sents else None
    if said is None:
        said = _subject_person(sents[-1]) if sents else None
    if said is not None:
        said.pos = frame.to_article(said.pos)
    return said


def _subject_person(sent: Span) -> Said | None:
    for tok in sent:
        if tok.dep_ == "nsubj" and (tok.ent_type_ == "PERSON" or tok.lower_ in ("he", "she")):
            return describe(tok, tok.idx)
    return None


def _resolve_all(
    spans: list[QuoteSpan],
    cues: list[_Cues],
    intros: dict[int, Said | None],
    ctx: Context,
    book: NameBook,
) -> list[str | None]:
    out: list[str | None] = []
    chain_speaker: dict[int, str | None] = {}
    for i, (span, cue) in enumerate(zip(spans, cues, strict=True)):
        speaker = _UNDECIDED
        if cue.own is not None:
            speaker = _resolve(cue.own, span.para, ctx, book)
        elif span.chain in chain_speaker:
            speaker = chain_speaker[span.chain]
        elif i > 0 and spans[i - 1].para == span.para:
            speaker = out[i - 1]
        elif cue.earlier is not None:
            speaker = _resolve(cue.earlier, span.para, ctx, book)
        elif cue.opens_para:
            speaker = _from_before(i, spans, out, intros, ctx, book)
        speaker = None if speaker is _UNDECIDED else speaker
        chain_speaker.setdefault(span.chain, speaker)
        out.append(speaker)
        if speaker and cue.own is not None and cue.own.kind != "name":
            # A resolved pronoun is a fresh mention of its person for the pronouns after it.
            _remember(ctx, cue.own.pos, span.para, speaker)
    return out


def _remember(ctx: Context, pos: int, para: int, name: str) -> None:
    ctx.mentions.append(Mention(pos, para, name, "person", True))
    ctx.mentions.sort(key=lambda m: m.pos)


def _from_before(i, spans, out, intros, ctx: Context, book: NameBook):
    """Speaker of a paragraph that opens with a quotation and says nothing of its own."""
    para = spans[i].para
    if i > 0 and spans[i - 1].para == para - 1:
        return out[i - 1]
    intro = intros.get(para - 1)
    if intro is not None:
        return _resolve(intro, para, ctx, book)
    people = [m for m in ctx.before(spans[i].start, para, reach=1) if m.kind == "person"]
    if people and people[0].para == para - 1:
        return people[0].name
    recent = [j for j in range(i - 1, -1, -1) if spans[j].para >= para - 3 and out[j]]
    return out[recent[0]] if recent else _UNDECIDED


def _resolve(said: Said, para: int, ctx: Context, book: NameBook) -> str | None:
    if said.kind == "name":
        return book.full(said.value or "")
    if said.kind in ("org", "group"):
        person = book.index.resolve(said.value or "")  # a name the model took for a body
        if person:
            return person
        if said.value and said.value.islower():  # "the council" -> the council named before
            return _named_body(said.value, said.pos, para, ctx) or _descriptor(said.value)
        return _descriptor(said.value)
    if said.kind == "anon":
        return None
    want = said.value if said.kind == "pronoun" else None
    if want == "plural":
        near = ctx.before(said.pos, para)
        groups = [m for m in near if m.kind == "group"] or [
            m for m in near if m.kind == "org" and m.subject
        ]
        return groups[0].name if groups else None
    people = [m for m in ctx.before(said.pos, para) if m.kind == "person"]
    fitting = [m for m in people if _gender(m.name, ctx, book) in (None, want) or want is None]
    subjects = [m for m in fitting if m.subject]
    pick = subjects[0] if subjects else (fitting[0] if fitting else None)
    return pick.name if pick else None


def _named_body(noun: str, pos: int, para: int, ctx: Context) -> str | None:
    for m in ctx.before(pos, para, reach=6):
        if m.kind == "org" and noun in m.name.lower().split():
            return m.name
    return None


def _gender(name: str, ctx: Context, book: NameBook) -> str | None:
    return book.gender_of(name) or ctx.gender.get(name)


def _descriptor(value: str | None) -> str | None:
    if not value:
        return None
    words = value.split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words) or None


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
