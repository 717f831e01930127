// Asks for a registry that is not an account id: EcrLogin must fail before any call, with the core's message.
#addin nuget:?package=Cake.EcrCi&version=%ADDIN_VERSION%&loaddependencies=true

Task("Login").Does(() =>
{
    EcrLogin(new EcrLoginSettings { Registries = { "12345" }, Region = "eu-west-1" });
    Information("not reached");
});

RunTarget("Login");
