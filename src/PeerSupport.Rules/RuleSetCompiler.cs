using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using PeerSupport.Rules.Evaluation;
using PeerSupport.Rules.Language;
using PeerSupport.Rules.Serialization;

namespace PeerSupport.Rules;

/// <summary>
/// Validates a <see cref="RuleSet"/> against a fact schema and compiles it once. Reports every error with a JSON pointer
/// (and line:column inside condition text); never throws for bad rules.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static partial class RuleSetCompiler
{
    /// <summary>The maximum number of rules in a set (1000).</summary>
    public const int MaxRules = 1000;

    /// <summary>Validates and compiles <paramref name="ruleSet"/>.</summary>
    /// <param name="ruleSet">The model.</param>
    /// <param name="options">Schema and protected rule ids; <see cref="RuleSetCompileOptions.Default"/> when null.</param>
    /// <returns>The compiled set or every error.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="ruleSet"/> is null.</exception>
    public static RuleSetLoadResult Compile(RuleSet ruleSet, RuleSetCompileOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        return CompileCore(ruleSet, options ?? RuleSetCompileOptions.Default, null, [], false);
    }

    internal static bool IsValidId(string? id) => id is not null && id.Length <= 64 && IdPattern().IsMatch(id);

    internal static bool IsValidVersion(string? version) => version is not null && version.Length <= 64 && VersionPattern().IsMatch(version);

    internal static string Pointer(params object[] segments)
    {
        var builder = new StringBuilder();
        foreach (var segment in segments)
        {
            builder.Append('/').Append(Convert.ToString(segment, CultureInfo.InvariantCulture)!.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));
        }

        return builder.ToString();
    }

    /// <summary>Compiles with the rule indices of the source file (rules dropped by the reader leave gaps) and earlier errors.</summary>
    internal static RuleSetLoadResult CompileCore(RuleSet ruleSet, RuleSetCompileOptions options, IReadOnlyList<int>? ruleIndices, IReadOnlyList<Problem> earlierErrors, bool rulesDropped)
    {
        var errors = new List<Problem>(earlierErrors);
        void Add(string pointer, string code, string message) => errors.Add(Problem.AtPointer(code, pointer, message));
        int IndexOf(int i) => ruleIndices is null ? i : ruleIndices[i];

        if (!IsValidId(ruleSet.Id))
        {
            Add("/id", "invalid-id", $"rule set id '{ruleSet.Id}' must be lower case letters, digits, '-' or '_', starting with a letter, at most 64 characters");
        }

        if (!IsValidVersion(ruleSet.Version))
        {
            Add("/version", "invalid-value", $"version '{ruleSet.Version}' must be a semantic version such as 1.0.0");
        }

        var settings = ruleSet.Settings;
        if (settings.CooldownDays is < 0 or > 365)
        {
            Add("/settings/cooldownDays", "out-of-range", $"cooldownDays must be 0–365, was {settings.CooldownDays}");
        }

        if (settings.AssessmentWindowDays is < 1 or > ConditionLimits.MaxWindowDays)
        {
            Add("/settings/assessmentWindowDays", "out-of-range", $"assessmentWindowDays must be 1–{ConditionLimits.MaxWindowDays}, was {settings.AssessmentWindowDays}");
        }

        if (!string.Equals(settings.HitPolicy, RuleSetSettings.PriorityCollect, StringComparison.Ordinal))
        {
            Add("/settings/hitPolicy", "invalid-value", $"hitPolicy must be '{RuleSetSettings.PriorityCollect}', was '{settings.HitPolicy}'");
        }

        ValidateEscalation(settings.Escalation, options.Schema, Add);
        if (ruleSet.Rules.Count > MaxRules)
        {
            Add("/rules", "too-many", $"a rule set has at most {MaxRules} rules, had {ruleSet.Rules.Count}");
        }

        var schema = options.Schema;
        var slots = new SlotTable();
        var compiled = new List<CompiledRule>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < ruleSet.Rules.Count; i++)
        {
            var rule = ruleSet.Rules[i];
            var index = IndexOf(i);
            if (!IsValidId(rule.Id))
            {
                Add(Pointer("rules", index, "id"), "invalid-id", $"rule id '{rule.Id}' must be lower case letters, digits, '-' or '_', starting with a letter, at most 64 characters");
            }
            else if (string.Equals(rule.Id, EscalationSettings.RuleId, StringComparison.Ordinal))
            {
                Add(Pointer("rules", index, "id"), "reserved-id", $"rule id '{rule.Id}' is reserved for escalations of unactioned recommendations (settings/escalation)");
            }
            else if (!seen.Add(rule.Id))
            {
                Add(Pointer("rules", index, "id"), "duplicate-id", $"rule id '{rule.Id}' is used twice");
            }

            if (string.IsNullOrWhiteSpace(rule.Title) || rule.Title.Length > 200)
            {
                Add(Pointer("rules", index, "title"), "invalid-value", $"rule '{rule.Id}' needs a title of 1–200 characters");
            }

            if (rule.Rationale.Length > 4000 || rule.Source.Length > 4000)
            {
                Add(Pointer("rules", index), "too-long", $"rule '{rule.Id}': rationale and source must have at most 4000 characters");
            }

            for (var t = 0; t < rule.Tags.Count; t++)
            {
                if (!IsValidId(rule.Tags[t]))
                {
                    Add(Pointer("rules", index, "tags", t), "invalid-value", $"tag '{rule.Tags[t]}' must be lower case letters, digits, '-' or '_', starting with a letter");
                }
            }

            ValidateOutcome(rule, schema, Pointer("rules", index, "then"), errors);
            var conditionErrors = new List<Problem>();
            var binder = new Binder(schema, rule.Subject, slots, conditionErrors);
            var bound = binder.BindCondition(rule.Condition);
            errors.AddRange(conditionErrors.Select(e => e.WithPointer(Pointer("rules", index, "when"))));
            ReasonTemplate? reason = null;
            var reasonErrors = new List<Problem>();
            if (rule.Reason.Length > 0)
            {
                reason = ReasonTemplate.Bind(rule.Reason, binder, reasonErrors);
                errors.AddRange(reasonErrors.Select(e => e.WithPointer(Pointer("rules", index, "reason"))));
            }

            if (bound is not null && conditionErrors.Count == 0 && reasonErrors.Count == 0)
            {
                compiled.Add(new CompiledRule(rule, bound, ConditionCompiler.Compile(bound), reason));
            }
        }

        ValidateOverrides(ruleSet, options, rulesDropped, errors);
        ValidateTests(ruleSet, slots, errors);
        if (errors.Count > 0)
        {
            return new RuleSetLoadResult(null, errors);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(RuleSetJson.WriteCanonical(ruleSet)));
        var stamp = new RuleSetStamp(ruleSet.Id, ruleSet.Version, hash);
        return new RuleSetLoadResult(new CompiledRuleSet(ruleSet, stamp, schema, [.. slots.Requests], [.. compiled]), []);
    }

    private static void ValidateOutcome(Rule rule, FactSchema schema, string pointer, List<Problem> errors)
    {
        var target = rule.Outcome.Target;
        var known = rule.Outcome.Action == RuleAction.Screen ? schema.Instruments : schema.Targets;
        if (!known.Contains(target, StringComparer.Ordinal))
        {
            var suggestion = FactSchema.Suggest(target ?? string.Empty, known);
            var what = rule.Outcome.Action == RuleAction.Screen ? "instrument" : "target";
            errors.Add(Problem.AtPointer("unknown-target", pointer + "/target", $"unknown {what} '{target}' (known: {string.Join(", ", known)})" + (suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?")));
        }
    }

    private static void ValidateOverrides(RuleSet ruleSet, RuleSetCompileOptions options, bool rulesDropped, List<Problem> errors)
    {
        var overridden = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ruleSet.Overrides.Count; i++)
        {
            var entry = ruleSet.Overrides[i];
            if (string.IsNullOrWhiteSpace(entry.Reason))
            {
                errors.Add(Problem.AtPointer("protected-rule", Pointer("overrides", i, "reason"), $"the override of protected rule '{entry.RuleId}' needs a reason"));
            }

            if (!overridden.TryAdd(entry.RuleId ?? string.Empty, i))
            {
                errors.Add(Problem.AtPointer("protected-rule", Pointer("overrides", i, "ruleId"), $"protected rule '{entry.RuleId}' is overridden twice"));
            }
        }

        if (rulesDropped)
        {
            return;
        }

        var byId = new Dictionary<string, Rule>(StringComparer.Ordinal);
        foreach (var rule in ruleSet.Rules)
        {
            byId.TryAdd(rule.Id, rule);
        }

        var mustStay = new HashSet<string>(options.ProtectedRuleIds, StringComparer.Ordinal);
        mustStay.UnionWith(ruleSet.Rules.Where(r => r.IsProtected).Select(r => r.Id));
        foreach (var id in mustStay.Order(StringComparer.Ordinal))
        {
            var present = byId.TryGetValue(id, out var rule);
            var weakened = !present || !rule!.IsEnabled || !rule.IsProtected;
            if (weakened && !overridden.ContainsKey(id))
            {
                var what = !present ? "removed" : !rule!.IsEnabled ? "disabled" : "no longer marked protected";
                errors.Add(Problem.AtPointer("protected-rule", "/overrides", $"protected rule '{id}' is {what}; that needs an entry in overrides with a reason"));
            }
        }

        foreach (var (id, index) in overridden)
        {
            // An override of a protected rule that is still present and enabled is valid: it permits changing the rule's
            // condition or outcome relative to the running rule set (checked by ReferralEngine.TryUpdate).
            if (!mustStay.Contains(id) && !string.Equals(id, EscalationSettings.RuleId, StringComparison.Ordinal))
            {
                errors.Add(Problem.AtPointer("protected-rule", Pointer("overrides", index, "ruleId"), $"'{id}' is not a protected rule, so it cannot be overridden"));
            }
        }
    }

    private static void ValidateEscalation(EscalationSettings? escalation, FactSchema schema, Action<string, string, string> add)
    {
        const string At = "/settings/escalation";
        if (escalation is null || escalation.OpenStatuses is null || escalation.Target is null)
        {
            add(At, "invalid-value", "escalation settings must not be null");
            return;
        }

        if (escalation.OpenStatuses.Count == 0)
        {
            add(At + "/openStatuses", "invalid-value", "openStatuses must list at least one of recommended, made, accepted");
        }

        for (var i = 0; i < escalation.OpenStatuses.Count; i++)
        {
            var status = escalation.OpenStatuses[i];
            if (status is not (ReferralStatus.Recommended or ReferralStatus.Made or ReferralStatus.Accepted))
            {
                add(Pointer("settings", "escalation", "openStatuses", i), "invalid-value", $"'{Names.Of(status)}' is a closed status; openStatuses may list recommended, made, accepted");
            }
            else if (escalation.OpenStatuses.Take(i).Contains(status))
            {
                add(Pointer("settings", "escalation", "openStatuses", i), "invalid-value", $"'{Names.Of(status)}' is listed twice");
            }
        }

        foreach (var priority in new[] { RulePriority.Stat, RulePriority.Asap, RulePriority.Urgent })
        {
            if (escalation.AfterDays(priority) is < 0 or > 365)
            {
                add(Pointer("settings", "escalation", "afterDays", Names.Of(priority)), "out-of-range", $"afterDays.{Names.Of(priority)} must be 0–365, was {escalation.AfterDays(priority)}");
            }
        }

        // The built-in defaults are not checked against a host's own schema (which need not know their target); a rule
        // set that sets escalation explicitly must name a known target.
        if (!ReferenceEquals(escalation, EscalationSettings.Default) && !schema.Targets.Contains(escalation.Target, StringComparer.Ordinal))
        {
            add(At + "/target", "unknown-target", $"'{escalation.Target}' is not a known target (allowed: {string.Join(", ", schema.Targets)})");
        }

        if (escalation.MinimumPriority is not (RulePriority.Urgent or RulePriority.Asap or RulePriority.Stat))
        {
            add(At + "/minimumPriority", "invalid-value", $"minimumPriority must be urgent, asap or stat (at least one step above routine), was {Names.Of(escalation.MinimumPriority)}");
        }
    }

    private static void ValidateTests(RuleSet ruleSet, SlotTable slots, List<Problem> errors)
    {
        var keys = slots.Requests.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        var ruleIds = ruleSet.Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < ruleSet.Tests.Count; i++)
        {
            var test = ruleSet.Tests[i];
            if (string.IsNullOrWhiteSpace(test.Name) || !names.Add(test.Name))
            {
                errors.Add(Problem.AtPointer("invalid-value", Pointer("tests", i, "name"), $"test name '{test.Name}' must be non-empty and unique"));
            }

            foreach (var (key, _) in test.Facts.Entries)
            {
                if (!keys.Contains(key))
                {
                    var suggestion = FactSchema.Suggest(key, keys);
                    errors.Add(Problem.AtPointer("unknown-fact", Pointer("tests", i, "facts", key), $"no rule reads fact '{key}'" + (suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?")));
                }
            }

            var expectedUnknowns = test.Expected.Unknowns ?? [];
            for (var u = 0; u < expectedUnknowns.Count; u++)
            {
                if (!ruleIds.Contains(expectedUnknowns[u]))
                {
                    errors.Add(Problem.AtPointer("unknown-rule", Pointer("tests", i, "expect", "unknowns", u), $"unknown rule id '{expectedUnknowns[u]}'"));
                }
            }
        }
    }

    [GeneratedRegex(@"^[a-z][a-z0-9_-]*\z", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex VersionPattern();
}
