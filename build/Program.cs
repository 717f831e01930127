using EcrCi.Build;

// One entry point for the repository: `dotnet run --project build -- <target>`.
var target = args.Length > 0 ? args[0] : "help";
return target switch
{
    "demo" => await EcrCi.Build.Demo.DemoTarget.RunAsync(),
    "test" => await TestTarget.RunAsync(args[1..]),
    "prepare" => await Machine.PrepareAsync() ? 0 : 1,
    "pack" => await PackTarget.RunAsync(args[1..]),
    "image" => await ImageTarget.RunAsync(args[1..]),
    "release" => await EcrCi.Build.Release.ReleaseTarget.RunAsync(args[1..]),
    _ => Help(),
};

static int Help()
{
    Console.WriteLine("""
        usage: dotnet run --project build -- <target>

          demo     start the bundled ECR emulator and a local registry (and the Docker engine
                   when none answers), run each front end once (core, CLI, Action with a simulated
                   runner, Nuke-style build, Cake script), push an image each; print what happened
          test     prepare the machine like demo, then run every test; ends with 'N passed, N failed'
          prepare  only install and start what the tests need (Linux, as root)
          pack     NuGet packages of EcrCi.Core, EcrCi.Nuke, Cake.EcrCi and the ecr-login tool
                   (version from git tags; --output DIR, --version X) into artifacts/packages
          image    build the action image from action/Dockerfile (--tag NAME) and report its size
          release  pack the tagged commit from a clean clone (or check the packages in
                   --packages DIR came from it), plan the release and print every call (dry run);
                   --publish with GITHUB_TOKEN and NUGET_API_KEY makes them: image push, action.yml
                   commit pointing at the prebuilt image, tag, GitHub release with the packages,
                   dotnet nuget push of each to NUGET_SOURCE (or --nuget-source),
                   v1 moved; a missing package, token or key stops it before any call
        """);
    return 2;
}
