"""The register on the web: server-rendered pages, a JSON API, review, an Atom feed.

Build the application with :func:`floorcross.web.app.create_app`; `floorcross serve` runs it.
"""
