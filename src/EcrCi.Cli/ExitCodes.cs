namespace EcrCi.Cli;

/// <summary>The exit codes of every command (documented in the README).</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>The command failed (AWS, network, container client, file system); the message says why.</summary>
    public const int Failure = 1;

    /// <summary>The command line or an input was wrong (unknown option, bad registry or region).</summary>
    public const int Usage = 2;
}
