"""floorcross: a sourced register of politicians' party-affiliation changes, read from the news."""

__version__ = "0.1.0"
