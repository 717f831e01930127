using System.Text;
using System.Text.RegularExpressions;
using EcrCi.Errors;

namespace EcrCi.Aws;

/// <summary>
/// A role to assume with a web identity token, every value resolved and checked (see
/// <see cref="Settings.RoleSettings"/>); its temporary credentials serve the ECR calls only.
/// </summary>
/// <param name="RoleArn">The role to assume (<c>arn:aws:iam::123456789012:role/ci</c>).</param>
/// <param name="TokenSource">Where the web identity token comes from; null when the role is chained (assumed with the credentials at hand, <c>sts:AssumeRole</c>).</param>
/// <param name="SessionName">The role session name.</param>
/// <param name="Duration">How long the role's credentials live.</param>
internal sealed partial record RoleAssumption(string RoleArn, WebIdentityTokenSource? TokenSource, string SessionName, TimeSpan Duration)
{
    /// <summary>True when the role is assumed with the credentials at hand rather than a web identity token.</summary>
    public bool Chaining => TokenSource is null;

    /// <summary>The external id the role's trust policy requires, or null.</summary>
    public string? ExternalId { get; init; }

    /// <summary>The inline session policy (JSON), or null.</summary>
    public string? InlinePolicy { get; init; }

    /// <summary>The managed session policies' ARNs (none by default).</summary>
    public IReadOnlyList<string> PolicyArns { get; init; } = [];

    /// <summary>The shortest and longest session STS allows.</summary>
    public static readonly (TimeSpan Min, TimeSpan Max) DurationRange = (TimeSpan.FromSeconds(900), TimeSpan.FromSeconds(43200));

    /// <summary>Refuses a malformed role ARN, session name or duration with what is expected.</summary>
    /// <exception cref="EcrLoginException">A value is malformed.</exception>
    public void Validate() => Check(RoleArn, SessionName, Duration);

    /// <summary>Refuses a malformed role ARN, session name or duration with what is expected.</summary>
    /// <exception cref="EcrLoginException">A value is malformed.</exception>
    public static void Check(string roleArn, string sessionName, TimeSpan duration)
    {
        if (!RoleArnPattern().IsMatch(roleArn ?? string.Empty))
        {
            throw EcrLoginException.Input(nameof(EcrAuthOptions.RoleToAssume),
                $"'{roleArn}' is not an IAM role ARN: expected arn:aws:iam::123456789012:role/NAME (arn:aws-cn or arn:aws-us-gov in those partitions).");
        }

        if (!SessionPattern().IsMatch(sessionName))
        {
            throw EcrLoginException.Input(nameof(EcrAuthOptions.RoleSessionName),
                $"The role session name '{sessionName}' is not valid: expected 2 to 64 characters of letters, digits and +=,.@_-");
        }

        if (duration < DurationRange.Min || duration > DurationRange.Max)
        {
            throw EcrLoginException.Input(nameof(EcrAuthOptions.RoleDuration),
                $"The role duration {duration.TotalSeconds:0} s is out of range: expected 900 to 43200 seconds.");
        }
    }

    /// <summary>A valid session name made from a run's name (or the time), prefixed <c>ecr-login-</c>, at most 64 characters.</summary>
    public static string SessionNameFor(string? runName)
    {
        var source = runName ?? DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var cleaned = new StringBuilder("ecr-login-");
        foreach (var character in source.Where(c => char.IsAsciiLetterOrDigit(c) || "+=,.@-_".Contains(c, StringComparison.Ordinal)))
        {
            cleaned.Append(character);
        }

        // Keep the run id (the end) when the repository name is long.
        return cleaned.Length <= 64 ? cleaned.ToString() : "ecr-login-" + cleaned.ToString()[^54..];
    }

    [GeneratedRegex(@"^arn:aws(-cn|-us-gov|-iso|-iso-b|-iso-e|-iso-f|-eusc)?:iam::[0-9]{12}:role/[A-Za-z0-9+=,.@_/-]{1,512}\z")]
    private static partial Regex RoleArnPattern();

    [GeneratedRegex(@"^[A-Za-z0-9+=,.@_-]{2,64}\z")]
    private static partial Regex SessionPattern();
}
