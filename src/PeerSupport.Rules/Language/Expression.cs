namespace PeerSupport.Rules.Language;

/// <summary>
/// A node of a condition's syntax tree. Trees are immutable; build them with the parser
/// (<see cref="ConditionParser.Parse(string)"/>) or <see cref="RuleBuilder.When(string)"/>.
/// Two trees with the same canonical text (<see cref="ToString"/>) mean the same condition.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public abstract class Expression
{
    private protected Expression(SourcePosition position) => Position = position;

    /// <summary>Gets where the node starts in the condition text (0:0 for nodes built in code).</summary>
    public SourcePosition Position { get; }

    /// <summary>Gets the kind of node.</summary>
    public abstract ExpressionKind Kind { get; }

    /// <summary>Returns the canonical condition text of this node (<see cref="ConditionPrinter"/>).</summary>
    /// <returns>The canonical text.</returns>
    public override string ToString() => ConditionPrinter.Print(this);
}
