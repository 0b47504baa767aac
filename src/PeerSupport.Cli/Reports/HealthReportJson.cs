using System.Text.Json;
using System.Text.Json.Nodes;
using PeerSupport.Analytics.Privacy;
using PeerSupport.Cli.Infrastructure;
using PeerSupport.Cli.Rendering;
using PeerSupport.Domain;

namespace PeerSupport.Cli.Reports;

/// <summary>
/// Writes the group-health report as one JSON document: a stamp (tool, version, as-of, k), the dataset summary,
/// the group-health results and the cohort comparison in the Analytics JSON shape (suppressed cells say so), and
/// the plotted series. Deterministic for a dataset and options; no member ids.
/// </summary>
internal static class HealthReportJson
{
    /// <summary>Writes the report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">The writer.</param>
    public static void Write(HealthReport report, TextWriter output)
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
}
