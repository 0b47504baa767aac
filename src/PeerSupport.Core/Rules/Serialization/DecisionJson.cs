using System.Globalization;
using System.Text;
using System.Text.Json;
using PeerSupport.Rules.Evaluation;

namespace PeerSupport.Rules.Serialization;

/// <summary>
/// Writes decisions and decision-log records as JSON following the RULES.md output contract: camelCase names, lower
/// snake_case enum values, dates <c>yyyy-MM-dd</c>. Written by hand with <see cref="Utf8JsonWriter"/> (no reflection).
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class DecisionJson
{
    /// <summary>Writes one decision.</summary>
    /// <param name="decision">The decision.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="decision"/> is null.</exception>
    public static string Write(Decision decision, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return Render(writer => WriteDecision(writer, decision), indented);
    }

    /// <summary>
    /// Writes a decision-log record: decision id, subject, as-of, rule-set stamp, the cooldown applied, every input fact
    /// (null = missing, <c>{"absent": true}</c> = absent), the earlier referrals considered, and the outcome.
    /// </summary>
    /// <param name="record">The record.</param>
    /// <returns>One line of JSON (suitable for JSON Lines logs).</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="record"/> is null.</exception>
    public static string WriteLogRecord(DecisionLogRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Render(
            writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("decisionId", record.DecisionId);
                WriteSubject(writer, record.Subject);
                writer.WriteString("asOf", Date(record.AsOf));
                WriteStamp(writer, record.RuleSet);
                writer.WriteBoolean("protectedRulesOnly", record.ProtectedRulesOnly);
                writer.WriteNumber("cooldownDays", record.Decision.CooldownDays);
                writer.WriteStartObject("inputs");
                foreach (var (key, value) in record.Inputs.Entries)
                {
                    RuleSetJson.WriteValue(writer, key, value);
                }

                writer.WriteEndObject();
                writer.WriteStartArray("referrals");
                foreach (var referral in record.Referrals)
                {
                    RuleSetJson.WriteReferral(writer, referral);
                }

                writer.WriteEndArray();
                writer.WritePropertyName("outcome");
                WriteDecision(writer, record.Decision, includeInputs: false);
                writer.WriteEndObject();
            },
            indented: false);
    }

    private static string Render(Action<Utf8JsonWriter> write, bool indented)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void WriteSubject(Utf8JsonWriter writer, DecisionSubject subject)
    {
        writer.WriteStartObject("subject");
        writer.WriteString("kind", Names.Of(subject.Kind));
        writer.WriteString("id", subject.Id);
        writer.WriteString("groupId", subject.GroupId);
        writer.WriteEndObject();
    }

    private static void WriteStamp(Utf8JsonWriter writer, RuleSetStamp stamp)
    {
        writer.WriteStartObject("ruleSet");
        writer.WriteString("id", stamp.Id);
        writer.WriteString("version", stamp.Version);
        writer.WriteString("sha256", stamp.Sha256);
        writer.WriteEndObject();
    }

    private static void WriteRecommendationBody(Utf8JsonWriter writer, Recommendation recommendation)
    {
        writer.WriteString("action", Names.Of(recommendation.Action));
        writer.WriteString("target", recommendation.Target);
        writer.WriteString("priority", Names.Of(recommendation.Priority));
        writer.WriteStartArray("ruleIds");
        foreach (var id in recommendation.RuleIds)
        {
            writer.WriteStringValue(id);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("reasons");
        foreach (var reason in recommendation.Reasons)
        {
            writer.WriteStringValue(reason);
        }

        writer.WriteEndArray();
    }

    private static void WriteDecision(Utf8JsonWriter writer, Decision decision, bool includeInputs = true)
    {
        writer.WriteStartObject();
        writer.WriteString("decisionId", decision.DecisionId);
        WriteSubject(writer, decision.Subject);
        writer.WriteString("asOf", Date(decision.AsOf));
        WriteStamp(writer, decision.RuleSet);
        writer.WriteStartArray("recommendations");
        foreach (var recommendation in decision.Recommendations)
        {
            writer.WriteStartObject();
            WriteRecommendationBody(writer, recommendation);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("suppressed");
        foreach (var suppressed in decision.Suppressed)
        {
            writer.WriteStartObject();
            WriteRecommendationBody(writer, suppressed.Recommendation);
            writer.WriteStartObject("suppressedBy");
            writer.WriteString("referralId", suppressed.SuppressedBy.ReferralId);
            writer.WriteString("date", Date(suppressed.SuppressedBy.Date));
            writer.WriteString("priority", Names.Of(suppressed.SuppressedBy.Priority));
            writer.WriteString("status", Names.Of(suppressed.SuppressedBy.Status));
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("unknowns");
        foreach (var unknown in decision.Unknowns)
        {
            writer.WriteStartObject();
            writer.WriteString("ruleId", unknown.RuleId);
            writer.WriteStartArray("missing");
            foreach (var fact in unknown.Missing)
            {
                writer.WriteStringValue(fact);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("errors");
        foreach (var error in decision.Errors)
        {
            writer.WriteStartObject();
            writer.WriteString("ruleId", error.RuleId);
            writer.WriteString("error", error.Error);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteBoolean("needsReview", decision.NeedsReview);
        writer.WriteStartArray("overrides");
        foreach (var entry in decision.Overrides)
        {
            writer.WriteStartObject();
            writer.WriteString("ruleId", entry.RuleId);
            writer.WriteString("reason", entry.Reason);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteBoolean("protectedRulesOnly", decision.ProtectedRulesOnly);
        if (decision.Explanation is not null)
        {
            writer.WriteStartArray("explanation");
            foreach (var rule in decision.Explanation)
            {
                writer.WriteStartObject();
                writer.WriteString("ruleId", rule.RuleId);
                writer.WriteString("result", Names.Of(rule.Result));
                if (rule.Error is not null)
                {
                    writer.WriteString("error", rule.Error);
                }

                writer.WriteStartArray("comparisons");
                foreach (var comparison in rule.Comparisons)
                {
                    writer.WriteStringValue(comparison.ToString());
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (includeInputs && decision.Inputs is not null)
        {
            writer.WriteStartObject("inputs");
            foreach (var (key, value) in decision.Inputs.Entries)
            {
                RuleSetJson.WriteValue(writer, key, value);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }
}
