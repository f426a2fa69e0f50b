"""Breaks start_response.must_be_called: the application must call start_response before its result is
exhausted; this one returns an empty list and never calls it.
"""

RULE = "start_response.must_be_called"


def application(environ, start_response):
    return []
