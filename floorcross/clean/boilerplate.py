"""Removing page furniture from article text, line by line.

Single lines are judged by the rule families in `patterns`. Three families open a block
whose following lines are judged by a looser test: a "Related articles" heading takes the
headline-like lines under it, a donation appeal takes the lines written in the outlet's own
voice, a comments heading takes the lines about commenting. A block ends at the first line
that fails its test, so reporting after the block is kept.
"""

from __future__ import annotations

import re

from floorcross.clean.patterns import (
    COMMENTS,
    DONATION,
    FULL,
    INLINE_CREDIT,
    LIST_HEADING,
    REPORTING,
    RULES,
    TRAILING_CREDIT,
)

# At most this many headlines are taken under one "Related articles" heading.
MAX_LIST_ITEMS = 12
MAX_HEADLINE_WORDS = 30

# A sentence boundary inside a line: headlines have one sentence, paragraphs often more.
SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?\s+[\"“‘']?[A-Z]")
# Openings of running prose, which headlines do not use.
PROSE_START = re.compile(
    r"(he|she|they|it|we|i|but|and|so|however|meanwhile|this|that|these|those|there|his|her|"
    r"their|its|in a|on \w+day)\b",
    re.IGNORECASE,
)
# Speech attribution in the past tense marks body text; headlines say "says".
ATTRIBUTION = re.compile(r"\b(said|told|added|explained|insisted|admitted)\b", re.IGNORECASE)
FIRST_OR_SECOND_PERSON = re.compile(
    r"\b(we|we['’](re|ve|ll|d)|our|ours|us|you|your|you['’](re|ve|ll|d))\b", re.IGNORECASE
)
COMMENT_WORD = re.compile(r"\bcomment(s|ing|ers?)?\b", re.IGNORECASE)
COMMENT_POLICY = re.compile(
    r"\b(rules|community|debate|privilege|abused?|moderat\w*|guidelines|policy|respect\w*|"
    r"offensive|report|discussion|conversation)\b",
    re.IGNORECASE,
)


def drop_reason(line: str) -> str | None:
    """The boilerplate family `line` belongs to, or None when it should stay."""
    stripped = line.strip()
    words = len(stripped.split())
    for rule in RULES:
        if words > rule.max_words:
            continue
        if rule.kind == FULL:
            if rule.pattern.fullmatch(stripped):
                return rule.family
        elif rule.pattern.search(stripped) and not REPORTING.search(stripped):
            return rule.family
    return None


def strip_credits(line: str) -> str:
    """The line without photo credits: "Cllr Ward at the hall (Picture: J Doe)" -> caption."""
    line = INLINE_CREDIT.sub("", line)
    return TRAILING_CREDIT.sub("", line).strip()


def remove_boilerplate(text: str) -> str:
    """`text` without boilerplate lines; blank lines are kept for the caller to collapse."""
    kept: list[str] = []
    block: str | None = None
    taken = 0
    for line in text.split("\n"):
        if not line.strip():
            kept.append("")
            continue
        line = strip_credits(line)
        family = drop_reason(line) if line else "photo-credit"
        if family is not None:
            block = family if family in (LIST_HEADING, COMMENTS, DONATION) else None
            taken = 0
            continue
        if block is not None and taken < MAX_LIST_ITEMS and _continues(block, line):
            taken += 1
            continue
        block = None
        kept.append(line)
    return "\n".join(kept)


def _continues(block: str, line: str) -> bool:
    if block == LIST_HEADING:
        return is_headline_like(line)
    if block == DONATION:
        return _in_appeal_voice(line)
    return bool(COMMENT_WORD.search(line) and COMMENT_POLICY.search(line))


def is_headline_like(line: str) -> bool:
    """A short one-sentence line that does not read as running prose or reported speech."""
    stripped = line.strip().lstrip("-•*–— ").strip()
    return (
        0 < len(stripped.split()) <= MAX_HEADLINE_WORDS
        and not SENTENCE_BREAK.search(stripped)
        and not PROSE_START.match(stripped)
        and not ATTRIBUTION.search(stripped)
        and not stripped.startswith(("\"", "“", "‘", "'"))
    )


def _in_appeal_voice(line: str) -> bool:
    """Appeals speak as "we" to "you"; reporting quotes such lines with attribution."""
    if REPORTING.search(line):
        return False
    return bool(FIRST_OR_SECOND_PERSON.search(line)) or _is_title_case_heading(line)


def _is_title_case_heading(line: str) -> bool:
    words = re.findall(r"[A-Za-z][\w'’-]*", line)
    if not 0 < len(words) <= 10 or line.rstrip().endswith("."):
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) >= 0.6
