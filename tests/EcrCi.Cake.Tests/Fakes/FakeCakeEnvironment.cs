using Cake.Core;
using Cake.Core.IO;

namespace EcrCi.Cake.Tests.Fakes;

/// <summary>A Cake environment with a working directory and variables of the test's choosing (nothing from the process).</summary>
public sealed class FakeCakeEnvironment(string workingDirectory, IDictionary<string, string?> variables) : ICakeEnvironment
{
    public DirectoryPath WorkingDirectory { get; set; } = new(workingDirectory);

    public DirectoryPath UserHomeDirectory => new(workingDirectory);

    public DirectoryPath ApplicationRoot => new(AppContext.BaseDirectory);

    public ICakePlatform Platform => throw new NotSupportedException("the aliases do not ask for the platform");

    public ICakeRuntime Runtime => throw new NotSupportedException("the aliases do not ask for the runtime");

    /// <summary>The variables; the test may change them between calls.</summary>
    public IDictionary<string, string?> Variables { get; } = variables;

    public DirectoryPath GetSpecialPath(SpecialPath path) => throw new NotSupportedException($"the aliases do not ask for {path}");

    public string GetEnvironmentVariable(string variable) => Variables.TryGetValue(variable, out var value) ? value! : null!;

    public IDictionary<string, string> GetEnvironmentVariables() =>
        Variables.Where(v => v.Value is not null).ToDictionary(v => v.Key, v => v.Value!, StringComparer.Ordinal);
}
