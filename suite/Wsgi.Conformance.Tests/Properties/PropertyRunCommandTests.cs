namespace Wsgi.Conformance.Tests.Properties;

/// <summary><c>run --examples N --seed S</c>: the count and seed reach the property cases (their results
/// name both), and a count out of range is a usage error naming the value.</summary>
public sealed class PropertyRunCommandTests
{
    [Fact]
    public void Examples_and_seed_reach_the_property_cases()
    {
        string dir = Directory.CreateTempSubdirectory("wsgi-property-run-").FullName;
        try
        {
            var (code, stdout, stderr) = Cli.Run("run", "--out", dir, "--quiet", "--case", "*/property", "--examples", "25", "--seed", "5");

            Assert.True(code == 0, stdout + stderr);
            Assert.Contains("7 cases", stdout);
            string results = File.ReadAllText(Path.Combine(dir, "results.json"));
            Assert.Contains("25 generated requests agree with the oracle (seed 5", results);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("100001")]
    public void Examples_out_of_range_is_a_usage_error(string examples)
    {
        var (code, _, stderr) = Cli.Run("run", "--out", Path.GetTempPath(), "--examples", examples);

        Assert.Equal(2, code);
        Assert.Contains($"--examples must be from 1 to 100000; got {examples}", stderr);
    }
}
