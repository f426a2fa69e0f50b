"""Small WSGI applications that exercise the in-process Python host (Wsgi.PythonHost.Tests).

Speaks WSGI 1.0.1 (PEP 3333): every module-level function below is one application, loaded by the
C# tests as ``host_checks:NAME``; each docstring says what it does. ``EVENTS`` records what
happened outside the response (a close(), an identity check) and the ``events`` app answers it as
JSON. Standard library only; runs on Python 3.6 and later.
"""

import io
import json
import sys
import threading

EVENTS = []
NOT_CALLABLE = object()


def _text(start_response, body, status="200 OK"):
    start_response(status, [("Content-Type", "text/plain"), ("Content-Length", str(len(body)))])
    return [body]


def events(environ, start_response):
    """Answers EVENTS as JSON and empties it."""
    body = json.dumps(EVENTS).encode("ascii")
    del EVENTS[:]
    return _text(start_response, body)


def environ_types(environ, start_response):
    """Answers JSON: the environ's type, each value's type, wsgi.version and the streams' methods."""
    report = {
        "environ": type(environ).__name__,
        "keys": sorted(set(type(k).__name__ for k in environ)),
        "types": dict((k, type(v).__name__) for k, v in environ.items()),
        "version": repr(environ["wsgi.version"]),
        "input": [m for m in ("read", "readline", "readlines", "__iter__") if hasattr(environ["wsgi.input"], m)],
        "errors": [m for m in ("write", "writelines", "flush") if hasattr(environ["wsgi.errors"], m)],
        "file_wrapper": callable(environ["wsgi.file_wrapper"]),
    }
    return _text(start_response, json.dumps(report, sort_keys=True).encode("ascii"))


def read_input(environ, start_response):
    """Reads wsgi.input the way QUERY_STRING names (read, read3, readline, readlines, iter) and
    answers the pieces joined with b'|'."""
    stream, how = environ["wsgi.input"], environ.get("QUERY_STRING", "read")
    if how == "read":
        pieces = [stream.read(int(environ.get("CONTENT_LENGTH") or 0))]
    elif how == "read3":
        pieces = []
        while True:
            chunk = stream.read(3)
            if not chunk:
                break
            pieces.append(chunk)
    elif how == "readline":
        pieces = [stream.readline(), stream.readline()]
    elif how == "readlines":
        pieces = stream.readlines()
    else:
        pieces = list(stream)
    for piece in pieces:
        if type(piece) is not bytes:
            raise TypeError("wsgi.input gave %r" % (piece,))
    return _text(start_response, b"|".join(pieces))


def write_errors(environ, start_response):
    """Writes to wsgi.errors with write, writelines (a generator) and flush; answers the counts."""
    errors = environ["wsgi.errors"]
    n = errors.write("one\n")
    errors.writelines(line for line in ("two\n", "three\n"))
    errors.flush()
    return _text(start_response, repr(n).encode("ascii"))


def errors_from_thread(environ, start_response):
    """A thread of the app's own writes to wsgi.errors while the app waits for it."""
    worker = threading.Thread(target=lambda: environ["wsgi.errors"].write("from a thread\n"))
    worker.start()
    worker.join(10)
    return _text(start_response, b"joined" if not worker.is_alive() else b"stuck")


class TrackedFile(io.BytesIO):
    """An in-memory file whose close() is recorded in EVENTS."""

    def close(self):
        EVENTS.append("file closed")
        io.BytesIO.close(self)


def file_wrapper(environ, start_response):
    """Returns wsgi.file_wrapper over 26 bytes in blocks of 4."""
    start_response("200 OK", [("Content-Type", "text/plain")])
    return environ["wsgi.file_wrapper"](TrackedFile(b"abcdefghijklmnopqrstuvwxyz"), 4)


def iterate_file_wrapper(environ, start_response):
    """Iterates what wsgi.file_wrapper returns itself, closes it, and answers the blocks joined with b'|'."""
    wrapper = environ["wsgi.file_wrapper"](TrackedFile(b"abcdefghij"), 4)
    blocks = list(wrapper)
    wrapper.close()
    return _text(start_response, b"|".join(blocks))


class ClosingBody(object):
    """A result with close(), recorded in EVENTS."""

    def __init__(self, items):
        self.items = items

    def __iter__(self):
        return iter(self.items)

    def close(self):
        EVENTS.append("body closed")


class SizedBody(object):
    """A result with __len__ and no close()."""

    def __iter__(self):
        return iter([b"x", b"y"])

    def __len__(self):
        return 2


def result(environ, start_response):
    """Returns the result kind QUERY_STRING names."""
    kind = environ.get("QUERY_STRING", "list")
    start_response("200 OK", [("Content-Type", "text/plain")])
    if kind == "list":
        return [b"a", b"b"]
    if kind == "tuple":
        return (b"a", b"b")
    if kind == "generator":
        return (chunk for chunk in [b"a", b"b"])
    if kind == "closing":
        return ClosingBody([b"a", b"b"])
    if kind == "sized":
        return SizedBody()
    if kind == "str":
        return "a bare str"
    if kind == "none":
        return None
    if kind == "object":
        return NOT_CALLABLE
    if kind == "str_items":
        return (chunk for chunk in ["a str item"])
    raise ValueError("unknown result kind %r" % kind)


def start_arguments(environ, start_response):
    """Calls start_response with the values QUERY_STRING names and returns write's type name."""
    kind = environ.get("QUERY_STRING", "")
    if kind == "odd":
        write = start_response(b"200 OK", (["X-A", "1"], ("X-B", 2.5, None, True)), {"k": [1, 2 ** 70]})
    else:
        write = start_response("200 OK", [("Content-Type", "text/plain"), ("X-Caf\xe9", "\xff")])
    return [type(write).__name__.encode("ascii")]


def raise_in_call(environ, start_response):
    """Raises ValueError before start_response."""
    raise ValueError("boom in call")


def raise_in_iteration(environ, start_response):
    """Yields one chunk, then raises RuntimeError."""
    start_response("200 OK", [("Content-Type", "text/plain")])

    def body():
        yield b"first"
        raise RuntimeError("boom in iteration")
    return body()


class FailingClose(ClosingBody):
    def close(self):
        raise KeyError("boom in close")


def raise_in_close(environ, start_response):
    """Returns a body whose close() raises KeyError."""
    start_response("200 OK", [("Content-Type", "text/plain")])
    return FailingClose([b"body"])


def exc_info_reraise(environ, start_response):
    """Sends a chunk, then calls start_response with sys.exc_info() of a LookupError: the server
    must re-raise it. Records in EVENTS whether the exception caught is the very object passed."""
    start_response("200 OK", [("Content-Type", "text/plain")])

    def body():
        yield b"partial"
        try:
            raise LookupError("original")
        except LookupError as original:
            try:
                start_response("500 Internal Server Error", [("Content-Type", "text/plain")], sys.exc_info())
            except LookupError as again:
                EVENTS.append("same object" if again is original else "another object")
                raise
            EVENTS.append("not re-raised")
    return body()


def catch_violation(environ, start_response):
    """Passes a bytes status, catches what start_response raises and answers what it was:
    rule|isinstance AssertionError|module of its class (then starts properly, with exc_info)."""
    try:
        start_response(b"200 OK", [("Content-Type", "text/plain")])
        caught = "nothing raised"
    except AssertionError as e:
        caught = "%s|%s|%s" % (getattr(e, "rule", None), isinstance(e, AssertionError), type(e).__module__)
        start_response("200 OK", [("Content-Type", "text/plain")], sys.exc_info())
    return [caught.encode("ascii")]


def input_error(environ, start_response):
    """Reads wsgi.input; with QUERY_STRING 'catch' it catches the OSError and answers its class name."""
    try:
        environ["wsgi.input"].read(1)
    except OSError as e:
        if environ.get("QUERY_STRING") != "catch":
            raise
        return _text(start_response, type(e).__name__.encode("ascii"))
    return _text(start_response, b"read")
