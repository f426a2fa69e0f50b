"""Breaks iterable.items_bytes: every item the result yields must be a bytestring (bytes on Python 3);
this app yields a str.
"""

RULE = "iterable.items_bytes"


def application(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain")])
    return ["a str, not bytes"]
