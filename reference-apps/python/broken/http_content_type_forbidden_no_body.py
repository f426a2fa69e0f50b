"""Breaks http.content_type.forbidden_no_body (HTTP heuristic): a 204 or 304 response has no body, so no
Content-Type; this app answers 204 No Content with Content-Type: text/plain.
"""

RULE = "http.content_type.forbidden_no_body"


def application(environ, start_response):
    start_response("204 No Content", [("Content-Type", "text/plain")])
    return []
