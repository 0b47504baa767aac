namespace PeerSupport.Rules.Language;

/// <summary>A duration in whole days, written <c>30d</c>; allowed only as a window argument.</summary>
public sealed class DurationExpression : Expression
{
    internal DurationExpression(int days, SourcePosition position)
        : base(position) => Days = days;

    /// <summary>Gets the number of days, in [0, <see cref="ConditionLimits.MaxWindowDays"/>].</summary>
    public int Days { get; }

    /// <inheritdoc/>
    public override ExpressionKind Kind => ExpressionKind.Duration;
}
