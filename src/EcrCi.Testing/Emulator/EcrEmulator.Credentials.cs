using System.Collections.Concurrent;

namespace EcrCi.Testing;

/// <summary>
/// Labelled keys: every key the emulator accepts knows the credential source it stands for
/// (<c>static</c>, <c>role:&lt;arn&gt;</c>, <c>web-identity:&lt;arn&gt;</c>, <c>sso:&lt;account&gt;/&lt;role&gt;</c>,
/// <c>imds:&lt;role&gt;</c>, <c>container</c> or a label given to <see cref="IssueCredentials"/>), so
/// specs can prove which credential signed an ECR call.
/// </summary>
public sealed partial class EcrEmulator
{
    private readonly ConcurrentDictionary<string, KeyIdentity> identities = new(StringComparer.Ordinal);

    /// <summary>The source label of the key that signed the most recent <c>GetAuthorizationToken</c> call in <see cref="Requests"/>, whatever its answer; <see langword="null"/> before any or when that call was not readably signed.</summary>
    public string? SourceOfLastEcrCall =>
        journal.LastOrDefault(request => EcrOperation.Find(request.Target) is not null) is { AccessKeyId: { } id } ? SourceOf(id) : null;

    /// <summary>Registers a fresh key that ECR and STS calls accept, labelled <paramref name="label"/>.</summary>
    /// <param name="label">The source label that <see cref="SourceOf"/> reports for the key.</param>
    /// <param name="temporary">Whether the key is temporary (an <c>ASIA</c> id with a session token that requests must carry) or long-term.</param>
    /// <param name="account">The account the key belongs to; the default account when null.</param>
    /// <returns>The new key.</returns>
    public SigV4Credential IssueCredentials(string label, bool temporary = true, string? account = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(label);
        var credential = NewKey(temporary);
        account ??= Options.DefaultAccountId;
        Register(credential, new KeyIdentity(label, account, $"arn:aws:iam::{account}:user/ci", UserIdFor(credential)));
        return credential;
    }

    /// <summary>The source label of an accepted key; <see langword="null"/> for an unknown key.</summary>
    /// <param name="accessKeyId">The access key id.</param>
    /// <returns>The label.</returns>
    public string? SourceOf(string accessKeyId) => identities.GetValueOrDefault(accessKeyId)?.Label;

    /// <summary>The account an accepted key belongs to (the role's account for role keys); <see langword="null"/> for an unknown key.</summary>
    /// <param name="accessKeyId">The access key id.</param>
    /// <returns>The 12-digit account id.</returns>
    public string? AccountOf(string accessKeyId) => identities.GetValueOrDefault(accessKeyId)?.Account;

    private static SigV4Credential NewKey(bool temporary) => temporary
        ? new SigV4Credential("ASIA" + RandomText.Create(16, RandomText.UpperAlphanumeric), RandomText.Create(40, RandomText.Alphanumeric), RandomText.Create(120, RandomText.Alphanumeric))
        : SigV4Credential.CreateRandom();

    private static string UserIdFor(SigV4Credential credential) => "AIDA" + credential.AccessKeyId[4..].PadRight(17, 'X')[..17];

    private void Register(SigV4Credential credential, KeyIdentity identity)
    {
        identities[credential.AccessKeyId] = identity;
        credentials[credential.AccessKeyId] = credential;
    }

    /// <summary>Issues a temporary key for an assumed role, labelled <paramref name="label"/>.</summary>
    private (SigV4Credential Credential, KeyIdentity Identity) IssueRoleCredentials(string label, string roleArn, string session)
    {
        var credential = NewKey(temporary: true);
        var roleName = roleArn[(roleArn.LastIndexOf('/') + 1)..];
        var account = AccountOfArn(roleArn);
        var identity = new KeyIdentity(label, account, $"arn:aws:sts::{account}:assumed-role/{roleName}/{session}", $"AROA{RandomText.Create(17, RandomText.UpperAlphanumeric)}:{session}");
        Register(credential, identity);
        return (credential, identity);
    }

    private string AccountOfArn(string arn) => arn.Split(':') is { Length: > 4 } parts && IsAccountId(parts[4]) ? parts[4] : Options.DefaultAccountId;
}
