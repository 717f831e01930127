namespace EcrCi.Nuke;

/// <summary>Settings of <see cref="EcrTasks.EcrGetAuthorizationToken(EcrGetAuthorizationTokenSettings?)"/>: registries and AWS access.</summary>
public sealed record EcrGetAuthorizationTokenSettings : EcrSettings;

/// <summary>Settings of <see cref="EcrTasks.EcrGetLoginPassword(EcrGetLoginPasswordSettings?)"/>: at most one registry, and AWS access.</summary>
public sealed record EcrGetLoginPasswordSettings : EcrSettings;
