using EcrCi.Logging;

namespace EcrCi.Nuke;

public abstract partial record EcrSettings
{
    /// <summary>The core's options for these settings: a plain mapping, unset stays unset (the core decides the default).</summary>
    internal EcrAuthOptions ToOptions(IEcrLogger logger) => new()
    {
        FrontEnd = "nuke",
        Registries = [.. Registries],
        Region = Region,
        Public = Public,
        Profile = Profile,
        RoleToAssume = RoleToAssume,
        WebIdentityTokenFile = WebIdentityTokenFile,
        RoleSessionName = RoleSessionName,
        RoleDuration = RoleDuration,
        RoleChaining = RoleChaining,
        RoleExternalId = RoleExternalId,
        InlineSessionPolicy = InlineSessionPolicy,
        ManagedSessionPolicies = ManagedSessionPolicies is null ? null : [.. ManagedSessionPolicies],
        AllowedAccountIds = AllowedAccountIds is null ? null : [.. AllowedAccountIds],
        EndpointUrl = EndpointUrl,
        UseFips = Fips,
        UseDualStack = DualStack,
        Proxy = Proxy,
        RetryAttempts = RetryAttempts,
        RetryMode = RetryMode,
        AttemptTimeout = AttemptTimeout,
        RetryDeadline = RetryDeadline,
        Logger = logger,
    };
}
