using CakeSettings = Cake.EcrCi.EcrLoginSettings;
using EcrCi.Nuke;

namespace EcrCi.Parity.Tests;

public static partial class OptionTable
{
    private const string NoNukeSetting = "no Nuke setting yet: the core's default applies";

    private static class Retries
    {
        public static IReadOnlyList<OptionRow> Rows { get; } =
        [
            new(nameof(EcrAuthOptions.RetryAttempts), 3)
            {
                Action = new([("retry-attempts", "3")]),
                Nuke = new(_ => _.SetRetryAttempts(3)),
                Cake = new(s => s.RetryAttempts = 3),
                Cli = FrontEndSetting<string[]>.NotOffered(NoCliFlag + " (AWS_MAX_ATTEMPTS)"),
            },
            new(nameof(EcrAuthOptions.RetryMode), RetryMode.Adaptive)
            {
                Action = new([("retry-mode", "adaptive")]),
                Nuke = new(_ => _.SetRetryMode(RetryMode.Adaptive)),
                Cake = new(s => s.RetryMode = RetryMode.Adaptive),
                Cli = new(["--retry-mode", "adaptive"]),
            },
            new(nameof(EcrAuthOptions.RetryBaseDelay), TimeSpan.FromMilliseconds(50))
            {
                Action = FrontEndSetting<(string, string)[]>.NotOffered("the core's backoff is fit for workflows"),
                Nuke = FrontEndSetting<Func<EcrLoginSettings, EcrLoginSettings>>.NotOffered(NoNukeSetting),
                Cake = CakeOnly(s => s.RetryBaseDelay = TimeSpan.FromMilliseconds(50)),
                Cli = FrontEndSetting<string[]>.NotOffered(NoCliFlag),
            },
            new(nameof(EcrAuthOptions.RetryMaxDelay), TimeSpan.FromSeconds(2))
            {
                Action = FrontEndSetting<(string, string)[]>.NotOffered("the core's backoff is fit for workflows"),
                Nuke = FrontEndSetting<Func<EcrLoginSettings, EcrLoginSettings>>.NotOffered(NoNukeSetting),
                Cake = CakeOnly(s => s.RetryMaxDelay = TimeSpan.FromSeconds(2)),
                Cli = FrontEndSetting<string[]>.NotOffered(NoCliFlag),
            },
            new(nameof(EcrAuthOptions.AttemptTimeout), TimeSpan.FromSeconds(5))
            {
                Action = new([("attempt-timeout-seconds", "5")]),
                Nuke = new(_ => _.SetAttemptTimeout(TimeSpan.FromSeconds(5))),
                Cake = new(s => s.AttemptTimeout = TimeSpan.FromSeconds(5)),
                Cli = FrontEndSetting<string[]>.NotOffered(NoCliFlag),
            },
            new(nameof(EcrAuthOptions.RetryDeadline), TimeSpan.FromSeconds(20))
            {
                Action = new([("timeout-seconds", "20")]),
                Nuke = new(_ => _.SetRetryDeadline(TimeSpan.FromSeconds(20))),
                Cake = new(s => s.RetryDeadline = TimeSpan.FromSeconds(20)),
                Cli = FrontEndSetting<string[]>.NotOffered(NoCliFlag),
            },
        ];
    }

    private static class Cache
    {
        private const string NoCache = "a fresh runner has no cache to reuse";

        public static IReadOnlyList<OptionRow> Rows { get; } =
        [
            new(nameof(EcrAuthOptions.TokenCache), true)
            {
                Action = FrontEndSetting<(string, string)[]>.NotOffered(NoCache),
                Nuke = FrontEndSetting<Func<EcrLoginSettings, EcrLoginSettings>>.NotOffered(NoNukeSetting),
                Cake = CakeOnly(s => s.TokenCache = true),

                // The tool caches unless told not to: its flag turns the cache off.
                Cli = new(["--no-cache"], Expected: false),
            },
            new(nameof(EcrAuthOptions.TokenCacheDirectory), "/tmp/ecr-cache")
            {
                Action = FrontEndSetting<(string, string)[]>.NotOffered(NoCache),
                Nuke = FrontEndSetting<Func<EcrLoginSettings, EcrLoginSettings>>.NotOffered(NoNukeSetting),
                Cake = CakeOnly(s => s.TokenCacheDirectory = "/tmp/ecr-cache"),
                Cli = FrontEndSetting<string[]>.NotOffered(NoCliFlag + " (ECR_LOGIN_CACHE_DIR)"),
            },
            new(nameof(EcrAuthOptions.TokenCacheRefreshMargin), TimeSpan.FromHours(1))
            {
                Action = FrontEndSetting<(string, string)[]>.NotOffered(NoCache),
                Nuke = FrontEndSetting<Func<EcrLoginSettings, EcrLoginSettings>>.NotOffered(NoNukeSetting),
                Cake = CakeOnly(s => s.TokenCacheRefreshMargin = TimeSpan.FromHours(1)),
                Cli = FrontEndSetting<string[]>.NotOffered(NoCliFlag + " (ECR_LOGIN_CACHE_REFRESH_MARGIN)"),
            },
        ];
    }

    /// <summary>Options each front end fills from its host rather than from its user.</summary>
    private static class Host
    {
        public const string Supplied = "supplied by the front end from its host";

        public static IReadOnlyList<OptionRow> Rows { get; } =
        [
            new(nameof(EcrAuthOptions.Logger), Supplied)
            {
                Action = FrontEndSetting<(string, string)[]>.NotOffered(Supplied),
                Nuke = FrontEndSetting<Func<EcrLoginSettings, EcrLoginSettings>>.NotOffered(Supplied),
                Cake = FrontEndSetting<Action<CakeSettings>>.NotOffered(Supplied),
                Cli = FrontEndSetting<string[]>.NotOffered(Supplied),
            },
            new(nameof(EcrAuthOptions.FrontEnd), Supplied)
            {
                Action = FrontEndSetting<(string, string)[]>.NotOffered(Supplied),
                Nuke = FrontEndSetting<Func<EcrLoginSettings, EcrLoginSettings>>.NotOffered(Supplied),
                Cake = FrontEndSetting<Action<CakeSettings>>.NotOffered(Supplied),
                Cli = FrontEndSetting<string[]>.NotOffered(Supplied),
            },
            new(nameof(EcrAuthOptions.EnvironmentVariables), Supplied)
            {
                Action = FrontEndSetting<(string, string)[]>.NotOffered(Supplied),
                Nuke = FrontEndSetting<Func<EcrLoginSettings, EcrLoginSettings>>.NotOffered(Supplied),
                Cake = FrontEndSetting<Action<CakeSettings>>.NotOffered(Supplied),
                Cli = FrontEndSetting<string[]>.NotOffered(Supplied),
            },
        ];
    }
}
