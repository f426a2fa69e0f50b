"""Breaks iterable.not_bare_string (advisory): returning a bare bytestring makes the server iterate it
item by item (ints on Python 3); return a one-element list instead. This app returns the bare bytes.
"""

RULE = "iterable.not_bare_string"


def application(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain")])
    return b"Hello, world!\n"
