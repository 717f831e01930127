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
        var serverUrl = (await HelperInput.ReadAsync(input, "get", cancellationToken)).Trim();
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
            FrontEnd = "credential-helper",
            Registries = [target.Registry],
            Region = target.Region,
            EnvironmentVariables = environment.Get,
            Logger = log,
            TokenCache = log.Directory is not null && CommonOptions.CacheFor(false, environment),
        };
        var token = (await EcrAuth.GetTokensAsync(options, cancellationToken)).Tokens[0];
        output.WriteLine(JsonSerializer.Serialize(new HelperCredentials(serverUrl, token.Username, token.Password.Reveal()), HelperJsonContext.Default.HelperCredentials));
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
    /// <summary>The host of the request's server URL, or null when the text is not such a request.</summary>
    public static string? HostOf(string text)
    {
        try
        {
            return JsonSerializer.Deserialize(text, HelperJsonContext.Default.StoreRequestJson) is { ServerUrl: { } url }
                && RegistryAddress.TryGetHost(url, out var host) ? host : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
