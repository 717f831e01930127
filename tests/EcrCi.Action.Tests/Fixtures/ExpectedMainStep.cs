namespace EcrCi.Action.Tests.Fixtures;

/// <summary>A registry the main step is expected to log in to.</summary>
internal sealed record ExpectedRegistry(string Host, string AccountId);

/// <summary>What a successful main step is expected to have done; the defaults are the action's defaults on the host.</summary>
/// <param name="Registries">The registries it logged in to, in input order.</param>
internal sealed record ExpectedMainStep(IReadOnlyList<ExpectedRegistry> Registries)
{
    /// <summary>Whether the registry password is masked (<c>mask-password</c>, on by default); when off, a warning says so.</summary>
    public bool PasswordMasked { get; init; } = true;

    /// <summary>Whether the Docker config was exported to later host steps (<c>export-docker-config</c>).</summary>
    public bool DockerConfigExported { get; init; }

    /// <summary>Whether the registries are kept in the state for the post step to log out of (off with <c>skip-logout</c>).</summary>
    public bool LogoutPlanned { get; init; } = true;

    /// <summary>Whether the step ran as the runner's container (paths under <c>/github</c>).</summary>
    public bool InContainer { get; init; }

    /// <summary>The role the step assumed, when it did (see <see cref="RoleExpectations.AssertRoleMasked"/>).</summary>
    public AssumedRoleSeen? Role { get; init; }
}
