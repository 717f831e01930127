namespace EcrCi.Testing;

/// <summary>One STS call an <see cref="EcrEmulator"/> received, as kept in <see cref="EcrEmulator.StsRequests"/>.</summary>
/// <param name="Action">The <c>Action</c> parameter, such as <c>AssumeRole</c>; empty when absent.</param>
/// <param name="RoleArn">The <c>RoleArn</c> parameter, when sent.</param>
/// <param name="SignerLabel">The source label of the key that validly signed the call; <see langword="null"/> when unsigned or not valid.</param>
/// <param name="ExternalId">The <c>ExternalId</c> parameter, when sent.</param>
/// <param name="Policy">The inline session policy (<c>Policy</c>), when sent.</param>
/// <param name="PolicyArns">The managed session policies (<c>PolicyArns.member.N.arn</c>), in member order.</param>
/// <param name="SessionName">The <c>RoleSessionName</c> parameter, when sent.</param>
/// <param name="DurationSeconds">The <c>DurationSeconds</c> parameter, when sent as a number.</param>
public sealed record StsCall(
    string Action,
    string? RoleArn,
    string? SignerLabel,
    string? ExternalId,
    string? Policy,
    IReadOnlyList<string> PolicyArns,
    string? SessionName,
    int? DurationSeconds)
{
    /// <summary>The call's <c>User-Agent</c> header, empty when it had none.</summary>
    public string UserAgent { get; init; } = string.Empty;

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append($"Action = {Action}, RoleArn = {RoleArn}, SignerLabel = {SignerLabel}, ExternalId = {ExternalId}, Policy = {Policy}, ")
            .Append($"PolicyArns = [{string.Join(", ", PolicyArns)}], SessionName = {SessionName}, DurationSeconds = {DurationSeconds}");
        return true;
    }
}
