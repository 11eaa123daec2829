"""Evaluation results as text for the terminal."""

from __future__ import annotations

from floorcross.eval.scoring import EvalResult


def _pct(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.1%}"


def _event_line(rec: dict) -> str:
    party = rec.get("party_from") or "?"
    if rec.get("party_to"):
        party += f" -> {rec['party_to']}"
    return f"  {rec['article']}: {rec.get('person')} [{rec.get('type')}] {party}"


def format_report(res: EvalResult) -> str:
    """Event P/R/F1, attribute accuracy, quote recall and attribution, then every error."""
    fp = len(res.false_positives)
    lines = [
        "Events",
        f"  precision {_pct(res.precision)}  ({res.predicted_events - fp}/{res.predicted_events}"
        f" predicted match gold)",
        f"  recall    {_pct(res.recall)}  ({res.matched_gold}/{res.gold_events} gold found;"
        f" {res.matched_optional} optional matched)",
        f"  F1        {_pct(res.f1)}",
    ]
    if res.unscored_predictions:
        lines.append(f"  {res.unscored_predictions} predictions from articles without gold")
    lines.append("Attributes (matched events, where gold gives them)")
    for attr, r in res.attributes.items():
        lines.append(f"  {attr:<9} {_pct(r.value):>6}  ({r.correct}/{r.total})")
    q = res.quotes_gold
    lines += [
        "Quotes",
        f"  found       {_pct(res.quotes_found / q if q else None)}  ({res.quotes_found}/{q})",
        f"  attributed  {_pct(res.quotes_attributed / q if q else None)}"
        f"  ({res.quotes_attributed}/{q})",
    ]
    lines.append(f"Missed gold events ({len(res.misses)})")
    lines += [_event_line(m) for m in res.misses]
    lines.append(f"False positives ({fp})")
    lines += [_event_line(p) for p in res.false_positives]
    lines.append(f"Attribute errors ({len(res.attribute_errors)})")
    lines += [f"  {e['article']}: {e['person']} {e['attribute']}: gold {e['gold']!r},"
              f" predicted {e['predicted']!r}" for e in res.attribute_errors]
    lines.append(f"Quotes missed or misattributed ({len(res.quote_misses)})")
    lines += [f"  {m['article']}: {m['speaker']}: \"{m['starts']}\""
              + ("" if not m["found"] else f" (found, speaker {m['predicted_speakers']})")
              for m in res.quote_misses]
    return "\n".join(lines)
