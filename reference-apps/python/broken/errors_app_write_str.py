"""Breaks errors.app.write_str: wsgi.errors is a text stream, so the application must write str to it;
this one writes bytes (and goes on when the stream refuses them).
"""

RULE = "errors.app.write_str"


def application(environ, start_response):
    try:
        environ["wsgi.errors"].write(b"logged as bytes\n")
    except TypeError:
        pass  # A text stream refuses bytes; the page still renders.
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b"broken on purpose\n"]
