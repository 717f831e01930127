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
    private readonly Lazy<(IReadOnlyDictionary<string, string>? Values, SharedConfigFiles Files)> profile;

    public ProfileSettings(string? explicitProfile, AwsEnvironment environment)
    {
        Name = explicitProfile ?? environment.Get("AWS_PROFILE") ?? "default";
        profile = new Lazy<(IReadOnlyDictionary<string, string>?, SharedConfigFiles)>(() =>
        {
            var files = SharedConfigFiles.Read(environment);
            return (files.Profile(Name), files);
        });
    }

    /// <summary>The profile's name.</summary>
    public string Name { get; }

    /// <summary>The shared config and credentials files, read once for the operation (the credential chain reads them from here too).</summary>
    public SharedConfigFiles Files => profile.Value.Files;

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

    /// <summary><c>sdk_ua_app_id</c>.</summary>
    public string? AppId => Value("sdk_ua_app_id");

    /// <summary><c>use_fips_endpoint</c>.</summary>
    public bool? UseFips => Boolean("use_fips_endpoint");

    /// <summary><c>use_dualstack_endpoint</c>.</summary>
    public bool? UseDualStack => Boolean("use_dualstack_endpoint");

    /// <summary><c>ignore_configured_endpoint_urls</c>.</summary>
    public bool? IgnoreConfiguredEndpointUrls => Boolean("ignore_configured_endpoint_urls");

    /// <summary>
    /// The endpoint the profile configures for a service, with where it was found: the
    /// <c>endpoint_url</c> of the service's entry in the profile's <c>services</c> section
    /// (<c>[services NAME]</c>, <c>ecr =</c> then <c>  endpoint_url = ...</c>), else the profile's own
    /// <c>endpoint_url</c>, as the AWS SDKs read them.
    /// </summary>
    /// <param name="serviceKey">The service's key in a services section: <c>ecr</c>, <c>ecr_public</c>, <c>sts</c>.</param>
    public (string Url, string Source)? EndpointUrl(string serviceKey)
    {
        if (Value("services") is { } section && profile.Value.Files.Services(section) is { } services
            && services.TryGetValue($"{serviceKey}.endpoint_url", out var serviceUrl) && serviceUrl.Trim() is { Length: > 0 } url)
        {
            return (url, $"the {serviceKey} endpoint_url of [services {section}] (profile '{Name}')");
        }

        return Value("endpoint_url") is { } shared ? (shared, $"the endpoint_url of profile '{Name}'") : null;
    }

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
        EcrLoginException.Input($"The profile '{Name}' in {profile.Value.Files.Describe()} sets {key} = {value}: expected {expected}.");
}
