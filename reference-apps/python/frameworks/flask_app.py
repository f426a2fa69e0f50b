"""A small Flask application (Debian's python3-flask, Flask 2.2) for wsgi-conformance.

``application`` is the Flask app itself, a WSGI callable. Routes (the same in every app of this folder,
see ``routes.txt``):

- ``GET /``: plain-text greeting;
- ``GET /json?name=x``: ``{"hello": "x"}`` through ``jsonify``;
- ``POST /echo``: the request body back, with the request's Content-Type;
- ``GET /stream``: a generator body, several chunks;
- ``GET /file``: this source file through ``send_file`` (wsgi.file_wrapper);
- ``GET /redirect``: 302 to ``/``;
- ``GET /missing``: Flask's own 404 (no such route);
- ``GET /error``: the view raises; Flask's own 500;
- ``GET /unicode/<text>``: the decoded path text back in UTF-8.

No network, no files written. Check it with::

    wsgi-conformance check-app flask_app:application --python /usr/bin/python3 \\
        --path reference-apps/python/frameworks --routes reference-apps/python/frameworks/routes.txt --out out/flask
"""

import os

from flask import Flask, Response, jsonify, redirect, request, send_file

SOURCE_FILE = os.path.abspath(__file__)

application = Flask(__name__)


@application.route("/")
def hello():
    return Response("Hello from Flask\n", mimetype="text/plain")


@application.route("/json")
def json_hello():
    return jsonify(hello=request.args.get("name", "world"))


@application.route("/echo", methods=["POST"])
def echo():
    content_type = request.headers.get("Content-Type") or "application/octet-stream"
    return Response(request.get_data(), content_type=content_type)


@application.route("/stream")
def stream():
    def chunks():
        for i in range(1, 4):
            yield "chunk %d\n" % i

    return Response(chunks(), mimetype="text/plain")


@application.route("/file")
def source_file():
    return send_file(SOURCE_FILE, mimetype="text/x-python")


@application.route("/redirect")
def to_root():
    return redirect("/", code=302)


@application.route("/error")
def error():
    raise RuntimeError("deliberate error from /error")


@application.route("/unicode/<text>")
def unicode_echo(text):
    return Response(text.encode("utf-8"), content_type="text/plain; charset=utf-8")
