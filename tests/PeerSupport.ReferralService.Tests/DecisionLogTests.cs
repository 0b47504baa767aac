using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using PeerSupport.Samples.ReferralService.Storage;

namespace PeerSupport.ReferralService.Tests;

public sealed class DecisionLogTests
{
    [Fact]
    public async Task Decision_IsLoggedWithStampAndReplaysToTheSameOutcome()
    {
        await using var factory = new ServiceFactory(ServiceFactory.NewDatabasePath());
        using var lead = factory.Client(Keys.Lead);
        await Api.Group(lead, Keys.GroupA, "M-A1", "S-A1");
        await Api.RiskyAssessment(lead, "M-A1");
        var decided = await Api.Decide(lead, "M-A1");
        var logId = decided.GetProperty("logId").GetInt64();
        var decision = decided.GetProperty("decision");

        var logged = await Api.Ok(await lead.GetAsync($"/decisions/{logId}"));
        Assert.Equal(decision.GetProperty("decisionId").GetString(), logged.GetProperty("decisionId").GetString());
        Assert.Equal("M-A1", logged.GetProperty("subject").GetProperty("id").GetString());
        Assert.Equal("2026-01-09", logged.GetProperty("asOf").GetString());
        Assert.Equal(decision.GetProperty("ruleSet").GetProperty("sha256").GetString(), logged.GetProperty("ruleSet").GetProperty("sha256").GetString());
        Assert.Equal("default", logged.GetProperty("ruleSet").GetProperty("id").GetString());
        Assert.Equal("licensed_clinician", logged.GetProperty("record").GetProperty("outcome").GetProperty("recommendations")[0].GetProperty("target").GetString());

        var replay = await Api.Post(lead, $"/decisions/{logId}/replay", null, 200);
        Assert.True(replay.GetProperty("matches").GetBoolean());
        Assert.Equal(decision.GetProperty("decisionId").GetString(), replay.GetProperty("replayedDecisionId").GetString());
    }

    [Fact]
    public async Task Replay_OfATamperedOutcome_DoesNotMatch()
    {
        var path = ServiceFactory.NewDatabasePath();
        await using var factory = new ServiceFactory(path);
        using var lead = factory.Client(Keys.Lead);
        await Api.Group(lead, Keys.GroupA, "M-A1", "S-A1");
        await Api.RiskyAssessment(lead, "M-A1");
        var logId = (await Api.Decide(lead, "M-A1")).GetProperty("logId").GetInt64();
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE decision_log SET record = replace(record, '\"priority\":\"stat\"', '\"priority\":\"routine\"') WHERE log_id = $id";
            command.Parameters.AddWithValue("$id", logId);
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        var replay = await Api.Post(lead, $"/decisions/{logId}/replay", null, 200);
        Assert.False(replay.GetProperty("matches").GetBoolean());
    }

    [Fact]
    public async Task FailedLogWrite_Is503_AndNoDecisionOrReferralIsReturnedOrStored()
    {
        await using var factory = new ServiceFactory(ServiceFactory.NewDatabasePath(), _ => new FailingDecisionLog());
        using var lead = factory.Client(Keys.Lead);
        await Api.Group(lead, Keys.GroupA, "M-A1", "S-A1");
        await Api.RiskyAssessment(lead, "M-A1");

        using var response = await lead.PostAsync("/members/M-A1/decisions?asOf=2026-01-09", null);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("recommendations", text, StringComparison.Ordinal);
        Assert.DoesNotContain("dec-", text, StringComparison.Ordinal);
        Assert.Empty((await Api.Ok(await lead.GetAsync("/referrals"))).EnumerateArray());
    }

    [Fact]
    public async Task FailingLogInsertInsideSqlite_FailsTheDecisionWith503()
    {
        var path = ServiceFactory.NewDatabasePath();
        await using var factory = new ServiceFactory(path);
        using var lead = factory.Client(Keys.Lead);
        await Api.Group(lead, Keys.GroupA, "M-A1", "S-A1");
        await Api.RiskyAssessment(lead, "M-A1");
        var database = factory.Services.GetRequiredService<Database>();
        using (var connection = database.Open())
        using (var command = connection.CreateCommand())
        {
            // A trigger stands in for a full disk or a failing device: the log insert itself fails inside SQLite.
            command.CommandText = "CREATE TRIGGER fail_log BEFORE INSERT ON decision_log BEGIN SELECT RAISE(FAIL, 'disk unavailable'); END;";
            command.ExecuteNonQuery();
        }

        using var response = await lead.PostAsync("/members/M-A1/decisions?asOf=2026-01-09", null);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Empty((await Api.Ok(await lead.GetAsync("/referrals"))).EnumerateArray());
    }

    [Fact]
    public async Task Restart_KeepsEveryAcknowledgedDecisionAndTheState()
    {
        var path = ServiceFactory.NewDatabasePath();
        var acknowledged = new List<(long LogId, string DecisionId)>();
        string ruleSetSha;
        await using (var first = new ServiceFactory(path))
        {
            using var lead = first.Client(Keys.Lead);
            await Api.Group(lead, Keys.GroupA, "M-A1", "S-A1");
            await Api.RiskyAssessment(lead, "M-A1");
            for (var day = 9; day < 29; day++)
            {
                var decided = await Api.Decide(lead, "M-A1", $"2026-01-{day:00}");
                acknowledged.Add((decided.GetProperty("logId").GetInt64(), decided.GetProperty("decision").GetProperty("decisionId").GetString()!));
            }

            ruleSetSha = (await Api.Decide(lead, "M-A1")).GetProperty("decision").GetProperty("ruleSet").GetProperty("sha256").GetString()!;
        }

        await using var second = new ServiceFactory(path);
        using var auditor = second.Client(Keys.Auditor);
        foreach (var (logId, decisionId) in acknowledged)
        {
            var logged = await Api.Ok(await auditor.GetAsync($"/decisions/{logId}"));
            Assert.Equal(decisionId, logged.GetProperty("decisionId").GetString());
            Assert.True((await Api.Post(auditor, $"/decisions/{logId}/replay", null, 200)).GetProperty("matches").GetBoolean());
        }

        using var facilitator = second.Client(Keys.FacilitatorA);
        var members = await Api.Ok(await facilitator.GetAsync($"/groups/{Keys.GroupA}/members"));
        Assert.Equal("M-A1", members[0].GetProperty("id").GetString());
        var referrals = await Api.Ok(await facilitator.GetAsync("/referrals"));
        Assert.Equal("licensed_clinician", referrals[0].GetProperty("target").GetString());
        var again = await Api.Decide(facilitator, "M-A1", "2026-01-09");
        Assert.Equal(ruleSetSha, again.GetProperty("decision").GetProperty("ruleSet").GetProperty("sha256").GetString());
    }

    private sealed class FailingDecisionLog : IDecisionLog
    {
        public long Append(DecisionLogEntry entry) => throw new SqliteException("disk I/O error", 10);

        public DecisionLogEntry? Get(long logId) => null;
    }
}
