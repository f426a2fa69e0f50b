"""Breaks input.app.read_size_required: portable applications read wsgi.input with an explicit size
(at most CONTENT_LENGTH); this app calls read() with none, on every request.
"""

RULE = "input.app.read_size_required"


def application(environ, start_response):
    body = environ["wsgi.input"].read()
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [("read %d bytes\n" % len(body)).encode("ascii")]
