namespace EcrCi.Testing;

/// <summary>Who an issued access key stands for: the source label, the account and the caller's ARN and user id.</summary>
internal sealed record KeyIdentity(string Label, string Account, string Arn, string UserId);
