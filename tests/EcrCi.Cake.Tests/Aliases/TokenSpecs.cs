using Cake.Core;
using Cake.Core.IO;
using Cake.EcrCi;
using EcrCi.Secrets;

namespace EcrCi.Cake.Tests.Aliases;

public class TokenSpecs(EmulatorWorld world) : IClassFixture<EmulatorWorld>
{
    [Fact]
    public void EcrGetAuthorizationToken_returns_one_token_per_registry_with_host_user_and_expiry()
    {
        var context = world.Context();

        var tokens = context.EcrGetAuthorizationToken(world.Settings(EmulatorWorld.Account, "222222222222"));

        Assert.Equal(["111111111111.dkr.ecr.eu-west-1.amazonaws.com", "222222222222.dkr.ecr.eu-west-1.amazonaws.com"], tokens.Select(t => t.Host));
        Assert.All(tokens, t => Assert.Equal("AWS", t.Username));
        Assert.All(tokens, t => Assert.Equal(EmulatorWorld.Region, t.Region));
        Assert.All(tokens, t => Assert.InRange(t.ExpiresAt, DateTimeOffset.UtcNow.AddHours(11), DateTimeOffset.UtcNow.AddHours(13)));
        Assert.Equal(world.Emulator.Password, tokens[0].RevealPassword());
    }

    [Fact]
    public void A_token_prints_no_password_and_its_process_argument_renders_redacted()
    {
        var token = world.Context().EcrGetAuthorizationToken(world.Settings(EmulatorWorld.Account))[0];
        var arguments = new ProcessArgumentBuilder().Append("--password");
        arguments.Append(token.PasswordArgument);

        Assert.DoesNotContain(world.Emulator.Password, token.ToString(), StringComparison.Ordinal);
        Assert.Contains(token.Host, token.ToString(), StringComparison.Ordinal);
        Assert.Equal($"--password {Secret.Mask}", arguments.RenderSafe());
        Assert.Equal($"--password {world.Emulator.Password}", arguments.Render());
    }

    [Fact]
    public void EcrGetLoginPassword_returns_the_registry_password_like_the_aws_cli()
    {
        var password = world.Context().EcrGetLoginPassword(world.Settings());

        Assert.Equal(world.Emulator.Password, password);
    }

    [Fact]
    public void Tokens_only_never_looks_for_a_container_client()
    {
        var settings = world.Settings(EmulatorWorld.Account);
        settings.ContainerClientPath = new FilePath("no/such/docker");

        var tokens = world.Context(("PATH", "")).EcrGetAuthorizationToken(settings);

        Assert.Single(tokens);
    }
}
