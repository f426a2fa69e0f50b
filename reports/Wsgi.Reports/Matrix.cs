namespace Wsgi.Reports;

/// <summary>Many runs merged: servers as columns, cases as rows (in section order, then in the order the
/// runs list them), each cell a case's outcome in one run.</summary>
public sealed class Matrix
{
    private Matrix(IReadOnlyList<MatrixColumn> columns, IReadOnlyList<MatrixRow> rows)
    {
        Columns = columns;
        Rows = rows;
    }

    /// <summary>The servers.</summary>
    public IReadOnlyList<MatrixColumn> Columns { get; }

    /// <summary>The cases.</summary>
    public IReadOnlyList<MatrixRow> Rows { get; }

    /// <summary>Cells worse than their column's baseline.</summary>
    public int Regressions => Rows.Sum(r => r.Cells.Select((c, i) => c is not null && Columns[i].Change(c) == BaselineChange.Regression).Count(x => x));

    /// <summary>Merges <paramref name="runs"/>; links are made relative to <paramref name="outFolder"/>;
    /// <paramref name="baselines"/> holds none, one for every run, or one per run in order.</summary>
    public static Matrix Build(IReadOnlyList<StoredRun> runs, string outFolder, IReadOnlyList<Baseline> baselines)
    {
        if (baselines.Count > 1 && baselines.Count != runs.Count)
        {
            throw new ArgumentException($"give one baseline for every run, or one per run in order; got {baselines.Count} baselines for {runs.Count} runs");
        }

        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        var columns = new List<MatrixColumn>();
        for (int i = 0; i < runs.Count; i++)
        {
            StoredRun run = runs[i];
            string name = Path.GetFileName(run.Folder.TrimEnd(Path.DirectorySeparatorChar));
            name = name.Length == 0 ? run.Target : name;
            int seen = names[name] = names.GetValueOrDefault(name) + 1;
            string href = Path.GetRelativePath(Path.GetFullPath(outFolder), Path.Combine(run.Folder, "report.html")).Replace(Path.DirectorySeparatorChar, '/');
            Baseline? baseline = baselines.Count == 0 ? null : baselines.Count == 1 ? baselines[0] : baselines[i];
            columns.Add(new MatrixColumn(seen == 1 ? name : $"{name} ({seen})", run, href, baseline));
        }

        var order = new List<string>();
        var first = new Dictionary<string, StoredCase>(StringComparer.Ordinal);
        foreach (StoredCase c in runs.SelectMany(r => r.Cases))
        {
            if (first.TryAdd(c.Id, c))
            {
                order.Add(c.Id);
            }
        }

        var byRun = runs.Select(r => r.Cases.GroupBy(c => c.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal)).ToList();
        var rows = order.Select((id, index) => (id, index))
            .OrderBy(p => first[p.id].SectionNumber).ThenBy(p => p.index)
            .Select(p => new MatrixRow(p.id, first[p.id].Title, first[p.id].Section, first[p.id].SectionNumber, first[p.id].Level, [.. byRun.Select(d => d.GetValueOrDefault(p.id))]))
            .ToList();
        return new Matrix(columns, rows);
    }
}
