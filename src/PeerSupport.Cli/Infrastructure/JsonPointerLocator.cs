using System.Text;
using System.Text.Json;

namespace PeerSupport.Cli.Infrastructure;

/// <summary>
/// Finds the line and column of a JSON pointer in a JSON text, so that an error reported only by pointer
/// (e.g. <c>/rules/0/title is required</c>) can still be shown as <c>file:line:column</c>. A pointer to
/// something absent resolves to its nearest present ancestor.
/// </summary>
internal sealed class JsonPointerLocator
{
    private readonly Dictionary<string, (int Line, int Column)> _positions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Line, int Column)> _values = new(StringComparer.Ordinal);

    private JsonPointerLocator()
    {
    }

    /// <summary>Indexes every value of <paramref name="json"/> by its JSON pointer. Malformed JSON indexes what precedes the error.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The locator.</returns>
    public static JsonPointerLocator Create(string json)
    {
        var locator = new JsonPointerLocator();
        var bytes = Encoding.UTF8.GetBytes(json);
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        try
        {
            locator.Index(bytes, lineStarts);
        }
        catch (JsonException)
        {
            // Keep what was indexed before the syntax error; the loader reports the error itself.
        }

        return locator;
    }

    /// <summary>Finds the position of <paramref name="pointer"/>, or of its nearest ancestor that exists.</summary>
    /// <param name="pointer">A JSON pointer such as <c>/rules/0/when</c>.</param>
    /// <param name="line">The 1-based line.</param>
    /// <param name="column">The 1-based column (in UTF-8 characters of the line).</param>
    /// <returns>Whether a position was found.</returns>
    public bool TryLocate(string pointer, out int line, out int column)
    {
        var current = pointer;
        while (true)
        {
            if (_positions.TryGetValue(current, out var position))
            {
                (line, column) = position;
                return true;
            }

            if (current.Length == 0)
            {
                line = column = 0;
                return false;
            }

            var slash = current.LastIndexOf('/');
            current = slash <= 0 ? string.Empty : current[..slash];
        }
    }

    /// <summary>Finds where the value at <paramref name="pointer"/> starts (for a string, its opening quote).</summary>
    /// <param name="pointer">A JSON pointer to a present value.</param>
    /// <param name="line">The 1-based line.</param>
    /// <param name="column">The 1-based column.</param>
    /// <returns>Whether the value exists.</returns>
    public bool TryLocateValue(string pointer, out int line, out int column)
    {
        var found = _values.TryGetValue(pointer, out var position);
        (line, column) = position;
        return found;
    }

    private void Index(byte[] bytes, List<int> lineStarts)
    {
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var path = new List<string>();
        var arrayIndex = new Stack<int>();
        var containers = new Stack<bool>();
        string? pendingProperty = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pendingProperty = reader.GetString()!.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
                    Record(_positions, path.Append(pendingProperty), reader.TokenStartIndex, bytes, lineStarts);
                    continue;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    if (containers.Pop())
                    {
                        arrayIndex.Pop();
                    }

                    if (path.Count > 0)
                    {
                        path.RemoveAt(path.Count - 1);
                    }

                    continue;
            }

            var segment = NextSegment(containers, arrayIndex, ref pendingProperty);
            if (segment is not null)
            {
                path.Add(segment);
            }

            Record(_positions, path, reader.TokenStartIndex, bytes, lineStarts);
            Record(_values, path, reader.TokenStartIndex, bytes, lineStarts);
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                containers.Push(reader.TokenType == JsonTokenType.StartArray);
                if (reader.TokenType == JsonTokenType.StartArray)
                {
                    arrayIndex.Push(0);
                }
            }
            else if (segment is not null)
            {
                path.RemoveAt(path.Count - 1);
            }
        }
    }

    private static string? NextSegment(Stack<bool> containers, Stack<int> arrayIndex, ref string? pendingProperty)
    {
        if (containers.Count == 0)
        {
            return null;
        }

        if (containers.Peek())
        {
            var index = arrayIndex.Pop();
            arrayIndex.Push(index + 1);
            return index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var name = pendingProperty;
        pendingProperty = null;
        return name;
    }

    private static void Record(Dictionary<string, (int Line, int Column)> positions, IEnumerable<string> path, long offset, byte[] bytes, List<int> lineStarts)
    {
        var pointer = string.Concat(path.Select(p => "/" + p));
        if (positions.ContainsKey(pointer))
        {
            // The property name was recorded first; keep it (it is where a reader looks).
            return;
        }

        var line = lineStarts.BinarySearch((int)offset);
        line = line >= 0 ? line : ~line - 1;
        var column = Encoding.UTF8.GetCharCount(bytes, lineStarts[line], (int)offset - lineStarts[line]) + 1;
        positions[pointer] = (line + 1, column);
    }
}
