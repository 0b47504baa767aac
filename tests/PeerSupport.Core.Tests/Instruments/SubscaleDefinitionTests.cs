using PeerSupport.Instruments;

namespace PeerSupport.Core.Tests.Instruments;

public sealed class SubscaleDefinitionTests
{
    [Fact]
    public void Constructor_Valid_SortsItems()
    {
        var subscale = new SubscaleDefinition("engaged", [11, 1, 2], SubscaleAggregation.Mean, 1);

        Assert.Equal([1, 2, 11], subscale.Items);
        Assert.Equal(subscale, new SubscaleDefinition("engaged", [1, 2, 11], SubscaleAggregation.Mean, 1));
        Assert.NotEqual(subscale, new SubscaleDefinition("engaged", [1, 2, 11], SubscaleAggregation.Sum, 1));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void Constructor_MinimumOutOfRange_Throws(int minimum)
        => Assert.Throws<ArgumentOutOfRangeException>(() => new SubscaleDefinition("s", [1, 2, 3], SubscaleAggregation.Sum, minimum));

    [Fact]
    public void Constructor_NoItems_Throws()
        => Assert.Throws<ArgumentException>(() => new SubscaleDefinition("s", [], SubscaleAggregation.Sum, 1));

    [Fact]
    public void Constructor_UndefinedAggregation_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new SubscaleDefinition("s", [1], (SubscaleAggregation)7, 1));
}
