"""A small Falcon application (Debian's python3-falcon, Falcon 3.1) for wsgi-conformance.

``application`` is a ``falcon.App``, a WSGI callable, with one resource class per route. Routes
(the same in every app of this folder, see ``routes.txt``):

- ``GET /``: plain-text greeting;
- ``GET /json?name=x``: ``{"hello": "x"}`` through ``resp.media``;
- ``POST /echo``: the request body back, with the request's Content-Type;
- ``GET /stream``: ``resp.stream`` set to a generator, several chunks;
- ``GET /file``: this source file as ``resp.stream`` (an open file: wsgi.file_wrapper);
- ``GET /redirect``: 302 to ``/`` (``falcon.HTTPFound``);
- ``GET /missing``: Falcon's own 404 (no such route);
- ``GET /error``: the responder raises; Falcon's own 500 (its default handler for Exception);
- ``GET /unicode/{text}``: the decoded path text back in UTF-8.

No network, no files written. Check it with::

    wsgi-conformance check-app falcon_app:application --python /usr/bin/python3 \\
        --path reference-apps/python/frameworks --routes reference-apps/python/frameworks/routes.txt --out out/falcon
"""

import os

import falcon

SOURCE_FILE = os.path.abspath(__file__)


class Hello:
    def on_get(self, req, resp):
        resp.content_type = falcon.MEDIA_TEXT
        resp.text = "Hello from Falcon\n"


class JsonHello:
    def on_get(self, req, resp):
        resp.media = {"hello": req.get_param("name", default="world")}


class Echo:
    def on_post(self, req, resp):
        resp.content_type = req.content_type or "application/octet-stream"
        resp.data = req.bounded_stream.read()


class Stream:
    def on_get(self, req, resp):
        def chunks():
            for i in range(1, 4):
                yield ("chunk %d\n" % i).encode("ascii")

        resp.content_type = falcon.MEDIA_TEXT
        resp.stream = chunks()


class SourceFile:
    def on_get(self, req, resp):
        resp.content_type = "text/x-python"
        resp.content_length = os.path.getsize(SOURCE_FILE)
        resp.stream = open(SOURCE_FILE, "rb")


class ToRoot:
    def on_get(self, req, resp):
        raise falcon.HTTPFound("/")


class Error:
    def on_get(self, req, resp):
        raise RuntimeError("deliberate error from /error")


class UnicodeEcho:
    def on_get(self, req, resp, text):
        resp.content_type = falcon.MEDIA_TEXT
        resp.data = text.encode("utf-8")


application = falcon.App()
application.add_route("/", Hello())
application.add_route("/json", JsonHello())
application.add_route("/echo", Echo())
application.add_route("/stream", Stream())
application.add_route("/file", SourceFile())
application.add_route("/redirect", ToRoot())
application.add_route("/error", Error())
application.add_route("/unicode/{text}", UnicodeEcho())
