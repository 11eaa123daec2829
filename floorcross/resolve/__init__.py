"""One person, one event, across articles and outlets.

- `stories.StoryIndex`: near-duplicate articles (syndicated copies, reposts) grouped as one
  story by MinHash over word shingles, so a story counts once as a source;
- `people`: name references grouped into people by name variants and context;
- `events` and `attributes`: mentions grouped into one event per real change, every value kept
  with its sources and the best-supported one shown;
- `resolver.Resolver`: the resolved state, updated incrementally with deterministic ids;
- `tables`, `sync`: the resolved state in the store, updated as each article is written;
- `queries`: the person view, the people list and the groups of duplicate articles.
"""

from floorcross.resolve.model import Changes, Mention, SourcedValue
from floorcross.resolve.people import PersonRef
from floorcross.resolve.resolver import Resolver, person_ref
from floorcross.resolve.stories import StoryIndex

__all__ = ["Changes", "Mention", "PersonRef", "Resolver", "SourcedValue", "StoryIndex",
           "person_ref"]
