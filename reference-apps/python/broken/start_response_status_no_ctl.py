"""Breaks start_response.status.no_ctl: the status must hold no control characters (the server adds the
line ending); this app's status ends in CR LF.
"""

RULE = "start_response.status.no_ctl"


def application(environ, start_response):
    start_response("200 OK\r\n", [("Content-Type", "text/plain")])
    return [b"broken on purpose\n"]
