using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using EcrCi.Errors;

namespace EcrCi.Aws;

/// <summary>
/// The User-Agent of every AWS call, so that CloudTrail and AWS support can tell this product,
/// its version and its front end apart: <c>ecr-login/1.4.2 md/frontend#action os/linux
/// lang/dotnet#10.0.1</c>, plus <c>app/ID</c> with the user's application id
/// (<c>AWS_SDK_UA_APP_ID</c>, else the profile's <c>sdk_ua_app_id</c>), as the AWS SDKs add it.
/// </summary>
internal static partial class UserAgent
{
    /// <summary>The longest application id the AWS SDKs accept.</summary>
    public const int MaxAppIdLength = 50;

    /// <summary>The suite's version (the assemblies' informational version without the source revision suffix), the one every front end reports.</summary>
    public static string Version { get; } = ReadVersion();

    /// <summary>The product and its version, as the first component of the header.</summary>
    public static string Product { get; } = $"ecr-login/{Version}";

    /// <summary>The full header value.</summary>
    /// <param name="frontEnd">Who calls the core (<c>action</c>, <c>cli</c>, <c>nuke</c>, <c>cake</c>), or null for a library user.</param>
    /// <param name="appId">The user's application id, or null.</param>
    public static string For(string? frontEnd, string? appId) =>
        $"{Product} md/frontend#{Token(frontEnd ?? "library")} os/{Os()} lang/dotnet#{Environment.Version}" + (appId is null ? string.Empty : $" app/{Token(appId)}");

    /// <summary>The application id from the environment, else the profile; refused when longer than the SDKs allow.</summary>
    /// <exception cref="EcrLoginException">The id is longer than <see cref="MaxAppIdLength"/> characters.</exception>
    public static string? AppId(AwsEnvironment environment, Settings.ProfileSettings profile)
    {
        var (value, source) = environment.Get("AWS_SDK_UA_APP_ID") is { Length: > 0 } fromEnvironment
            ? (fromEnvironment, "AWS_SDK_UA_APP_ID")
            : (profile.AppId, $"the profile '{profile.Name}' sdk_ua_app_id");
        return value is { Length: > MaxAppIdLength }
            ? throw EcrLoginException.Input($"{source} is {value.Length} characters long: the AWS SDKs accept at most {MaxAppIdLength}.")
            : value;
    }

    /// <summary>Keeps the characters a header token may hold; every other becomes <c>-</c>.</summary>
    private static string Token(string text) => NotTokenCharacter().Replace(text, "-");

    private static string Os() =>
        OperatingSystem.IsLinux() ? "linux" : OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macos" : RuntimeInformation.OSDescription;

    private static string ReadVersion()
    {
        var version = typeof(UserAgent).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }

    [GeneratedRegex("[^A-Za-z0-9!$%&'*+.^_`|~-]")]
    private static partial Regex NotTokenCharacter();
}
