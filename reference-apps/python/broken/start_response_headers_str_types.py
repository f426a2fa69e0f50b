"""Breaks start_response.headers.str_types: header names and values must both be native str; a header
value here is the int 5.
"""

RULE = "start_response.headers.str_types"


def application(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain"), ("X-Count", 5)])
    return [b"broken on purpose\n"]
