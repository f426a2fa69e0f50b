"""Breaks start_response.headers.name_token: a header name must be an HTTP token (no spaces or
separators); this app sends a header named "X Bad Name".
"""

RULE = "start_response.headers.name_token"


def application(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain"), ("X Bad Name", "1")])
    return [b"broken on purpose\n"]
