namespace EcrCi.Cli.Helper;

/// <summary>
/// Reads a credential-helper request from standard input, bounded: Docker sends one server URL
/// (<c>get</c>, <c>erase</c>) or one small JSON object (<c>store</c>), so anything larger is refused
/// before it is held in memory.
/// </summary>
internal static class HelperInput
{
    /// <summary>The most characters a request may hold (64 Ki: a URL, or a JSON object carrying a registry token).</summary>
    public const int MaxChars = 64 * 1024;

    /// <summary>Reads the whole request.</summary>
    /// <param name="input">Standard input.</param>
    /// <param name="action">The helper action, for the error.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <exception cref="InvalidDataException">The request is longer than <see cref="MaxChars"/>.</exception>
    public static async Task<string> ReadAsync(TextReader input, string action, CancellationToken cancellationToken)
    {
        var buffer = new char[MaxChars + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await input.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
        }

        if (length > MaxChars)
        {
            throw new InvalidDataException($"{action} was given more than {MaxChars / 1024} KiB on standard input: it expects one server URL or one credentials JSON object");
        }

        return new string(buffer, 0, length);
    }
}
