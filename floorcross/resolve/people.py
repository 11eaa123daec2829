"""One person per real person: name references grouped by name variants and context.

A reference (from an event mention or a quote's speaker) joins the person whose names and
context fit it best, if the fit reaches `MERGE_AT`:

    fit = name score (names.compare: 3 same name, 2 initial/short form/swapped letters,
          1 one-letter typo or one-word reference)
        + 2 same council or parliament      (different ones: never merged)
        + 1 a party in common               (only different parties known: -1)
        + 1 same ward                       (same council, another ward: -2)
        + 2 a one-word reference in an article naming the person in full (two full names the
                                      extractor kept apart in one article: never merged)

So an identical full name merges unless the context disagrees; "A. Anwar" or "Kier Starmer"
merge with one agreeing detail; "Desai" alone or "Joan Smith" for "John Smith" need the same
council. A one-word reference that fits several people equally well joins none of them.
Candidates come from blocking keys (names.query_keys), so each reference is compared with the
few people sharing a surname or first name, never with everyone.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from floorcross.eval.names import body_core, party_key, ward_key
from floorcross.resolve import names
from floorcross.resolve.attributes import INDEPENDENT

MERGE_AT = 3


@dataclass(frozen=True)
class PersonRef:
    """One reference to a person, with the context the article gives."""

    id: str
    article: int
    name: str
    body: str | None = None
    parties: frozenset[str] = frozenset()
    ward: str | None = None
    role: str | None = None

    @property
    def tokens(self) -> tuple[str, ...]:
        return names.tokens(self.name)

    @property
    def order(self) -> tuple[int, str]:
        return (self.article, self.id)


def party_set(*parties: str | None) -> frozenset[str]:
    """Parties a person belonged to; Independent says nothing about who they are."""
    return frozenset(k for p in parties if p and (k := party_key(p)) and k != INDEPENDENT)


def bodies_compatible(a: str, b: str) -> bool:
    ca, cb = body_core(a), body_core(b)
    if not ca or not cb:
        return a.lower() == b.lower() or not ca or not cb
    return ca <= cb or cb <= ca


def _ward_pair(ref: PersonRef) -> tuple[str, str]:
    """(council core, ward): wards of different councils are never compared."""
    return (" ".join(sorted(body_core(ref.body))), ward_key(ref.ward))


@dataclass
class Person:
    """A resolved person: its references and tallies of their names and context, kept up to
    date as references come and go so comparing costs the same however often it is named."""

    id: str
    refs: dict[str, PersonRef] = field(default_factory=dict)
    _variants: Counter = field(default_factory=Counter)
    _bodies: Counter = field(default_factory=Counter)
    _parties: Counter = field(default_factory=Counter)
    _wards: Counter = field(default_factory=Counter)
    _by_article: dict[int, Counter] = field(default_factory=dict)  # names used per article

    def _tally(self, ref: PersonRef, step: int) -> None:
        self._variants[ref.tokens] += step
        used = self._by_article.setdefault(ref.article, Counter())
        used[ref.tokens] += step
        if used[ref.tokens] <= 0:
            del used[ref.tokens]
        if not used:
            del self._by_article[ref.article]
        if ref.body:
            self._bodies[ref.body] += step
        for p in ref.parties:
            self._parties[p] += step
        if ref.ward:
            self._wards[_ward_pair(ref)] += step
        for counter in (self._variants, self._bodies, self._parties, self._wards):
            for key in [k for k, v in counter.items() if v <= 0]:
                del counter[key]

    _first: tuple[int, str] | None = None

    def add(self, ref: PersonRef) -> None:
        if ref.id not in self.refs:
            self.refs[ref.id] = ref
            self._tally(ref, 1)
            if self._first is None or ref.order < self._first:
                self._first = ref.order

    def remove(self, ref_id: str) -> None:
        ref = self.refs.pop(ref_id, None)
        if ref is not None:
            self._tally(ref, -1)
            if ref.order == self._first:
                self._first = min((r.order for r in self.refs.values()), default=None)

    @property
    def first(self) -> tuple[int, str]:
        """Order of the earliest reference: ties between people go to the earlier one."""
        return self._first or (0, "")

    def token_variants(self) -> set[tuple[str, ...]]:
        return {t for t in self._variants if t}

    def aliases(self) -> list[tuple[str, int]]:
        """Each way the person's name was written (titles stripped), with how often."""
        counts = Counter(names.display(r.name) for r in self.refs.values())
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))

    @property
    def name(self) -> str:
        """The fullest name, then the most used spelling, then the earliest."""
        refs = sorted(self.refs.values(), key=lambda r: r.order)
        rank = {r.id: i for i, r in enumerate(refs)}
        best = max(refs, key=lambda r: (names.fullness(r.tokens), self._variants[r.tokens],
                                        -rank[r.id]))
        return names.display(best.name)

    @property
    def articles(self) -> set[int]:
        return set(self._by_article)

    def names_in(self, article: int) -> set[tuple[str, ...]]:
        return set(self._by_article.get(article, ()))

    def bodies(self) -> set[str]:
        return set(self._bodies)

    def parties(self) -> set[str]:
        return set(self._parties)

    def wards(self) -> set[tuple[str, str]]:
        return set(self._wards)


@dataclass
class Rules:
    """What reviewers decided about people; it outranks the name and context rules below.

    `pinned` places a reference (a mention or quote id, stable across reprocessing) with a
    person; `names` sends references written with a name (its normalised key, two words or
    more) to a person, unless their context rules that person out. Both come from
    floorcross.store.person_review and only ever hold the entries an update needs."""

    pinned: dict[str, str] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)

    def targets(self) -> set[str]:
        return set(self.pinned.values()) | set(self.names.values())


def context_fit(person: Person, ref: PersonRef) -> int | None:
    """Points for agreeing context, negative for disagreeing; None when it rules a merge out."""
    fit = 0
    same_article = _same_article_fit(person, ref)
    if same_article is None:
        return None
    bodies = person.bodies()
    if ref.body and bodies:
        if not any(bodies_compatible(ref.body, b) for b in bodies):
            return None
        fit += 2
    parties = person.parties()
    if ref.parties and parties:
        fit += 1 if ref.parties & parties else -1
    if ref.ward:
        core, ward = _ward_pair(ref)
        wards = {w for b, w in person.wards() if not core or not b or b == core}
        if wards:
            fit += 1 if ward in wards else -2
    return fit + same_article


def _same_article_fit(person: Person, ref: PersonRef) -> int | None:
    """The extractor already resolved names within an article: a one-word reference there
    is most likely the person it names in full, and two full names it kept apart that are
    not an initial, short form or swapped-letter variant of each other are two people."""
    there = person.names_in(ref.article)
    if not there:
        return 0
    if len(ref.tokens) == 1:
        return 2
    if any(len(t) > 1 and names.compare(t, ref.tokens).score < names.STRONG for t in there):
        return None
    return 0


def name_fit(person: Person, toks: tuple[str, ...]) -> names.NameMatch:
    best = names.NameMatch(names.NONE)
    for variant in person.token_variants():
        m = names.compare(toks, variant)
        if (m.score, not m.partial) > (best.score, not best.partial):
            best = m
    return best


def choose(candidates: Iterable[Person], ref: PersonRef) -> Person | None:
    """The person `ref` belongs to among `candidates`, or None for a new person."""
    toks = ref.tokens
    scored: list[tuple[int, tuple[int, str], Person]] = []
    partial = len(toks) == 1
    for person in candidates:
        nm = name_fit(person, toks)
        if nm.score == names.NONE:
            continue
        ctx = context_fit(person, ref)
        if ctx is None:
            continue
        total = nm.score + ctx
        if total >= MERGE_AT:
            scored.append((total, person.first, person))
            partial = partial or nm.partial
    if not scored:
        return None
    scored.sort(key=lambda s: (-s[0], s[1]))
    if partial and len(scored) > 1 and scored[0][0] == scored[1][0]:
        return None  # "Desai" when two Desais fit equally: attach to neither
    return scored[0][2]
