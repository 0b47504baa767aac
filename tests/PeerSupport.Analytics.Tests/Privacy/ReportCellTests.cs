using PeerSupport.Analytics.Privacy;

namespace PeerSupport.Analytics.Tests.Privacy;

public sealed class ReportCellTests
{
    [Fact]
    public void Default_IsSuppressedNotComputed()
    {
        var cell = default(ReportCell);

        Assert.True(cell.IsSuppressed);
        Assert.Equal("not computed", cell.SuppressionReason);
        Assert.Null(cell.MemberCount);
    }

    [Fact]
    public void Equality_SameValueAndCount_Equal()
    {
        var a = ReportCell.Shown(Statistic.Of(0.5), 7);
        var b = ReportCell.Shown(Statistic.Of(0.5), 7);

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, ReportCell.Shown(Statistic.Of(0.5), 8));
        Assert.True(a != ReportCell.Suppressed("x"));
        Assert.Equal(ReportCell.Suppressed("x"), ReportCell.Suppressed("x"));
        Assert.False(a.Equals((object)"0.5"));
    }

    [Fact]
    public void ToString_ShownAndSuppressed()
    {
        Assert.Equal("0.5 (n = 7)", ReportCell.Shown(Statistic.Of(0.5), 7).ToString());
        Assert.Equal("suppressed (too small)", ReportCell.Suppressed("too small").ToString());
    }

    [Fact]
    public void Factories_BadArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportCell.Shown(Statistic.Of(1), -1));
        Assert.Throws<ArgumentException>(() => ReportCell.Suppressed(" "));
    }
}
