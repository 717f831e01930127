using System.Formats.Asn1;

namespace EcrCi.Tls;

/// <summary>
/// Reads certificates out of PEM text (or a DER file) without parsing them into the crypto
/// library: each <c>BEGIN CERTIFICATE</c> block's bytes, and a certificate's subject name,
/// found by walking the outer DER alone. <c>BEGIN TRUSTED CERTIFICATE</c> blocks (OpenSSL's
/// auxiliary trust format) are skipped, as .NET skips them.
/// </summary>
internal static class PemCertificates
{
    private const string Begin = "-----BEGIN CERTIFICATE-----";
    private const string End = "-----END CERTIFICATE-----";

    /// <summary>The DER of every certificate in a file: its PEM blocks, or the whole file when it is DER.</summary>
    public static IEnumerable<byte[]> Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            yield break;
        }

        if (bytes.Length > 0 && bytes[0] == 0x30)
        {
            yield return bytes;
            yield break;
        }

        var text = System.Text.Encoding.ASCII.GetString(bytes);
        for (var start = text.IndexOf(Begin, StringComparison.Ordinal); start >= 0; start = text.IndexOf(Begin, start, StringComparison.Ordinal))
        {
            start += Begin.Length;
            var end = text.IndexOf(End, start, StringComparison.Ordinal);
            if (end < 0)
            {
                yield break;
            }

            byte[]? der = null;
            try
            {
                der = Convert.FromBase64String(text[start..end]);
            }
            catch (FormatException)
            {
                // A damaged block is no certificate; the others still are.
            }

            if (der is not null)
            {
                yield return der;
            }

            start = end;
        }
    }

    /// <summary>The DER of a certificate's subject name, or null when the bytes are not a certificate.</summary>
    public static ReadOnlyMemory<byte>? Subject(byte[] certificate)
    {
        try
        {
            var tbs = new AsnReader(certificate, AsnEncodingRules.DER).ReadSequence().ReadSequence();
            if (tbs.PeekTag().HasSameClassAndValue(new Asn1Tag(TagClass.ContextSpecific, 0)))
            {
                tbs.ReadEncodedValue();
            }

            tbs.ReadEncodedValue(); // serial number
            tbs.ReadEncodedValue(); // signature algorithm
            tbs.ReadEncodedValue(); // issuer
            tbs.ReadEncodedValue(); // validity
            return tbs.ReadEncodedValue();
        }
        catch (AsnContentException)
        {
            return null;
        }
    }
}
