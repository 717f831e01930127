using EcrCi.Aws;
using EcrCi.Cli.Helper;
using EcrCi.Errors;
using EcrCi.Testing;

namespace EcrCi.Cli.Tests.Helper;

/// <summary>
/// Without a cache folder (no home: the lookup throws, as it does when neither HOME, a profile
/// folder nor ECR_LOGIN_CACHE_DIR gives one) the helper reads no <c>aliases.json</c> and writes no
/// log: never in the temporary folder, which other users share and could plant aliases in. The
/// spec points this process's temporary folder at its own folder, so it runs alone.
/// </summary>
[Collection(TemporaryFolderCollection.Name)]
public sealed class HelperWithoutCacheFolderSpecs : IDisposable
{
    private static readonly string[] TemporaryVariables = ["TMPDIR", "TMP", "TEMP"];
    private readonly DirectoryInfo shared = Directory.CreateTempSubdirectory("ecr-login-shared-tmp-");
    private readonly Dictionary<string, string?> saved = TemporaryVariables.ToDictionary(name => name, Environment.GetEnvironmentVariable);

    public HelperWithoutCacheFolderSpecs()
    {
        foreach (var name in TemporaryVariables)
        {
            Environment.SetEnvironmentVariable(name, shared.FullName);
        }

        TestEnvironment.RequireOrThrow(Path.TrimEndingDirectorySeparator(Path.GetTempPath()) == shared.FullName,
            "A temporary folder that follows TMPDIR/TMP", "run the tests where Path.GetTempPath() reads TMPDIR (Unix) or TMP (Windows)");
    }

    [Fact]
    public async Task Without_a_cache_folder_the_helper_reads_no_aliases_and_writes_no_log_in_the_temporary_folder()
    {
        const string planted = "planted-alias.example.com";
        File.WriteAllText(Path.Combine(shared.FullName, "aliases.json"), $$$"""{"aliases":{"{{{planted}}}":"111111111111@eu-west-1"}}""");
        var output = new StringWriter();
        var helper = new CredentialHelper(new StringReader(planted + "\n"), output, Unreachable(), NoHome);

        var exit = await helper.RunAsync("get", CancellationToken.None);

        Assert.Equal(1, exit);
        Assert.Equal(CredentialHelper.NotFoundMessage, output.ToString().Trim());
        Assert.Equal(["aliases.json"], shared.GetFileSystemInfos().Select(entry => entry.Name));
    }

    [Fact]
    public async Task Without_a_cache_folder_a_failing_action_is_answered_but_logged_nowhere()
    {
        var output = new StringWriter();
        var helper = new CredentialHelper(new StringReader("not a credential"), output, Unreachable(), NoHome);

        var exit = await helper.RunAsync("store", CancellationToken.None);

        Assert.Equal(1, exit);
        Assert.Contains("store expects a JSON object", output.ToString(), StringComparison.Ordinal);
        Assert.Empty(shared.GetFileSystemInfos());
    }

    private static string NoHome() =>
        throw new EcrLoginException(EcrErrorKind.InvalidInput, "No folder for the token cache: set ECR_LOGIN_CACHE_DIR (or HOME).");

    /// <summary>Variables that reach no AWS account (a refused endpoint) and keep the real cache out of it.</summary>
    private static AwsEnvironment Unreachable() => AwsEnvironment.FromDictionary(new Dictionary<string, string?>
    {
        ["AWS_ENDPOINT_URL_ECR"] = "http://127.0.0.1:1",
        ["AWS_REGION"] = "eu-west-1",
        ["ECR_LOGIN_NO_CACHE"] = "true",
    });

    public void Dispose()
    {
        foreach (var (name, value) in saved)
        {
            Environment.SetEnvironmentVariable(name, value);
        }

        shared.Delete(recursive: true);
    }
}

/// <summary>Specs that change this process's temporary folder run alone, after the parallel ones.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TemporaryFolderCollection
{
    public const string Name = "process temporary folder";
}
