namespace Wsgi.Conformance.Targets;

/// <summary>Configuration templates written into a target's run folder (placeholders as in
/// <see cref="TargetValues"/>).</summary>
internal static class TargetFiles
{
    /// <summary>Apache in the foreground as the current user on a loopback port, mod_wsgi embedded
    /// mode, the event MPM. <c>WSGIDestroyInterpreter Off</c>: without it threaded children hang in
    /// Python finalisation at stop (mod_wsgi issue 799; see shared/SERVERS.md).</summary>
    public const string ApacheConf = """
        ServerRoot "{run}"
        ServerName localhost
        Listen 127.0.0.1:{port}
        PidFile "{run}/httpd.pid"
        DefaultRuntimeDir "{run}"
        ErrorLog /dev/stderr
        LogLevel warn
        LoadModule mpm_event_module /usr/lib/apache2/modules/mod_mpm_event.so
        LoadModule authz_core_module /usr/lib/apache2/modules/mod_authz_core.so
        LoadModule wsgi_module /usr/lib/apache2/modules/mod_wsgi.so
        WSGIDestroyInterpreter Off
        WSGIScriptAlias / "{app}/wsgi_probe.py"
        <Directory "{app}">
            Require all granted
        </Directory>

        """;

    /// <summary>nginx in the foreground with the proxy settings of gunicorn's deployment guide
    /// (docs/source/deploy.rst): Host and X-Forwarded-* passed on, <c>proxy_redirect off</c>,
    /// everything else nginx's defaults (HTTP/1.0 upstream, buffered). Temp folders in the run folder.</summary>
    public const string NginxConf = """
        daemon off;
        master_process on;
        worker_processes 1;
        error_log stderr warn;
        pid {run}/nginx.pid;
        events {
            worker_connections 256;
        }
        http {
            access_log off;
            client_body_temp_path {run}/client_body;
            proxy_temp_path {run}/proxy;
            fastcgi_temp_path {run}/fastcgi;
            uwsgi_temp_path {run}/uwsgi;
            scgi_temp_path {run}/scgi;
            client_max_body_size 4G;
            keepalive_timeout 5;
            upstream app_server {
                server 127.0.0.1:{upstream} fail_timeout=0;
            }
            server {
                listen 127.0.0.1:{port};
                server_name _;
                location / {
                    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                    proxy_set_header X-Forwarded-Proto $scheme;
                    proxy_set_header Host $http_host;
                    proxy_redirect off;
                    proxy_pass http://app_server;
                }
            }
        }

        """;
}
