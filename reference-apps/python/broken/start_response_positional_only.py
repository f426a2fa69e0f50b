"""Breaks start_response.positional_only: start_response takes its arguments positionally; this app
passes exc_info as a keyword argument.
"""

RULE = "start_response.positional_only"


def application(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain")], exc_info=None)
    return [b"broken on purpose\n"]
