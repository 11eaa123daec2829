"""Scoring extracted events and quotes against hand-made gold (FORMAT.md "Scoring rules").

:mod:`floorcross.eval.scoring` is pure (records in, scores out); :mod:`floorcross.eval.runner`
ingests articles into a temporary database and scores what the real pipeline exports.
"""

from floorcross.eval.scoring import EvalResult, score

__all__ = ["EvalResult", "score"]
