"""Breaks http.no_body.1xx_204 (HTTP): a 1xx or 204 response has no body; this app answers
204 No Content and yields a body anyway.
"""

RULE = "http.no_body.1xx_204"


def application(environ, start_response):
    start_response("204 No Content", [])
    return [b"broken on purpose\n"]
