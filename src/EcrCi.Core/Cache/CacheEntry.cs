using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using EcrCi.Secrets;
using EcrCi.Tokens;

namespace EcrCi.Cache;

/// <summary>
/// The tokens of one cache key (one registry, or the caller's own account), when they were
/// fetched, and when the earliest of them expires.
/// </summary>
/// <param name="IssuedAt">When the tokens were fetched (by the cache's clock).</param>
/// <param name="Tokens">The tokens as ECR answered them (at least one).</param>
internal sealed record CacheEntry(DateTimeOffset IssuedAt, IReadOnlyList<AuthorizationToken> Tokens)
{
    public DateTimeOffset ExpiresAt => Tokens.Min(t => t.ExpiresAt);

    /// <summary>True while the clock is before the expiry less the margin.</summary>
    public bool IsFreshAt(DateTimeOffset now, TimeSpan margin) => now < ExpiresAt - margin;
}

/// <summary>
/// One token as the file stores it. Printing it shows no password (<see cref="Secret.Mask"/>
/// in its place); the token cache registers a served token with its operation's redactor.
/// </summary>
internal sealed record CachedToken(
    string Host,
    string Username,
    string Password,
    [property: JsonConverter(typeof(UtcStampConverter))] DateTimeOffset ExpiresAt,
    string? AccountId = null,
    string? Region = null,
    string? ProxyEndpoint = null)
{
    public static CachedToken From(AuthorizationToken token) =>
        new(token.Host, token.Username, token.Password.Reveal(), token.ExpiresAt, token.AccountId, token.Region, token.ProxyEndpoint?.ToString());

    public AuthorizationToken ToToken()
    {
        return new(Host, Username, new Secret(Password), ExpiresAt)
        {
            AccountId = AccountId,
            Region = Region,
            ProxyEndpoint = ProxyEndpoint is null ? null : new Uri(ProxyEndpoint),
        };
    }

    /// <summary>The members for the record's <see cref="object.ToString"/>, with the password masked.</summary>
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append(CultureInfo.InvariantCulture,
            $"Host = {Host}, Username = {Username}, Password = {Secret.Mask}, ExpiresAt = {ExpiresAt:O}, AccountId = {AccountId}, Region = {Region}, ProxyEndpoint = {ProxyEndpoint}");
        return true;
    }
}
