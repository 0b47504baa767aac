namespace PeerSupport.Domain;

/// <summary>Validation shared by every identifier type.</summary>
internal static class Identifier
{
    /// <summary>The maximum identifier length in characters.</summary>
    public const int MaxLength = 64;

    /// <summary>Returns <paramref name="value"/> when it is a valid identifier, or <see langword="null"/> and the rule it breaks.</summary>
    public static string? Check(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "must not be empty";
        }

        if (value.Length > MaxLength)
        {
            return $"must be at most {MaxLength} characters, was {value.Length}";
        }

        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            return "must not start or end with white space";
        }

        foreach (var c in value)
        {
            if (char.IsControl(c) || c is ',' or ';' or '"')
            {
                return "must not contain control characters, commas, semicolons or quotes";
            }
        }

        return null;
    }

    public static string Validate(string? value, string typeName)
    {
        var problem = Check(value);
        if (problem is not null)
        {
            // The offending text is not echoed back: identifiers may have been mistyped personal data.
            throw new ArgumentException($"A {typeName} {problem}.", nameof(value));
        }

        return value!;
    }
}
