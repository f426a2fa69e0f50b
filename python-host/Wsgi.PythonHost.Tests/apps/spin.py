"""A WSGI app that spins forever on /spin (a busy loop, interruptible between bytecodes) and answers elsewhere."""


def application(environ, start_response):
    if environ.get("PATH_INFO") == "/spin":
        n = 0
        while True:
            n += 1
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b"fine\n"]
