using System.Globalization;
using EcrCi.Aws;
using EcrCi.Errors;

namespace EcrCi.Cache;

/// <summary>
/// Turns on the token cache that the tool, the credential helper and the build tasks share: a
/// JSON file (mode 0600, in a 0700 folder) that keeps each token until a refresh margin before
/// it expires, keyed by partition, region, registry, API endpoint and a one-way fingerprint of
/// the AWS identity. The file holds registry passwords, readable by its owner only, as the
/// Docker config itself does.
/// </summary>
internal sealed record TokenCacheOptions
{
    /// <summary>The variable that overrides the cache folder.</summary>
    public const string DirectoryVariable = "ECR_LOGIN_CACHE_DIR";

    /// <summary>
    /// The Go credential helper's cache folder variable, used when <see cref="DirectoryVariable"/> is
    /// unset, so that switching helpers keeps one folder; the files' names differ (<c>tokens.json</c>
    /// here, <c>cache.json</c> there), so both can share it.
    /// </summary>
    public const string GoHelperDirectoryVariable = "AWS_ECR_CACHE_DIR";

    /// <summary>The variable that sets the refresh margin (a time span such as <c>01:00:00</c>) when <see cref="RefreshMargin"/> is null.</summary>
    public const string RefreshMarginVariable = "ECR_LOGIN_CACHE_REFRESH_MARGIN";

    /// <summary>The cache file's name inside the folder.</summary>
    public const string FileName = "tokens.json";

    /// <summary>The lock file's name inside the folder (see <see cref="FileLock"/>).</summary>
    public const string LockFileName = FileName + ".lock";

    /// <summary>
    /// The cache folder; null uses <c>ECR_LOGIN_CACHE_DIR</c>, else <c>%LOCALAPPDATA%\ecr-login</c>
    /// on Windows, else <c>$XDG_CACHE_HOME/ecr-login</c>, else <c>~/.cache/ecr-login</c>.
    /// </summary>
    public string? Directory { get; init; }

    /// <summary>
    /// How long before its expiry a cached token is replaced; null reads
    /// <c>ECR_LOGIN_CACHE_REFRESH_MARGIN</c>, else half the token's life (6 hours for ECR's 12).
    /// </summary>
    public TimeSpan? RefreshMargin { get; init; }

    /// <summary>The clock that decides freshness (a fake one in tests).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>The cache folder these options point to, reading the variables of <paramref name="environment"/> (null: the process's).</summary>
    /// <exception cref="EcrLoginException">No folder can be found (no home, no cache variable).</exception>
    public string ResolveDirectory(AwsEnvironment? environment = null)
    {
        var variables = environment ?? AwsEnvironment.Process;
        if ((Directory ?? variables.Get(DirectoryVariable) ?? variables.Get(GoHelperDirectoryVariable)) is { } configured)
        {
            return Path.GetFullPath(configured);
        }

        if (OperatingSystem.IsWindows())
        {
            var local = variables.Get("LOCALAPPDATA") ?? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
            return Path.Combine(RequireFolder(local), "ecr-login");
        }

        if (variables.Get("XDG_CACHE_HOME") is { } xdg && Path.IsPathRooted(xdg))
        {
            return Path.Combine(xdg, "ecr-login");
        }

        var home = variables.Get("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return Path.Combine(RequireFolder(home), ".cache", "ecr-login");
    }

    /// <summary>The margin in force for a token issued at <paramref name="issuedAt"/> that expires at <paramref name="expiresAt"/>.</summary>
    internal TimeSpan MarginFor(DateTimeOffset issuedAt, DateTimeOffset expiresAt, AwsEnvironment environment)
    {
        var margin = RefreshMargin ?? ParseMargin(environment.Get(RefreshMarginVariable));
        if (margin is { } fixedMargin)
        {
            return fixedMargin;
        }

        var life = expiresAt - issuedAt;
        return life > TimeSpan.Zero ? life / 2 : TimeSpan.Zero;
    }

    /// <summary>Throws an actionable error for a margin that cannot be used.</summary>
    internal void Validate(AwsEnvironment environment)
    {
        if (RefreshMargin is { } margin && margin < TimeSpan.Zero)
        {
            throw new EcrLoginException(EcrErrorKind.InvalidInput, $"The token cache refresh margin is {margin}: expected zero or more.");
        }

        ParseMargin(environment.Get(RefreshMarginVariable));
    }

    private static TimeSpan? ParseMargin(string? text)
    {
        if (text is null)
        {
            return null;
        }

        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var margin) && margin >= TimeSpan.Zero
            ? margin
            : throw new EcrLoginException(EcrErrorKind.InvalidInput,
                $"{RefreshMarginVariable} is '{text}': expected a time span such as 01:00:00 (one hour before expiry).");
    }

    private static string RequireFolder(string? folder) =>
        string.IsNullOrEmpty(folder)
            ? throw new EcrLoginException(EcrErrorKind.InvalidInput,
                $"No folder for the token cache: set {DirectoryVariable} (or HOME, XDG_CACHE_HOME, LOCALAPPDATA).")
            : folder;
}
