using System.ComponentModel;
using System.Globalization;
using EcrCi.Clients;

namespace EcrCi.Nuke;

/// <summary>
/// A container client to log in with, as a Nuke-style enumeration: <see cref="Docker"/>,
/// <see cref="Podman"/>, <see cref="Nerdctl"/> or <see cref="Finch"/>. It converts from text,
/// so a build can take it as a <c>[Parameter]</c>.
/// </summary>
[TypeConverter(typeof(ContainerClientConverter))]
public sealed record ContainerClient
{
    private ContainerClient(ContainerClientKind kind) => Kind = kind;

    /// <summary>The Docker CLI (found through <c>DOCKER_EXE</c> or <c>PATH</c>).</summary>
    public static ContainerClient Docker { get; } = new(ContainerClientKind.Docker);

    /// <summary>Podman.</summary>
    public static ContainerClient Podman { get; } = new(ContainerClientKind.Podman);

    /// <summary>nerdctl (containerd).</summary>
    public static ContainerClient Nerdctl { get; } = new(ContainerClientKind.Nerdctl);

    /// <summary>Finch.</summary>
    public static ContainerClient Finch { get; } = new(ContainerClientKind.Finch);

    /// <summary>The core library's kind of client.</summary>
    public ContainerClientKind Kind { get; }

    /// <summary>The executable name: <c>docker</c>, <c>podman</c>, <c>nerdctl</c> or <c>finch</c>.</summary>
    public string Value => Kind.ExecutableName();

    /// <summary>The client of a core kind.</summary>
    public static ContainerClient FromKind(ContainerClientKind kind) => kind switch
    {
        ContainerClientKind.Docker => Docker,
        ContainerClientKind.Podman => Podman,
        ContainerClientKind.Nerdctl => Nerdctl,
        ContainerClientKind.Finch => Finch,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a known container client."),
    };

    /// <summary>Parses <c>docker</c>, <c>podman</c>, <c>nerdctl</c> or <c>finch</c> (any casing).</summary>
    /// <exception cref="Errors.EcrLoginException">The name is not one of them.</exception>
    public static ContainerClient Parse(string value) => FromKind(ContainerClientKinds.Parse(value));

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
