using System.Text;
using EcrCi.Cache;
using EcrCi.Secrets;
using EcrCi.Tokens;

namespace EcrCi.Tests.Cache;

/// <summary>The cache file keeps its format, and files that are not this version's are told apart.</summary>
public class CacheDocumentFormatSpecs
{
    private static readonly DateTimeOffset Issued = new(2026, 1, 31, 11, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_file_is_indented_JSON_with_sorted_keys_UTC_stamps_and_no_empty_members()
    {
        var document = new CacheDocument();
        var token = new AuthorizationToken("public.ecr.aws", "AWS", new Secret("pw"), Issued.AddHours(12)) { Region = "us-east-1" };
        document.Entries["b"] = new CacheEntry(Issued, [token]);
        document.Entries["a"] = new CacheEntry(Issued.ToOffset(TimeSpan.FromHours(2)), [token with { AccountId = "123456789012", ProxyEndpoint = new Uri("https://x.example") }]);

        var text = Encoding.UTF8.GetString(document.ToBytes()).ReplaceLineEndings("\n");

        Assert.Equal("""
            {
              "format": "ecr-login-token-cache",
              "version": 1,
              "entries": {
                "a": {
                  "issuedAt": "2026-01-31T11:00:00.0000000Z",
                  "tokens": [
                    {
                      "host": "public.ecr.aws",
                      "username": "AWS",
                      "password": "pw",
                      "expiresAt": "2026-01-31T23:00:00.0000000Z",
                      "accountId": "123456789012",
                      "region": "us-east-1",
                      "proxyEndpoint": "https://x.example/"
                    }
                  ]
                },
                "b": {
                  "issuedAt": "2026-01-31T11:00:00.0000000Z",
                  "tokens": [
                    {
                      "host": "public.ecr.aws",
                      "username": "AWS",
                      "password": "pw",
                      "expiresAt": "2026-01-31T23:00:00.0000000Z",
                      "region": "us-east-1"
                    }
                  ]
                }
              }
            }

            """, text);
        var read = CacheDocument.Parse(document.ToBytes());
        Assert.Equal(["a", "b"], read.Entries.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Issued, read.Entries["a"].IssuedAt);
        Assert.Equal("pw", read.Entries["a"].Tokens[0].Password.Reveal());
    }

    [Fact]
    public void A_newer_version_is_recognised_even_when_its_entries_have_another_shape()
    {
        var error = Assert.Throws<NewerCacheFormatException>(() => CacheDocument.Parse("""{"format":"ecr-login-token-cache","version":2,"entries":[1,2]}"""u8));

        Assert.Equal(2, error.Version);
    }

    [Theory]
    [InlineData("""{"format":"something-else","version":1}""")]
    [InlineData("""{"version":1,"entries":{}}""")]
    [InlineData("""{"format":"ecr-login-token-cache","version":0}""")]
    [InlineData("""{"format":"ecr-login-token-cache","version":1,"entries":{"k":{"issuedAt":"2026-01-31T11:00:00Z","tokens":[]}}}""")]
    [InlineData("""{"format":"ecr-login-token-cache","version":1,"entries":{"k":{"issuedAt":"2026-01-31T11:00:00Z","tokens":[{"host":"h","username":"AWS"}]}}}""")]
    [InlineData("""{"format":"ecr-login-token-cache","version":1,"entries":{"k":{"issuedAt":"yesterday","tokens":[{"host":"h","username":"AWS","password":"p","expiresAt":"2026-01-31T11:00:00Z"}]}}}""")]
    [InlineData("""[1]""")]
    [InlineData("""{ "format": """)]
    public void A_foreign_or_damaged_file_is_refused_as_invalid(string content)
    {
        Assert.Throws<InvalidDataException>(() => CacheDocument.Parse(Encoding.UTF8.GetBytes(content)));
    }
}
