using System.Globalization;
using PeerSupport.Rules.Language;

namespace PeerSupport.Rules.Evaluation;

/// <summary>
/// Resolves a syntax tree against a fact schema for one subject: unknown names (with a suggestion), wrong argument
/// kinds, type mismatches and comparisons that can never (or always) be true given declared ranges are errors.
/// Collects every error it finds.
/// </summary>
internal sealed class Binder(FactSchema schema, RuleSubject subject, SlotTable slots, List<Problem> errors)
{
    private readonly FactSubjects _subjectFlag = subject == RuleSubject.Member ? FactSubjects.Member : FactSubjects.Group;

    public BoundNode? BindCondition(Expression expression)
    {
        var bound = Bind(expression);
        if (bound is not null && bound.Type != FactType.Boolean)
        {
            Error(expression, "type-mismatch", $"a condition must be true or false, but '{expression}' is a {Name(bound.Type)}");
            return null;
        }

        return bound;
    }

    /// <summary>Binds a reference to one fact (a fact name, with its argument, or a count(...) call), e.g. a reason placeholder.</summary>
    public BoundFact? BindFactReference(Expression expression, List<Problem> referenceErrors)
    {
        var before = errors.Count;
        var bound = expression switch
        {
            FactExpression fact => BindFact(fact, null),
            FunctionExpression { Name: "count" } count => BindFunction(count) as BoundFact,
            _ => null,
        };
        if (!ReferenceEquals(referenceErrors, errors))
        {
            referenceErrors.AddRange(errors.Skip(before));
            errors.RemoveRange(before, errors.Count - before);
        }

        return bound;
    }

    private static string Name(FactType type) => type.ToString().ToLowerInvariant();

    private void Error(Expression at, string code, string message) => errors.Add(Problem.AtLine(code, at.Position.Line, at.Position.Column, message));

    private BoundNode? Bind(Expression expression)
    {
        switch (expression)
        {
            case LiteralExpression literal:
                return new BoundLiteral(literal.Value, literal);
            case DurationExpression duration:
                Error(duration, "invalid-argument", $"a duration ({duration}) is only allowed as a window argument, e.g. count(incidents.conflict, {duration})");
                return null;
            case FactExpression fact:
                return BindFact(fact, null);
            case FunctionExpression function:
                return BindFunction(function);
            case ComparisonExpression comparison:
                return BindComparison(comparison);
            case ArithmeticExpression arithmetic:
                {
                    var left = BindOperand(arithmetic.Left, FactType.Number, arithmetic.IsAddition ? "+" : "-");
                    var right = BindOperand(arithmetic.Right, FactType.Number, arithmetic.IsAddition ? "+" : "-");
                    return left is null || right is null ? null : new BoundArithmetic(arithmetic.IsAddition, left, right, arithmetic);
                }

            case LogicalExpression logical:
                {
                    var keyword = logical.IsAnd ? "and" : "or";
                    var left = BindOperand(logical.Left, FactType.Boolean, keyword);
                    var right = BindOperand(logical.Right, FactType.Boolean, keyword);
                    return left is null || right is null ? null : new BoundLogical(logical.IsAnd, left, right, logical);
                }

            case NotExpression not:
                {
                    var operand = BindOperand(not.Operand, FactType.Boolean, "not");
                    return operand is null ? null : new BoundNot(operand, not);
                }

            default:
                Error(expression, "unsupported-expression", $"unsupported expression kind {expression.Kind}");
                return null;
        }
    }

    private BoundNode? BindOperand(Expression operand, FactType expected, string op)
    {
        var bound = Bind(operand);
        if (bound is not null && bound.Type != expected)
        {
            Error(operand, "type-mismatch", $"'{op}' needs a {Name(expected)}, but '{operand}' is a {Name(bound.Type)}");
            return null;
        }

        return bound;
    }

    private FactDefinition? Resolve(FactExpression fact)
    {
        if (schema.TryGetFact(fact.Name, out var definition))
        {
            if ((definition.Subjects & _subjectFlag) == 0)
            {
                Error(fact, "fact-not-available", $"fact '{fact.Name}' is not available for {subject.ToString().ToLowerInvariant()} rules");
                return null;
            }

            return definition;
        }

        var suggestion = FactSchema.Suggest(fact.Name, schema.Facts.Where(f => (f.Subjects & _subjectFlag) != 0).Select(f => f.Name));
        Error(fact, "unknown-fact", suggestion is null ? $"unknown fact '{fact.Name}'" : $"unknown fact '{fact.Name}'; did you mean '{suggestion}'?");
        return null;
    }

    private BoundFact? BindFact(FactExpression fact, DurationExpression? countWindow, Expression? countCall = null)
    {
        var definition = Resolve(fact);
        if (definition is null)
        {
            return null;
        }

        if (definition.IsCounter && countWindow is null)
        {
            Error(fact, "invalid-argument", $"'{fact.Name}' counts events; write count({fact.Name}, 30d) with a window");
            return null;
        }

        if (definition.IsCounter)
        {
            if (fact.Argument is not null)
            {
                Error(fact, "invalid-argument", $"'{fact.Name}' takes no argument inside count(); give the window as count's second argument");
                return null;
            }

            var key = string.Create(CultureInfo.InvariantCulture, $"count({fact.Name}, {countWindow!.Days}d)");
            // The bound node's source is the whole count(...) call, so explanations show the count as the rule wrote it.
            return new BoundFact(slots.GetOrAdd(definition, countWindow.Days, null, key), countCall ?? fact);
        }

        switch (definition.Parameter)
        {
            case FactParameter.None when fact.Argument is not null:
                Error(fact, "invalid-argument", $"fact '{fact.Name}' takes no argument");
                return null;
            case FactParameter.None:
                return new BoundFact(slots.GetOrAdd(definition, null, null, fact.Name), fact);
            case FactParameter.Window when fact.Argument is DurationExpression window:
                return new BoundFact(slots.GetOrAdd(definition, window.Days, null, fact.ToString()), fact);
            case FactParameter.Window:
                Error(fact, "invalid-argument", $"fact '{fact.Name}' needs a window argument, e.g. {fact.Name}(30d)");
                return null;
            case FactParameter.Target when fact.Argument is LiteralExpression { Value.Kind: FactValueKind.Text } literal:
                {
                    var target = literal.Value.Text;
                    if (!definition.AllowedArguments.Contains(target, StringComparer.Ordinal))
                    {
                        var suggestion = FactSchema.Suggest(target, definition.AllowedArguments);
                        Error(literal, "invalid-argument", $"'{target}' is not a target of {fact.Name} (allowed: {string.Join(", ", definition.AllowedArguments)})" + (suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?"));
                        return null;
                    }

                    return new BoundFact(slots.GetOrAdd(definition, null, target, fact.ToString()), fact);
                }

            default:
                Error(fact, "invalid-argument", $"fact '{fact.Name}' needs a target argument, e.g. {fact.Name}('{definition.AllowedArguments[0]}')");
                return null;
        }
    }

    private BoundNode? BindFunction(FunctionExpression function)
    {
        if (function.Name == "has")
        {
            if (function.Arguments.Count != 1)
            {
                Error(function, "invalid-argument", $"has() takes one fact, got {function.Arguments.Count} arguments");
                return null;
            }

            var argument = function.Arguments[0];
            BoundFact? fact = argument switch
            {
                FactExpression f => BindFact(f, null),
                FunctionExpression { Name: "count" } c => BindFunction(c) as BoundFact,
                _ => null,
            };
            if (fact is null)
            {
                if (argument is not (FactExpression or FunctionExpression))
                {
                    Error(argument, "invalid-argument", $"has() takes a fact, not '{argument}'");
                }

                return null;
            }

            return new BoundHas(fact, function);
        }

        if (function.Arguments.Count != 2 || function.Arguments[0] is not FactExpression counted || function.Arguments[1] is not DurationExpression window)
        {
            Error(function, "invalid-argument", "count() takes a counted fact and a window, e.g. count(incidents.crisis_disclosure, 7d)");
            return null;
        }

        if (schema.TryGetFact(counted.Name, out var definition) && !definition.IsCounter)
        {
            Error(counted, "invalid-argument", $"'{counted.Name}' is not a counter; count() counts dated events such as incidents.harmful_advice");
            return null;
        }

        return BindFact(counted, window, function);
    }

    private BoundCompare? BindComparison(ComparisonExpression comparison)
    {
        var left = Bind(comparison.Left);
        var right = Bind(comparison.Right);
        if (left is null || right is null)
        {
            return null;
        }

        var symbol = ConditionPrinter.Symbol(comparison.Operator);
        if (left.Type != right.Type)
        {
            Error(comparison, "type-mismatch", $"cannot compare a {Name(left.Type)} ({comparison.Left}) with a {Name(right.Type)} ({comparison.Right})");
            return null;
        }

        if (left.Type != FactType.Number && comparison.Operator is not (ComparisonOperator.Equal or ComparisonOperator.NotEqual))
        {
            Error(comparison, "type-mismatch", $"'{symbol}' orders numbers; a {Name(left.Type)} can only be compared with = or !=");
            return null;
        }

        if (!CheckTextValue(left, right) || !CheckTextValue(right, left))
        {
            return null;
        }

        if (left.Type == FactType.Number && !CheckRange(comparison, left, right))
        {
            return null;
        }

        return new BoundCompare(comparison.Operator, left, right, comparison);
    }

    private bool CheckTextValue(BoundNode fact, BoundNode literal)
    {
        if (fact is not BoundFact { Type: FactType.Text } boundFact || literal is not BoundLiteral boundLiteral)
        {
            return true;
        }

        var allowed = boundFact.Request.Definition.AllowedValues;
        var value = boundLiteral.Value.Text;
        if (allowed.Contains(value, StringComparer.Ordinal))
        {
            return true;
        }

        var suggestion = FactSchema.Suggest(value, allowed);
        Error(literal.Source, "unknown-value", $"'{value}' is not a value of {boundFact.Request.Name} (allowed: {string.Join(", ", allowed)})" + (suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?"));
        return false;
    }

    /// <summary>The interval a numeric operand can take; each subtree is visited once, so the cost is linear in its size.</summary>
    private static (double Min, double Max) Range(BoundNode node)
    {
        switch (node)
        {
            case BoundLiteral literal:
                return (literal.Value.Number, literal.Value.Number);
            case BoundFact fact:
                return (fact.Request.Definition.Minimum ?? double.NegativeInfinity, fact.Request.Definition.Maximum ?? double.PositiveInfinity);
            case BoundArithmetic a:
                var left = Range(a.Left);
                var right = Range(a.Right);
                return a.IsAddition ? (left.Min + right.Min, left.Max + right.Max) : (left.Min - right.Max, left.Max - right.Min);
            default:
                return (double.NegativeInfinity, double.PositiveInfinity);
        }
    }

    private bool CheckRange(ComparisonExpression comparison, BoundNode left, BoundNode right)
    {
        var (lMin, lMax) = Range(left);
        var (rMin, rMax) = Range(right);
        if (double.IsNaN(lMin + lMax + rMin + rMax))
        {
            return true;
        }

        var (canBeTrue, canBeFalse) = comparison.Operator switch
        {
            ComparisonOperator.Less => (lMin < rMax, lMax >= rMin),
            ComparisonOperator.LessOrEqual => (lMin <= rMax, lMax > rMin),
            ComparisonOperator.Greater => (lMax > rMin, lMin <= rMax),
            ComparisonOperator.GreaterOrEqual => (lMax >= rMin, lMin < rMax),
            ComparisonOperator.Equal => (lMin <= rMax && rMin <= lMax, !(lMin == lMax && rMin == rMax && lMin == rMin)),
            _ => (!(lMin == lMax && rMin == rMax && lMin == rMin), lMin <= rMax && rMin <= lMax),
        };
        if (canBeTrue && canBeFalse)
        {
            return true;
        }

        var ranges = string.Join("; ", new[] { left, right }.OfType<BoundFact>().Select(f => f.Request.Name + " is" + f.Request.Definition.RangeText()));
        var why = ranges.Length == 0 ? "it compares constants" : ranges;
        Error(comparison, "constant-condition", $"'{comparison}' is always {(canBeTrue ? "true" : "false")}: {why}");
        return false;
    }
}
