"""Breaks write.app.not_from_iterable: write() is for code running before the application returns, not
for its result iterable; this app's generator calls write() while the server iterates it.
"""

RULE = "write.app.not_from_iterable"


def application(environ, start_response):
    write = start_response("200 OK", [("Content-Type", "text/plain")])
    return _body(write)


def _body(write):
    write(b"written from inside the iterable\n")
    yield b"yielded\n"
