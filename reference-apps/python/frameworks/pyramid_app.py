"""A small Pyramid application (Debian's python3-pyramid, Pyramid 2.0) for wsgi-conformance.

``application`` is the router ``Configurator.make_wsgi_app()`` builds, with one route and one view
per path. Routes (the same in every app of this folder, see ``routes.txt``):

- ``GET /``: plain-text greeting;
- ``GET /json?name=x``: ``{"hello": "x"}`` through the ``json`` renderer;
- ``POST /echo``: the request body back, with the request's Content-Type;
- ``GET /stream``: a Response whose ``app_iter`` is a generator, several chunks;
- ``GET /file``: this source file through ``pyramid.response.FileResponse`` (wsgi.file_wrapper);
- ``GET /redirect``: 302 to ``/`` (``HTTPFound``);
- ``GET /missing``: Pyramid's own 404 (no route matches);
- ``GET /error``: the view raises. Pyramid registers no exception view for arbitrary exceptions, so
  the exception leaves the application and the server answers 500 (as under any WSGI server);
- ``GET /unicode/{text}``: the decoded path text back in UTF-8.

No network, no files written. Check it with::

    wsgi-conformance check-app pyramid_app:application --python /usr/bin/python3 \\
        --path reference-apps/python/frameworks --routes reference-apps/python/frameworks/routes.txt --out out/pyramid
"""

import os

from pyramid.config import Configurator
from pyramid.httpexceptions import HTTPFound
from pyramid.response import FileResponse, Response

SOURCE_FILE = os.path.abspath(__file__)


def hello(request):
    return Response("Hello from Pyramid\n", content_type="text/plain", charset="utf-8")


def json_hello(request):
    return {"hello": request.GET.get("name", "world")}


def echo(request):
    content_type = request.headers.get("Content-Type") or "application/octet-stream"
    response = Response(body=request.body)
    response.headers["Content-Type"] = content_type  # verbatim, parameters included
    return response


def stream(request):
    def chunks():
        for i in range(1, 4):
            yield ("chunk %d\n" % i).encode("ascii")

    return Response(app_iter=chunks(), content_type="text/plain", charset="utf-8")


def source_file(request):
    return FileResponse(SOURCE_FILE, request=request, content_type="text/x-python")


def to_root(request):
    return HTTPFound(location="/")


def error(request):
    raise RuntimeError("deliberate error from /error")


def unicode_echo(request):
    text = request.matchdict["text"]
    return Response(body=text.encode("utf-8"), content_type="text/plain", charset="utf-8")


def make_app():
    """Build the WSGI application."""
    with Configurator() as config:
        for name, pattern, view, method, renderer in [
                ("hello", "/", hello, "GET", None),
                ("json", "/json", json_hello, "GET", "json"),
                ("echo", "/echo", echo, "POST", None),
                ("stream", "/stream", stream, "GET", None),
                ("file", "/file", source_file, "GET", None),
                ("redirect", "/redirect", to_root, "GET", None),
                ("error", "/error", error, "GET", None),
                ("unicode", "/unicode/{text}", unicode_echo, "GET", None)]:
            config.add_route(name, pattern)
            config.add_view(view, route_name=name, request_method=method, renderer=renderer)
        return config.make_wsgi_app()


application = make_app()
