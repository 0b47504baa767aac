using System.Text;
using PeerSupport.Rules.Language;

namespace PeerSupport.Rules.Evaluation;

/// <summary>
/// One comparison (or boolean fact, or <c>has</c>) seen while evaluating a rule, with the values it used, rendered like
/// <c>phq9.item9 = 2 ≥ 1 ✔</c> (✔ true, ✘ false, ? unknown).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ComparisonExplanation
{
    internal ComparisonExplanation(string text, string? leftText, FactValue left, ComparisonOperator? op, string? rightText, FactValue right, TruthValue result)
    {
        Text = text;
        LeftText = leftText;
        Left = left;
        Operator = op;
        RightText = rightText;
        Right = right;
        Result = result;
    }

    /// <summary>Gets the canonical text of the comparison, e.g. <c>phq9.item9 &gt;= 1</c>.</summary>
    public string Text { get; }

    /// <summary>Gets the text of the left operand when it is not a literal, else <see langword="null"/>.</summary>
    public string? LeftText { get; }

    /// <summary>Gets the left operand's value.</summary>
    public FactValue Left { get; }

    /// <summary>Gets the operator, or <see langword="null"/> for a boolean fact or <c>has</c> used as a truth value.</summary>
    public ComparisonOperator? Operator { get; }

    /// <summary>Gets the text of the right operand when it is not a literal, else <see langword="null"/>.</summary>
    public string? RightText { get; }

    /// <summary>Gets the right operand's value (absent when <see cref="Operator"/> is null).</summary>
    public FactValue Right { get; }

    /// <summary>Gets the result.</summary>
    public TruthValue Result { get; }

    /// <summary>Renders the comparison with its values, e.g. <c>phq9.item9 = 2 ≥ 1 ✔</c>.</summary>
    /// <returns>The rendering.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder();
        Side(builder, LeftText, Left);
        if (Operator is ComparisonOperator op)
        {
            builder.Append(' ').Append(op switch
            {
                ComparisonOperator.Equal => "=",
                ComparisonOperator.NotEqual => "≠",
                ComparisonOperator.Less => "<",
                ComparisonOperator.LessOrEqual => "≤",
                ComparisonOperator.Greater => ">",
                _ => "≥",
            }).Append(' ');
            Side(builder, RightText, Right);
        }

        builder.Append(Result switch
        {
            TruthValue.True => " ✔",
            TruthValue.False => " ✘",
            _ => " ?",
        });
        return builder.ToString();
    }

    private static void Side(StringBuilder builder, string? text, FactValue value)
    {
        if (text is not null)
        {
            builder.Append(text).Append(" = ");
        }

        builder.Append(value.Kind == FactValueKind.Number ? ConditionPrinter.FormatNumber(value.Number) : value.ToString());
    }
}
