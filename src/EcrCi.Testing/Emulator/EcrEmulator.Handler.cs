using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace EcrCi.Testing;

public sealed partial class EcrEmulator
{
    private const int MaxBodyBytes = 1 << 20;

    private async Task HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        Interlocked.Increment(ref totalRequests);
        StampDate(context.Response);
        var body = await ReadBodyAsync(context.Request, cancellationToken);
        if (await TryHandleIdentityAsync(context, body, cancellationToken))
            return;

        var target = context.Request.Headers["X-Amz-Target"].ToString();
        var operation = EcrOperation.Find(target);
        if (operation == EcrOperation.Private)
            Interlocked.Increment(ref privateCalls);
        else if (operation == EcrOperation.Public)
            Interlocked.Increment(ref publicCalls);

        var delay = Delay;
        if (delay > TimeSpan.Zero)
            await Task.Delay(delay, cancellationToken);

        var verification = verifier.Verify(ToSigV4Request(context, body));
        var registryIds = new List<string>();
        var reply = Answer(operation, target, verification, context.Request.ContentType, body, registryIds);
        journal.Enqueue(new EcrEmulatorRequest(target, verification.AccessKeyId, verification.Region, registryIds, reply.Status) { UserAgent = context.Request.Headers.UserAgent.ToString() });
        await reply.WriteAsync(context.Response, cancellationToken);
    }

    /// <summary>Decides the answer: auth first, then the fault switches, then the body, as AWS's front end would.</summary>
    private EcrReply Answer(EcrOperation? operation, string target, SigV4Verification verification, string? contentType, byte[] body, List<string> registryIds)
    {
        if (operation is null)
            return EcrReply.BadRequest("UnknownOperationException", target.Length == 0 ? "Missing X-Amz-Target header." : $"Unknown operation {target}.");
        if (ExpiredToken)
            return EcrReply.BadRequest("ExpiredTokenException", "The security token included in the request is expired");
        if (!verification.IsValid)
            return EcrReply.BadRequest(verification.ErrorCode!, verification.ErrorMessage!);
        if (verification.Service != operation.Service)
            return EcrReply.BadRequest("InvalidSignatureException", $"Credential should be scoped to correct service: '{operation.Service}'. ");
        if (operation.IsPublic && verification.Region != "us-east-1")
            return EcrReply.BadRequest("InvalidSignatureException", $"Credential should be scoped to a valid region, not '{verification.Region}'. ");
        if (contentType is null || !contentType.StartsWith(EcrReply.ContentType, StringComparison.OrdinalIgnoreCase))
            return EcrReply.BadRequest("SerializationException", $"Content-Type must be {EcrReply.ContentType}, not '{contentType}'.");
        if (AccessDenied)
        {
            return EcrReply.BadRequest("AccessDeniedException",
                $"User: arn:aws:iam::{Options.DefaultAccountId}:user/ci is not authorized to perform: {operation.Action} on resource: * because no identity-based policy allows the {operation.Action} action");
        }

        if (TakeThrottle() || !TakeCredit(verification.AccessKeyId, verification.Region!))
            return EcrReply.BadRequest("ThrottlingException", "Rate exceeded");
        if (TakeFailure() is { } status)
        {
            return status == StatusCodes.Status503ServiceUnavailable
                ? EcrReply.Error(status, "ServiceUnavailable", "Service Unavailable")
                : EcrReply.Error(status, "ServerException", "Internal server error");
        }

        var parsed = EcrRequestBody.Parse(body, operation.IsPublic, out var bodyError);
        if (parsed is null)
            return bodyError!;
        registryIds.AddRange(parsed.RegistryIds);
        if (MalformedBody)
            return EcrReply.Broken(operation.IsPublic ? """{"authorizationData":{"authorizationToken":""" : """{"authorizationData":[{"authorizationToken":""");

        var ids = parsed.RegistryIds.Count > 0 ? parsed.RegistryIds : [Options.DefaultAccountId];
        return operation.IsPublic ? PublicToken() : PrivateTokens(ids, verification.Region!);
    }

    private EcrReply PrivateTokens(IReadOnlyList<string> ids, string region)
    {
        var expiresAt = EcrReply.EpochSeconds(IssueExpiry());
        return EcrReply.Ok(writer =>
        {
            writer.WriteStartArray("authorizationData");
            foreach (var id in ids)
            {
                writer.WriteStartObject();
                writer.WriteString("authorizationToken", AuthorizationToken);
                writer.WritePropertyName("expiresAt");
                writer.WriteRawValue(expiresAt);
                writer.WriteString("proxyEndpoint", registryHosts.TryGetValue(id, out var host)
                    ? $"http://{host}"
                    : $"https://{id}.dkr.ecr.{region}.amazonaws.com");
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        });
    }

    private EcrReply PublicToken()
    {
        var expiresAt = EcrReply.EpochSeconds(IssueExpiry());
        return EcrReply.Ok(writer =>
        {
            writer.WriteStartObject("authorizationData");
            writer.WriteString("authorizationToken", AuthorizationToken);
            writer.WritePropertyName("expiresAt");
            writer.WriteRawValue(expiresAt);
            writer.WriteEndObject();
        });
    }

    private static SigV4Request ToSigV4Request(HttpContext context, byte[] body)
    {
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path + context.Request.QueryString;
        var question = rawTarget.IndexOf('?', StringComparison.Ordinal);
        var headers = context.Request.Headers
            .SelectMany(header => header.Value.Select(value => new KeyValuePair<string, string>(header.Key, value ?? "")))
            .ToList();
        return new SigV4Request(
            context.Request.Method,
            question < 0 ? rawTarget : rawTarget[..question],
            question < 0 ? "" : rawTarget[(question + 1)..],
            headers,
            body);
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBodyBytes)
                break;
        }

        return buffer.ToArray();
    }
}
