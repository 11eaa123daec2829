"""The model's attribute ruler (tag -> part of speech, morphology, some lemmas) without its
Matcher.

The ruler's patterns are almost all one-token tests of a tag, a lowercase form or a
dependency label, and spaCy runs them through a general Matcher that tries every one of its
~180 patterns at every token. On the single sentences this project parses, that costs about
as much as the dependency parser. Here each pattern is a plain test and the tests are looked
up by the token's tag and lowercase form, so only the few that can match are tried; the
matches are applied exactly as the ruler applies them (in the order the patterns were added,
with the ruler's own attribute values and `set_token_attrs`), so the doc comes out the same.

`FastAttributeRules.from_ruler` returns None for a ruler using anything these tests do not
cover (operators, other attributes or predicates); the caller then keeps the ruler itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc, Token
from spacy.tokens._retokenize import set_token_attrs

Test = Callable[[Token], bool]

# Token attributes a pattern may test, read as the Matcher reads them.
_READ: dict[str, Callable[[Token], object]] = {
    "TAG": lambda t: t.tag_,
    "LOWER": lambda t: t.lower_,
    "DEP": lambda t: t.dep_,
    "IS_SPACE": lambda t: t.is_space,
}


class _Unsupported(Exception):
    """A pattern this module cannot test exactly as the Matcher would."""


@dataclass(frozen=True)
class _Pattern:
    rule: int  # the ruler's key: later rules are applied later and win
    tests: tuple[Test, ...]  # one per token of the pattern
    index: int  # which token of a match gets the attributes

    @property
    def target(self) -> int:
        """The index as an offset from the match's start (a negative one counts from its end,
        as a Span index does)."""
        return self.index if self.index >= 0 else len(self.tests) + self.index

    def matches_at(self, tokens: list[Token], start: int) -> bool:
        if len(self.tests) == 1:  # nearly every pattern: no generator for them
            return self.tests[0](tokens[start])
        if start + len(self.tests) > len(tokens):
            return False
        return all(test(tokens[start + k]) for k, test in enumerate(self.tests))


class FastAttributeRules:
    """A drop-in for the model's attribute ruler component (see the module docstring)."""

    def __init__(self, ruler: AttributeRuler, patterns: list[_Pattern]) -> None:
        self.ruler = ruler
        # attribute -> value of a match's first token -> the patterns that can start there
        self.index: dict[str, dict[object, list[_Pattern]]] = {attr: {} for attr in _READ}
        self.others: list[_Pattern] = []  # patterns no first-token value singles out
        for p in patterns:
            attr, values = _index_key(p)
            if not attr:
                self.others.append(p)
            for v in dict.fromkeys(values):
                self.index[attr].setdefault(v, []).append(p)
        self._used = [(_READ[attr], table) for attr, table in self.index.items() if table]
        self._merged: dict[tuple[int, ...], dict] = {}

    @classmethod
    def from_ruler(cls, ruler: AttributeRuler) -> FastAttributeRules | None:
        try:
            patterns = [
                _Pattern(rule, tuple(_token_test(spec) for spec in pattern), index)
                for rule, entry in enumerate(ruler.patterns)
                for pattern, index in ((p, entry["index"]) for p in entry["patterns"])
            ]
        except _Unsupported:
            return None
        return cls(ruler, patterns)

    def __call__(self, doc: Doc) -> Doc:
        # Every match is found on the doc as it comes in, then applied in rule order (one
        # rule setting a tag must not change which other rules match), as the ruler does.
        tokens = list(doc)
        rules: dict[int, list[int]] = {}  # token -> rules matching with it as the target
        for start, token in enumerate(tokens):
            for p in self._candidates(token):
                if p.matches_at(tokens, start):
                    rules.setdefault(start + p.target, []).append(p.rule)
        for p in self.others:
            for start in range(len(tokens)):
                if p.matches_at(tokens, start):
                    rules.setdefault(start + p.target, []).append(p.rule)
        for i, found in rules.items():
            set_token_attrs(tokens[i], self._combined(tuple(sorted(set(found)))))
        return doc

    def _candidates(self, token: Token) -> list[_Pattern]:
        found: list[_Pattern] = []
        for read, table in self._used:
            found += table.get(read(token), ())
        return found

    def _combined(self, rules: tuple[int, ...]) -> dict:
        """The attributes of `rules` applied in order: each sets its own fields, and of two
        setting the same field the later wins, as applying them one after the other does."""
        merged = self._merged.get(rules)
        if merged is None:
            merged = {}
            for rule in rules:
                merged.update(self.ruler.attrs[rule])
            self._merged[rules] = merged
        return merged


def _index_key(p: _Pattern) -> tuple[str, tuple[object, ...]]:
    """The attribute and values of a match's first token a pattern is looked up by (the most
    selective one the pattern tests; "" when it tests none by value)."""
    keys = getattr(p.tests[0], "keys", {})
    for attr in ("LOWER", "TAG", "DEP", "IS_SPACE"):
        if attr in keys:
            return attr, keys[attr]
    return "", ()


def _token_test(spec: dict) -> Test:
    """The test of one token of a pattern, as the Matcher reads it."""
    if not spec or "OP" in spec:
        raise _Unsupported(spec)
    checks: list[Test] = []
    keys: dict[str, tuple[object, ...]] = {}
    for attr, value in spec.items():
        read = _READ.get(attr)
        if read is None:
            raise _Unsupported(attr)
        checks.append(_check(read, value))
        if isinstance(value, (str, bool)):
            keys[attr] = (value,)
        elif isinstance(value, dict) and set(value) == {"IN"}:
            keys[attr] = tuple(value["IN"])

    def test(token: Token) -> bool:
        return all(check(token) for check in checks)

    if len(checks) == 1:
        test = checks[0]  # most tests: one attribute, called directly
    test.keys = keys  # type: ignore[attr-defined]  # what _index_key looks the test up by
    return test


def _check(read: Callable[[Token], object], value: object) -> Test:
    if isinstance(value, (str, bool)):
        return lambda t: read(t) == value
    if not isinstance(value, dict) or len(value) != 1:
        raise _Unsupported(value)
    ((op, arg),) = value.items()
    if op == "IN" and isinstance(arg, list):
        allowed = frozenset(arg)
        return lambda t: read(t) in allowed
    if op == "NOT_IN" and isinstance(arg, list):
        banned = frozenset(arg)
        return lambda t: read(t) not in banned
    if op == "REGEX" and isinstance(arg, str):
        rx = re.compile(arg)
        return lambda t: bool(rx.search(str(read(t))))
    raise _Unsupported(value)


_BUILT: dict[int, FastAttributeRules | None] = {}


def fast_attribute_rules(nlp: Language, name: str = "attribute_ruler") -> FastAttributeRules | None:
    """The fast form of the pipeline's attribute ruler (built once per ruler), or None when
    the pipeline has none or it uses patterns the fast form does not cover."""
    ruler = dict(nlp.pipeline).get(name)
    if not isinstance(ruler, AttributeRuler):
        return None
    if id(ruler) not in _BUILT or (_BUILT[id(ruler)] or ruler).ruler is not ruler:
        _BUILT[id(ruler)] = FastAttributeRules.from_ruler(ruler)
    return _BUILT[id(ruler)]
