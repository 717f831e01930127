// Takes only the password (like `aws ecr get-login-password`) from the environment's defaults,
// hands it to `docker login --password-stdin` through Cake's process runner, pushes, logs out.
#addin nuget:?package=Cake.EcrCi&version=%ADDIN_VERSION%&loaddependencies=true

var registry = Argument<string>("registry");
var image = Argument<string>("image");

void Docker(ProcessSettings settings)
{
    var exitCode = StartProcess("docker", settings);
    if (exitCode != 0)
    {
        throw new CakeException($"docker {settings.Arguments.RenderSafe()} exited with {exitCode}");
    }
}

Task("Push").Does(() =>
{
    var password = EcrGetLoginPassword();
    Docker(new ProcessSettings
    {
        Arguments = new ProcessArgumentBuilder().Append("login").Append("--username").Append("AWS").Append("--password-stdin").Append(registry),
        StandardInput = password,
    });
    Docker(new ProcessSettings { Arguments = new ProcessArgumentBuilder().Append("push").Append(image) });
    Information("Pushed {0}", image);
    EcrLogout(new[] { registry });
});

RunTarget("Push");
