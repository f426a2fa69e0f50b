"""Breaks input.app.readline_args: PEP 3333 readline() takes no argument a WSGI 1.0 server must
support, so portable apps call readline() bare; this app calls readline(64) on every request with a body.
"""

RULE = "input.app.readline_args"


def application(environ, start_response):
    line = b""
    if int(environ.get("CONTENT_LENGTH") or 0) > 0:  # Reading an empty body would over-read too.
        line = environ["wsgi.input"].readline(64)
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [("first line: %d bytes\n" % len(line)).encode("ascii")]
