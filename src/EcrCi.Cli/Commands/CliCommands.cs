using System.CommandLine;

namespace EcrCi.Cli.Commands;

/// <summary>The <c>ecr-login</c> command line: its commands, and usage errors as exit code 2.</summary>
internal static class CliCommands
{
    private const string Description = """
        Log CI pipelines and Docker into Amazon ECR.

        Exit codes: 0 success; 1 failure (AWS, network, container client, files); 2 usage (bad option, registry or region).
        Variables: the standard AWS ones (AWS_REGION, AWS_PROFILE, AWS_ACCESS_KEY_ID, AWS_ENDPOINT_URL_ECR, HTTPS_PROXY, ...),
        ECR_LOGIN_CACHE_DIR (token cache folder), ECR_LOGIN_NO_CACHE=true (no cache), ECR_LOGIN_CACHE_REFRESH_MARGIN (e.g. 01:00:00),
        ECR_LOGIN_REGISTRY_MAP (HOST=ACCOUNT[@REGION],... aliases for the credential helper).
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        var root = Create();
        var parse = root.Parse(args);
        var exit = await parse.InvokeAsync();
        return parse.Errors.Count > 0 ? ExitCodes.Usage : exit;
    }

    public static RootCommand Create()
    {
        var common = new CommonOptions();
        var root = new RootCommand(Description)
        {
            LoginCommand.Create(common),
            PasswordCommand.Create(common),
            LogoutCommand.Create(common),
            ConfigureHelperCommand.Create(common),
            CredentialHelperCommand.Create(),
        };
        root.Options.Add(common.Verbose);
        root.Options.Add(common.Quiet);
        return root;
    }
}
