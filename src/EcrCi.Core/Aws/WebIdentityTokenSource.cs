using EcrCi.Errors;

namespace EcrCi.Aws;

/// <summary>Where a web identity (OIDC) token comes from: a file, or a CI system's token service (see <see cref="Hosts.CiHost"/>).</summary>
internal abstract class WebIdentityTokenSource
{
    /// <summary>A token file, as <c>AWS_WEB_IDENTITY_TOKEN_FILE</c> names (re-read on every use).</summary>
    public static WebIdentityTokenSource FromFile(string path) => new FileSource(path);

    internal abstract Task<string> GetTokenAsync(AwsEnvironment environment, HttpMessageHandler transport, CancellationToken cancellationToken);

    private sealed class FileSource(string path) : WebIdentityTokenSource
    {
        internal override async Task<string> GetTokenAsync(AwsEnvironment environment, HttpMessageHandler transport, CancellationToken cancellationToken)
        {
            try
            {
                var token = (await File.ReadAllTextAsync(path, cancellationToken)).Trim();
                return token.Length > 0 ? token : throw EcrLoginException.Input(nameof(EcrAuthOptions.WebIdentityTokenFile), $"The web identity token file '{path}' is empty.");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new EcrLoginException(EcrErrorKind.NoCredentials, $"The web identity token file '{path}' cannot be read: {e.Message}", e)
                {
                    Option = nameof(EcrAuthOptions.WebIdentityTokenFile),
                };
            }
        }
    }
}
