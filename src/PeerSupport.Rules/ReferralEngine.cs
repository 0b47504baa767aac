using PeerSupport.Rules.Evaluation;
using PeerSupport.Rules.Serialization;

namespace PeerSupport.Rules;

/// <summary>
/// Holds the current compiled rule set and evaluates subjects with it. <c>TryUpdate</c> validates a new rule set first
/// (including that protected rules of the running set are kept or explicitly overridden) and swaps it in atomically; a
/// rule set that fails validation never replaces the running one.
/// </summary>
/// <remarks>Thread-safe: evaluations run concurrently with updates and always see one whole rule set.</remarks>
public sealed class ReferralEngine
{
    private CompiledRuleSet _current;

    /// <summary>Creates an engine running <paramref name="ruleSet"/>.</summary>
    /// <param name="ruleSet">The initial compiled rule set.</param>
    /// <param name="options">Options; defaults when null.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="ruleSet"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when the options are invalid (the message lists every problem).</exception>
    public ReferralEngine(CompiledRuleSet ruleSet, ReferralEngineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        options ??= new ReferralEngineOptions();
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid referral engine options: " + string.Join("; ", errors), nameof(options));
        }

        Options = options;
        _current = ruleSet;
    }

    /// <summary>Gets the options.</summary>
    public ReferralEngineOptions Options { get; }

    /// <summary>Gets the rule set currently in force.</summary>
    public CompiledRuleSet Current => Volatile.Read(ref _current);

    /// <summary>Gets the cooldown in force: the options' override or the current rule set's.</summary>
    public int CooldownDays => Options.CooldownDays ?? Current.Settings.CooldownDays;

    /// <summary>Gets the assessment window in force: the options' override or the current rule set's.</summary>
    public int AssessmentWindowDays => Options.AssessmentWindowDays ?? Current.Settings.AssessmentWindowDays;

    /// <summary>Converts an instant to the decision date in <see cref="ReferralEngineOptions.TimeZone"/>.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The calendar date there.</returns>
    public DateOnly ToDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Options.TimeZone).DateTime);

    /// <summary>Evaluates one subject as of a date with the current rule set.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="asOf">The decision date.</param>
    /// <param name="facts">The subject's facts as of <paramref name="asOf"/>.</param>
    /// <param name="referrals">Earlier referrals for cooldown; null means none.</param>
    /// <param name="options">Explanation, input recording, protected rules only.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="subject"/> or <paramref name="facts"/> is null.</exception>
    public Decision Evaluate(DecisionSubject subject, DateOnly asOf, IFactReader facts, IReadOnlyList<PriorReferral>? referrals = null, DecisionOptions options = DecisionOptions.None)
    {
        var snapshot = Snapshot();
        return snapshot.RuleSet.DecideCore(subject, asOf, facts, referrals, options, snapshot.CooldownDays);
    }

    /// <summary>
    /// Reads the current rule set once, with the cooldown and assessment window it implies under these options. An
    /// evaluation uses only its snapshot for facts, settings, rules and stamp, so a concurrent <see cref="TryUpdate(string)"/>
    /// can never mix two rule sets within one evaluation.
    /// </summary>
    /// <returns>The snapshot; evaluate many subjects with it to see one rule set throughout.</returns>
    public EngineSnapshot Snapshot()
    {
        var current = Current;
        return new EngineSnapshot(current, Options.CooldownDays ?? current.Settings.CooldownDays, Options.AssessmentWindowDays ?? current.Settings.AssessmentWindowDays);
    }

    /// <summary>Evaluates one subject as of an instant (converted with <see cref="ToDate"/>).</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="asOf">The instant, e.g. from <see cref="TimeProvider.GetUtcNow"/>.</param>
    /// <param name="facts">The subject's facts.</param>
    /// <param name="referrals">Earlier referrals for cooldown; null means none.</param>
    /// <param name="options">Explanation, input recording, protected rules only.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="subject"/> or <paramref name="facts"/> is null.</exception>
    public Decision Evaluate(DecisionSubject subject, DateTimeOffset asOf, IFactReader facts, IReadOnlyList<PriorReferral>? referrals = null, DecisionOptions options = DecisionOptions.None) =>
        Evaluate(subject, ToDate(asOf), facts, referrals, options);

    /// <summary>Loads a rule file and, when it is valid, makes it current.</summary>
    /// <param name="json">The rule file.</param>
    /// <returns>The load result; on failure the running rule set is unchanged.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="json"/> is null.</exception>
    public RuleSetLoadResult TryUpdate(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Swap(options => RuleSetJson.Load(json, options));
    }

    /// <summary>Compiles a rule set model and, when it is valid, makes it current.</summary>
    /// <param name="ruleSet">The model.</param>
    /// <returns>The load result; on failure the running rule set is unchanged.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="ruleSet"/> is null.</exception>
    public RuleSetLoadResult TryUpdate(RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        return Swap(options => RuleSetCompiler.Compile(ruleSet, options));
    }

    private RuleSetLoadResult Swap(Func<RuleSetCompileOptions, RuleSetLoadResult> load)
    {
        while (true)
        {
            var current = Current;
            var mustKeep = Options.ProtectedRuleIds
                .Concat(current.Model.Rules.Where(r => r.IsProtected && r.IsEnabled).Select(r => r.Id))
                .Distinct(StringComparer.Ordinal)
                .ToArray();
            var result = load(new RuleSetCompileOptions { Schema = Options.Schema ?? current.Schema, ProtectedRuleIds = mustKeep });
            if (result.RuleSet is null)
            {
                return result;
            }

            var weakened = WeakenedProtectedRules(current, result.RuleSet);
            if (weakened.Count > 0)
            {
                return new RuleSetLoadResult(null, weakened);
            }

            if (ReferenceEquals(Interlocked.CompareExchange(ref _current, result.RuleSet, current), current))
            {
                return result;
            }
        }
    }

    /// <summary>
    /// A protected rule of the running set whose subject, condition or outcome changes needs an override too: otherwise a
    /// file could keep the id but raise the threshold or lower the priority.
    /// </summary>
    private static List<Problem> WeakenedProtectedRules(CompiledRuleSet current, CompiledRuleSet candidate)
    {
        var errors = new List<Problem>();
        var overridden = candidate.Model.Overrides.Select(o => o.RuleId).ToHashSet(StringComparer.Ordinal);
        var next = candidate.Model.Rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        foreach (var rule in current.Model.Rules.Where(r => r.IsProtected && r.IsEnabled))
        {
            if (overridden.Contains(rule.Id) || !next.TryGetValue(rule.Id, out var replacement))
            {
                continue;
            }

            var changed = rule.Subject != replacement.Subject
                || rule.Outcome != replacement.Outcome
                || !string.Equals(rule.Condition.ToString(), replacement.Condition.ToString(), StringComparison.Ordinal);
            if (changed)
            {
                var index = candidate.Model.Rules.ToList().IndexOf(replacement);
                errors.Add(Problem.AtPointer("protected-rule", RuleSetCompiler.Pointer("rules", index), $"protected rule '{rule.Id}' changes its subject, condition or outcome from the running rule set ({rule.Condition} → {replacement.Condition}); that needs an entry in overrides with a reason"));
            }
        }

        if (!overridden.Contains(EscalationSettings.RuleId) && WeakerEscalation(current.Settings.Escalation, candidate.Settings.Escalation) is { } weaker)
        {
            errors.Add(Problem.AtPointer("protected-rule", "/settings/escalation", $"the escalation of unactioned recommendations is weaker than the running rule set's ({weaker}); that needs an entry in overrides for '{EscalationSettings.RuleId}' with a reason"));
        }

        return errors;
    }

    /// <summary>What makes <paramref name="next"/> escalate later or less than <paramref name="running"/>, or null when nothing does.</summary>
    private static string? WeakerEscalation(EscalationSettings running, EscalationSettings next)
    {
        foreach (var priority in new[] { RulePriority.Stat, RulePriority.Asap, RulePriority.Urgent })
        {
            if (running.AfterDays(priority) is int days && (next.AfterDays(priority) is not int nextDays || nextDays > days))
            {
                return $"{Names.Of(priority)} after {days} days → {(next.AfterDays(priority) is int d ? d + " days" : "never")}";
            }
        }

        var dropped = running.OpenStatuses.Except(next.OpenStatuses).ToArray();
        if (dropped.Length > 0)
        {
            return "open statuses no longer include " + string.Join(", ", dropped.Select(Names.Of));
        }

        return next.MinimumPriority < running.MinimumPriority
            ? $"minimum priority {Names.Of(running.MinimumPriority)} → {Names.Of(next.MinimumPriority)}"
            : null;
    }
}

/// <summary>One consistent view of an engine: a compiled rule set and the cooldown and assessment window in force with it.</summary>
/// <param name="RuleSet">The compiled rule set.</param>
/// <param name="CooldownDays">The options' cooldown override or the set's.</param>
/// <param name="AssessmentWindowDays">The options' assessment window override or the set's.</param>
public readonly record struct EngineSnapshot(CompiledRuleSet RuleSet, int CooldownDays, int AssessmentWindowDays)
{
    /// <summary>Evaluates one subject with this snapshot's rule set and cooldown.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="asOf">The decision date.</param>
    /// <param name="facts">The subject's facts as of <paramref name="asOf"/>.</param>
    /// <param name="referrals">Earlier referrals for cooldown and escalation; null means none.</param>
    /// <param name="options">Explanation, input recording, protected rules only.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="subject"/> or <paramref name="facts"/> is null.</exception>
    public Decision Decide(DecisionSubject subject, DateOnly asOf, IFactReader facts, IReadOnlyList<PriorReferral>? referrals = null, DecisionOptions options = DecisionOptions.None) =>
        RuleSet.DecideCore(subject, asOf, facts, referrals, options, CooldownDays);
}
