using System.ComponentModel;
using System.Globalization;

namespace EcrCi.Nuke;

/// <summary>
/// A container client to log in with, as a Nuke-style enumeration: <see cref="Docker"/>,
/// <see cref="Podman"/>, <see cref="Nerdctl"/> or <see cref="Finch"/>. It converts from text,
/// so a build can take it as a <c>[Parameter]</c>.
/// </summary>
[TypeConverter(typeof(ContainerClientConverter))]
public sealed record ContainerClient
{
    private ContainerClient(string value) => Value = value;

    /// <summary>The Docker CLI (found through <c>DOCKER_EXE</c> or <c>PATH</c>).</summary>
    public static ContainerClient Docker { get; } = new("docker");

    /// <summary>Podman.</summary>
    public static ContainerClient Podman { get; } = new("podman");

    /// <summary>nerdctl (containerd).</summary>
    public static ContainerClient Nerdctl { get; } = new("nerdctl");

    /// <summary>Finch.</summary>
    public static ContainerClient Finch { get; } = new("finch");

    /// <summary>The executable name: <c>docker</c>, <c>podman</c>, <c>nerdctl</c> or <c>finch</c>.</summary>
    public string Value { get; }

    /// <summary>One of the members above by its executable name (any casing), as Nuke's enumerations convert from text.</summary>
    /// <exception cref="Errors.EcrLoginException">The name is none of them.</exception>
    public static ContainerClient Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return ((ContainerClient[])[Docker, Podman, Nerdctl, Finch]).FirstOrDefault(c => string.Equals(c.Value, value.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new Errors.EcrLoginException(Errors.EcrErrorKind.InvalidInput, $"'{value}' is not a supported container client: expected docker, podman, nerdctl or finch.")
            {
                Option = nameof(EcrAuthOptions.ContainerClient),
            };
    }

    /// <summary>The executable name, as Nuke's enumerations convert to their value.</summary>
    public static implicit operator string(ContainerClient client) => client?.Value ?? throw new ArgumentNullException(nameof(client));

    /// <summary>The executable name.</summary>
    public override string ToString() => Value;
}

/// <summary>Converts text (a Nuke parameter, a setting) to a <see cref="ContainerClient"/>.</summary>
public sealed class ContainerClientConverter : TypeConverter
{
    /// <inheritdoc />
    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) =>
        sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);

    /// <inheritdoc />
    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value) =>
        value is string text ? ContainerClient.Parse(text) : base.ConvertFrom(context, culture, value);
}
