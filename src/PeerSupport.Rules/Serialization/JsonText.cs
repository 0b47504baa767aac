using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;

// One definition, compiled into every assembly that reads JSON (PeerSupport.Rules, PeerSupport.Core and
// PeerSupport.Data link this file): the namespace is the shared root's, so each copy is found the same way.
namespace PeerSupport.Serialization;

/// <summary>
/// Parses JSON text the way every reader of the project does, and checks a parsed document for what the parser lets
/// through but the project never accepts: a property name given twice in one object (a reader would silently use one
/// of them), and strings or property names that are not valid text (a lone surrogate escape such as <c>\ud800</c>, or
/// invalid UTF-8). Every finding becomes a located <see cref="Problem"/>.
/// </summary>
/// <remarks>
/// An internal source file rather than a public helper: it is a reading detail shared by the SDK's own readers, not a
/// service for callers, and a public type would tie the rules package's API to it.
/// </remarks>
internal static class JsonText
{
    /// <summary>What is wrong with a string that is not valid text.</summary>
    public const string Why = "is not valid text (a lone surrogate escape such as \\ud800, or invalid UTF-8)";

    /// <summary>The most findings <see cref="FindBadText"/> reports; a document with more is plainly not usable.</summary>
    private const int MaxFindings = 100;

    /// <summary>
    /// Parses <paramref name="json"/> and checks its text. Malformed JSON gives one <c>invalid-json</c> problem with
    /// the line and column where the parser stopped; a lone surrogate character in the text gives its line and
    /// column; duplicate property names (<c>duplicate-property</c>) and strings that are not valid text
    /// (<c>invalid-text</c>) give one problem each, located by JSON pointer.
    /// </summary>
    /// <param name="json">The text.</param>
    /// <param name="options">The parser options (depth, comments).</param>
    /// <param name="source">The file or document name the problems name, or <see langword="null"/>.</param>
    /// <param name="problems">Receives every problem found.</param>
    /// <returns>The document, which the caller disposes; <see langword="null"/> when any problem was found.</returns>
    public static JsonDocument? Parse(string json, JsonDocumentOptions options, string? source, List<Problem> problems)
    {
        if (LoneSurrogate(json) is var (badLine, badColumn))
        {
            problems.Add(new Problem(ProblemSeverity.Error, "invalid-json", "malformed JSON: a lone surrogate character, which is not valid text", source, line: badLine, column: badColumn));
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, options);
        }
        catch (JsonException ex)
        {
            var line = (int)Math.Min(int.MaxValue - 1, (ex.LineNumber ?? 0) + 1);
            var column = (int)Math.Min(int.MaxValue - 1, (ex.BytePositionInLine ?? 0) + 1);
            var path = string.IsNullOrEmpty(ex.Path) ? string.Empty : " at " + ex.Path;
            problems.Add(new Problem(ProblemSeverity.Error, "invalid-json", "malformed JSON" + path + ": " + FirstSentence(ex.Message), source, line: line, column: column));
            return null;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            problems.Add(new Problem(ProblemSeverity.Error, "invalid-json", "malformed JSON: the text " + Why, source, string.Empty));
            return null;
        }

        var before = problems.Count;
        foreach (var (pointer, code, message) in Find(document.RootElement))
        {
            problems.Add(new Problem(ProblemSeverity.Error, code, message, source, pointer));
        }

        if (problems.Count > before)
        {
            document.Dispose();
            return null;
        }

        return document;
    }

    /// <summary>Finds, in document order, duplicate property names and strings that are not valid text (at most 100).</summary>
    /// <param name="root">The root element (its depth is bounded by the parser's MaxDepth).</param>
    /// <returns>The JSON pointer of each finding (<c>/</c> for the root) and what is wrong.</returns>
    public static List<(string Pointer, string Problem)> FindBadText(JsonElement root) =>
        Find(root).Select(f => (f.Pointer.Length == 0 ? "/" : f.Pointer, f.Message)).ToList();

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

    /// <summary>Escapes a property name as a JSON pointer token (RFC 6901: <c>~</c> as <c>~0</c>, <c>/</c> as <c>~1</c>).</summary>
    /// <param name="pointer">The pointer of the parent.</param>
    /// <param name="name">The property name.</param>
    /// <returns>The child's pointer.</returns>
    public static string Child(string pointer, string name) =>
        pointer + "/" + name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    /// <summary>The first sentence of a parser message, without the parser's own position and path.</summary>
    private static string FirstSentence(string message)
    {
        foreach (var marker in new[] { " Path:", " LineNumber:" })
        {
            var index = message.IndexOf(marker, StringComparison.Ordinal);
            if (index > 0)
            {
                message = message[..index];
            }
        }

        return message.TrimEnd(' ', '|');
    }

    private static List<(string Pointer, string Code, string Message)> Find(JsonElement root)
    {
        var found = new List<(string, string, string)>();
        Visit(root, string.Empty, found);
        return found;
    }

    private static void Visit(JsonElement element, string pointer, List<(string, string, string)> found)
    {
        if (found.Count >= MaxFindings)
        {
            return;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                HashSet<string>? names = null;
                foreach (var property in element.EnumerateObject())
                {
                    if (!IsValidRawString(JsonMarshal.GetRawUtf8PropertyName(property)))
                    {
                        found.Add((pointer, "invalid-text", "a property name " + Why));
                        continue;
                    }

                    var name = property.Name;
                    var child = Child(pointer, name);
                    names ??= new HashSet<string>(StringComparer.Ordinal);
                    if (!names.Add(name))
                    {
                        found.Add((child, "duplicate-property", $"property '{(name.Length <= 80 ? name : string.Concat(name.AsSpan(0, 80), "…"))}' is given twice; each property may appear once in an object"));
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
                    found.Add((pointer, "invalid-text", "the string " + Why));
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
