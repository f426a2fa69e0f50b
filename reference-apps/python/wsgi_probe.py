"""The wsgi-conformance probe: a WSGI application that does what the harness asks and records it.

Speaks WSGI 1.0.1 (PEP 3333) towards the server, and the wsgi-conformance probe protocol,
version 1 (docs/PROBE.md), towards the harness: the request header ``X-Probe`` carries a
scenario (base64url of a UTF-8 JSON object); the probe performs it (wsgi.input reads,
wsgi.errors writes, start_response calls, write(), a result iterable with data, sleeps and
raises, wsgi.file_wrapper), records every call and what came back as a trace (the JSON format
of ``validator/Wsgi.Validator/Tracing/TraceJson.cs``), and returns the trace as the body or
stores it under the scenario's id for a later ``X-Probe-Fetch: ID`` request. It acts and
records only: it never judges. Traces are stored as files (``$WSGI_PROBE_DIR`` or
``wsgi-probe-traces`` in the system temporary folder), so servers with several worker
processes and threads work.

Standard library only; runs on Python 3.6 and later. The WSGI callable is the module-level
``application``. Serve it, for example, with::

    gunicorn --chdir reference-apps/python wsgi_probe:application
    python3 -c "import wsgi_probe, wsgiref.simple_server as s; s.make_server('127.0.0.1', 8000, wsgi_probe.application).serve_forever()"

then run ``wsgi-conformance run --url http://127.0.0.1:8000/``.
"""

import base64
import io
import json
import os
import platform
import re
import sys
import tempfile
import threading
import time

PROBE_VERSION = 1
TRACE_VERSION = 1
_ID = re.compile(r"\A[A-Za-z0-9_-]{1,64}\Z")
_ATTRS = ("read", "readline", "readlines", "__iter__", "write", "writelines", "flush", "close",
          "__len__", "__call__")
_FIELDS = ("id", "respond", "input", "errors", "status", "headers", "start_in", "start_again",
           "write", "body", "result", "raise", "file_wrapper")
_MAX_REPR = 200


class ScenarioError(Exception):
    """The X-Probe header or the scenario in it is malformed (answered 400)."""


# ---------------------------------------------------------------------------------------------
# Python values as the trace format types them (TraceJson.ReadValue / ReadTagged).

def type_name(value):
    """``module.Qualname`` of the value's type; builtins without the module."""
    t = type(value)
    name = getattr(t, "__qualname__", t.__name__)
    module = getattr(t, "__module__", "builtins")
    return name if module == "builtins" else "%s.%s" % (module, name)


def _repr(value):
    try:
        text = repr(value)
    except Exception as e:  # a broken __repr__ is recorded, not raised
        text = "<%s; repr() raised %s>" % (type_name(value), type(e).__name__)
    return text if len(text) <= _MAX_REPR else "%s... (%d chars)" % (text[:_MAX_REPR], len(text))


def encode(value, depth=0):
    """The value with its exact Python type kept: str/int/bool/None as JSON, the rest tagged."""
    t = type(value)
    if value is None or t is bool or t is str:
        return value
    if t is int:
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
        except Exception:  # a property that raises counts as absent
            pass
    return {"t": "object", "type": type_name(value), "repr": _repr(value), "attrs": attrs}


def describe(error):
    """``TypeName: message`` (just the name when the message is empty)."""
    text = str(error)
    return "%s: %s" % (type(error).__name__, text) if text else type(error).__name__


# ---------------------------------------------------------------------------------------------
# The trace store: one JSON file per id, written atomically, shared by every worker process.

def trace_dir():
    return os.environ.get("WSGI_PROBE_DIR") or os.path.join(tempfile.gettempdir(), "wsgi-probe-traces")


def store(trace_id, text):
    folder = trace_dir()
    os.makedirs(folder, exist_ok=True)
    temp = os.path.join(folder, ".%s.%d.%d.tmp" % (trace_id, os.getpid(), threading.get_ident()))
    with open(temp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(temp, os.path.join(folder, trace_id + ".json"))


def load(trace_id):
    try:
        with open(os.path.join(trace_dir(), trace_id + ".json"), "r", encoding="utf-8") as f:
            return f.read()
    except (IOError, OSError):
        return None


# ---------------------------------------------------------------------------------------------
# The scenario (docs/PROBE.md, "Scenario fields"), checked in full before anything runs.

class Scenario(object):
    def __init__(self, raw):
        if not isinstance(raw, dict):
            raise ScenarioError("the scenario must be a JSON object; got %s" % type(raw).__name__)
        unknown = sorted(k for k in raw if k not in _FIELDS)
        if unknown:
            raise ScenarioError("unknown scenario field(s) %s; known: %s" % (", ".join(unknown), ", ".join(_FIELDS)))
        self.id = raw.get("id")
        if self.id is not None and not (isinstance(self.id, str) and _ID.match(self.id)):
            raise ScenarioError("id must match [A-Za-z0-9_-]{1,64}; got %r" % (self.id,))
        self.respond = _choice(raw, "respond", ("trace", "scenario"), "trace")
        if self.respond == "scenario" and self.id is None:
            raise ScenarioError('"respond": "scenario" needs an "id" to store the trace under')
        self.input = _ops(raw, "input", {"read": (0, 1), "readline": (0, 1), "readlines": (0, 1), "iter": (0, 1)})
        self.errors = _ops(raw, "errors", {"write": (1, 1), "writelines": (1, 1), "flush": (0, 0)})
        self.status = _str(raw.get("status", "200 OK"), "status")
        default = [["Content-Type", "application/json" if self.respond == "trace" else "text/plain"]]
        self.headers = _headers(raw.get("headers", default), "headers")
        self.start_in = _choice(raw, "start_in", ("call", "iter"), "call")
        self.start_again = None
        again = raw.get("start_again")
        if again is not None:
            if not isinstance(again, dict):
                raise ScenarioError("start_again must be an object; got %r" % (again,))
            after = again.get("after", 0)
            if type(after) is not int or after < 0:
                raise ScenarioError("start_again.after must be an int >= 0; got %r" % (after,))
            self.start_again = {
                "status": _str(again.get("status", "500 Internal Server Error"), "start_again.status"),
                "headers": _headers(again.get("headers", [["Content-Type", "text/plain"]]), "start_again.headers"),
                "exc_info": again.get("exc_info") is True,
                "after": after,
            }
        self.write = [_str(s, "write[]").encode("latin-1") for s in _list(raw, "write")]
        self.body = [_step(s) for s in _list(raw, "body")]
        self.result = _choice(raw, "result", ("closable", "list", "len"), "closable")
        self.raise_at = _choice(raw, "raise", ("before_start", "after_start"), None)
        self.file_wrapper = None
        fw = raw.get("file_wrapper")
        if fw is not None:
            if not isinstance(fw, dict) or type(fw.get("size")) is not int or fw["size"] < 0 \
                    or type(fw.get("block_size", 8192)) is not int or fw.get("block_size", 8192) < 1:
                raise ScenarioError("file_wrapper must be {\"size\": n >= 0, \"block_size\": k >= 1}; got %r" % (fw,))
            self.file_wrapper = {"size": fw["size"], "block_size": fw.get("block_size", 8192)}
        if self.respond == "trace":
            shaping = [k for k in ("write", "body", "file_wrapper") if raw.get(k)]
            if shaping:
                raise ScenarioError('%s shape(s) the body: use "respond": "scenario" (the trace body cannot carry it)' % ", ".join(shaping))
            self.body = [("trace", None)]
        if self.file_wrapper is not None and (self.body or "result" in raw or self.start_in == "iter"):
            raise ScenarioError("file_wrapper replaces the result: no body, result or start_in iter with it")
        if self.start_in == "iter" and self.result == "list":
            raise ScenarioError('start_in "iter" needs a result the probe iterates: "closable" or "len", not "list"')


def _choice(raw, name, allowed, default):
    value = raw.get(name, default)
    if value not in allowed and value != default:
        raise ScenarioError("%s must be one of %s; got %r" % (name, ", ".join(allowed), value))
    return value


def _str(value, name):
    if not isinstance(value, str):
        raise ScenarioError("%s must be a string; got %r" % (name, value))
    try:
        value.encode("latin-1")
    except UnicodeEncodeError:
        raise ScenarioError("%s must be latin-1; got %r" % (name, value))
    return value


def _list(raw, name):
    value = raw.get(name, [])
    if not isinstance(value, list):
        raise ScenarioError("%s must be a list; got %r" % (name, value))
    return value


def _headers(value, name):
    if not isinstance(value, list) or not all(isinstance(p, list) and len(p) == 2 for p in value):
        raise ScenarioError("%s must be [[name, value], ...]; got %r" % (name, value))
    return [(_str(n, name + " name"), _str(v, name + " value")) for n, v in value]


def _ops(raw, name, arities):
    ops = []
    for op in _list(raw, name):
        if not isinstance(op, list) or not op or op[0] not in arities:
            raise ScenarioError("%s operations are [method, args...] with method one of %s; got %r" % (name, ", ".join(sorted(arities)), op))
        low, high = arities[op[0]]
        if not low <= len(op) - 1 <= high:
            raise ScenarioError("%s %s takes %d to %d argument(s); got %r" % (name, op[0], low, high, op))
        ops.append((op[0], list(op[1:])))
    return ops


def _step(step):
    if isinstance(step, dict) and len(step) == 1:
        (kind, value), = step.items()
        if kind == "data" and isinstance(step["data"], str):
            return ("data", _str(value, "body data").encode("latin-1"))
        if kind == "sleep_ms" and type(value) is int and value >= 0:
            return ("sleep", value)
        if kind == "raise" and isinstance(value, str):
            return ("raise", value)
    raise ScenarioError('body steps are {"data": str}, {"sleep_ms": n} or {"raise": str}; got %r' % (step,))


def decode_scenario(header):
    """The scenario in an X-Probe value: base64url (padding optional) of UTF-8 JSON."""
    try:
        text = base64.b64decode(header + "=" * (-len(header) % 4), altchars=b"-_", validate=True).decode("utf-8")
        raw = json.loads(text)
    except (ValueError, UnicodeError) as e:
        raise ScenarioError("X-Probe must be base64url of a UTF-8 JSON object: %s" % e)
    return Scenario(raw)


# ---------------------------------------------------------------------------------------------
# One exchange: the recorder, the result object, the steps.

class Exchange(object):
    """The probe's side of one request: performs the scenario and records every event."""

    def __init__(self, scenario, environ, args, kwargs):
        self.scenario = scenario
        self.t0 = time.monotonic()
        self.events = []
        self.lock = threading.Lock()
        self.stored = False
        self.environ = encode(environ)
        self.record("invoke", [len(args)], kwargs=dict((k, None) for k in kwargs) or None)

    def record(self, kind, args, **fields):
        event = {"kind": kind, "args": args}
        for key, value in fields.items():
            if value is not None:
                event[key] = value
        event["at"] = round(time.monotonic() - self.t0, 6)
        with self.lock:
            self.events.append(event)
        return event

    def trace_text(self):
        with self.lock:
            trace = {"trace_version": TRACE_VERSION, "source": "probe", "environ": self.environ,
                     "events": list(self.events),
                     "meta": {"probe_version": PROBE_VERSION, "implementation": "python",
                              "python": platform.python_version(), "pid": os.getpid(),
                              "thread": threading.get_ident()}}
            return json.dumps(trace, ensure_ascii=True)

    def finish(self):
        """The exchange is over: record ``end`` and store the trace under the id (once)."""
        with self.lock:
            if self.stored:
                return
            self.stored = True
        self.record("end", [])
        if self.scenario.id is not None:
            store(self.scenario.id, self.trace_text())

    # -- the calls the probe makes, each recorded with what came back --------------------------

    def call(self, kind, fn, args, result=True):
        event = self.record(kind, [encode(a) for a in args])
        try:
            value = fn(*args)
        except BaseException as e:
            event["error"] = describe(e)
            raise
        if result and value is not None:
            event["result"] = encode(value)
        return value

    def start_response(self, start_response, status, headers, exc_info=None):
        args = [status, headers] if exc_info is None else [status, headers, exc_info]
        event = self.record("start_response", [encode(a) for a in args])
        try:
            value = start_response(*args)
        except BaseException as e:
            event["error"] = describe(e)
            raise
        if callable(value):
            event["result"] = "write"
        elif value is not None:
            event["result"] = encode(value)
        return value

    def start_again(self, start_response):
        again = self.scenario.start_again
        headers = _with_version(again["headers"])
        if not again["exc_info"]:
            return self.start_response(start_response, again["status"], headers)
        try:
            raise RuntimeError("probe: start_again with exc_info")
        except RuntimeError:
            return self.start_response(start_response, again["status"], headers, sys.exc_info())

    def run_input(self, stream):
        for method, args in self.scenario.input:
            if method == "iter":
                self.record("input.__iter__", [])
                iterator = iter(stream)
                limit = args[0] if args else None
                count = 0
                while limit is None or count < limit:
                    count += 1
                    event = self.record("input.__next__", [])
                    try:
                        line = next(iterator)
                    except StopIteration:
                        event["error"] = "StopIteration"
                        break
                    except BaseException as e:
                        event["error"] = describe(e)
                        raise
                    event["result"] = encode(line)
            else:
                self.call("input." + method, getattr(stream, method), args)

    def run_errors(self, stream):
        for method, args in self.scenario.errors:
            self.call("errors." + method, getattr(stream, method), args, result=False)


def _with_version(headers):
    headers = list(headers)
    if not any(n.lower() == "x-probe-version" for n, _ in headers):
        headers.append(("X-Probe-Version", str(PROBE_VERSION)))
    return headers


class Steps(object):
    """Runs the body steps one ``next()`` at a time, with the deferred start_response calls."""

    def __init__(self, exchange, start_response):
        self.x = exchange
        self.start_response = start_response
        self.index = 0
        self.started = exchange.scenario.start_in == "call"
        self.again_done = exchange.scenario.start_again is None

    def next_item(self):
        """The next bytes to yield, or None at the end; raises what a ``raise`` step asks."""
        s = self.x.scenario
        if not self.started:
            self.started = True
            self.x.start_response(self.start_response, s.status, _with_version(s.headers))
        while True:
            if not self.again_done and s.start_again["after"] <= self.index:
                self.again_done = True
                self.x.start_again(self.start_response)
            if self.index >= len(s.body):
                return None
            kind, value = s.body[self.index]
            self.index += 1
            if kind == "data":
                return value
            if kind == "trace":
                return self.x.trace_text().encode("utf-8")
            if kind == "sleep":
                time.sleep(value / 1000.0)
            else:
                raise RuntimeError(value)


class Result(object):
    """The closable result: records iter, next, item, iter.end, iter.raise and close."""

    def __init__(self, exchange, steps):
        self.x = exchange
        self.steps = steps

    def __iter__(self):
        self.x.record("iter", [])
        return self

    def __next__(self):
        self.x.record("next", [])
        try:
            item = self.steps.next_item()
        except BaseException as e:
            self.x.record("iter.raise", [], error=describe(e))
            raise
        if item is None:
            self.x.record("iter.end", [])
            raise StopIteration
        self.x.record("item", [encode(item)])
        return item

    next = __next__

    def close(self):
        self.x.record("close", [])
        self.x.finish()


class LenResult(Result):
    """The closable result with an exact ``__len__`` (the number of items it yields)."""

    def __len__(self):
        return sum(1 for kind, _ in self.x.scenario.body if kind in ("data", "trace"))


class ProbeFile(io.BytesIO):
    """The in-memory file handed to wsgi.file_wrapper; its close() is recorded and ends the trace."""

    def __init__(self, exchange, size):
        io.BytesIO.__init__(self, (b"0123456789" * (size // 10 + 1))[:size])
        self.x = exchange

    def close(self):
        if not self.closed:
            self.x.record("close", [])
        io.BytesIO.close(self)
        self.x.finish()


# ---------------------------------------------------------------------------------------------
# The WSGI application.

def _answer(start_response, status, body):
    data = body if isinstance(body, bytes) else json.dumps(body, ensure_ascii=True).encode("ascii")
    start_response(status, [("Content-Type", "application/json"), ("Content-Length", str(len(data))),
                            ("X-Probe-Version", str(PROBE_VERSION))])
    return [data]


def application(*args, **kwargs):
    """The probe's WSGI callable: ``application(environ, start_response)``."""
    environ = args[0] if args else kwargs.get("environ")
    start_response = args[1] if len(args) > 1 else kwargs.get("start_response")
    fetch = environ.get("HTTP_X_PROBE_FETCH")
    if fetch is not None:
        if not _ID.match(fetch):
            return _answer(start_response, "400 Bad Request", {"error": "X-Probe-Fetch must match [A-Za-z0-9_-]{1,64}; got %r" % fetch})
        text = load(fetch)
        if text is None:
            return _answer(start_response, "404 Not Found", {"error": "no trace stored under %r (yet)" % fetch})
        return _answer(start_response, "200 OK", text.encode("utf-8"))
    try:
        scenario = decode_scenario(environ.get("HTTP_X_PROBE", "")) if "HTTP_X_PROBE" in environ else Scenario({})
    except ScenarioError as e:
        return _answer(start_response, "400 Bad Request", {"error": str(e)})
    return run(Exchange(scenario, environ, args, kwargs), environ, start_response)


def run(x, environ, start_response):
    """The application call, in the order docs/PROBE.md gives."""
    s = x.scenario
    try:
        x.run_input(environ["wsgi.input"])
        x.run_errors(environ["wsgi.errors"])
        if s.raise_at == "before_start":
            raise RuntimeError("probe: raise before_start")
        steps = Steps(x, start_response)
        if s.start_in == "call":
            write = x.start_response(start_response, s.status, _with_version(s.headers))
            for data in s.write:
                x.call("write", write, [data])
        if s.raise_at == "after_start":
            raise RuntimeError("probe: raise after_start")
        if s.start_in == "call" and s.start_again is not None and s.start_again["after"] == 0:
            steps.again_done = True
            x.start_again(start_response)
        result = make_result(x, environ, steps)
    except BaseException as e:
        x.record("app.raise", [], error=describe(e))
        x.finish()
        raise
    x.record("app.return", [encode(result)], result=len(result) if hasattr(result, "__len__") else None)
    if s.result == "list" and s.file_wrapper is None:
        x.finish()
    return result


def make_result(x, environ, steps):
    s = x.scenario
    fw = s.file_wrapper
    if fw is not None:
        wrapper = environ.get("wsgi.file_wrapper")
        if wrapper is None:
            # No wsgi.file_wrapper (it is optional): the same bytes through the probe's own result.
            data, k = (b"0123456789" * (fw["size"] // 10 + 1))[:fw["size"]], fw["block_size"]
            s.body = [("data", data[i:i + k]) for i in range(0, len(data), k)]
            return Result(x, steps)
        return x.call("file_wrapper", wrapper, [ProbeFile(x, fw["size"]), fw["block_size"]], result=False)
    if s.result == "list":
        items = []
        while True:
            item = steps.next_item()
            if item is None:
                return items
            items.append(item)
    return LenResult(x, steps) if s.result == "len" else Result(x, steps)
