"""Building the spaCy pipeline once per process, with the project's entity rulers.

Entity labels the extractors may rely on, besides the model's own (PERSON, DATE, GPE, ORG ...):

- ``PARTY``   a party or its everyday name; ``ent.ent_id_`` is the canonical name ("Tories" ->
  "Conservative").
- ``COUNCIL`` a UK council; ``ent.ent_id_`` is the official name from the reference data.
- ``WARD``    a ward name from the reference data; ``ent.ent_id_`` is the ward name.
- ``TITLE``   an honorific or role title (Cllr, Councillor, Sir, Dr, Baroness, MP ...), kept out of
  PERSON spans so that PERSON holds the bare name.
"""

from floorcross.nlp.pipeline import get_nlp

__all__ = ["get_nlp"]
