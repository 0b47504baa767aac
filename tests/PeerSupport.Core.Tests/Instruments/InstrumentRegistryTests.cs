using PeerSupport.Instruments;

namespace PeerSupport.Core.Tests.Instruments;

public sealed class InstrumentRegistryTests
{
    [Theory]
    [InlineData("PHQ-9")]
    [InlineData("phq9")]
    [InlineData("phq-9")]
    [InlineData("barc10")]
    public void TryFind_ByIdOrFactPrefix_FindsBuiltIn(string text)
    {
        Assert.True(InstrumentRegistry.BuiltIn.TryFind(text, out var definition));
        Assert.True(definition.Id.IsBuiltIn);
    }

    [Fact]
    public void BuiltIn_HasSevenInstruments()
    {
        Assert.Equal(7, InstrumentRegistry.BuiltIn.Definitions.Count);
        Assert.Same(BuiltInInstruments.Gad7, InstrumentRegistry.BuiltIn.Get(InstrumentId.Gad7));
        Assert.True(InstrumentRegistry.BuiltIn.TryGetByFactPrefix("who5", out var who5));
        Assert.Same(BuiltInInstruments.Who5, who5);
    }

    [Fact]
    public void TryFind_Unknown_False()
    {
        Assert.False(InstrumentRegistry.BuiltIn.TryFind("GCQ-S", out _));
        Assert.False(InstrumentRegistry.BuiltIn.TryFind("not an id", out _));
        Assert.False(InstrumentRegistry.BuiltIn.TryGet(InstrumentId.Create("ORS"), out _));
        Assert.Throws<KeyNotFoundException>(() => InstrumentRegistry.BuiltIn.Get(InstrumentId.Create("ORS")));
    }

    [Fact]
    public void Add_Custom_FoundByIdAndPrefixAndOriginalUnchanged()
    {
        var registry = InstrumentRegistry.BuiltIn.Add(InstrumentSamples.GcqS);

        Assert.Equal(8, registry.Definitions.Count);
        Assert.True(registry.TryFind("gcqs", out var byPrefix));
        Assert.True(registry.TryFind("GCQ-S", out var byId));
        Assert.Same(byId, byPrefix);
        Assert.False(InstrumentRegistry.BuiltIn.TryFind("GCQ-S", out _));
    }

    [Fact]
    public void Add_DuplicateId_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => InstrumentRegistry.BuiltIn.Add(BuiltInInstruments.Phq9.WithMaxProratedItems(0)));

        Assert.StartsWith("Instrument ids must be unique: PHQ-9 is defined twice.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_DuplicateFactPrefix_Throws()
    {
        var clash = InstrumentSamples.Load("""{ "id": "PHQ9", "name": "Clash", "items": 1, "itemMax": 1 }""");

        var ex = Assert.Throws<ArgumentException>(() => InstrumentRegistry.BuiltIn.Add(clash));

        Assert.StartsWith("Instrument fact prefixes must be unique: PHQ9 and PHQ-9 both map to 'phq9'.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_Duplicates_Throws()
        => Assert.Throws<ArgumentException>(() => InstrumentRegistry.Create([BuiltInInstruments.K6, BuiltInInstruments.K6]));

    [Fact]
    public void Create_NullElement_Throws()
        => Assert.Throws<ArgumentException>(() => InstrumentRegistry.Create([BuiltInInstruments.K6, null!]));

    [Fact]
    public void Replace_BuiltInWithHostLimits_ReplacesInPlace()
    {
        var strict = BuiltInInstruments.K10.WithMaxProratedItems(0);

        var registry = InstrumentRegistry.BuiltIn.Replace(strict);

        Assert.Same(strict, registry.Get(InstrumentId.K10));
        Assert.Equal(InstrumentRegistry.BuiltIn.Definitions.Select(d => d.Id), registry.Definitions.Select(d => d.Id));
        Assert.Same(BuiltInInstruments.K10, InstrumentRegistry.BuiltIn.Get(InstrumentId.K10));
    }

    [Fact]
    public void Replace_Missing_Throws()
        => Assert.Throws<KeyNotFoundException>(() => InstrumentRegistry.BuiltIn.Replace(InstrumentSamples.GcqS));
}
