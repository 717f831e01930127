using System.CommandLine;

namespace EcrCi.Cli.Commands;

/// <summary><c>ecr-login login [REGISTRY...]</c>: fetch tokens and log the container client in.</summary>
/// <param name="common">The options the commands share.</param>
internal sealed class LoginCommand(CommonOptions common)
{
    /// <summary><c>--client</c>: the container client, checked by the core.</summary>
    public Option<string?> Client { get; } = new("--client")
    {
        Description = "The container client: docker, podman, nerdctl or finch (default: the first on PATH; DOCKER_EXE for docker).",
    };

    /// <summary><c>--docker-config</c>: the Docker config folder.</summary>
    public Option<string?> DockerConfig { get; } = new("--docker-config") { Description = "The Docker config folder to log in to (default: DOCKER_CONFIG or ~/.docker)." };

    /// <summary><c>--login-timeout-seconds</c>: how long one container-client login may take.</summary>
    public Option<TimeSpan?> LoginTimeout { get; } = new("--login-timeout-seconds")
    {
        Description = "Seconds one container-client login (docker login) may take (default: 60).",
        HelpName = "seconds",
        CustomParser = FlagValues.Seconds,
    };

    public static Command Create(CommonOptions common) => new LoginCommand(common).Create();

    /// <summary>The core's options for a parse of this command.</summary>
    public EcrAuthOptions Options(ParseResult parse) => common.Roles.Apply(parse, common.ToLoginOptions(parse, parse.GetValue(common.Registries) ?? [])) with
    {
        ContainerClient = parse.GetValue(Client),
        DockerConfig = parse.GetValue(DockerConfig),
        LoginTimeout = parse.GetValue(LoginTimeout),
    };

    public Command Create()
    {
        var command = new Command("login", "Log the container client in to Amazon ECR registries (the password goes to it on standard input). Prints each registry host logged in to.")
        {
            common.Registries,
        };
        common.AddAwsOptions(command);
        common.Roles.AddTo(command);
        command.Options.Add(Client);
        command.Options.Add(DockerConfig);
        command.Options.Add(LoginTimeout);
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            var result = await EcrAuth.LoginAsync(Options(parse), cancellationToken);
            foreach (var token in result.Tokens)
            {
                Console.Out.WriteLine(token.Host);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
