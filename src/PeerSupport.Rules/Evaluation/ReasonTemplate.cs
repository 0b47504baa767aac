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

    /// <summary>Renders the reason for one subject.</summary>
    public string Render(IFactReader reader, DateOnly asOf)
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
}
