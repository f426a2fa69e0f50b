"""Breaks input.app.no_other_attrs: an application may use only read, readline, readlines and
iteration of wsgi.input; this app asks for seek (and copes when it is missing).
"""

RULE = "input.app.no_other_attrs"


def application(environ, start_response):
    try:
        environ["wsgi.input"].seek
    except AttributeError:
        pass  # The stream has no seek; the page still renders.
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b"broken on purpose\n"]
