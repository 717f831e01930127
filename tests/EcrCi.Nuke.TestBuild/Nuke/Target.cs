namespace EcrCi.Nuke.TestBuild;

/// <summary>A target as Nuke declares one: <c>Target Push =&gt; _ =&gt; _.Executes(() =&gt; ...)</c>.</summary>
internal delegate TargetDefinition Target(TargetDefinition definition);

/// <summary>What a target does, collected the way Nuke's fluent target definition does.</summary>
internal sealed class TargetDefinition
{
    private readonly List<Action> actions = [];

    public string? Text { get; private set; }

    public IReadOnlyList<Action> Actions => actions;

    public TargetDefinition Description(string text)
    {
        Text = text;
        return this;
    }

    public TargetDefinition Executes(Action action)
    {
        actions.Add(action);
        return this;
    }
}

/// <summary>Marks a field that the runner fills from <c>--name value</c> or an environment variable, as Nuke's [Parameter] does.</summary>
[AttributeUsage(AttributeTargets.Field)]
internal sealed class ParameterAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
