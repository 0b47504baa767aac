namespace PeerSupport.Rules.Evaluation;

/// <summary>A validated rule with its bound tree and compiled condition.</summary>
internal sealed class CompiledRule(Rule rule, BoundNode node, CompiledCondition condition)
{
    public Rule Rule { get; } = rule;

    public BoundNode Node { get; } = node;

    public CompiledCondition Condition { get; } = condition;
}
