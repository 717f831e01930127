namespace EcrCi.Action.Steps;

/// <summary>The role a step assumed, for its outputs and log (never a credential).</summary>
/// <param name="RoleArn">The role's ARN as the input gave it.</param>
/// <param name="OutputCredentials">Whether its temporary credentials become (masked) outputs.</param>
internal sealed record RoleReport(string RoleArn, bool OutputCredentials);
