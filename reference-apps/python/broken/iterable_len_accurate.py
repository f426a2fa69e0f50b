"""Breaks iterable.len.accurate: when len() of the result works, the server may rely on it; this app's
result says len() == 3 and yields only 2 items.
"""

RULE = "iterable.len.accurate"


class Promised(object):
    """Promises three items, yields two."""

    def __len__(self):
        return 3

    def __iter__(self):
        yield b"one\n"
        yield b"two\n"


def application(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain")])
    return Promised()
