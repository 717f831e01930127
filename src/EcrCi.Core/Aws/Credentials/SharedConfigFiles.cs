namespace EcrCi.Aws.Credentials;

/// <summary>
/// The AWS shared config and credentials files as the AWS CLI reads them: <c>[profile name]</c>
/// (or <c>[default]</c>) and <c>[sso-session name]</c> sections in the config file
/// (<c>AWS_CONFIG_FILE</c>, else <c>~/.aws/config</c>), <c>[name]</c> sections in the credentials
/// file (<c>AWS_SHARED_CREDENTIALS_FILE</c>, else <c>~/.aws/credentials</c>), whose values win
/// over the config file's. Keys are case-insensitive; <c>#</c> and <c>;</c> start a comment at the
/// start of a line or after whitespace; an indented line under a key with no value belongs to
/// that key's sub-section (<c>ecr =</c> then <c>  endpoint_url = ...</c>), kept as
/// <c>ecr.endpoint_url</c>. A missing file is empty; an unreadable one is an error naming it.
/// </summary>
internal sealed class SharedConfigFiles
{
    private readonly Dictionary<string, Dictionary<string, string>> profiles;
    private readonly Dictionary<string, Dictionary<string, string>> ssoSessions;
    private readonly Dictionary<string, Dictionary<string, string>> services;

    private SharedConfigFiles(string configPath, string credentialsPath, Dictionary<string, Dictionary<string, string>> profiles,
        Dictionary<string, Dictionary<string, string>> ssoSessions, Dictionary<string, Dictionary<string, string>> services)
    {
        ConfigPath = configPath;
        CredentialsPath = credentialsPath;
        this.profiles = profiles;
        this.ssoSessions = ssoSessions;
        this.services = services;
    }

    /// <summary>The config file's path (it may not exist).</summary>
    public string ConfigPath { get; }

    /// <summary>The credentials file's path (it may not exist).</summary>
    public string CredentialsPath { get; }

    /// <summary>Reads both files at the paths the environment names.</summary>
    /// <exception cref="Errors.EcrLoginException">A file exists but cannot be read.</exception>
    public static SharedConfigFiles Read(AwsEnvironment environment)
    {
        var folder = Path.Combine(HomeFolder(environment), ".aws");
        var configPath = Expand(environment.Get("AWS_CONFIG_FILE"), environment) ?? Path.Combine(folder, "config");
        var credentialsPath = Expand(environment.Get("AWS_SHARED_CREDENTIALS_FILE"), environment) ?? Path.Combine(folder, "credentials");
        var profiles = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var ssoSessions = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var services = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var (section, values) in Parse(configPath))
        {
            var target = section switch
            {
                "default" => (profiles, "default"),
                _ when section.StartsWith("profile ", StringComparison.Ordinal) => (profiles, section["profile ".Length..].Trim()),
                _ when section.StartsWith("sso-session ", StringComparison.Ordinal) => (ssoSessions, section["sso-session ".Length..].Trim()),
                _ when section.StartsWith("services ", StringComparison.Ordinal) => (services, section["services ".Length..].Trim()),
                _ => (null, section),
            };
            if (target.Item1 is { } sections)
            {
                Merge(sections, target.Item2, values);
            }
        }

        foreach (var (section, values) in Parse(credentialsPath))
        {
            Merge(profiles, section, values);
        }

        return new SharedConfigFiles(configPath, credentialsPath, profiles, ssoSessions, services);
    }

    /// <summary>The profile's values (keys in lower case), or null when neither file has it.</summary>
    public IReadOnlyDictionary<string, string>? Profile(string name) => profiles.GetValueOrDefault(name);

    /// <summary>The <c>[sso-session name]</c> section's values, or null.</summary>
    public IReadOnlyDictionary<string, string>? SsoSession(string name) => ssoSessions.GetValueOrDefault(name);

    /// <summary>The <c>[services name]</c> section's values (<c>ecr.endpoint_url</c>), or null.</summary>
    public IReadOnlyDictionary<string, string>? Services(string name) => services.GetValueOrDefault(name);

    /// <summary>Where the files are, for messages (never their contents).</summary>
    public string Describe() => $"{ConfigPath} and {CredentialsPath}";

    /// <summary>The user's home folder: HOME, else USERPROFILE (Windows), else the platform's.</summary>
    public static string HomeFolder(AwsEnvironment environment) =>
        environment.Get("HOME") ?? environment.Get("USERPROFILE") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);

    private static string? Expand(string? path, AwsEnvironment environment) =>
        path is null ? null
        : path == "~" || path.StartsWith("~/", StringComparison.Ordinal) || path.StartsWith("~\\", StringComparison.Ordinal)
            ? Path.Combine(HomeFolder(environment), path.Length > 2 ? path[2..] : string.Empty)
            : path;

    private static void Merge(Dictionary<string, Dictionary<string, string>> sections, string name, Dictionary<string, string> values)
    {
        if (!sections.TryGetValue(name, out var existing))
        {
            sections[name] = new Dictionary<string, string>(values, StringComparer.OrdinalIgnoreCase);
            return;
        }

        foreach (var (key, value) in values)
        {
            existing[key] = value;
        }
    }

    private static IEnumerable<(string Section, Dictionary<string, string> Values)> Parse(string path)
    {
        string[] lines;
        try
        {
            if (!File.Exists(path))
            {
                return [];
            }

            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new Errors.EcrLoginException(Errors.EcrErrorKind.NoCredentials, $"The AWS shared file '{path}' cannot be read: {e.Message}", e);
        }

        var sections = new List<(string, Dictionary<string, string>)>();
        Dictionary<string, string>? current = null;
        string? parent = null;
        foreach (var raw in lines)
        {
            var line = StripComment(raw);
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var indented = char.IsWhiteSpace(line[0]);
            var text = line.Trim();
            if (!indented && text.StartsWith('[') && text.EndsWith(']'))
            {
                current = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                parent = null;
                sections.Add((string.Join(' ', text[1..^1].Split(' ', StringSplitOptions.RemoveEmptyEntries)), current));
                continue;
            }

            var equals = text.IndexOf('=', StringComparison.Ordinal);
            if (current is null || equals <= 0)
            {
                continue;
            }

            var key = text[..equals].Trim().ToLowerInvariant();
            var value = text[(equals + 1)..].Trim();
            if (indented && parent is not null)
            {
                current[$"{parent}.{key}"] = value;
                continue;
            }

            parent = value.Length == 0 ? key : null;
            current[key] = value;
        }

        return sections;
    }

    private static string StripComment(string line)
    {
        var trimmed = line.TrimStart();
        if (trimmed.StartsWith('#') || trimmed.StartsWith(';'))
        {
            return string.Empty;
        }

        for (var i = 1; i < line.Length; i++)
        {
            if ((line[i] == '#' || line[i] == ';') && char.IsWhiteSpace(line[i - 1]))
            {
                return line[..i];
            }
        }

        return line;
    }
}
