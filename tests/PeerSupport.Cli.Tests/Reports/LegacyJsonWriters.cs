using System.Text.Json;
using System.Text.Json.Nodes;
using PeerSupport.Analytics.Privacy;
using PeerSupport.Cli.Infrastructure;
using PeerSupport.Cli.Rendering;
using PeerSupport.Cli.Reports;
using PeerSupport.Domain;
using PeerSupport.Rules.Serialization;

namespace PeerSupport.Cli.Tests.Reports;

/// <summary>
/// The report and referral JSON writers as they were before they streamed (a document tree built in memory, then
/// serialized to one string). Kept as the reference the streaming writers must match byte for byte; not used by the tool.
/// </summary>
internal static class LegacyJsonWriters
{
    private static readonly JsonSerializerOptions s_indented = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The report JSON as the tree-building writer made it, ending with the writer's new line.</summary>
    public static void WriteReport(HealthReport report, TextWriter output)
    {
        var options = ReportJson.CreateOptions(indented: true);
        options.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        var document = new JsonObject
        {
            ["report"] = "group-health",
            ["tool"] = new JsonObject
            {
                ["name"] = "peersupport",
                ["version"] = ToolVersion.Value,
            },
            ["asOf"] = Wire.Date(report.AsOf),
            ["minimumCellSize"] = report.MinimumCellSize,
            ["dataset"] = new JsonObject
            {
                ["title"] = report.Title,
                ["source"] = report.Source,
                ["groups"] = report.GroupCount,
                ["members"] = JsonSerializer.SerializeToNode(report.MemberCount, options),
            },
            ["health"] = JsonSerializer.SerializeToNode(report.Health, options),
            ["facilitationModels"] = JsonSerializer.SerializeToNode(report.Cohorts, options),
            ["retentionByModel"] = new JsonArray(report.RetentionByModel.Select(r => (JsonNode)new JsonObject
            {
                ["model"] = WireNames.Of(r.Model),
                ["members"] = JsonSerializer.SerializeToNode(r.Members, options),
                ["suppressed"] = r.IsSuppressed,
                ["curve"] = new JsonArray(r.Curve.Select(p => (JsonNode)new JsonObject
                {
                    ["day"] = p.Day,
                    ["retained"] = p.Retained,
                    ["atRisk"] = p.AtRisk,
                }).ToArray()),
            }).ToArray()),
            ["attendanceByGroup"] = new JsonArray(report.AttendanceByGroup.Select(g => (JsonNode)new JsonObject
            {
                ["groupId"] = g.GroupId,
                ["suppressedSessions"] = g.SuppressedSessions,
                ["sessions"] = new JsonArray(g.Sessions.Select(s => (JsonNode)new JsonObject
                {
                    ["date"] = Wire.Date(s.Date),
                    ["rate"] = s.Rate,
                    ["expected"] = s.Expected,
                }).ToArray()),
            }).ToArray()),
        };
        output.WriteLine(document.ToJsonString(options));
    }

    /// <summary>The referral JSON as the tree-building writer made it, ending with the writer's new line.</summary>
    public static void WriteReferrals(TextWriter output, ReferralRun run)
    {
        var decisions = new JsonArray();
        foreach (var decision in run.Decisions)
        {
            decisions.Add(JsonNode.Parse(DecisionJson.Write(decision)));
        }

        var document = new JsonObject
        {
            ["tool"] = new JsonObject
            {
                ["name"] = "peersupport",
                ["version"] = ToolVersion.Value,
            },
            ["asOf"] = Wire.Date(run.AsOf),
            ["ruleSet"] = new JsonObject
            {
                ["id"] = run.RuleSet.Id,
                ["version"] = run.RuleSet.Version,
                ["sha256"] = run.RuleSet.Sha256,
            },
            ["summary"] = new JsonObject
            {
                ["membersEvaluated"] = run.MemberDecisions.Count(),
                ["members"] = new JsonObject
                {
                    ["active"] = run.Members.Active,
                    ["leftRecentlyProtectedOnly"] = run.Members.RecentlyLeft,
                    ["notEvaluatedLeft"] = run.Members.Left,
                    ["notEvaluatedNotYetJoined"] = run.Members.NotYetJoined,
                },
                ["groupsEvaluated"] = run.Groups.Count(),
                ["withRecommendations"] = run.Decisions.Count(d => d.Recommendations.Count > 0),
                ["suppressed"] = run.Decisions.Sum(d => d.Suppressed.Count),
                ["unknowns"] = run.Decisions.Sum(d => d.Unknowns.Count),
                ["needsReview"] = run.Decisions.Count(d => d.NeedsReview),
            },
            ["decisions"] = decisions,
        };
        output.WriteLine(document.ToJsonString(s_indented));
    }
}
