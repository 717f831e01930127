using System.Collections.Concurrent;
using System.Globalization;
using System.Security;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace EcrCi.Testing;

/// <summary>
/// STS as the query protocol serves it: <c>AssumeRoleWithWebIdentity</c> (unsigned),
/// <c>AssumeRole</c> and <c>GetCallerIdentity</c> (SigV4-signed for service <c>sts</c>), with
/// STS's validation, error XML and faults for retry specs.
/// </summary>
public sealed partial class EcrEmulator
{
    private readonly ConcurrentDictionary<string, string?> chainableRoles = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<StsCall> stsJournal = new();
    private readonly FaultCountdown stsThrottle = new(400);
    private readonly FaultCountdown stsFaults = new(503);

    /// <summary>Every STS call received, oldest first (a snapshot).</summary>
    public IReadOnlyList<StsCall> StsRequests => [.. stsJournal];

    /// <summary>
    /// Lets a role be assumed with <c>AssumeRole</c> by any accepted key (the trust policy); when
    /// <paramref name="externalId"/> is given, the call must send exactly that <c>ExternalId</c>.
    /// </summary>
    /// <param name="roleArn">The role's ARN, such as <c>arn:aws:iam::123456789012:role/deploy</c>.</param>
    /// <param name="externalId">The external id the trust policy requires; none when <see langword="null"/>.</param>
    public void TrustRoleForChaining(string roleArn, string? externalId = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(roleArn);
        chainableRoles[roleArn] = externalId;
    }

    /// <summary>Makes the next <paramref name="times"/> STS calls get 400 <c>Throttling</c> "Rate exceeded", as STS throttles.</summary>
    /// <param name="times">How many calls to throttle; 0 stops throttling.</param>
    public void ThrottleSts(int times) => stsThrottle.Arm(times);

    /// <summary>
    /// Makes the next <paramref name="times"/> STS calls that are not throttled fail with
    /// <paramref name="status"/>: <c>ServiceUnavailable</c> for 503, <c>InternalFailure</c> otherwise.
    /// </summary>
    /// <param name="times">How many calls to fail; 0 stops failing.</param>
    /// <param name="status">A 5xx status.</param>
    public void FailSts(int times, int status = 503)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(status, 500);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(status, 599);
        stsFaults.Arm(times, status);
    }

    private (int Status, string Xml) AnswerSts(HttpContext context, byte[] body)
    {
        var form = ParseForm(Encoding.UTF8.GetString(body));
        var action = form.GetValueOrDefault("Action") ?? "";
        var signed = context.Request.Headers.Authorization.Count > 0;
        var verification = signed ? verifier.Verify(ToSigV4Request(context, body)) : null;
        var signer = verification is { IsValid: true, AccessKeyId: { } id } ? identities.GetValueOrDefault(id) : null;
        stsJournal.Enqueue(new StsCall(
            action,
            form.GetValueOrDefault("RoleArn"),
            signer?.Label,
            form.GetValueOrDefault("ExternalId"),
            form.GetValueOrDefault("Policy"),
            PolicyArns(form),
            form.GetValueOrDefault("RoleSessionName"),
            int.TryParse(form.GetValueOrDefault("DurationSeconds"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) ? seconds : null)
        {
            UserAgent = context.Request.Headers.UserAgent.ToString(),
        });

        if (stsThrottle.Take() is not null)
            return StsError(400, "Throttling", "Rate exceeded");
        if (stsFaults.Take() is { } status)
            return status == 503 ? StsError(503, "ServiceUnavailable", "Service Unavailable", "Receiver") : StsError(status, "InternalFailure", "An internal error occurred.", "Receiver");

        return action switch
        {
            "AssumeRoleWithWebIdentity" => Validate(form) ?? AssumeRoleWithWebIdentity(form),
            "AssumeRole" => SignatureError(verification) ?? Validate(form) ?? AssumeRole(form, signer!),
            "GetCallerIdentity" => SignatureError(verification) ?? CallerIdentity(signer!),
            _ => StsError(400, "InvalidAction", $"Could not find operation {action} for version 2011-06-15"),
        };
    }

    /// <summary>What STS answers a call that needs a signature and has no valid one.</summary>
    private static (int, string)? SignatureError(SigV4Verification? verification)
    {
        if (verification is null)
            return StsError(403, "MissingAuthenticationToken", "Request is missing Authentication Token");
        if (verification.IsValid)
        {
            return verification.Service == "sts"
                ? null
                : StsError(403, "SignatureDoesNotMatch", $"Credential should be scoped to correct service: 'sts'. ");
        }

        return verification.ErrorCode switch
        {
            "UnrecognizedClientException" => StsError(403, "InvalidClientTokenId", "The security token included in the request is invalid."),
            "IncompleteSignatureException" => StsError(400, "IncompleteSignature", verification.ErrorMessage!),
            _ => StsError(403, "SignatureDoesNotMatch", verification.ErrorMessage!),
        };
    }

    private static (int, string)? Validate(Dictionary<string, string> form)
    {
        if (!form.TryGetValue("RoleArn", out var roleArn) || roleArn.Length < 20)
            return Invalid(roleArn is null ? "Value null at 'roleArn' failed to satisfy constraint: Member must not be null" : $"Value '{roleArn}' at 'roleArn' failed to satisfy constraint: Member must have length greater than or equal to 20");
        if (!form.TryGetValue("RoleSessionName", out var session))
            return Invalid("Value null at 'roleSessionName' failed to satisfy constraint: Member must not be null");
        if (session.Length < 2)
            return Invalid($"Value '{session}' at 'roleSessionName' failed to satisfy constraint: Member must have length greater than or equal to 2");
        if (session.Length > 64)
            return Invalid($"Value '{session}' at 'roleSessionName' failed to satisfy constraint: Member must have length less than or equal to 64");
        if (!SessionNamePattern().IsMatch(session))
            return Invalid($"Value '{session}' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*");
        if (form.TryGetValue("DurationSeconds", out var text))
        {
            if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
                return StsError(400, "ValidationError", $"Value '{text}' for parameter DurationSeconds is invalid. Must be an integer.");
            if (seconds < 900)
                return Invalid($"Value '{seconds}' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900");
            if (seconds > 43200)
                return Invalid($"Value '{seconds}' at 'durationSeconds' failed to satisfy constraint: Member must have value less than or equal to 43200");
        }

        return null;

        static (int, string) Invalid(string detail) => StsError(400, "ValidationError", "1 validation error detected: " + detail);
    }

    private (int, string) AssumeRole(Dictionary<string, string> form, KeyIdentity caller)
    {
        var roleArn = form["RoleArn"];
        var denied = StsError(403, "AccessDenied", $"User: {caller.Arn} is not authorized to perform: sts:AssumeRole on resource: {roleArn}");
        if (!chainableRoles.TryGetValue(roleArn, out var externalId))
            return denied;
        if (externalId is not null && form.GetValueOrDefault("ExternalId") != externalId)
            return denied;

        var (credential, identity) = IssueRoleCredentials($"role:{roleArn}", roleArn, form["RoleSessionName"]);
        return (200, RoleXml("AssumeRole", credential, identity, form, ""));
    }

    private (int, string) CallerIdentity(KeyIdentity caller) => (200, $"""
        <GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
          <GetCallerIdentityResult>
            <Arn>{Escape(caller.Arn)}</Arn>
            <UserId>{Escape(caller.UserId)}</UserId>
            <Account>{caller.Account}</Account>
          </GetCallerIdentityResult>
          <ResponseMetadata><RequestId>{Guid.NewGuid()}</RequestId></ResponseMetadata>
        </GetCallerIdentityResponse>
        """);

    private static string RoleXml(string action, SigV4Credential credential, KeyIdentity identity, Dictionary<string, string> form, string extra)
    {
        var seconds = int.TryParse(form.GetValueOrDefault("DurationSeconds"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 3600;
        var expiration = DateTimeOffset.UtcNow.AddSeconds(seconds);
        return $"""
            <{action}Response xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
              <{action}Result>
            {extra}
                <AssumedRoleUser>
                  <Arn>{Escape(identity.Arn)}</Arn>
                  <AssumedRoleId>{Escape(identity.UserId)}</AssumedRoleId>
                </AssumedRoleUser>
                <Credentials>
                  <AccessKeyId>{credential.AccessKeyId}</AccessKeyId>
                  <SecretAccessKey>{credential.SecretAccessKey}</SecretAccessKey>
                  <SessionToken>{credential.SessionToken}</SessionToken>
                  <Expiration>{expiration.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)}</Expiration>
                </Credentials>
              </{action}Result>
              <ResponseMetadata><RequestId>{Guid.NewGuid()}</RequestId></ResponseMetadata>
            </{action}Response>
            """;
    }

    private static List<string> PolicyArns(Dictionary<string, string> form)
    {
        var arns = new List<string>();
        for (var n = 1; form.TryGetValue($"PolicyArns.member.{n}.arn", out var arn); n++)
            arns.Add(arn);
        return arns;
    }

    private static (int, string) StsError(int status, string code, string message, string type = "Sender") => (status, $"""
        <ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
          <Error><Type>{type}</Type><Code>{code}</Code><Message>{Escape(message)}</Message></Error>
          <RequestId>{Guid.NewGuid()}</RequestId>
        </ErrorResponse>
        """);

    private static string Escape(string text) => SecurityElement.Escape(text);

    [GeneratedRegex(@"^[A-Za-z0-9_+=,.@-]*$")]
    private static partial Regex SessionNamePattern();
}
