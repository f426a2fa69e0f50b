"""Breaks start_response.headers.value_no_ctl: header values must hold no control characters (no CR or
LF, so no header injection); this app's value holds CR LF.
"""

RULE = "start_response.headers.value_no_ctl"


def application(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain"), ("X-Note", "one\r\nX-Injected: yes")])
    return [b"broken on purpose\n"]
