namespace EcrCi.Testing;

/// <summary>One request an <see cref="EcrEmulator"/> answered, as kept in <see cref="EcrEmulator.Requests"/>.</summary>
/// <param name="Target">The <c>X-Amz-Target</c> header; empty when absent.</param>
/// <param name="AccessKeyId">The access key id of the signature's scope; <see langword="null"/> when the request was not signed readably.</param>
/// <param name="Region">The region of the signature's scope; <see langword="null"/> when the request was not signed readably.</param>
/// <param name="RegistryIds">The <c>registryIds</c> of a valid private request body; empty otherwise.</param>
/// <param name="StatusCode">The HTTP status of the answer.</param>
public sealed record EcrEmulatorRequest(
    string Target,
    string? AccessKeyId,
    string? Region,
    IReadOnlyList<string> RegistryIds,
    int StatusCode)
{
    /// <summary>The call's <c>User-Agent</c> header, empty when it had none.</summary>
    public string UserAgent { get; init; } = string.Empty;

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append($"Target = {Target}, AccessKeyId = {AccessKeyId}, Region = {Region}, RegistryIds = [{string.Join(", ", RegistryIds)}], StatusCode = {StatusCode}");
        return true;
    }
}
