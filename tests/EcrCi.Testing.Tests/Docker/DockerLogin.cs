namespace EcrCi.Testing.Tests;

/// <summary>A throwaway <c>DOCKER_CONFIG</c> folder, so tests never touch the user's Docker logins.</summary>
internal sealed class DockerLogin : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("ecr-login-docker-config-");

    public Dictionary<string, string?> Environment => new() { ["DOCKER_CONFIG"] = folder.FullName };

    public string ConfigFile => Path.Combine(folder.FullName, "config.json");

    /// <summary>Logs in the way the product does: the password on standard input only.</summary>
    public Task<CommandResult> LoginAsync(string host, string username, string password) =>
        DockerEngine.RunAsync(["login", host, "--username", username, "--password-stdin"], password, Environment);

    public Task<CommandResult> RunAsync(params string[] arguments) => DockerEngine.RunAsync(arguments, null, Environment);

    public void Dispose() => folder.Delete(recursive: true);
}
