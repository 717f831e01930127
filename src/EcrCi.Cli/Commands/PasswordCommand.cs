using System.CommandLine;

namespace EcrCi.Cli.Commands;

/// <summary><c>ecr-login get-login-password</c>: the password alone on standard output, for <c>--password-stdin</c>.</summary>
internal static class PasswordCommand
{
    public static Command Create(CommonOptions common)
    {
        var command = new Command(
            "get-login-password",
            "Print the registry password of your account (or ECR Public with --public) and nothing else, for piping: ecr-login get-login-password | docker login --username AWS --password-stdin HOST");
        common.AddAwsOptions(command);
        common.Roles.AddTo(command);
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            var options = common.Roles.Apply(parse, common.ToLoginOptions(parse, []));
            var result = await EcrAuth.GetTokensAsync(options, cancellationToken);
            Console.Out.WriteLine(result.Tokens[0].Password.Reveal());
            return ExitCodes.Ok;
        }));
        return command;
    }
}
