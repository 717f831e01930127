using System.Globalization;
using System.Text.RegularExpressions;

namespace EcrCi.Build.Release;

/// <summary>A release tag <c>vMAJOR.MINOR.PATCH[-PRERELEASE]</c> and the floating tag it moves.</summary>
internal sealed partial record ReleaseVersion(int Major, int Minor, int Patch, string? Prerelease)
{
    public bool IsPrerelease => Prerelease is not null;

    /// <summary>The NuGet and image version (<c>1.4.2</c>, <c>1.5.0-rc.1</c>).</summary>
    public string Version => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}.{Patch}") + (IsPrerelease ? "-" + Prerelease : string.Empty);

    public string Tag => "v" + Version;

    /// <summary>The major tag a stable release moves (<c>v1</c>); a pre-release moves none.</summary>
    public string? FloatingTag => IsPrerelease ? null : string.Create(CultureInfo.InvariantCulture, $"v{Major}");

    public static bool TryParse(string? tag, out ReleaseVersion version)
    {
        version = null!;
        var match = tag is null ? Match.Empty : Pattern().Match(tag.Trim());
        if (!match.Success)
        {
            return false;
        }

        version = new ReleaseVersion(
            int.Parse(match.Groups["major"].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups["minor"].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups["patch"].Value, CultureInfo.InvariantCulture),
            match.Groups["pre"].Success ? match.Groups["pre"].Value : null);
        return true;
    }

    /// <summary>The version of a build from <c>git describe</c>: the tag itself, or the next patch as a dev pre-release.</summary>
    public static string FromDescribe(string? describe)
    {
        // git describe --tags --long: v1.4.2-3-gabc1234 (3 commits after v1.4.2)
        var match = describe is null ? Match.Empty : Describe().Match(describe.Trim());
        if (!match.Success || !TryParse(match.Groups["tag"].Value, out var tagged))
        {
            return "0.1.0-dev";
        }

        var distance = int.Parse(match.Groups["distance"].Value, CultureInfo.InvariantCulture);
        if (distance == 0)
        {
            return tagged.Version;
        }

        var next = tagged.IsPrerelease ? tagged with { Prerelease = null } : tagged with { Patch = tagged.Patch + 1 };
        return string.Create(CultureInfo.InvariantCulture, $"{next.Version}-dev.{distance}");
    }

    [GeneratedRegex(@"^v(?<major>0|[1-9][0-9]*)\.(?<minor>0|[1-9][0-9]*)\.(?<patch>0|[1-9][0-9]*)(?:-(?<pre>[0-9A-Za-z.-]+))?$")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^(?<tag>v.+)-(?<distance>[0-9]+)-g[0-9a-f]+$")]
    private static partial Regex Describe();
}
