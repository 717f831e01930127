using EcrCi.Action.Runner;
using EcrCi.Action.Tests.Simulation;
using EcrCi.Logging;

namespace EcrCi.Action.Tests.Specs;

public class ActionLogSpecs
{
    [Fact]
    public void Events_wait_until_released_and_then_map_onto_commands_in_order()
    {
        var output = new StringWriter { NewLine = "\n" };
        var writer = new WorkflowCommandWriter(output);
        var log = new ActionLog(writer);

        log.Log(new EcrLogEvent(EcrLogLevel.Debug, "Asking {Endpoint}", ["http://127.0.0.1:1/"]));
        log.Log(new EcrLogEvent(EcrLogLevel.Information, "Got a token for {Registry}", ["r.example"]));
        writer.AddMask("s3cret-value");
        Assert.Equal("::add-mask::s3cret-value\n", output.ToString());
        log.Release();
        log.Log(new EcrLogEvent(EcrLogLevel.Warning, "Retrying after {Delay}", ["200 ms"]));
        log.Log(new EcrLogEvent(EcrLogLevel.Error, "Failed: {Reason}", ["100%\nsure"]));

        var lines = RunnerLog.Parse(output.ToString()).Select(l => (l.Command, l.Data)).ToList();
        Assert.Equal(
            [("add-mask", "s3cret-value"), ("debug", "Asking http://127.0.0.1:1/"), (null, "Got a token for r.example"), ("warning", "Retrying after 200 ms"), ("error", "Failed: 100%\nsure")],
            lines);
    }
}
