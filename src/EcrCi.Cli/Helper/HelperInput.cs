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
        // Docker sends some fifty characters: read in small pieces, up to one past the limit.
        var text = new System.Text.StringBuilder();
        var buffer = new char[1024];
        int read;
        while (text.Length <= MaxChars && (read = await input.ReadAsync(buffer.AsMemory(0, Math.Min(buffer.Length, MaxChars + 1 - text.Length)), cancellationToken)) > 0)
        {
            text.Append(buffer, 0, read);
        }

        if (text.Length > MaxChars)
        {
            throw new InvalidDataException($"{action} was given more than {MaxChars / 1024} KiB on standard input: it expects one server URL or one credentials JSON object");
        }

        return text.ToString();
    }
}
