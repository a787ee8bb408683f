"""Readers for sources that are not plain text: web pages, PDFs, feeds and URLs.

Each reader turns a source's bytes into a :class:`~factdb.ingest.formats.document.Document`:
the text that claims' offsets point into, the page's own metadata and, for a feed, one
span per entry. Bad input raises :class:`factdb.errors.InputError` with a one-line message
naming the source and the problem.
"""
