// Logs in with whatever the default credential chain finds (the spec sets up a profile).
#addin nuget:?package=Cake.EcrCi&version=%ADDIN_VERSION%&loaddependencies=true

Task("Login").Does(() =>
{
    EcrLogin(new EcrLoginSettings { Registries = { "111111111111" } });
});

RunTarget("Login");
