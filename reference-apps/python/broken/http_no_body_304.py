"""Breaks http.no_body.304 (HTTP): a 304 Not Modified response has no body; this app yields one."""

RULE = "http.no_body.304"


def application(environ, start_response):
    start_response("304 Not Modified", [])
    return [b"broken on purpose\n"]
