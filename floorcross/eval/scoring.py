"""The scoring rules of FORMAT.md as a pure function over gold and exported records.

Gold: one dict per article (`id`, optional `url`, `events`, `quotes`). Predictions: event and
quote records as `floorcross export` writes them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from floorcross.eval.names import (
    body_core,
    name_similarity,
    names_match,
    parties_agree,
    party_key,
    quote_key,
    ward_key,
)

Record = dict[str, Any]
ATTRIBUTES = ("type", "party_to", "role", "body", "ward", "date", "hedged")


def _lower(v: Any) -> str:
    return str(v).strip().lower()


# How a predicted attribute value is compared with the gold one (gold value first).
ATTRIBUTE_RULES: dict[str, Callable[[Any, Any], bool]] = {
    "type": lambda g, p: p is not None and _lower(g) == _lower(p),
    "role": lambda g, p: p is not None and _lower(g) == _lower(p),
    "party_to": lambda g, p: p is not None and party_key(g) == party_key(p),
    "body": lambda g, p: p is not None and body_core(g) == body_core(p),
    "ward": lambda g, p: p is not None and ward_key(g) == ward_key(p),
    "date": lambda g, p: isinstance(p, str) and p.startswith(str(g)),
    "hedged": lambda g, p: bool(g) == bool(p),
}


@dataclass
class Ratio:
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None


@dataclass
class EvalResult:
    gold_events: int = 0  # not optional
    predicted_events: int = 0  # tied to a gold article
    matched_gold: int = 0  # non-optional gold events matched
    matched_optional: int = 0
    false_positives: list[Record] = field(default_factory=list)
    misses: list[Record] = field(default_factory=list)
    unscored_predictions: int = 0  # evidence from no gold article
    attributes: dict[str, Ratio] = field(default_factory=lambda: {a: Ratio() for a in ATTRIBUTES})
    attribute_errors: list[Record] = field(default_factory=list)
    quotes_gold: int = 0
    quotes_found: int = 0
    quotes_attributed: int = 0
    quote_misses: list[Record] = field(default_factory=list)

    @property
    def precision(self) -> float:
        if not self.predicted_events:
            return 1.0
        return (self.predicted_events - len(self.false_positives)) / self.predicted_events

    @property
    def recall(self) -> float:
        return self.matched_gold / self.gold_events if self.gold_events else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def metrics(self) -> dict[str, Any]:
        """Figures as plain data (for --json)."""
        def rate(n: int, d: int) -> float | None:
            return n / d if d else None

        return {
            "events": {
                "precision": self.precision, "recall": self.recall, "f1": self.f1,
                "gold": self.gold_events, "predicted": self.predicted_events,
                "matched_gold": self.matched_gold, "matched_optional": self.matched_optional,
                "false_positives": len(self.false_positives), "misses": len(self.misses),
                "unscored_predictions": self.unscored_predictions,
            },
            "attributes": {
                a: {"correct": r.correct, "scored": r.total, "accuracy": r.value}
                for a, r in self.attributes.items()
            },
            "quotes": {
                "gold": self.quotes_gold, "found": self.quotes_found,
                "attributed": self.quotes_attributed,
                "recall": rate(self.quotes_found, self.quotes_gold),
                "attribution": rate(self.quotes_attributed, self.quotes_gold),
                "attribution_of_found": rate(self.quotes_attributed, self.quotes_found),
            },
            "false_positives": self.false_positives,
            "misses": self.misses,
            "attribute_errors": self.attribute_errors,
            "quote_misses": self.quote_misses,
        }


def _article_index(gold: list[Record]) -> dict[str, str]:
    """source_id or url -> gold article id."""
    index: dict[str, str] = {}
    for art in gold:
        index[str(art["id"])] = str(art["id"])
        if art.get("url"):
            index[str(art["url"])] = str(art["id"])
    return index


def _tied_articles(refs: list[Any], index: dict[str, str]) -> list[str]:
    out: list[str] = []
    for ref in refs:
        gid = index.get(str(ref)) if ref is not None else None
        if gid is not None and gid not in out:
            out.append(gid)
    return out


def _event_articles(event: Record, index: dict[str, str]) -> list[str]:
    refs: list[Any] = []
    for ev in event.get("evidence") or []:
        refs += [ev.get("source_id"), ev.get("url")]
    return _tied_articles(refs, index)


def _pred_name(pred: Record) -> str | None:
    person = pred.get("person")
    return person.get("name") if isinstance(person, dict) else person


def _is_candidate(g: Record, p: Record) -> bool:
    return names_match(g.get("person"), _pred_name(p)) and parties_agree(
        g.get("party_from"), p.get("party_from")
    )


def match_events(gold: list[Record], preds: list[Record]) -> dict[int, int]:
    """One-to-one matching of gold events (index) to predictions (index) of one article.

    Maximum matching by augmenting paths, trying non-optional gold first so an optional gold
    event never takes a prediction a required one needed; among candidates, a prediction
    with the same type and the closest spelling is tried first.
    """
    def preference(gi: int, pi: int) -> tuple:
        g, p = gold[gi], preds[pi]
        return (_lower(g.get("type")) != _lower(p.get("type")),
                -name_similarity(g.get("person"), _pred_name(p)), pi)

    cands = {
        gi: sorted((pi for pi in range(len(preds)) if _is_candidate(gold[gi], preds[pi])),
                   key=lambda pi, gi=gi: preference(gi, pi))
        for gi in range(len(gold))
    }
    owner: dict[int, int] = {}  # prediction -> gold

    def augment(gi: int, seen: set[int]) -> bool:
        for pi in cands[gi]:
            if pi in seen:
                continue
            seen.add(pi)
            if pi not in owner or augment(owner[pi], seen):
                owner[pi] = gi
                return True
        return False

    for gi in sorted(range(len(gold)), key=lambda i: bool(gold[i].get("optional"))):
        augment(gi, set())
    return {gi: pi for pi, gi in owner.items()}


def _summary(article: str, ev: Record) -> Record:
    name = _pred_name(ev) if isinstance(ev.get("person"), dict) else ev.get("person")
    return {"article": article, "person": name, "type": ev.get("type"),
            "party_from": ev.get("party_from"), "party_to": ev.get("party_to"),
            "id": ev.get("id")}


def _score_attributes(res: EvalResult, article: str, g: Record, p: Record) -> None:
    for attr, rule in ATTRIBUTE_RULES.items():
        if g.get(attr) is None:
            continue
        ratio = res.attributes[attr]
        ratio.total += 1
        if rule(g[attr], p.get(attr)):
            ratio.correct += 1
        else:
            res.attribute_errors.append({"article": article, "person": g.get("person"),
                                         "attribute": attr, "gold": g[attr],
                                         "predicted": p.get(attr)})


def _score_article_events(res: EvalResult, article: str, gold: list[Record],
                          preds: list[Record]) -> None:
    pairs = match_events(gold, preds)
    res.predicted_events += len(preds)
    for gi, g in enumerate(gold):
        optional = bool(g.get("optional"))
        res.gold_events += not optional
        if gi in pairs:
            res.matched_gold += not optional
            res.matched_optional += optional
            _score_attributes(res, article, g, preds[pairs[gi]])
        elif not optional:
            res.misses.append(_summary(article, g))
    matched = set(pairs.values())
    res.false_positives += [_summary(article, p) for pi, p in enumerate(preds)
                            if pi not in matched]


def _score_article_quotes(res: EvalResult, article: str, gold: list[Record],
                          preds: list[Record]) -> None:
    keyed = [(quote_key(p.get("text")), p) for p in preds]
    for g in gold:
        start = quote_key(g.get("starts"))
        hits = [p for key, p in keyed if start and key.startswith(start)]
        res.quotes_gold += 1
        res.quotes_found += bool(hits)
        speakers = [(p.get("speaker") or {}).get("name") for p in hits]
        gold_speaker = g.get("speaker")
        attributed = any(
            (gold_speaker is None and s is None) or names_match(gold_speaker, s)
            for s in speakers
        )
        res.quotes_attributed += attributed
        if not attributed:
            res.quote_misses.append({"article": article, "speaker": gold_speaker,
                                     "starts": g.get("starts"), "found": bool(hits),
                                     "predicted_speakers": speakers})


def score(gold: list[Record], events: list[Record], quotes: list[Record]) -> EvalResult:
    """Score exported `events` and `quotes` against `gold` articles."""
    index = _article_index(gold)
    res = EvalResult()
    events_by: dict[str, list[Record]] = {str(a["id"]): [] for a in gold}
    quotes_by: dict[str, list[Record]] = {str(a["id"]): [] for a in gold}
    for ev in events:
        # An event reported by several gold articles is scored in each of them.
        tied = _event_articles(ev, index)
        res.unscored_predictions += not tied
        for gid in tied:
            events_by[gid].append(ev)
    for q in quotes:
        for gid in _tied_articles([q.get("source_id"), q.get("url")], index):
            quotes_by[gid].append(q)
    for art in gold:
        gid = str(art["id"])
        _score_article_events(res, gid, art.get("events") or [], events_by[gid])
        _score_article_quotes(res, gid, art.get("quotes") or [], quotes_by[gid])
    return res
