using System.CommandLine;

namespace EcrCi.Cli.Commands;

/// <summary>
/// <c>ecr-login get-login-password [REGISTRY]</c>: the password alone on standard output, for
/// <c>--password-stdin</c>; a registry host (or URL, or account id) names the account and the
/// region, so that the piped <c>docker login</c> and this command cannot disagree.
/// </summary>
internal static class PasswordCommand
{
    public static Command Create(CommonOptions common)
    {
        var command = new Command(
            "get-login-password",
            "Print the registry password of REGISTRY, else of your account (or ECR Public with --public), and nothing else, for piping: ecr-login get-login-password HOST | docker login --username AWS --password-stdin HOST");
        var registry = new Argument<string?>("REGISTRY")
        {
            Description = "A registry host (123456789012.dkr.ecr.eu-west-1.amazonaws.com: its account and region), URL or account id; none means your own account.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        command.Arguments.Add(registry);
        common.AddAwsOptions(command);
        common.Roles.AddTo(command);
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            var options = common.Roles.Apply(parse, common.ToLoginOptions(parse, parse.GetValue(registry) is { Length: > 0 } named ? [named] : []));
            var result = await EcrAuth.GetTokensAsync(options, cancellationToken);
            Console.Out.WriteLine(result.Tokens[0].Password.Reveal());
            return ExitCodes.Ok;
        }));
        return command;
    }
}
