using System.Text.Json;
using EcrCi.Aws;
using EcrCi.Errors;
using EcrCi.Registries;

namespace EcrCi.Cli.Helper;

/// <summary>
/// Maps registry hosts that are not ECR hosts (a pull-through cache, a private DNS name, a
/// local mirror) to the ECR account (and region) whose token they accept. Entries come from
/// <c>ECR_LOGIN_REGISTRY_MAP</c> (<c>HOST=ACCOUNT[@REGION]</c>, comma separated), which wins,
/// and from <c>aliases.json</c> in the cache folder, written by <c>configure-helper --alias</c>.
/// </summary>
internal sealed class RegistryAliases
{
    public const string Variable = "ECR_LOGIN_REGISTRY_MAP";
    public const string FileName = "aliases.json";

    private readonly Dictionary<string, RegistryAlias> entries = new(StringComparer.Ordinal);

    public IReadOnlyCollection<RegistryAlias> Entries => entries.Values;

    /// <summary>The aliases in force: the file's (none without a cache folder), overridden by the variable's.</summary>
    public static RegistryAliases Load(string? cacheDirectory, AwsEnvironment environment)
    {
        var aliases = cacheDirectory is null ? new RegistryAliases() : ReadFile(Path.Combine(cacheDirectory, FileName));
        foreach (var item in (environment.Get(Variable) ?? string.Empty).Split([',', ';', '\n', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            aliases.Set(RegistryAlias.Parse(item, Variable));
        }

        return aliases;
    }

    public static RegistryAliases ReadFile(string path)
    {
        var aliases = new RegistryAliases();
        if (!File.Exists(path))
        {
            return aliases;
        }

        try
        {
            var file = JsonSerializer.Deserialize(File.ReadAllBytes(path), HelperJsonContext.Default.AliasesFileJson);
            foreach (var (host, target) in file?.Aliases ?? [])
            {
                if (target is not null)
                {
                    aliases.Set(RegistryAlias.Parse($"{host}={target}", path));
                }
            }
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not valid JSON ({e.Message}): fix or delete it, then run configure-helper --alias again.", e);
        }

        return aliases;
    }

    public void Set(RegistryAlias alias) => entries[alias.Host] = alias;

    public RegistryAlias? Find(string host) => entries.GetValueOrDefault(host);

    /// <summary>The <c>aliases.json</c> text.</summary>
    public byte[] ToJson()
    {
        var map = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var alias in entries.Values.OrderBy(a => a.Host, StringComparer.Ordinal))
        {
            map[alias.Host] = alias.Target;
        }

        return [.. JsonSerializer.SerializeToUtf8Bytes(new AliasesFileJson(map), HelperJsonContext.Indented.AliasesFileJson), (byte)'\n'];
    }
}

/// <summary>One alias: a registry host and the ECR registry (account id or ECR host, and maybe a region) behind it.</summary>
/// <param name="Host">The alias host, lower case, with its port if any.</param>
/// <param name="Registry">An account id or an ECR registry host.</param>
/// <param name="Region">The region, or null to take it from the host or the AWS context.</param>
internal sealed record RegistryAlias(string Host, string Registry, string? Region)
{
    public string Target => Region is null ? Registry : $"{Registry}@{Region}";

    /// <summary>Parses <c>HOST=ACCOUNT[@REGION]</c> (or <c>HOST=ECR-HOST</c>).</summary>
    /// <exception cref="EcrLoginException">The entry is malformed (kind InvalidInput).</exception>
    public static RegistryAlias Parse(string text, string source)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        var at = text.LastIndexOf('@');
        var hostText = equals > 0 ? text[..equals] : string.Empty;
        var target = equals > 0 ? (at > equals ? text[(equals + 1)..at] : text[(equals + 1)..]) : string.Empty;
        var region = at > equals && equals > 0 ? text[(at + 1)..] : null;
        if (!RegistryAddress.TryGetHost(hostText, out var host) || target.Length == 0)
        {
            throw new EcrLoginException(EcrErrorKind.InvalidInput,
                $"The registry alias '{text}' (from {source}) is not valid: expected HOST=ACCOUNT[@REGION], such as registry.example.com=123456789012@eu-west-1.");
        }

        var reference = RegistryReference.Parse(target);
        if (reference.IsPublic)
        {
            return new RegistryAlias(host, reference.Input, null);
        }

        if (region is not null)
        {
            reference.Resolve(region);
        }

        return new RegistryAlias(host, target, region);
    }
}
