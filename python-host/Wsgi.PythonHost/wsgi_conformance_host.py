"""The Python half of the in-process WSGI host (Wsgi.PythonHost, pythonnet).

Speaks WSGI 1.0.1 (PEP 3333) towards the hosted application: ``wsgi.input``, ``wsgi.errors``,
``start_response``, ``write`` and ``wsgi.file_wrapper`` are objects of this module. Each one
stands for a C# protocol object and forwards every call, arguments untouched (one tuple, and the
keywords for callables), to the C# bridge it holds in ``_b``; the bridge converts the values,
calls the C# object and converts the answer back. A rule the C# validator finds broken at a call
is raised here as ``WsgiViolation``, so the traceback ends at the application's line.

This module acts and judges nothing. Loaded once by the C# host when the interpreter starts;
standard library only, Python 3.6 and later.
"""

import traceback

END = object()  # what a bridge's Next() returns when its C# enumeration is over


class WsgiViolation(AssertionError):
    """A PEP 3333 rule broken at this call, as the validator judged it. ``rule`` is the rule id."""

    def __init__(self, message, rule):
        AssertionError.__init__(self, message)
        self.rule = rule


def _no_other_attribute(bridge, name):
    # Dunder names are looked up by Python itself (copy, pickle, hasattr(x, "__len__")): not a use.
    if name.startswith("__") and name.endswith("__"):
        raise AttributeError(name)
    return bridge.GetAttribute(name)


class Input(object):
    """wsgi.input: read, readline, readlines and iteration; any other attribute is asked of C#."""

    __slots__ = ("_b",)

    def __init__(self, bridge):
        self._b = bridge

    def read(self, *args):
        return self._b.Read(args)

    def readline(self, *args):
        return self._b.ReadLine(args)

    def readlines(self, *args):
        return self._b.ReadLines(args)

    def __iter__(self):
        return self._b.Iterate()

    def close(self, *args):
        return self._b.Close(args)

    def __getattr__(self, name):
        return _no_other_attribute(self._b, name)


class Errors(object):
    """wsgi.errors: write, writelines and flush; any other attribute is asked of C#."""

    __slots__ = ("_b",)

    def __init__(self, bridge):
        self._b = bridge

    def write(self, *args):
        return self._b.Write(args)

    def writelines(self, *args):
        return self._b.WriteLines(args)

    def flush(self, *args):
        return self._b.Flush(args)

    def close(self, *args):
        return self._b.Close(args)

    def __getattr__(self, name):
        return _no_other_attribute(self._b, name)


class Callable(object):
    """A C# callable (start_response, write, wsgi.file_wrapper): positional and keyword arguments go as given."""

    __slots__ = ("_b", "_name")

    def __init__(self, bridge, name):
        self._b = bridge
        self._name = name

    def __call__(self, *args, **kwargs):
        return self._b.Call(args, kwargs)

    def __repr__(self):
        return "<%s (C#)>" % self._name


class Iterator(object):
    """An iterator over a C# enumeration (wsgi.input's lines, a C# result iterable)."""

    __slots__ = ("_b",)

    def __init__(self, bridge):
        self._b = bridge

    def __iter__(self):
        return self

    def __next__(self):
        item = self._b.Next()
        if item is END:
            raise StopIteration
        return item


class Iterable(object):
    """A C# iterable handed to Python, such as what wsgi.file_wrapper returns; the app returns it as is."""

    __slots__ = ("_b",)

    def __init__(self, bridge):
        self._b = bridge

    def __iter__(self):
        return self._b.Iterate()


class ClosingIterable(Iterable):
    """A C# iterable with close()."""

    __slots__ = ()

    def close(self):
        return self._b.Close()


class SizedIterable(Iterable):
    """A C# iterable with __len__."""

    __slots__ = ()

    def __len__(self):
        return self._b.Len()


class ClosingSizedIterable(ClosingIterable):
    """A C# iterable with close() and __len__."""

    __slots__ = ()

    def __len__(self):
        return self._b.Len()


class Clr(object):
    """A C# value with no Python counterpart, passed through untouched (Python cannot use it)."""

    __slots__ = ("_b",)

    def __init__(self, bridge):
        self._b = bridge

    def __repr__(self):
        return self._b.Repr()


def violation(message, rule, original):
    """A WsgiViolation carrying the C# exception that reported it (read back if it escapes the app)."""
    error = WsgiViolation(message, rule)
    error._wsgi_host_clr = original
    return error


def error(kind, message, original):
    """An exception of the builtin class ``kind`` for a C# exception, carrying it."""
    e = kind(message)
    e._wsgi_host_clr = original
    return e


def describe(error):
    """(type name, message, formatted traceback, C# exception carried, whether ``error`` itself carries it).

    The carried C# exception is the first one found along ``__cause__`` and ``__context__``: an app
    that raised its own error while handling a WsgiViolation still leads back to the violation.
    """
    text = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    try:
        message = str(error)
    except Exception as e:  # a broken __str__ is described, not raised
        message = "<str() raised %s>" % type(e).__name__
    carried, own, seen, e = None, False, set(), error
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        carried = getattr(e, "_wsgi_host_clr", None)
        if carried is not None:
            own = e is error
            break
        e = e.__cause__ or e.__context__
    return (_type_name(type(error)), message, text, carried, own)


def _type_name(t):
    module = getattr(t, "__module__", "builtins")
    name = getattr(t, "__qualname__", t.__name__)
    return name if module == "builtins" else "%s.%s" % (module, name)


def load(module_name, attribute):
    """``module:attr.sub`` as a server loads an application: import the module, walk the attributes."""
    import importlib
    value = importlib.import_module(module_name)
    for part in attribute.split("."):
        value = getattr(value, part)
    return value


def describe_object(value):
    """(qualified type name, repr cut at 200 characters, the WSGI-relevant attributes present)."""
    name = _type_name(type(value))
    try:
        text = repr(value)
    except Exception as e:  # a broken __repr__ is described, not raised
        text = "<%s; repr() raised %s>" % (name, type(e).__name__)
    if len(text) > 200:
        text = "%s... (%d chars)" % (text[:200], len(text))
    attrs = []
    for attr in ("read", "readline", "readlines", "__iter__", "write", "writelines", "flush", "close", "__len__", "__call__"):
        try:
            if hasattr(value, attr):
                attrs.append(attr)
        except Exception:  # a property that raises counts as absent
            pass
    return (name, text, tuple(attrs))
