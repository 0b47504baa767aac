using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PeerSupport.Samples.ReferralService.Storage;

namespace PeerSupport.ReferralService.Tests;

public sealed class HttpBehaviourTests
{
    private static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {status}, got {response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        return problem;
    }

    [Fact]
    public async Task FrameworkErrors_AreProblemDetails()
    {
        await using var factory = new ServiceFactory(ServiceFactory.NewDatabasePath());
        using var lead = factory.Client(Keys.Lead);
        await Problem(await lead.GetAsync("/no-such-route"), HttpStatusCode.NotFound);
        await Problem(await Api.Send(lead, HttpMethod.Delete, "/referrals"), HttpStatusCode.MethodNotAllowed);
        var malformed = await Problem(await Api.Send(lead, HttpMethod.Post, "/groups", "{\"id\":"), HttpStatusCode.BadRequest);
        Assert.Contains("JSON", malformed.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await Problem(await Api.Send(lead, HttpMethod.Post, "/groups", "[1, 2]"), HttpStatusCode.BadRequest);
        await Problem(await lead.PostAsync("/members/M-A1/decisions?explain=maybe", null), HttpStatusCode.BadRequest);
        await Problem(await lead.GetAsync("/decisions/not-a-number"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task InvalidFields_Are400WithEveryErrorKeyedByJsonPointer()
    {
        await using var factory = new ServiceFactory(ServiceFactory.NewDatabasePath());
        using var lead = factory.Client(Keys.Lead);
        var problem = await Problem(await Api.Send(lead, HttpMethod.Post, "/groups", new { id = "G,1", facilitationModel = "peerled" }), HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("/id", out _));
        Assert.True(errors.TryGetProperty("/name", out _));
        Assert.Contains("peer_led", errors.GetProperty("/facilitationModel")[0].GetString(), StringComparison.Ordinal);

        await Api.Group(lead, Keys.GroupA, "M-A1", "S-A1");
        var assessment = await Problem(await Api.Send(lead, HttpMethod.Post, "/members/M-A1/assessments", new { instrument = "phq10", date = "2026-13-01" }), HttpStatusCode.BadRequest);
        Assert.True(assessment.GetProperty("errors").TryGetProperty("/instrument", out _));
        Assert.True(assessment.GetProperty("errors").TryGetProperty("/date", out _));
        Assert.True(assessment.GetProperty("errors").TryGetProperty("/items", out _));
    }

    [Fact]
    public async Task RecordsTheGroupsDataRejects_Are422AndNothingIsStored()
    {
        await using var factory = new ServiceFactory(ServiceFactory.NewDatabasePath());
        using var lead = factory.Client(Keys.Lead);
        await Api.Group(lead, Keys.GroupA, "M-A1", "S-A1");
        await Api.Post(lead, "/members/M-A1/attendance", new { sessionId = "S-A1", status = "present" });
        await Problem(await Api.Send(lead, HttpMethod.Post, "/members/M-A1/attendance", new { sessionId = "S-A1", status = "absent" }), (HttpStatusCode)422);
        await Api.Group(lead, Keys.GroupB, "M-B1", "S-B1");
        var elsewhere = await Problem(await Api.Send(lead, HttpMethod.Post, "/members/M-A1/attendance", new { sessionId = "S-B1", status = "present" }), HttpStatusCode.BadRequest);
        Assert.Contains("member's group", elsewhere.GetProperty("errors").GetProperty("/sessionId")[0].GetString(), StringComparison.Ordinal);
        await Problem(await Api.Send(lead, HttpMethod.Post, "/groups/G-A/members", new { id = "M-A1", joinedOn = "2026-01-01" }), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Referral_MovesThroughItsLifecycle_AndAnIllegalMoveIs409()
    {
        await using var factory = new ServiceFactory(ServiceFactory.NewDatabasePath());
        using var lead = factory.Client(Keys.Lead);
        await Api.Group(lead, Keys.GroupA, "M-A1", "S-A1");
        await Api.RiskyAssessment(lead, "M-A1");
        var id = (await Api.Decide(lead, "M-A1")).GetProperty("referralsCreated")[0].GetProperty("id").GetString();

        var skip = await Problem(await Api.Send(lead, HttpMethod.Post, $"/referrals/{id}/status", new { status = "completed" }), HttpStatusCode.Conflict);
        Assert.Equal("recommended", skip.GetProperty("from").GetString());
        Assert.Equal(["made", "declined", "lost"], skip.GetProperty("allowed").EnumerateArray().Select(a => a.GetString()));
        foreach (var status in new[] { "made", "accepted", "completed" })
        {
            var moved = await Api.Post(lead, $"/referrals/{id}/status", new { status }, 200);
            Assert.Equal(status, moved.GetProperty("status").GetString());
        }

        var closed = await Problem(await Api.Send(lead, HttpMethod.Post, $"/referrals/{id}/status", new { status = "made" }), HttpStatusCode.Conflict);
        Assert.Empty(closed.GetProperty("allowed").EnumerateArray());
        var listed = await Api.Ok(await lead.GetAsync("/referrals?status=completed"));
        Assert.Equal(id, listed[0].GetProperty("id").GetString());

        // The open referral now closed, the next decision may recommend again; while open it is suppressed by the cooldown.
        await Problem(await Api.Send(lead, HttpMethod.Post, $"/referrals/{id}/status", new { status = "finished" }), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task OpenReferral_IsNotDuplicatedByTheNextDecision()
    {
        await using var factory = new ServiceFactory(ServiceFactory.NewDatabasePath());
        using var lead = factory.Client(Keys.Lead);
        await Api.Group(lead, Keys.GroupA, "M-A1", "S-A1");
        await Api.RiskyAssessment(lead, "M-A1");
        Assert.Single((await Api.Decide(lead, "M-A1")).GetProperty("referralsCreated").EnumerateArray());
        var second = await Api.Decide(lead, "M-A1", "2026-01-10");
        Assert.Empty(second.GetProperty("referralsCreated").EnumerateArray());
        Assert.Single((await Api.Ok(await lead.GetAsync("/referrals"))).EnumerateArray());
    }

    [Fact]
    public async Task Explanation_IsIncludedOnlyOnRequest()
    {
        await using var factory = new ServiceFactory(ServiceFactory.NewDatabasePath());
        using var lead = factory.Client(Keys.Lead);
        await Api.Group(lead, Keys.GroupA, "M-A1", "S-A1");
        await Api.RiskyAssessment(lead, "M-A1");
        var plain = await Api.Decide(lead, "M-A1");
        Assert.False(plain.GetProperty("decision").TryGetProperty("explanation", out _));
        var explained = await Api.Post(lead, "/members/M-A1/decisions?asOf=2026-01-09&explain=true", null, 200);
        var item9 = explained.GetProperty("decision").GetProperty("explanation").EnumerateArray().First(e => e.GetProperty("ruleId").GetString() == "phq9-item9");
        Assert.Equal("true", item9.GetProperty("result").GetString());
    }

    [Fact]
    public async Task UnexpectedException_Is500ProblemDetailsWithoutInternals()
    {
        await using var factory = new ServiceFactory(ServiceFactory.NewDatabasePath(), _ => new ThrowingLog());
        using var lead = factory.Client(Keys.Lead);
        await Api.Group(lead, Keys.GroupA, "M-A1", "S-A1");
        var problem = await Problem(await lead.PostAsync("/members/M-A1/decisions?asOf=2026-01-09", null), HttpStatusCode.InternalServerError);
        Assert.DoesNotContain("ThrowingLog", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApiDocument_IsServedAnonymously_AndDescribesEveryEndpointAndTheKey()
    {
        await using var factory = new ServiceFactory(ServiceFactory.NewDatabasePath());
        using var anonymous = factory.Client(null);
        var document = await Api.Ok(await anonymous.GetAsync("/openapi/v1.json"));
        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/groups", "/groups/{groupId}/members", "/members/{memberId}/decisions", "/referrals/{referralId}/status", "/rule-set", "/decisions/{logId}/replay" })
        {
            Assert.True(paths.TryGetProperty(path, out _), path);
        }

        var illegalMove = paths.GetProperty("/referrals/{referralId}/status").GetProperty("post").GetProperty("responses");
        foreach (var status in new[] { "200", "400", "401", "403", "404", "409" })
        {
            Assert.True(illegalMove.TryGetProperty(status, out _), status);
        }

        Assert.True(illegalMove.GetProperty("409").GetProperty("content").TryGetProperty("application/problem+json", out _));
        Assert.Equal("X-Api-Key", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Logs_NeverContainMemberData()
    {
        var sink = new ConcurrentQueue<string>();
        var path = ServiceFactory.NewDatabasePath();
        await using (var factory = new LoggingFactory(path, sink))
        {
            using var lead = factory.Client(Keys.Lead);
            await Api.Group(lead, "G-LOGCHECK", "M-SECRET-7", "S-SECRET-7");
            await Api.Post(lead, "/members/M-SECRET-7/assessments", new { instrument = "phq9", date = "2026-01-08", items = new[] { 3, 3, 3, 3, 3, 3, 3, 3, 3 } });
            await Api.Post(lead, "/members/M-SECRET-7/incidents", new { sessionId = "S-SECRET-7", kind = "crisis_disclosure" });
            await Api.Decide(lead, "M-SECRET-7");
            await Api.Send(lead, HttpMethod.Post, "/members/M-SECRET-7/assessments", "{\"instrument\": \"M-SECRET-7\"");
            await Api.Send(lead, HttpMethod.Post, "/members/M-SECRET-7/assessments", new { instrument = "M-SECRET-7" });
            using var facilitator = factory.Client(Keys.FacilitatorB);
            await facilitator.PostAsync("/members/M-SECRET-7/decisions", null);
        }

        await using (var failing = new LoggingFactory(path, sink, _ => new ThrowingDiskLog()))
        {
            using var lead = failing.Client(Keys.Lead);
            await lead.PostAsync("/members/M-SECRET-7/decisions?asOf=2026-01-10", null);
        }

        Assert.NotEmpty(sink);
        Assert.Contains(sink, line => line.Contains("Decision log write failed", StringComparison.Ordinal));
        Assert.DoesNotContain(sink, line => line.Contains("SECRET", StringComparison.Ordinal));
    }

    private sealed class ThrowingLog : IDecisionLog
    {
        public long Append(DecisionLogEntry entry) => throw new NotSupportedException("ThrowingLog");

        public DecisionLogEntry? Get(long logId) => null;
    }

    private sealed class ThrowingDiskLog : IDecisionLog
    {
        public long Append(DecisionLogEntry entry) => throw new Microsoft.Data.Sqlite.SqliteException("disk I/O error", 10);

        public DecisionLogEntry? Get(long logId) => null;
    }

    private sealed class LoggingFactory(string path, ConcurrentQueue<string> sink, Func<IServiceProvider, IDecisionLog>? log = null) : ServiceFactoryBase(path, log)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(new SinkProvider(sink)));
        }
    }

    private sealed class SinkProvider(ConcurrentQueue<string> sink) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new SinkLogger(categoryName, sink);

        public void Dispose()
        {
        }
    }

    private sealed class SinkLogger(string category, ConcurrentQueue<string> sink) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            sink.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}
