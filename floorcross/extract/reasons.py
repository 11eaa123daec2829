"""The stated reason for a change ("over the party's stance on Gaza", "in protest at ...",
"citing ...") and the size of a group that left together."""

from __future__ import annotations

import re

from spacy.tokens import Token

_REASON_PREPS = frozenset({"over", "amid"})
_PHRASE_PREPS = {("in", "protest"), ("because", "of"), ("as", "result"), ("in", "opposition")}
_TIME_WORDS = frozenset({
    "weekend", "summer", "winter", "spring", "autumn", "year", "years", "months", "weeks",
    "days", "period", "christmas", "holiday", "holidays",
})
_MAX_WORDS = 18
_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
_GROUP = re.compile(
    r"\b(?:and|along with|with|alongside|together with) (\w+) (?:other |fellow )?"
    r"(?:councill?ors|members|MPs|MSPs|colleagues|politicians)\b",
    re.IGNORECASE,
)


def _text(toks: list[Token]) -> str:
    """The reason phrase (with the phrase it runs on into: "in protest | at the cuts"), cut at
    a comma, a full stop or a date phrase."""
    doc = toks[0].doc
    end = toks[-1].i
    nxt = doc[end + 1] if end + 1 < len(doc) else None
    if len(toks) <= 3 and nxt is not None and nxt.dep_ == "prep":
        end = max(t.i for t in nxt.subtree)
    words = []
    for t in doc[toks[0].i : end + 1]:
        if t.text in (",", ";", ":", ".", "(", "\"", "“", "”") or (
            t.ent_type_ == "DATE" and t.i > toks[-1].i
        ):
            break
        if t.dep_ == "prep" and any(c.ent_type_ == "DATE" for c in t.children):
            break
        words.append(t.text_with_ws)
    return "".join(words).strip()[:200] or None


def reason_for(tok: Token) -> str | None:
    """The stated reason hanging off the trigger (or off what was left: "tore up her card in
    protest at ...")."""
    heads = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
    for c in (c for h in heads for c in h.children):
        low = c.lower_
        sub = list(c.subtree)
        if c.dep_ == "prep" and low in _REASON_PREPS:
            pobj = [g for g in c.children if g.dep_ == "pobj"]
            if pobj and pobj[0].lower_ not in _TIME_WORDS and pobj[0].ent_type_ != "DATE":
                return _text(sub)
        if c.dep_ == "prep" and len(sub) > 1 and (low, sub[1].lower_) in _PHRASE_PREPS:
            return _text(sub)
        if c.dep_ == "prep" and low == "as" and len(sub) > 3 and sub[2].lower_ == "result":
            return _text(sub)
        if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() == "cite":
            return _text(sub)
    return None


def group_size(sentence: str) -> int | None:
    """8 for "the group leader and seven other councillors"."""
    m = _GROUP.search(sentence)
    if not m:
        return None
    word = m.group(1).lower()
    n = int(word) if word.isdigit() else _NUMBERS.get(word)
    return n + 1 if n else None
