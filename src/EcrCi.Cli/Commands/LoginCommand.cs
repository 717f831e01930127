using System.CommandLine;

namespace EcrCi.Cli.Commands;

/// <summary><c>ecr-login login [REGISTRY...]</c>: fetch tokens and log the container client in.</summary>
internal static class LoginCommand
{
    public static Command Create(CommonOptions common)
    {
        var client = new Option<string?>("--client")
        {
            Description = "The container client: docker, podman, nerdctl or finch (default: the first on PATH; DOCKER_EXE for docker).",
        };
        client.AcceptOnlyFromAmong("docker", "podman", "nerdctl", "finch");
        var dockerConfig = new Option<string?>("--docker-config") { Description = "The Docker config folder to log in to (default: DOCKER_CONFIG or ~/.docker)." };

        var command = new Command("login", "Log the container client in to Amazon ECR registries (the password goes to it on standard input). Prints each registry host logged in to.")
        {
            common.Registries,
        };
        common.AddAwsOptions(command);
        command.Options.Add(client);
        command.Options.Add(dockerConfig);
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            var options = common.ToLoginOptions(parse, parse.GetValue(common.Registries) ?? []) with
            {
                ContainerClient = parse.GetValue(client),
                DockerConfig = parse.GetValue(dockerConfig),
            };
            var result = await EcrAuth.LoginAsync(options, cancellationToken);
            foreach (var token in result.Tokens)
            {
                Console.Out.WriteLine(token.Host);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
