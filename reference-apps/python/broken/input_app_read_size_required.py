"""Breaks input.app.read_size_required: portable applications read wsgi.input with an explicit size
(at most CONTENT_LENGTH); this app calls read() with none, on every request with a body.
"""

RULE = "input.app.read_size_required"


def application(environ, start_response):
    body = b""
    if int(environ.get("CONTENT_LENGTH") or 0) > 0:  # Reading an empty body would over-read too.
        body = environ["wsgi.input"].read()
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [("read %d bytes\n" % len(body)).encode("ascii")]
