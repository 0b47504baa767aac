using System.Globalization;
using System.Text;
using PeerSupport.Rules.Language;

namespace PeerSupport.Rules.Evaluation;

/// <summary>
/// A rule's reason text with placeholders bound at load time: <c>{fact}</c> inserts the value of a fact (as written in
/// a condition, e.g. <c>{phq9.lastItem9}</c> or <c>{count(incidents.conflict, 30d)}</c>); <c>{fact|date}</c> inserts
/// the date that many days before the decision date (for day-count facts such as <c>phq9.daysSince</c>). A value that is
/// absent or missing renders as <c>unknown</c>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class ReasonTemplate
{
    /// <summary>Most placeholders one reason may hold.</summary>
    public const int MaxPlaceholders = 16;

    /// <summary>Longest reason text.</summary>
    public const int MaxLength = 500;

    [ThreadStatic]
    private static char[]? s_buffer;

    private readonly (string Text, FactRequest? Fact, bool AsDate)[] _parts;

    private ReasonTemplate((string Text, FactRequest? Fact, bool AsDate)[] parts) => _parts = parts;

    /// <summary>Binds the placeholders of <paramref name="text"/>; errors (path empty, 1-based column) go to <paramref name="errors"/>.</summary>
    public static ReasonTemplate? Bind(string text, Binder binder, List<Problem> errors)
    {
        var before = errors.Count;
        if (text.Length > MaxLength)
        {
            errors.Add(Problem.AtLine("too-long", 1, 1, $"a reason must have at most {MaxLength} characters, had {text.Length}"));
            return null;
        }

        var parts = new List<(string, FactRequest?, bool)>();
        var literal = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '}')
            {
                errors.Add(Problem.AtLine("syntax", 1, i + 1, "'}' without a matching '{' in the reason; placeholders look like {phq9.lastItem9}"));
                return null;
            }

            if (c != '{')
            {
                literal.Append(c);
                i++;
                continue;
            }

            var close = text.IndexOf('}', i + 1);
            if (close < 0)
            {
                errors.Add(Problem.AtLine("syntax", 1, i + 1, "'{' without a closing '}' in the reason"));
                return null;
            }

            var inner = text[(i + 1)..close];
            var asDate = inner.EndsWith("|date", StringComparison.Ordinal);
            var factText = asDate ? inner[..^5] : inner;
            if (factText.Contains('{', StringComparison.Ordinal) || factText.Contains('|', StringComparison.Ordinal))
            {
                errors.Add(Problem.AtLine("syntax", 1, i + 1, $"placeholder '{{{inner}}}' must be a fact, optionally followed by |date"));
                return null;
            }

            var parsed = ConditionParser.Parse(factText);
            var bindErrors = errors.Count;
            var fact = parsed.Expression is null ? null : binder.BindFactReference(parsed.Expression, errors);
            if (fact is null && errors.Count > bindErrors)
            {
                return null;
            }

            if (parsed.Expression is null || fact is null)
            {
                errors.Add(Problem.AtLine("unknown-fact", 1, i + 1, $"placeholder '{{{inner}}}' must name a fact of the schema available for the rule's subject"));
                return null;
            }

            if (asDate && fact.Request.Definition.Type != FactType.Number)
            {
                errors.Add(Problem.AtLine("type-mismatch", 1, i + 1, $"'|date' needs a number of days, but '{factText}' is a {fact.Request.Definition.Type.ToString().ToLowerInvariant()}"));
                return null;
            }

            parts.Add((literal.ToString(), null, false));
            literal.Clear();
            parts.Add((string.Empty, fact.Request, asDate));
            i = close + 1;
        }

        parts.Add((literal.ToString(), null, false));
        if (parts.Count(p => p.Item2 is not null) > MaxPlaceholders)
        {
            errors.Add(Problem.AtLine("too-many", 1, 1, $"a reason may hold at most {MaxPlaceholders} placeholders"));
        }

        return errors.Count > before ? null : new ReasonTemplate([.. parts.Where(p => p.Item1.Length > 0 || p.Item2 is not null)]);
    }

    /// <summary>Gets the slots of the facts the reason shows, in order.</summary>
    public IEnumerable<int> Slots
    {
        get
        {
            foreach (var (_, fact, _) in _parts)
            {
                if (fact is { } request)
                {
                    yield return request.Slot;
                }
            }
        }
    }

    /// <summary>
    /// Renders <paramref name="title"/>, <c>": "</c> and the reason for one subject into one string: the parts are
    /// formatted into a per-thread buffer (a pooled one when a long text value outgrows it) and copied once.
    /// Gives the same text as <c>title + ": " + RenderReference(reader, asOf)</c>.
    /// </summary>
    public string RenderAfter(string title, FactSlots reader, DateOnly asOf)
    {
        // A per-thread buffer, not stackalloc: a 1 KB stack buffer is zeroed on every call. Rendering reads only
        // FactSlots (never a caller's reader), so it cannot re-enter on the same thread.
        var writer = new CharWriter(s_buffer ??= new char[512]);
        try
        {
            writer.Append(title);
            writer.Append(": ");
            foreach (var (text, fact, asDate) in _parts)
            {
                if (fact is not { } request)
                {
                    writer.Append(text);
                    continue;
                }

                var value = reader.Read(in request);
                if (!value.IsKnown)
                {
                    writer.Append("unknown");
                }
                else if (asDate && value.Kind == FactValueKind.Number && Math.Abs(value.Number) <= ConditionLimits.MaxWindowDays * 10)
                {
                    writer.AppendDate(asOf.AddDays(-(int)Math.Round(value.Number)));
                }
                else
                {
                    switch (value.Kind)
                    {
                        case FactValueKind.Number:
                            writer.AppendNumber(value.Number);
                            break;
                        case FactValueKind.Text:
                            writer.Append(value.Text);
                            break;
                        default:
                            writer.Append(value.ToString());
                            break;
                    }
                }
            }

            return writer.ToString();
        }
        finally
        {
            writer.Dispose();
        }
    }

    /// <summary>
    /// Renders the reason for one subject the plain way (one <see cref="StringBuilder"/> append per part): the reference
    /// <see cref="RenderAfter"/> is tested against.
    /// </summary>
    public string RenderReference(IFactReader reader, DateOnly asOf)
    {
        var builder = new StringBuilder();
        foreach (var (text, fact, asDate) in _parts)
        {
            if (fact is not { } request)
            {
                builder.Append(text);
                continue;
            }

            var value = reader.Read(request);
            if (!value.IsKnown)
            {
                builder.Append("unknown");
            }
            else if (asDate && value.Kind == FactValueKind.Number && Math.Abs(value.Number) <= ConditionLimits.MaxWindowDays * 10)
            {
                builder.Append(asOf.AddDays(-(int)Math.Round(value.Number)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(value.Kind == FactValueKind.Text ? value.Text : value.ToString());
            }
        }

        return builder.ToString();
    }

    /// <summary>Characters written into a caller's buffer, moved to a pooled array when they outgrow it.</summary>
    private ref struct CharWriter(Span<char> initial)
    {
        private Span<char> _buffer = initial;
        private char[]? _rented;
        private int _length;

        public void Append(string text)
        {
            if (!text.AsSpan().TryCopyTo(_buffer[_length..]))
            {
                Grow(text.Length);
                text.AsSpan().CopyTo(_buffer[_length..]);
            }

            _length += text.Length;
        }

        /// <summary>Appends a number as <see cref="FactValue.ToString"/> writes it (round-trip, invariant culture).</summary>
        public void AppendNumber(double number)
        {
            int written;
            if (Math.Abs(number) < 1e9 && number == Math.Floor(number) && !(number == 0 && double.IsNegative(number)))
            {
                // A whole number below 10^9 round-trips as its integer digits: the common case (scores, counts, days) skips the double formatter.
                var whole = (int)number;
                while (!whole.TryFormat(_buffer[_length..], out written, default, CultureInfo.InvariantCulture))
                {
                    Grow(16);
                }

                _length += written;
                return;
            }

            while (!number.TryFormat(_buffer[_length..], out written, "R", CultureInfo.InvariantCulture))
            {
                Grow(32);
            }

            _length += written;
        }

        /// <summary>Appends a date as <c>yyyy-MM-dd</c> (invariant; years of <see cref="DateOnly"/> have at most 4 digits).</summary>
        public void AppendDate(DateOnly date)
        {
            if (_buffer.Length - _length < 10)
            {
                Grow(10);
            }

            var (year, month, day) = date;
            var target = _buffer.Slice(_length, 10);
            target[0] = (char)('0' + (year / 1000));
            target[1] = (char)('0' + (year / 100 % 10));
            target[2] = (char)('0' + (year / 10 % 10));
            target[3] = (char)('0' + (year % 10));
            target[4] = '-';
            target[5] = (char)('0' + (month / 10));
            target[6] = (char)('0' + (month % 10));
            target[7] = '-';
            target[8] = (char)('0' + (day / 10));
            target[9] = (char)('0' + (day % 10));
            _length += 10;
        }

        public override readonly string ToString() => new(_buffer[.._length]);

        public void Dispose()
        {
            if (_rented is { } rented)
            {
                _rented = null;
                System.Buffers.ArrayPool<char>.Shared.Return(rented);
            }
        }

        private void Grow(int more)
        {
            var larger = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + more));
            _buffer[.._length].CopyTo(larger);
            Dispose();
            _rented = larger;
            _buffer = larger;
        }
    }
}
