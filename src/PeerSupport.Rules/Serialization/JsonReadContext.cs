using System.Globalization;
using System.Text.Json;
using PeerSupport.Rules.Language;
using PeerSupport.Serialization;

namespace PeerSupport.Rules.Serialization;

/// <summary>Typed access to a JSON document that records every problem with a JSON pointer instead of throwing.</summary>
internal sealed class JsonReadContext
{
    public List<Problem> Errors { get; } = [];

    public void Error(string pointer, string code, string message) => Errors.Add(Problem.AtPointer(code, pointer, message));

    public static string Child(string pointer, string name) => JsonText.Child(pointer, name);

    public static string Child(string pointer, int index) => pointer + "/" + index.ToString(CultureInfo.InvariantCulture);

    public bool ExpectObject(JsonElement element, string pointer, params string[] allowed)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            Error(pointer, "wrong-type", $"must be an object, was {Kind(element)}");
            return false;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (!allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                var suggestion = FactSchema.Suggest(property.Name, allowed);
                Error(Child(pointer, property.Name), "unknown-property", $"unknown property '{property.Name}'" + (suggestion is null ? $" (allowed: {string.Join(", ", allowed)})" : $"; did you mean '{suggestion}'?"));
            }
        }

        return true;
    }

    public string? String(JsonElement parent, string name, string pointer, bool required, int maxLength = 4000)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Error(Child(pointer, name), "missing-property", $"'{name}' is required");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Error(Child(pointer, name), "wrong-type", $"'{name}' must be a string, was {Kind(value)}");
            return null;
        }

        var text = value.GetString()!;
        if (text.Length > maxLength)
        {
            Error(Child(pointer, name), "too-long", $"'{name}' must have at most {maxLength} characters, had {text.Length}");
            return null;
        }

        return text;
    }

    public bool? Boolean(JsonElement parent, string name, string pointer)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        Error(Child(pointer, name), "wrong-type", $"'{name}' must be true or false, was {Kind(value)}");
        return null;
    }

    public int? Integer(JsonElement parent, string name, string pointer)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
        {
            return number;
        }

        Error(Child(pointer, name), "wrong-type", $"'{name}' must be a whole number, was {Kind(value)}");
        return null;
    }

    public DateOnly? Date(JsonElement parent, string name, string pointer, bool required)
    {
        var text = String(parent, name, pointer, required, 10);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Error(Child(pointer, name), "invalid-value", $"'{name}' must be a date yyyy-MM-dd, was '{text}'");
        return null;
    }

    public IEnumerable<(JsonElement Item, string Pointer, int Index)> Array(JsonElement parent, string name, string pointer, int maxItems)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            yield break;
        }

        var here = Child(pointer, name);
        if (value.ValueKind != JsonValueKind.Array)
        {
            Error(here, "wrong-type", $"'{name}' must be an array, was {Kind(value)}");
            yield break;
        }

        var length = value.GetArrayLength();
        if (length > maxItems)
        {
            Error(here, "too-many", $"'{name}' must have at most {maxItems} items, had {length}");
            yield break;
        }

        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            yield return (item, Child(here, index), index);
            index++;
        }
    }

    public T? Enum<T>(JsonElement parent, string name, string pointer, bool required, Func<string?, (bool Ok, T Value)> parse, string allowed)
        where T : struct
    {
        var text = String(parent, name, pointer, required, 64);
        if (text is null)
        {
            return null;
        }

        var (ok, value) = parse(text);
        if (ok)
        {
            return value;
        }

        var suggestion = FactSchema.Suggest(text, allowed.Split(", "));
        Error(Child(pointer, name), "invalid-value", $"'{text}' is not a valid {name} (allowed: {allowed})" + (suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?"));
        return null;
    }

    public static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
