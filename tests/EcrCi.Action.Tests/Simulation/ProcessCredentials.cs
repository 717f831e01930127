namespace EcrCi.Action.Tests.Simulation;

/// <summary>
/// The AWS SDK's default credential chain reads the process's own environment, so a step run
/// in-process finds the job's keys there. Every emulator of this test run accepts the same
/// pair (<see cref="Fixtures.ActionWorld.Credential"/>), so setting it once serves every test.
/// </summary>
internal static class ProcessCredentials
{
    private static readonly Lock Gate = new();

    public static void Ensure(SimulatedJob job)
    {
        var key = job.Env.GetValueOrDefault("AWS_ACCESS_KEY_ID");
        var secret = job.Env.GetValueOrDefault("AWS_SECRET_ACCESS_KEY");
        if (key is null || secret is null)
        {
            return;
        }

        lock (Gate)
        {
            if (Environment.GetEnvironmentVariable("AWS_ACCESS_KEY_ID") is { } current && current != key)
            {
                throw new InvalidOperationException("in-process steps share one process: every job must use the test run's one credential");
            }

            Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", key);
            Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", secret);
        }
    }
}
