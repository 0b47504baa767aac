using FsCheck.Xunit;
using PeerSupport.Instruments;

namespace PeerSupport.Core.Tests.Instruments;

public sealed class InstrumentDefinitionJsonTests
{
    // A valid four-item custom instrument (items 0–3, total 0–12); the bad cases change one thing each.
    private const string Base = """
        { "id": "TEST-A", "name": "Test A", "items": 4, "itemMin": 0, "itemMax": 3, "maxProratedItems": 1,
          "bands": [ { "label": "low", "lower": 0, "upper": 5 }, { "label": "high", "lower": 6, "upper": 12 } ],
          "cutoffs": [ { "name": "caseness", "atLeast": 6 } ] }
        """;

    [Fact]
    public void Load_ValidMinimal_Succeeds()
    {
        var result = InstrumentDefinitionJson.Load(Base);

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        Assert.Empty(result.Problems);
        var definition = result.GetValueOrThrow();
        Assert.Equal("TEST-A", definition.Id.Value);
        Assert.Equal("testa", definition.Id.FactPrefix);
        Assert.Equal(12, definition.TotalMax);
        Assert.Equal(true, definition.Score([3, 3, 0, 0]).IsCase);
    }

    [Fact]
    public void Load_GcqSSample_HasThreeMeanSubscalesAndNoTotal()
    {
        var definition = InstrumentSamples.GcqS;

        Assert.False(definition.HasTotal);
        Assert.Equal(8, definition.MinimumAnswered);
        Assert.Equal(["engaged", "avoiding", "conflict"], definition.Subscales.Select(s => s.Name));
        Assert.Equal([1, 2, 4, 8, 11], definition.Subscales[0].Items);
        Assert.Equal([3, 5, 9], definition.Subscales[1].Items);
        Assert.Equal([6, 7, 10, 12], definition.Subscales[2].Items);
        Assert.All(definition.Subscales, s => Assert.Equal(SubscaleAggregation.Mean, s.Aggregation));
    }

    [Theory]
    [InlineData("""[1, 2]""", "", "the document must be a JSON object, was an array")]
    [InlineData("""{ "name": "X", "items": 2, "itemMax": 3 }""", "/id", "id is required")]
    [InlineData("""{ "id": "9X", "name": "X", "items": 2, "itemMax": 3 }""", "/id", "id must start with an ASCII letter")]
    [InlineData("""{ "id": "A B", "name": "X", "items": 2, "itemMax": 3 }""", "/id", "id may contain only ASCII letters, digits, '-', '_' and '.'")]
    [InlineData("""{ "id": "X", "name": 3, "items": 2, "itemMax": 3 }""", "/name", "name must be a string, was a number")]
    [InlineData("""{ "id": "X", "name": "  ", "items": 2, "itemMax": 3 }""", "/name", "name must not be empty")]
    [InlineData("""{ "id": "X", "name": "X", "itemMax": 3 }""", "/items", "items is required")]
    [InlineData("""{ "id": "X", "name": "X", "items": 0, "itemMax": 3 }""", "/items", "items must be 1–100, was 0")]
    [InlineData("""{ "id": "X", "name": "X", "items": 101, "itemMax": 3 }""", "/items", "items must be 1–100, was 101")]
    [InlineData("""{ "id": "X", "name": "X", "items": 1.5, "itemMax": 3 }""", "/items", "items must be a whole number, was 1.5")]
    [InlineData("""{ "id": "X", "name": "X", "items": 2, "itemMin": 3, "itemMax": 3 }""", "/itemMax", "itemMax must be greater than itemMin (3), was 3")]
    [InlineData("""{ "id": "X", "name": "X", "items": 2, "itemMax": 1001 }""", "/itemMax", "itemMax must be −1000–1000, was 1001")]
    [InlineData("""{ "id": "X", "name": "X", "items": 2, "itemMax": 3, "hasTotal": "yes" }""", "/hasTotal", "hasTotal must be a boolean, was a string")]
    [InlineData("""{ "id": "X", "name": "X", "items": 2, "itemMax": 3, "reverseKeyed": [3] }""", "/reverseKeyed/0", "item numbers must be 1–2, was 3")]
    [InlineData("""{ "id": "X", "name": "X", "items": 2, "itemMax": 3, "reverseKeyed": [2, 2] }""", "/reverseKeyed/1", "item 2 is listed twice")]
    [InlineData("""{ "id": "X", "name": "X", "items": 2, "itemMax": 3, "reverseKeyed": ["2"] }""", "/reverseKeyed/0", "an item number must be a whole number, was \"2\"")]
    [InlineData("""{ "id": "X", "name": "X", "items": 2, "itemMax": 3, "itemz": 1 }""", "/itemz", "unknown property 'itemz'")]
    [InlineData("""{ "id": "X", "name": "X", "items": 2, "itemMax": 3, "maxProratedItems": 2 }""", "/maxProratedItems", "maxProratedItems must be 0–1, was 2")]
    [InlineData("""{ "id": "X", "name": "X", "items": 2, "itemMax": 3, "minimumAnswered": 3 }""", "/minimumAnswered", "minimumAnswered must be 0–2, was 3")]
    [InlineData("""{ "id": "X", "name": "X", "items": 2, "itemMax": 3, "reliableChange": 0 }""", "/reliableChange", "reliableChange must be finite and greater than 0")]
    [InlineData("""{ "id": "X", "name": "X", "items": 2, "itemMax": 3, "transform": { "name": "pct", "multiplier": 0 } }""", "/transform/multiplier", "A transform multiplier must be finite and greater than 0")]
    [InlineData("""{ "id": "X", "name": "X", "items": 2, "itemMax": 3, "transform": { "name": "pct", "multiplier": 2, "offset": 1 } }""", "/transform/offset", "unknown property 'offset'")]
    [InlineData("""{ "id": "X", "name": "X", "items": 2, "itemMax": 3, "licence": " x" }""", "/licence", "licence must not start or end with white space")]
    public void Load_RootRuleBroken_ReportsPointerAndRule(string json, string location, string message)
        => AssertProblem(json, location, message);

    [Theory]
    [InlineData("""[ { "label": "low", "lower": 1, "upper": 5 }, { "label": "high", "lower": 6, "upper": 12 } ]""", "/bands/0/lower", "the first band must start at the minimum total: expected 0, was 1")]
    [InlineData("""[ { "label": "a", "lower": 0, "upper": 4 }, { "label": "b", "lower": 5, "upper": 9 }, { "label": "c", "lower": 11, "upper": 12 } ]""", "/bands/2/lower", "bands must be contiguous: expected 10, was 11")]
    [InlineData("""[ { "label": "a", "lower": 0, "upper": 6 }, { "label": "b", "lower": 6, "upper": 12 } ]""", "/bands/1/lower", "bands must be contiguous: expected 7, was 6")]
    [InlineData("""[ { "label": "low", "lower": 0, "upper": 5 }, { "label": "high", "lower": 6, "upper": 11 } ]""", "/bands/1/upper", "the last band must end at the maximum total: expected 12, was 11")]
    [InlineData("""[ { "label": "low", "lower": 0, "upper": 5 }, { "label": "low", "lower": 6, "upper": 12 } ]""", "/bands/1/label", "band labels must be distinct: 'low' is used twice")]
    [InlineData("""[ { "label": "low", "lower": 5, "upper": 0 } ]""", "/bands/0/upper", "A band's upper bound must be at least its lower bound (5), was 0")]
    [InlineData("""[ { "label": "", "lower": 0, "upper": 12 } ]""", "/bands/0/label", "A band label must not be empty")]
    [InlineData("""[ { "lower": 0, "upper": 12 } ]""", "/bands/0/label", "label is required")]
    [InlineData("""[ 3 ]""", "/bands/0", "must be a JSON object, was a number")]
    [InlineData("""{ "label": "low" }""", "/bands", "bands must be an array, was an object")]
    public void Load_BandRuleBroken_ReportsPointerAndRule(string bands, string location, string message)
        => AssertProblem(With("bands", bands), location, message);

    [Theory]
    [InlineData("""[ { "name": "caseness" } ]""", "/cutoffs/0", "atLeast or atMost is required")]
    [InlineData("""[ { "name": "caseness", "atLeast": 6, "atMost": 8 } ]""", "/cutoffs/0/atMost", "give atLeast or atMost, not both")]
    [InlineData("""[ { "name": "caseness", "atLeast": 13 } ]""", "/cutoffs/0/atLeast", "a threshold on the total must be 0–12, was 13")]
    [InlineData("""[ { "name": "caseness", "atMost": -1 } ]""", "/cutoffs/0/atMost", "a threshold on the total must be 0–12, was -1")]
    [InlineData("""[ { "name": "Caseness", "atLeast": 6 } ]""", "/cutoffs/0/name", "A cutoff name must start with a lower-case ASCII letter")]
    [InlineData("""[ { "name": "a", "atLeast": 6 }, { "name": "a", "atLeast": 7 } ]""", "/cutoffs/1/name", "cutoff names must be distinct: 'a' is used twice")]
    [InlineData("""[ { "name": "x" }, { "name": "y", "atLeast": 13 } ]""", "/cutoffs/1/atLeast", "a threshold on the total must be 0–12, was 13")]
    public void Load_CutoffRuleBroken_ReportsPointerAndRule(string cutoffs, string location, string message)
        => AssertProblem(With("cutoffs", cutoffs), location, message);

    [Theory]
    [InlineData("""[ { "name": "risk", "meaning": "check", "items": [5], "itemAtLeast": 1 } ]""", "/flags/0/items/0", "item numbers must be 1–4, was 5")]
    [InlineData("""[ { "name": "risk", "meaning": "check", "items": [4], "itemAtLeast": 4 } ]""", "/flags/0/itemAtLeast", "a threshold on the item must be 0–3, was 4")]
    [InlineData("""[ { "name": "risk", "meaning": "check", "totalAtMost": 13 } ]""", "/flags/0/totalAtMost", "a threshold on the total must be 0–12, was 13")]
    [InlineData("""[ { "name": "risk", "meaning": "check", "items": [4] } ]""", "/flags/0", "A flag with items needs an item threshold")]
    [InlineData("""[ { "name": "risk", "meaning": "check" } ]""", "/flags/0", "A flag needs items with an item threshold, a total threshold, or both")]
    [InlineData("""[ { "name": "risk", "items": [4], "itemAtLeast": 1 } ]""", "/flags/0/meaning", "meaning is required")]
    [InlineData("""[ { "name": "risk", "meaning": "a", "totalAtLeast": 1 }, { "name": "risk", "meaning": "b", "totalAtLeast": 2 } ]""", "/flags/1/name", "flag names must be distinct: 'risk' is used twice")]
    public void Load_FlagRuleBroken_ReportsPointerAndRule(string flags, string location, string message)
        => AssertProblem(With("flags", flags), location, message);

    [Theory]
    [InlineData("""[ { "name": "s", "items": [1, 2], "aggregation": "median" } ]""", "/subscales/0/aggregation", "aggregation must be \"sum\" or \"mean\"")]
    [InlineData("""[ { "name": "s", "items": [1, 2], "aggregation": "sum", "minimumAnswered": 3 } ]""", "/subscales/0/minimumAnswered", "A subscale's minimum answered items must be 1–2, was 3")]
    [InlineData("""[ { "name": "s", "items": [], "aggregation": "sum" } ]""", "/subscales/0/items", "A subscale's items must list at least one item")]
    [InlineData("""[ { "name": "s", "items": [1, 7], "aggregation": "mean" } ]""", "/subscales/0/items/1", "item numbers must be 1–4, was 7")]
    [InlineData("""[ { "name": "s", "items": [1], "aggregation": "mean" }, { "name": "s", "items": [2], "aggregation": "mean" } ]""", "/subscales/1/name", "subscale names must be distinct: 's' is used twice")]
    public void Load_SubscaleRuleBroken_ReportsPointerAndRule(string subscales, string location, string message)
        => AssertProblem(With("subscales", subscales), location, message);

    [Fact]
    public void Load_NoTotalButBandsCutoffsAndTransform_ReportsEach()
    {
        var json = """
            { "id": "X", "name": "X", "items": 2, "itemMax": 3, "hasTotal": false,
              "bands": [ { "label": "all", "lower": 0, "upper": 6 } ], "cutoffs": [ { "name": "c", "atLeast": 1 } ],
              "reliableChange": 2, "transform": { "name": "pct", "multiplier": 2 },
              "flags": [ { "name": "f", "meaning": "m", "totalAtLeast": 3 } ] }
            """;

        var result = InstrumentDefinitionJson.Load(json);

        Assert.Equal(["/bands", "/cutoffs", "/reliableChange", "/transform", "/flags/0/totalAtLeast"], result.Problems.Select(p => p.JsonPointer));
    }

    [Fact]
    public void Load_ManyProblems_ReportsAllAtOnce()
    {
        var json = """
            { "id": "X", "name": "", "items": 4, "itemMax": 3, "extra": true, "reverseKeyed": [9],
              "bands": [ { "label": "a", "lower": 0, "upper": 4 }, { "label": "b", "lower": 6, "upper": 12 } ],
              "cutoffs": [ { "name": "c" } ] }
            """;

        var result = InstrumentDefinitionJson.Load(json);

        Assert.False(result.Succeeded);
        Assert.Null(result.Definition);
        Assert.Equal(
            ["/extra", "/cutoffs/0", "/name", "/reverseKeyed/0", "/bands/1/lower"],
            result.Problems.Select(p => p.JsonPointer));
    }

    [Fact]
    public void Load_BrokenBand_NoSpuriousContiguityProblems()
    {
        var json = With("bands", """[ { "label": "", "lower": 0, "upper": 5 }, { "label": "high", "lower": 6, "upper": 12 } ]""");

        var result = InstrumentDefinitionJson.Load(json);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("/bands/0/label", problem.JsonPointer);
    }

    [Fact]
    public void Load_UnreadableItemNumber_LaterProblemsKeepTheirJsonIndex()
    {
        var json = With("reverseKeyed", """["a", 9]""");
        var flags = With("flags", """[ { "name": "f", "meaning": "m", "items": [1.5, 2, 7], "itemAtLeast": 1 } ]""");

        var result = InstrumentDefinitionJson.Load(json);
        var flagResult = InstrumentDefinitionJson.Load(flags);

        Assert.Equal(["/reverseKeyed/0", "/reverseKeyed/1"], result.Problems.Select(p => p.JsonPointer));
        Assert.Equal("item numbers must be 1–4, was 9", result.Problems[1].Message);
        Assert.Equal(["/flags/0/items/0", "/flags/0/items/2"], flagResult.Problems.Select(p => p.JsonPointer));
    }

    [Theory]
    [InlineData("{ \"id\": \"X\",, }", 1)]
    [InlineData("{\n  \"id\": \"X\"\n  \"name\": \"Y\"\n}", 3)]
    [InlineData("{\n  \"id\": \"X\",\n", 3)]
    [InlineData("", 1)]
    public void Load_InvalidJson_ReportsLine(string json, int line)
    {
        var result = InstrumentDefinitionJson.Load(json);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(line, problem.Line);
        Assert.Null(problem.JsonPointer);
        Assert.Equal("invalid-json", problem.Code);
        Assert.StartsWith("malformed JSON", problem.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{line}:{problem.Column}: error: malformed JSON", problem.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("reliableChange", "1e400")]
    [InlineData("reliableChange", "-1e400")]
    public void Load_HugeNumber_ReportsNotFinite(string property, string value)
        => AssertProblem(With(property, value), "/" + property, property + " must be a finite number, was " + value);

    [Fact]
    public void Load_HugeMultiplier_ReportsNotFinite()
        => AssertProblem(With("transform", """{ "name": "pct", "multiplier": 1e999 }"""), "/transform/multiplier", "multiplier must be a finite number");

    [Fact]
    public void Load_DeeplyNested_ReportsInvalidJson()
    {
        var json = "{ \"id\": " + new string('[', 100) + new string(']', 100) + " }";

        var problem = Assert.Single(InstrumentDefinitionJson.Load(json).Problems);

        Assert.StartsWith("malformed JSON", problem.Message, StringComparison.Ordinal);
    }

    [Property(MaxTest = 300)]
    public void Load_ArbitraryText_NeverThrows(string text)
    {
        var result = InstrumentDefinitionJson.Load(text ?? string.Empty);

        Assert.Equal(result.Succeeded, result.Problems.Count == 0);
    }

    [Property(MaxTest = 500)]
    public void Load_MutatedValidJson_NeverThrowsAndReportsOrLoads(int pick, int position, int length, char replacement, int number)
    {
        var definition = BuiltInInstruments.All.Append(InstrumentSamples.GcqS).ToArray()[Math.Abs(pick % 8)];
        var json = InstrumentDefinitionJson.Write(definition);
        var at = Math.Abs(position % json.Length);
        var cut = Math.Min(Math.Abs(length % 6), json.Length - at);
        var mutated = (pick & 3) switch
        {
            0 => json.Remove(at, cut),
            1 => json[..at] + replacement + json[(at + cut)..],
            2 => json[..at] + number.ToString(System.Globalization.CultureInfo.InvariantCulture) + json[(at + cut)..],
            _ => System.Text.RegularExpressions.Regex.Replace(json, @"-?\d+", _ => (number % 50).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };

        var result = InstrumentDefinitionJson.Load(mutated);

        Assert.Equal(result.Succeeded, result.Problems.Count == 0);
        Assert.Equal(result.Succeeded, result.Definition is not null);
        Assert.All(result.Problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Message)));
    }

    [Fact]
    public void Load_Comments_AreAllowed()
        => Assert.True(InstrumentDefinitionJson.Load("// a comment\n" + Base).Succeeded);

    [Fact]
    public void Load_Null_Throws() => Assert.Throws<ArgumentNullException>(() => InstrumentDefinitionJson.Load(null!));

    [Fact]
    public void Write_BuiltInsAndSamples_LoadBackEqual()
    {
        foreach (var definition in BuiltInInstruments.All.Append(InstrumentSamples.GcqS).Append(InstrumentSamples.ReverseKeyed))
        {
            var json = InstrumentDefinitionJson.Write(definition);
            var loaded = InstrumentDefinitionJson.Load(json);

            Assert.True(loaded.Succeeded, definition.Id + ": " + string.Join("; ", loaded.Problems));
            Assert.Equal(definition, loaded.Definition);
            Assert.Equal(json, InstrumentDefinitionJson.Write(loaded.GetValueOrThrow()));
        }
    }

    [Fact]
    public void Write_Phq9_HasNoItemTextAndNamedThresholds()
    {
        var json = InstrumentDefinitionJson.Write(BuiltInInstruments.Phq9);

        Assert.Contains("\"itemAtLeast\": 1", json, StringComparison.Ordinal);
        Assert.Contains("\"atLeast\": 10", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"text\"", json, StringComparison.Ordinal);
    }

    [Property(MaxTest = 200)]
    public void Write_RandomValidDefinition_LoadsBackEqual(int seed)
    {
        var definition = RandomDefinition(new Random(seed));

        var loaded = InstrumentDefinitionJson.Load(InstrumentDefinitionJson.Write(definition));

        Assert.True(loaded.Succeeded, string.Join("; ", loaded.Problems));
        Assert.Equal(definition, loaded.Definition);
    }

    internal static InstrumentDefinition RandomDefinition(Random random)
    {
        var itemCount = random.Next(1, 13);
        var itemMin = random.Next(-2, 3);
        var itemMax = itemMin + random.Next(1, 7);
        var builder = new InstrumentDefinitionBuilder
        {
            Id = InstrumentId.Create("R" + random.Next(0, 1000)),
            Name = "Random \"quoted\" ünïcode name",
            ItemCount = itemCount,
            ItemMin = itemMin,
            ItemMax = itemMax,
            HasTotal = random.Next(5) > 0,
            HigherIsBetter = random.Next(2) == 0,
            MinimumAnswered = random.Next(0, itemCount + 1),
            MaxProratedItems = random.Next(0, itemCount),
            Licence = random.Next(2) == 0 ? string.Empty : "Synthetic licence note",
            Source = random.Next(2) == 0 ? string.Empty : "Synthetic source",
        };
        foreach (var item in Enumerable.Range(1, itemCount).Where(_ => random.Next(3) == 0))
        {
            builder.ReverseKeyedItems.Add(item);
        }

        int[] SomeItems(int min) => [.. Enumerable.Range(1, itemCount).Where(_ => random.Next(2) == 0).DefaultIfEmpty(1).Take(Math.Max(min, itemCount))];

        Threshold RandomThreshold(int low, int high)
            => random.Next(2) == 0 ? Threshold.AtLeast(random.Next(low, high + 1)) : Threshold.AtMost(random.Next(low, high + 1));

        var totalMin = itemCount * itemMin;
        var totalMax = itemCount * itemMax;
        if (builder.HasTotal)
        {
            var lower = totalMin;
            var bandCount = random.Next(0, 4);
            for (var b = 0; b < bandCount && lower <= totalMax; b++)
            {
                var upper = b == bandCount - 1 ? totalMax : random.Next(lower, totalMax + 1);
                builder.Bands.Add(new SeverityBand("band " + b, lower, upper));
                lower = upper + 1;
            }

            if (lower <= totalMax && builder.Bands.Count > 0)
            {
                builder.Bands.Add(new SeverityBand("last", lower, totalMax));
            }

            for (var c = random.Next(0, 3); c > 0; c--)
            {
                builder.Cutoffs.Add(new InstrumentCutoff("cut-" + c, RandomThreshold(totalMin, totalMax), random.Next(2) == 0 ? null : "meaning " + c));
            }

            builder.ReliableChange = random.Next(2) == 0 ? null : (random.NextDouble() * 10) + 0.1;
            builder.Transform = random.Next(2) == 0 ? null : new ScoreTransform("scaled", (random.NextDouble() * 5) + 0.01);
        }

        for (var f = random.Next(0, 3); f > 0; f--)
        {
            var withItems = !builder.HasTotal || random.Next(2) == 0;
            var withTotal = builder.HasTotal && (!withItems || random.Next(2) == 0);
            builder.Flags.Add(new InstrumentFlag(
                "flag-" + f,
                "meaning " + f,
                withItems ? SomeItems(1) : [],
                withItems ? RandomThreshold(itemMin, itemMax) : null,
                withTotal ? RandomThreshold(totalMin, totalMax) : null));
        }

        for (var s = random.Next(0, 3); s > 0; s--)
        {
            var items = SomeItems(1);
            builder.Subscales.Add(new SubscaleDefinition("sub-" + s, items, random.Next(2) == 0 ? SubscaleAggregation.Sum : SubscaleAggregation.Mean, random.Next(1, items.Length + 1)));
        }

        return builder.Build();
    }

    private static string With(string property, string value)
    {
        // Replace the property in Base, or append it.
        var start = Base.IndexOf($"\"{property}\"", StringComparison.Ordinal);
        if (start < 0)
        {
            return Base.TrimEnd()[..^1] + $", \"{property}\": {value} }}";
        }

        var depth = 0;
        var i = Base.IndexOf(':', start) + 1;
        var valueStart = i;
        for (; i < Base.Length; i++)
        {
            var c = Base[i];
            if (c is '[' or '{')
            {
                depth++;
            }
            else if (c is ']' or '}')
            {
                if (depth == 0)
                {
                    break;
                }

                depth--;
                if (depth == 0)
                {
                    i++;
                    break;
                }
            }
            else if (c == ',' && depth == 0)
            {
                break;
            }
        }

        return Base[..valueStart] + " " + value + Base[i..];
    }

    private static void AssertProblem(string json, string location, string message)
    {
        var result = InstrumentDefinitionJson.Load(json);

        Assert.False(result.Succeeded);
        Assert.Null(result.Definition);
        Assert.Contains(result.Problems, p => p.JsonPointer == location && p.Message.StartsWith(message, StringComparison.Ordinal));
        Assert.All(result.Problems, p => Assert.Equal(0, p.Line));
    }
}
