"""Breaks content_length.app.accurate: a Content-Length the application sets must match the body it
sends; this one declares 100 bytes and sends 22.
"""

RULE = "content_length.app.accurate"


def application(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Length", "100")])
    return [b"shorter than declared\n"]
