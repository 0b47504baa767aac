using PeerSupport.Instruments;

namespace PeerSupport.Core.Tests.Instruments;

public sealed class InstrumentDefinitionBuilderTests
{
    [Fact]
    public void Build_Empty_ThrowsListingEveryProblem()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => new InstrumentDefinitionBuilder().Build());

        Assert.Contains("/id: id is required", ex.Message, StringComparison.Ordinal);
        Assert.Contains("/name: name must not be empty", ex.Message, StringComparison.Ordinal);
        Assert.Contains("/items: items must be 1–100, was 0", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryBuild_Invalid_ReturnsProblemsWithPointers()
    {
        var builder = Valid();
        builder.Bands.Add(new SeverityBand("low", 0, 2));
        builder.Bands.Add(new SeverityBand("high", 4, 6));

        Assert.False(builder.TryBuild(out var definition, out var problems));

        Assert.Null(definition);
        var problem = Assert.Single(problems);
        Assert.Equal("/bands/1/lower", problem.JsonPointer);
        Assert.Equal("bands must be contiguous: expected 3, was 4", problem.Message);
        Assert.Equal("error: /bands/1/lower: bands must be contiguous: expected 3, was 4", problem.ToString());
    }

    [Fact]
    public void TryBuild_NullElements_Reported()
    {
        var builder = Valid();
        builder.Bands.Add(null!);
        builder.Cutoffs.Add(null!);
        builder.Flags.Add(null!);
        builder.Subscales.Add(null!);

        Assert.False(builder.TryBuild(out _, out var problems));

        Assert.Equal(["/bands/0", "/cutoffs/0", "/flags/0", "/subscales/0"], problems.Select(p => p.JsonPointer));
    }

    [Fact]
    public void Build_Valid_CopiesCollections()
    {
        var builder = Valid();
        builder.ReverseKeyedItems.Add(2);
        var definition = builder.Build();

        builder.ReverseKeyedItems.Add(1);

        Assert.Equal([2], definition.ReverseKeyedItems);
    }

    [Fact]
    public void Build_NegativeItemRange_TotalRangeFollows()
    {
        var builder = Valid();
        builder.ItemMin = -2;
        builder.ItemMax = 2;

        var definition = builder.Build();

        Assert.Equal(-4, definition.TotalMin);
        Assert.Equal(4, definition.TotalMax);
        Assert.Equal(-3, definition.Score([-1, -2]).Total);
        Assert.Equal(-2, definition.WithMaxProratedItems(1).Score([-1, null]).Total); // −1 × 2
    }

    [Fact]
    public void Build_ProratedNegativeHalf_RoundsAwayFromZero()
    {
        var builder = Valid();
        builder.ItemCount = 3;
        builder.ItemMin = -3;
        builder.ItemMax = 3;
        builder.MaxProratedItems = 1;

        var definition = builder.Build();

        Assert.Equal(-5, definition.Score([-3, 0, null]).Total); // −1.5 × 3 = −4.5 → −5
        Assert.Equal(5, definition.Score([3, 0, null]).Total); // 4.5 → 5
    }

    private static InstrumentDefinitionBuilder Valid()
        => new() { Id = InstrumentId.Create("B2"), Name = "Builder test", ItemCount = 2, ItemMin = 0, ItemMax = 3 };
}
