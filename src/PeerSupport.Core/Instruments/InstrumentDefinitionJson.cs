using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PeerSupport.Instruments;

/// <summary>
/// Reads and writes instrument definitions as JSON without reflection (AOT-compatible). Loading reports every
/// problem at once, each with its JSON pointer and the rule broken; writing then loading gives an equal definition.
/// Thread-safe (stateless).
/// </summary>
/// <remarks>
/// Properties: <c>id</c>, <c>name</c>, <c>items</c> (required); <c>itemMin</c>, <c>itemMax</c>, <c>reverseKeyed</c>,
/// <c>hasTotal</c>, <c>minimumAnswered</c>, <c>maxProratedItems</c>, <c>bands</c> (<c>label</c>, <c>lower</c>,
/// <c>upper</c>), <c>cutoffs</c> (<c>name</c>, <c>atLeast</c> or <c>atMost</c>, <c>meaning</c>), <c>flags</c>
/// (<c>name</c>, <c>meaning</c>, <c>items</c>, <c>itemAtLeast</c> or <c>itemAtMost</c>, <c>totalAtLeast</c> or
/// <c>totalAtMost</c>), <c>subscales</c> (<c>name</c>, <c>items</c>, <c>aggregation</c> = <c>sum</c> or <c>mean</c>,
/// <c>minimumAnswered</c>), <c>reliableChange</c>, <c>higherIsBetter</c>, <c>transform</c> (<c>name</c>, <c>multiplier</c>), <c>licence</c>,
/// <c>source</c>. Unknown properties are errors (they are usually typos). See docs/instruments.md.
/// </remarks>
public static class InstrumentDefinitionJson
{
    private static readonly string[] s_rootProperties =
    [
        "id", "name", "items", "itemMin", "itemMax", "reverseKeyed", "hasTotal", "minimumAnswered", "maxProratedItems",
        "bands", "cutoffs", "flags", "subscales", "reliableChange", "higherIsBetter", "transform", "licence", "source",
    ];

    private static readonly string[] s_bandProperties = ["label", "lower", "upper"];
    private static readonly string[] s_cutoffProperties = ["name", "atLeast", "atMost", "meaning"];
    private static readonly string[] s_flagProperties = ["name", "meaning", "items", "itemAtLeast", "itemAtMost", "totalAtLeast", "totalAtMost"];
    private static readonly string[] s_subscaleProperties = ["name", "items", "aggregation", "minimumAnswered"];
    private static readonly string[] s_transformProperties = ["name", "multiplier"];

    /// <summary>Loads a definition from JSON text.</summary>
    /// <param name="json">The JSON text (comments allowed).</param>
    /// <returns>The definition, or every problem found: invalid JSON gives one problem with its line.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="json"/> is <see langword="null"/>.</exception>
    public static InstrumentDefinitionLoadResult Load(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var problems = new List<Problem>();
        var document = Serialization.JsonText.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 16 }, source: null, problems);
        if (document is null)
        {
            return new InstrumentDefinitionLoadResult(null, problems);
        }

        using (document)
        {
            return Read(document.RootElement);
        }
    }

    /// <summary>Writes a definition as indented JSON that <see cref="Load"/> reads back to an equal definition.</summary>
    /// <param name="definition">The definition.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="definition"/> is <see langword="null"/>.</exception>
    public static string Write(InstrumentDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            Write(writer, definition);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes a definition as a JSON object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="definition">The definition.</param>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    public static void Write(Utf8JsonWriter writer, InstrumentDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(definition);
        writer.WriteStartObject();
        writer.WriteString("id", definition.Id.Value);
        writer.WriteString("name", definition.Name);
        writer.WriteNumber("items", definition.ItemCount);
        writer.WriteNumber("itemMin", definition.ItemMin);
        writer.WriteNumber("itemMax", definition.ItemMax);
        WriteInts(writer, "reverseKeyed", definition.ReverseKeyedItems);
        writer.WriteBoolean("hasTotal", definition.HasTotal);
        writer.WriteNumber("minimumAnswered", definition.MinimumAnswered);
        writer.WriteNumber("maxProratedItems", definition.MaxProratedItems);
        writer.WriteStartArray("bands");
        foreach (var band in definition.Bands)
        {
            writer.WriteStartObject();
            writer.WriteString("label", band.Label);
            writer.WriteNumber("lower", band.Lower);
            writer.WriteNumber("upper", band.Upper);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("cutoffs");
        foreach (var cutoff in definition.Cutoffs)
        {
            writer.WriteStartObject();
            writer.WriteString("name", cutoff.Name);
            writer.WriteNumber(InstrumentDefinitionBuilder.ThresholdProperty(string.Empty, cutoff.Threshold), cutoff.Threshold.Value);
            if (cutoff.Meaning.Length > 0)
            {
                writer.WriteString("meaning", cutoff.Meaning);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("flags");
        foreach (var flag in definition.Flags)
        {
            writer.WriteStartObject();
            writer.WriteString("name", flag.Name);
            writer.WriteString("meaning", flag.Meaning);
            WriteInts(writer, "items", flag.Items);
            if (flag.ItemThreshold is { } item)
            {
                writer.WriteNumber(InstrumentDefinitionBuilder.ThresholdProperty("item", item), item.Value);
            }

            if (flag.TotalThreshold is { } total)
            {
                writer.WriteNumber(InstrumentDefinitionBuilder.ThresholdProperty("total", total), total.Value);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("subscales");
        foreach (var subscale in definition.Subscales)
        {
            writer.WriteStartObject();
            writer.WriteString("name", subscale.Name);
            WriteInts(writer, "items", subscale.Items);
            writer.WriteString("aggregation", subscale.Aggregation == SubscaleAggregation.Mean ? "mean" : "sum");
            writer.WriteNumber("minimumAnswered", subscale.MinimumAnswered);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (definition.ReliableChange is { } rc)
        {
            writer.WriteNumber("reliableChange", rc);
        }

        writer.WriteBoolean("higherIsBetter", definition.HigherIsBetter);
        if (definition.Transform is { } transform)
        {
            writer.WriteStartObject("transform");
            writer.WriteString("name", transform.Name);
            writer.WriteNumber("multiplier", transform.Multiplier);
            writer.WriteEndObject();
        }

        writer.WriteString("licence", definition.Licence);
        writer.WriteString("source", definition.Source);
        writer.WriteEndObject();
    }

    private static void WriteInts(Utf8JsonWriter writer, string name, IReadOnlyList<int> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteNumberValue(value);
        }

        writer.WriteEndArray();
    }

    private static InstrumentDefinitionLoadResult Read(JsonElement root)
    {
        var reader = new ElementReader();
        if (root.ValueKind != JsonValueKind.Object)
        {
            reader.Problem(string.Empty, "wrong-type", $"the document must be a JSON object, was {Kind(root.ValueKind)}");
            return new InstrumentDefinitionLoadResult(null, reader.Problems);
        }

        reader.CheckProperties(root, string.Empty, s_rootProperties);
        var builder = new InstrumentDefinitionBuilder();
        var idText = reader.String(root, "id", string.Empty, required: true);
        if (idText is not null)
        {
            var problem = InstrumentId.Check(idText);
            if (problem is null)
            {
                builder.Id = InstrumentId.Create(idText);
            }
            else
            {
                reader.Problem("/id", "invalid-id", "id " + problem);
            }
        }

        builder.Name = reader.String(root, "name", string.Empty, required: true) ?? string.Empty;
        builder.ItemCount = reader.Int(root, "items", string.Empty, required: true) ?? 0;
        builder.ItemMin = reader.Int(root, "itemMin", string.Empty, required: false) ?? 0;
        builder.ItemMax = reader.Int(root, "itemMax", string.Empty, required: true) ?? 0;
        foreach (var item in reader.Ints(root, "reverseKeyed", string.Empty))
        {
            builder.ReverseKeyedItems.Add(item);
        }

        builder.HasTotal = reader.Bool(root, "hasTotal", string.Empty) ?? true;
        builder.HigherIsBetter = reader.Bool(root, "higherIsBetter", string.Empty) ?? false;
        builder.MinimumAnswered = reader.Int(root, "minimumAnswered", string.Empty, required: false) ?? 0;
        builder.MaxProratedItems = reader.Int(root, "maxProratedItems", string.Empty, required: false) ?? 0;
        builder.Licence = reader.String(root, "licence", string.Empty, required: false) ?? string.Empty;
        builder.Source = reader.String(root, "source", string.Empty, required: false) ?? string.Empty;
        builder.ReliableChange = reader.Double(root, "reliableChange", string.Empty, required: false);

        if (reader.Property(root, "transform", string.Empty, JsonValueKind.Object) is { } transformElement)
        {
            reader.CheckProperties(transformElement, "/transform", s_transformProperties);
            var name = reader.String(transformElement, "name", "/transform", required: true);
            var multiplier = reader.Double(transformElement, "multiplier", "/transform", required: true);
            if (name is not null && multiplier is not null)
            {
                builder.Transform = reader.Construct("/transform", () => new ScoreTransform(name, multiplier.Value));
            }
        }

        var bandIndexes = ReadArray(reader, root, "bands", s_bandProperties, builder.Bands, (at, e) =>
        {
            var label = reader.String(e, "label", at, required: true);
            var lower = reader.Int(e, "lower", at, required: true);
            var upper = reader.Int(e, "upper", at, required: true);
            return label is null || lower is null || upper is null ? null : reader.Construct(at, () => new SeverityBand(label, lower.Value, upper.Value));
        });

        var cutoffIndexes = ReadArray(reader, root, "cutoffs", s_cutoffProperties, builder.Cutoffs, (at, e) =>
        {
            var name = reader.String(e, "name", at, required: true);
            var threshold = reader.Threshold(e, string.Empty, at, required: true);
            var meaning = reader.String(e, "meaning", at, required: false);
            return name is null || threshold is null ? null : reader.Construct(at, () => new InstrumentCutoff(name, threshold.Value, meaning));
        });

        var flagIndexes = ReadArray(reader, root, "flags", s_flagProperties, builder.Flags, (at, e) =>
        {
            var name = reader.String(e, "name", at, required: true);
            var meaning = reader.String(e, "meaning", at, required: true);
            var items = reader.Ints(e, "items", at);
            var itemThreshold = reader.Threshold(e, "item", at, required: false);
            var totalThreshold = reader.Threshold(e, "total", at, required: false);
            return name is null || meaning is null ? null : reader.Construct(at, () => new InstrumentFlag(name, meaning, items, itemThreshold, totalThreshold));
        });

        var subscaleIndexes = ReadArray(reader, root, "subscales", s_subscaleProperties, builder.Subscales, (at, e) =>
        {
            var name = reader.String(e, "name", at, required: true);
            var items = reader.Ints(e, "items", at);
            var aggregationText = reader.String(e, "aggregation", at, required: true);
            SubscaleAggregation? aggregation = aggregationText switch
            {
                "sum" => SubscaleAggregation.Sum,
                "mean" => SubscaleAggregation.Mean,
                null => null,
                _ => null,
            };
            if (aggregationText is not null && aggregation is null)
            {
                reader.Problem(at + "/aggregation", "invalid-value", "aggregation must be \"sum\" or \"mean\"");
            }

            var minimum = reader.Int(e, "minimumAnswered", at, required: false) ?? 1;
            return name is null || aggregation is null ? null : reader.Construct(at, () => new SubscaleDefinition(name, items, aggregation.Value, minimum));
        });

        builder.TryBuild(out var definition, out var buildProblems);
        if (reader.Problems.Count == 0)
        {
            return new InstrumentDefinitionLoadResult(definition, buildProblems);
        }

        // The builder saw only the elements that parsed: map its indexes back to the JSON arrays, and drop problems
        // at places already reported (or about band contiguity when a band itself was unreadable).
        var reported = reader.Problems.Select(p => p.JsonPointer ?? string.Empty).ToHashSet(StringComparer.Ordinal);
        var bandsBroken = bandIndexes.Count != CountArray(root, "bands");
        foreach (var problem in buildProblems)
        {
            var location = Remap(Remap(Remap(Remap(problem.JsonPointer ?? string.Empty, "/bands/", bandIndexes), "/cutoffs/", cutoffIndexes), "/flags/", flagIndexes), "/subscales/", subscaleIndexes);
            foreach (var (list, indexes) in reader.ListIndexes)
            {
                location = Remap(location, list + "/", indexes);
            }

            if (reported.Any(r => location == r || location.StartsWith(r + "/", StringComparison.Ordinal) || (r.Length > 0 && r.StartsWith(location + "/", StringComparison.Ordinal))))
            {
                continue;
            }

            if (bandsBroken && location.StartsWith("/bands", StringComparison.Ordinal))
            {
                continue;
            }

            reader.Problem(location, problem.Code, problem.Message);
        }

        return new InstrumentDefinitionLoadResult(null, reader.Problems);
    }

    private static int CountArray(JsonElement root, string name)
        => root.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array ? array.GetArrayLength() : 0;

    private static string Remap(string location, string prefix, List<int> indexes)
    {
        if (!location.StartsWith(prefix, StringComparison.Ordinal))
        {
            return location;
        }

        var rest = location[prefix.Length..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var indexText = slash < 0 ? rest : rest[..slash];
        if (!int.TryParse(indexText, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= indexes.Count)
        {
            return location;
        }

        return prefix + indexes[index].ToString(CultureInfo.InvariantCulture) + (slash < 0 ? string.Empty : rest[slash..]);
    }

    private static List<int> ReadArray<T>(ElementReader reader, JsonElement root, string name, string[] properties, IList<T> target, Func<string, JsonElement, T?> read)
        where T : class
    {
        var indexes = new List<int>();
        if (reader.Property(root, name, string.Empty, JsonValueKind.Array) is not { } array)
        {
            return indexes;
        }

        var i = 0;
        foreach (var element in array.EnumerateArray())
        {
            var at = "/" + name + "/" + i.ToString(CultureInfo.InvariantCulture);
            if (element.ValueKind != JsonValueKind.Object)
            {
                reader.Problem(at, "wrong-type", $"must be a JSON object, was {Kind(element.ValueKind)}");
            }
            else
            {
                reader.CheckProperties(element, at, properties);
                if (read(at, element) is { } value)
                {
                    target.Add(value);
                    indexes.Add(i);
                }
            }

            i++;
        }

        return indexes;
    }

    private static string Kind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "undefined",
    };

    private sealed class ElementReader
    {
        public List<Problem> Problems { get; } = [];

        /// <summary>For each item list read (by JSON pointer), the JSON index of each number that was read.</summary>
        public Dictionary<string, List<int>> ListIndexes { get; } = new(StringComparer.Ordinal);

        public void Problem(string location, string code, string message) => Problems.Add(PeerSupport.Problem.AtPointer(code, location, message));

        public void CheckProperties(JsonElement element, string at, string[] known)
        {
            // Duplicate names never reach here: the text check rejects them before reading.
            foreach (var property in element.EnumerateObject())
            {
                if (Array.IndexOf(known, property.Name) < 0)
                {
                    Problem(Serialization.JsonText.Child(at, property.Name), "unknown-property", $"unknown property '{property.Name}'; expected one of {string.Join(", ", known)}");
                }
            }
        }

        public JsonElement? Property(JsonElement element, string name, string at, JsonValueKind kind, bool required = false)
        {
            if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                if (required)
                {
                    Problem(at + "/" + name, "missing-property", $"{name} is required");
                }

                return null;
            }

            if (value.ValueKind != kind)
            {
                Problem(at + "/" + name, "wrong-type", $"{name} must be {Kind(kind)}, was {Kind(value.ValueKind)}");
                return null;
            }

            return value;
        }

        public string? String(JsonElement element, string name, string at, bool required)
            => Property(element, name, at, JsonValueKind.String, required)?.GetString();

        public bool? Bool(JsonElement element, string name, string at)
        {
            if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                return value.GetBoolean();
            }

            Problem(at + "/" + name, "wrong-type", $"{name} must be a boolean, was {Kind(value.ValueKind)}");
            return null;
        }

        public int? Int(JsonElement element, string name, string at, bool required)
        {
            if (Property(element, name, at, JsonValueKind.Number, required) is not { } value)
            {
                return null;
            }

            if (value.TryGetInt32(out var result))
            {
                return result;
            }

            Problem(at + "/" + name, "wrong-type", $"{name} must be a whole number, was {value.GetRawText()}");
            return null;
        }

        public double? Double(JsonElement element, string name, string at, bool required)
        {
            if (Property(element, name, at, JsonValueKind.Number, required) is not { } value)
            {
                return null;
            }

            if (value.TryGetDouble(out var result) && double.IsFinite(result))
            {
                return result;
            }

            Problem(at + "/" + name, "invalid-value", $"{name} must be a finite number, was {value.GetRawText()}");
            return null;
        }

        public List<int> Ints(JsonElement element, string name, string at)
        {
            var result = new List<int>();
            if (Property(element, name, at, JsonValueKind.Array) is not { } array)
            {
                return result;
            }

            var indexes = new List<int>();
            ListIndexes[at + "/" + name] = indexes;
            var i = 0;
            foreach (var item in array.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Number && item.TryGetInt32(out var value))
                {
                    result.Add(value);
                    indexes.Add(i);
                }
                else
                {
                    Problem(string.Create(CultureInfo.InvariantCulture, $"{at}/{name}/{i}"), "wrong-type", $"an item number must be a whole number, was {item.GetRawText()}");
                }

                i++;
            }

            return result;
        }

        public Threshold? Threshold(JsonElement element, string prefix, string at, bool required)
        {
            var atLeastName = prefix.Length == 0 ? "atLeast" : prefix + "AtLeast";
            var atMostName = prefix.Length == 0 ? "atMost" : prefix + "AtMost";
            var atLeast = Int(element, atLeastName, at, required: false);
            var atMost = Int(element, atMostName, at, required: false);
            var hasLeast = element.TryGetProperty(atLeastName, out _);
            var hasMost = element.TryGetProperty(atMostName, out _);
            if (hasLeast && hasMost)
            {
                Problem(at + "/" + atMostName, "invalid-value", $"give {atLeastName} or {atMostName}, not both");
                return null;
            }

            if (!hasLeast && !hasMost)
            {
                if (required)
                {
                    Problem(at, "missing-property", $"{atLeastName} or {atMostName} is required");
                }

                return null;
            }

            return atLeast is { } least ? Instruments.Threshold.AtLeast(least) : atMost is { } most ? Instruments.Threshold.AtMost(most) : null;
        }

        public T? Construct<T>(string at, Func<T> create)
            where T : class
        {
            try
            {
                return create();
            }
            catch (ArgumentException ex)
            {
                var message = ex.Message;
                var cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
                if (cut > 0)
                {
                    message = message[..cut];
                }

                var where = ex.ParamName switch
                {
                    "label" or "lower" or "upper" or "name" or "meaning" or "items" or "aggregation" or "minimumAnswered" or "multiplier" => at + "/" + ex.ParamName,
                    _ => at,
                };
                Problem(where, "invalid-value", message.TrimEnd('.'));
                return null;
            }
        }
    }
}
