"""Breaks iterable.return: the application must return an iterable of bytestrings; this one returns
the int 42.
"""

RULE = "iterable.return"


def application(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain")])
    return 42
