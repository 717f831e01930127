using EcrCi.Aws;
using EcrCi.Errors;

namespace EcrCi.Action.Inputs;

/// <summary>
/// The IAM role the step assumes with the job's GitHub OIDC token, from inputs named as
/// <c>aws-actions/configure-aws-credentials</c> names them. Checked before any network call:
/// a malformed ARN, session name or duration never reaches GitHub or STS.
/// </summary>
/// <param name="RoleArn">The role to assume.</param>
/// <param name="SessionName">The role session name, or null for one made from the repository and run.</param>
/// <param name="Duration">How long the temporary credentials live.</param>
/// <param name="Audience">The audience of the OIDC token.</param>
/// <param name="OutputCredentials">Whether the temporary credentials become (masked) step outputs.</param>
internal sealed record RoleInputs(string RoleArn, string? SessionName, TimeSpan Duration, string Audience, bool OutputCredentials)
{
    /// <summary>The audience AWS's IAM OIDC providers expect unless configured otherwise.</summary>
    public const string DefaultAudience = "sts.amazonaws.com";

    /// <summary>The session length when <c>role-duration-seconds</c> is empty: one hour.</summary>
    public const int DefaultDurationSeconds = 3600;

    /// <summary>Reads the role inputs; null when <c>role-to-assume</c> is empty.</summary>
    /// <exception cref="EcrLoginException">An input is malformed, or a role-only input was set without a role.</exception>
    public static RoleInputs? Parse(InputReader read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var roleArn = read.Text(InputNames.RoleToAssume);
        var sessionName = read.Text(InputNames.RoleSessionName);
        var seconds = read.WholeNumber(InputNames.RoleDurationSeconds, (int)RoleAssumption.DurationRange.Min.TotalSeconds, (int)RoleAssumption.DurationRange.Max.TotalSeconds);
        var audience = read.Text(InputNames.Audience) ?? DefaultAudience;
        var outputCredentials = read.Boolean(InputNames.OutputCredentials, false);
        if (roleArn is null)
        {
            // The runner always passes defaults, so only a value other than the default counts as set.
            RefuseWithoutRole(InputNames.RoleSessionName, sessionName is not null);
            RefuseWithoutRole(InputNames.RoleDurationSeconds, seconds is not null and not DefaultDurationSeconds);
            RefuseWithoutRole(InputNames.Audience, audience != DefaultAudience);
            RefuseWithoutRole(InputNames.OutputCredentials, outputCredentials);
            return null;
        }

        var role = new RoleInputs(roleArn, sessionName, TimeSpan.FromSeconds(seconds ?? DefaultDurationSeconds), audience, outputCredentials);
        role.ToAssumption().Validate();
        return role;
    }

    /// <summary>The core's role assumption: the runner's OIDC token for <see cref="Audience"/>, exchanged with STS.</summary>
    public RoleAssumption ToAssumption() => new(RoleArn, WebIdentityTokenSource.FromGitHubActions(Audience))
    {
        SessionName = SessionName,
        Duration = Duration,
    };

    private static void RefuseWithoutRole(string input, bool isSet)
    {
        if (isSet)
        {
            throw new EcrLoginException(EcrErrorKind.InvalidInput,
                $"The input '{input}' applies only to a role assumed with '{InputNames.RoleToAssume}', which is empty: set '{InputNames.RoleToAssume}' to the role's ARN, or drop '{input}'.");
        }
    }
}
