"""Breaks start_response.headers.type_list: response_headers must be a real list (type(h) is list);
this app passes a tuple of header tuples.
"""

RULE = "start_response.headers.type_list"


def application(environ, start_response):
    start_response("200 OK", (("Content-Type", "text/plain"),))
    return [b"broken on purpose\n"]
