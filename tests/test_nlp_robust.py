"""The entity components never raise, whatever titles, roles, places and names meet."""

from __future__ import annotations

import itertools

from floorcross.nlp import get_nlp

PREFIXES = ["The", "A", "Former", "The Leeds", "Kirklees", "The Lagan Valley", "Ex-Labour",
            "Reform UK", "The Dewsbury East"]
ROLES = ["MP", "MSP", "TD", "Councillor", "Cllr", "Lord", "councillor", "Mayor", "MP Cllr",
         "Deputy Mayor", "Senator", ""]
HONORIFICS = ["Mr", "Dr", "Sir", "Baroness", "Rt Hon", "Coun", "Mrs Cllr", ""]
NAMES = ["Tom Smith", "Ann Bell", "Blackburn", "Hackney North", "Reform", "Green",
         "Dewsbury East", "Orla", "O'Neill-Bray"]
TAILS = ["spoke.", "MP quit Labour.", "OBE has defected to the Greens.",
         "(Lab, Dewsbury East) resigned.", "'s decision stunned Kirklees Council."]


def _sentences() -> list[str]:
    out = []
    for prefix, role, hon, name, tail in itertools.product(
            PREFIXES, ROLES, HONORIFICS, NAMES, TAILS):
        out.append(" ".join(w for w in (prefix, role, hon, name, tail) if w))
    return out[::7]  # a spread sample keeps the test quick while covering every slot


def test_pipeline_survives_awkward_title_role_name_runs() -> None:
    texts = _sentences()
    assert len(texts) > 1000
    for doc in get_nlp().pipe(texts, batch_size=256):
        spans = sorted(doc.ents, key=lambda e: e.start)
        for a, b in itertools.pairwise(spans):
            assert a.end <= b.start, doc.text


def test_role_then_honorific_then_name_keeps_the_bare_name() -> None:
    for text in ("The MP Mr Tom Smith spoke.", "The Leeds MP Dr Ann Bell quit.",
                 "Councillor Dr Ann Bell quit.", "The MP Mr Tom Smith MP spoke."):
        doc = get_nlp()(text)
        people = [e.text for e in doc.ents if e.label_ == "PERSON"]
        assert people and all("Mr" not in p and "Dr" not in p for p in people), text


def test_titles_alone_without_a_name() -> None:
    for text in ("MP MP Mr Mr Cllr Lord said.", "Cllr.", "Mr", "Sir Sir Sir", ""):
        doc = get_nlp()(text)
        assert all(e.label_ != "PERSON" or e.text.strip() for e in doc.ents)


def test_organisation_holding_a_list_keeps_its_whole_name() -> None:
    for text in ("The Audit, Ethics and Conduct Panel said the case was closed.",
                 "A spokesperson for the Audit, Ethics and Conduct Panel declined to comment."):
        orgs = [e.text for e in get_nlp()(text).ents if e.label_ == "ORG"]
        assert "Audit, Ethics and Conduct Panel" in orgs, (text, orgs)
