"""Breaks start_response.status.latin1: the status is a native str of latin-1 characters only; this
app's status holds a check mark (U+2713).
"""

RULE = "start_response.status.latin1"


def application(environ, start_response):
    start_response("200 \u2713 OK", [("Content-Type", "text/plain")])
    return [b"broken on purpose\n"]
