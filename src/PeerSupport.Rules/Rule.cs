using PeerSupport.Rules.Language;

namespace PeerSupport.Rules;

/// <summary>
/// One referral rule: when <see cref="Condition"/> is true for a subject, recommend <see cref="Outcome"/>.
/// Built by the JSON loader (<see cref="Serialization.RuleSetJson"/>) or <see cref="RuleBuilder"/>; both give the same model.
/// Validated against a fact schema when the rule set is compiled.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Rule
{
    internal Rule(string id, string title, string rationale, string source, RuleSubject subject, Expression condition, RuleOutcome outcome, bool isProtected, bool isEnabled, IReadOnlyList<string> tags, string reason = "")
    {
        Reason = reason;
        Id = id;
        Title = title;
        Rationale = rationale;
        Source = source;
        Subject = subject;
        Condition = condition;
        Outcome = outcome;
        IsProtected = isProtected;
        IsEnabled = isEnabled;
        Tags = tags;
    }

    /// <summary>Gets the id: lower case letters, digits, '-' or '_', starting with a letter, at most 64 characters.</summary>
    public string Id { get; }

    /// <summary>Gets the title, used as the recommendation's reason (followed by the rendered <see cref="Reason"/> when there is one).</summary>
    public string Title { get; }

    /// <summary>
    /// Gets the reason template (may be empty): text with placeholders naming the facts behind the recommendation, e.g.
    /// <c>last PHQ-9 on {phq9.daysSince|date}: item 9 = {phq9.lastItem9}</c>. <c>{fact}</c> inserts the fact's value
    /// (<c>unknown</c> when absent or missing); <c>{fact|date}</c> inserts the date that many days before the decision date.
    /// </summary>
    public string Reason { get; }

    /// <summary>Gets why the rule exists (may be empty).</summary>
    public string Rationale { get; }

    /// <summary>Gets the source of the threshold (citation; may be empty).</summary>
    public string Source { get; }

    /// <summary>Gets the subject the rule is evaluated for.</summary>
    public RuleSubject Subject { get; }

    /// <summary>Gets the condition's syntax tree; its canonical text is <c>Condition.ToString()</c>.</summary>
    public Expression Condition { get; }

    /// <summary>Gets the outcome.</summary>
    public RuleOutcome Outcome { get; }

    /// <summary>Gets a value indicating whether the rule is protected (disabling or removing it needs an explicit override).</summary>
    public bool IsProtected { get; }

    /// <summary>Gets a value indicating whether the rule is evaluated.</summary>
    public bool IsEnabled { get; }

    /// <summary>Gets free tags for grouping and reporting.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>Returns the id and canonical condition.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => Id + ": " + Condition;
}
