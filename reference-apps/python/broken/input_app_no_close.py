"""Breaks input.app.no_close: the application must never close wsgi.input (it belongs to the server);
this app tries to (and goes on when the stream has no close()).
"""

RULE = "input.app.no_close"


def application(environ, start_response):
    try:
        environ["wsgi.input"].close()
    except AttributeError:
        pass  # This server's stream has no close(); the page still renders.
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b"broken on purpose\n"]
