"""A module that raises while it is imported (Wsgi.PythonHost.Tests: LoadApp reports the traceback).

Speaks nothing: it never gets as far as defining ``application``. Standard library only, Python 3.6+.
"""

raise RuntimeError("broken at import")
