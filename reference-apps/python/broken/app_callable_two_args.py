"""Breaks app.callable_two_args: PEP 3333 requires the application object to be a callable
taking (environ, start_response); here ``application`` is a plain object with no __call__.
"""

RULE = "app.callable_two_args"


class NotAnApp(object):
    """Looks like an application object, but a server cannot call it."""


application = NotAnApp()
