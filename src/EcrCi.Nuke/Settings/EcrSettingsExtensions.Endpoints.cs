namespace EcrCi.Nuke;

public static partial class EcrSettingsExtensions
{
    /// <summary>Sets <see cref="EcrSettings.EndpointUrl"/>, the ECR API endpoint to call.</summary>
    public static T SetEndpointUrl<T>(this T settings, Uri endpointUrl)
        where T : EcrSettings
    {
        ArgumentNullException.ThrowIfNull(endpointUrl);
        return Copy(settings, s => s with { EndpointUrl = endpointUrl });
    }

    /// <summary>Sets <see cref="EcrSettings.EndpointUrl"/> from an absolute http(s) URL.</summary>
    public static T SetEndpointUrl<T>(this T settings, string endpointUrl)
        where T : EcrSettings => SetEndpointUrl(settings, ParseUrl(endpointUrl, nameof(endpointUrl)));

    /// <summary>Resets <see cref="EcrSettings.EndpointUrl"/>, so AWS_ENDPOINT_URL_ECR or the standard endpoint decides.</summary>
    public static T ResetEndpointUrl<T>(this T settings)
        where T : EcrSettings => Copy(settings, s => s with { EndpointUrl = null });

    /// <summary>Sets <see cref="EcrSettings.Fips"/>.</summary>
    public static T SetFips<T>(this T settings, bool fips)
        where T : EcrSettings => Copy(settings, s => s with { Fips = fips });

    /// <summary>Resets <see cref="EcrSettings.Fips"/>, so AWS_USE_FIPS_ENDPOINT decides.</summary>
    public static T ResetFips<T>(this T settings)
        where T : EcrSettings => Copy(settings, s => s with { Fips = null });

    /// <summary>Enables <see cref="EcrSettings.Fips"/>: FIPS endpoints.</summary>
    public static T EnableFips<T>(this T settings)
        where T : EcrSettings => Copy(settings, s => s with { Fips = true });

    /// <summary>Disables <see cref="EcrSettings.Fips"/>: standard endpoints, whatever AWS_USE_FIPS_ENDPOINT says.</summary>
    public static T DisableFips<T>(this T settings)
        where T : EcrSettings => Copy(settings, s => s with { Fips = false });

    /// <summary>Toggles <see cref="EcrSettings.Fips"/>; an unset value counts as false.</summary>
    public static T ToggleFips<T>(this T settings)
        where T : EcrSettings => Copy(settings, s => s with { Fips = s.Fips != true });

    /// <summary>Sets <see cref="EcrSettings.DualStack"/>.</summary>
    public static T SetDualStack<T>(this T settings, bool dualStack)
        where T : EcrSettings => Copy(settings, s => s with { DualStack = dualStack });

    /// <summary>Resets <see cref="EcrSettings.DualStack"/>, so AWS_USE_DUALSTACK_ENDPOINT decides.</summary>
    public static T ResetDualStack<T>(this T settings)
        where T : EcrSettings => Copy(settings, s => s with { DualStack = null });

    /// <summary>Enables <see cref="EcrSettings.DualStack"/>: dual-stack endpoints.</summary>
    public static T EnableDualStack<T>(this T settings)
        where T : EcrSettings => Copy(settings, s => s with { DualStack = true });

    /// <summary>Disables <see cref="EcrSettings.DualStack"/>: IPv4 endpoints, whatever AWS_USE_DUALSTACK_ENDPOINT says.</summary>
    public static T DisableDualStack<T>(this T settings)
        where T : EcrSettings => Copy(settings, s => s with { DualStack = false });

    /// <summary>Toggles <see cref="EcrSettings.DualStack"/>; an unset value counts as false.</summary>
    public static T ToggleDualStack<T>(this T settings)
        where T : EcrSettings => Copy(settings, s => s with { DualStack = s.DualStack != true });

    /// <summary>Sets <see cref="EcrSettings.Proxy"/>, the HTTP proxy for the AWS calls.</summary>
    public static T SetProxy<T>(this T settings, Uri proxy)
        where T : EcrSettings
    {
        ArgumentNullException.ThrowIfNull(proxy);
        return Copy(settings, s => s with { Proxy = proxy });
    }

    /// <summary>Sets <see cref="EcrSettings.Proxy"/> from an absolute http(s) URL.</summary>
    public static T SetProxy<T>(this T settings, string proxy)
        where T : EcrSettings => SetProxy(settings, ParseUrl(proxy, nameof(proxy)));

    /// <summary>Resets <see cref="EcrSettings.Proxy"/>, so HTTPS_PROXY, HTTP_PROXY and NO_PROXY decide.</summary>
    public static T ResetProxy<T>(this T settings)
        where T : EcrSettings => Copy(settings, s => s with { Proxy = null });
}
