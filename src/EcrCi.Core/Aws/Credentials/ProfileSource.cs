namespace EcrCi.Aws.Credentials;

/// <summary>The profile AWS_PROFILE names, else <c>default</c>, when it holds credentials; a named profile that does not exist is an error.</summary>
internal sealed class ProfileSource : CredentialSource
{
    public override string Name => "the shared config and credentials files (AWS_PROFILE, else the default profile)";

    public override async Task<ResolvedCredentials?> TryResolveAsync(CredentialContext context, Action<string> absent, CancellationToken cancellationToken)
    {
        var named = context.Environment.Get("AWS_PROFILE");
        var name = named ?? "default";
        var profile = context.Files.Profile(name);
        if (profile is null && named is null)
        {
            absent($"no default profile in {context.Files.Describe()}");
            return null;
        }

        if (profile is not null && !ProfileCredentials.HoldsCredentials(profile))
        {
            absent($"the profile '{name}' holds no credentials");
            return null;
        }

        return await ProfileCredentials.ResolveAsync(context, name, [], cancellationToken);
    }
}
