"""The classic first WSGI exercise: a class whose instances are the application (PEP 3333).

Speaks WSGI 1.0.1: the module-level ``application`` is an instance of ``HelloApp``; a server
calls it as ``application(environ, start_response)``, which runs ``HelloApp.__call__``. The
instance keeps state between requests (how many it has served) and reports it in the body,
``b"Hello from call N\\n"``. Standard library only; runs on Python 3.6 and later.
"""

import threading


class HelloApp(object):
    """A WSGI application object: each instance is a callable taking (environ, start_response)."""

    def __init__(self):
        self._calls = 0
        self._lock = threading.Lock()

    def __call__(self, environ, start_response):
        with self._lock:
            self._calls += 1
            n = self._calls
        body = ("Hello from call %d\n" % n).encode("ascii")
        start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Length", str(len(body)))])
        return [body]


application = HelloApp()
