"""WSGI middleware that records every exchange as a wsgi-conformance trace file.

Speaks WSGI 1.0.1 (PEP 3333) on both sides: ``Recorder(app, folder)`` is itself a WSGI
application that calls ``app`` and passes everything through, and writes one trace per exchange
into ``folder`` in the wsgi-conformance trace format, version 1 (the JSON of
``validator/Wsgi.Validator/Tracing/TraceJson.cs``, ``"source": "recorder"``). It records what the
application does (its calls to wsgi.input, wsgi.errors, start_response, write() and
wsgi.file_wrapper, what it returns, what its result yields) and what the server returns or raises
back. It records only; it never judges. Judge the traces with::

    wsgi-conformance judge traces/*.json

``Recorder(app, sink=callback)`` hands each trace (a dict) to ``callback`` instead of writing a
file; ``wsgi_driver.py`` records that way.

Standard library only; Python 3.6 and later. Usage, with any WSGI server::

    from wsgi_recorder import Recorder
    import myapp
    application = Recorder(myapp.application, "traces")

or around your own tests (``webtest.TestApp(Recorder(app, "traces"))``, ...). Each trace is
written when the server calls close() on the result (and provisionally when iteration ends or
raises, or when the application raises), atomically: a temporary file, then ``os.replace``, so
a reader never sees half a file. The result is always wrapped, so a server's
wsgi.file_wrapper fast path is bypassed while recording (the bytes are the same).
"""

import itertools
import json
import os
import platform
import threading
import time

TRACE_VERSION = 1
RECORDER_VERSION = 1
_ATTRS = ("read", "readline", "readlines", "__iter__", "write", "writelines", "flush", "close",
          "__len__", "__call__")
_MAX_REPR = 200
_counter = itertools.count(1)


def type_name(value):
    """``module.Qualname`` of the value's type; builtins without the module."""
    t = type(value)
    name = getattr(t, "__qualname__", t.__name__)
    module = getattr(t, "__module__", "builtins")
    return name if module == "builtins" else "%s.%s" % (module, name)


def _repr(value):
    try:
        text = repr(value)
    except Exception as e:
        text = "<%s; repr() raised %s>" % (type_name(value), type(e).__name__)
    return text if len(text) <= _MAX_REPR else "%s... (%d chars)" % (text[:_MAX_REPR], len(text))


def encode(value, depth=0):
    """The value with its exact Python type kept: str/int/bool/None as JSON, the rest tagged."""
    t = type(value)
    if value is None or t is bool or t is str or t is int:
        return value
    if t is float and value == value and value not in (float("inf"), float("-inf")):
        return {"t": "float", "v": value}
    if t is bytes:
        return {"t": "bytes", "v": value.decode("latin-1")}
    if depth <= 16:
        if t is tuple:
            return {"t": "tuple", "v": [encode(x, depth + 1) for x in value]}
        if t is list:
            return {"t": "list", "v": [encode(x, depth + 1) for x in value]}
        if isinstance(value, dict):
            return {"t": "dict", "type": "dict" if t is dict else type_name(value),
                    "v": [[encode(k, depth + 1), encode(v, depth + 1)] for k, v in list(value.items())]}
    attrs = []
    for attr in _ATTRS:
        try:
            if hasattr(value, attr):
                attrs.append(attr)
        except Exception:
            pass
    return {"t": "object", "type": type_name(value), "repr": _repr(value), "attrs": attrs}


def describe(error):
    """``TypeName: message`` (just the name when the message is empty)."""
    text = str(error)
    return "%s: %s" % (type(error).__name__, text) if text else type(error).__name__


class Recorder(object):
    """Wraps the WSGI application ``app``; writes one trace per exchange into ``folder``."""

    def __init__(self, app, folder=None, sink=None):
        self.app = app
        self.folder = folder
        self.sink = sink

    def __call__(self, environ, start_response):
        log = _Log(self.folder, environ, self.sink, callable(self.app))
        env = dict(environ)
        if "wsgi.input" in env:
            env["wsgi.input"] = _Stream(log, "input.", environ["wsgi.input"], record_results=True)
        if "wsgi.errors" in env:
            env["wsgi.errors"] = _Stream(log, "errors.", environ["wsgi.errors"], record_results=False)
        if callable(env.get("wsgi.file_wrapper")):
            env["wsgi.file_wrapper"] = _Call(log, "file_wrapper", environ["wsgi.file_wrapper"])
        try:
            result = self.app(env, _StartResponse(log, start_response))
        except BaseException as e:
            log.record("app.raise", [], error=describe(e))
            log.finish()
            raise
        length = None
        try:
            if hasattr(result, "__len__"):
                length = len(result)
        except Exception:
            pass
        log.record("app.return", [encode(result)], result=length)
        return _LenResult(log, result) if length is not None else _Result(log, result)


class _Log(object):
    """The events of one exchange, and its trace file."""

    def __init__(self, folder, environ, sink=None, app_callable=True):
        self.folder = folder
        self.sink = sink
        self.t0 = time.monotonic()
        self.lock = threading.Lock()
        self.events = []
        self.done = False
        self.environ = encode(environ)
        self.name = "%s-%d-%d" % (time.strftime("%Y%m%dT%H%M%S"), os.getpid(), next(_counter))
        self.record("invoke", [2], result=None if app_callable else False)

    def record(self, kind, args, **fields):
        event = {"kind": kind, "args": args}
        for key, value in fields.items():
            if value is not None:
                event[key] = value
        event["at"] = round(time.monotonic() - self.t0, 6)
        with self.lock:
            self.events.append(event)
        return event

    def save(self):
        with self.lock:
            trace = {"trace_version": TRACE_VERSION, "source": "recorder", "environ": self.environ,
                     "events": list(self.events),
                     "meta": {"recorder_version": RECORDER_VERSION, "implementation": "python",
                              "python": platform.python_version(), "pid": os.getpid(),
                              "thread": threading.get_ident()}}
        if self.sink is not None:
            self.sink(trace)
            return
        text = json.dumps(trace, ensure_ascii=True)
        os.makedirs(self.folder, exist_ok=True)
        temp = os.path.join(self.folder, ".%s.%d.tmp" % (self.name, threading.get_ident()))
        with open(temp, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(temp, os.path.join(self.folder, self.name + ".json"))

    def finish(self):
        """The exchange is over: record ``end`` and write the final trace (once)."""
        with self.lock:
            if self.done:
                return
            self.done = True
        self.record("end", [])
        self.save()


class _Call(object):
    """A recorded callable (write, wsgi.file_wrapper)."""

    def __init__(self, log, kind, inner):
        self.log, self.kind, self.inner = log, kind, inner

    def __call__(self, *args, **kwargs):
        event = self.log.record(self.kind, [encode(a) for a in args],
                                kwargs=dict((k, encode(v)) for k, v in kwargs.items()) or None)
        try:
            value = self.inner(*args, **kwargs)
        except BaseException as e:
            event["error"] = describe(e)
            raise
        if value is not None and self.kind == "write":
            event["result"] = encode(value)
        return value


class _StartResponse(object):
    """start_response, recorded; the result is ``"write"`` when a callable came back."""

    def __init__(self, log, inner):
        self.log, self.inner = log, inner

    def __call__(self, *args, **kwargs):
        event = self.log.record("start_response", [encode(a) for a in args],
                                kwargs=dict((k, encode(v)) for k, v in kwargs.items()) or None)
        try:
            value = self.inner(*args, **kwargs)
        except BaseException as e:
            event["error"] = describe(e)
            raise
        if callable(value):
            event["result"] = "write"
            return _Call(self.log, "write", value)
        if value is not None:
            event["result"] = encode(value)
        return value


class _Stream(object):
    """wsgi.input or wsgi.errors: every method the app uses is recorded as ``input.NAME`` or ``errors.NAME``."""

    def __init__(self, log, prefix, inner, record_results):
        self._log, self._prefix, self._inner, self._results = log, prefix, inner, record_results

    def __getattr__(self, name):
        try:
            attr = getattr(self._inner, name)
        except AttributeError as e:
            if not name.startswith("__"):
                # Asking for an attribute the stream lacks is a use of it, recorded like a call that failed.
                self._log.record(self._prefix + name, [], error=describe(e))
            raise
        if not callable(attr):
            return attr

        def method(*args, **kwargs):
            event = self._log.record(self._prefix + name, [encode(a) for a in args],
                                     kwargs=dict((k, encode(v)) for k, v in kwargs.items()) or None)
            try:
                value = attr(*args, **kwargs)
            except BaseException as e:
                event["error"] = describe(e)
                raise
            if self._results and value is not None:
                event["result"] = encode(value)
            return value
        return method

    def __iter__(self):
        self._log.record(self._prefix + "__iter__", [])
        return _StreamIterator(self._log, self._prefix, iter(self._inner))


class _StreamIterator(object):
    def __init__(self, log, prefix, inner):
        self.log, self.prefix, self.inner = log, prefix, inner

    def __iter__(self):
        return self

    def __next__(self):
        event = self.log.record(self.prefix + "__next__", [])
        try:
            line = next(self.inner)
        except StopIteration:
            event["error"] = "StopIteration"
            raise
        except BaseException as e:
            event["error"] = describe(e)
            raise
        event["result"] = encode(line)
        return line


class _Result(object):
    """The application's result, recorded: iter, next, item, iter.end, iter.raise, close."""

    def __init__(self, log, inner):
        self.log, self.inner, self.iterator = log, inner, None

    def __iter__(self):
        self.log.record("iter", [])
        try:
            self.iterator = iter(self.inner)
        except BaseException as e:
            self.log.record("iter.raise", [], error=describe(e))
            self.log.save()
            raise
        return self

    def __next__(self):
        self.log.record("next", [])
        try:
            item = next(self.iterator)
        except StopIteration:
            self.log.record("iter.end", [])
            self.log.save()
            raise
        except BaseException as e:
            self.log.record("iter.raise", [], error=describe(e))
            self.log.save()
            raise
        self.log.record("item", [encode(item)])
        return item

    def close(self):
        try:
            if hasattr(self.inner, "close"):
                self.log.record("close", [])
                self.inner.close()
        finally:
            self.log.finish()


class _LenResult(_Result):
    """The recorded result of an application whose result has ``__len__`` (kept for the server)."""

    def __len__(self):
        return len(self.inner)
