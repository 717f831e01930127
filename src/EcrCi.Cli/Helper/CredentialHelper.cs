using EcrCi.Aws;
using EcrCi.Cache;
using EcrCi.Errors;
using EcrCi.Files;

namespace EcrCi.Cli.Helper;

/// <summary>
/// Docker's credential-helper protocol: the action is the first argument, input on stdin,
/// answer on stdout. <c>get</c> answers with an ECR token (from the cache while fresh);
/// <c>store</c>, <c>erase</c> and <c>list</c>: see <c>CredentialHelper.Storage.cs</c>;
/// <c>version</c>, <c>-v</c> and <c>--version</c> print the version, <c>-h</c> and <c>--help</c> the usage.
/// Errors are a message on stdout and exit code 1, also written to the helper's log.
/// </summary>
/// <param name="input">The protocol's input (standard input).</param>
/// <param name="output">The protocol's answers (standard output).</param>
/// <param name="environment">The variables the helper reads.</param>
/// <param name="findCacheFolder">
/// Finds the cache folder or throws <see cref="EcrLoginException"/> when there is none (no home);
/// null: <see cref="TokenCacheOptions.ResolveDirectory"/> with <paramref name="environment"/>.
/// </param>
/// <param name="error">Where the log goes when the cache folder may not hold it (standard error); null: nowhere.</param>
internal sealed partial class CredentialHelper(TextReader input, TextWriter output, AwsEnvironment environment, Func<string>? findCacheFolder = null, TextWriter? error = null)
{
    /// <summary>What the helper reads or writes in the cache folder: none of it may be a link.</summary>
    public static readonly string[] FolderEntries =
        [RegistryAliases.FileName, HelperLog.FileName, HelperLog.RotatedFileName, TokenCacheOptions.FileName, TokenCacheOptions.LockFileName];

    /// <summary>Docker's words for "no credentials for this server"; it then goes on without any.</summary>
    public const string NotFoundMessage = "credentials not found in native keychain";

    public static readonly string[] Actions = ["get", "store", "erase", "list", "version"];

    /// <summary>Runs as <c>docker-credential-ecr-login-ci ACTION</c>.</summary>
    public static async Task<int> RunFromDockerAsync(string[] args)
    {
        switch (args)
        {
            case ["-v" or "--version"]:
                await Console.Out.WriteLineAsync(VersionLine);
                return ExitCodes.Ok;
            case ["-h" or "--help"]:
                await Console.Out.WriteLineAsync(Usage);
                return ExitCodes.Ok;
        }

        if (args is not [var action] || !Actions.Contains(action, StringComparer.Ordinal))
        {
            await Console.Error.WriteLineAsync(Usage);
            return ExitCodes.Usage;
        }

        return await new CredentialHelper(Console.In, Console.Out, AwsEnvironment.Process, error: Console.Error).RunAsync(action, CancellationToken.None);
    }

    public async Task<int> RunAsync(string action, CancellationToken cancellationToken)
    {
        var log = OpenLog();
        try
        {
            return action switch
            {
                "get" => await GetAsync(log, cancellationToken),
                "store" => await StoreAsync(log, cancellationToken),
                "erase" => await EraseAsync(log, cancellationToken),
                "list" => List(log),
                "version" => Answer(VersionLine),
                _ => Fail(log, action, $"unknown action '{action}': expected one of {string.Join(", ", Actions)}"),
            };
        }
        catch (EcrLoginException e)
        {
            return Fail(log, action, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or OperationCanceledException)
        {
            return Fail(log, action, e.Message);
        }
#pragma warning disable CA1031 // Docker must get a protocol answer for every failure, never a crash.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return Fail(log, action, $"failed unexpectedly ({e.GetType().Name}): {e.Message}");
        }
    }

    private static string VersionLine => $"{ProgramName.CredentialHelper} (ecr-login) {Version}";

    private static string Usage =>
        $"Usage: {ProgramName.CredentialHelper} <{string.Join('|', Actions)}>\nDocker's credential-helper protocol for Amazon ECR (see ecr-login --help).";

    /// <summary>The tool's version (without the source revision suffix): the suite's, built with it.</summary>
    public static string Version => UserAgent.Version;

    /// <summary>
    /// The log in the cache folder (which also holds the token cache and <c>aliases.json</c>).
    /// Without a home or cache variable the helper runs with none of them: it never falls back to
    /// the temporary folder, which other users share (they could plant aliases or read the log).
    /// A folder another user could have planted (see <see cref="TrustedFolder"/>) is not used
    /// either: the warning, and the rest of the log, go to <c>error</c>.
    /// </summary>
    private HelperLog OpenLog()
    {
        string folder;
        try
        {
            folder = findCacheFolder is null ? new TokenCacheOptions().ResolveDirectory(environment) : findCacheFolder();
        }
        catch (EcrLoginException)
        {
            return new HelperLog(null, error);
        }

        if (TrustedFolder.Distrust(folder, FolderEntries) is not { } reason)
        {
            return new HelperLog(folder, error);
        }

        var log = new HelperLog(null, error);
        log.Write("warning", $"The cache folder {folder} is not safe to use ({reason}); going on without the token cache, {RegistryAliases.FileName} and the log there");
        return log;
    }

    private int Answer(string text)
    {
        output.WriteLine(text);
        output.Flush();
        return ExitCodes.Ok;
    }

    private int Fail(HelperLog log, string action, string message)
    {
        log.Write("error", $"{action}: {message}");
        output.WriteLine(message);
        output.Flush();
        return ExitCodes.Failure;
    }
}
