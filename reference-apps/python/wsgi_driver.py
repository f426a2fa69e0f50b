"""Drives a WSGI application the way a correct server would, without sockets, and records every exchange.

``wsgi-conformance check-app`` starts this file as ``python3 wsgi_driver.py MODULE:CALLABLE [--path DIR]...``
and talks to it in JSON lines (UTF-8, one object per line):

- the driver first writes ``{"driver": 1, "ok": true, "python": "3.11.7", "app": "hello:application"}``,
  or ``{"driver": 1, "ok": false, "error": "..."}`` (with the traceback) when the app cannot be imported;
- then, for each line read on stdin, ``{"id": ..., "environ": {"KEY": "str", ...}, "input": "latin-1 text"}``
  (the CGI keys of the request; ``input`` holds the body bytes, one character per byte), it builds the
  environ a correct server gives (a builtin dict of native strings plus the ``wsgi.*`` keys, ``wsgi.input``
  over exactly those bytes, ``wsgi.errors`` on stderr, ``wsgi.file_wrapper``), calls the app through
  ``wsgi_recorder.Recorder``, consumes the result as PEP 3333 requires (headers with the first non-empty
  body chunk, exc_info re-raised once headers are out, close() exactly once), and writes one line back:
  ``{"id": ..., "trace": {trace format version 1}, "response": {"status", "headers", "body", "body_length",
  "error"}, "ms": ...}``; ``body`` holds at most the first 64 KiB.

It records and never judges: the traces are judged in C# by the same judge as every other trace.
Exceptions inside the app are recorded and answered with a 500, as a server would; they never stop the
driver. The app's own prints go to stderr (the protocol keeps the real stdout to itself). Standard
library only; Python 3.6 and later.
"""

import importlib
import io
import json
import os
import platform
import sys
import time
import traceback

DRIVER_VERSION = 1
_BODY_KEPT = 65536
_HOP_BY_HOP = frozenset(("connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te",
                         "trailer", "trailers", "transfer-encoding", "upgrade"))
_SEPARATORS = frozenset(' \t\r\n:()<>@,;\\"/[]?={}')


class _Input(object):
    """wsgi.input: read, readline, readlines and iteration over the request body, and nothing else."""

    def __init__(self, data):
        self._stream = io.BytesIO(data)

    def read(self, size=-1):
        return self._stream.read(_size(size, "read"))

    def readline(self, size=-1):
        return self._stream.readline(_size(size, "readline"))

    def readlines(self, hint=-1):
        return self._stream.readlines(_size(hint, "readlines"))

    def __iter__(self):
        return iter(self._stream.readline, b"")


def _size(value, method):
    if value is None:
        return -1
    if type(value) is bool or not isinstance(value, int):
        raise TypeError("%s() argument must be int or None, not %s" % (method, type(value).__name__))
    return value


class _Errors(object):
    """wsgi.errors: write, writelines and flush of text, to the driver's stderr."""

    def __init__(self, stream):
        self._stream = stream

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError("write() argument must be str, not %s" % type(text).__name__)
        return self._stream.write(text)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self._stream.flush()


class FileWrapper(object):
    """wsgi.file_wrapper: iterates ``filelike.read(block_size)``; close() closes the file-like object."""

    def __init__(self, filelike, block_size=8192):
        if not callable(getattr(filelike, "read", None)):
            raise TypeError("wsgi.file_wrapper needs an object with read(), got %s" % type(filelike).__name__)
        self.filelike = filelike
        self.block_size = block_size
        if hasattr(filelike, "close"):
            self.close = filelike.close

    def __iter__(self):
        return self

    def __next__(self):
        data = self.filelike.read(self.block_size)
        if data:
            return data
        raise StopIteration


class _Exchange(object):
    """One request served: start_response and write as a correct server implements them."""

    def __init__(self, head):
        self.head = head
        self.status = None
        self.headers = None
        self.headers_sent = False
        self.body = bytearray()
        self.body_length = 0

    def start_response(self, *args, **kwargs):
        if kwargs:
            raise TypeError("start_response() takes positional arguments only, got %s" % ", ".join(sorted(kwargs)))
        if len(args) not in (2, 3):
            raise TypeError("start_response() takes 2 or 3 arguments (%d given)" % len(args))
        exc_info = args[2] if len(args) == 3 else None
        if exc_info is not None:
            if self.headers_sent:
                if not isinstance(exc_info, tuple) or len(exc_info) != 3 or not isinstance(exc_info[1], BaseException):
                    raise TypeError("exc_info must be a (type, value, traceback) tuple")
                raise exc_info[1].with_traceback(exc_info[2])
        elif self.status is not None:
            raise AssertionError("start_response() called a second time without exc_info")
        status, headers = args[0], args[1]
        _check_status(status)
        _check_headers(headers)
        self.status = status
        self.headers = list(headers)
        return self.write

    def write(self, *args, **kwargs):
        if self.status is None:
            raise AssertionError("write() before start_response()")
        if kwargs or len(args) != 1 or type(args[0]) is not bytes:
            raise TypeError("write() argument must be bytes")
        self.send(args[0])

    def send(self, data):
        if not data:
            return  # An empty chunk must not trigger the headers.
        self.send_headers()
        if not self.head:
            self.body_length += len(data)
            if len(self.body) < _BODY_KEPT:
                self.body += data[:_BODY_KEPT - len(self.body)]

    def send_headers(self):
        if self.headers_sent:
            return
        if self.status is None:
            raise AssertionError("the application returned body data before calling start_response()")
        self.headers_sent = True

    def consume(self, result):
        for item in result:
            if type(item) is not bytes:
                raise TypeError("response body items must be bytes, not %s" % type(item).__name__)
            self.send(item)
        self.send_headers()


def _check_status(status):
    ok = (type(status) is str and len(status) >= 5 and all("0" <= c <= "9" for c in status[:3])
          and status[3] == " " and "1" <= status[0] <= "5" and _latin1(status)
          and not any(ord(c) < 32 or ord(c) == 127 for c in status))
    if not ok:
        raise TypeError("status must be a str like '200 OK', got %r" % (status,))


def _check_headers(headers):
    if type(headers) is not list:
        raise TypeError("headers must be a list, got %s" % type(headers).__name__)
    for header in headers:
        if type(header) is not tuple or len(header) != 2 or type(header[0]) is not str or type(header[1]) is not str:
            raise TypeError("each header must be a (str, str) tuple, got %r" % (header,))
        name, value = header
        if (not name or not _latin1(name) or not _latin1(value) or any(c in _SEPARATORS or ord(c) < 32 or ord(c) == 127 for c in name)
                or any((ord(c) < 32 and c != "\t") or ord(c) == 127 for c in value)):
            raise TypeError("invalid header %r" % (header,))
        if name.lower() in _HOP_BY_HOP:
            raise TypeError("hop-by-hop header not allowed: %r" % (name,))


def _latin1(text):
    try:
        text.encode("latin-1")
        return True
    except UnicodeEncodeError:
        return False


class Driver(object):
    """Serves request specifications to one application through the recorder."""

    def __init__(self, app, errors):
        import wsgi_recorder
        self.traces = []
        self.app = wsgi_recorder.Recorder(app, sink=self.traces.append)
        self.errors = errors

    def environ(self, spec):
        env = {"REQUEST_METHOD": "GET", "SCRIPT_NAME": "", "PATH_INFO": "/", "QUERY_STRING": "",
               "SERVER_NAME": "127.0.0.1", "SERVER_PORT": "80", "SERVER_PROTOCOL": "HTTP/1.1"}
        for key, value in (spec.get("environ") or {}).items():
            if value is None:
                env.pop(key, None)
            else:
                env[str(key)] = str(value)
        data = (spec.get("input") or "").encode("latin-1")
        env.update({"wsgi.version": (1, 0), "wsgi.url_scheme": "http", "wsgi.input": _Input(data),
                    "wsgi.errors": _Errors(self.errors), "wsgi.multithread": False, "wsgi.multiprocess": False,
                    "wsgi.run_once": False, "wsgi.file_wrapper": FileWrapper})
        return env

    def serve(self, spec):
        """One exchange: the trace and what a client would have received."""
        del self.traces[:]
        started = time.monotonic()
        environ = self.environ(spec)
        exchange = _Exchange(environ["REQUEST_METHOD"] == "HEAD")
        result = None
        error = None
        try:
            result = self.app(environ, exchange.start_response)
            exchange.consume(result)
        except BaseException as e:  # SystemExit from an app is its error, not the driver's end.
            error = "%s: %s" % (type(e).__name__, e) if str(e) else type(e).__name__
            self.errors.write("application error: %s" % traceback.format_exc())
        finally:
            if result is not None and hasattr(result, "close"):
                try:
                    result.close()
                except BaseException as e:
                    error = error or "close() raised %s: %s" % (type(e).__name__, e)
        if error is not None and not exchange.headers_sent:
            status, headers = "500 Internal Server Error", [("Content-Type", "text/plain")]
        else:
            status, headers = exchange.status, exchange.headers or []
        return {"id": spec.get("id"), "trace": self.traces[-1] if self.traces else None,
                "response": {"status": status, "headers": [list(h) for h in headers],
                             "body": bytes(exchange.body).decode("latin-1"), "body_length": exchange.body_length,
                             "aborted": error is not None and exchange.headers_sent, "error": error},
                "ms": round((time.monotonic() - started) * 1000, 3)}


def _load(target, paths):
    module_name, _, attr = target.partition(":")
    if not module_name or not attr:
        raise ValueError("expected MODULE:CALLABLE, got %r" % (target,))
    for path in reversed(paths):
        sys.path.insert(0, os.path.abspath(path))
    obj = importlib.import_module(module_name)
    for part in attr.split("."):
        obj = getattr(obj, part)
    return obj


def main(argv):
    # The protocol owns the real stdout; anything the app prints goes to stderr.
    proto = io.open(os.dup(1), "w", encoding="utf-8", newline="\n")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    args, paths = [], []
    i = 0
    while i < len(argv):
        if argv[i] == "--path" and i + 1 < len(argv):
            paths.append(argv[i + 1])
            i += 2
        else:
            args.append(argv[i])
            i += 1

    def say(obj):
        proto.write(json.dumps(obj, ensure_ascii=True) + "\n")
        proto.flush()

    if len(args) != 1:
        say({"driver": DRIVER_VERSION, "ok": False, "error": "usage: wsgi_driver.py MODULE:CALLABLE [--path DIR]..."})
        return 2
    try:
        app = _load(args[0], paths)
    except BaseException:
        say({"driver": DRIVER_VERSION, "ok": False, "error": "cannot load %s:\n%s" % (args[0], traceback.format_exc())})
        return 3
    say({"driver": DRIVER_VERSION, "ok": True, "python": platform.python_version(), "app": args[0]})
    driver = Driver(app, sys.stderr)
    stdin = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8")
    for line in stdin:
        if not line.strip():
            continue
        try:
            spec = json.loads(line)
        except ValueError as e:
            say({"id": None, "protocol_error": "not JSON: %s" % e})
            continue
        say(driver.serve(spec))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
