namespace EcrCi.Testing;

/// <summary>The two operations the emulator speaks, with what a signature and a policy must name for each.</summary>
internal sealed record EcrOperation(string Target, string Service, bool IsPublic)
{
    public static readonly EcrOperation Private = new("AmazonEC2ContainerRegistry_V20150921.GetAuthorizationToken", "ecr", false);
    public static readonly EcrOperation Public = new("SpencerFrontendService.GetAuthorizationToken", "ecr-public", true);

    /// <summary>The IAM action, as an access-denied message names it.</summary>
    public string Action => $"{Service}:GetAuthorizationToken";

    public static EcrOperation? Find(string target) =>
        target == Private.Target ? Private : target == Public.Target ? Public : null;
}
