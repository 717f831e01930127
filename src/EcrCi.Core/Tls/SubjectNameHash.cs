using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Text;

namespace EcrCi.Tls;

/// <summary>
/// OpenSSL's subject name hash (<c>X509_NAME_hash</c>), the name of a certificate's entry in a
/// hashed folder (<c>c_rehash</c>, <c>update-ca-certificates</c>): the first four bytes, little
/// endian, of the SHA-1 of the name's canonical form. The canonical form re-encodes every string
/// value as UTF8String, lower-cased (ASCII), trimmed, with runs of white space made one space,
/// and leaves out the outer SEQUENCE. A name this cannot read gives null; a wrong hash can only
/// miss an entry, never trust one (the chain is still built and checked).
/// </summary>
internal static class SubjectNameHash
{
    /// <summary>The hash as OpenSSL prints it in file names (<c>%08lx</c>), or null.</summary>
    public static string? Of(ReadOnlyMemory<byte> name)
    {
        try
        {
            var writer = new AsnWriter(AsnEncodingRules.DER);
            var rdns = new AsnReader(name, AsnEncodingRules.DER).ReadSequence();
            while (rdns.HasData)
            {
                var set = rdns.ReadSetOf();
                using (writer.PushSetOf())
                {
                    while (set.HasData)
                    {
                        var attribute = set.ReadSequence();
                        using (writer.PushSequence())
                        {
                            writer.WriteObjectIdentifier(attribute.ReadObjectIdentifier());
                            WriteCanonical(writer, attribute);
                        }
                    }
                }
            }

            var digest = SHA1.HashData(writer.Encode());
            return (digest[0] | (uint)digest[1] << 8 | (uint)digest[2] << 16 | (uint)digest[3] << 24).ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is AsnContentException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }

    private static void WriteCanonical(AsnWriter writer, AsnReader attribute)
    {
        var tag = attribute.PeekTag();
        if (tag.TagClass != TagClass.Universal || !IsString((UniversalTagNumber)tag.TagValue))
        {
            writer.WriteEncodedValue(attribute.ReadEncodedValue().Span);
            return;
        }

        var text = attribute.ReadCharacterString((UniversalTagNumber)tag.TagValue);
        var canonical = new StringBuilder(text.Length);
        foreach (var c in text.AsSpan().Trim(" \t\n\v\f\r"))
        {
            var space = c is ' ' or '\t' or '\n' or '\v' or '\f' or '\r';
            if (!space)
            {
                canonical.Append(c is >= 'A' and <= 'Z' ? (char)(c + 32) : c);
            }
            else if (canonical.Length == 0 || canonical[^1] != ' ')
            {
                canonical.Append(' ');
            }
        }

        writer.WriteCharacterString(UniversalTagNumber.UTF8String, canonical.ToString());
    }

    private static bool IsString(UniversalTagNumber tag) => tag is UniversalTagNumber.UTF8String or UniversalTagNumber.BMPString
        or UniversalTagNumber.UniversalString or UniversalTagNumber.PrintableString or UniversalTagNumber.T61String
        or UniversalTagNumber.IA5String or UniversalTagNumber.VisibleString;
}
