using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace EcrCi.Testing;

/// <summary>
/// The container credentials endpoint of ECS and EKS Pod Identity (reached through
/// <c>AWS_CONTAINER_CREDENTIALS_FULL_URI</c> and <c>AWS_CONTAINER_AUTHORIZATION_TOKEN</c>).
/// </summary>
public sealed partial class EcrEmulator
{
    private volatile bool requireContainerAuthorization = true;
    private int containerCalls;

    /// <summary>The full URI of the container credentials endpoint (<c>AWS_CONTAINER_CREDENTIALS_FULL_URI</c>).</summary>
    public Uri ContainerCredentialsUri => new(Endpoint, "container/credentials");

    /// <summary>The token the endpoint requires as the <c>Authorization</c> header (<c>AWS_CONTAINER_AUTHORIZATION_TOKEN</c>): random, fixed for this emulator.</summary>
    public string ContainerAuthorizationToken { get; }

    /// <summary>Whether the endpoint answers 401 unless <c>Authorization</c> is <see cref="ContainerAuthorizationToken"/>; <see langword="true"/> by default.</summary>
    public bool RequireContainerAuthorization { get => requireContainerAuthorization; set => requireContainerAuthorization = value; }

    /// <summary>Container credential requests received, whatever their answer.</summary>
    public int ContainerCalls => Volatile.Read(ref containerCalls);

    private async Task AnswerContainerAsync(HttpContext context, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref containerCalls);
        context.Response.ContentType = "application/json";
        if (RequireContainerAuthorization && context.Request.Headers.Authorization.ToString() != ContainerAuthorizationToken)
        {
            context.Response.StatusCode = 401;
            await context.Response.WriteAsync("""{"code":"AccessDeniedException","message":"Unauthorized"}""", cancellationToken);
            return;
        }

        var roleArn = $"arn:aws:iam::{Options.DefaultAccountId}:role/ci-task";
        var (credential, _) = IssueRoleCredentials("container", roleArn, "container");
        context.Response.StatusCode = 200;
        await context.Response.WriteAsync(JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["AccessKeyId"] = credential.AccessKeyId,
            ["SecretAccessKey"] = credential.SecretAccessKey,
            ["Token"] = credential.SessionToken!,
            ["Expiration"] = IsoTime(DateTimeOffset.UtcNow.AddHours(6)),
            ["RoleArn"] = roleArn,
        }), cancellationToken);
    }

    private static string IsoTime(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
