"""A single-file Django project (Debian's python3-django, Django 3.2) for wsgi-conformance.

The settings are configured in this module (``settings.configure``), the URLconf is this module
(``urlpatterns`` below), and ``application`` is Django's WSGI handler from ``get_wsgi_application()``.
No database, no installed apps, no middleware, DEBUG off (so 404 and 500 are Django's production
pages). Routes (the same in every app of this folder, see ``routes.txt``):

- ``GET /``: plain-text greeting;
- ``GET /json?name=x``: ``{"hello": "x"}`` through ``JsonResponse``;
- ``POST /echo``: the request body back, with the request's Content-Type;
- ``GET /stream``: a ``StreamingHttpResponse`` over a generator, several chunks;
- ``GET /file``: this source file through ``FileResponse`` (wsgi.file_wrapper);
- ``GET /redirect``: 302 to ``/``;
- ``GET /missing``: Django's own 404 (no such URL pattern);
- ``GET /error``: the view raises; Django's own 500;
- ``GET /unicode/<text>``: the decoded path text back in UTF-8.

Django rejects requests without a Host header (ALLOWED_HOSTS is ``['*']``, but HTTP_HOST or
SERVER_NAME must be present). No network, no files written. Check it with::

    wsgi-conformance check-app django_app:application --python /usr/bin/python3 \\
        --path reference-apps/python/frameworks --routes reference-apps/python/frameworks/routes.txt --out out/django
"""

import os

from django.conf import settings

SOURCE_FILE = os.path.abspath(__file__)

if not settings.configured:
    settings.configure(
        DEBUG=False,
        SECRET_KEY="wsgi-conformance-sample-not-secret",
        ALLOWED_HOSTS=["*"],
        ROOT_URLCONF=__name__,
        INSTALLED_APPS=[],
        MIDDLEWARE=[],
        DATABASES={},
        USE_TZ=True,
    )

from django.core.wsgi import get_wsgi_application  # noqa: E402 (after settings.configure)
from django.http import (  # noqa: E402
    FileResponse, HttpResponse, HttpResponseRedirect, JsonResponse, StreamingHttpResponse)
from django.urls import path  # noqa: E402


def hello(request):
    return HttpResponse("Hello from Django\n", content_type="text/plain; charset=utf-8")


def json_hello(request):
    return JsonResponse({"hello": request.GET.get("name", "world")})


def echo(request):
    if request.method != "POST":
        return HttpResponse(status=405, headers={"Allow": "POST"})
    content_type = request.META.get("CONTENT_TYPE") or "application/octet-stream"
    return HttpResponse(request.body, content_type=content_type)


def stream(request):
    def chunks():
        for i in range(1, 4):
            yield "chunk %d\n" % i

    return StreamingHttpResponse(chunks(), content_type="text/plain; charset=utf-8")


def source_file(request):
    return FileResponse(open(SOURCE_FILE, "rb"), content_type="text/x-python")


def to_root(request):
    return HttpResponseRedirect("/")


def error(request):
    raise RuntimeError("deliberate error from /error")


def unicode_echo(request, text):
    return HttpResponse(text.encode("utf-8"), content_type="text/plain; charset=utf-8")


urlpatterns = [
    path("", hello),
    path("json", json_hello),
    path("echo", echo),
    path("stream", stream),
    path("file", source_file),
    path("redirect", to_root),
    path("error", error),
    path("unicode/<str:text>", unicode_echo),
]

application = get_wsgi_application()
