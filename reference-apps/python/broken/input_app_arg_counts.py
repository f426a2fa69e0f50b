"""Breaks input.app.arg_counts: the wsgi.input methods take at most one argument (a size or hint);
this app calls read(1, 2) (and goes on when the stream refuses).
"""

RULE = "input.app.arg_counts"


def application(environ, start_response):
    if int(environ.get("CONTENT_LENGTH") or 0) > 0:  # Reading an empty body would over-read too.
        try:
            environ["wsgi.input"].read(1, 2)
        except TypeError:
            pass  # The stream refuses the extra argument; the page still renders.
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b"broken on purpose\n"]
