using System.Globalization;
using EcrCi.Errors;

namespace EcrCi.Aws.Credentials;

/// <summary>Builds the role of a credential source (IRSA's variables, a profile's <c>role_arn</c>), refusing a bad value with where it was set.</summary>
internal static class RoleHop
{
    /// <summary>The role to assume; a malformed ARN, session name or duration names <paramref name="arnSetting"/> or <paramref name="sessionSetting"/>.</summary>
    public static RoleAssumption Build(string roleArn, string? sessionName, string? durationSeconds, Hosts.CiHost host, string arnSetting, string sessionSetting, string? durationSetting)
    {
        var session = sessionName ?? RoleAssumption.SessionNameFor(host.RunName());
        var duration = Settings.RoleSettings.DefaultDuration;
        if (durationSeconds is not null)
        {
            duration = int.TryParse(durationSeconds, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                ? TimeSpan.FromSeconds(seconds)
                : throw EcrLoginException.Input($"{durationSetting} is '{durationSeconds}': expected a whole number of seconds from 900 to 43200.");
        }

        try
        {
            RoleAssumption.Check(roleArn, session, duration);
        }
        catch (EcrLoginException e)
        {
            var setting = e.Option switch
            {
                nameof(EcrAuthOptions.RoleSessionName) => sessionSetting,
                nameof(EcrAuthOptions.RoleDuration) => durationSetting,
                _ => arnSetting,
            };
            throw EcrLoginException.Input($"{setting}: {e.Message}");
        }

        return new RoleAssumption(roleArn, null, session, duration);
    }
}
