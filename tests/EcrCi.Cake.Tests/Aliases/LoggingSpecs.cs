using System.Globalization;
using Cake.Core.Diagnostics;
using Cake.EcrCi;

namespace EcrCi.Cake.Tests.Aliases;

public class LoggingSpecs(EmulatorWorld world) : IClassFixture<EmulatorWorld>
{
    [Fact]
    public void The_log_names_the_registries_the_credential_source_and_the_expiry_but_never_a_secret()
    {
        var context = world.Context();
        world.Emulator.ThrottleNext(1);

        var token = context.EcrGetAuthorizationToken(world.Settings(EmulatorWorld.Account))[0];

        var text = context.FakeLog.AllText;
        Assert.Contains("111111111111", text, StringComparison.Ordinal);
        Assert.Contains($"Got a token for {token.Host}", text, StringComparison.Ordinal);
        Assert.Contains("Using AWS credentials from explicit keys", text, StringComparison.Ordinal);
        Assert.Contains(token.ExpiresAt.ToString("u", CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
        Assert.Contains("retrying", text, StringComparison.Ordinal);
        Assert.DoesNotContain(world.Emulator.Password, text, StringComparison.Ordinal);
        Assert.DoesNotContain(world.Emulator.AuthorizationToken, text, StringComparison.Ordinal);
        Assert.DoesNotContain(world.Emulator.SecretAccessKey, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_reach_Cake_as_positional_arguments_so_Cake_highlights_them()
    {
        var context = world.Context();

        var token = context.EcrGetAuthorizationToken(world.Settings(EmulatorWorld.Account))[0];

        var line = Assert.Single(context.FakeLog.Lines, l => l.Text.StartsWith("Got a token for", StringComparison.Ordinal));
        Assert.Equal("Got a token for {0}, valid until {1}", line.Format);
        Assert.Equal([token.Host, token.ExpiresAt.ToString("u", CultureInfo.InvariantCulture)], line.Values);
        Assert.Equal((Verbosity.Normal, LogLevel.Information), (line.Verbosity, line.Level));
    }

    [Fact]
    public void Details_go_to_verbose_and_nothing_is_written_below_Cakes_verbosity()
    {
        var verbose = world.Context();
        var quiet = world.Context();
        quiet.FakeLog.Verbosity = Verbosity.Quiet;

        verbose.EcrGetAuthorizationToken(world.Settings(EmulatorWorld.Account));
        quiet.EcrGetAuthorizationToken(world.Settings(EmulatorWorld.Account));

        Assert.Contains(verbose.FakeLog.Lines, l => l.Verbosity == Verbosity.Verbose && l.Text.Contains("Requesting an authorization token", StringComparison.Ordinal));
        Assert.Empty(quiet.FakeLog.Lines);
    }

    [Fact]
    public void A_failure_message_holds_no_secret()
    {
        var context = world.Context();
        world.Emulator.MalformedBody = true;
        try
        {
            var error = Assert.Throws<global::Cake.Core.CakeException>(() => context.EcrGetAuthorizationToken(world.Settings(EmulatorWorld.Account)));

            Assert.DoesNotContain(world.Emulator.Password, error.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain(world.Emulator.SecretAccessKey, error.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain(world.Emulator.Password, context.FakeLog.AllText, StringComparison.Ordinal);
        }
        finally
        {
            world.Emulator.MalformedBody = false;
        }
    }
}
