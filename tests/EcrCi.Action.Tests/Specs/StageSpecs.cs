namespace EcrCi.Action.Tests.Specs;

public class StageSpecs
{
    [Theory]
    [InlineData(new[] { "/usr/local/bin/ecr-login-action" }, "Main")]
    [InlineData(new[] { "/usr/local/bin/ecr-login-action-post" }, "Post")]
    [InlineData(new[] { "ecr-login-action-post" }, "Post")]
    [InlineData(new[] { "./ecr-login-action", "post" }, "Post")]
    [InlineData(new[] { "./ecr-login-action", "main" }, "Main")]
    public void The_post_step_is_the_post_link_or_the_post_argument(string[] commandLine, string expected)
    {
        Assert.Equal(Enum.Parse<ActionStage>(expected), ActionProgram.StageOf(commandLine));
    }
}
