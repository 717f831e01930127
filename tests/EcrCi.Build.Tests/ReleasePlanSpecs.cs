using EcrCi.Build.Release;

namespace EcrCi.Build.Tests;

public class ReleasePlanSpecs
{
    private const string Manifest = """
        name: ecr-login
        runs:
          using: docker
          image: Dockerfile
          entrypoint: /ecr-login-action
        """;

    private static ReleasePlan Plan(string tag)
    {
        Assert.True(ReleaseVersion.TryParse(tag, out var version));
        var packages = new ReleasePackages(["a/EcrCi.Core.1.4.2.nupkg", "b/Cake.EcrCi.1.4.2.nupkg"], ["b/Cake.EcrCi.1.4.2.nupkg", "a/EcrCi.Core.1.4.2.nupkg", "a/EcrCi.Core.1.4.2.snupkg"]);
        return ReleasePlan.Create(version, "0123456789abcdef0123", "ghcr.io/org/ecr-login", Manifest, "- notes", packages, "https://feed.invalid/v3/index.json");
    }

    [Fact]
    public void A_stable_release_pushes_the_image_points_the_action_at_it_tags_releases_uploads_pushes_the_packages_and_moves_the_major_tag_last()
    {
        var plan = Plan("v1.4.2");

        Assert.Equal(
            [typeof(PushImage), typeof(CommitActionManifest), typeof(CreateTag), typeof(CreateRelease), typeof(UploadAsset), typeof(UploadAsset), typeof(UploadAsset), typeof(PushPackage), typeof(PushPackage), typeof(MoveFloatingTag)],
            plan.Steps.Select(s => s.GetType()));
        Assert.Equal("ghcr.io/org/ecr-login:1.4.2", plan.Image);
        Assert.Equal("v1", plan.Steps.OfType<MoveFloatingTag>().Single().Tag);
        Assert.Equal("v1.4.2", plan.Steps.OfType<CreateTag>().Single().Tag);
        Assert.Equal(["a/EcrCi.Core.1.4.2.nupkg", "a/EcrCi.Core.1.4.2.snupkg", "b/Cake.EcrCi.1.4.2.nupkg"], plan.Steps.OfType<UploadAsset>().Select(u => u.Path));
        Assert.Equal(["a/EcrCi.Core.1.4.2.nupkg", "b/Cake.EcrCi.1.4.2.nupkg"], plan.Steps.OfType<PushPackage>().Select(p => p.Path));
        Assert.All(plan.Steps.OfType<PushPackage>(), p => Assert.Equal("https://feed.invalid/v3/index.json", p.Source));
    }

    [Fact]
    public void A_prerelease_is_marked_so_and_moves_no_tag()
    {
        var plan = Plan("v1.5.0-rc.1");

        Assert.DoesNotContain(plan.Steps, s => s is MoveFloatingTag);
        Assert.True(plan.Steps.OfType<CreateRelease>().Single().Prerelease);
    }

    [Fact]
    public void The_manifest_commit_changes_only_the_image_line()
    {
        var commit = Plan("v1.4.2").Steps.OfType<CommitActionManifest>().Single();

        Assert.Equal(Manifest.Replace("image: Dockerfile", "image: 'docker://ghcr.io/org/ecr-login:1.4.2'", StringComparison.Ordinal), commit.Manifest);
        Assert.Equal("0123456789abcdef0123", commit.ParentSha);
    }

    [Fact]
    public void A_manifest_without_an_image_line_is_refused()
    {
        Assert.Throws<InvalidOperationException>(() => ReleasePlan.PointAtImage("runs:\n  using: node20\n", "x:1"));
    }

    [Fact]
    public void Every_step_describes_the_call_it_would_make()
    {
        var descriptions = Plan("v1.4.2").Steps.Select(s => s.Describe()).ToList();

        Assert.Contains("docker push ghcr.io/org/ecr-login:1.4.2", descriptions);
        Assert.Contains(descriptions, d => d.StartsWith("PATCH /repos/{repo}/git/refs/tags/v1 ", StringComparison.Ordinal));
        Assert.Contains(descriptions, d => d.Contains("name=EcrCi.Core.1.4.2.nupkg", StringComparison.Ordinal));
        Assert.Contains("dotnet nuget push EcrCi.Core.1.4.2.nupkg --source https://feed.invalid/v3/index.json --skip-duplicate (API key from NUGET_API_KEY)", descriptions);
    }
}
