using System.Text.Json;
using PeerSupport.Analytics.Privacy;
using PeerSupport.Cli.Infrastructure;
using PeerSupport.Cli.Rendering;
using PeerSupport.Domain;

namespace PeerSupport.Cli.Reports;

/// <summary>
/// Writes the group-health report as one JSON document: a stamp (tool, version, as-of, k), the dataset summary,
/// the group-health results and the cohort comparison in the Analytics JSON shape (suppressed cells say so), and
/// the plotted series. Deterministic for a dataset and options; no member ids. The document is streamed to its
/// destination as it is written (no document tree, no whole-document string) and ends with a line feed.
/// </summary>
internal static class HealthReportJson
{
    private static readonly JsonSerializerOptions s_options = CreateOptions();

    private static readonly JsonWriterOptions s_writerOptions = new()
    {
        Indented = true,
        Encoder = s_options.Encoder,
        NewLine = s_options.NewLine,
        IndentCharacter = s_options.IndentCharacter,
        IndentSize = s_options.IndentSize,
    };

    /// <summary>Writes the report to a text writer (stdout goes through the escaping writer this way).</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">The writer.</param>
    public static void Write(HealthReport report, TextWriter output) => JsonSink.Write(output, s_writerOptions, w => Write(w, report), "\n");

    /// <summary>Writes the report to a stream as UTF-8 (no byte order mark).</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">The stream (left open).</param>
    public static void Write(HealthReport report, Stream output) => JsonSink.Write(output, s_writerOptions, w => Write(w, report), "\n");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = ReportJson.CreateOptions(indented: true);
        options.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        return options;
    }

    private static void Write(Utf8JsonWriter writer, HealthReport report)
    {
        writer.WriteStartObject();
        writer.WriteString("report", "group-health");
        writer.WriteStartObject("tool");
        writer.WriteString("name", "peersupport");
        writer.WriteString("version", ToolVersion.Value);
        writer.WriteEndObject();
        writer.WriteString("asOf", Wire.Date(report.AsOf));
        writer.WriteNumber("minimumCellSize", report.MinimumCellSize);
        writer.WriteStartObject("dataset");
        writer.WriteString("title", report.Title);
        writer.WriteString("source", report.Source);
        writer.WriteNumber("groups", report.GroupCount);
        Serialize(writer, "members", report.MemberCount);
        writer.WriteEndObject();
        Serialize(writer, "health", report.Health);
        Serialize(writer, "facilitationModels", report.Cohorts);
        writer.WriteStartArray("retentionByModel");
        foreach (var model in report.RetentionByModel)
        {
            writer.WriteStartObject();
            writer.WriteString("model", WireNames.Of(model.Model));
            Serialize(writer, "members", model.Members);
            writer.WriteBoolean("suppressed", model.IsSuppressed);
            writer.WriteStartArray("curve");
            foreach (var point in model.Curve)
            {
                writer.WriteStartObject();
                writer.WriteNumber("day", point.Day);
                writer.WriteNumber("retained", point.Retained);
                writer.WriteNumber("atRisk", point.AtRisk);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("attendanceByGroup");
        foreach (var group in report.AttendanceByGroup)
        {
            writer.WriteStartObject();
            writer.WriteString("groupId", group.GroupId);
            writer.WriteNumber("suppressedSessions", group.SuppressedSessions);
            writer.WriteStartArray("sessions");
            foreach (var session in group.Sessions)
            {
                writer.WriteStartObject();
                writer.WriteString("date", Wire.Date(session.Date));
                writer.WriteNumber("rate", session.Rate);
                writer.WriteNumber("expected", session.Expected);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void Serialize<T>(Utf8JsonWriter writer, string name, T value)
    {
        writer.WritePropertyName(name);
        JsonSerializer.Serialize(writer, value, s_options);
    }
}
