using System.Text.Json;
using System.Text.RegularExpressions;
using EcrCi.Aws;
using EcrCi.Errors;
using EcrCi.Hosts;

namespace EcrCi.Settings;

/// <summary>
/// The role to assume, resolved like every setting: the option, then the environment, then what
/// the CI host offers, then the default (one hour, audience <c>sts.amazonaws.com</c>). A web
/// identity token comes from the token file option, else the CI host's OIDC provider (so a
/// GitHub runner on Kubernetes uses GitHub's token for <c>role-to-assume</c>, not the pod's),
/// else <c>AWS_WEB_IDENTITY_TOKEN_FILE</c>. With role chaining the role is assumed with the
/// credentials at hand instead. Role-only settings without a role are refused.
/// </summary>
internal static partial class RoleSettings
{
    /// <summary>The audience AWS's IAM OIDC providers expect unless configured otherwise.</summary>
    public const string DefaultAudience = "sts.amazonaws.com";

    /// <summary>How long the role's credentials live unless set.</summary>
    public static readonly TimeSpan DefaultDuration = TimeSpan.FromHours(1);

    /// <summary>The most managed session policies STS takes.</summary>
    public const int MostManagedPolicies = 10;

    /// <summary>The longest inline session policy STS takes (characters).</summary>
    public const int LongestInlinePolicy = 2048;

    /// <summary>The role assumption, or null when no role is set.</summary>
    public static RoleAssumption? From(EcrAuthOptions options, AwsEnvironment environment, CiHost host)
    {
        var externalId = Blank(options.RoleExternalId);
        var inlinePolicy = Blank(options.InlineSessionPolicy);
        var policyArns = List(options.ManagedSessionPolicies);
        if (Blank(options.RoleToAssume) is not { } roleArn)
        {
            RefuseWithoutRole(nameof(EcrAuthOptions.WebIdentityTokenFile), "A web identity token file", options.WebIdentityTokenFile is not null);
            RefuseWithoutRole(nameof(EcrAuthOptions.Audience), "An OIDC audience", options.Audience is not null);
            RefuseWithoutRole(nameof(EcrAuthOptions.RoleSessionName), "A role session name", options.RoleSessionName is not null);
            RefuseWithoutRole(nameof(EcrAuthOptions.RoleDuration), "A role duration", options.RoleDuration is not null);
            RefuseWithoutRole(nameof(EcrAuthOptions.RoleChaining), "Role chaining", options.RoleChaining == true);
            RefuseWithoutRole(nameof(EcrAuthOptions.RoleExternalId), "An external id", externalId is not null);
            RefuseWithoutRole(nameof(EcrAuthOptions.InlineSessionPolicy), "An inline session policy", inlinePolicy is not null);
            RefuseWithoutRole(nameof(EcrAuthOptions.ManagedSessionPolicies), "Managed session policies", policyArns.Count > 0);
            return null;
        }

        var sessionName = Blank(options.RoleSessionName) ?? environment.Get("AWS_ROLE_SESSION_NAME") ?? RoleAssumption.SessionNameFor(host.RunName());
        var duration = options.RoleDuration ?? DefaultDuration;
        RoleAssumption.Check(roleArn, sessionName, duration);
        CheckSessionOptions(externalId, inlinePolicy, policyArns);
        var chaining = options.RoleChaining == true;
        if (chaining)
        {
            RefuseWhenChaining(nameof(EcrAuthOptions.WebIdentityTokenFile), "A web identity token file", options.WebIdentityTokenFile is not null);
            RefuseWhenChaining(nameof(EcrAuthOptions.Audience), "An OIDC audience", options.Audience is not null);
            return new RoleAssumption(roleArn, null, sessionName, duration) { ExternalId = externalId, InlinePolicy = inlinePolicy, PolicyArns = policyArns };
        }

        if (externalId is not null)
        {
            throw EcrLoginException.Input(nameof(EcrAuthOptions.RoleExternalId),
                "An external id applies only to a role assumed with the credentials at hand (sts:AssumeRole), and this role is assumed with a web identity token: turn on role chaining, or drop the external id.");
        }

        var audience = Blank(options.Audience) ?? DefaultAudience;
        var source = Blank(options.WebIdentityTokenFile) is { } file ? WebIdentityTokenSource.FromFile(file)
            : host.OidcTokenSource(audience)
            ?? (environment.Get("AWS_WEB_IDENTITY_TOKEN_FILE") is { } environmentFile ? WebIdentityTokenSource.FromFile(environmentFile) : null)
            ?? throw new EcrLoginException(EcrErrorKind.NoCredentials,
                $"No web identity token for the role {roleArn}: {host.MissingTokenAdvice}; or turn on role chaining to assume it with the credentials at hand.") { Option = nameof(EcrAuthOptions.WebIdentityTokenFile) };
        return new RoleAssumption(roleArn, source, sessionName, duration) { InlinePolicy = inlinePolicy, PolicyArns = policyArns };
    }

    /// <summary>The allowed account ids, checked (12 digits each); null when none are set.</summary>
    public static IReadOnlyList<string>? AllowedAccounts(EcrAuthOptions options)
    {
        var accounts = List(options.AllowedAccountIds);
        if (accounts.Count == 0)
        {
            return null;
        }

        foreach (var account in accounts)
        {
            if (account.Length != 12 || !account.All(char.IsAsciiDigit))
            {
                throw EcrLoginException.Input(nameof(EcrAuthOptions.AllowedAccountIds), $"The allowed account id '{account}' is not an AWS account id: expected 12 digits, such as 123456789012.");
            }
        }

        return accounts;
    }

    private static void CheckSessionOptions(string? externalId, string? inlinePolicy, IReadOnlyList<string> policyArns)
    {
        if (externalId is not null && !ExternalIdPattern().IsMatch(externalId))
        {
            throw EcrLoginException.Input(nameof(EcrAuthOptions.RoleExternalId), "The external id is not valid: expected 2 to 1224 characters of letters, digits and +=,.@:/-");
        }

        if (inlinePolicy is not null)
        {
            if (inlinePolicy.Length > LongestInlinePolicy)
            {
                throw EcrLoginException.Input(nameof(EcrAuthOptions.InlineSessionPolicy), $"The inline session policy has {inlinePolicy.Length} characters: STS takes at most {LongestInlinePolicy}.");
            }

            try
            {
                using var document = JsonDocument.Parse(inlinePolicy);
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    throw EcrLoginException.Input(nameof(EcrAuthOptions.InlineSessionPolicy), "The inline session policy is not a JSON object: expected a policy document such as {\"Version\":\"2012-10-17\",\"Statement\":[...]}.");
                }
            }
            catch (JsonException e)
            {
                throw new EcrLoginException(EcrErrorKind.InvalidInput,
                    $"The inline session policy is not valid JSON (line {(e.LineNumber ?? 0) + 1}, position {(e.BytePositionInLine ?? 0) + 1}): expected a policy document such as {{\"Version\":\"2012-10-17\",\"Statement\":[...]}}.", e)
                { Option = nameof(EcrAuthOptions.InlineSessionPolicy) };
            }
        }

        if (policyArns.Count > MostManagedPolicies)
        {
            throw EcrLoginException.Input(nameof(EcrAuthOptions.ManagedSessionPolicies), $"{policyArns.Count} managed session policies were given: STS takes at most {MostManagedPolicies}.");
        }

        foreach (var arn in policyArns.Where(arn => !PolicyArnPattern().IsMatch(arn)))
        {
            throw EcrLoginException.Input(nameof(EcrAuthOptions.ManagedSessionPolicies), $"'{arn}' is not a managed policy ARN: expected arn:aws:iam::aws:policy/NAME or arn:aws:iam::123456789012:policy/NAME.");
        }
    }

    private static void RefuseWithoutRole(string option, string what, bool isSet)
    {
        if (isSet)
        {
            throw EcrLoginException.Input(option,
                $"{what} applies only to a role to assume, and no role is set: set the role's ARN, or drop the setting.");
        }
    }

    private static void RefuseWhenChaining(string option, string what, bool isSet)
    {
        if (isSet)
        {
            throw EcrLoginException.Input(option,
                $"{what} applies only to a role assumed with a web identity token, and role chaining assumes it with the credentials at hand: drop one of the two.");
        }
    }

    private static List<string> List(IReadOnlyList<string>? values) =>
        values is null ? [] : [.. values.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal)];

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex(@"^[A-Za-z0-9+=,.@:/_-]{2,1224}\z")]
    private static partial Regex ExternalIdPattern();

    [GeneratedRegex(@"^arn:aws(-[a-z]+)*:iam::(aws|[0-9]{12}):policy/[A-Za-z0-9+=,.@_/-]{1,512}\z")]
    private static partial Regex PolicyArnPattern();
}
