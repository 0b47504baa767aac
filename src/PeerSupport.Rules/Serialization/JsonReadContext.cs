using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using PeerSupport.Rules.Language;

namespace PeerSupport.Rules.Serialization;

/// <summary>Typed access to a JSON document that records every problem with a JSON pointer instead of throwing.</summary>
internal sealed class JsonReadContext
{
    public List<Problem> Errors { get; } = [];

    public void Error(string pointer, string code, string message) => Errors.Add(Problem.AtPointer(code, pointer, message));

    /// <summary>
    /// Records an error for every property name given twice in one object (the parser would let the last one win
    /// silently) and every string or property name that is not valid text (a lone surrogate escape such as
    /// <c>\ud800</c>, or invalid UTF-8).
    /// </summary>
    /// <returns>Whether the document is free of both.</returns>
    public bool CheckText(JsonElement element, string pointer = "")
    {
        var before = Errors.Count;
        Visit(element, pointer);
        return Errors.Count == before;

        void Visit(JsonElement element, string pointer)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    HashSet<string>? names = null;
                    foreach (var property in element.EnumerateObject())
                    {
                        if (!IsValidRawString(JsonMarshal.GetRawUtf8PropertyName(property)))
                        {
                            Error(pointer, "invalid-text", "a property name " + UndecodableText);
                            continue;
                        }

                        var name = property.Name;

                        names ??= new HashSet<string>(StringComparer.Ordinal);
                        if (!names.Add(name))
                        {
                            Error(Child(pointer, name), "duplicate-property", $"property '{(name.Length <= 80 ? name : string.Concat(name.AsSpan(0, 80), "…"))}' is given twice; each property may appear once in an object");
                            continue;
                        }

                        Visit(property.Value, Child(pointer, name));
                    }

                    break;
                case JsonValueKind.Array:
                    var index = 0;
                    foreach (var item in element.EnumerateArray())
                    {
                        Visit(item, Child(pointer, index++));
                    }

                    break;
                case JsonValueKind.String:
                    if (!IsValidRawString(JsonMarshal.GetRawUtf8Value(element)))
                    {
                        Error(pointer, "invalid-text", "the string " + UndecodableText);
                    }

                    break;
            }
        }
    }

    private const string UndecodableText = "is not valid text (a lone surrogate escape such as \\ud800, or invalid UTF-8)";

    /// <summary>
    /// Returns whether a raw (still escaped) JSON string is valid text: valid UTF-8, and every <c>\u</c> escape of a
    /// surrogate is half of a high-low pair. The parser would otherwise turn a lone surrogate escape into U+FFFD or throw.
    /// </summary>
    private static bool IsValidRawString(ReadOnlySpan<byte> raw)
    {
        if (!System.Text.Unicode.Utf8.IsValid(raw))
        {
            return false;
        }

        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] != (byte)'\\' || i + 1 >= raw.Length)
            {
                continue;
            }

            if (raw[i + 1] != (byte)'u')
            {
                i++;
                continue;
            }

            var unit = Hex(raw, i + 2);
            i += 5;
            if (unit is >= 0xDC00 and <= 0xDFFF)
            {
                return false;
            }

            if (unit is >= 0xD800 and <= 0xDBFF)
            {
                if (i + 6 >= raw.Length || raw[i + 1] != (byte)'\\' || raw[i + 2] != (byte)'u' || Hex(raw, i + 3) is < 0xDC00 or > 0xDFFF)
                {
                    return false;
                }

                i += 6;
            }
        }

        return true;
    }

    private static int Hex(ReadOnlySpan<byte> raw, int start)
    {
        if (start + 4 > raw.Length)
        {
            return -1;
        }

        var value = 0;
        for (var k = start; k < start + 4; k++)
        {
            var digit = HexDigit(raw[k]);
            if (digit < 0)
            {
                return -1;
            }

            value = (value * 16) + digit;
        }

        return value;
    }

    private static int HexDigit(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

    public static string Child(string pointer, string name) => pointer + "/" + name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

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
