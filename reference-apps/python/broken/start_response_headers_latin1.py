"""Breaks start_response.headers.latin1: header names and values are native str holding latin-1
characters only; a header value here holds the euro sign (U+20AC).
"""

RULE = "start_response.headers.latin1"


def application(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain"), ("X-Price", "10 \u20ac")])
    return [b"broken on purpose\n"]
