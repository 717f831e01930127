using System.Text;
using EcrCi.Tokens;

namespace EcrCi.DockerConfig;

/// <summary>
/// The <c>auth</c> form of a registry credential: base64 of <c>user:password</c> in UTF-8. It is
/// what Docker stores in a config's <c>auths</c> entries and what ECR issues as
/// <c>authorizationToken</c>, so it is as secret as the password and is redacted and masked too.
/// </summary>
internal static class DockerAuth
{
    public static string Encode(string username, string password) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{username}:{password}"));

    public static string Encode(AuthorizationToken token) => Encode(token.Username, token.Password.Reveal());
}
