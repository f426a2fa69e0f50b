"""Breaks start_response.status.type: the status must be a native str such as "200 OK"; this app
passes it as bytes.
"""

RULE = "start_response.status.type"


def application(environ, start_response):
    start_response(b"200 OK", [("Content-Type", "text/plain")])
    return [b"broken on purpose\n"]
