namespace EcrCi.Nuke.Tests.Readme;

/// <summary>
/// Source for exactly the Nuke types the snippets name, with Nuke 10's names, namespaces and
/// shapes (Nuke.Common is not served as a package): <c>NukeBuild</c>, <c>Target</c>,
/// <c>[Parameter]</c>, Nuke's own <c>Configure&lt;T&gt;</c> in <c>Nuke.Common.Tooling</c>, and the
/// Docker tasks with their fluent methods in extension classes of <c>Nuke.Common.Tools.Docker</c>,
/// so a snippet that forgets that namespace fails as it does in a real build. The namespaces a
/// <c>nuke :setup</c> build imports exist, so its usings resolve.
/// </summary>
internal static class NukeStandIn
{
    /// <summary>The usings of a build made by <c>nuke :setup</c>, plus the ones the ECR tasks need.</summary>
    public const string SetupUsings = """
        using System;
        using System.Linq;
        using Nuke.Common;
        using Nuke.Common.CI;
        using Nuke.Common.Execution;
        using Nuke.Common.IO;
        using Nuke.Common.ProjectModel;
        using Nuke.Common.Tooling;
        using Nuke.Common.Tools.Docker;
        using Nuke.Common.Utilities.Collections;
        using Serilog;
        using EcrCi.Nuke;
        using static EcrCi.Nuke.EcrTasks;
        """;

    /// <summary>The stand-in itself.</summary>
    public const string Source = """
        namespace Nuke.Common
        {
            using System;
            using System.Linq.Expressions;

            public delegate ITargetDefinition Target(ITargetDefinition definition);

            public interface ITargetDefinition
            {
                ITargetDefinition Description(string description);
                ITargetDefinition Executes(Action action);
                ITargetDefinition DependsOn(params Target[] targets);
                ITargetDefinition TriggeredBy(params Target[] targets);
                ITargetDefinition AssuredAfterFailure();
            }

            public abstract class NukeBuild
            {
                public static bool IsServerBuild => false;

                protected static int Execute<T>(params Expression<Func<T, Target>>[] defaultTargetExpressions)
                    where T : NukeBuild, new() => 0;
            }

            [AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
            public sealed class ParameterAttribute(string description = null) : Attribute
            {
                public string Description { get; } = description;
            }
        }

        namespace Nuke.Common.Tooling
        {
            public delegate T Configure<T>(T settings);
        }

        namespace Nuke.Common.Tools.Docker
        {
            using Nuke.Common.Tooling;

            public class DockerBuildSettings { }

            public class DockerPushSettings { }

            public static class DockerBuildSettingsExtensions
            {
                public static DockerBuildSettings SetPath(this DockerBuildSettings settings, string path) => settings;
                public static DockerBuildSettings SetTag(this DockerBuildSettings settings, params string[] tag) => settings;
            }

            public static class DockerPushSettingsExtensions
            {
                public static DockerPushSettings SetName(this DockerPushSettings settings, string name) => settings;
            }

            public static class DockerTasks
            {
                public static void DockerBuild(Configure<DockerBuildSettings> configurator) { }
                public static void DockerPush(Configure<DockerPushSettings> configurator) { }
            }
        }

        namespace Nuke.Common.CI { }
        namespace Nuke.Common.Execution { }
        namespace Nuke.Common.IO { }
        namespace Nuke.Common.ProjectModel { }
        namespace Nuke.Common.Utilities.Collections { }
        """;
}
