namespace Wsgi.Validator.Judging;

/// <summary>The environ values the judge looks at, picked up in one pass over the entries;
/// <see cref="Absent"/> marks a key that was not there (None is a present value).</summary>
internal struct EnvironView
{
    public static readonly object Absent = new();

    public object? RequestMethod = Absent;
    public object? ScriptName = Absent;
    public object? PathInfo = Absent;
    public object? ContentLength = Absent;
    public object? HttpHost = Absent;
    public object? ServerName = Absent;
    public object? ServerPort = Absent;
    public object? ServerProtocol = Absent;
    public object? Version = Absent;
    public object? UrlScheme = Absent;
    public object? Input = Absent;
    public object? Errors = Absent;
    public object? Multithread = Absent;
    public object? Multiprocess = Absent;
    public object? RunOnce = Absent;

    public EnvironView()
    {
    }

    public void Take(string key, object? value)
    {
        switch (key)
        {
            case "REQUEST_METHOD": RequestMethod = value; break;
            case "SCRIPT_NAME": ScriptName = value; break;
            case "PATH_INFO": PathInfo = value; break;
            case "CONTENT_LENGTH": ContentLength = value; break;
            case "HTTP_HOST": HttpHost = value; break;
            case "SERVER_NAME": ServerName = value; break;
            case "SERVER_PORT": ServerPort = value; break;
            case "SERVER_PROTOCOL": ServerProtocol = value; break;
            case "wsgi.version": Version = value; break;
            case "wsgi.url_scheme": UrlScheme = value; break;
            case "wsgi.input": Input = value; break;
            case "wsgi.errors": Errors = value; break;
            case "wsgi.multithread": Multithread = value; break;
            case "wsgi.multiprocess": Multiprocess = value; break;
            case "wsgi.run_once": RunOnce = value; break;
        }
    }
}
