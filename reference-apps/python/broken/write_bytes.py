"""Breaks write.bytes: the write() callable start_response returns takes a bytestring; this app passes
it a str.
"""

RULE = "write.bytes"


def application(environ, start_response):
    write = start_response("200 OK", [("Content-Type", "text/plain")])
    write("a str, not bytes")
    return []
