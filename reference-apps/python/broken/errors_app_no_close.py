"""Breaks errors.app.no_close: the application must never close wsgi.errors (it belongs to the
server); this app tries to (and goes on when the stream has no close()).
"""

RULE = "errors.app.no_close"


def application(environ, start_response):
    try:
        environ["wsgi.errors"].close()
    except AttributeError:
        pass  # This server's stream has no close(); the page still renders.
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b"broken on purpose\n"]
