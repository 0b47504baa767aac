using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace PeerSupport.Serialization;

/// <summary>
/// Checks a parsed JSON document for what the parser lets through but the project never accepts: a property name
/// given twice in one object (a reader would silently use one of them), and strings or property names that are not
/// valid text (a lone surrogate escape such as <c>\ud800</c>, or invalid UTF-8). Readers run this check first and
/// report each finding by JSON pointer.
/// </summary>
internal static class JsonText
{
    /// <summary>What is wrong with a string that is not valid text.</summary>
    public const string Why = "is not valid text (a lone surrogate escape such as \\ud800, or invalid UTF-8)";

    /// <summary>Finds, in document order, duplicate property names and strings that are not valid text (at most 100).</summary>
    /// <param name="root">The root element (its depth is bounded by the parser's MaxDepth).</param>
    /// <returns>The JSON pointer of each finding and what is wrong.</returns>
    public static List<(string Pointer, string Problem)> FindBadText(JsonElement root)
    {
        var found = new List<(string, string)>();
        Visit(root, string.Empty, found);
        return found;
    }

    /// <summary>The 1-based line and column of the first surrogate character that is not half of a pair, if any.</summary>
    /// <param name="text">The text.</param>
    /// <returns>Its location, or <see langword="null"/> when the text is well-formed.</returns>
    public static (int Line, int Column)? LoneSurrogate(string text)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return (line, i - lineStart + 1);
            }
        }

        return null;
    }

    private static void Visit(JsonElement element, string pointer, List<(string, string)> found)
    {
        if (found.Count >= 100)
        {
            return;
        }

        var here = pointer.Length == 0 ? "/" : pointer;
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                HashSet<string>? names = null;
                foreach (var property in element.EnumerateObject())
                {
                    if (!IsValidRawString(JsonMarshal.GetRawUtf8PropertyName(property)))
                    {
                        found.Add((here, "a property name " + Why));
                        continue;
                    }

                    var name = property.Name;

                    var child = pointer + "/" + name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
                    names ??= new HashSet<string>(StringComparer.Ordinal);
                    if (!names.Add(name))
                    {
                        found.Add((child, $"property '{(name.Length <= 80 ? name : string.Concat(name.AsSpan(0, 80), "…"))}' is given twice; each property may appear once in an object"));
                        continue;
                    }

                    Visit(property.Value, child, found);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Visit(item, pointer + "/" + index.ToString(CultureInfo.InvariantCulture), found);
                    index++;
                }

                break;
            case JsonValueKind.String:
                if (!IsValidRawString(JsonMarshal.GetRawUtf8Value(element)))
                {
                    found.Add((here, "the string " + Why));
                }

                break;
        }
    }

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
}
