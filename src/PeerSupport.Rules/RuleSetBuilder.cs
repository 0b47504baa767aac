using PeerSupport.Rules.Testing;

namespace PeerSupport.Rules;

/// <summary>
/// Fluent builder of a <see cref="RuleSet"/> in C#: the same model the JSON loader produces.
/// <code>
/// var set = new RuleSetBuilder("local", "1.0.0")
///     .AddRule("phq9-item9", r => r.Titled("PHQ-9 item 9 positive").When("phq9.item9 >= 1").Refer("licensed_clinician", RulePriority.Stat).Protected())
///     .Build();
/// var compiled = RuleSetCompiler.Compile(set);
/// </code>
/// </summary>
/// <remarks>Not thread-safe; build on one thread. <see cref="Build"/> may be called repeatedly.</remarks>
public sealed class RuleSetBuilder
{
    private readonly string _id;
    private readonly string _version;
    private readonly List<Rule> _rules = [];
    private readonly List<ProtectedRuleOverride> _overrides = [];
    private readonly List<RuleTestCase> _tests = [];
    private RuleSetSettings _settings = RuleSetSettings.Default;
    private string _description = string.Empty;

    /// <summary>Starts a rule set.</summary>
    /// <param name="id">The rule set id.</param>
    /// <param name="version">The semantic version.</param>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    public RuleSetBuilder(string id, string version)
    {
        _id = id ?? throw new ArgumentNullException(nameof(id));
        _version = version ?? throw new ArgumentNullException(nameof(version));
    }

    /// <summary>Sets the description.</summary>
    /// <param name="description">The description.</param>
    /// <returns>This builder.</returns>
    public RuleSetBuilder Describe(string description)
    {
        _description = description ?? throw new ArgumentNullException(nameof(description));
        return this;
    }

    /// <summary>Sets the cooldown (0–365 days; default 14).</summary>
    /// <param name="days">The cooldown in days.</param>
    /// <returns>This builder.</returns>
    public RuleSetBuilder WithCooldownDays(int days)
    {
        _settings = _settings with { CooldownDays = days };
        return this;
    }

    /// <summary>Sets the assessment window (1–3650 days; default 30).</summary>
    /// <param name="days">The window in days.</param>
    /// <returns>This builder.</returns>
    public RuleSetBuilder WithAssessmentWindowDays(int days)
    {
        _settings = _settings with { AssessmentWindowDays = days };
        return this;
    }

    /// <summary>Sets when unactioned recommendations escalate (default <see cref="EscalationSettings.Default"/>).</summary>
    /// <param name="escalation">The escalation settings, e.g. <c>EscalationSettings.Default with { UrgentAfterDays = 5 }</c>.</param>
    /// <returns>This builder.</returns>
    public RuleSetBuilder WithEscalation(EscalationSettings escalation)
    {
        _settings = _settings with { Escalation = escalation ?? throw new ArgumentNullException(nameof(escalation)) };
        return this;
    }

    /// <summary>Adds a rule.</summary>
    /// <param name="id">The rule id.</param>
    /// <param name="configure">Configures the rule; it must set a condition and an outcome.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    /// <exception cref="InvalidOperationException">Thrown when the rule has no condition or outcome.</exception>
    public RuleSetBuilder AddRule(string id, Action<RuleBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(configure);
        var builder = new RuleBuilder(id);
        configure(builder);
        _rules.Add(builder.Build());
        return this;
    }

    /// <summary>Adds every rule of an existing set (e.g. the default pack) in order.</summary>
    /// <param name="ruleSet">The set whose rules to copy.</param>
    /// <returns>This builder.</returns>
    public RuleSetBuilder AddRules(RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        _rules.AddRange(ruleSet.Rules);
        return this;
    }

    /// <summary>Overrides (permits disabling or removing) a protected rule, with a reason stamped on every decision.</summary>
    /// <param name="ruleId">The protected rule id.</param>
    /// <param name="reason">Why.</param>
    /// <returns>This builder.</returns>
    public RuleSetBuilder Override(string ruleId, string reason)
    {
        _overrides.Add(new ProtectedRuleOverride(ruleId ?? throw new ArgumentNullException(nameof(ruleId)), reason ?? throw new ArgumentNullException(nameof(reason))));
        return this;
    }

    /// <summary>Adds a rule test case.</summary>
    /// <param name="test">The test.</param>
    /// <returns>This builder.</returns>
    public RuleSetBuilder AddTest(RuleTestCase test)
    {
        _tests.Add(test ?? throw new ArgumentNullException(nameof(test)));
        return this;
    }

    /// <summary>Builds the (unvalidated) model; compile it with <see cref="RuleSetCompiler.Compile"/>.</summary>
    /// <returns>The rule set.</returns>
    public RuleSet Build() => new(_id, _version, _settings, _rules.ToArray(), _overrides.ToArray(), _tests.ToArray(), _description);
}
