// Benchmark script: the same script runs with --login=true (EcrLogin to one registry) and
// --login=false (a bare run that still loads the addin), so the difference is the login's cost.
#addin nuget:?package=Cake.EcrCi&version=%ADDIN_VERSION%&loaddependencies=true

var account = Argument<string>("account");
var login = Argument<bool>("login", false);

Task("Default").Does(() =>
{
    if (login)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        EcrLogin(new EcrLoginSettings { Registries = { account } });
        Information("EcrLogin took {0} ms", clock.Elapsed.TotalMilliseconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture));
    }
});

RunTarget("Default");
