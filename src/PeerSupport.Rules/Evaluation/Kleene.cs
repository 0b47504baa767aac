namespace PeerSupport.Rules.Evaluation;

/// <summary>Kleene's strong three-valued logic with unknown tags (absent or missing).</summary>
internal static class Kleene
{
    public static TruthValue And(TruthValue left, TruthValue right)
    {
        if (left == TruthValue.False || right == TruthValue.False)
        {
            return TruthValue.False;
        }

        if (left == TruthValue.True && right == TruthValue.True)
        {
            return TruthValue.True;
        }

        return left == TruthValue.UnknownMissing || right == TruthValue.UnknownMissing ? TruthValue.UnknownMissing : TruthValue.UnknownAbsent;
    }

    public static TruthValue Or(TruthValue left, TruthValue right)
    {
        if (left == TruthValue.True || right == TruthValue.True)
        {
            return TruthValue.True;
        }

        if (left == TruthValue.False && right == TruthValue.False)
        {
            return TruthValue.False;
        }

        return left == TruthValue.UnknownMissing || right == TruthValue.UnknownMissing ? TruthValue.UnknownMissing : TruthValue.UnknownAbsent;
    }

    public static TruthValue Not(TruthValue value) => value switch
    {
        TruthValue.True => TruthValue.False,
        TruthValue.False => TruthValue.True,
        _ => value,
    };

    /// <summary>The unknown produced by an operation over two values of which at least one is unknown.</summary>
    public static TruthValue UnknownOf(FactValue left, FactValue right) =>
        left.Kind == FactValueKind.Missing || right.Kind == FactValueKind.Missing ? TruthValue.UnknownMissing : TruthValue.UnknownAbsent;

    public static TruthValue FromBoolean(bool value) => value ? TruthValue.True : TruthValue.False;

    public static TruthValue FromValue(FactValue value) => value.Kind switch
    {
        FactValueKind.Boolean => FromBoolean(value.Boolean),
        FactValueKind.Missing => TruthValue.UnknownMissing,
        _ => TruthValue.UnknownAbsent,
    };

    public static RuleResult ToResult(TruthValue value) => (RuleResult)(int)value;
}
