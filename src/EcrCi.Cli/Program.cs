using EcrCi.Cli;
using EcrCi.Cli.Commands;
using EcrCi.Cli.Helper;

// Invoked as docker-credential-ecr-login-ci (a symlink or copy named so), or with a lone
// helper action as its arguments (get, store, erase, list, version), the binary speaks Docker's
// credential-helper protocol directly; otherwise it is the ecr-login command line.
if (ProgramName.IsCredentialHelper(args))
{
    return await CredentialHelper.RunFromDockerAsync(args);
}

return await CliCommands.RunAsync(args);
