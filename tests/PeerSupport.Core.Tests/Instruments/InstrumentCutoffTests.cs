using PeerSupport.Instruments;

namespace PeerSupport.Core.Tests.Instruments;

public sealed class InstrumentCutoffTests
{
    [Fact]
    public void Constructor_NullMeaning_IsEmpty()
    {
        var cutoff = new InstrumentCutoff("caseness", Threshold.AtLeast(10));

        Assert.Equal(string.Empty, cutoff.Meaning);
        Assert.Equal("caseness ≥ 10", cutoff.ToString());
        Assert.Equal(cutoff, new InstrumentCutoff("caseness", Threshold.AtLeast(10), string.Empty));
    }

    [Fact]
    public void Constructor_LongMeaning_Throws()
        => Assert.Throws<ArgumentException>(() => new InstrumentCutoff("c", Threshold.AtLeast(1), new string('x', 201)));
}
