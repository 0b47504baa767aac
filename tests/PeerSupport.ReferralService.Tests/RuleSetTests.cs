using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using PeerSupport.Rules;

namespace PeerSupport.ReferralService.Tests;

public sealed class RuleSetTests
{
    private static async Task<(ServiceFactory Factory, HttpClient Lead, string Json)> Start(string? path = null)
    {
        var factory = new ServiceFactory(path ?? ServiceFactory.NewDatabasePath());
        var lead = factory.Client(Keys.Lead);
        return (factory, lead, await lead.GetStringAsync("/rule-set"));
    }

    private static string Edit(string json, Action<JsonObject> edit)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        edit(node);
        return node.ToJsonString();
    }

    private static JsonObject Rule(JsonObject set, string id) => set["rules"]!.AsArray().Select(r => r!.AsObject()).Single(r => (string?)r["id"] == id);

    [Fact]
    public async Task InvalidRuleSet_Is422WithEveryErrorLocated_AndTheOldSetStays()
    {
        var (factory, lead, json) = await Start();
        await using var _ = factory;
        using var __ = lead;
        var before = await lead.GetStringAsync("/rule-set");
        var bad = Edit(json, s =>
        {
            s["version"] = "2.0.0";
            Rule(s, "phq9-severe")["when"] = "phq9.total >= ";
            Rule(s, "gad7-severe")["then"]!["priority"] = "whenever";
        });

        using var response = await Api.Send(lead, HttpMethod.Put, "/rule-set", bad);
        var problem = await Api.Ok(response, 422);
        var errors = problem.GetProperty("errors").EnumerateArray().ToArray();
        Assert.True(errors.Length >= 2, problem.ToString());
        Assert.Contains(errors, e => e.GetProperty("path").GetString()!.EndsWith("/when", StringComparison.Ordinal) && e.GetProperty("column").GetInt32() > 0);
        Assert.Contains(errors, e => e.GetProperty("path").GetString()!.Contains("/then/priority", StringComparison.Ordinal));
        Assert.Equal(before, await lead.GetStringAsync("/rule-set"));
    }

    [Fact]
    public async Task MalformedJson_Is422WithLineAndColumn()
    {
        var (factory, lead, _) = await Start();
        await using var _1 = factory;
        using var _2 = lead;
        var problem = await Api.Ok(await Api.Send(lead, HttpMethod.Put, "/rule-set", "{\n  \"id\": \"x\",\n  \"rules\": [ }"), 422);
        var error = problem.GetProperty("errors")[0];
        Assert.Equal(3, error.GetProperty("line").GetInt32());
        Assert.True(error.GetProperty("column").GetInt32() > 0);
    }

    [Fact]
    public async Task WeakeningAProtectedRule_Is422_AndCrisisStillRefers()
    {
        var (factory, lead, json) = await Start();
        await using var _1 = factory;
        using var _2 = lead;
        var weaker = Edit(json, s =>
        {
            s["version"] = "9.0.0";
            Rule(s, "phq9-item9")["when"] = "phq9.item9 >= 3";
        });
        var problem = await Api.Ok(await Api.Send(lead, HttpMethod.Put, "/rule-set", weaker), 422);
        Assert.Contains("protected", problem.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);

        await Api.Group(lead, Keys.GroupA, "M-A1", "S-A1");
        await Api.RiskyAssessment(lead, "M-A1");
        var decided = await Api.Decide(lead, "M-A1");
        Assert.Equal(Api.DefaultPackVersion, decided.GetProperty("decision").GetProperty("ruleSet").GetProperty("version").GetString());
        Assert.Equal("phq9-item9", decided.GetProperty("decision").GetProperty("recommendations")[0].GetProperty("ruleIds")[0].GetString());
    }

    [Fact]
    public async Task ValidRuleSet_SwapsIn_StampsNewDecisions_SurvivesRestart_AndOldDecisionsStillReplay()
    {
        var path = ServiceFactory.NewDatabasePath();
        long oldLogId;
        await using (var first = new ServiceFactory(path))
        {
            using var lead = first.Client(Keys.Lead);
            var json = await lead.GetStringAsync("/rule-set");
            await Api.Group(lead, Keys.GroupA, "M-A1", "S-A1");
            await Api.Post(lead, "/members/M-A1/assessments", new { instrument = "phq9", date = "2026-01-08", items = new[] { 2, 2, 2, 2, 2, 2, 2, 2, 0 } });
            var before = await Api.Decide(lead, "M-A1");
            oldLogId = before.GetProperty("logId").GetInt64();
            Assert.Empty(before.GetProperty("decision").GetProperty("recommendations").EnumerateArray());

            // phq9-severe (not protected) lowered from 20 to 15: a total of 16 now refers.
            var lower = Edit(json, s =>
            {
                s["version"] = "9.0.0";
                Rule(s, "phq9-severe")["when"] = "phq9.total >= 15";
            });
            var stamp = await Api.Ok(await Api.Send(lead, HttpMethod.Put, "/rule-set", lower));
            Assert.Equal("9.0.0", stamp.GetProperty("version").GetString());
            var after = await Api.Decide(lead, "M-A1");
            Assert.Equal("9.0.0", after.GetProperty("decision").GetProperty("ruleSet").GetProperty("version").GetString());
            Assert.Contains(after.GetProperty("decision").GetProperty("recommendations").EnumerateArray(), r => r.GetProperty("ruleIds")[0].GetString() == "phq9-severe");
        }

        await using var second = new ServiceFactory(path);
        using var auditor = second.Client(Keys.Auditor);
        var current = JsonNode.Parse(await auditor.GetStringAsync("/rule-set"))!;
        Assert.Equal("9.0.0", (string?)current["version"]);
        var replay = await Api.Post(auditor, $"/decisions/{oldLogId}/replay", null, 200);
        Assert.True(replay.GetProperty("matches").GetBoolean(), replay.ToString());
    }
}
