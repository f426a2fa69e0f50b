"""Breaks input.app.no_overread: an application must not read wsgi.input past CONTENT_LENGTH; when the
request has a body, this app reads all CONTENT_LENGTH bytes and then asks for one more.
"""

RULE = "input.app.no_overread"


def application(environ, start_response):
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    body = b""
    if length > 0:
        stream = environ["wsgi.input"]
        body = stream.read(length)
        stream.read(1)  # The mistake: everything CONTENT_LENGTH promised is already read.
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [("read %d bytes\n" % len(body)).encode("ascii")]
