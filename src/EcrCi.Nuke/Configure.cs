namespace EcrCi.Nuke;

/// <summary>
/// Changes a settings object and returns the changed copy, the shape of Nuke's own
/// <c>Configure&lt;T&gt;</c>, so that <c>EcrTasks.EcrLogin(_ =&gt; _.SetRegion("eu-west-1"))</c>
/// reads exactly like a Nuke task call.
/// </summary>
/// <typeparam name="T">The settings type.</typeparam>
/// <param name="settings">The settings to start from.</param>
/// <returns>The configured settings.</returns>
public delegate T Configure<T>(T settings);
