"""Breaks errors.app.no_other_attrs: an application may use only write, writelines and flush of
wsgi.errors; this app asks for fileno (and copes when it is missing).
"""

RULE = "errors.app.no_other_attrs"


def application(environ, start_response):
    try:
        environ["wsgi.errors"].fileno
    except AttributeError:
        pass  # The stream has no fileno; the page still renders.
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b"broken on purpose\n"]
