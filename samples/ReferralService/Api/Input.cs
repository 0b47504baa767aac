using System.Globalization;
using PeerSupport.Domain;

namespace PeerSupport.Samples.ReferralService.Api;

/// <summary>Collects request errors keyed by JSON pointer.</summary>
internal sealed class Input
{
    public Dictionary<string, string[]> Errors { get; } = new(StringComparer.Ordinal);

    public bool IsValid => Errors.Count == 0;

    public void Error(string pointer, string message) =>
        Errors[pointer] = Errors.TryGetValue(pointer, out var existing) ? [.. existing, message] : [message];

    public T? Id<T>(string pointer, string? value)
        where T : struct, IIdentifier<T>
    {
        if (value is null)
        {
            Error(pointer, "is required");
            return null;
        }

        try
        {
            return T.Create(value);
        }
        catch (ArgumentException ex)
        {
            // The domain's message never echoes the text (it may be mistyped personal data).
            Error(pointer, ex.Message.Split(" (Parameter", 2)[0]);
            return null;
        }
    }

    public DateOnly? Date(string pointer, string? value, bool required = true)
    {
        if (value is null)
        {
            if (required)
            {
                Error(pointer, "is required (yyyy-MM-dd)");
            }

            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Error(pointer, $"'{value}' is not a date in the form yyyy-MM-dd");
        return null;
    }

    public TEnum? Enum<TEnum>(string pointer, string? value, bool required = true)
        where TEnum : struct, System.Enum
    {
        if (value is null)
        {
            if (required)
            {
                Error(pointer, "is required; one of " + string.Join(", ", WireNames.All<TEnum>()));
            }

            return null;
        }

        if (WireNames.TryParse(value, out TEnum parsed))
        {
            return parsed;
        }

        Error(pointer, WireNames.Describe<TEnum>(value));
        return null;
    }

    public string? Text(string pointer, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Error(pointer, "is required");
            return null;
        }

        if (value.Length > maxLength)
        {
            Error(pointer, $"must be at most {maxLength} characters");
            return null;
        }

        return value;
    }
}
