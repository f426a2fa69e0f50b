"""Breaks start_response.headers.tuple_pairs: each response header must be a (name, value) tuple;
one header here is a two-item list.
"""

RULE = "start_response.headers.tuple_pairs"


def application(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain"), ["X-Pair", "in a list"]])
    return [b"broken on purpose\n"]
