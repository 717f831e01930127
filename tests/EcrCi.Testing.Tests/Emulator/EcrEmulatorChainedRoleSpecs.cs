namespace EcrCi.Testing.Tests;

/// <summary>STS <c>AssumeRole</c> and <c>GetCallerIdentity</c>, signed with SigV4 as AWS requires, and labelled keys.</summary>
public sealed class EcrEmulatorChainedRoleSpecs
{
    private const string Role = "arn:aws:iam::210987654321:role/deploy";

    [Fact]
    public async Task A_chained_role_gives_keys_that_ecr_accepts_and_labels_as_the_role()
    {
        await using var emulator = await EcrEmulator.StartAsync();
        emulator.TrustRoleForChaining(Role);

        var (status, body) = await StsClient.AssumeRoleAsync(emulator, emulator.Options.Credentials[0], Role, "build-7");
        var role = body.Credentials();
        using var client = new EmulatorClient(emulator) { Credential = role };

        Assert.Equal(200, status);
        Assert.Equal("arn:aws:sts::210987654321:assumed-role/deploy/build-7", body.Value("Arn"));
        Assert.Equal(200, (await client.PrivateAsync()).Status);
        Assert.Equal($"role:{Role}", emulator.SourceOfLastEcrCall);
        Assert.Equal("210987654321", emulator.AccountOf(role.AccessKeyId));
        Assert.Equal("static", emulator.StsRequests.Single().SignerLabel);
    }

    [Fact]
    public async Task An_unsigned_assume_role_is_missing_its_authentication_token()
    {
        await using var emulator = await EcrEmulator.StartAsync();
        emulator.TrustRoleForChaining(Role);

        var (status, body) = await StsClient.AssumeRoleAsync(emulator, null, Role);

        Assert.Equal((403, "MissingAuthenticationToken"), (status, body.Code()));
    }

    [Fact]
    public async Task An_unknown_key_or_a_wrong_secret_is_refused_as_sts_does()
    {
        await using var emulator = await EcrEmulator.StartAsync();
        emulator.TrustRoleForChaining(Role);

        var (unknown, unknownBody) = await StsClient.AssumeRoleAsync(emulator, SigV4Credential.CreateRandom(), Role);
        var (wrong, wrongBody) = await StsClient.AssumeRoleAsync(emulator, emulator.Options.Credentials[0] with { SecretAccessKey = "wrong" }, Role);

        Assert.Equal((403, "InvalidClientTokenId"), (unknown, unknownBody.Code()));
        Assert.Equal((403, "SignatureDoesNotMatch"), (wrong, wrongBody.Code()));
        Assert.All(emulator.StsRequests, call => Assert.Null(call.SignerLabel));
    }

    [Fact]
    public async Task A_key_scoped_to_another_service_does_not_match()
    {
        await using var emulator = await EcrEmulator.StartAsync();

        var (status, body) = await StsClient.CallAsync(emulator, emulator.Options.Credentials[0], new() { ["Action"] = "GetCallerIdentity" }, service: "ecr");

        Assert.Equal((403, "SignatureDoesNotMatch"), (status, body.Code()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("other")]
    public async Task A_missing_or_wrong_external_id_is_access_denied(string? externalId)
    {
        await using var emulator = await EcrEmulator.StartAsync();
        emulator.TrustRoleForChaining(Role, "expected-id");

        var (status, body) = await StsClient.AssumeRoleAsync(emulator, emulator.Options.Credentials[0], Role, externalId: externalId);
        var (ok, _) = await StsClient.AssumeRoleAsync(emulator, emulator.Options.Credentials[0], Role, externalId: "expected-id");

        Assert.Equal((403, "AccessDenied"), (status, body.Code()));
        Assert.Equal(200, ok);
        Assert.Equal([externalId, "expected-id"], emulator.StsRequests.Select(call => call.ExternalId));
    }

    [Fact]
    public async Task An_untrusted_role_is_access_denied_naming_the_caller()
    {
        await using var emulator = await EcrEmulator.StartAsync();

        var (status, body) = await StsClient.AssumeRoleAsync(emulator, emulator.Options.Credentials[0], Role);

        Assert.Equal((403, "AccessDenied"), (status, body.Code()));
        Assert.Contains("user/ci is not authorized to perform: sts:AssumeRole", body.Value("Message"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("x", null)]
    [InlineData("has space", null)]
    [InlineData("ok-name", "899")]
    [InlineData("ok-name", "43201")]
    public async Task A_bad_session_name_or_duration_is_a_validation_error(string session, string? duration)
    {
        await using var emulator = await EcrEmulator.StartAsync();
        emulator.TrustRoleForChaining(Role);

        var (status, body) = await StsClient.AssumeRoleAsync(emulator, emulator.Options.Credentials[0], Role, session, duration: duration);

        Assert.Equal((400, "ValidationError"), (status, body.Code()));
    }

    [Fact]
    public async Task Session_policies_and_duration_are_recorded()
    {
        await using var emulator = await EcrEmulator.StartAsync();
        emulator.TrustRoleForChaining(Role);

        var (status, _) = await StsClient.CallAsync(emulator, emulator.Options.Credentials[0], new()
        {
            ["Action"] = "AssumeRole",
            ["RoleArn"] = Role,
            ["RoleSessionName"] = "ci",
            ["DurationSeconds"] = "900",
            ["Policy"] = """{"Version":"2012-10-17"}""",
            ["PolicyArns.member.1.arn"] = "arn:aws:iam::aws:policy/A",
            ["PolicyArns.member.2.arn"] = "arn:aws:iam::aws:policy/B",
        });

        Assert.Equal(200, status);
        var call = emulator.StsRequests.Single();
        Assert.Equal(("AssumeRole", Role, "ci", 900, """{"Version":"2012-10-17"}"""), (call.Action, call.RoleArn, call.SessionName, call.DurationSeconds, call.Policy));
        Assert.Equal(["arn:aws:iam::aws:policy/A", "arn:aws:iam::aws:policy/B"], call.PolicyArns);
    }

    [Fact]
    public async Task Caller_identity_names_the_user_for_static_keys_and_the_assumed_role_for_role_keys()
    {
        await using var emulator = await EcrEmulator.StartAsync();
        emulator.TrustRoleForChaining(Role);
        var (_, assumed) = await StsClient.AssumeRoleAsync(emulator, emulator.Options.Credentials[0], Role, "s1");

        var (userStatus, user) = await StsClient.CallAsync(emulator, emulator.Options.Credentials[0], new() { ["Action"] = "GetCallerIdentity" });
        var (roleStatus, role) = await StsClient.CallAsync(emulator, assumed.Credentials(), new() { ["Action"] = "GetCallerIdentity" });

        Assert.Equal((200, 200), (userStatus, roleStatus));
        Assert.Equal(("arn:aws:iam::123456789012:user/ci", "123456789012"), (user.Value("Arn"), user.Value("Account")));
        Assert.Equal(("arn:aws:sts::210987654321:assumed-role/deploy/s1", "210987654321"), (role.Value("Arn"), role.Value("Account")));
        Assert.EndsWith(":s1", role.Value("UserId"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Issued_keys_are_labelled_and_accepted_with_their_session_token()
    {
        await using var emulator = await EcrEmulator.StartAsync();

        var temporary = emulator.IssueCredentials("profile:dev");
        var longTerm = emulator.IssueCredentials("profile:old", temporary: false);
        using var client = new EmulatorClient(emulator) { Credential = temporary };
        using var withoutToken = new EmulatorClient(emulator) { Credential = temporary with { SessionToken = null } };

        Assert.NotNull(temporary.SessionToken);
        Assert.Null(longTerm.SessionToken);
        Assert.Equal(400, (await withoutToken.PrivateAsync()).Status);
        Assert.Equal(200, (await client.PrivateAsync()).Status);
        Assert.Equal("profile:dev", emulator.SourceOfLastEcrCall);
        Assert.Equal("profile:old", emulator.SourceOf(longTerm.AccessKeyId));
        Assert.Equal("static", emulator.SourceOf(emulator.AccessKeyId));
        Assert.Null(emulator.SourceOf("AKIAUNKNOWN"));
    }

    [Fact]
    public async Task Throttled_and_failing_sts_calls_answer_as_sts_then_succeed()
    {
        await using var emulator = await EcrEmulator.StartAsync();
        emulator.ThrottleSts(1);
        var (throttled, throttledBody) = await StsClient.CallAsync(emulator, emulator.Options.Credentials[0], new() { ["Action"] = "GetCallerIdentity" });
        emulator.FailSts(1);
        var (failed, failedBody) = await StsClient.CallAsync(emulator, emulator.Options.Credentials[0], new() { ["Action"] = "GetCallerIdentity" });
        var (ok, _) = await StsClient.CallAsync(emulator, emulator.Options.Credentials[0], new() { ["Action"] = "GetCallerIdentity" });

        Assert.Equal((400, "Throttling", "Rate exceeded"), (throttled, throttledBody.Code(), throttledBody.Value("Message")));
        Assert.Equal((503, "ServiceUnavailable"), (failed, failedBody.Code()));
        Assert.Equal(200, ok);
        Assert.Equal(3, emulator.StsCalls);
    }
}
