"""Time to resolve synthetic event mentions into people and events, and how well it did.

A generator invents people (first name x surname, spread over councils and parties) and real
changes, then has several outlets report each change: with titles, initials, surname-only
references, swapped-letter typos, a month instead of a day, or a missing party. It prints, for
10k and 100k mentions, the time to resolve them all at once, the time to add the last 10% to
an already resolved state (an incremental ingest), and the number of people and events found
against the numbers invented.

    .venv/bin/python bench/bench_resolve.py
    .venv/bin/python bench/bench_resolve.py --sizes 10000 --seed 3
    .venv/bin/python bench/bench_resolve.py --sizes --store 5000   # through the SQLite store

With --store N, N one-event articles are written through the store (store.write.write_derived,
which resolves each article as it is written) and the time per article of the first and the
last tenth is printed: flat when the cost of an article does not grow with the register.
"""

from __future__ import annotations

import argparse
import random
import string
import time

from floorcross.resolve import Mention, Resolver

PARTIES = ["Labour", "Conservative", "Liberal Democrats", "Green", "Reform UK", "SNP"]
TYPES = ["resigned", "defected", "suspended", "expelled", "whip_removed", "rejoined"]
TITLES = ["", "", "Cllr ", "Councillor ", "Mr ", "Ms ", "Dr "]


def _word(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(n)).capitalize()


def _variant(rng: random.Random, first: str, last: str) -> str:
    roll = rng.random()
    if roll < 0.06:
        return last  # surname-only reference
    if roll < 0.12:
        return f"{first[0]}. {last}"
    if roll < 0.17 and len(first) > 3:  # swapped letters: Kier for Keir
        i = rng.randrange(1, len(first) - 2)
        first = first[:i] + first[i + 1] + first[i] + first[i + 2 :]
    return f"{rng.choice(TITLES)}{first} {last}"


def generate(n_mentions: int, seed: int = 1) -> tuple[list[Mention], dict[str, tuple[int, int]]]:
    """Mentions in article order, and the true (person, event) of each mention id."""
    rng = random.Random(seed)
    n_people = max(10, n_mentions // 6)
    firsts = [_word(rng, rng.randint(4, 7)) for _ in range(max(50, n_people // 40))]
    lasts = [_word(rng, rng.randint(5, 9)) for _ in range(max(200, n_people // 4))]
    councils = [f"{_word(rng, 7)} Council" for _ in range(max(20, n_people // 20))]
    people = [(rng.choice(firsts), rng.choice(lasts), rng.choice(councils))
              for _ in range(n_people)]
    reports: list[tuple[int, tuple[int, int], dict]] = []
    n_events = 0
    while len(reports) < n_mentions:
        who = rng.randrange(n_people)
        first, last, council = people[who]
        n_events += 1
        day = f"20{rng.randint(18, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        base = {"type": rng.choice(TYPES), "party_from": rng.choice(PARTIES),
                "party_to": rng.choice(PARTIES + [None]), "body": council, "date": day}
        start = rng.randrange(10 * n_mentions)
        for k in range(rng.randint(1, 5)):
            rep = dict(base, person=_variant(rng, first, last))
            if rng.random() < 0.2:
                rep["date"] = day[:7]
            if rng.random() < 0.1:
                rep["party_to"] = None
            reports.append((start + k * rng.randint(1, 50), (who, n_events), rep))
    reports.sort(key=lambda r: r[0])
    reports = reports[:n_mentions]
    mentions = [Mention(id=f"ev-{i:07d}", article=i, **rep)
                for i, (_, _, rep) in enumerate(reports)]
    truth = {m.id: r[1] for m, r in zip(mentions, reports, strict=True)}
    return mentions, truth


def purity(groups: list[list[str]], truth: dict[str, tuple[int, int]], part: int) -> float:
    """Share of mentions whose group is made of one true person (part 0) or event (part 1)."""
    pure = sum(len(g) for g in groups if len({truth[m][part] for m in g}) == 1)
    return pure / max(1, sum(len(g) for g in groups))


def run(size: int, seed: int) -> None:
    mentions, truth = generate(size, seed)
    t0 = time.perf_counter()
    full = Resolver()
    full.add(mentions)
    whole = time.perf_counter() - t0

    cut = int(len(mentions) * 0.9)
    inc = Resolver()
    inc.add(mentions[:cut])
    t1 = time.perf_counter()
    changes = inc.add(mentions[cut:])
    last = time.perf_counter() - t1
    print(f"{size:>7} mentions: resolved in {whole:6.2f} s ({size / whole:,.0f} mentions/s); "
          f"last 10% added incrementally in {last:5.2f} s "
          f"({len(changes.events):,} events, {len(changes.people):,} people touched)")
    people = [list(p.refs) for p in full.people.values()]
    events = [list(e.mentions) for e in full.events.values()]
    n_people = len({t[0] for t in truth.values()})
    n_events = len({t[1] for t in truth.values()})
    print(f"{'':>17} people {len(people):,} (true {n_people:,}, purity "
          f"{purity(people, truth, 0):.3f}); events {len(events):,} (true {n_events:,}, "
          f"purity {purity(events, truth, 1):.3f})")


def run_store(n: int, seed: int) -> None:
    import tempfile
    from pathlib import Path

    from floorcross.store import open_db, write
    from floorcross.types import CleanedArticle, EventMention, Evidence, Extraction, RawInput

    mentions, _ = generate(n, seed)
    with tempfile.TemporaryDirectory() as tmp:
        engine = open_db(f"sqlite:///{Path(tmp) / 'bench.db'}")
        times: list[float] = []
        for m in mentions:
            text = f"Report {m.id}: {m.person} {m.type} from {m.party_from}."
            raw = RawInput(source_id=m.id, kind="text", content=text, origin=m.id)
            ev = EventMention(person=m.person, type=m.type, party_from=m.party_from,
                              party_to=m.party_to, body=m.body, date=m.date,
                              evidence=[Evidence(0, len(text), text)])
            t0 = time.perf_counter()
            with engine.begin() as conn:
                stored = write.store_raw(conn, raw)
                write.write_derived(conn, stored.id, raw.content_hash, CleanedArticle(text),
                                    Extraction(events=[ev]), "bench")
            times.append(time.perf_counter() - t0)
        tenth = max(1, n // 10)
        first, last = sum(times[:tenth]) / tenth, sum(times[-tenth:]) / tenth
        print(f"store: {n:,} articles in {sum(times):.1f} s; per article "
              f"{first * 1000:.1f} ms (first tenth) -> {last * 1000:.1f} ms (last tenth)")
        engine.dispose()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--store", type=int, default=0, metavar="N",
                    help="also write N articles through the SQLite store")
    args = ap.parse_args()
    for size in args.sizes:
        run(size, args.seed)
    if args.store:
        run_store(args.store, args.seed)


if __name__ == "__main__":
    main()
