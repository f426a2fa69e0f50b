"""Breaks http.content_type.required (HTTP heuristic): a response that may have a body (not 1xx, 204
or 304) should say its Content-Type; this app answers 200 with no headers at all.
"""

RULE = "http.content_type.required"


def application(environ, start_response):
    start_response("200 OK", [])
    return [b"broken on purpose\n"]
