using PeerSupport.Rules.Language;

namespace PeerSupport.Rules;

/// <summary>
/// Fluent builder of one <see cref="Rule"/> (used through <see cref="RuleSetBuilder.AddRule"/>). Produces the same model as
/// the JSON loader; semantic validation happens when the rule set is compiled.
/// </summary>
/// <remarks>Not thread-safe; build on one thread.</remarks>
public sealed class RuleBuilder
{
    private readonly string _id;
    private readonly List<string> _tags = [];
    private string _title = string.Empty;
    private string _rationale = string.Empty;
    private string _source = string.Empty;
    private RuleSubject _subject = RuleSubject.Member;
    private Expression? _condition;
    private RuleOutcome? _outcome;
    private bool _isProtected;
    private bool _isEnabled = true;
    private string _reason = string.Empty;

    internal RuleBuilder(string id) => _id = id;

    /// <summary>Sets the title (the reason shown on recommendations).</summary>
    /// <param name="title">The title.</param>
    /// <returns>This builder.</returns>
    public RuleBuilder Titled(string title)
    {
        _title = title ?? throw new ArgumentNullException(nameof(title));
        return this;
    }

    /// <summary>Sets the rationale and its source.</summary>
    /// <param name="rationale">Why the rule exists.</param>
    /// <param name="source">The citation.</param>
    /// <returns>This builder.</returns>
    public RuleBuilder Because(string rationale, string source)
    {
        _rationale = rationale ?? throw new ArgumentNullException(nameof(rationale));
        _source = source ?? throw new ArgumentNullException(nameof(source));
        return this;
    }

    /// <summary>Makes it a member rule (the default).</summary>
    /// <returns>This builder.</returns>
    public RuleBuilder ForMember()
    {
        _subject = RuleSubject.Member;
        return this;
    }

    /// <summary>Makes it a group rule.</summary>
    /// <returns>This builder.</returns>
    public RuleBuilder ForGroup()
    {
        _subject = RuleSubject.Group;
        return this;
    }

    /// <summary>Sets the condition from condition text.</summary>
    /// <param name="condition">The text, e.g. <c>phq9.item9 &gt;= 1</c>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">Thrown when the text has a syntax error (the message gives line:column).</exception>
    public RuleBuilder When(string condition)
    {
        var parsed = ConditionParser.Parse(condition ?? throw new ArgumentNullException(nameof(condition)));
        _condition = parsed.Expression ?? throw new ArgumentException($"Rule '{_id}': {parsed.Problems[0]}", nameof(condition));
        return this;
    }

    /// <summary>Recommends a referral.</summary>
    /// <param name="target">The target, e.g. <c>licensed_clinician</c>.</param>
    /// <param name="priority">The priority.</param>
    /// <returns>This builder.</returns>
    public RuleBuilder Refer(string target, RulePriority priority) => Then(RuleAction.Refer, target, priority);

    /// <summary>Recommends outreach.</summary>
    /// <param name="target">The target, e.g. <c>peer_outreach</c>.</param>
    /// <param name="priority">The priority.</param>
    /// <returns>This builder.</returns>
    public RuleBuilder Outreach(string target, RulePriority priority) => Then(RuleAction.Outreach, target, priority);

    /// <summary>Recommends screening with an instrument.</summary>
    /// <param name="instrument">The instrument id, e.g. <c>phq9</c>.</param>
    /// <param name="priority">The priority.</param>
    /// <returns>This builder.</returns>
    public RuleBuilder Screen(string instrument, RulePriority priority) => Then(RuleAction.Screen, instrument, priority);

    /// <summary>Recommends a review.</summary>
    /// <param name="target">The topic, e.g. <c>facilitation_policy</c>.</param>
    /// <param name="priority">The priority.</param>
    /// <returns>This builder.</returns>
    public RuleBuilder Review(string target, RulePriority priority) => Then(RuleAction.Review, target, priority);

    /// <summary>Sets the outcome.</summary>
    /// <param name="action">The action.</param>
    /// <param name="target">The target.</param>
    /// <param name="priority">The priority.</param>
    /// <returns>This builder.</returns>
    public RuleBuilder Then(RuleAction action, string target, RulePriority priority)
    {
        _outcome = new RuleOutcome(action, target ?? throw new ArgumentNullException(nameof(target)), priority);
        return this;
    }

    /// <summary>Sets the reason template appended to the title in recommendations (see <see cref="Rule.Reason"/>).</summary>
    /// <param name="reason">The template, e.g. <c>last PHQ-9 on {phq9.daysSince|date}: item 9 = {phq9.lastItem9}</c>.</param>
    /// <returns>This builder.</returns>
    public RuleBuilder Explained(string reason)
    {
        _reason = reason ?? throw new ArgumentNullException(nameof(reason));
        return this;
    }

    /// <summary>Marks the rule protected.</summary>
    /// <returns>This builder.</returns>
    public RuleBuilder Protected()
    {
        _isProtected = true;
        return this;
    }

    /// <summary>Disables the rule.</summary>
    /// <returns>This builder.</returns>
    public RuleBuilder Disabled()
    {
        _isEnabled = false;
        return this;
    }

    /// <summary>Adds tags.</summary>
    /// <param name="tags">The tags.</param>
    /// <returns>This builder.</returns>
    public RuleBuilder Tagged(params string[] tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        _tags.AddRange(tags);
        return this;
    }

    internal Rule Build() => new(
        _id,
        _title,
        _rationale,
        _source,
        _subject,
        _condition ?? throw new InvalidOperationException($"Rule '{_id}' has no condition; call When(...)."),
        _outcome ?? throw new InvalidOperationException($"Rule '{_id}' has no outcome; call Refer, Outreach, Screen, Review or Then."),
        _isProtected,
        _isEnabled,
        _tags.ToArray(),
        _reason);
}
