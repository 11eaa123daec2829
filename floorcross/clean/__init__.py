"""Clean: main text and metadata of an article, page boilerplate removed.

`clean_article` returns the final text that evidence offsets refer to.
"""

from floorcross.clean.article import CleanError, clean_article
from floorcross.clean.boilerplate import remove_boilerplate
from floorcross.clean.normalise import normalise_text

__all__ = ["CleanError", "clean_article", "normalise_text", "remove_boilerplate"]
