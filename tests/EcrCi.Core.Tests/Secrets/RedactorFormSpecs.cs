using System.Text.Json;
using EcrCi.Secrets;

namespace EcrCi.Tests.Secrets;

public class RedactorFormSpecs
{
    private const string Awkward = "p\"a\\ss/w+rd&=é<x>-long";

    [Fact]
    public void A_secret_is_hidden_in_its_json_escaped_form()
    {
        var redactor = new Redactor();
        redactor.Add(Awkward);
        var json = JsonSerializer.Serialize(new Dictionary<string, string> { ["password"] = Awkward });

        var redacted = redactor.Redact(json);

        Assert.DoesNotContain("ss/w+rd", redacted, StringComparison.Ordinal);
        Assert.Contains("[REDACTED]", redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void A_secret_is_hidden_in_its_url_encoded_forms()
    {
        var redactor = new Redactor();
        redactor.Add(Awkward);

        Assert.Equal("http://ci:[REDACTED]@proxy:3128/", redactor.Redact($"http://ci:{Uri.EscapeDataString(Awkward)}@proxy:3128/"));
        Assert.Equal("form password=[REDACTED]", redactor.Redact($"form password={System.Net.WebUtility.UrlEncode(Awkward)}"));
    }

    [Fact]
    public void A_short_secret_is_hidden_where_it_stands_as_a_whole_value()
    {
        var redactor = new Redactor();
        redactor.Add("ci9");

        Assert.Equal("The proxy 'http://ci:[REDACTED]@proxy:3128/' refused", redactor.Redact("The proxy 'http://ci:ci9@proxy:3128/' refused"));
        Assert.Equal("{\"password\":\"[REDACTED]\"}", redactor.Redact("{\"password\":\"ci9\"}"));
        Assert.Equal("password=[REDACTED]&user=x", redactor.Redact("password=ci9&user=x"));
    }

    [Fact]
    public void A_short_secret_does_not_blank_the_words_that_contain_it()
    {
        var redactor = new Redactor();
        redactor.Add("ci9");
        redactor.Add("AWS");

        Assert.Equal("Logging in to circle9ci9x.example with AWSCLI", redactor.Redact("Logging in to circle9ci9x.example with AWSCLI"));
    }

    [Fact]
    public void A_redacted_text_keeps_the_longest_match_whole()
    {
        var redactor = new Redactor();
        redactor.Add("abcdefgh");
        redactor.Add("abcdefgh-and-more");

        Assert.Equal("x [REDACTED] y", redactor.Redact("x abcdefgh-and-more y"));
    }
}
