using EcrCi.Cli;
using EcrCi.Cli.Commands;
using EcrCi.Cli.Helper;

// Invoked as docker-credential-ecr-login-ci (a symlink or copy named so), the binary speaks
// Docker's credential-helper protocol directly; otherwise it is the ecr-login command line.
if (ProgramName.IsCredentialHelper())
{
    return await CredentialHelper.RunFromDockerAsync(args);
}

return await CliCommands.RunAsync(args);
