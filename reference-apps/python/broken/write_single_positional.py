"""Breaks write.single_positional: write() takes exactly one positional argument, the body data; this
app passes two bytestrings.
"""

RULE = "write.single_positional"


def application(environ, start_response):
    write = start_response("200 OK", [("Content-Type", "text/plain")])
    write(b"one", b"two")
    return []
