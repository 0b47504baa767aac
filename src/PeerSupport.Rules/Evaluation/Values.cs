using PeerSupport.Rules.Language;

namespace PeerSupport.Rules.Evaluation;

/// <summary>Value checks and comparisons shared by the compiled evaluator and the reference interpreter.</summary>
internal static class Values
{
    /// <summary>Checks that a reader returned the declared type; throws <see cref="RuleEvaluationException"/> when not.</summary>
    public static FactValue Check(FactValue value, in FactRequest request)
    {
        if (!value.IsKnown)
        {
            return value;
        }

        var definition = request.Definition;
        var expected = definition.Type switch
        {
            FactType.Number => FactValueKind.Number,
            FactType.Boolean => FactValueKind.Boolean,
            _ => FactValueKind.Text,
        };
        if (value.Kind != expected)
        {
            throw new RuleEvaluationException($"fact '{request.Key}' must be a {definition.Type.ToString().ToLowerInvariant()}, the reader returned a {value.Kind.ToString().ToLowerInvariant()}");
        }

        if (expected == FactValueKind.Text)
        {
            var allowed = definition.AllowedValues;
            for (var i = 0; i < allowed.Count; i++)
            {
                if (string.Equals(allowed[i], value.Text, StringComparison.Ordinal))
                {
                    return value;
                }
            }

            throw new RuleEvaluationException($"fact '{request.Key}' must be one of {string.Join(", ", allowed)}; the reader returned another value");
        }

        if (expected == FactValueKind.Number && ((definition.Minimum is double min && value.Number < min) || (definition.Maximum is double max && value.Number > max)))
        {
            throw new RuleEvaluationException($"fact '{request.Key}' must be in{definition.RangeText()}; the reader returned a value outside it");
        }

        return value;
    }

    public static TruthValue Compare(ComparisonOperator op, FactValue left, FactValue right)
    {
        if (!left.IsKnown || !right.IsKnown)
        {
            return Kleene.UnknownOf(left, right);
        }

        if (left.Kind == FactValueKind.Number)
        {
            var l = left.Number;
            var r = right.Number;
            return Kleene.FromBoolean(op switch
            {
                ComparisonOperator.Equal => l == r,
                ComparisonOperator.NotEqual => l != r,
                ComparisonOperator.Less => l < r,
                ComparisonOperator.LessOrEqual => l <= r,
                ComparisonOperator.Greater => l > r,
                _ => l >= r,
            });
        }

        var equal = left.Kind == FactValueKind.Boolean ? left.Boolean == right.Boolean : string.Equals(left.Text, right.Text, StringComparison.Ordinal);
        return Kleene.FromBoolean(op == ComparisonOperator.Equal ? equal : !equal);
    }

    public static FactValue Arithmetic(bool isAddition, FactValue left, FactValue right)
    {
        if (!left.IsKnown || !right.IsKnown)
        {
            return left.Kind == FactValueKind.Missing || right.Kind == FactValueKind.Missing ? FactValue.Missing : FactValue.Absent;
        }

        var result = isAddition ? left.Number + right.Number : left.Number - right.Number;
        if (!double.IsFinite(result))
        {
            throw new RuleEvaluationException("arithmetic overflowed");
        }

        return FactValue.FromNumber(result);
    }
}
