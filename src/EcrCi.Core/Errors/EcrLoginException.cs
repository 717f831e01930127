namespace EcrCi.Errors;

/// <summary>
/// The one exception type of the core. Its message says what was wrong and how to fix it,
/// and never holds a secret.
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

    /// <summary>The AWS error code when the failure came from AWS (for example <c>AccessDeniedException</c>).</summary>
    public string? AwsErrorCode { get; init; }

    /// <summary>How many attempts were made when the failure came after retries; otherwise 0.</summary>
    public int Attempts { get; init; }

    internal static EcrLoginException Input(string message) => new(EcrErrorKind.InvalidInput, message);
}
