"""Breaks start_response.status.code_range: the status code must be an HTTP status from 100 to 599;
this app answers "600 Beyond".
"""

RULE = "start_response.status.code_range"


def application(environ, start_response):
    start_response("600 Beyond", [("Content-Type", "text/plain")])
    return [b"broken on purpose\n"]
