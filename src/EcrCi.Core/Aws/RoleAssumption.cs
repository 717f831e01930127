using System.Text;
using System.Text.RegularExpressions;
using EcrCi.Errors;

namespace EcrCi.Aws;

/// <summary>
/// Assume an IAM role with a web identity token (GitHub OIDC or a token file) and use its
/// temporary credentials for the ECR calls only.
/// </summary>
/// <param name="RoleArn">The role to assume (<c>arn:aws:iam::123456789012:role/ci</c>).</param>
/// <param name="TokenSource">Where the web identity token comes from.</param>
public sealed partial record RoleAssumption(string RoleArn, WebIdentityTokenSource TokenSource)
{
    /// <summary>The shortest and longest session STS allows.</summary>
    public static readonly (TimeSpan Min, TimeSpan Max) DurationRange = (TimeSpan.FromSeconds(900), TimeSpan.FromSeconds(43200));

    /// <summary>The role session name; null derives one from the repository and run (GITHUB_REPOSITORY, GITHUB_RUN_ID).</summary>
    public string? SessionName { get; init; }

    /// <summary>How long the role's credentials live (15 minutes to 12 hours; the role's maximum applies).</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Refuses a malformed role ARN, session name or duration with what is expected.</summary>
    /// <exception cref="EcrLoginException">A value is malformed.</exception>
    public void Validate()
    {
        if (!RoleArnPattern().IsMatch(RoleArn ?? string.Empty))
        {
            throw EcrLoginException.Input(
                $"'{RoleArn}' is not an IAM role ARN: expected arn:aws:iam::123456789012:role/NAME (arn:aws-cn or arn:aws-us-gov in those partitions).");
        }

        if (SessionName is not null && !SessionPattern().IsMatch(SessionName))
        {
            throw EcrLoginException.Input($"The role session name '{SessionName}' is not valid: expected 2 to 64 characters of letters, digits and +=,.@-");
        }

        if (Duration < DurationRange.Min || Duration > DurationRange.Max)
        {
            throw EcrLoginException.Input($"The role duration {Duration.TotalSeconds:0} s is out of range: expected 900 to 43200 seconds.");
        }
    }

    /// <summary>The session name to use: the given one, or one made from the CI run.</summary>
    internal string EffectiveSessionName(AwsEnvironment environment)
    {
        if (SessionName is not null)
        {
            return SessionName;
        }

        var source = environment.Get("GITHUB_REPOSITORY") is { } repository
            ? $"{repository.Replace('/', '-')}-{environment.Get("GITHUB_RUN_ID") ?? "local"}"
            : DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var cleaned = new StringBuilder("ecr-login-");
        foreach (var character in source.Where(c => char.IsAsciiLetterOrDigit(c) || "+=,.@-_".Contains(c, StringComparison.Ordinal)))
        {
            cleaned.Append(character);
        }

        // Keep the run id (the end) when the repository name is long.
        return cleaned.Length <= 64 ? cleaned.ToString() : "ecr-login-" + cleaned.ToString()[^54..];
    }

    [GeneratedRegex(@"^arn:aws(-cn|-us-gov|-iso|-iso-b|-iso-e|-iso-f|-eusc)?:iam::[0-9]{12}:role/[A-Za-z0-9+=,.@_/-]{1,512}$")]
    private static partial Regex RoleArnPattern();

    [GeneratedRegex(@"^[A-Za-z0-9+=,.@_-]{2,64}$")]
    private static partial Regex SessionPattern();
}
