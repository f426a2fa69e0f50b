"""A small Bottle application (Debian's python3-bottle, Bottle 0.12) for wsgi-conformance.

``application`` is a ``bottle.Bottle`` instance, a WSGI callable. Routes (the same in every app of
this folder, see ``routes.txt``):

- ``GET /``: plain-text greeting;
- ``GET /json?name=x``: ``{"hello": "x"}`` (a returned dict becomes JSON);
- ``POST /echo``: the request body back, with the request's Content-Type;
- ``GET /stream``: the handler returns a generator, several chunks;
- ``GET /file``: this source file through ``static_file`` (wsgi.file_wrapper);
- ``GET /redirect``: 302 to ``/`` (``redirect`` defaults to 303 on HTTP/1.1, so the code is given);
- ``GET /missing``: Bottle's own 404 (no such route);
- ``GET /error``: the handler raises; Bottle's own 500;
- ``GET /unicode/<text>``: the decoded path text back in UTF-8.

No network, no files written. Check it with::

    wsgi-conformance check-app bottle_app:application --python /usr/bin/python3 \\
        --path reference-apps/python/frameworks --routes reference-apps/python/frameworks/routes.txt --out out/bottle
"""

import os

from bottle import Bottle, redirect, request, response, static_file

SOURCE_FILE = os.path.abspath(__file__)

application = Bottle()


@application.get("/")
def hello():
    response.content_type = "text/plain; charset=utf-8"
    return "Hello from Bottle\n"


@application.get("/json")
def json_hello():
    return {"hello": request.query.getunicode("name", default="world")}


@application.post("/echo")
def echo():
    response.content_type = request.content_type or "application/octet-stream"
    return request.body.read()


@application.get("/stream")
def stream():
    response.content_type = "text/plain; charset=utf-8"
    for i in range(1, 4):
        yield "chunk %d\n" % i


@application.get("/file")
def source_file():
    return static_file(os.path.basename(SOURCE_FILE), root=os.path.dirname(SOURCE_FILE),
                       mimetype="text/x-python")


@application.get("/redirect")
def to_root():
    redirect("/", code=302)


@application.get("/error")
def error():
    raise RuntimeError("deliberate error from /error")


@application.get("/unicode/<text>")
def unicode_echo(text):
    response.content_type = "text/plain; charset=utf-8"
    return text.encode("utf-8")
