using PeerSupport.Instruments;

namespace PeerSupport.Core.Tests.Instruments;

/// <summary>Synthetic sample definitions and item helpers shared by the instrument tests. No item text anywhere.</summary>
internal static class InstrumentSamples
{
    /// <summary>The GCQ-S as a custom instrument: scoring only (licence unclear, so no item text).</summary>
    public const string GcqSJson = """
        {
          "id": "GCQ-S",
          "name": "Group Climate Questionnaire - Short",
          "items": 12,
          "itemMin": 0,
          "itemMax": 6,
          "hasTotal": false,
          "minimumAnswered": 8,
          "subscales": [
            { "name": "engaged", "items": [1, 2, 4, 8, 11], "aggregation": "mean", "minimumAnswered": 1 },
            { "name": "avoiding", "items": [3, 5, 9], "aggregation": "mean", "minimumAnswered": 1 },
            { "name": "conflict", "items": [6, 7, 10, 12], "aggregation": "mean", "minimumAnswered": 1 }
          ],
          "licence": "Licence unclear: scoring only, no item text.",
          "source": "MacKenzie 1983"
        }
        """;

    /// <summary>A small custom instrument with a reverse-keyed item, a total, bands and a sum subscale.</summary>
    public const string ReverseKeyedJson = """
        {
          "id": "TEST-4",
          "name": "Synthetic four-item test scale",
          "items": 4,
          "itemMin": 1,
          "itemMax": 5,
          "reverseKeyed": [2, 4],
          "maxProratedItems": 1,
          "bands": [
            { "label": "low", "lower": 4, "upper": 9 },
            { "label": "high", "lower": 10, "upper": 20 }
          ],
          "cutoffs": [ { "name": "caseness", "atLeast": 12 } ],
          "subscales": [ { "name": "first-pair", "items": [1, 2], "aggregation": "sum", "minimumAnswered": 1 } ]
        }
        """;

    public static InstrumentDefinition GcqS => Load(GcqSJson);

    public static InstrumentDefinition ReverseKeyed => Load(ReverseKeyedJson);

    public static InstrumentDefinition Load(string json)
    {
        var result = InstrumentDefinitionJson.Load(json);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        return result.GetValueOrThrow();
    }

    public static InstrumentDefinition ById(string id) => InstrumentRegistry.BuiltIn.Get(InstrumentId.Create(id));

    /// <summary>Complete answers (no reverse keying assumed) that sum to <paramref name="total"/>, filling items from the first.</summary>
    public static int?[] ItemsSummingTo(InstrumentDefinition definition, int total)
    {
        var items = new int?[definition.ItemCount];
        var remaining = total - definition.TotalMin;
        for (var i = 0; i < items.Length; i++)
        {
            var add = Math.Min(remaining, definition.ItemMax - definition.ItemMin);
            items[i] = definition.ItemMin + add;
            remaining -= add;
        }

        Assert.Equal(0, remaining);
        return items;
    }

    /// <summary>Maps arbitrary integers to answers in range, with some missing (for properties).</summary>
    public static int?[] ItemsFrom(InstrumentDefinition definition, int[] raw, bool allowMissing)
    {
        var items = new int?[definition.ItemCount];
        var width = definition.ItemMax - definition.ItemMin + 1;
        for (var i = 0; i < items.Length; i++)
        {
            var r = raw is { Length: > 0 } ? raw[i % raw.Length] + (i * 7919) : i;
            if (allowMissing && Math.Abs(r % 5) == 4)
            {
                items[i] = null;
                continue;
            }

            items[i] = definition.ItemMin + (int)(((long)r % width + width) % width);
        }

        return items;
    }
}
