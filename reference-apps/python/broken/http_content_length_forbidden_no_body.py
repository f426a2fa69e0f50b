"""Breaks http.content_length.forbidden_no_body (HTTP, RFC 9110 section 8.6): a 1xx or 204 response must
not carry Content-Length; this app answers 204 No Content with Content-Length: 0.
"""

RULE = "http.content_length.forbidden_no_body"


def application(environ, start_response):
    start_response("204 No Content", [("Content-Length", "0")])
    return []
