"""The resolved state and its incremental updates.

`Resolver.add` takes new mentions (and quote speakers) and attaches each to an existing person
and event or starts a new one; nothing already decided is recomputed, and the ids of people
and events that changed are returned so only their rows need rewriting. Reprocessing an article
is `replace_articles`: its references are taken out, then added again.

Ids are deterministic: an event takes the id of the mention that created it (mentions are
added earliest article first, so that is its earliest report) and keeps it while it has
mentions; a person takes the id of its first name's key (`store.ids.person_id`), with a
suffix when two people share a name. Resolving the same mentions in the same order gives the
same ids, and `Resolver.restore` rebuilds a stored state without deciding anything again.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace

from floorcross.resolve import events as event_rules
from floorcross.resolve import names
from floorcross.resolve import people as people_rules
from floorcross.resolve.events import Event
from floorcross.resolve.model import Changes, Mention
from floorcross.resolve.people import Person, PersonRef, Rules, party_set
from floorcross.store import ids


def person_ref(m: Mention) -> PersonRef:
    """The reference to a person an event mention makes, with its context."""
    return PersonRef(id=m.id, article=m.article, name=m.person, body=m.body,
                     parties=party_set(m.party_from, m.party_to), ward=m.ward, role=m.role)


def _free_id(base: str, taken: Mapping[str, object],
             elsewhere: Callable[[str], bool] | None = None) -> str:
    """`base`, or `base-2`, `base-3` ... when it is taken (as store.ids.unique_id)."""
    candidate, n = base, 1
    while candidate in taken or (elsewhere is not None and elsewhere(candidate)):
        n += 1
        candidate = f"{base}-{n}"
    return candidate


class Resolver:
    """`is_taken(id)` says whether an id is used by a person or event not loaded here (when
    only part of a stored state is restored); `rules` are reviewers' decisions about people
    (merges and splits), applied before the name and context rules."""

    def __init__(self, is_taken: Callable[[str], bool] | None = None,
                 rules: Rules | None = None) -> None:
        self.is_taken = is_taken
        self.rules = rules or Rules()
        self.people: dict[str, Person] = {}
        self.events: dict[str, Event] = {}
        self.mentions: dict[str, Mention] = {}
        self.person_of: dict[str, str] = {}  # reference id -> person id
        self.event_of: dict[str, str] = {}  # mention id -> event id
        self._refs_by_article: dict[int, set[str]] = defaultdict(set)
        self._block: dict[str, set[str]] = defaultdict(set)  # blocking key -> person ids
        self._person_events: dict[str, set[str]] = defaultdict(set)

    # --- people ---------------------------------------------------------------------------

    def _candidates(self, ref: PersonRef) -> list[Person]:
        found: set[str] = set()
        for key in names.query_keys(ref.tokens):
            found |= self._block.get(key, set())
        return [self.people[pid] for pid in sorted(found)]

    def _new_person(self, ref: PersonRef) -> Person:
        base = ids.person_id(" ".join(ref.tokens))
        reserved = self.rules.targets()  # reviewers' people keep their ids to themselves
        pid = _free_id(base, self.people,
                       lambda c: c in reserved or bool(self.is_taken and self.is_taken(c)))
        person = Person(pid)
        self.people[pid] = person
        return person

    def _attach_ref(self, ref: PersonRef, person: Person) -> None:
        person.add(ref)
        self.person_of[ref.id] = person.id
        self._refs_by_article[ref.article].add(ref.id)
        for key in names.index_keys(ref.tokens):
            self._block[key].add(person.id)

    def _reviewed_person(self, ref: PersonRef) -> Person | None:
        """The person a reviewer's rule places `ref` with, or None when no rule applies."""
        pid = self.rules.pinned.get(ref.id)
        if pid is None:
            pid = self.rules.names.get(" ".join(ref.tokens))
            known = self.people.get(pid) if pid else None
            if known is not None and people_rules.context_fit(known, ref) is None:
                return None  # same name, but a council or article rules this person out
        if pid is None:
            return None
        return self.people.get(pid) or self.people.setdefault(pid, Person(pid))

    def _place_ref(self, ref: PersonRef, changes: Changes) -> None:
        if not ref.tokens:
            return
        person = (self._reviewed_person(ref) or people_rules.choose(self._candidates(ref), ref)
                  or self._new_person(ref))
        self._attach_ref(ref, person)
        changes.people.add(person.id)

    # --- events ---------------------------------------------------------------------------

    def _attach_mention(self, m: Mention, event: Event) -> None:
        event.mentions[m.id] = m
        self.event_of[m.id] = event.id
        self._person_events[event.person_id].add(event.id)

    def _place_mention(self, m: Mention, changes: Changes) -> None:
        pid = self.person_of.get(m.id)
        if pid is None:
            return  # no nameable person: not a register entry
        existing = [self.events[e] for e in sorted(self._person_events[pid])]
        event = event_rules.choose(existing, m)
        if event is None:
            event = Event(_free_id(m.id, self.events, self.is_taken), pid)
            self.events[event.id] = event
        self._attach_mention(m, event)
        changes.events.add(event.id)

    # --- public API -----------------------------------------------------------------------

    def add(self, mentions: Iterable[Mention], refs: Iterable[PersonRef] = ()) -> Changes:
        """Resolve new event mentions and extra person references (quote speakers)."""
        changes = Changes()
        new = sorted((m for m in mentions if m.id not in self.mentions), key=lambda m: m.order)
        for m in new:
            self.mentions[m.id] = m
        all_refs = [person_ref(m) for m in new]
        all_refs += [r for r in refs if r.id not in self.person_of]
        # Full names first, so a one-word reference meets the people it may refer to; among
        # them, references a reviewer placed come last, after the people they join are formed.
        pinned = self.rules.pinned
        for ref in sorted(all_refs, key=lambda r: (len(r.tokens) < 2, r.id in pinned, r.order)):
            self._place_ref(ref, changes)
        for m in new:
            self._place_mention(m, changes)
        return changes

    def remove_articles(self, articles: Iterable[int]) -> Changes:
        """Take out everything the given articles said (before reprocessing or deleting them)."""
        changes = Changes()
        for article in set(articles):
            for ref_id in self._refs_by_article.pop(article, set()):
                self._detach(ref_id, changes)
        changes.people -= changes.removed_people
        changes.events -= changes.removed_events
        return changes

    def replace_articles(self, articles: Iterable[int], mentions: Iterable[Mention],
                         refs: Iterable[PersonRef] = ()) -> Changes:
        """Reprocessing: what the articles said before is replaced by `mentions` and `refs`."""
        changes = self.remove_articles(articles)
        added = self.add(mentions, refs)
        changes.update(added)
        changes.removed_people -= added.people
        changes.removed_events -= added.events
        return changes

    def set_stories(self, stories: Mapping[int, int]) -> Changes:
        """Record the story group of articles; events whose source count changes are returned."""
        changes = Changes()
        for mid, m in list(self.mentions.items()):
            story = stories.get(m.article)
            if story is None or story == m.story:
                continue
            updated = replace(m, story=story)
            self.mentions[mid] = updated
            eid = self.event_of.get(mid)
            if eid is not None:
                self.events[eid].mentions[mid] = updated
                changes.events.add(eid)
        return changes

    def _detach(self, ref_id: str, changes: Changes) -> None:
        pid = self.person_of.pop(ref_id, None)
        if pid is not None:
            person = self.people[pid]
            ref = person.refs[ref_id]
            person.remove(ref_id)
            changes.people.add(pid)
            if not person.refs:
                del self.people[pid]
                changes.removed_people.add(pid)
            self._unindex(pid, ref.tokens)
        self.mentions.pop(ref_id, None)
        eid = self.event_of.pop(ref_id, None)
        if eid is not None:
            event = self.events[eid]
            event.mentions.pop(ref_id, None)
            changes.events.add(eid)
            if not event.mentions:
                del self.events[eid]
                self._person_events[event.person_id].discard(eid)
                changes.removed_events.add(eid)

    def _unindex(self, pid: str, tokens: tuple[str, ...]) -> None:
        """Drop the blocking keys of a name the person no longer has."""
        person = self.people.get(pid)
        kept = set()
        if person is not None:
            for toks in person.token_variants():
                kept.update(names.index_keys(toks))
        for key in names.index_keys(tokens):
            if key not in kept:
                self._block[key].discard(pid)

    @classmethod
    def restore(cls, mentions: Iterable[Mention], refs: Iterable[PersonRef],
                person_of: Mapping[str, str], event_of: Mapping[str, str],
                is_taken: Callable[[str], bool] | None = None,
                rules: Rules | None = None) -> Resolver:
        """A resolver holding a stored state (or part of it) exactly as it was decided."""
        r = cls(is_taken, rules)
        ms = sorted(mentions, key=lambda m: m.order)
        for ref in [person_ref(m) for m in ms] + list(refs):
            pid = person_of.get(ref.id)
            if pid is None:
                continue
            person = r.people.get(pid) or r.people.setdefault(pid, Person(pid))
            r._attach_ref(ref, person)
        for m in ms:
            r.mentions[m.id] = m
            eid, pid = event_of.get(m.id), person_of.get(m.id)
            if eid is None or pid is None:
                continue
            event = r.events.setdefault(eid, Event(eid, pid))
            r._attach_mention(m, event)
        return r
