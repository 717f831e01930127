using EcrCi.Secrets;

namespace EcrCi.Errors;

/// <summary>
/// The one exception type of the core. Its message says what was wrong and how to fix it,
/// and never holds a secret: the secrets of the operation that failed are replaced by
/// <c>[REDACTED]</c> in <see cref="Message"/> and <see cref="ToString"/>, inner exceptions included.
/// </summary>
public sealed class EcrLoginException : Exception
{
    /// <summary>Creates an exception of a kind with an actionable message.</summary>
    public EcrLoginException(EcrErrorKind kind, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
    }

    /// <summary>Creates an <see cref="EcrErrorKind.ServiceError"/> without details (for serializers).</summary>
    public EcrLoginException()
        : this(EcrErrorKind.ServiceError, "Amazon ECR login failed.")
    {
    }

    /// <summary>Creates an <see cref="EcrErrorKind.ServiceError"/> with a message.</summary>
    public EcrLoginException(string message)
        : this(EcrErrorKind.ServiceError, message)
    {
    }

    /// <summary>Creates an <see cref="EcrErrorKind.ServiceError"/> with a message and a cause.</summary>
    public EcrLoginException(string message, Exception innerException)
        : this(EcrErrorKind.ServiceError, message, innerException)
    {
    }

    /// <summary>What went wrong.</summary>
    public EcrErrorKind Kind { get; }

    /// <summary>
    /// The <see cref="EcrAuthOptions"/> property whose value was refused (for example
    /// <c>RetryAttempts</c>), so that a front end can name its own input; null when no single
    /// setting is at fault.
    /// </summary>
    public string? Option { get; init; }

    /// <summary>The AWS error code when the failure came from AWS (for example <c>AccessDeniedException</c>).</summary>
    public string? AwsErrorCode { get; init; }

    /// <summary>How many attempts were made when the failure came after retries; otherwise 0.</summary>
    public int Attempts { get; init; }

    /// <summary>True when the registry itself refused the password (a login that may pass with a freshly fetched token).</summary>
    internal bool RegistryRefusedPassword { get; init; }

    /// <summary>True when the registry or the network failed during a client's login (a 5xx, a reset, a timeout on the way): worth another attempt.</summary>
    internal bool RegistryFailedOnTheWay { get; init; }

    /// <summary>The message, with the failed operation's secrets redacted.</summary>
    public override string Message => Redaction?.Redact(base.Message) ?? base.Message;

    /// <summary>The secrets of the operation this failure belongs to; set once, where the operation ends.</summary>
    internal Redactor? Redaction { get; set; }

    /// <summary>The exception as text (type, message, inner exceptions, stack), with the operation's secrets redacted.</summary>
    public override string ToString() => Redaction?.Redact(base.ToString()) ?? base.ToString();

    internal static EcrLoginException Input(string message) => new(EcrErrorKind.InvalidInput, message);

    internal static EcrLoginException Input(string option, string message) => new(EcrErrorKind.InvalidInput, message) { Option = option };
}
