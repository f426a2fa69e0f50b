"""Helpers the C# tests call through the host to look at the interpreter (Wsgi.PythonHost.Tests).

Not WSGI applications: each function takes one ignored argument (the host calls a Python callable
with the arguments given) and answers a plain value. Standard library only, Python 3.6 and later.
"""

import gc


def tracked_objects(_):
    """How many objects Python's garbage collector tracks, after a full collection."""
    gc.collect()
    return len(gc.get_objects())
