"""Breaks http.etag.quoted (HTTP, RFC 9110 section 8.8.3): an entity-tag is a double-quoted string;
this app sends ETag: v1 without the quotes.
"""

RULE = "http.etag.quoted"


def application(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain"), ("ETag", "v1")])
    return [b"broken on purpose\n"]
