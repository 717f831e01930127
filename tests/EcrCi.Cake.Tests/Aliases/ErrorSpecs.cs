using Cake.Core;
using Cake.Core.IO;
using Path = System.IO.Path;
using Cake.EcrCi;
using EcrCi.Errors;

namespace EcrCi.Cake.Tests.Aliases;

public class ErrorSpecs(EmulatorWorld world) : IClassFixture<EmulatorWorld>
{
    [Fact]
    public void A_bad_account_id_throws_a_CakeException_with_the_cores_message_before_any_call()
    {
        var requests = world.Emulator.TotalRequests;

        var error = Assert.Throws<CakeException>(() => world.Context().EcrLogin(world.Settings("12345678901")));

        var cause = Assert.IsType<EcrLoginException>(error.InnerException);
        Assert.Equal(EcrErrorKind.InvalidInput, cause.Kind);
        Assert.Equal(cause.Message, error.Message);
        Assert.Contains("12345678901", error.Message, StringComparison.Ordinal);
        Assert.Contains("leading zero", error.Message, StringComparison.Ordinal);
        Assert.Equal(requests, world.Emulator.TotalRequests);
    }

    [Fact]
    public void An_unknown_container_client_is_refused_with_the_supported_names()
    {
        var settings = world.Settings(EmulatorWorld.Account);
        settings.ContainerClient = "dockr";

        var error = Assert.Throws<CakeException>(() => world.Context().EcrLogin(settings));

        Assert.Contains("'dockr' is not a supported container client", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relative_client_path_is_taken_from_Cakes_working_directory()
    {
        var context = world.Context();
        var settings = world.Settings(EmulatorWorld.Account);
        settings.ContainerClientPath = new FilePath("bin/docker");

        var error = Assert.Throws<CakeException>(() => context.EcrLogin(settings));

        var expected = Path.Combine(context.Environment.WorkingDirectory.FullPath, "bin", "docker");
        Assert.Contains($"'{expected}' was not found", error.Message, StringComparison.Ordinal);
        Assert.Equal(EcrErrorKind.ContainerClientMissing, Assert.IsType<EcrLoginException>(error.InnerException).Kind);
    }

    [Fact]
    public void A_bad_region_in_Cakes_environment_is_named_in_the_error()
    {
        var error = Assert.Throws<CakeException>(() => world.Context(("AWS_REGION", "Europe")).EcrGetAuthorizationToken(world.Settings(EmulatorWorld.Account)));

        Assert.Contains("AWS_REGION is 'Europe'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Access_denied_names_the_missing_permission()
    {
        world.Emulator.AccessDenied = true;
        try
        {
            var error = Assert.Throws<CakeException>(() => world.Context().EcrGetLoginPassword(world.Settings(EmulatorWorld.Account)));

            Assert.Contains("ecr:GetAuthorizationToken", error.Message, StringComparison.Ordinal);
            Assert.Equal(EcrErrorKind.AccessDenied, Assert.IsType<EcrLoginException>(error.InnerException).Kind);
        }
        finally
        {
            world.Emulator.AccessDenied = false;
        }
    }

    [Fact]
    public void Retry_settings_out_of_range_are_refused_clearly()
    {
        var settings = world.Settings(EmulatorWorld.Account);
        settings.RetryAttempts = 0;

        var error = Assert.Throws<CakeException>(() => world.Context().EcrGetAuthorizationToken(settings));

        Assert.Contains("retry attempts is 0", error.Message, StringComparison.Ordinal);
    }
}
