"""The classic WSGI hello-world application (PEP 3333).

Speaks WSGI 1.0.1: the module-level ``application`` is the callable a server invokes as
``application(environ, start_response)``. It answers every request with ``200 OK``,
``Content-Type: text/plain`` and the body ``b"Hello, world!\\n"``. Standard library only;
runs on Python 3.6 and later. Serve it with wsgiref from this folder::

    python3 -c "from wsgiref.simple_server import make_server; import hello; make_server('127.0.0.1', 8000, hello.application).serve_forever()"
"""


def application(environ, start_response):
    """Answer any request with a plain-text greeting."""
    body = b"Hello, world!\n"
    start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Length", str(len(body)))])
    return [body]
