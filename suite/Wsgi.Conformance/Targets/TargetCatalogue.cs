namespace Wsgi.Conformance.Targets;

/// <summary>Every target profile: wsgiref under Debian's Python and each pyenv Python 3.6 to 3.13,
/// and the Debian WSGI servers (start commands from <c>shared/SERVERS.md</c>, each checked on
/// loopback). The configuration files are in <see cref="TargetFiles"/>.</summary>
public static class TargetCatalogue
{
    private const string Debian = "/usr/bin/python3";

    /// <summary>The pyenv minor versions that get a wsgiref target.</summary>
    public static readonly IReadOnlyList<string> PyenvVersions = ["3.6", "3.7", "3.8", "3.9", "3.10", "3.11", "3.12", "3.13"];

    /// <summary>All profiles, in the order <c>targets</c> lists them and the matrix runs them.</summary>
    public static IReadOnlyList<TargetProfile> All { get; } =
    [
        Wsgiref("wsgiref", Debian, "wsgiref.simple_server under Debian's /usr/bin/python3", ["python3"]),
        .. PyenvVersions.Select(v => Wsgiref($"wsgiref-{v}", "pyenv:" + v, $"wsgiref.simple_server under pyenv's newest Python {v}.x", [])),
        Gunicorn("gunicorn-sync", "sync", ["--workers", "4"], parallel: 2,
            "gunicorn 'sync' workers (4 processes, one request each): at most 2 cases at once so a case's trace fetch finds a free worker"),
        Gunicorn("gunicorn-gthread", "gthread", ["--workers", "1", "--threads", "8"], parallel: 4, ""),
        Python("waitress", "waitress (8 threads), the waitress-serve entry point", ["python3-waitress"], ["waitress"],
            ["-m", "waitress", "--listen=127.0.0.1:{port}", "--threads=8", "wsgi_probe:application"]),
        new TargetProfile("uwsgi", "uWSGI --http11-socket (keep-alive HTTP/1.1), plugin python3, master + 2 processes x 4 threads")
        {
            Packages = ["uwsgi", "uwsgi-plugin-python3"],
            Programs = ["/usr/bin/uwsgi", "/usr/lib/uwsgi/plugins/python3_plugin.so"],
            Processes =
            [
                new ServerProcess("/usr/bin/uwsgi",
                [
                    "--plugin", "python3", "--http11-socket", "127.0.0.1:{port}", "--chdir", "{app}", "--module", "wsgi_probe:application",
                    "--need-app", "--master", "--processes", "2", "--threads", "4", "--die-on-term",
                ]),
            ],
        },
        Script("werkzeug", "werkzeug.serving.run_simple, threaded=True (what 'flask run' uses)", ["python3-werkzeug"], ["werkzeug"],
            "from werkzeug.serving import run_simple; import wsgi_probe as p; run_simple('127.0.0.1', {port}, p.application, threaded=True)"),
        Script("cheroot", "cheroot.wsgi.Server (10 threads)", ["python3-cheroot"], ["cheroot"],
            "from cheroot.wsgi import Server; import wsgi_probe as p; Server(('127.0.0.1', {port}), p.application).safe_start()"),
        Script("gevent", "gevent.pywsgi.WSGIServer after monkey.patch_all() (as gevent's docs advise)", ["python3-gevent"], ["gevent"],
            "from gevent import monkey; monkey.patch_all(); from gevent.pywsgi import WSGIServer; import wsgi_probe as p; " +
            "WSGIServer(('127.0.0.1', {port}), p.application).serve_forever()"),
        Script("eventlet", "eventlet.wsgi.server after eventlet.monkey_patch() (as eventlet's docs advise)", ["python3-eventlet"], ["eventlet"],
            "import eventlet; eventlet.monkey_patch(); import eventlet.wsgi, wsgi_probe as p; " +
            "eventlet.wsgi.server(eventlet.listen(('127.0.0.1', {port})), p.application)"),
        Python("twisted", "twisted.web's WSGIResource (twist web --wsgi), threads from the reactor's pool", ["python3-twisted"], ["twisted.web.wsgi"],
            ["-m", "twisted", "--log-format", "text", "web", "--listen", "tcp:{port}:interface=127.0.0.1", "--wsgi", "wsgi_probe.application"],
            new Dictionary<string, string> { ["PYTHONPATH"] = "{app}" }),
        Script("paste", "paste.httpserver.serve (thread pool of 10, HTTP/1.0)", ["python3-paste"], ["paste.httpserver"],
            "from paste.httpserver import serve; import wsgi_probe as p; serve(p.application, host='127.0.0.1', port={port})"),
        new TargetProfile("mod_wsgi", "Apache 2.4 event MPM in the foreground, mod_wsgi embedded mode, generated httpd.conf")
        {
            Packages = ["apache2", "libapache2-mod-wsgi-py3"],
            Programs = ["/usr/sbin/apache2", "/usr/lib/apache2/modules/mod_wsgi.so", "/usr/lib/apache2/modules/mod_mpm_event.so"],
            Files = new Dictionary<string, string> { ["httpd.conf"] = TargetFiles.ApacheConf },
            Processes = [new ServerProcess("/usr/sbin/apache2", ["-f", "{run}/httpd.conf", "-DFOREGROUND"]) { WorkingDirectory = "{run}" }],
        },
        new TargetProfile("nginx-gunicorn", "nginx reverse proxy (gunicorn's documented config) in front of gunicorn sync workers")
        {
            Packages = ["nginx", "python3-gunicorn"],
            Modules = ["gunicorn"],
            Programs = ["/usr/sbin/nginx"],
            Files = new Dictionary<string, string> { ["nginx.conf"] = TargetFiles.NginxConf },
            Processes =
            [
                new ServerProcess(Debian, ["-m", "gunicorn", "--chdir", "{app}", "-b", "127.0.0.1:{upstream}", "--workers", "4", "--graceful-timeout", "2", "wsgi_probe:application"])
                {
                    ReadyPort = TargetValues.Upstream,
                },
                new ServerProcess("/usr/sbin/nginx", ["-p", "{run}/", "-c", "{run}/nginx.conf", "-e", "stderr"]) { WorkingDirectory = "{run}" },
            ],
            Parallel = 2,
            Note = "gunicorn has 4 sync workers behind nginx: at most 2 cases at once",
        },
    ];

    /// <summary>The profile called <paramref name="name"/>, or null.</summary>
    public static TargetProfile? Find(string name) => All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));

    private static TargetProfile Wsgiref(string name, string python, string summary, IReadOnlyList<string> packages) =>
        Script(name, summary, packages, [],
            "from wsgiref.simple_server import make_server; import wsgi_probe as p; make_server('127.0.0.1', {port}, p.application).serve_forever()")
        with
        { Python = python, Parallel = 1, Note = "one request at a time" };

    private static TargetProfile Gunicorn(string name, string worker, IReadOnlyList<string> workers, int parallel, string note) =>
        Python(name, $"gunicorn, '{worker}' worker class ({string.Join(' ', workers)})", ["python3-gunicorn"], ["gunicorn"],
            ["-m", "gunicorn", "--chdir", "{app}", "-b", "127.0.0.1:{port}", "--worker-class", worker, .. workers, "--graceful-timeout", "2", "wsgi_probe:application"])
        with
        { Parallel = parallel, Note = note };

    private static TargetProfile Script(string name, string summary, IReadOnlyList<string> packages, IReadOnlyList<string> modules, string code) =>
        Python(name, summary, packages, modules, ["-c", code]);

    private static TargetProfile Python(
        string name, string summary, IReadOnlyList<string> packages, IReadOnlyList<string> modules, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? environment = null) =>
        new(name, summary)
        {
            Packages = packages,
            Modules = modules,
            Processes = [new ServerProcess(TargetValues.PythonKey, arguments) { Environment = environment ?? new Dictionary<string, string>() }],
        };
}
