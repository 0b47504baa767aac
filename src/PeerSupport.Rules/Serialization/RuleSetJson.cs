using System.Globalization;
using System.Text;
using System.Text.Json;
using PeerSupport.Rules.Evaluation;
using PeerSupport.Rules.Language;
using PeerSupport.Rules.Testing;
using PeerSupport.Serialization;

namespace PeerSupport.Rules.Serialization;

/// <summary>
/// Reads and writes rule files (JSON) by hand with <see cref="JsonDocument"/> and <see cref="Utf8JsonWriter"/>: no
/// reflection, AOT-compatible. Loading reports every error at once, each with a JSON pointer and, inside condition text,
/// line:column (e.g. <c>/rules/3/when (1:12): unknown fact 'phq9.itme9'; did you mean 'phq9.item9'?</c>).
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class RuleSetJson
{
    /// <summary>The maximum size of a rule file in characters (2,000,000).</summary>
    public const int MaxFileLength = 2_000_000;

    private static readonly JsonDocumentOptions s_documentOptions = new() { MaxDepth = 16, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = false };

    /// <summary>Parses, validates and compiles a rule file.</summary>
    /// <param name="json">The file text.</param>
    /// <param name="options">Schema and protected rule ids; <see cref="RuleSetCompileOptions.Default"/> when null.</param>
    /// <returns>The compiled rule set, or every error found (malformed JSON gives its line and column).</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="json"/> is null.</exception>
    public static RuleSetLoadResult Load(string json, RuleSetCompileOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        options ??= RuleSetCompileOptions.Default;
        var (model, indices, errors, dropped) = ReadModel(json);
        if (model is null)
        {
            return new RuleSetLoadResult(null, errors);
        }

        return RuleSetCompiler.CompileCore(model, options, indices, errors, dropped);
    }

    /// <summary>Writes a rule set as an indented rule file (tests included). Loading it back gives an equal model and the same hash.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="ruleSet"/> is null.</exception>
    public static string Write(RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteSet(writer, ruleSet, canonical: false);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>The canonical form hashed into <see cref="RuleSetStamp.Sha256"/>: compact, fixed property order, canonical condition text, without description and tests.</summary>
    internal static byte[] WriteCanonical(RuleSet ruleSet)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false }))
        {
            WriteSet(writer, ruleSet, canonical: true);
        }

        return stream.ToArray();
    }

    private static void WriteSet(Utf8JsonWriter writer, RuleSet set, bool canonical)
    {
        writer.WriteStartObject();
        writer.WriteString("id", set.Id);
        writer.WriteString("version", set.Version);
        if (!canonical && set.Description.Length > 0)
        {
            writer.WriteString("description", set.Description);
        }

        writer.WriteStartObject("settings");
        writer.WriteNumber("cooldownDays", set.Settings.CooldownDays);
        writer.WriteNumber("assessmentWindowDays", set.Settings.AssessmentWindowDays);
        writer.WriteString("hitPolicy", set.Settings.HitPolicy);
        WriteEscalation(writer, set.Settings.Escalation);
        writer.WriteEndObject();
        writer.WriteStartArray("overrides");
        foreach (var entry in set.Overrides)
        {
            writer.WriteStartObject();
            writer.WriteString("ruleId", entry.RuleId);
            writer.WriteString("reason", entry.Reason);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("rules");
        foreach (var rule in set.Rules)
        {
            writer.WriteStartObject();
            writer.WriteString("id", rule.Id);
            writer.WriteString("title", rule.Title);
            writer.WriteString("rationale", rule.Rationale);
            writer.WriteString("source", rule.Source);
            writer.WriteString("subject", Names.Of(rule.Subject));
            writer.WriteString("when", rule.Condition.ToString());
            if (rule.Reason.Length > 0)
            {
                // Written only when present, so rule sets without reasons keep their content hash.
                writer.WriteString("reason", rule.Reason);
            }

            writer.WriteStartObject("then");
            writer.WriteString("action", Names.Of(rule.Outcome.Action));
            writer.WriteString("target", rule.Outcome.Target);
            writer.WriteString("priority", Names.Of(rule.Outcome.Priority));
            writer.WriteEndObject();
            writer.WriteBoolean("protected", rule.IsProtected);
            writer.WriteBoolean("enabled", rule.IsEnabled);
            writer.WriteStartArray("tags");
            foreach (var tag in rule.Tags)
            {
                writer.WriteStringValue(tag);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (!canonical)
        {
            writer.WriteStartArray("tests");
            foreach (var test in set.Tests)
            {
                WriteTest(writer, test);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteEscalation(Utf8JsonWriter writer, EscalationSettings escalation)
    {
        writer.WriteStartObject("escalation");
        writer.WriteStartArray("openStatuses");
        foreach (var status in escalation.OpenStatuses)
        {
            writer.WriteStringValue(Names.Of(status));
        }

        writer.WriteEndArray();
        writer.WriteStartObject("afterDays");
        foreach (var priority in new[] { RulePriority.Stat, RulePriority.Asap, RulePriority.Urgent })
        {
            if (escalation.AfterDays(priority) is int days)
            {
                writer.WriteNumber(Names.Of(priority), days);
            }
        }

        writer.WriteEndObject();
        writer.WriteString("target", escalation.Target);
        writer.WriteString("minimumPriority", Names.Of(escalation.MinimumPriority));
        writer.WriteEndObject();
    }

    private static void WriteTest(Utf8JsonWriter writer, RuleTestCase test)
    {
        writer.WriteStartObject();
        writer.WriteString("name", test.Name);
        writer.WriteString("subject", Names.Of(test.Subject));
        writer.WriteString("asOf", test.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WriteStartObject("facts");
        foreach (var (key, value) in test.Facts.Entries)
        {
            WriteValue(writer, key, value);
        }

        writer.WriteEndObject();
        writer.WriteStartArray("referrals");
        foreach (var referral in test.Referrals)
        {
            WriteReferral(writer, referral);
        }

        writer.WriteEndArray();
        writer.WriteStartObject("expect");
        WriteExpected(writer, "recommendations", test.Expected.Recommendations);
        if (test.Expected.Suppressed is not null)
        {
            WriteExpected(writer, "suppressed", test.Expected.Suppressed);
        }

        if (test.Expected.Unknowns is not null)
        {
            writer.WriteStartArray("unknowns");
            foreach (var id in test.Expected.Unknowns)
            {
                writer.WriteStringValue(id);
            }

            writer.WriteEndArray();
        }
        if (test.Expected.NeedsReview is bool needsReview)
        {
            writer.WriteBoolean("needsReview", needsReview);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    internal static void WriteReferral(Utf8JsonWriter writer, PriorReferral referral)
    {
        writer.WriteStartObject();
        writer.WriteString("referralId", referral.ReferralId);
        writer.WriteString("date", referral.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WriteString("target", referral.Target);
        writer.WriteString("priority", Names.Of(referral.Priority));
        writer.WriteString("status", Names.Of(referral.Status));
        if (referral.RuleId is not null)
        {
            writer.WriteString("ruleId", referral.RuleId);
        }

        writer.WriteEndObject();
    }

    internal static void WriteValue(Utf8JsonWriter writer, string key, FactValue value)
    {
        switch (value.Kind)
        {
            case FactValueKind.Number:
                writer.WriteNumber(key, value.Number);
                break;
            case FactValueKind.Boolean:
                writer.WriteBoolean(key, value.Boolean);
                break;
            case FactValueKind.Text:
                writer.WriteString(key, value.Text);
                break;
            case FactValueKind.Missing:
                writer.WriteNull(key);
                break;
            default:
                writer.WriteStartObject(key);
                writer.WriteBoolean("absent", true);
                writer.WriteEndObject();
                break;
        }
    }

    private static void WriteExpected(Utf8JsonWriter writer, string name, IReadOnlyList<ExpectedRecommendation> items)
    {
        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            writer.WriteStartObject();
            writer.WriteString("action", Names.Of(item.Action));
            writer.WriteString("target", item.Target);
            writer.WriteString("priority", Names.Of(item.Priority));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static (RuleSet? Model, List<int> Indices, List<Problem> Errors, bool Dropped) ReadModel(string json)
    {
        var context = new JsonReadContext();
        if (json.Length > MaxFileLength)
        {
            context.Error(string.Empty, "too-long", $"a rule file must have at most {MaxFileLength} characters, had {json.Length}");
            return (null, [], context.Errors, true);
        }

        var document = JsonText.Parse(json, s_documentOptions, source: null, context.Errors);
        if (document is null)
        {
            return (null, [], context.Errors, true);
        }

        using (document)
        {
            var root = document.RootElement;
            if (!context.ExpectObject(root, string.Empty, "$schema", "id", "version", "description", "settings", "overrides", "rules", "tests"))
            {
                return (null, [], context.Errors, true);
            }

            var id = context.String(root, "id", string.Empty, true, 64) ?? string.Empty;
            var version = context.String(root, "version", string.Empty, true, 64) ?? string.Empty;
            var description = context.String(root, "description", string.Empty, false) ?? string.Empty;
            var settings = ReadSettings(root, context);
            var overrides = new List<ProtectedRuleOverride>();
            foreach (var (item, pointer, _) in context.Array(root, "overrides", string.Empty, 100))
            {
                if (context.ExpectObject(item, pointer, "ruleId", "reason"))
                {
                    var ruleId = context.String(item, "ruleId", pointer, true, 64);
                    var reason = context.String(item, "reason", pointer, true);
                    if (ruleId is not null && reason is not null)
                    {
                        overrides.Add(new ProtectedRuleOverride(ruleId, reason));
                    }
                }
            }

            var rules = new List<Rule>();
            var indices = new List<int>();
            var dropped = false;
            if (!root.TryGetProperty("rules", out _))
            {
                context.Error("/rules", "missing-property", "'rules' is required");
            }

            foreach (var (item, pointer, index) in context.Array(root, "rules", string.Empty, RuleSetCompiler.MaxRules))
            {
                var rule = ReadRule(item, pointer, context);
                if (rule is null)
                {
                    dropped = true;
                }
                else
                {
                    rules.Add(rule);
                    indices.Add(index);
                }
            }

            var tests = new List<RuleTestCase>();
            foreach (var (item, pointer, _) in context.Array(root, "tests", string.Empty, 10_000))
            {
                var test = ReadTest(item, pointer, context);
                if (test is not null)
                {
                    tests.Add(test);
                }
            }

            dropped |= context.Errors.Any(e => e.JsonPointer?.StartsWith("/rules", StringComparison.Ordinal) == true);
            var model = new RuleSet(id, version, settings, rules.AsReadOnly(), overrides.AsReadOnly(), tests.AsReadOnly(), description);
            return (model, indices, context.Errors, dropped);
        }
    }

    private static RuleSetSettings ReadSettings(JsonElement root, JsonReadContext context)
    {
        if (!root.TryGetProperty("settings", out var element))
        {
            return RuleSetSettings.Default;
        }

        if (!context.ExpectObject(element, "/settings", "cooldownDays", "assessmentWindowDays", "hitPolicy", "escalation"))
        {
            return RuleSetSettings.Default;
        }

        return new RuleSetSettings
        {
            CooldownDays = context.Integer(element, "cooldownDays", "/settings") ?? 14,
            AssessmentWindowDays = context.Integer(element, "assessmentWindowDays", "/settings") ?? 30,
            HitPolicy = context.String(element, "hitPolicy", "/settings", false, 64) ?? RuleSetSettings.PriorityCollect,
            Escalation = ReadEscalation(element, context),
        };
    }

    private static EscalationSettings ReadEscalation(JsonElement settings, JsonReadContext context)
    {
        const string Pointer = "/settings/escalation";
        if (!settings.TryGetProperty("escalation", out var element))
        {
            return EscalationSettings.Default;
        }

        if (!context.ExpectObject(element, Pointer, "openStatuses", "afterDays", "target", "minimumPriority"))
        {
            return EscalationSettings.Default;
        }

        var escalation = EscalationSettings.Default;
        if (element.TryGetProperty("openStatuses", out _))
        {
            var statuses = new List<ReferralStatus>();
            foreach (var (item, itemPointer, _) in context.Array(element, "openStatuses", Pointer, 6))
            {
                if (item.ValueKind == JsonValueKind.String && Names.TryParse(item.GetString(), out ReferralStatus status))
                {
                    statuses.Add(status);
                }
                else
                {
                    var was = item.ValueKind == JsonValueKind.String ? "'" + item.GetString() + "'" : JsonReadContext.Kind(item);
                    context.Error(itemPointer, "invalid-value", $"an open status must be one of {Names.StatusList}, was {was}");
                }
            }

            escalation = escalation with { OpenStatuses = statuses.AsReadOnly() };
        }

        if (element.TryGetProperty("afterDays", out var afterDays))
        {
            const string AfterPointer = Pointer + "/afterDays";
            if (context.ExpectObject(afterDays, AfterPointer, "stat", "asap", "urgent"))
            {
                escalation = escalation with
                {
                    StatAfterDays = context.Integer(afterDays, "stat", AfterPointer),
                    AsapAfterDays = context.Integer(afterDays, "asap", AfterPointer),
                    UrgentAfterDays = context.Integer(afterDays, "urgent", AfterPointer),
                };
            }
        }

        var target = context.String(element, "target", Pointer, false, 64);
        var minimum = context.Enum<RulePriority>(element, "minimumPriority", Pointer, false, t => (Names.TryParse(t, out RulePriority v), v), Names.PriorityList);
        return escalation with
        {
            Target = target ?? escalation.Target,
            MinimumPriority = minimum ?? escalation.MinimumPriority,
        };
    }

    private static Rule? ReadRule(JsonElement item, string pointer, JsonReadContext context)
    {
        if (!context.ExpectObject(item, pointer, "id", "title", "rationale", "source", "subject", "when", "reason", "then", "protected", "enabled", "tags"))
        {
            return null;
        }

        var before = context.Errors.Count;
        var id = context.String(item, "id", pointer, true, 64);
        var title = context.String(item, "title", pointer, true, 200);
        var rationale = context.String(item, "rationale", pointer, false) ?? string.Empty;
        var source = context.String(item, "source", pointer, false) ?? string.Empty;
        var subject = context.Enum<RuleSubject>(item, "subject", pointer, true, t => (Names.TryParse(t, out RuleSubject v), v), Names.SubjectList);
        var when = context.String(item, "when", pointer, true, ConditionLimits.MaxTextLength);
        var reason = context.String(item, "reason", pointer, false, ReasonTemplate.MaxLength) ?? string.Empty;
        Expression? condition = null;
        if (when is not null)
        {
            var parsed = ConditionParser.Parse(when);
            condition = parsed.Expression;
            context.Errors.AddRange(parsed.Problems.Select(e => e.WithPointer(JsonReadContext.Child(pointer, "when"))));
        }

        RuleOutcome? outcome = null;
        if (!item.TryGetProperty("then", out var then))
        {
            context.Error(JsonReadContext.Child(pointer, "then"), "missing-property", "'then' is required");
        }
        else
        {
            var thenPointer = JsonReadContext.Child(pointer, "then");
            if (context.ExpectObject(then, thenPointer, "action", "target", "priority"))
            {
                var action = context.Enum<RuleAction>(then, "action", thenPointer, true, t => (Names.TryParse(t, out RuleAction v), v), Names.ActionList);
                var target = context.String(then, "target", thenPointer, true, 64);
                var priority = context.Enum<RulePriority>(then, "priority", thenPointer, true, t => (Names.TryParse(t, out RulePriority v), v), Names.PriorityList);
                if (action is not null && target is not null && priority is not null)
                {
                    outcome = new RuleOutcome(action.Value, target, priority.Value);
                }
            }
        }

        var isProtected = context.Boolean(item, "protected", pointer) ?? false;
        var isEnabled = context.Boolean(item, "enabled", pointer) ?? true;
        var tags = new List<string>();
        foreach (var (tag, tagPointer, _) in context.Array(item, "tags", pointer, 16))
        {
            if (tag.ValueKind == JsonValueKind.String)
            {
                tags.Add(tag.GetString()!);
            }
            else
            {
                context.Error(tagPointer, "wrong-type", $"a tag must be a string, was {JsonReadContext.Kind(tag)}");
            }
        }

        if (context.Errors.Count > before || id is null || title is null || subject is null || condition is null || outcome is null)
        {
            return null;
        }

        return new Rule(id, title, rationale, source, subject.Value, condition, outcome, isProtected, isEnabled, tags.AsReadOnly(), reason);
    }

    private static RuleTestCase? ReadTest(JsonElement item, string pointer, JsonReadContext context)
    {
        if (!context.ExpectObject(item, pointer, "name", "subject", "asOf", "facts", "referrals", "expect"))
        {
            return null;
        }

        var before = context.Errors.Count;
        var name = context.String(item, "name", pointer, true, 200);
        var subject = context.Enum<RuleSubject>(item, "subject", pointer, false, t => (Names.TryParse(t, out RuleSubject v), v), Names.SubjectList) ?? RuleSubject.Member;
        var asOf = context.Date(item, "asOf", pointer, false) ?? new DateOnly(2026, 1, 1);
        var facts = new List<KeyValuePair<string, FactValue>>();
        if (item.TryGetProperty("facts", out var factsElement) && context.ExpectObject(factsElement, JsonReadContext.Child(pointer, "facts"), factsElement.ValueKind == JsonValueKind.Object ? [.. factsElement.EnumerateObject().Select(p => p.Name)] : []))
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in factsElement.EnumerateObject())
            {
                var factPointer = JsonReadContext.Child(JsonReadContext.Child(pointer, "facts"), property.Name);
                if (property.Name.Length == 0 || !seen.Add(property.Name))
                {
                    context.Error(factPointer, "invalid-value", property.Name.Length == 0 ? "a fact key must not be empty" : $"fact '{property.Name}' is given twice");
                    continue;
                }

                var value = ReadValue(property.Value, factPointer, context);
                if (value is not null)
                {
                    facts.Add(new KeyValuePair<string, FactValue>(property.Name, value.Value));
                }
            }
        }

        var referrals = new List<PriorReferral>();
        foreach (var (referral, referralPointer, _) in context.Array(item, "referrals", pointer, 1000))
        {
            var read = ReadReferral(referral, referralPointer, context);
            if (read is not null)
            {
                referrals.Add(read);
            }
        }

        RuleTestExpectation? expected = null;
        if (!item.TryGetProperty("expect", out var expect))
        {
            context.Error(JsonReadContext.Child(pointer, "expect"), "missing-property", "'expect' is required");
        }
        else
        {
            var expectPointer = JsonReadContext.Child(pointer, "expect");
            if (context.ExpectObject(expect, expectPointer, "recommendations", "suppressed", "unknowns", "needsReview"))
            {
                var recommendations = ReadExpected(expect, "recommendations", expectPointer, context);
                var suppressed = expect.TryGetProperty("suppressed", out _) ? ReadExpected(expect, "suppressed", expectPointer, context) : null;
                List<string>? unknowns = expect.TryGetProperty("unknowns", out _) ? [] : null;
                foreach (var (unknown, unknownPointer, _) in context.Array(expect, "unknowns", expectPointer, 1000))
                {
                    if (unknown.ValueKind == JsonValueKind.String)
                    {
                        unknowns!.Add(unknown.GetString()!);
                    }
                    else
                    {
                        context.Error(unknownPointer, "wrong-type", "an unknown must be a rule id string");
                    }
                }

                expected = new RuleTestExpectation(recommendations, suppressed, unknowns?.AsReadOnly(), context.Boolean(expect, "needsReview", expectPointer));
            }
        }

        if (context.Errors.Count > before || name is null || expected is null)
        {
            return null;
        }

        return new RuleTestCase(name, subject, asOf, FactSet.Create(facts), referrals.AsReadOnly(), expected);
    }

    private static FactValue? ReadValue(JsonElement value, string pointer, JsonReadContext context)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return FactValue.Missing;
            case JsonValueKind.True:
            case JsonValueKind.False:
                return FactValue.FromBoolean(value.GetBoolean());
            case JsonValueKind.String:
                return FactValue.FromText(value.GetString()!);
            case JsonValueKind.Number when value.TryGetDouble(out var number) && double.IsFinite(number):
                return FactValue.FromNumber(number);
            case JsonValueKind.Object when value.TryGetProperty("absent", out var absent) && absent.ValueKind == JsonValueKind.True && value.EnumerateObject().Count() == 1:
                return FactValue.Absent;
            default:
                context.Error(pointer, "wrong-type", $"a fact value must be a number, boolean, string, null (missing) or {{\"absent\": true}}, was {JsonReadContext.Kind(value)}");
                return null;
        }
    }

    internal static PriorReferral? ReadReferral(JsonElement item, string pointer, JsonReadContext context)
    {
        if (!context.ExpectObject(item, pointer, "referralId", "date", "target", "priority", "status", "ruleId"))
        {
            return null;
        }

        var id = context.String(item, "referralId", pointer, true, 64);
        var date = context.Date(item, "date", pointer, true);
        var target = context.String(item, "target", pointer, true, 64);
        var priority = context.Enum<RulePriority>(item, "priority", pointer, true, t => (Names.TryParse(t, out RulePriority v), v), Names.PriorityList);
        var status = context.Enum<ReferralStatus>(item, "status", pointer, true, t => (Names.TryParse(t, out ReferralStatus v), v), Names.StatusList);
        var ruleId = context.String(item, "ruleId", pointer, false, 100);
        return id is null || date is null || target is null || priority is null || status is null
            ? null
            : new PriorReferral(id, date.Value, target, priority.Value, status.Value, ruleId);
    }

    private static System.Collections.ObjectModel.ReadOnlyCollection<ExpectedRecommendation> ReadExpected(JsonElement parent, string name, string pointer, JsonReadContext context)
    {
        var list = new List<ExpectedRecommendation>();
        foreach (var (item, itemPointer, _) in context.Array(parent, name, pointer, 1000))
        {
            if (!context.ExpectObject(item, itemPointer, "action", "target", "priority"))
            {
                continue;
            }

            var action = context.Enum<RuleAction>(item, "action", itemPointer, true, t => (Names.TryParse(t, out RuleAction v), v), Names.ActionList);
            var target = context.String(item, "target", itemPointer, true, 64);
            var priority = context.Enum<RulePriority>(item, "priority", itemPointer, true, t => (Names.TryParse(t, out RulePriority v), v), Names.PriorityList);
            if (action is not null && target is not null && priority is not null)
            {
                list.Add(new ExpectedRecommendation(action.Value, target, priority.Value));
            }
        }

        return list.AsReadOnly();
    }
}
