"""A plain WebOb application (Debian's python3-webob, WebOb 1.8) for wsgi-conformance.

``application`` is a function decorated with ``webob.dec.wsgify``: it takes a ``webob.Request`` and
returns a ``webob.Response`` (or an HTTP exception from ``webob.exc``, which is itself a response),
dispatching on the path by hand. Routes (the same in every app of this folder, see ``routes.txt``):

- ``GET /``: plain-text greeting;
- ``GET /json?name=x``: ``{"hello": "x"}`` through ``Response(json_body=...)``;
- ``POST /echo``: the request body back, with the request's Content-Type;
- ``GET /stream``: a Response whose ``app_iter`` is a generator, several chunks;
- ``GET /file``: this source file as ``app_iter``, wrapped in the server's wsgi.file_wrapper when
  there is one (``webob.static.FileIter`` otherwise);
- ``GET /redirect``: 302 to ``/`` (``webob.exc.HTTPFound``);
- ``GET /missing``: WebOb's ``HTTPNotFound`` page;
- ``GET /error``: the handler raises. WebOb has no error handling of its own: the exception leaves
  the application and the server answers 500;
- ``GET /unicode/<text>``: the decoded path text back in UTF-8.

No network, no files written. Check it with::

    wsgi-conformance check-app webob_app:application --python /usr/bin/python3 \\
        --path reference-apps/python/frameworks --routes reference-apps/python/frameworks/routes.txt --out out/webob
"""

import functools
import os

from webob import Response
from webob.dec import wsgify
from webob.exc import HTTPFound, HTTPMethodNotAllowed, HTTPNotFound
from webob.static import FileIter

SOURCE_FILE = os.path.abspath(__file__)
BLOCK_SIZE = 8192


def hello(req):
    return Response("Hello from WebOb\n", content_type="text/plain", charset="utf-8")


def json_hello(req):
    return Response(json_body={"hello": req.GET.get("name", "world")})


def echo(req):
    response = Response(body=req.body)
    response.headers["Content-Type"] = req.headers.get("Content-Type") or "application/octet-stream"
    return response


def stream(req):
    def chunks():
        for i in range(1, 4):
            yield ("chunk %d\n" % i).encode("ascii")

    return Response(app_iter=chunks(), content_type="text/plain", charset="utf-8")


def source_file(req):
    f = open(SOURCE_FILE, "rb")
    file_wrapper = req.environ.get("wsgi.file_wrapper")
    app_iter = file_wrapper(f, BLOCK_SIZE) if file_wrapper else FileIter(f, BLOCK_SIZE)
    return Response(app_iter=app_iter, content_type="text/x-python", charset=None,
                    content_length=os.fstat(f.fileno()).st_size)


def to_root(req):
    return HTTPFound(location="/")


def error(req):
    raise RuntimeError("deliberate error from /error")


def unicode_echo(req, text):
    return Response(body=text.encode("utf-8"), content_type="text/plain", charset="utf-8")


ROUTES = {
    "/": ("GET", hello),
    "/json": ("GET", json_hello),
    "/echo": ("POST", echo),
    "/stream": ("GET", stream),
    "/file": ("GET", source_file),
    "/redirect": ("GET", to_root),
    "/error": ("GET", error),
}
UNICODE_PREFIX = "/unicode/"


@wsgify
def application(req):
    path = req.path_info  # WebOb decodes PATH_INFO as UTF-8
    if path.startswith(UNICODE_PREFIX) and len(path) > len(UNICODE_PREFIX):
        method, view = "GET", functools.partial(unicode_echo, text=path[len(UNICODE_PREFIX):])
    elif path in ROUTES:
        method, view = ROUTES[path]
    else:
        return HTTPNotFound()
    if req.method != method and not (method == "GET" and req.method == "HEAD"):
        return HTTPMethodNotAllowed(headers={"Allow": method})
    return view(req)
