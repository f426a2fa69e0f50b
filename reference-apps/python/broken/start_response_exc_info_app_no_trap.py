"""Breaks start_response.exc_info.app_no_trap: when start_response(..., exc_info) re-raises because the
headers are already out, the application must let that exception propagate; this one swallows it.
"""

import sys

RULE = "start_response.exc_info.app_no_trap"


def application(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain")])
    yield b"partial page\n"
    trapped = False
    try:
        raise RuntimeError("rendering failed after the headers were sent")
    except RuntimeError:
        try:
            start_response("500 Internal Server Error", [("Content-Type", "text/plain")], sys.exc_info())
        except RuntimeError:
            trapped = True  # The mistake: the re-raised error must propagate.
    if trapped:
        yield b"error swallowed\n"
