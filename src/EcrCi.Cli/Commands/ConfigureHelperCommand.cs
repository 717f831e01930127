using System.CommandLine;
using EcrCi.Aws;
using EcrCi.Cache;
using EcrCi.Cli.Helper;
using EcrCi.DockerConfig;
using EcrCi.Files;

namespace EcrCi.Cli.Commands;

/// <summary>
/// <c>ecr-login configure-helper [REGISTRY...] [--alias HOST=ACCOUNT[@REGION]]</c>: point
/// Docker's <c>credHelpers</c> at <c>ecr-login-ci</c> for those registries, so Docker asks the
/// helper for a token on demand and none is stored in the config.
/// </summary>
internal static class ConfigureHelperCommand
{
    public static Command Create(CommonOptions common)
    {
        var alias = new Option<string[]>("--alias")
        {
            Description = "A registry host that stands for an ECR registry (pull-through cache, private DNS name), as HOST=ACCOUNT[@REGION]; saved in the cache folder's aliases.json. Repeatable.",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        var dockerConfig = new Option<string?>("--docker-config") { Description = "The Docker config folder to edit (default: DOCKER_CONFIG or ~/.docker)." };
        var command = new Command(
            "configure-helper",
            $"Add \"credHelpers\" entries (\"<host>\": \"{ProgramName.HelperSuffix}\") to the Docker config, so Docker runs {ProgramName.CredentialHelper} for those registries and stores no token. The rest of the file is kept byte for byte. Prints the hosts configured.")
        {
            common.Registries,
        };
        common.AddAwsOptions(command);
        command.Options.Add(alias);
        command.Options.Add(dockerConfig);
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            var environment = AwsEnvironment.Process;
            var aliases = (parse.GetValue(alias) ?? []).Select(a => RegistryAlias.Parse(a, "--alias")).ToList();
            var hosts = await RegistryHostsAsync(common, parse, aliases.Count > 0, cancellationToken);
            hosts.AddRange(aliases.Select(a => a.Host));
            if (aliases.Count > 0)
            {
                SaveAliases(aliases, environment);
            }

            var folder = DockerConfigFolder.Locate(parse.GetValue(dockerConfig), environment);
            var config = DockerConfigFolder.ConfigFile(folder);
            var changed = Configure(config, hosts);
            var log = parse.GetValue(common.Quiet) ? null : Console.Error;
            log?.WriteLine(changed
                ? $"Docker now asks {ProgramName.HelperSuffix} for {string.Join(", ", hosts)} ({config})."
                : $"{config} already sends {string.Join(", ", hosts)} to {ProgramName.HelperSuffix}: unchanged.");
            if (!HelperOnPath(environment))
            {
                Console.Error.WriteLine(
                    $"warning: {ProgramName.CredentialHelper} is not on PATH, so Docker cannot run it yet. Link it to this tool, for example: " +
                    $"ln -s \"{Environment.ProcessPath}\" /usr/local/bin/{ProgramName.CredentialHelper} (on Windows, copy ecr-login.exe to {ProgramName.CredentialHelper}.exe on PATH).");
            }

            foreach (var host in hosts)
            {
                Console.Out.WriteLine(host);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static async Task<List<string>> RegistryHostsAsync(CommonOptions common, ParseResult parse, bool haveAliases, CancellationToken cancellationToken)
    {
        // The hosts a login would write: the core resolves them with the same region chain
        // (option, AWS_REGION, AWS_DEFAULT_REGION, profile), FIPS and dual-stack settings.
        var options = common.ToLoginOptions(parse, parse.GetValue(common.Registries) ?? []);
        var hosts = options.Registries.Count == 0 ? new List<string>() : [.. EcrAuth.ResolveRegistryHosts(options with { Public = false })];
        if (options.Public)
        {
            hosts.AddRange(EcrAuth.ResolveRegistryHosts(options with { Registries = [] }));
        }
        if (hosts.Count == 0 && !haveAliases)
        {
            // Nothing named: the caller's own registry, found with one token call (or the cache).
            var result = await EcrAuth.GetTokensAsync(options, cancellationToken);
            hosts.AddRange(result.Tokens.Select(t => t.Host));
        }

        return hosts;
    }

    private static void SaveAliases(IEnumerable<RegistryAlias> aliases, AwsEnvironment environment)
    {
        var folder = new TokenCacheOptions().ResolveDirectory(environment);
        if (TrustedFolder.Distrust(folder, CredentialHelper.FolderEntries) is { } reason)
        {
            throw new InvalidDataException(
                $"The aliases were not saved: the cache folder {folder} is not safe to use ({reason}). Use a folder of your own that only you can write (ECR_LOGIN_CACHE_DIR), or fix its owner and mode.");
        }

        var path = Path.Combine(folder, RegistryAliases.FileName);
        var saved = RegistryAliases.ReadFile(path);
        foreach (var alias in aliases)
        {
            saved.Set(alias);
        }

        OwnerOnlyFiles.Replace(path, saved.ToJson(), flushToDisk: true);
    }

    private static bool Configure(string path, IReadOnlyList<string> hosts)
    {
        var original = File.Exists(path) ? File.ReadAllBytes(path) : [];
        byte[] updated;
        try
        {
            updated = CredHelpersEditor.Apply(original, hosts, ProgramName.HelperSuffix);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"The Docker config {path} was left as it is because {e.Message}: fix it, then run configure-helper again.", e);
        }

        if (ReferenceEquals(updated, original))
        {
            return false;
        }

        OwnerOnlyFiles.Replace(path, updated, flushToDisk: true);
        return true;
    }

    private static bool HelperOnPath(AwsEnvironment environment)
    {
        var names = OperatingSystem.IsWindows()
            ? [ProgramName.CredentialHelper + ".exe", ProgramName.CredentialHelper + ".cmd", ProgramName.CredentialHelper + ".bat"]
            : new[] { ProgramName.CredentialHelper };
        return (environment.Get("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => names.Any(name => File.Exists(Path.Combine(folder, name))));
    }
}
