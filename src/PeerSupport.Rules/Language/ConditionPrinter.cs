using System.Globalization;
using System.Text;

namespace PeerSupport.Rules.Language;

/// <summary>
/// Prints a syntax tree as canonical condition text: single spaces around operators, lower-case keywords,
/// parentheses only where precedence needs them. Parsing the printed text gives a tree that prints the same.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class ConditionPrinter
{
    /// <summary>Prints <paramref name="expression"/> as canonical text.</summary>
    /// <param name="expression">The tree.</param>
    /// <returns>The canonical text.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="expression"/> is null.</exception>
    public static string Print(Expression expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var builder = new StringBuilder();
        Write(builder, expression);
        return builder.ToString();
    }

    /// <summary>Formats a number the way the printer writes it (invariant culture, no exponent).</summary>
    internal static string FormatNumber(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('E', StringComparison.Ordinal) ? value.ToString("0.####################", CultureInfo.InvariantCulture) : text;
    }

    internal static string Symbol(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Equal => "=",
        ComparisonOperator.NotEqual => "!=",
        ComparisonOperator.Less => "<",
        ComparisonOperator.LessOrEqual => "<=",
        ComparisonOperator.Greater => ">",
        _ => ">=",
    };

    private static int Precedence(Expression expression) => expression switch
    {
        LogicalExpression { IsAnd: false } => 1,
        LogicalExpression => 2,
        NotExpression => 3,
        ComparisonExpression => 4,
        ArithmeticExpression => 5,
        _ => 6,
    };

    private static void WriteOperand(StringBuilder builder, Expression operand, int parent, bool right)
    {
        var precedence = Precedence(operand);
        var needsParentheses = precedence < parent || (right && precedence == parent && precedence < 6)
            || (parent == 4 && precedence == 4);
        if (needsParentheses)
        {
            builder.Append('(');
            Write(builder, operand);
            builder.Append(')');
        }
        else
        {
            Write(builder, operand);
        }
    }

    private static void Write(StringBuilder builder, Expression expression)
    {
        switch (expression)
        {
            case LiteralExpression literal:
                builder.Append(literal.Value.Kind == FactValueKind.Number ? FormatNumber(literal.Value.Number) : literal.Value.ToString());
                break;
            case DurationExpression duration:
                builder.Append(duration.Days.ToString(CultureInfo.InvariantCulture)).Append('d');
                break;
            case FactExpression fact:
                builder.Append(fact.Name);
                if (fact.Argument is not null)
                {
                    builder.Append('(');
                    Write(builder, fact.Argument);
                    builder.Append(')');
                }

                break;
            case FunctionExpression function:
                builder.Append(function.Name).Append('(');
                for (var i = 0; i < function.Arguments.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    Write(builder, function.Arguments[i]);
                }

                builder.Append(')');
                break;
            case ComparisonExpression comparison:
                WriteOperand(builder, comparison.Left, 4, false);
                builder.Append(' ').Append(Symbol(comparison.Operator)).Append(' ');
                WriteOperand(builder, comparison.Right, 4, true);
                break;
            case ArithmeticExpression arithmetic:
                WriteOperand(builder, arithmetic.Left, 5, false);
                builder.Append(arithmetic.IsAddition ? " + " : " - ");
                WriteOperand(builder, arithmetic.Right, 5, true);
                break;
            case LogicalExpression logical:
                {
                    var precedence = Precedence(logical);
                    WriteOperand(builder, logical.Left, precedence, false);
                    builder.Append(logical.IsAnd ? " and " : " or ");
                    WriteOperand(builder, logical.Right, precedence, true);
                    break;
                }

            case NotExpression not:
                builder.Append("not ");
                WriteOperand(builder, not.Operand, 3, false);
                break;
            default:
                throw new ArgumentException($"Unsupported node kind {expression.Kind}.", nameof(expression));
        }
    }
}
