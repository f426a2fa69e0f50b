"""Breaks start_response.headers.no_status: the status goes in start_response's first argument, never
as a "Status" header (a CGI habit); this app sends both.
"""

RULE = "start_response.headers.no_status"


def application(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain"), ("Status", "200 OK")])
    return [b"broken on purpose\n"]
