using PeerSupport.Instruments;

namespace PeerSupport.Core.Tests.Instruments;

public sealed class ThresholdTests
{
    [Fact]
    public void IsMetBy_IsInclusive()
    {
        Assert.True(Threshold.AtLeast(10).IsMetBy(10));
        Assert.False(Threshold.AtLeast(10).IsMetBy(9));
        Assert.True(Threshold.AtMost(12).IsMetBy(12));
        Assert.False(Threshold.AtMost(12).IsMetBy(13));
    }

    [Fact]
    public void Equality_ByDirectionAndValue()
    {
        Assert.True(Threshold.AtLeast(3) == Threshold.AtLeast(3));
        Assert.True(Threshold.AtLeast(3) != Threshold.AtMost(3));
        Assert.Equal(Threshold.AtLeast(0), default);
        Assert.Equal("≥ 10", Threshold.AtLeast(10).ToString());
        Assert.Equal("≤ 12", Threshold.AtMost(12).ToString());
    }
}
