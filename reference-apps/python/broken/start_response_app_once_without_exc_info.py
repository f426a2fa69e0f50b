"""Breaks start_response.app.once_without_exc_info: start_response may be called again only with
exc_info (to replace the status after an error); this app calls it twice without.
"""

RULE = "start_response.app.once_without_exc_info"


def application(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain")])
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b"broken on purpose\n"]
