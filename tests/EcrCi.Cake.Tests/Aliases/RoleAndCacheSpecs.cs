using Cake.Core;
using Cake.Core.IO;
using Cake.EcrCi;
using EcrCi.Errors;
using Path = System.IO.Path;

namespace EcrCi.Cake.Tests.Aliases;

public class RoleAndCacheSpecs(EmulatorWorld world) : IClassFixture<EmulatorWorld>
{
    private const string Role = "arn:aws:iam::111111111111:role/cake-ci";

    [Fact]
    public void A_role_is_assumed_with_a_token_file_relative_to_Cakes_working_directory()
    {
        world.Emulator.TrustRole(Role);
        var context = world.Context(("AWS_ENDPOINT_URL_STS", world.Emulator.StsEndpoint.ToString()));
        File.WriteAllText(Path.Combine(context.Environment.WorkingDirectory.FullPath, "web-identity.jwt"), world.Emulator.IssueOidcToken());
        var settings = EmulatorWorld.QuickSettings(EmulatorWorld.Account);
        settings.RoleToAssume = Role;
        settings.WebIdentityTokenFile = new FilePath("web-identity.jwt");
        settings.RoleSessionName = "cake-specs";
        var stsCalls = world.Emulator.StsCalls;

        var token = Assert.Single(context.EcrGetAuthorizationToken(settings));

        Assert.Equal(stsCalls + 1, world.Emulator.StsCalls);
        Assert.Equal(world.Emulator.Password, token.RevealPassword());
        Assert.Contains(Role, context.FakeLog.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_token_file_the_role_is_assumed_with_GitHubs_OIDC_token()
    {
        world.Emulator.TrustRole(Role);
        var context = world.Context(
            ("AWS_ENDPOINT_URL_STS", world.Emulator.StsEndpoint.ToString()),
            ("ACTIONS_ID_TOKEN_REQUEST_URL", world.Emulator.OidcRequestUrl.ToString()),
            ("ACTIONS_ID_TOKEN_REQUEST_TOKEN", world.Emulator.OidcRequestToken));
        var settings = EmulatorWorld.QuickSettings(EmulatorWorld.Account);
        settings.RoleToAssume = Role;
        var oidcCalls = world.Emulator.OidcCalls;

        Assert.Single(context.EcrGetAuthorizationToken(settings));

        Assert.Equal(oidcCalls + 1, world.Emulator.OidcCalls);
        Assert.DoesNotContain(world.Emulator.OidcRequestToken, context.FakeLog.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_role_is_refused_before_any_call()
    {
        var requests = world.Emulator.TotalRequests;
        var settings = EmulatorWorld.QuickSettings(EmulatorWorld.Account);
        settings.RoleToAssume = "cake-ci";

        var error = Assert.Throws<CakeException>(() => world.Context().EcrGetAuthorizationToken(settings));

        Assert.Contains("'cake-ci' is not an IAM role ARN", error.Message, StringComparison.Ordinal);
        Assert.Equal(EcrErrorKind.InvalidInput, Assert.IsType<EcrLoginException>(error.InnerException).Kind);
        Assert.Equal(requests, world.Emulator.TotalRequests);
    }

    [Fact]
    public void The_token_cache_serves_the_second_call_without_asking_ECR()
    {
        var context = world.Context();
        var settings = world.Settings(EmulatorWorld.Account);
        settings.TokenCache = true;
        settings.TokenCacheDirectory = new DirectoryPath("token-cache");
        var calls = world.Emulator.PrivateCalls;

        var first = Assert.Single(context.EcrGetAuthorizationToken(settings));
        var second = Assert.Single(context.EcrGetAuthorizationToken(settings));

        Assert.Equal(calls + 1, world.Emulator.PrivateCalls);
        Assert.Equal(first.ExpiresAt, second.ExpiresAt);
        Assert.Equal(first.RevealPassword(), second.RevealPassword());
        Assert.True(Directory.Exists(Path.Combine(context.Environment.WorkingDirectory.FullPath, "token-cache")));
    }

    [Fact]
    public void Without_the_cache_setting_every_call_asks_ECR()
    {
        var context = world.Context(("ECR_LOGIN_CACHE_DIR", "cache-that-must-stay-unused"));
        var calls = world.Emulator.PrivateCalls;

        context.EcrGetAuthorizationToken(world.Settings(EmulatorWorld.Account));
        context.EcrGetAuthorizationToken(world.Settings(EmulatorWorld.Account));

        Assert.Equal(calls + 2, world.Emulator.PrivateCalls);
    }
}
