using System.Text.Json;
using EcrCi.Cli.Commands;
using EcrCi.Errors;
using EcrCi.Registries;

namespace EcrCi.Cli.Helper;

internal sealed partial class CredentialHelper
{
    /// <summary>
    /// <c>get</c>: the server URL on stdin; an alias or an ECR host becomes a token request
    /// (served by the cache while fresh; without a cache folder, fetched every time); any other host is "not found", so Docker goes on
    /// without credentials as it does for every helper that has none.
    /// </summary>
    private async Task<int> GetAsync(HelperLog log, CancellationToken cancellationToken)
    {
        var serverUrl = (await input.ReadToEndAsync(cancellationToken)).Trim();
        if (serverUrl.Length == 0)
        {
            throw new InvalidDataException("get expects a server URL on standard input, such as 123456789012.dkr.ecr.eu-west-1.amazonaws.com");
        }

        if (!RegistryAddress.TryGetHost(serverUrl, out var host))
        {
            throw new InvalidDataException($"get was given '{serverUrl}', which is not a server URL (a registry host such as 123456789012.dkr.ecr.eu-west-1.amazonaws.com)");
        }

        var target = Target(host, log.Directory);
        if (target is null)
        {
            log.Write("info", $"get: {host} is neither an ECR registry nor an alias ({RegistryAliases.Variable} or configure-helper --alias): answered '{NotFoundMessage}'");
            output.WriteLine(NotFoundMessage);
            output.Flush();
            return ExitCodes.Failure;
        }

        var options = new EcrAuthOptions
        {
            Registries = [target.Registry],
            Region = target.Region,
            EnvironmentVariables = environment.Get,
            Logger = log,
            TokenCache = log.Directory is not null && CommonOptions.CacheFor(false, environment),
        };
        var token = (await EcrAuth.GetTokensAsync(options, cancellationToken)).Tokens[0];
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("ServerURL", serverUrl);
            writer.WriteString("Username", token.Username);
            writer.WriteString("Secret", token.Password.Reveal());
            writer.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        output.Flush();
        return ExitCodes.Ok;
    }

    /// <summary>The ECR registry behind a host: an alias entry first, then the host itself when it is an ECR host.</summary>
    private RegistryAlias? Target(string host, string? cacheDirectory)
    {
        var aliases = RegistryAliases.Load(cacheDirectory, environment);
        if (aliases.Find(host) is { } alias)
        {
            return alias;
        }

        try
        {
            var reference = RegistryReference.Parse(host);
            return new RegistryAlias(host, reference.IsPublic ? reference.Input : host, null);
        }
        catch (EcrLoginException)
        {
            return null;
        }
    }
}

/// <summary>The shape of a <c>store</c> request: <c>{"ServerURL":"...","Username":"...","Secret":"..."}</c>.</summary>
internal static class StoreRequest
{
    public static bool IsValid(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("ServerURL", out var url) && url.ValueKind == JsonValueKind.String
                && RegistryAddress.TryGetHost(url.GetString(), out _);
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
