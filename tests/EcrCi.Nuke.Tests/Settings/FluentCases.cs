namespace EcrCi.Nuke.Tests.Settings;

/// <summary>Every fluent method of the settings, each once or more.</summary>
public static class FluentCases
{
    private static readonly TimeSpan Seconds7 = TimeSpan.FromSeconds(7);

    public static IReadOnlyDictionary<string, FluentCase> All { get; } = new[]
    {
        Registries("SetRegistries(params)", FluentCase.Empty, s => s.SetRegistries("111111111111", "public.ecr.aws"), "111111111111,public.ecr.aws"),
        Registries("SetRegistries(IEnumerable)", FluentCase.Full, s => s.SetRegistries(new List<string> { "333333333333" }), "333333333333"),
        Registries("AddRegistries(params)", FluentCase.Full, s => s.AddRegistries("333333333333"), "111111111111,222222222222,333333333333"),
        Registries("AddRegistries(IEnumerable)", FluentCase.Empty, s => s.AddRegistries(new List<string> { "333333333333" }), "333333333333"),
        Registries("RemoveRegistries(params)", FluentCase.Full, s => s.RemoveRegistries("111111111111"), "222222222222"),
        Registries("RemoveRegistries(IEnumerable)", FluentCase.Full, s => s.RemoveRegistries(new List<string> { "222222222222", "999999999999" }), "111111111111"),
        Registries("ClearRegistries", FluentCase.Full, s => s.ClearRegistries(), ""),
        Case("SetRegion", FluentCase.Empty, s => s.SetRegion("us-east-1"), s => s.Region, "us-east-1"),
        Case("ResetRegion", FluentCase.Full, s => s.ResetRegion(), s => s.Region, null),
        Case("SetPublic", FluentCase.Empty, s => s.SetPublic(true), Public, "True"),
        Case("ResetPublic", FluentCase.Full, s => s.ResetPublic(), Public, "False"),
        Case("EnablePublic", FluentCase.Empty, s => s.EnablePublic(), Public, "True"),
        Case("DisablePublic", FluentCase.Full, s => s.DisablePublic(), Public, "False"),
        Case("TogglePublic(off)", FluentCase.Empty, s => s.TogglePublic(), Public, "True"),
        Case("TogglePublic(on)", FluentCase.Full, s => s.TogglePublic(), Public, "False"),
        Case("SetProfile", FluentCase.Empty, s => s.SetProfile("release"), s => s.Profile, "release"),
        Case("ResetProfile", FluentCase.Full, s => s.ResetProfile(), s => s.Profile, null),
        Case("SetRoleToAssume", FluentCase.Empty, s => s.SetRoleToAssume("arn:aws:iam::111111111111:role/ci"), s => s.RoleToAssume, "arn:aws:iam::111111111111:role/ci"),
        Case("ResetRoleToAssume", FluentCase.Full, s => s.ResetRoleToAssume(), s => s.RoleToAssume, null),
        Case("SetWebIdentityTokenFile", FluentCase.Empty, s => s.SetWebIdentityTokenFile("/run/token"), s => s.WebIdentityTokenFile, "/run/token"),
        Case("ResetWebIdentityTokenFile", FluentCase.Full, s => s.ResetWebIdentityTokenFile(), s => s.WebIdentityTokenFile, null),
        Case("SetRoleSessionName", FluentCase.Empty, s => s.SetRoleSessionName("build-42"), s => s.RoleSessionName, "build-42"),
        Case("ResetRoleSessionName", FluentCase.Full, s => s.ResetRoleSessionName(), s => s.RoleSessionName, null),
        Case("SetRoleDuration", FluentCase.Empty, s => s.SetRoleDuration(TimeSpan.FromMinutes(30)), s => s.RoleDuration?.ToString(), "00:30:00"),
        Case("ResetRoleDuration", FluentCase.Full, s => s.ResetRoleDuration(), s => s.RoleDuration?.ToString(), null),
        Case("SetRoleChaining", FluentCase.Empty, s => s.SetRoleChaining(true), Chaining, "True"),
        Case("ResetRoleChaining", FluentCase.Full, s => s.ResetRoleChaining(), Chaining, null),
        Case("EnableRoleChaining", FluentCase.Empty, s => s.EnableRoleChaining(), Chaining, "True"),
        Case("DisableRoleChaining", FluentCase.Full, s => s.DisableRoleChaining(), Chaining, "False"),
        Case("ToggleRoleChaining(unset)", FluentCase.Empty, s => s.ToggleRoleChaining(), Chaining, "True"),
        Case("ToggleRoleChaining(on)", FluentCase.Full, s => s.ToggleRoleChaining(), Chaining, "False"),
        Case("SetRoleExternalId", FluentCase.Empty, s => s.SetRoleExternalId("ext-2"), s => s.RoleExternalId, "ext-2"),
        Case("ResetRoleExternalId", FluentCase.Full, s => s.ResetRoleExternalId(), s => s.RoleExternalId, null),
        Case("SetInlineSessionPolicy", FluentCase.Empty, s => s.SetInlineSessionPolicy("{\"Version\":\"2012-10-17\"}"), s => s.InlineSessionPolicy, "{\"Version\":\"2012-10-17\"}"),
        Case("ResetInlineSessionPolicy", FluentCase.Full, s => s.ResetInlineSessionPolicy(), s => s.InlineSessionPolicy, null),
        Case("SetManagedSessionPolicies(params)", FluentCase.Full, s => s.SetManagedSessionPolicies("arn:aws:iam::aws:policy/C"), Policies, "arn:aws:iam::aws:policy/C"),
        Case("SetManagedSessionPolicies(IEnumerable)", FluentCase.Empty, s => s.SetManagedSessionPolicies(new List<string> { "arn:aws:iam::aws:policy/C" }), Policies, "arn:aws:iam::aws:policy/C"),
        Case("AddManagedSessionPolicies(params)", FluentCase.Full, s => s.AddManagedSessionPolicies("arn:aws:iam::aws:policy/C"), Policies, "arn:aws:iam::aws:policy/A,arn:aws:iam::aws:policy/B,arn:aws:iam::aws:policy/C"),
        Case("AddManagedSessionPolicies(IEnumerable)", FluentCase.Empty, s => s.AddManagedSessionPolicies(new List<string> { "arn:aws:iam::aws:policy/C" }), Policies, "arn:aws:iam::aws:policy/C"),
        Case("RemoveManagedSessionPolicies", FluentCase.Full, s => s.RemoveManagedSessionPolicies("arn:aws:iam::aws:policy/A"), Policies, "arn:aws:iam::aws:policy/B"),
        Case("ClearManagedSessionPolicies", FluentCase.Full, s => s.ClearManagedSessionPolicies(), Policies, ""),
        Case("SetAllowedAccountIds(params)", FluentCase.Full, s => s.SetAllowedAccountIds("333333333333"), Accounts, "333333333333"),
        Case("SetAllowedAccountIds(IEnumerable)", FluentCase.Empty, s => s.SetAllowedAccountIds(new List<string> { "333333333333" }), Accounts, "333333333333"),
        Case("AddAllowedAccountIds", FluentCase.Full, s => s.AddAllowedAccountIds("333333333333"), Accounts, "111111111111,222222222222,333333333333"),
        Case("RemoveAllowedAccountIds", FluentCase.Full, s => s.RemoveAllowedAccountIds("111111111111"), Accounts, "222222222222"),
        Case("ClearAllowedAccountIds", FluentCase.Full, s => s.ClearAllowedAccountIds(), Accounts, ""),
        Case("SetEndpointUrl(Uri)", FluentCase.Empty, s => s.SetEndpointUrl(new Uri("http://127.0.0.1:9/")), Endpoint, "http://127.0.0.1:9/"),
        Case("SetEndpointUrl(string)", FluentCase.Full, s => s.SetEndpointUrl("https://api.ecr.eu-west-1.amazonaws.com"), Endpoint, "https://api.ecr.eu-west-1.amazonaws.com/"),
        Case("ResetEndpointUrl", FluentCase.Full, s => s.ResetEndpointUrl(), Endpoint, null),
        Case("SetFips", FluentCase.Full, s => s.SetFips(false), s => s.Fips?.ToString(), "False"),
        Case("ResetFips", FluentCase.Full, s => s.ResetFips(), s => s.Fips?.ToString(), null),
        Case("EnableFips", FluentCase.Empty, s => s.EnableFips(), s => s.Fips?.ToString(), "True"),
        Case("DisableFips", FluentCase.Empty, s => s.DisableFips(), s => s.Fips?.ToString(), "False"),
        Case("ToggleFips(unset)", FluentCase.Empty, s => s.ToggleFips(), s => s.Fips?.ToString(), "True"),
        Case("ToggleFips(on)", FluentCase.Full, s => s.ToggleFips(), s => s.Fips?.ToString(), "False"),
        Case("SetDualStack", FluentCase.Empty, s => s.SetDualStack(true), s => s.DualStack?.ToString(), "True"),
        Case("ResetDualStack", FluentCase.Full, s => s.ResetDualStack(), s => s.DualStack?.ToString(), null),
        Case("EnableDualStack", FluentCase.Empty, s => s.EnableDualStack(), s => s.DualStack?.ToString(), "True"),
        Case("DisableDualStack", FluentCase.Full, s => s.DisableDualStack(), s => s.DualStack?.ToString(), "False"),
        Case("ToggleDualStack(unset)", FluentCase.Empty, s => s.ToggleDualStack(), s => s.DualStack?.ToString(), "True"),
        Case("ToggleDualStack(on)", FluentCase.Full, s => s.ToggleDualStack(), s => s.DualStack?.ToString(), "False"),
        Case("SetProxy(Uri)", FluentCase.Empty, s => s.SetProxy(new Uri("http://proxy:3128")), s => s.Proxy?.ToString(), "http://proxy:3128/"),
        Case("SetProxy(string)", FluentCase.Full, s => s.SetProxy("http://user:pw@proxy:8080"), s => s.Proxy?.ToString(), "http://user:pw@proxy:8080/"),
        Case("ResetProxy", FluentCase.Full, s => s.ResetProxy(), s => s.Proxy?.ToString(), null),
        Case("SetRetryAttempts", FluentCase.Empty, s => s.SetRetryAttempts(9), s => s.RetryAttempts?.ToString(), "9"),
        Case("ResetRetryAttempts", FluentCase.Full, s => s.ResetRetryAttempts(), s => s.RetryAttempts?.ToString(), null),
        Case("SetRetryMode", FluentCase.Full, s => s.SetRetryMode(RetryMode.Legacy), s => s.RetryMode?.ToString(), "Legacy"),
        Case("ResetRetryMode", FluentCase.Full, s => s.ResetRetryMode(), s => s.RetryMode?.ToString(), null),
        Case("SetAttemptTimeout", FluentCase.Empty, s => s.SetAttemptTimeout(Seconds7), s => s.AttemptTimeout?.ToString(), "00:00:07"),
        Case("ResetAttemptTimeout", FluentCase.Full, s => s.ResetAttemptTimeout(), s => s.AttemptTimeout?.ToString(), null),
        Case("SetRetryDeadline", FluentCase.Empty, s => s.SetRetryDeadline(Seconds7), s => s.RetryDeadline?.ToString(), "00:00:07"),
        Case("ResetRetryDeadline", FluentCase.Full, s => s.ResetRetryDeadline(), s => s.RetryDeadline?.ToString(), null),
        Case("SetContainerClient", FluentCase.Full, s => s.SetContainerClient(ContainerClient.Docker), s => s.ContainerClient?.Value, "docker"),
        Case("ResetContainerClient", FluentCase.Full, s => s.ResetContainerClient(), s => s.ContainerClient?.Value, null),
        Case("SetContainerClientPath", FluentCase.Empty, s => s.SetContainerClientPath("/opt/docker"), s => s.ContainerClientPath, "/opt/docker"),
        Case("ResetContainerClientPath", FluentCase.Full, s => s.ResetContainerClientPath(), s => s.ContainerClientPath, null),
        Case("SetDockerConfig", FluentCase.Empty, s => s.SetDockerConfig("/ci/.docker"), s => s.DockerConfig, "/ci/.docker"),
        Case("ResetDockerConfig", FluentCase.Full, s => s.ResetDockerConfig(), s => s.DockerConfig, null),
        Case("SetLoginTimeout", FluentCase.Empty, s => s.SetLoginTimeout(Seconds7), s => s.LoginTimeout?.ToString(), "00:00:07"),
        Case("ResetLoginTimeout", FluentCase.Full, s => s.ResetLoginTimeout(), s => s.LoginTimeout?.ToString(), null),
        Case("When(true)", FluentCase.Empty, s => s.When(true, _ => _.SetRegion("eu-north-1").SetRetryAttempts(4)), s => $"{s.Region} {s.RetryAttempts}", "eu-north-1 4"),
    }.ToDictionary(c => c.Method);

    public static TheoryData<string> Names { get; } = [.. All.Keys];

    private static FluentCase Case(string method, EcrLoginSettings start, Func<EcrLoginSettings, EcrLoginSettings> call, Func<EcrLoginSettings, string?> read, string? expected) =>
        new(method, start, call, read, expected);

    private static string? Chaining(EcrLoginSettings s) => s.RoleChaining?.ToString();

    private static string Policies(EcrLoginSettings s) => string.Join(",", s.ManagedSessionPolicies ?? []);

    private static string Accounts(EcrLoginSettings s) => string.Join(",", s.AllowedAccountIds ?? []);

    private static FluentCase Registries(string method, EcrLoginSettings start, Func<EcrLoginSettings, EcrLoginSettings> call, string expected) =>
        new(method, start, call, s => string.Join(",", s.Registries), expected);

    private static string Public(EcrLoginSettings settings) => settings.Public.ToString();

    private static string? Endpoint(EcrLoginSettings settings) => settings.EndpointUrl?.ToString();
}
