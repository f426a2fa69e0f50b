namespace Wsgi.Conformance.Targets;

/// <summary>A real server hosting the Python probe, declared as data: what to install, how to start
/// it (processes in order, each ready when its port accepts), the files it needs written first,
/// and how the suite must drive it. <see cref="TargetCatalogue"/> holds them all.</summary>
/// <param name="Name">The name <c>--target</c> takes, like <c>gunicorn-sync</c>.</param>
/// <param name="Summary">One line: the server, its mode and version source.</param>
public sealed record TargetProfile(string Name, string Summary)
{
    /// <summary>The Debian packages <c>scripts/install-servers</c> installs for it (none for pyenv Pythons).</summary>
    public IReadOnlyList<string> Packages { get; init; } = [];

    /// <summary>The interpreter that runs the server: an absolute path, or <c>pyenv:3.6</c> for the
    /// newest pyenv 3.6.x (<c>$PYENV_ROOT/versions</c>, or <c>~/.pyenv/versions</c>).</summary>
    public string Python { get; init; } = "/usr/bin/python3";

    /// <summary>Python modules that must import under <see cref="Python"/> for the target to count as installed.</summary>
    public IReadOnlyList<string> Modules { get; init; } = [];

    /// <summary>Programs (absolute paths) that must exist for the target to count as installed.</summary>
    public IReadOnlyList<string> Programs { get; init; } = [];

    /// <summary>Files written into the run folder before the start: name to template.</summary>
    public IReadOnlyDictionary<string, string> Files { get; init; } = new Dictionary<string, string>();

    /// <summary>The processes, started in order; each must be ready before the next starts.</summary>
    public IReadOnlyList<ServerProcess> Processes { get; init; } = [];

    /// <summary>Cases the suite may run at once against it (1 for servers that handle one request at a time).</summary>
    public int Parallel { get; init; } = 4;

    /// <summary>Why <see cref="Parallel"/> is what it is, or other notes for the reader of <c>targets</c>.</summary>
    public string Note { get; init; } = "";
}
