namespace EcrCi.Nuke.Tests.World;

/// <summary>Sets process environment variables (null removes one) and puts the old values back on dispose.</summary>
public sealed class ScopedEnvironment : IDisposable
{
    private readonly Dictionary<string, string?> previous = [];

    public ScopedEnvironment(IDictionary<string, string?> variables)
    {
        foreach (var (name, value) in variables)
        {
            previous[name] = Environment.GetEnvironmentVariable(name);
            Environment.SetEnvironmentVariable(name, value);
        }
    }

    public void Dispose()
    {
        foreach (var (name, value) in previous)
        {
            Environment.SetEnvironmentVariable(name, value);
        }
    }
}
