using System.Globalization;
using System.Text;
using System.Text.Json;
using PeerSupport.Rules.Evaluation;
using PeerSupport.Serialization;

namespace PeerSupport.Rules.Serialization;

/// <summary>
/// Writes decisions and decision-log records as JSON following the documented decision contract (docs/rules.md): camelCase names, lower
/// snake_case enum values, dates <c>yyyy-MM-dd</c>. Written by hand with <see cref="Utf8JsonWriter"/> (no reflection).
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class DecisionJson
{
    /// <summary>Writes one decision.</summary>
    /// <param name="decision">The decision.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="decision"/> is <c>default</c> (not a decision).</exception>
    public static string Write(Decision decision, bool indented = false)
    {
        Decision.ThrowIfDefault(decision);
        return Render(writer => WriteDecision(writer, decision), indented);
    }

    /// <summary>
    /// Writes one decision as the next value of <paramref name="writer"/>, for callers that stream many decisions into
    /// one document; the JSON is the same as <see cref="Write(Decision, bool)"/> returns, escaped by the writer's own encoder.
    /// </summary>
    /// <param name="writer">The writer, positioned where a value may be written.</param>
    /// <param name="decision">The decision.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="decision"/> is <c>default</c> (not a decision).</exception>
    public static void Write(Utf8JsonWriter writer, Decision decision)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Decision.ThrowIfDefault(decision);
        WriteDecision(writer, decision);
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

    /// <summary>
    /// Reads one decision-log line (as written by <see cref="WriteLogRecord"/>), re-evaluates it with
    /// <paramref name="ruleSet"/> and the logged inputs, and compares the result with the logged outcome.
    /// </summary>
    /// <param name="ruleSet">The rule set the record names (its stamp must match).</param>
    /// <param name="logLine">The JSON record.</param>
    /// <returns>The replayed decision and whether it matches; errors when the record is malformed or names another rule set.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    public static DecisionReplayResult Replay(CompiledRuleSet ruleSet, string logLine)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(logLine);
        var context = new JsonReadContext();
        var document = JsonText.Parse(logLine, new JsonDocumentOptions { MaxDepth = 16 }, source: null, context.Errors);
        if (document is null)
        {
            return new DecisionReplayResult(null, false, context.Errors);
        }

        using (document)
        {
            var root = document.RootElement;
            if (!context.ExpectObject(root, string.Empty, "decisionId", "subject", "asOf", "ruleSet", "protectedRulesOnly", "cooldownDays", "inputs", "referrals", "outcome"))
            {
                return new DecisionReplayResult(null, false, context.Errors);
            }

            DecisionSubject? subject = null;
            if (root.TryGetProperty("subject", out var subjectElement) && context.ExpectObject(subjectElement, "/subject", "kind", "id", "groupId"))
            {
                var kind = context.Enum<RuleSubject>(subjectElement, "kind", "/subject", true, t => (Names.TryParse(t, out RuleSubject v), v), Names.SubjectList);
                var id = context.String(subjectElement, "id", "/subject", true, 64);
                var groupId = context.String(subjectElement, "groupId", "/subject", true, 64);
                subject = kind is null || id is null || groupId is null ? null : new DecisionSubject(kind.Value, id, groupId);
            }
            else
            {
                context.Error("/subject", "missing-property", "'subject' is required");
            }

            var asOf = context.Date(root, "asOf", string.Empty, true);
            RuleSetStamp? stamp = null;
            if (root.TryGetProperty("ruleSet", out var stampElement) && context.ExpectObject(stampElement, "/ruleSet", "id", "version", "sha256"))
            {
                var id = context.String(stampElement, "id", "/ruleSet", true, 64);
                var version = context.String(stampElement, "version", "/ruleSet", true, 64);
                var sha = context.String(stampElement, "sha256", "/ruleSet", true, 64);
                stamp = id is null || version is null || sha is null ? null : new RuleSetStamp(id, version, sha);
            }

            var protectedOnly = context.Boolean(root, "protectedRulesOnly", string.Empty) ?? false;
            var cooldown = context.Integer(root, "cooldownDays", string.Empty) ?? ruleSet.Settings.CooldownDays;
            var inputs = new List<KeyValuePair<string, FactValue>>();
            if (root.TryGetProperty("inputs", out var inputsElement) && inputsElement.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in inputsElement.EnumerateObject())
                {
                    FactValue? value = property.Value.ValueKind switch
                    {
                        JsonValueKind.Null => FactValue.Missing,
                        JsonValueKind.True or JsonValueKind.False => FactValue.FromBoolean(property.Value.GetBoolean()),
                        JsonValueKind.String => FactValue.FromText(property.Value.GetString()!),
                        JsonValueKind.Number when property.Value.TryGetDouble(out var number) && double.IsFinite(number) => FactValue.FromNumber(number),
                        JsonValueKind.Object => FactValue.Absent,
                        _ => null,
                    };
                    if (value is null || property.Name.Length == 0 || inputs.Any(i => i.Key == property.Name))
                    {
                        context.Error(JsonReadContext.Child("/inputs", property.Name), "wrong-type", "an input must be a number, boolean, string, null or {\"absent\": true}, given once");
                    }
                    else
                    {
                        inputs.Add(new KeyValuePair<string, FactValue>(property.Name, value.Value));
                    }
                }
            }
            else
            {
                context.Error("/inputs", "wrong-type", "'inputs' must be an object");
            }

            var referrals = new List<PriorReferral>();
            foreach (var (item, pointer, _) in context.Array(root, "referrals", string.Empty, 10_000))
            {
                if (RuleSetJson.ReadReferral(item, pointer, context) is { } referral)
                {
                    referrals.Add(referral);
                }
            }

            if (!root.TryGetProperty("outcome", out var outcome) || outcome.ValueKind != JsonValueKind.Object)
            {
                context.Error("/outcome", "wrong-type", "'outcome' must be an object");
            }

            if (context.Errors.Count > 0 || subject is null || asOf is null || stamp is null)
            {
                return new DecisionReplayResult(null, false, context.Errors);
            }

            if (stamp != ruleSet.Stamp)
            {
                return new DecisionReplayResult(null, false, [Problem.AtPointer("rule-set-mismatch", "/ruleSet", $"the record was made with {stamp.Id}@{stamp.Version} ({stamp.Sha256}), not {ruleSet.Stamp.Id}@{ruleSet.Stamp.Version} ({ruleSet.Stamp.Sha256})")]);
            }

            var options = (protectedOnly ? DecisionOptions.ProtectedRulesOnly : DecisionOptions.None)
                | (outcome.TryGetProperty("explanation", out _) ? DecisionOptions.Explain : DecisionOptions.None);
            var replayed = ruleSet.DecideCore(subject, asOf.Value, FactSet.Create(inputs), referrals, options, cooldown);
            var rendered = Render(writer => WriteDecision(writer, replayed, includeInputs: false), indented: false);
            return new DecisionReplayResult(replayed, string.Equals(rendered, outcome.GetRawText(), StringComparison.Ordinal), []);
        }
    }
}
