using System.Globalization;
using EcrCi.Aws;
using EcrCi.Aws.Credentials;
using EcrCi.Errors;


namespace EcrCi.Settings;

/// <summary>
/// The non-credential settings of the AWS profile in force (the option, else AWS_PROFILE, else
/// <c>default</c>), read once, when first asked for, from the shared config and credentials
/// files the environment names (AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE) by the same reader
/// the credential chain uses. A value that is present but malformed is an error naming the
/// profile and the key.
/// </summary>
internal sealed class ProfileSettings
{
    private readonly Lazy<(IReadOnlyDictionary<string, string>? Values, string Files)> profile;

    public ProfileSettings(string? explicitProfile, AwsEnvironment environment)
    {
        Name = explicitProfile ?? environment.Get("AWS_PROFILE") ?? "default";
        profile = new Lazy<(IReadOnlyDictionary<string, string>?, string)>(() =>
        {
            var files = SharedConfigFiles.Read(environment);
            return (files.Profile(Name), files.Describe());
        });
    }

    /// <summary>The profile's name.</summary>
    public string Name { get; }

    /// <summary><c>region</c>.</summary>
    public string? Region => Value("region");

    /// <summary><c>max_attempts</c>.</summary>
    public int? MaxAttempts => Value("max_attempts") is { } text
        ? int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var attempts) ? attempts : throw Malformed("max_attempts", text, "a whole number such as 5")
        : null;

    /// <summary><c>retry_mode</c>.</summary>
    public RetryMode? RetryMode => Value("retry_mode") is { } text
        ? RetryModes.Parse(text) ?? throw Malformed("retry_mode", text, "legacy, standard or adaptive")
        : null;

    /// <summary><c>use_fips_endpoint</c>.</summary>
    public bool? UseFips => Boolean("use_fips_endpoint");

    /// <summary><c>use_dualstack_endpoint</c>.</summary>
    public bool? UseDualStack => Boolean("use_dualstack_endpoint");

    private string? Value(string key) =>
        profile.Value.Values?.TryGetValue(key, out var value) == true && value.Trim() is { Length: > 0 } trimmed ? trimmed : null;

    private bool? Boolean(string key) => Value(key) switch
    {
        null => null,
        var text when text.Equals("true", StringComparison.OrdinalIgnoreCase) => true,
        var text when text.Equals("false", StringComparison.OrdinalIgnoreCase) => false,
        var text => throw Malformed(key, text, "true or false"),
    };

    private EcrLoginException Malformed(string key, string value, string expected) =>
        EcrLoginException.Input($"The profile '{Name}' in {profile.Value.Files} sets {key} = {value}: expected {expected}.");
}
