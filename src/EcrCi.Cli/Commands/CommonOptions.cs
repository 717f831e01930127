using System.CommandLine;
using EcrCi.Aws;
using EcrCi.Cli.Logging;

namespace EcrCi.Cli.Commands;

/// <summary>The options several commands share, and how they become <see cref="EcrAuthOptions"/>.</summary>
internal sealed class CommonOptions
{
    /// <summary>Turns the cache off for every command and the credential helper.</summary>
    public const string NoCacheVariable = "ECR_LOGIN_NO_CACHE";

    public Option<string?> Region { get; } = new("--region") { Description = "The AWS region of registries given by account id (default: AWS_REGION, AWS_DEFAULT_REGION, the profile's region)." };

    public Option<bool> Public { get; } = new("--public") { Description = "ECR Public (public.ecr.aws) instead of a private registry." };

    public Option<string?> Profile { get; } = new("--profile") { Description = "The AWS profile for credentials (default: the standard chain, AWS_PROFILE)." };

    /// <summary><c>--retry-mode</c>: AWS's retry mode for the token calls.</summary>
    public Option<RetryMode?> RetryMode { get; } = new("--retry-mode")
    {
        Description = $"AWS's retry mode: {FlagValues.RetryModeNames}; adaptive also slows the calls down once ECR throttles (default: AWS_RETRY_MODE, the profile's retry_mode, standard).",
        HelpName = "legacy|standard|adaptive",
        CustomParser = FlagValues.RetryMode,
    };

    public Option<bool> NoCache { get; } = new("--no-cache") { Description = $"Do not read or write the token cache (also: {NoCacheVariable}=true)." };

    public Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "Log details to standard error.", Recursive = true };

    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = "Log only warnings and errors.", Recursive = true };

    /// <summary>The role flags (<c>login</c> and <c>get-login-password</c>).</summary>
    public RoleOptions Roles { get; } = new();

    public Argument<string[]> Registries { get; } = new("REGISTRY")
    {
        Description = "Account ids (123456789012), registry hosts or URLs; none means your own account (or public.ecr.aws with --public).",
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>Adds the AWS-side options (region, public, profile, retry mode, cache) to a command.</summary>
    public void AddAwsOptions(Command command)
    {
        command.Options.Add(Region);
        command.Options.Add(Public);
        command.Options.Add(Profile);
        command.Options.Add(RetryMode);
        command.Options.Add(NoCache);
    }

    /// <summary>The core options for this parse result.</summary>
    public EcrAuthOptions ToLoginOptions(ParseResult parse, IReadOnlyList<string> registries) => new()
    {
        FrontEnd = "cli",
        Registries = registries,
        Region = parse.GetValue(Region),
        Public = parse.GetValue(Public),
        Profile = parse.GetValue(Profile),
        RetryMode = parse.GetValue(RetryMode),
        Logger = ConsoleLog.For(parse.GetValue(Verbose), parse.GetValue(Quiet)),
        TokenCache = CacheFor(parse.GetValue(NoCache), AwsEnvironment.Process),
    };

    /// <summary>
    /// The default cache unless turned off by the flag or <see cref="NoCacheVariable"/>; on a
    /// miss the TLS trust store starts loading while the token call is prepared.
    /// </summary>
    public static bool CacheFor(bool noCache, AwsEnvironment environment) =>
        !noCache && environment.GetBoolean(NoCacheVariable) != true && !GoHelperDisablesCache(environment);

    /// <summary>The Go credential helper's switch: <c>AWS_ECR_DISABLE_CACHE</c> set to anything but empty or false turns the cache off.</summary>
    private static bool GoHelperDisablesCache(AwsEnvironment environment) =>
        environment.Get("AWS_ECR_DISABLE_CACHE") is { Length: > 0 } value && !value.Equals("false", StringComparison.OrdinalIgnoreCase) && value != "0";
}
