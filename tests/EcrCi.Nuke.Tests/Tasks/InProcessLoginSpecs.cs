using System.Text.Json.Nodes;
using EcrCi.Errors;
using EcrCi.Nuke.Tests.World;
using Serilog.Events;

namespace EcrCi.Nuke.Tests.Tasks;

[Collection(NukeWorldCollection.Name)]
public sealed class InProcessLoginSpecs(NukeWorld world) : IDisposable
{
    private readonly ScopedEnvironment aws = new(world.AwsVariables());
    private readonly DirectoryInfo config = Directory.CreateTempSubdirectory("ecr-nuke-inproc-");

    [Fact]
    public void EcrLogin_returns_typed_tokens_and_docker_can_use_the_login()
    {
        var login = EcrTasks.EcrLogin(_ => _.SetRegistries(NukeWorld.FirstAccount).SetDockerConfig(config.FullName).SetContainerClient(ContainerClient.Docker));

        var token = Assert.Single(login.Tokens);
        Assert.Equal(world.First.Host, token.Host);
        Assert.Equal("AWS", token.Username);
        Assert.Equal("docker", login.ContainerClient);
        Assert.Equal(config.FullName, login.DockerConfig);
        Assert.InRange(login.ExpiresAt, DateTimeOffset.UtcNow.AddHours(11), DateTimeOffset.UtcNow.AddHours(13));
        var auths = JsonNode.Parse(File.ReadAllText(Path.Combine(config.FullName, "config.json")))!["auths"]!.AsObject();
        Assert.True(auths.ContainsKey(world.First.Host));
    }

    [Fact]
    public void Core_events_reach_serilog_with_their_levels_and_properties_and_no_secret()
    {
        using var log = new CapturedLog();
        world.Emulator.ThrottleNext(1);

        EcrTasks.EcrLogin(_ => _.SetRegistries(NukeWorld.FirstAccount).SetDockerConfig(config.FullName));

        var events = log.Events;
        Assert.Contains(events, e => e.Level == LogEventLevel.Information && e.MessageTemplate.Text == "Using AWS credentials from {CredentialSource}"
            && e.Properties["CredentialSource"].ToString() == "\"environment variables\"");
        Assert.Contains(events, e => e.Level == LogEventLevel.Information && e.MessageTemplate.Text.StartsWith("Got a token for {Registry}", StringComparison.Ordinal)
            && e.Properties.ContainsKey("ExpiresAt"));
        Assert.Contains(events, e => e.Level == LogEventLevel.Warning && e.MessageTemplate.Text.Contains("retrying", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Level == LogEventLevel.Debug && e.MessageTemplate.Text == "{Task} with {Settings}");
        Assert.All(world.Secrets, secret => Assert.DoesNotContain(secret, log.AllText, StringComparison.Ordinal));
    }

    [Fact]
    public void EcrGetLoginPassword_returns_the_password_as_a_secret_that_prints_redacted()
    {
        var password = EcrTasks.EcrGetLoginPassword(_ => _.SetRegistries(NukeWorld.FirstAccount));

        Assert.Equal(world.Emulator.Password, password.Reveal());
        Assert.Equal("[REDACTED]", password.ToString());
    }

    [Fact]
    public void EcrGetAuthorizationToken_fetches_tokens_without_touching_docker()
    {
        var result = EcrTasks.EcrGetAuthorizationToken(new EcrGetAuthorizationTokenSettings().SetRegistries(NukeWorld.FirstAccount, NukeWorld.SecondAccount));

        Assert.Equal([world.First.Host, world.Second.Host], result.Tokens.Select(t => t.Host));
        Assert.Null(result.ContainerClient);
        Assert.False(File.Exists(Path.Combine(config.FullName, "config.json")));
        Assert.DoesNotContain(world.Emulator.Password, string.Join('\n', result.Tokens), StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_login_throws_the_core_exception_with_its_actionable_message()
    {
        world.Emulator.MapRegistry("444444444444", "127.0.0.1:1");

        var error = Assert.Throws<EcrLoginException>(() => EcrTasks.EcrLogin(_ => _.SetRegistries("444444444444").SetDockerConfig(config.FullName)));

        Assert.Equal(EcrErrorKind.ContainerClientFailed, error.Kind);
        Assert.Contains("127.0.0.1:1", error.Message, StringComparison.Ordinal);
        Assert.All(world.Secrets, secret => Assert.DoesNotContain(secret, error.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Denied_access_throws_the_core_exception_that_names_the_permission()
    {
        world.Emulator.AccessDenied = true;
        try
        {
            var error = Assert.Throws<EcrLoginException>(() => EcrTasks.EcrGetAuthorizationToken(_ => _.SetRegistries(NukeWorld.FirstAccount)));

            Assert.Equal(EcrErrorKind.AccessDenied, error.Kind);
            Assert.Contains("ecr:GetAuthorizationToken", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            world.Emulator.AccessDenied = false;
        }
    }

    [Fact]
    public void A_task_called_under_a_blocking_synchronization_context_does_not_deadlock()
    {
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            SynchronizationContext.SetSynchronizationContext(new NeverPumpedContext());
            try
            {
                EcrTasks.EcrLogin(_ => _.SetRegistries(NukeWorld.FirstAccount).SetDockerConfig(config.FullName));
            }
            catch (Exception e)
            {
                failure = e;
            }
        });

        thread.Start();

        Assert.True(thread.Join(TimeSpan.FromSeconds(60)), "EcrLogin never returned under a synchronization context that is never pumped");
        Assert.Null(failure);
    }

    public void Dispose()
    {
        aws.Dispose();
        config.Delete(recursive: true);
    }

    /// <summary>A UI-like context whose queue nobody pumps while the thread is blocked in a task.</summary>
    private sealed class NeverPumpedContext : SynchronizationContext
    {
        public override void Post(SendOrPostCallback d, object? state)
        {
        }
    }
}
