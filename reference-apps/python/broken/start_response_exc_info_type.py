"""Breaks start_response.exc_info.type: exc_info must be None or the (type, value, traceback) tuple of
sys.exc_info(); this app passes a str.
"""

RULE = "start_response.exc_info.type"


def application(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain")], "not an exc_info tuple")
    return [b"broken on purpose\n"]
