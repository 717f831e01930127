namespace EcrCi.Aws;

/// <summary>
/// Reads the standard AWS environment variables through a lookup, so a front end can
/// supply the variables its host sees (Cake's environment, the runner's inputs).
/// </summary>
/// <param name="lookup">Returns a variable's value, or null when unset.</param>
internal sealed class AwsEnvironment(Func<string, string?> lookup)
{
    /// <summary>The variables of the current process.</summary>
    public static AwsEnvironment Process { get; } = new(Environment.GetEnvironmentVariable);

    /// <summary>A variable's value, or null when it is unset or blank.</summary>
    public string? Get(string name)
    {
        var value = lookup(name);
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>A boolean variable (<c>true</c>/<c>false</c>, any casing); null when unset.</summary>
    /// <exception cref="Errors.EcrLoginException">The value is neither true nor false.</exception>
    public bool? GetBoolean(string name)
    {
        var value = Get(name);
        if (value is null)
        {
            return null;
        }

        return bool.TryParse(value, out var parsed)
            ? parsed
            : throw Errors.EcrLoginException.Input($"{name} is '{value}': expected true or false.");
    }

    /// <summary>Builds an environment from fixed values (unset names read as null).</summary>
    public static AwsEnvironment FromDictionary(IReadOnlyDictionary<string, string?> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        return new AwsEnvironment(name => variables.TryGetValue(name, out var value) ? value : null);
    }
}
