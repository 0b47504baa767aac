namespace PeerSupport.Domain;

/// <summary>Argument checks with messages that name the value and the rule broken.</summary>
internal static class Guard
{
    public static string Text(string? value, string what, int maxLength, string paramName)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{what} must not be empty.", paramName);
        }

        if (value.Length > maxLength)
        {
            throw new ArgumentException($"{what} must be at most {maxLength} characters, was {value.Length}.", paramName);
        }

        return value;
    }

    public static string? OptionalText(string? value, string what, int maxLength, string paramName)
        => string.IsNullOrEmpty(value) ? null : Text(value, what, maxLength, paramName);

    public static void Defined<TEnum>(TEnum value, string what, string paramName)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{what} must be a defined {typeof(TEnum).Name}, was {value}.");
        }
    }

    public static void NotDefault<T>(T value, string what, string paramName)
        where T : struct, IIdentifier<T>
    {
        if (value.Value.Length == 0)
        {
            throw new ArgumentException($"{what} must not be the default (empty) identifier.", paramName);
        }
    }
}
