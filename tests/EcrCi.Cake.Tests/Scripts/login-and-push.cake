// Logs in to one ECR registry with Cake.EcrCi and pushes an image there.
// The end-to-end tests replace %ADDIN_VERSION% with the version they packed into a local feed.
#addin nuget:?package=Cake.EcrCi&version=%ADDIN_VERSION%&loaddependencies=true

var account = Argument<string>("account");
var image = Argument<string>("image");

Task("Push").Does(() =>
{
    // RetryMode is the core's type: the addin imports its namespace, so a script names it plainly.
    var login = EcrLogin(new EcrLoginSettings { Registries = { account }, RetryMode = RetryMode.Adaptive });
    foreach (var registry in login.Registries)
    {
        Information("Registry {0} as {1} until {2:u}", registry.Host, registry.Username, registry.ExpiresAt);
    }

    var exitCode = StartProcess("docker", new ProcessSettings { Arguments = new ProcessArgumentBuilder().Append("push").Append(image) });
    if (exitCode != 0)
    {
        throw new CakeException($"docker push {image} exited with {exitCode}");
    }

    Information("Pushed {0}", image);
});

RunTarget(Argument("target", "Push"));
