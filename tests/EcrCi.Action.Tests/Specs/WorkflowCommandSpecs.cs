using EcrCi.Action.Runner;
using EcrCi.Action.Tests.Simulation;

namespace EcrCi.Action.Tests.Specs;

public class WorkflowCommandSpecs
{
    private static (WorkflowCommandWriter Writer, StringWriter Output) NewWriter()
    {
        var output = new StringWriter { NewLine = "\n" };
        return (new WorkflowCommandWriter(output), output);
    }

    [Fact]
    public void Command_data_escapes_percent_carriage_return_and_line_feed_and_reads_back_whole()
    {
        var (writer, output) = NewWriter();

        writer.Error("50% done\r\nthen: a, b");

        Assert.Equal("::error::50%25 done%0D%0Athen: a, b\n", output.ToString());
        var line = Assert.Single(RunnerLog.Parse(output.ToString()));
        Assert.Equal("error", line.Command);
        Assert.Equal("50% done\r\nthen: a, b", line.Data);
    }

    [Fact]
    public void Properties_escape_colon_and_comma_as_well()
    {
        var (writer, output) = NewWriter();

        writer.Command("warning", "data", [new("title", "a:b,c%\n")]);

        Assert.Equal("::warning title=a%3Ab%2Cc%25%0A::data\n", output.ToString());
        Assert.Equal("a:b,c%\n", Assert.Single(RunnerLog.Parse(output.ToString())).Properties["title"]);
    }

    [Fact]
    public void A_multi_line_secret_is_masked_whole_and_then_line_by_line()
    {
        var (writer, output) = NewWriter();

        writer.AddMask("first-line\r\nsecond-line\n\n");

        var masks = RunnerLog.Parse(output.ToString()).Select(l => (l.Command, l.Data)).ToList();
        Assert.Equal([("add-mask", "first-line\r\nsecond-line\n\n"), ("add-mask", "first-line"), ("add-mask", "second-line")], masks);
    }

    [Fact]
    public void A_blank_secret_writes_no_mask()
    {
        var (writer, output) = NewWriter();

        writer.AddMask(" \n ");

        Assert.Empty(output.ToString());
    }

    [Fact]
    public void A_plain_line_that_looks_like_a_command_stays_text()
    {
        var (writer, output) = NewWriter();

        writer.Info("registry ok\n  ::add-mask::not-a-secret\n::error::not an error");

        var lines = RunnerLog.Parse(output.ToString());
        Assert.Equal(3, lines.Count);
        Assert.All(lines, line => Assert.False(line.IsCommand, line.Text));
        Assert.Equal("registry ok", lines[0].Text);
    }
}
