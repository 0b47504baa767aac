using System.Net.Http;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace PeerSupport.ReferralService.Tests;

/// <summary>One service with two groups: G-A (facilitator A) and G-B (facilitator B), and a logged decision for a member of G-A.</summary>
public sealed class MatrixFixture : IAsyncLifetime
{
    internal ServiceFactory Factory { get; } = new(ServiceFactory.NewDatabasePath());

    internal long LogIdA { get; private set; }

    internal string RuleSetJson { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        using var lead = Factory.Client(Keys.Lead);
        await Api.Group(lead, Keys.GroupA, "M-A1", "S-A1");
        await Api.Group(lead, Keys.GroupB, "M-B1", "S-B1");
        await Api.RiskyAssessment(lead, "M-A1");
        LogIdA = (await Api.Decide(lead, "M-A1")).GetProperty("logId").GetInt64();
        RuleSetJson = await lead.GetStringAsync("/rule-set");
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    /// <summary>A fresh open referral of a new member of G-A (each transition case needs its own).</summary>
    internal async Task<string> NewReferralInGroupA()
    {
        using var lead = Factory.Client(Keys.Lead);
        var member = "M-" + Guid.NewGuid().ToString("N")[..12];
        await Api.Member(lead, Keys.GroupA, member, string.Empty);
        await Api.RiskyAssessment(lead, member);
        var decision = await Api.Decide(lead, member);
        return decision.GetProperty("referralsCreated")[0].GetProperty("id").GetString()!;
    }

    internal async Task<string> NewSessionInGroupA()
    {
        using var lead = Factory.Client(Keys.Lead);
        var session = "S-" + Guid.NewGuid().ToString("N")[..12];
        await Api.Post(lead, $"/groups/{Keys.GroupA}/sessions", new { id = session, date = "2026-01-08" });
        return session;
    }
}

/// <summary>
/// Every endpoint × every kind of caller: no key, facilitator of the record's group, facilitator of another group,
/// clinical lead, and a key whose role lacks the endpoint's scope. Scope failures answer 403 whatever the id; records
/// of groups the caller does not run answer 404 exactly like records that do not exist.
/// </summary>
public sealed class AuthorizationMatrixTests(MatrixFixture fixture) : IClassFixture<MatrixFixture>
{
    private static string Unique(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>Endpoint → (request factory, expected: none, facilitator own group, facilitator other group, lead, wrong scope; wrong-scope key).</summary>
    private static readonly Dictionary<string, (Func<MatrixFixture, Task<(HttpMethod Method, string Path, object? Body)>> Request, int[] Expected, string WrongScopeKey)> s_endpoints = new()
    {
        ["POST /groups"] = (_ => Task.FromResult((HttpMethod.Post, "/groups", (object?)new { id = Unique("G"), name = "New group", facilitationModel = "peer_led" })), [401, 403, 403, 201, 403], Keys.Auditor),
        ["GET /groups/{id}/members"] = (_ => Task.FromResult((HttpMethod.Get, $"/groups/{Keys.GroupA}/members", (object?)null)), [401, 200, 404, 200, 403], Keys.Auditor),
        ["POST /groups/{id}/members"] = (_ => Task.FromResult((HttpMethod.Post, $"/groups/{Keys.GroupA}/members", (object?)new { id = Unique("M"), joinedOn = "2026-01-01" })), [401, 403, 403, 201, 403], Keys.Auditor),
        ["POST /groups/{id}/sessions"] = (_ => Task.FromResult((HttpMethod.Post, $"/groups/{Keys.GroupA}/sessions", (object?)new { id = Unique("S"), date = "2026-01-15" })), [401, 403, 403, 201, 403], Keys.Auditor),
        ["POST /members/{id}/attendance"] = (async f => (HttpMethod.Post, "/members/M-A1/attendance", (object?)new { sessionId = await f.NewSessionInGroupA(), status = "present" }), [401, 201, 404, 201, 403], Keys.Auditor),
        ["POST /members/{id}/assessments"] = (_ => Task.FromResult((HttpMethod.Post, "/members/M-A1/assessments", (object?)new { instrument = "gad7", date = "2026-01-08", items = new[] { 1, 1, 1, 1, 1, 1, 1 } })), [401, 201, 404, 201, 403], Keys.Auditor),
        ["POST /members/{id}/incidents"] = (_ => Task.FromResult((HttpMethod.Post, "/members/M-A1/incidents", (object?)new { sessionId = "S-A1", kind = "conflict", severity = "low" })), [401, 201, 404, 201, 403], Keys.Auditor),
        ["POST /members/{id}/decisions"] = (_ => Task.FromResult((HttpMethod.Post, "/members/M-A1/decisions?asOf=2026-01-09", (object?)null)), [401, 200, 404, 200, 403], Keys.Auditor),
        ["GET /referrals"] = (_ => Task.FromResult((HttpMethod.Get, "/referrals", (object?)null)), [401, 200, 200, 200, 403], Keys.Auditor),
        ["POST /referrals/{id}/status"] = (async f => (HttpMethod.Post, $"/referrals/{await f.NewReferralInGroupA()}/status", (object?)new { status = "made" }), [401, 200, 404, 200, 403], Keys.Auditor),
        ["GET /rule-set"] = (_ => Task.FromResult((HttpMethod.Get, "/rule-set", (object?)null)), [401, 403, 403, 200, 403], Keys.FacilitatorA),
        ["PUT /rule-set"] = (f => Task.FromResult((HttpMethod.Put, "/rule-set", (object?)f.RuleSetJson)), [401, 403, 403, 200, 403], Keys.Auditor),
        ["GET /decisions/{id}"] = (f => Task.FromResult((HttpMethod.Get, $"/decisions/{f.LogIdA}", (object?)null)), [401, 403, 403, 200, 403], Keys.FacilitatorA),
        ["POST /decisions/{id}/replay"] = (f => Task.FromResult((HttpMethod.Post, $"/decisions/{f.LogIdA}/replay", (object?)null)), [401, 403, 403, 200, 403], Keys.FacilitatorA),
    };

    private static readonly string[] s_callers = ["no key", "facilitator own group", "facilitator other group", "clinical lead", "wrong scope"];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var endpoint in s_endpoints.Keys)
        {
            foreach (var caller in s_callers)
            {
                data.Add(endpoint, caller);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Endpoint_Caller_AnswersAsTheMatrixSays(string endpoint, string caller)
    {
        var (build, expected, wrongScopeKey) = s_endpoints[endpoint];
        var index = Array.IndexOf(s_callers, caller);
        string? key = index switch
        {
            0 => null,
            1 => Keys.FacilitatorA,
            2 => Keys.FacilitatorB,
            3 => Keys.Lead,
            _ => wrongScopeKey,
        };
        var (method, path, body) = await build(fixture);
        using var client = fixture.Factory.Client(key);
        using var response = await Api.Send(client, method, path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == expected[index], $"{endpoint} as {caller}: expected {expected[index]}, got {(int)response.StatusCode}: {text}");
        if ((int)response.StatusCode >= 400)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(expected[index], JsonDocument.Parse(text).RootElement.GetProperty("status").GetInt32());
        }
    }

    [Fact]
    public void Matrix_CoversEveryMappedEndpoint()
    {
        var mapped = fixture.Factory.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
            .OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IHttpMethodMetadata>()?.HttpMethods ?? []).Select(m => m + " " + e.RoutePattern.RawText))
            .Where(e => !e.EndsWith("/healthz", StringComparison.Ordinal) && !e.Contains("openapi", StringComparison.Ordinal))
            .Select(e => e.Replace("{groupId}", "{id}", StringComparison.Ordinal).Replace("{memberId}", "{id}", StringComparison.Ordinal)
                .Replace("{referralId}", "{id}", StringComparison.Ordinal).Replace("{logId:long}", "{id}", StringComparison.Ordinal).TrimEnd('/'))
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(s_endpoints.Keys.Order(StringComparer.Ordinal), mapped);
    }

    [Fact]
    public async Task OtherGroupsRecords_AnswerExactlyLikeMissingOnes()
    {
        using var other = fixture.Factory.Client(Keys.FacilitatorB);
        var referral = await fixture.NewReferralInGroupA();
        (string Existing, string Missing, HttpMethod Method, object? Body)[] pairs =
        [
            ("/groups/G-A/members", "/groups/G-NOPE/members", HttpMethod.Get, null),
            ("/members/M-A1/assessments", "/members/M-NOPE/assessments", HttpMethod.Post, new { instrument = "phq9", date = "2026-01-08", items = new[] { 0 } }),
            ("/members/M-A1/decisions", "/members/M-NOPE/decisions", HttpMethod.Post, null),
            ($"/referrals/{referral}/status", "/referrals/ref-nope/status", HttpMethod.Post, new { status = "made" }),
        ];
        foreach (var (existing, missing, method, body) in pairs)
        {
            using var a = await Api.Send(other, method, existing, body);
            using var b = await Api.Send(other, method, missing, body);
            var ja = JsonDocument.Parse(await a.Content.ReadAsStringAsync()).RootElement;
            var jb = JsonDocument.Parse(await b.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(System.Net.HttpStatusCode.NotFound, a.StatusCode);
            Assert.Equal(b.StatusCode, a.StatusCode);
            Assert.Equal(jb.GetProperty("title").GetString(), ja.GetProperty("title").GetString());
            // The detail differs only by the id the caller sent.
            var ida = existing.Split('/')[2];
            var idb = missing.Split('/')[2];
            Assert.Equal(jb.GetProperty("detail").GetString()!.Replace(idb, "ID", StringComparison.Ordinal), ja.GetProperty("detail").GetString()!.Replace(ida, "ID", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task IdsTakenInAnotherGroup_CannotBeProbedByAFacilitator()
    {
        // Creating ids is for keys that see every group: a facilitator gets 403 whether or not the id is taken.
        using var b = fixture.Factory.Client(Keys.FacilitatorB);
        using var taken = await Api.Send(b, HttpMethod.Post, $"/groups/{Keys.GroupB}/members", new { id = "M-A1", joinedOn = "2026-01-01" });
        using var free = await Api.Send(b, HttpMethod.Post, $"/groups/{Keys.GroupB}/members", new { id = Unique("M"), joinedOn = "2026-01-01" });
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, taken.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, free.StatusCode);
    }

    [Fact]
    public async Task FacilitatorOfAnotherGroup_ListsNoneOfGroupAsReferrals()
    {
        await fixture.NewReferralInGroupA();
        using var a = fixture.Factory.Client(Keys.FacilitatorA);
        using var b = fixture.Factory.Client(Keys.FacilitatorB);
        var own = await Api.Ok(await a.GetAsync("/referrals"));
        var other = await Api.Ok(await b.GetAsync("/referrals"));
        Assert.NotEmpty(own.EnumerateArray());
        Assert.All(own.EnumerateArray(), r => Assert.Equal(Keys.GroupA, r.GetProperty("groupId").GetString()));
        Assert.DoesNotContain(other.EnumerateArray(), r => r.GetProperty("groupId").GetString() == Keys.GroupA);
    }

    [Fact]
    public async Task UnknownKey_Is401()
    {
        using var client = fixture.Factory.Client("not-a-configured-key-at-all");
        using var response = await client.GetAsync("/referrals");
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
