using System.CommandLine;

namespace EcrCi.Cli.Commands;

/// <summary><c>ecr-login logout [REGISTRY...]</c>: remove the client's stored logins.</summary>
internal static class LogoutCommand
{
    public static Command Create(CommonOptions common)
    {
        var dockerConfig = new Option<string?>("--docker-config") { Description = "The Docker config folder to log out of (default: DOCKER_CONFIG or ~/.docker)." };
        var command = new Command(
            "logout",
            "Log the container client out of registries: account ids or ECR hosts (with --region for ids), or any host:port such as a pull-through alias. None means your own account's registry (found with a token call, served by the cache when it can).")
        {
            common.Registries,
        };
        common.AddAwsOptions(command);
        command.Options.Add(dockerConfig);
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            var registries = parse.GetValue(common.Registries) ?? [];
            var options = common.ToLoginOptions(parse, []) with { DockerConfig = parse.GetValue(dockerConfig) };
            var hosts = registries.Length > 0
                ? registries
                : [.. (await EcrAuth.GetTokensAsync(options, cancellationToken)).Tokens.Select(t => t.Host)];
            await EcrAuth.LogoutAsync(hosts, options, cancellationToken);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
