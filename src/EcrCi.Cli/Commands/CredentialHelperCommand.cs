using System.CommandLine;
using EcrCi.Aws;
using EcrCi.Cli.Helper;

namespace EcrCi.Cli.Commands;

/// <summary><c>ecr-login credential-helper ACTION</c>: the credential-helper protocol under the tool's own name.</summary>
internal static class CredentialHelperCommand
{
    public static Command Create()
    {
        var action = new Argument<string>("ACTION")
        {
            Description = "get (server URL on stdin; prints {\"ServerURL\",\"Username\",\"Secret\"}), list (prints {}), store and erase (accepted, nothing stored), version.",
        };
        action.AcceptOnlyFromAmong(CredentialHelper.Actions);
        var command = new Command(
            "credential-helper",
            $"Speak Docker's credential-helper protocol, as the binary does when invoked as {ProgramName.CredentialHelper}. Errors are printed on stdout with exit code 1 and logged to credential-helper.log in the cache folder.")
        {
            action,
        };
        command.SetAction((parse, cancellationToken) =>
            new CredentialHelper(Console.In, Console.Out, AwsEnvironment.Process).RunAsync(parse.GetValue(action)!, cancellationToken));
        return command;
    }
}
