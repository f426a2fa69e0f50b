"""Breaks start_response.before_first_body: start_response must be called before the result yields
its first item; this app's generator yields an (empty) bytestring first.
"""

RULE = "start_response.before_first_body"


def application(environ, start_response):
    yield b""
    start_response("200 OK", [("Content-Type", "text/plain")])
    yield b"late start\n"
