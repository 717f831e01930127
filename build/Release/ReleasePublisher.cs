using Octokit;

namespace EcrCi.Build.Release;

/// <summary>Makes a <see cref="ReleasePlan"/>'s calls on GitHub.</summary>
internal sealed class ReleasePublisher(GitHubClient client, string owner, string name, string? nugetApiKey)
{
    private string? manifestCommit;
    private Octokit.Release? release;

    public async Task PublishAsync(ReleasePlan plan)
    {
        foreach (var step in plan.Steps)
        {
            Console.WriteLine($"  -> {step.Describe()}");
            await (step switch
            {
                PushImage push => PushImageAsync(push),
                CommitActionManifest commit => CommitAsync(commit, plan.Version),
                CreateTag tag => client.Git.Reference.Create(owner, name, new NewReference($"refs/tags/{tag.Tag}", ManifestCommit)),
                CreateRelease create => CreateReleaseAsync(create),
                UploadAsset asset => UploadAsync(asset),
                PushPackage push => NuGetPusher.PushAsync(push, nugetApiKey),
                MoveFloatingTag floating => MoveAsync(floating),
                _ => throw new InvalidOperationException($"unknown release step {step}"),
            });
        }
    }

    private string ManifestCommit => manifestCommit ?? throw new InvalidOperationException("the manifest commit was not made");

    private static async Task PushImageAsync(PushImage push)
    {
        if (await Machine.RunAsync("docker", ["push", push.Image], Machine.WithoutSecrets) != 0)
        {
            throw new InvalidOperationException($"docker push {push.Image} failed: build it with the image target and log in to the registry first");
        }
    }

    private async Task CommitAsync(CommitActionManifest step, ReleaseVersion version)
    {
        var parent = await client.Git.Commit.Get(owner, name, step.ParentSha);
        var blob = await client.Git.Blob.Create(owner, name, new NewBlob { Content = step.Manifest, Encoding = EncodingType.Utf8 });
        var tree = new NewTree { BaseTree = parent.Tree.Sha };
        tree.Tree.Add(new NewTreeItem { Path = "action.yml", Mode = "100644", Type = TreeType.Blob, Sha = blob.Sha });
        var newTree = await client.Git.Tree.Create(owner, name, tree);
        var commit = await client.Git.Commit.Create(owner, name, new NewCommit($"Release {version.Tag}: action.yml uses the prebuilt image", newTree.Sha, step.ParentSha));
        manifestCommit = commit.Sha;
    }

    private async Task CreateReleaseAsync(CreateRelease step) =>
        release = await client.Repository.Release.Create(owner, name, new NewRelease(step.Tag) { Name = step.Name, Body = step.Notes, Prerelease = step.Prerelease });

    private async Task UploadAsync(UploadAsset step)
    {
        await using var content = File.OpenRead(step.Path);
        await client.Repository.Release.UploadAsset(release ?? throw new InvalidOperationException("the release was not created"),
            new ReleaseAssetUpload(Path.GetFileName(step.Path), "application/octet-stream", content, null));
    }

    private async Task MoveAsync(MoveFloatingTag step)
    {
        try
        {
            await client.Git.Reference.Update(owner, name, $"tags/{step.Tag}", new ReferenceUpdate(ManifestCommit, force: true));
        }
        catch (NotFoundException)
        {
            await client.Git.Reference.Create(owner, name, new NewReference($"refs/tags/{step.Tag}", ManifestCommit));
        }
    }
}
