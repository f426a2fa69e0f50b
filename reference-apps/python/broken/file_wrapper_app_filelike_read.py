"""Breaks file_wrapper.app.filelike_read: wsgi.file_wrapper must be given a file-like object with a
read() method; this app hands it a str (and falls back to a list when the server refuses).
"""

RULE = "file_wrapper.app.filelike_read"


def application(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain")])
    try:
        return environ["wsgi.file_wrapper"]("not a file", 4096)
    except TypeError:
        return [b"broken on purpose\n"]
