using System.CommandLine;

namespace EcrCi.Cli.Commands;

/// <summary>
/// The role flags of <c>login</c> and <c>get-login-password</c>, named as
/// <c>aws-actions/configure-aws-credentials</c> names its inputs. A flag left out stays unset,
/// and the core checks every value.
/// </summary>
internal sealed class RoleOptions
{
    public Option<string?> RoleToAssume { get; } = new("--role-to-assume")
    {
        Description = "An IAM role ARN to assume (with a web identity token, or with --role-chaining the credentials at hand); its credentials serve the ECR calls only.",
    };

    public Option<string?> WebIdentityTokenFile { get; } = new("--web-identity-token-file")
    {
        Description = "The web identity (OIDC) token file for --role-to-assume (default: AWS_WEB_IDENTITY_TOKEN_FILE, else the CI system's OIDC token).",
    };

    public Option<bool> RoleChaining { get; } = new("--role-chaining")
    {
        Description = "Assume --role-to-assume with the credentials at hand (sts:AssumeRole) instead of a web identity token, so that a second role follows a first.",
    };

    public Option<string?> RoleExternalId { get; } = new("--role-external-id")
    {
        Description = "The external id the role's trust policy requires (2 to 1224 of letters, digits and +=,.@:/-).",
    };

    public Option<string?> InlineSessionPolicy { get; } = new("--inline-session-policy")
    {
        Description = "A JSON policy document (at most 2048 characters) that narrows the role's permissions for this session.",
    };

    public Option<string[]> ManagedSessionPolicies { get; } = new("--managed-session-policies")
    {
        Description = "Managed policy ARNs that narrow the role's permissions for this session (comma-separated, or the flag repeated).",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string[]> AllowedAccountIds { get; } = new("--allowed-account-ids")
    {
        Description = "The 12-digit accounts the credentials may belong to (comma-separated, or the flag repeated); any other account is refused before any token call.",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary>Adds the role flags to a command.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(RoleToAssume);
        command.Options.Add(WebIdentityTokenFile);
        command.Options.Add(RoleChaining);
        command.Options.Add(RoleExternalId);
        command.Options.Add(InlineSessionPolicy);
        command.Options.Add(ManagedSessionPolicies);
        command.Options.Add(AllowedAccountIds);
    }

    /// <summary>The options with the role flags of this parse (a command that has them).</summary>
    public EcrAuthOptions Apply(ParseResult parse, EcrAuthOptions options) => options with
    {
        RoleToAssume = parse.GetValue(RoleToAssume),
        WebIdentityTokenFile = parse.GetValue(WebIdentityTokenFile),
        RoleChaining = parse.GetValue(RoleChaining) ? true : null,
        RoleExternalId = parse.GetValue(RoleExternalId),
        InlineSessionPolicy = parse.GetValue(InlineSessionPolicy),
        ManagedSessionPolicies = List(parse.GetValue(ManagedSessionPolicies)),
        AllowedAccountIds = List(parse.GetValue(AllowedAccountIds)),
    };

    /// <summary>Every value split at commas and trimmed; null when none is left, so the core's default applies.</summary>
    private static string[]? List(string[]? values) =>
        (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToArray() is { Length: > 0 } list ? list : null;
}
