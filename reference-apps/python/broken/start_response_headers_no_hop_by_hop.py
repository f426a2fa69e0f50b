"""Breaks start_response.headers.no_hop_by_hop: hop-by-hop headers (Connection, Keep-Alive, ...) are the
server's business, never the application's; this app sets Connection: close.
"""

RULE = "start_response.headers.no_hop_by_hop"


def application(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain"), ("Connection", "close")])
    return [b"broken on purpose\n"]
