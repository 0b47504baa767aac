namespace PeerSupport.Instruments;

/// <summary>Validation of the names of cutoffs, flags and subscales, which rules may use as fact names.</summary>
internal static class Names
{
    public const int MaxLength = 40;

    /// <summary>Returns the rule <paramref name="name"/> breaks, or <see langword="null"/> when it is valid.</summary>
    public static string? CheckKey(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "must not be empty";
        }

        if (name.Length > MaxLength)
        {
            return $"must be at most {MaxLength} characters, was {name.Length}";
        }

        if (!char.IsAsciiLetterLower(name[0]))
        {
            return "must start with a lower-case ASCII letter";
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c) && c != '-')
            {
                return "may contain only lower-case ASCII letters, digits and '-'";
            }
        }

        return null;
    }

    /// <summary>Returns the rule free text breaks, or <see langword="null"/> when it is valid.</summary>
    public static string? CheckText(string? text, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "must not be empty";
        }

        if (text.Length > maxLength)
        {
            return $"must be at most {maxLength} characters, was {text.Length}";
        }

        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            return "must not start or end with white space";
        }

        foreach (var c in text)
        {
            if (char.IsControl(c))
            {
                return "must not contain control characters";
            }
        }

        return null;
    }

    /// <summary>Returns the rule a list of 1-based item numbers breaks, or <see langword="null"/>.</summary>
    public static string? CheckItemNumbers(IReadOnlyList<int> items, bool allowEmpty)
    {
        if (!allowEmpty && items.Count == 0)
        {
            return "must list at least one item";
        }

        var seen = new HashSet<int>();
        foreach (var item in items)
        {
            if (item < 1)
            {
                return $"item numbers start at 1, was {item}";
            }

            if (!seen.Add(item))
            {
                return $"item {item} is listed twice";
            }
        }

        return null;
    }

    public static void ThrowIf(string? problem, string what, string paramName)
    {
        if (problem is not null)
        {
            throw new ArgumentException($"{what} {problem}.", paramName);
        }
    }
}
