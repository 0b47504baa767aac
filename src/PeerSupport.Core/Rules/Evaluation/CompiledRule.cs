namespace PeerSupport.Rules.Evaluation;

/// <summary>A validated rule with its bound tree, compiled condition and bound reason (null when the rule has none).</summary>
internal sealed class CompiledRule(Rule rule, BoundNode node, CompiledCondition condition, ReasonTemplate? reason = null)
{
    public Rule Rule { get; } = rule;

    public BoundNode Node { get; } = node;

    public CompiledCondition Condition { get; } = condition;

    public ReasonTemplate? Reason { get; } = reason;

    /// <summary>The recommendation's reason: the title, then the rendered reason when the rule has one.</summary>
    public string ReasonFor(IFactReader reader, DateOnly asOf) =>
        Reason is null ? Rule.Title : Rule.Title + ": " + Reason.Render(reader, asOf);
}
