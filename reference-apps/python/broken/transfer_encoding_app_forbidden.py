"""Breaks transfer_encoding.app_forbidden: transfer codings are the server's job, so the application
must not set Transfer-Encoding; this app sets Transfer-Encoding: chunked.
"""

RULE = "transfer_encoding.app_forbidden"


def application(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain"), ("Transfer-Encoding", "chunked")])
    return [b"broken on purpose\n"]
