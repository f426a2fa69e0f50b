"""Breaks start_response.status.format: the status is a three-digit code, one space and a reason
phrase; this app sends "200OK" without the space.
"""

RULE = "start_response.status.format"


def application(environ, start_response):
    start_response("200OK", [("Content-Type", "text/plain")])
    return [b"broken on purpose\n"]
