using System.Globalization;

namespace PeerSupport.Rules.Language;

/// <summary>Splits condition text into tokens. Reports the first bad character with its line and column.</summary>
internal sealed class Lexer
{
    private readonly string _text;
    private int _index;
    private int _line = 1;
    private int _column = 1;

    public Lexer(string text) => _text = text;

    public static bool IsIdentifierStart(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_';

    public static bool IsIdentifierPart(char c) => IsIdentifierStart(c) || c is >= '0' and <= '9';

    /// <summary>Tokenizes the whole text; returns null and an error on the first bad token.</summary>
    public List<Token>? Tokenize(out Problem? error)
    {
        var tokens = new List<Token>();
        while (true)
        {
            SkipWhiteSpace();
            if (_index >= _text.Length)
            {
                tokens.Add(new Token(TokenKind.End, string.Empty, 0, _line, _column));
                error = null;
                return tokens;
            }

            var token = Next(out error);
            if (error is not null)
            {
                return null;
            }

            tokens.Add(token);
        }
    }

    private void SkipWhiteSpace()
    {
        while (_index < _text.Length && char.IsWhiteSpace(_text[_index]))
        {
            Advance();
        }
    }

    private void Advance()
    {
        if (_text[_index] == '\n')
        {
            _line++;
            _column = 1;
        }
        else
        {
            _column++;
        }

        _index++;
    }

    private char Peek(int offset = 0) => _index + offset < _text.Length ? _text[_index + offset] : '\0';

    private Token Simple(TokenKind kind, int length, int line, int column)
    {
        var text = _text.Substring(_index, length);
        for (var i = 0; i < length; i++)
        {
            Advance();
        }

        return new Token(kind, text, 0, line, column);
    }

    private Token Next(out Problem? error)
    {
        error = null;
        var line = _line;
        var column = _column;
        var c = Peek();
        switch (c)
        {
            case '(':
                return Simple(TokenKind.LeftParen, 1, line, column);
            case ')':
                return Simple(TokenKind.RightParen, 1, line, column);
            case ',':
                return Simple(TokenKind.Comma, 1, line, column);
            case '.':
                return Simple(TokenKind.Dot, 1, line, column);
            case '+':
                return Simple(TokenKind.Plus, 1, line, column);
            case '-':
                return Simple(TokenKind.Minus, 1, line, column);
            case '=':
                return Peek(1) == '=' ? Simple(TokenKind.Equal, 2, line, column) : Simple(TokenKind.Equal, 1, line, column);
            case '!' when Peek(1) == '=':
                return Simple(TokenKind.NotEqual, 2, line, column);
            case '<':
                return Peek(1) == '=' ? Simple(TokenKind.LessOrEqual, 2, line, column)
                    : Peek(1) == '>' ? Simple(TokenKind.NotEqual, 2, line, column)
                    : Simple(TokenKind.Less, 1, line, column);
            case '>':
                return Peek(1) == '=' ? Simple(TokenKind.GreaterOrEqual, 2, line, column) : Simple(TokenKind.Greater, 1, line, column);
            case '≥':
                return Simple(TokenKind.GreaterOrEqual, 1, line, column);
            case '≤':
                return Simple(TokenKind.LessOrEqual, 1, line, column);
            case '≠':
                return Simple(TokenKind.NotEqual, 1, line, column);
            case '\'':
                return ReadText(line, column, out error);
            default:
                break;
        }

        if (c is >= '0' and <= '9')
        {
            return ReadNumber(line, column, out error);
        }

        if (IsIdentifierStart(c))
        {
            var start = _index;
            while (_index < _text.Length && IsIdentifierPart(_text[_index]))
            {
                Advance();
            }

            var word = _text[start.._index];
            var kind = word switch
            {
                "and" => TokenKind.And,
                "or" => TokenKind.Or,
                "not" => TokenKind.Not,
                "true" => TokenKind.True,
                "false" => TokenKind.False,
                _ => TokenKind.Identifier,
            };
            return new Token(kind, word, 0, line, column);
        }

        var shown = char.IsControl(c) ? "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : "'" + c + "'";
        error = Problem.AtLine("syntax", line, column, $"unexpected character {shown}");
        return default;
    }

    private Token ReadNumber(int line, int column, out Problem? error)
    {
        error = null;
        var start = _index;
        while (Peek() is >= '0' and <= '9')
        {
            Advance();
        }

        if (Peek() == '.' && Peek(1) is >= '0' and <= '9')
        {
            Advance();
            while (Peek() is >= '0' and <= '9')
            {
                Advance();
            }
        }

        var text = _text[start.._index];
        if (Peek() == 'd' && !IsIdentifierPart(Peek(1)))
        {
            Advance();
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var days) || days > ConditionLimits.MaxWindowDays)
            {
                error = Problem.AtLine("out-of-range", line, column, $"duration '{text}d' must be whole days in 0–{ConditionLimits.MaxWindowDays}");
                return default;
            }

            return new Token(TokenKind.Duration, text + "d", days, line, column);
        }

        if (IsIdentifierPart(Peek()))
        {
            error = Problem.AtLine("syntax", line, column, $"malformed number '{text}{Peek()}': a duration is written like 30d");
            return default;
        }

        if (text.Length > 32 || !double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            error = Problem.AtLine("too-long", line, column, $"number '{text}' must have at most 32 characters");
            return default;
        }

        return new Token(TokenKind.Number, text, value, line, column);
    }

    private Token ReadText(int line, int column, out Problem? error)
    {
        error = null;
        Advance();
        var builder = new System.Text.StringBuilder();
        while (true)
        {
            if (_index >= _text.Length || Peek() == '\n')
            {
                error = Problem.AtLine("syntax", line, column, "unterminated text: a text starts and ends with ' (write '' for a quote inside)");
                return default;
            }

            var c = Peek();
            Advance();
            if (c == '\'')
            {
                if (Peek() == '\'')
                {
                    builder.Append('\'');
                    Advance();
                    continue;
                }

                break;
            }

            builder.Append(c);
            if (builder.Length > ConditionLimits.MaxTextLiteralLength)
            {
                error = Problem.AtLine("too-long", line, column, $"text must have at most {ConditionLimits.MaxTextLiteralLength} characters");
                return default;
            }
        }

        return new Token(TokenKind.Text, builder.ToString(), 0, line, column);
    }
}
