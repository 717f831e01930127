namespace EcrCi.Fleet.Benchmarks;

/// <summary>One cold job of a fleet: its own home, cache and runner files, as on a fresh runner.</summary>
internal static class FleetJob
{
    /// <summary>What a job runs: <c>ecr-login get-login-password</c>, or the Action's main step (which logs Docker in).</summary>
    public enum Kind
    {
        Cli,
        Action,
    }

    /// <summary>The command line and variables of job <paramref name="index"/> in <paramref name="folder"/>.</summary>
    public static (IReadOnlyList<string> Arguments, Dictionary<string, string?> Variables) Prepare(Kind kind, FleetWorld world, string folder, int index)
    {
        var job = Directory.CreateDirectory(Path.Combine(folder, $"job-{index:D4}")).FullName;
        var home = Directory.CreateDirectory(Path.Combine(job, "home")).FullName;
        var variables = world.BaseVariables(home);
        variables["ECR_LOGIN_CACHE_DIR"] = Path.Combine(job, "cache");
        if (kind == Kind.Cli)
        {
            return (["get-login-password"], variables);
        }

        string File(string name)
        {
            var path = Path.Combine(job, name);
            System.IO.File.Create(path).Dispose();
            return path;
        }

        variables["INPUT_REGISTRIES"] = FleetWorld.Account;
        variables["INPUT_REGISTRY-TYPE"] = "private";
        variables["INPUT_MASK-PASSWORD"] = "true";
        variables["INPUT_SKIP-LOGOUT"] = "true";
        variables["INPUT_EXPORT-DOCKER-CONFIG"] = "false";
        variables["GITHUB_OUTPUT"] = File("output");
        variables["GITHUB_STATE"] = File("state");
        variables["GITHUB_ENV"] = File("env");
        variables["GITHUB_STEP_SUMMARY"] = File("summary");
        variables["GITHUB_ACTIONS"] = "true";
        variables["CI"] = "true";
        variables["RUNNER_TEMP"] = Directory.CreateDirectory(Path.Combine(job, "runner-temp")).FullName;
        return ([], variables);
    }
}
