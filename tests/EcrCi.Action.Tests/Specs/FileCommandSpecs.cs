using EcrCi.Action.Runner;
using EcrCi.Action.Tests.Simulation;
using EcrCi.Errors;

namespace EcrCi.Action.Tests.Specs;

public class FileCommandSpecs
{
    [Fact]
    public void Values_read_back_exactly_through_the_runners_reader()
    {
        KeyValuePair<string, string>[] entries =
        [
            new("registry", "123456789012.dkr.ecr.eu-west-1.amazonaws.com"),
            new("multi-line", "a=b\nc<<d\n\nlast"),
            new("empty", string.Empty),
        ];

        var read = RunnerFileCommands.Parse(FileCommand.Format(entries));

        Assert.Equal(entries, read);
    }

    [Fact]
    public void Every_value_gets_a_fresh_random_delimiter()
    {
        var text = FileCommand.Format([new("a", "1"), new("b", "2"), new("c", "3")]);

        var delimiters = text.Split('\n').Where(l => l.Contains("<<", StringComparison.Ordinal)).Select(l => l[(l.IndexOf("<<", StringComparison.Ordinal) + 2)..]).ToList();
        Assert.Equal(3, delimiters.Distinct().Count());
        Assert.All(delimiters, d => Assert.Matches("^ghadelimiter_[0-9a-f]{32}$", d));
    }

    [Fact]
    public void A_value_that_contains_its_delimiter_is_refused()
    {
        var error = Assert.Throws<EcrLoginException>(() =>
            FileCommand.Format([new("registry", "x\nDELIM\ninjected=1")], () => "DELIM"));

        Assert.Contains("contains its file-command delimiter", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a=b")]
    [InlineData("a<<b")]
    [InlineData("a\nb")]
    public void A_name_the_runner_would_misread_is_refused(string name)
    {
        Assert.Throws<EcrLoginException>(() => FileCommand.Format([new(name, "value")]));
    }

    [Fact]
    public void Appending_keeps_what_the_file_held_before()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "earlier=1\n");

            FileCommand.Append(path, FileCommand.Format([new("later", "2")]));

            Assert.Equal([new("earlier", "1"), new("later", "2")], RunnerFileCommands.ReadFile(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
