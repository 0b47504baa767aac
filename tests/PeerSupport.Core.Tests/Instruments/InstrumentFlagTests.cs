using PeerSupport.Instruments;

namespace PeerSupport.Core.Tests.Instruments;

public sealed class InstrumentFlagTests
{
    [Fact]
    public void Constructor_SortsItems()
    {
        var flag = new InstrumentFlag("risk", "check", [3, 1], Threshold.AtLeast(1), null);

        Assert.Equal([1, 3], flag.Items);
        Assert.Equal(flag, new InstrumentFlag("risk", "check", [1, 3], Threshold.AtLeast(1), null));
    }

    [Fact]
    public void Constructor_NoCondition_Throws()
        => Assert.Throws<ArgumentException>(() => new InstrumentFlag("risk", "check", [], null, null));

    [Fact]
    public void Constructor_ItemsWithoutThreshold_Throws()
        => Assert.Throws<ArgumentException>(() => new InstrumentFlag("risk", "check", [1], null, Threshold.AtLeast(1)));

    [Fact]
    public void Constructor_ThresholdWithoutItems_Throws()
        => Assert.Throws<ArgumentException>(() => new InstrumentFlag("risk", "check", [], Threshold.AtLeast(1), null));

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Constructor_ItemBelowOne_Throws(int item)
        => Assert.Throws<ArgumentException>(() => new InstrumentFlag("risk", "check", [item], Threshold.AtLeast(1), null));

    [Fact]
    public void Constructor_DuplicateItem_Throws()
        => Assert.Throws<ArgumentException>(() => new InstrumentFlag("risk", "check", [2, 2], Threshold.AtLeast(1), null));

    [Theory]
    [InlineData("Risk")]
    [InlineData("risk check")]
    [InlineData("1risk")]
    [InlineData("")]
    public void Constructor_BadName_Throws(string name)
        => Assert.Throws<ArgumentException>(() => new InstrumentFlag(name, "check", [], null, Threshold.AtLeast(1)));
}
