namespace EcrCi.Errors;

/// <summary>What went wrong, so that front ends and scripts can react without parsing text.</summary>
public enum EcrErrorKind
{
    /// <summary>An input was refused before any network call (registry, region, option).</summary>
    InvalidInput,

    /// <summary>No AWS credentials were found in any source.</summary>
    NoCredentials,

    /// <summary>The identity lacks a permission (the message names it).</summary>
    AccessDenied,

    /// <summary>The access key is unknown or the secret key does not match it.</summary>
    InvalidCredentials,

    /// <summary>Temporary credentials have expired.</summary>
    ExpiredCredentials,

    /// <summary>The machine's clock is too far from AWS's time for a signature to be accepted.</summary>
    ClockSkew,

    /// <summary>ECR kept throttling after every retry.</summary>
    Throttled,

    /// <summary>ECR kept failing with server errors after every retry.</summary>
    ServiceUnavailable,

    /// <summary>The network failed (DNS, connection, TLS, proxy) after every retry.</summary>
    Network,

    /// <summary>An attempt or the whole operation ran out of time.</summary>
    Timeout,

    /// <summary>ECR answered with something this tool cannot read.</summary>
    MalformedResponse,

    /// <summary>ECR refused the request for another reason (the message has ECR's words).</summary>
    ServiceError,

    /// <summary>The container client (docker, podman, nerdctl, finch) was not found.</summary>
    ContainerClientMissing,

    /// <summary>The container client's login or logout failed.</summary>
    ContainerClientFailed,
}
