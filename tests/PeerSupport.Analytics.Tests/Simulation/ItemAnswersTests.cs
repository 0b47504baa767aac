using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PeerSupport.Analytics.Simulation;

namespace PeerSupport.Analytics.Tests.Simulation;

public sealed class ItemAnswersTests
{
    [Property(MaxTest = 300)]
    public Property Distribute_AnswersInRangeAndSumToTotal(long seed, NonNegativeInt rawTotal)
    {
        var random = new SimulationRandom((ulong)seed);
        var total = 10 + (rawTotal.Get % 41); // K10: 10 items 1-5, totals 10-50
        var answers = new int[10];
        ItemAnswers.Distribute(random, total, 1, 5, answers, -1);
        return (answers.Sum() == total && answers.All(a => a is >= 1 and <= 5)).ToProperty();
    }

    [Fact]
    public void Distribute_SkippedItem_IsLeftAlone()
    {
        var answers = new int[9];
        answers[8] = 2;
        ItemAnswers.Distribute(new SimulationRandom(1), 24, 0, 3, answers, 8);

        Assert.Equal(2, answers[8]);
        Assert.All(answers[..8], a => Assert.Equal(3, a));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(28)]
    public void Distribute_UnreachableTotal_Throws(int total)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ItemAnswers.Distribute(new SimulationRandom(1), total, 0, 3, new int[9], -1));
        Assert.Contains("cannot be spread over 9 items of 0-3", error.Message, StringComparison.Ordinal);
    }
}
