namespace PeerSupport.Rules.Language;

/// <summary>
/// Parses condition text into a syntax tree with a hand-written recursive-descent parser. It never evaluates anything,
/// never looks up types or methods, and enforces <see cref="ConditionLimits"/>. Names are not resolved here; binding
/// against a <see cref="FactSchema"/> happens when a rule set is validated.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class ConditionParser
{
    /// <summary>Parses <paramref name="text"/>.</summary>
    /// <param name="text">The condition text, at most <see cref="ConditionLimits.MaxTextLength"/> characters.</param>
    /// <returns>The syntax tree or the first syntax error with its 1-based line and column.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="text"/> is null.</exception>
    public static ConditionParseResult Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > ConditionLimits.MaxTextLength)
        {
            return Fail(Problem.AtLine("too-long", 1, 1, $"condition must have at most {ConditionLimits.MaxTextLength} characters, had {text.Length}"));
        }

        var tokens = new Lexer(text).Tokenize(out var lexError);
        if (tokens is null)
        {
            return Fail(lexError!);
        }

        var state = new State(tokens);
        try
        {
            var expression = state.ParseOr(0);
            if (state.Current.Kind != TokenKind.End)
            {
                throw State.Error(state.Current, $"unexpected {Describe(state.Current)} after a complete condition");
            }

            return new ConditionParseResult(expression, []);
        }
        catch (ParseException ex)
        {
            return Fail(ex.Error);
        }
    }

    private static ConditionParseResult Fail(Problem error) => new(null, [error]);

    private static string Describe(Token token) => token.Kind switch
    {
        TokenKind.End => "end of condition",
        TokenKind.Text => "text '" + token.Text + "'",
        _ => "'" + token.Text + "'",
    };

    private sealed class ParseException(Problem error) : Exception(error.Message)
    {
        public Problem Error { get; } = error;
    }

    private sealed class State(List<Token> tokens)
    {
        private int _position;
        private int _nodes;

        public Token Current => tokens[_position];

        public static ParseException Error(Token at, string message, string code = "syntax") => new(Problem.AtLine(code, at.Line, at.Column, message));

        public Expression ParseOr(int depth)
        {
            if (depth > ConditionLimits.MaxDepth)
            {
                throw Error(Current, $"condition nests deeper than {ConditionLimits.MaxDepth} levels", "too-deep");
            }

            var left = ParseAnd(depth);
            while (Current.Kind == TokenKind.Or)
            {
                var op = Take();
                var right = ParseAnd(depth);
                left = Count(new LogicalExpression(false, left, right, new SourcePosition(op.Line, op.Column)));
            }

            return left;
        }

        private Expression ParseAnd(int depth)
        {
            var left = ParseNot(depth);
            while (Current.Kind == TokenKind.And)
            {
                var op = Take();
                var right = ParseNot(depth);
                left = Count(new LogicalExpression(true, left, right, new SourcePosition(op.Line, op.Column)));
            }

            return left;
        }

        private Expression ParseNot(int depth)
        {
            if (Current.Kind == TokenKind.Not)
            {
                var op = Take();
                if (depth + 1 > ConditionLimits.MaxDepth)
                {
                    throw Error(op, $"condition nests deeper than {ConditionLimits.MaxDepth} levels", "too-deep");
                }

                var operand = ParseNot(depth + 1);
                return Count(new NotExpression(operand, new SourcePosition(op.Line, op.Column)));
            }

            return ParseComparison(depth);
        }

        private Expression ParseComparison(int depth)
        {
            var left = ParseAdditive(depth);
            ComparisonOperator? op = Current.Kind switch
            {
                TokenKind.Equal => ComparisonOperator.Equal,
                TokenKind.NotEqual => ComparisonOperator.NotEqual,
                TokenKind.Less => ComparisonOperator.Less,
                TokenKind.LessOrEqual => ComparisonOperator.LessOrEqual,
                TokenKind.Greater => ComparisonOperator.Greater,
                TokenKind.GreaterOrEqual => ComparisonOperator.GreaterOrEqual,
                _ => null,
            };
            if (op is null)
            {
                return left;
            }

            var opToken = Take();
            var right = ParseAdditive(depth);
            if (Current.Kind is TokenKind.Equal or TokenKind.NotEqual or TokenKind.Less or TokenKind.LessOrEqual or TokenKind.Greater or TokenKind.GreaterOrEqual)
            {
                throw Error(Current, "comparisons cannot be chained; use 'and' or parentheses");
            }

            return Count(new ComparisonExpression(op.Value, left, right, new SourcePosition(opToken.Line, opToken.Column)));
        }

        private Expression ParseAdditive(int depth)
        {
            var left = ParseUnary(depth);
            while (Current.Kind is TokenKind.Plus or TokenKind.Minus)
            {
                var op = Take();
                var right = ParseUnary(depth);
                left = Count(new ArithmeticExpression(op.Kind == TokenKind.Plus, left, right, new SourcePosition(op.Line, op.Column)));
            }

            return left;
        }

        private Expression ParseUnary(int depth)
        {
            if (Current.Kind == TokenKind.Minus)
            {
                var minus = Take();
                if (Current.Kind != TokenKind.Number)
                {
                    throw Error(Current, $"expected a number after '-', found {Describe(Current)}");
                }

                var number = Take();
                return Count(new LiteralExpression(FactValue.FromNumber(-number.Number), new SourcePosition(minus.Line, minus.Column)));
            }

            return ParsePrimary(depth);
        }

        private Expression ParsePrimary(int depth)
        {
            var token = Current;
            var position = new SourcePosition(token.Line, token.Column);
            switch (token.Kind)
            {
                case TokenKind.Number:
                    Take();
                    return Count(new LiteralExpression(FactValue.FromNumber(token.Number), position));
                case TokenKind.Text:
                    Take();
                    return Count(new LiteralExpression(FactValue.FromText(token.Text), position));
                case TokenKind.True:
                case TokenKind.False:
                    Take();
                    return Count(new LiteralExpression(FactValue.FromBoolean(token.Kind == TokenKind.True), position));
                case TokenKind.Duration:
                    Take();
                    return Count(new DurationExpression((int)token.Number, position));
                case TokenKind.LeftParen:
                    {
                        Take();
                        var inner = ParseOr(depth + 1);
                        Expect(TokenKind.RightParen, "')'");
                        return inner;
                    }

                case TokenKind.Identifier:
                    return ParseName(depth);
                default:
                    throw Error(token, $"expected a number, text, fact or '(', found {Describe(token)}");
            }
        }

        private Expression ParseName(int depth)
        {
            var first = Take();
            var position = new SourcePosition(first.Line, first.Column);
            var name = first.Text;
            while (Current.Kind == TokenKind.Dot)
            {
                Take();
                if (Current.Kind != TokenKind.Identifier)
                {
                    throw Error(Current, $"expected a name after '.', found {Describe(Current)}");
                }

                name += "." + Take().Text;
                if (name.Length > 128)
                {
                    throw Error(first, "fact name must have at most 128 characters", "too-long");
                }
            }

            if (Current.Kind != TokenKind.LeftParen)
            {
                return Count(new FactExpression(name, null, position));
            }

            var open = Take();
            if (depth + 1 > ConditionLimits.MaxDepth)
            {
                throw Error(open, $"condition nests deeper than {ConditionLimits.MaxDepth} levels", "too-deep");
            }

            var arguments = new List<Expression>();
            if (Current.Kind != TokenKind.RightParen)
            {
                arguments.Add(ParseOr(depth + 1));
                while (Current.Kind == TokenKind.Comma)
                {
                    Take();
                    arguments.Add(ParseOr(depth + 1));
                }
            }

            Expect(TokenKind.RightParen, "')' or ','");
            if (name is "count" or "has")
            {
                return Count(new FunctionExpression(name, arguments.AsReadOnly(), position));
            }

            if (arguments.Count != 1 || arguments[0] is not (LiteralExpression { Value.Kind: FactValueKind.Text } or DurationExpression))
            {
                throw Error(open, $"'{name}(...)' is not a function (functions are count and has); a fact takes exactly one argument, a text like 'licensed_clinician' or a duration like 30d");
            }

            return Count(new FactExpression(name, arguments[0], position));
        }

        private Token Take()
        {
            var token = tokens[_position];
            if (_position < tokens.Count - 1)
            {
                _position++;
            }

            return token;
        }

        private void Expect(TokenKind kind, string what)
        {
            if (Current.Kind != kind)
            {
                throw Error(Current, $"expected {what}, found {Describe(Current)}");
            }

            Take();
        }

        private T Count<T>(T node)
            where T : Expression
        {
            if (++_nodes > ConditionLimits.MaxNodes)
            {
                throw Error(Current, $"condition has more than {ConditionLimits.MaxNodes} nodes", "too-many");
            }

            return node;
        }
    }
}
