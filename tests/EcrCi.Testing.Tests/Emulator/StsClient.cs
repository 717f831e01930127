using System.Xml.Linq;

namespace EcrCi.Testing.Tests;

/// <summary>Sends STS query-protocol calls to an emulator, signed with <see cref="SigV4TestSigner"/> when a key is given.</summary>
internal static class StsClient
{
    public static readonly XNamespace Sts = "https://sts.amazonaws.com/doc/2011-06-15/";

    public static async Task<(int Status, XDocument Body)> CallAsync(EcrEmulator emulator, SigV4Credential? signer, Dictionary<string, string> parameters, string service = "sts")
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, emulator.StsEndpoint)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>(parameters) { ["Version"] = "2011-06-15" }),
        };
        if (signer is not null)
            await new SigV4TestSigner(signer, "eu-west-1", service).SignAsync(request);
        using var response = await http.SendAsync(request);
        return ((int)response.StatusCode, XDocument.Parse(await response.Content.ReadAsStringAsync()));
    }

    public static Task<(int Status, XDocument Body)> AssumeRoleAsync(
        EcrEmulator emulator, SigV4Credential? signer, string roleArn, string session = "ci", string? externalId = null, string? duration = null)
    {
        var parameters = new Dictionary<string, string> { ["Action"] = "AssumeRole", ["RoleArn"] = roleArn, ["RoleSessionName"] = session };
        if (externalId is not null)
            parameters["ExternalId"] = externalId;
        if (duration is not null)
            parameters["DurationSeconds"] = duration;
        return CallAsync(emulator, signer, parameters);
    }

    public static string Code(this XDocument body) => body.Descendants(Sts + "Code").Single().Value;

    public static string Value(this XDocument body, string name) => body.Descendants(Sts + name).Single().Value;

    public static SigV4Credential Credentials(this XDocument body) =>
        new(body.Value("AccessKeyId"), body.Value("SecretAccessKey"), body.Value("SessionToken"));
}
