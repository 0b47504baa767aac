using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PeerSupport.Analytics.Privacy;

namespace PeerSupport.Analytics.Tests.Privacy;

public sealed class SmallCellPolicyTests
{
    [Fact]
    public void Default_KIsFive()
    {
        Assert.Equal(5, SmallCellPolicy.Default.MinimumCellSize);
        Assert.Equal("k = 5", SmallCellPolicy.Default.ToString());
    }

    [Theory]
    [InlineData(5, 4, true)]
    [InlineData(5, 5, false)]
    [InlineData(5, 0, true)]
    [InlineData(10, 9, true)]
    [InlineData(10, 10, false)]
    [InlineData(1, 0, true)]
    [InlineData(1, 1, false)]
    public void Cell_AtKMinusOneAndK_SuppressedBelowK(int k, int members, bool suppressed)
    {
        var cell = new SmallCellPolicy(k).Cell(0.42, members);

        Assert.Equal(suppressed, cell.IsSuppressed);
        if (suppressed)
        {
            Assert.Null(cell.MemberCount);
            Assert.False(cell.Value.IsDefined);
            Assert.Equal($"suppressed: describes fewer than {k} members", cell.SuppressionReason);
            Assert.Equal(cell.SuppressionReason, cell.Value.UndefinedReason);
        }
        else
        {
            Assert.Equal(members, cell.MemberCount);
            Assert.Equal(0.42, cell.Value.Value);
            Assert.Null(cell.SuppressionReason);
        }
    }

    [Theory]
    [InlineData(4, true)]
    [InlineData(5, false)]
    public void Count_AtKMinusOneAndK_ShowsTheCountOnlyFromK(int count, bool suppressed)
    {
        var cell = SmallCellPolicy.Default.Count(count);

        Assert.Equal(suppressed, cell.IsSuppressed);
        Assert.Equal(suppressed ? null : count, cell.Value.ToNullable());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(1001)]
    public void Constructor_KOutOfRange_ThrowsNamingTheRule(int k)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new SmallCellPolicy(k));

        Assert.Contains($"must be 1–1000, was {k}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cell_NegativeCount_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SmallCellPolicy.Default.Cell(1.0, -1));
    }

    [Fact]
    public void Cell_UndefinedValueWithEnoughMembers_KeepsTheReason()
    {
        var cell = SmallCellPolicy.Default.Cell(Statistic.Undefined("standard deviation is 0"), 12);

        Assert.False(cell.IsSuppressed);
        Assert.Equal("standard deviation is 0", cell.Value.UndefinedReason);
    }

    [Property]
    public Property Cell_AnyKAndCount_ShownCellsNeverDescribeFewerThanK(PositiveInt k, NonNegativeInt count)
    {
        var policy = new SmallCellPolicy(Math.Min(k.Get, SmallCellPolicy.MaximumMinimumCellSize));
        var cell = policy.Cell(1.0, count.Get);
        return (cell.IsSuppressed == (count.Get < policy.MinimumCellSize)
                && (cell.IsSuppressed || cell.MemberCount >= policy.MinimumCellSize))
            .ToProperty();
    }
}
