"""Parsing only what the event rules need: candidate sentences, a little context around them,
and the sentences that give the full names behind short references ("Ammar", "Cllr Desai")."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date

from spacy.language import Language

from floorcross.extract.candidates import (
    Sentence,
    candidate_indices,
    split_sentences,
    with_context,
)
from floorcross.extract.mentions import ROSTER_CUE, ParsedSentence, build_sentence
from floorcross.extract.people import PeopleIndex
from floorcross.extract.quotes_scan import QuoteSpan, scan_quotes
from floorcross.extract.terms import PartyMention, find_parties
from floorcross.nlp.countries import guess_country

_BATCH = 64
_COUNT_WORDS = r"(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|\d{1,2})"
_LEDE = re.compile(rf"(?:An?|One|Another|{_COUNT_WORDS}|The (?i:{_COUNT_WORDS}) other)\s")


@dataclass
class ParsedArticle:
    text: str
    published: date | None
    sentences: list[Sentence]
    candidates: list[int]
    parsed: dict[int, ParsedSentence] = field(default_factory=dict)
    people: PeopleIndex = field(default_factory=PeopleIndex)
    quotes: list[tuple[int, int]] = field(default_factory=list)
    attribution: dict[int, int] = field(default_factory=dict)  # see _attributions
    dominant_party: str | None = None
    # Parties the article tells someone joining ("has joined the Greens", "defected to Reform")
    joined_parties: frozenset[str] = frozenset()
    country: str | None = None  # see nlp.countries.guess_country
    published_precision: str = "day"  # see types.CleanedArticle

    def in_quote(self, offset: int) -> bool:
        return any(a <= offset < b for a, b in self.quotes)

    def ordered(self) -> list[ParsedSentence]:
        return [self.parsed[i] for i in sorted(self.parsed)]


def parse_article(text: str, published: date | None, nlp: Language) -> ParsedArticle:
    sentences = split_sentences(text)
    cands = candidate_indices(text, sentences)
    art = ParsedArticle(text, published, sentences, cands)
    if not cands:
        return art
    art.country = guess_country(text)
    spans = scan_quotes(text)
    art.quotes = [(q.start, q.end) for q in spans]
    art.attribution = _attributions(art, spans)
    needed = with_context(cands, len(sentences))
    # "An SNP MP and a councillor have defected": a lede whose people are named further on.
    needed += [j for i in cands if _LEDE.match(text, sentences[i].start)
               for j in range(i + 2, min(i + 4, len(sentences)))]
    needed += [art.attribution[i] for i in cands if i in art.attribution]
    # "X and five other MLAs were suspended ... The five other MLAs are A, B, ...": a roster
    # up to six sentences on, with no trigger of its own.
    needed += [j for i in cands for j in range(i + 2, min(i + 7, len(sentences)))
               if ROSTER_CUE.search(text[sentences[j].start : sentences[j].end])]
    _parse(art, needed, nlp)
    _parse(art, _name_sentences(art), nlp)
    _spell_acronyms(art)
    # Full names only: a lone word ("Ammar", "Blackburn") is resolved against them, never
    # made a person of its own.
    for name in sorted(_all_names(art), key=lambda n: -len(n.split())):
        if len(name.split()) > 1:
            art.people.add(name)
    art.dominant_party, art.joined_parties = _dominant_party(text, art.country)
    return art


def _attributions(art: ParsedArticle, spans: list[QuoteSpan]) -> dict[int, int]:
    """For sentences inside a quotation running over several paragraphs, the sentence where
    it opens (or the one before, ending in "said:"), which names the speaker."""
    first_of_chain: dict[int, int] = {}
    for q in spans:
        first_of_chain.setdefault(q.chain, q.start)
    out: dict[int, int] = {}
    starts = [s.start for s in art.sentences]
    for q in spans:
        opening = first_of_chain[q.chain]
        if opening == q.start:
            continue
        i = bisect_right(starts, q.start) - 1
        j = bisect_right(starts, opening) - 1
        if art.sentences[j].start >= opening - 1 and j > 0:
            j -= 1  # the quotation opens its sentence: the speaker is named just before
        for k in range(i, bisect_right(starts, q.end)):
            out.setdefault(k, j)
    return out


def _parse(art: ParsedArticle, indices: list[int], nlp: Language) -> None:
    todo = [i for i in indices if i not in art.parsed]
    texts = [art.text[art.sentences[i].start : art.sentences[i].end] for i in todo]
    for i, doc in zip(todo, nlp.pipe(texts, batch_size=_BATCH), strict=True):
        s = art.sentences[i]
        art.parsed[i] = build_sentence(i, s.start, s.end, doc, art.country)


_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Z&-]{1,7})\)")
_WORD = re.compile(r"\b[A-Z][A-Z&-]{1,7}\b")


def _spell_acronyms(art: ParsedArticle) -> None:
    """Bare party acronyms the article spelled out once ("the Nationalist Congress Party
    (NCP)" ... "NCP's A"), which the party table does not read, read as the party given."""
    known: dict[str, str] = {}
    for s in art.ordered():
        for p in s.parties:
            m = _ACRONYM_AFTER.match(art.text, p.end)
            if m and p.name != "Independent":
                known.setdefault(m.group(1), p.name)
    if not known:
        return
    for s in art.parsed.values():
        added = [PartyMention(m.start(), m.end(), known[m.group(0)])
                 for m in _WORD.finditer(art.text, s.start, s.end) if m.group(0) in known
                 and not any(p.start <= m.start() < p.end for p in s.parties)]
        if added:
            s.parties = sorted(s.parties + added, key=lambda p: p.start)


def _all_names(art: ParsedArticle) -> list[str]:
    """Names of the parsed sentences in the order the article writes them: which of two
    spellings ("Kier", "Keir") wins must not depend on set order, which varies per run."""
    return list(dict.fromkeys(n for s in art.ordered() for n in s.names.values()))


def _name_sentences(art: ParsedArticle) -> list[int]:
    """Sentences holding a fuller form of a one-word name used in the parsed sentences."""
    short = {n for n in _all_names(art) if len(n.split()) == 1}
    short |= {
        t.text for s in art.parsed.values() for t in s.doc
        if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN" and t.is_title
        and not s.party_of(t) and t.i not in s.names
    }
    out = []
    for name in short:
        full = re.compile(
            rf"\b[A-Z][\w'’-]+\s+{re.escape(name)}\b|\b{re.escape(name)}\s+[A-Z][\w'’-]+"
        )
        for i, s in enumerate(art.sentences):
            if i not in art.parsed and full.search(art.text, s.start, s.end):
                out.append(i)
                break
    return out


# "held by the Conservatives", "won by Labour", "the Tory-held seat": a seat's or a council's
# history, which says nothing about which party the article's people belong to.
_HELD_BY = re.compile(r"\b(?:held|won|taken|gained|controlled|run|led|retained|captured"
                      r"|lost)\s+by\s+(?:the\s+)?$", re.IGNORECASE)
_HELD_AFTER = re.compile(r"^-?(?:held|run|led|controlled)\b")


# "has joined the Greens", "quit Labour to join Reform", "defected to the SNP" (not a career
# note such as "who joined Labour in 2010").
_JOINED = re.compile(
    r"\b(?:(?:has|have|had|to|is|are|after|and)\s+(?:now\s+|formally\s+|officially\s+)?"
    r"join(?:ed|ing)?|defect(?:ed|s|ing)?\s+to|switch(?:ed|es|ing)?\s+to"
    r"|cross(?:ed|es|ing)?\s+(?:the\s+floor\s+)?to)\s+(?:the\s+)?$", re.IGNORECASE)


def _dominant_party(text: str, country: str | None) -> tuple[str | None, frozenset[str]]:
    """The party the article names most (not counting seat histories), and the parties it
    tells someone joining."""
    counts: dict[str, int] = {}
    joined = set()
    for p in find_parties(text, country=country):
        before = text[max(0, p.start - 25) : p.start]
        if _JOINED.search(before):
            joined.add(p.name)
        if _HELD_BY.search(before) or _HELD_AFTER.match(text[p.end : p.end + 12]):
            continue
        counts[p.name] = counts.get(p.name, 0) + 1
    return (max(counts, key=lambda k: counts[k]) if counts else None), frozenset(joined)
