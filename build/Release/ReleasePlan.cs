using System.Text.RegularExpressions;

namespace EcrCi.Build.Release;

/// <summary>One call the release makes on GitHub (or the registry).</summary>
internal abstract record ReleaseStep
{
    public abstract string Describe();
}

/// <summary>Pushes the prebuilt action image.</summary>
internal sealed record PushImage(string Image) : ReleaseStep
{
    public override string Describe() => $"docker push {Image}";
}

/// <summary>Commits <c>action.yml</c> pointing at the prebuilt image on top of the release commit (off any branch).</summary>
internal sealed record CommitActionManifest(string ParentSha, string Manifest) : ReleaseStep
{
    public override string Describe() => $"POST /repos/{{repo}}/git/blobs, /git/trees, /git/commits (parent {ParentSha[..Math.Min(12, ParentSha.Length)]}, action.yml -> prebuilt image)";
}

/// <summary>Creates the release tag on the manifest commit.</summary>
internal sealed record CreateTag(string Tag) : ReleaseStep
{
    public override string Describe() => $"POST /repos/{{repo}}/git/refs refs/tags/{Tag} -> manifest commit";
}

/// <summary>Creates the GitHub release with notes.</summary>
internal sealed record CreateRelease(string Tag, string Name, string Notes, bool Prerelease) : ReleaseStep
{
    public override string Describe() => $"POST /repos/{{repo}}/releases tag={Tag} name=\"{Name}\" prerelease={Prerelease.ToString().ToLowerInvariant()} notes={Notes.Length} chars";
}

/// <summary>Uploads one package to the release.</summary>
internal sealed record UploadAsset(string Path) : ReleaseStep
{
    public override string Describe() => $"POST uploads/repos/{{repo}}/releases/{{id}}/assets name={System.IO.Path.GetFileName(Path)}";
}

/// <summary>Pushes one package to the NuGet feed (its <c>.snupkg</c> goes along); the key comes from the environment, never the command line.</summary>
internal sealed record PushPackage(string Path, string Source) : ReleaseStep
{
    public override string Describe() =>
        $"dotnet nuget push {System.IO.Path.GetFileName(Path)} --source {Source} --skip-duplicate (API key from {NuGetPusher.ApiKeyVariable})";
}

/// <summary>Moves (force-updates) a floating tag such as <c>v1</c> to the manifest commit.</summary>
internal sealed record MoveFloatingTag(string Tag) : ReleaseStep
{
    public override string Describe() => $"PATCH /repos/{{repo}}/git/refs/tags/{Tag} -> manifest commit (force)";
}

/// <summary>The whole release, computed before any call so a dry run can print it.</summary>
internal sealed partial record ReleasePlan(ReleaseVersion Version, string Image, IReadOnlyList<ReleaseStep> Steps)
{
    /// <summary>
    /// Every call in order: the image, the manifest commit, the tag, the release with its assets,
    /// then the NuGet pushes (which a feed cannot take back), and last the floating tag, moved only
    /// when everything before it succeeded.
    /// </summary>
    public static ReleasePlan Create(ReleaseVersion version, string commitSha, string imageRepository, string actionManifest, string notes, ReleasePackages packages, string nugetSource)
    {
        var image = $"{imageRepository}:{version.Version}";
        var steps = new List<ReleaseStep>
        {
            new PushImage(image),
            new CommitActionManifest(commitSha, PointAtImage(actionManifest, image)),
            new CreateTag(version.Tag),
            new CreateRelease(version.Tag, $"ecr-login {version.Version}", notes, version.IsPrerelease),
        };
        steps.AddRange(packages.Assets.Order(StringComparer.Ordinal).Select(p => new UploadAsset(p)));
        steps.AddRange(packages.Packages.Select(p => new PushPackage(p, nugetSource)));
        if (version.FloatingTag is { } floating)
        {
            steps.Add(new MoveFloatingTag(floating));
        }

        return new ReleasePlan(version, image, steps);
    }

    /// <summary>Rewrites <c>runs.image</c> of an action manifest to <c>docker://IMAGE</c>, keeping every other byte.</summary>
    public static string PointAtImage(string manifest, string image)
    {
        var rewritten = ImageLine().Replace(manifest, match => $"{match.Groups["indent"].Value}image: 'docker://{image}'", 1);
        return rewritten != manifest || manifest.Contains($"docker://{image}", StringComparison.Ordinal)
            ? rewritten
            : throw new InvalidOperationException("action.yml has no 'image:' line under runs: cannot point it at the prebuilt image");
    }

    [GeneratedRegex(@"^(?<indent>[ \t]+)image:[ \t]*\S.*$", RegexOptions.Multiline)]
    private static partial Regex ImageLine();
}
