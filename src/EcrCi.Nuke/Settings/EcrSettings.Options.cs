using EcrCi.Logging;
using EcrCi.Tokens;

namespace EcrCi.Nuke;

public abstract partial record EcrSettings
{
    /// <summary>The core's options for these settings; unset values keep the core's defaults.</summary>
    internal EcrLoginOptions ToOptions(IEcrLogger logger)
    {
        var defaults = RetrySettings.Default;
        var attemptTimeout = AttemptTimeout ?? defaults.AttemptTimeout;
        return new EcrLoginOptions
        {
            Registries = [.. Registries],
            Region = Region,
            Public = Public,
            Profile = Profile,
            EndpointUrl = EndpointUrl,
            UseFips = Fips,
            UseDualStack = DualStack,
            Proxy = Proxy,
            Retry = defaults with
            {
                MaxAttempts = RetryAttempts ?? defaults.MaxAttempts,
                AttemptTimeout = attemptTimeout,
                Deadline = RetryDeadline ?? (attemptTimeout > defaults.Deadline ? attemptTimeout : defaults.Deadline),
            },
            Logger = logger,
        };
    }
}
