using System.ComponentModel;
using System.Reflection;
using Serilog;
using Serilog.Events;

namespace EcrCi.Nuke.TestBuild;

/// <summary>
/// The part of Nuke this program imitates: configure Serilog's static Log, fill [Parameter]
/// fields from the command line or the environment, run the target named first on the command
/// line, and turn an exception into its message on the log and exit code 1.
/// </summary>
internal static class BuildRunner
{
    public static int Execute<TBuild>(string[] args)
        where TBuild : new()
    {
        var logFile = Option(args, "log-file") ?? Environment.GetEnvironmentVariable("ECR_TEST_LOG_FILE");
        using var capture = logFile is null ? null : new CaptureSink(logFile);
        var configuration = new LoggerConfiguration().MinimumLevel.Debug()
            .WriteTo.Console(outputTemplate: "{Level:u3}: {Message:lj}{NewLine}{Exception}", standardErrorFromLevel: LogEventLevel.Error);
        Log.Logger = (capture is null ? configuration : configuration.WriteTo.Sink(capture)).CreateLogger();
        try
        {
            return Run<TBuild>(args);
        }
        finally
        {
            Log.CloseAndFlush();
        }
    }

    private static int Run<TBuild>(string[] args)
        where TBuild : new()
    {
        var name = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
        var build = new TBuild();
        var property = name is null ? null : typeof(TBuild).GetProperty(name, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.IgnoreCase);
        if (property?.GetValue(build) is not Target target)
        {
            var names = typeof(TBuild).GetProperties(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)
                .Where(p => p.PropertyType == typeof(Target)).Select(p => p.Name);
            Log.Error("Name a target: {Targets}", string.Join(", ", names));
            return 2;
        }

        try
        {
            Inject(build, args);
            Log.Information("Target {Target} starts", property.Name);
            foreach (var action in target(new TargetDefinition()).Actions)
            {
                action();
            }

            Log.Information("Target {Target} succeeded", property.Name);
            return 0;
        }
        catch (Exception exception)
        {
            Log.Error(exception, "Target {Target} has thrown an exception: {Message}", property.Name, exception.Message);
            return 1;
        }
    }

    private static void Inject(object build, string[] args)
    {
        foreach (var field in build.GetType().GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public))
        {
            if (field.GetCustomAttribute<ParameterAttribute>() is not { } parameter)
            {
                continue;
            }

            var text = Option(args, parameter.Name) ?? Environment.GetEnvironmentVariable(parameter.Name.Replace('-', '_').ToUpperInvariant());
            if (text is not null)
            {
                field.SetValue(build, field.FieldType == typeof(string[])
                    ? text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    : TypeDescriptor.GetConverter(field.FieldType).ConvertFromInvariantString(text));
            }
        }
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, "--" + name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
