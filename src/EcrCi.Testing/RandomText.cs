using System.Security.Cryptography;

namespace EcrCi.Testing;

/// <summary>Random strings from a cryptographic source.</summary>
internal static class RandomText
{
    public const string Alphanumeric = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    public const string UpperAlphanumeric = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    public const string LowerAlphanumeric = "abcdefghijklmnopqrstuvwxyz0123456789";

    public static string Create(int length, string alphabet) =>
        new(RandomNumberGenerator.GetItems<char>(alphabet, length));
}
