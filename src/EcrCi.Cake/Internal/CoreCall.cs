using Cake.Core;
using EcrCi.Errors;

namespace Cake.EcrCi.Internal;

/// <summary>
/// Runs core work for a (synchronous) Cake alias and turns the core's failures into a
/// <see cref="CakeException"/> that carries the core's actionable, secret-free message.
/// </summary>
internal static class CoreCall
{
    public static T Run<T>(Func<T> work)
    {
        try
        {
            return work();
        }
        catch (EcrLoginException e)
        {
            throw new CakeException(e.Message, e);
        }
    }

    public static T Run<T>(Func<CancellationToken, Task<T>> operation) =>
        Run(() => operation(CancellationToken.None).GetAwaiter().GetResult());

    public static void Run(Func<CancellationToken, Task> operation) =>
        Run(() =>
        {
            operation(CancellationToken.None).GetAwaiter().GetResult();
            return true;
        });
}
