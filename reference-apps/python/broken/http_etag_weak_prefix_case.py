"""Breaks http.etag.weak_prefix_case (HTTP, RFC 9110 section 8.8.3): the weak entity-tag prefix is
case-sensitive "W/"; this app sends the lower-case w/"v1".
"""

RULE = "http.etag.weak_prefix_case"


def application(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain"), ("ETag", 'w/"v1"')])
    return [b"broken on purpose\n"]
