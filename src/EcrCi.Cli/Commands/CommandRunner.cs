using EcrCi.Errors;

namespace EcrCi.Cli.Commands;

/// <summary>Runs a command's work and turns its failures into a message on standard error and an exit code.</summary>
internal static class CommandRunner
{
    public static async Task<int> RunAsync(Func<Task<int>> work)
    {
        try
        {
            return await work();
        }
        catch (EcrLoginException e)
        {
            Fail(FlagNames.Describe(e));
            return e.Kind == EcrErrorKind.InvalidInput ? ExitCodes.Usage : ExitCodes.Failure;
        }
        catch (UsageException e)
        {
            Fail(e.Message);
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException)
        {
            Fail("cancelled.");
            return ExitCodes.Failure;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            Fail(e.Message);
            return ExitCodes.Failure;
        }
#pragma warning disable CA1031 // The last line of defence: one line, never a stack trace (the core wraps and redacts what it throws).
        catch (Exception e)
#pragma warning restore CA1031
        {
            Fail($"failed unexpectedly ({e.GetType().Name}): {e.Message}");
            return ExitCodes.Failure;
        }
    }

    private static void Fail(string message) => Console.Error.WriteLine($"ecr-login: {message}");
}

/// <summary>A command-line value that the parser accepted but the command cannot use.</summary>
/// <param name="message">What is wrong and what is expected.</param>
internal sealed class UsageException(string message) : Exception(message);
