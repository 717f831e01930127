using Serilog;

namespace EcrCi.Nuke;

public static partial class EcrTasks
{
    private static T Configure<T>(Func<T, T> configurator)
        where T : EcrSettings, new()
    {
        ArgumentNullException.ThrowIfNull(configurator);
        return configurator(new T()) ?? throw new ArgumentException("The configurator returned null instead of settings: return the result of the fluent calls.", nameof(configurator));
    }

    private static void LogStart(string task, EcrSettings settings) =>
        Log.Debug("{Task} with {Settings}", task, settings.ToString());

    /// <summary>
    /// Runs the core's asynchronous work to completion on the thread pool, so no
    /// synchronization context of the caller can deadlock it, and rethrows its exception as is.
    /// </summary>
    private static T Run<T>(Func<CancellationToken, Task<T>> work) =>
        Task.Run(() => work(CancellationToken.None)).GetAwaiter().GetResult();

    /// <inheritdoc cref="Run{T}(Func{CancellationToken, Task{T}})"/>
    private static void Run(Func<CancellationToken, Task> work) =>
        Task.Run(() => work(CancellationToken.None)).GetAwaiter().GetResult();
}
