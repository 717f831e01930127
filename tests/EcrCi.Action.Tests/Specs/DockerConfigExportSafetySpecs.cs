using EcrCi.Action.Tests.Fixtures;
using EcrCi.Action.Tests.Simulation;
using EcrCi.Action.Unix;
using static EcrCi.Action.Tests.Fixtures.DockerConfigChecks;

namespace EcrCi.Action.Tests.Specs;

/// <summary>
/// With export-docker-config the step runs as root in a folder the runner's user (so any earlier
/// step) can write: a planted <c>.docker</c> link, a <c>.docker</c> of another user, or a link in
/// it is refused before any login, with an error naming the path, and what it points to keeps
/// its mode and owner; the post step checks again. The specs run as root and use uid 1003 as
/// the other user.
/// </summary>
[Collection(ActionWorldCollection.Name)]
public class DockerConfigExportSafetySpecs(ActionWorld world)
{
    private const uint OtherUser = 1003;
    private const UnixFileMode OpenFolder = (UnixFileMode)0b111_101_101;
    private const UnixFileMode OpenFile = (UnixFileMode)0b110_100_100;

    [Fact]
    public async Task A_docker_folder_planted_as_a_link_to_another_users_folder_is_refused_and_the_target_keeps_its_mode_and_owner()
    {
        using var job = ExportingJob();
        var target = OtherUsersFolder(job);
        Directory.CreateSymbolicLink(job.DockerConfigFolder, target);

        var result = await RefusedAsync(job, job.DockerConfigFolder, "is a symbolic link");

        AssertUntouched(target);
        Assert.Equal(["secret.txt"], Directory.GetFileSystemEntries(target).Select(Path.GetFileName));
        Assert.All(result.RawFiles, Assert.Empty);
    }

    [Fact]
    public async Task A_docker_folder_owned_by_another_user_is_refused_and_left_as_it_is()
    {
        using var job = ExportingJob();
        var folder = OtherUsersFolder(job, job.DockerConfigFolder);

        await RefusedAsync(job, job.DockerConfigFolder, $"is owned by uid {OtherUser}");

        AssertUntouched(folder);
    }

    [Fact]
    public async Task A_folder_link_inside_the_docker_folder_is_refused_and_never_followed()
    {
        using var job = ExportingJob();
        var target = OtherUsersFolder(job);
        Directory.CreateDirectory(job.DockerConfigFolder);
        var link = Path.Combine(job.DockerConfigFolder, "buildx");
        Directory.CreateSymbolicLink(link, target);

        await RefusedAsync(job, link, "is a symbolic link");

        AssertUntouched(target);
    }

    [Fact]
    public async Task A_config_json_linked_to_another_users_file_is_refused_and_the_file_keeps_its_owner()
    {
        using var job = ExportingJob();
        var target = OtherUsersFolder(job);
        Directory.CreateDirectory(job.DockerConfigFolder);
        var link = Path.Combine(job.DockerConfigFolder, "config.json");
        File.CreateSymbolicLink(link, Path.Combine(target, "secret.txt"));

        await RefusedAsync(job, link, "is a symbolic link");

        AssertUntouched(target);
    }

    [Fact]
    public async Task The_post_step_refuses_a_docker_folder_replaced_by_a_link_after_the_main_step_and_changes_nothing()
    {
        using var job = ExportingJob();
        (await StepRunner.InProcessAsync(job)).EnsureSucceeded();
        AssertHandedToRunnerUser(job.DockerConfigFolder);
        Directory.Move(job.DockerConfigFolder, job.DockerConfigFolder + ".moved");
        var target = OtherUsersFolder(job);
        Directory.CreateSymbolicLink(job.DockerConfigFolder, target);

        var post = await StepRunner.InProcessAsync(job, ActionStage.Post);

        Assert.Equal(1, post.ExitCode);
        var error = Assert.Single(post.Errors);
        Assert.Contains($"{job.DockerConfigFolder} is a symbolic link", error, StringComparison.Ordinal);
        AssertUntouched(target);
        Assert.Equal(["secret.txt"], Directory.GetFileSystemEntries(target).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_second_export_in_the_same_job_accepts_the_folder_the_first_handed_to_the_runners_user()
    {
        using var job = ExportingJob();
        (await StepRunner.InProcessAsync(job)).EnsureSucceeded();

        (await StepRunner.InProcessAsync(job)).EnsureSucceeded();

        AssertHandedToRunnerUser(job.DockerConfigFolder);
    }

    private SimulatedJob ExportingJob()
    {
        var job = world.NewJob(ActionWorld.FirstAccount);
        job.With["export-docker-config"] = "true";
        return job;
    }

    private async Task<StepResult> RefusedAsync(SimulatedJob job, string path, string why)
    {
        var calls = world.Emulator.PrivateCalls;

        var result = await StepRunner.InProcessAsync(job);

        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(result.Errors);
        Assert.Contains($"{path} {why}", error, StringComparison.Ordinal);
        Assert.Contains("export-docker-config", error, StringComparison.Ordinal);
        Assert.Equal(calls, world.Emulator.PrivateCalls);
        return result;
    }

    /// <summary>A folder (0755) holding a file (0644), both of another user.</summary>
    private static string OtherUsersFolder(SimulatedJob job, string? path = null)
    {
        var folder = Directory.CreateDirectory(path ?? Path.Combine(job.RunnerTemp, "other-user-" + Guid.NewGuid().ToString("N")[..8])).FullName;
        var file = Path.Combine(folder, "secret.txt");
        File.WriteAllText(file, "not the runner's\n");
        File.SetUnixFileMode(folder, OpenFolder);
        File.SetUnixFileMode(file, OpenFile);
        FileOwnership.SetOwner(folder, OtherUser, OtherUser);
        FileOwnership.SetOwner(file, OtherUser, OtherUser);
        return folder;
    }

    private static void AssertUntouched(string folder)
    {
        var file = Path.Combine(folder, "secret.txt");
        Assert.Equal((OtherUser, OtherUser), FileOwnership.OwnerOf(folder));
        Assert.Equal((OtherUser, OtherUser), FileOwnership.OwnerOf(file));
        Assert.Equal(OpenFolder, File.GetUnixFileMode(folder));
        Assert.Equal(OpenFile, File.GetUnixFileMode(file));
        Assert.Equal("not the runner's\n", File.ReadAllText(file));
    }
}
