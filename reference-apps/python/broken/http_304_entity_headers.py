"""Breaks http.304.entity_headers (HTTP heuristic): a 304 Not Modified carries no representation
metadata such as Content-Encoding; this app sends Content-Encoding: gzip on a 304.
"""

RULE = "http.304.entity_headers"


def application(environ, start_response):
    start_response("304 Not Modified", [("Content-Encoding", "gzip")])
    return []
