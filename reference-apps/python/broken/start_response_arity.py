"""Breaks start_response.arity: start_response takes two or three positional arguments (status,
response_headers[, exc_info]); this app passes the status only.
"""

RULE = "start_response.arity"


def application(environ, start_response):
    start_response("200 OK")
    return [b"broken on purpose\n"]
