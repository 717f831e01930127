using Cake.Core;
using Cake.Core.Configuration;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace EcrCi.Cake.Tests.Fakes;

/// <summary>
/// The smallest <see cref="ICakeContext"/> the aliases need: an environment, a log and the tool locator. Every
/// other service throws, so a test fails if an alias starts to depend on one unnoticed.
/// </summary>
public sealed class FakeCakeContext(FakeCakeEnvironment environment, FakeCakeLog log) : ICakeContext
{
    public FakeCakeEnvironment FakeEnvironment { get; } = environment;

    public FakeCakeLog FakeLog { get; } = log;

    public ICakeEnvironment Environment => FakeEnvironment;

    public ICakeLog Log => FakeLog;

    public IFileSystem FileSystem => throw Unused(nameof(FileSystem));

    public IGlobber Globber => throw Unused(nameof(Globber));

    public ICakeArguments Arguments => throw Unused(nameof(Arguments));

    public IProcessRunner ProcessRunner => throw Unused(nameof(ProcessRunner));

    public IRegistry Registry => throw Unused(nameof(Registry));

    /// <summary>Cake's tool locator, knowing only the files a test registers (never PATH).</summary>
    public FakeToolLocator FakeTools { get; } = new();

    public IToolLocator Tools => FakeTools;

    public ICakeDataResolver Data => throw Unused(nameof(Data));

    public ICakeConfiguration Configuration => throw Unused(nameof(Configuration));

    public IToolInstaller ToolInstaller => throw Unused(nameof(ToolInstaller));

    public IServiceProvider ServiceProvider => throw Unused(nameof(ServiceProvider));

    private static NotSupportedException Unused(string service) => new($"the ECR aliases must not need Cake's {service}");
}
