using FsCheck.Xunit;
using PeerSupport.Analytics.Inequality;

namespace PeerSupport.Analytics.Tests.Inequality;

public sealed class ParticipationEquityTests
{
    [Property(MaxTest = 300)]
    public bool Compute_NonNegativeValues_GiniAndEntropyInUnitInterval(int[] raw)
    {
        var values = Minutes(raw);
        var result = ParticipationEquity.Compute(values);
        if (result.Total == 0)
        {
            return !result.Gini.IsDefined && !result.EntropyNormalized.IsDefined;
        }

        var n = values.Length;
        return result.Gini.Value >= 0 && result.Gini.Value <= ((n - 1.0) / n) + 1e-12
            && (n < 2 || (result.GiniCorrected.Value >= 0 && result.GiniCorrected.Value <= 1 + 1e-12))
            && (n < 2 || (result.EntropyNormalized.Value >= 0 && result.EntropyNormalized.Value <= 1));
    }

    [Property(MaxTest = 300)]
    public bool Compute_EqualShares_GiniZeroEntropyOne(int share, byte members)
    {
        var value = 0.25 + Math.Abs(share % 1000) / 7.0;
        var n = 2 + (members % 30);
        var result = ParticipationEquity.Compute(Enumerable.Repeat(value, n).ToArray());
        return result.Gini.Value == 0 && result.GiniCorrected.Value == 0 && Math.Abs(result.EntropyNormalized.Value - 1) <= 1e-12;
    }

    [Property(MaxTest = 300)]
    public bool Gini_MatchesPairwiseDefinition(int[] raw)
    {
        var values = Minutes(raw);
        var result = ParticipationEquity.Compute(values);
        if (result.Total == 0)
        {
            return true;
        }

        var pairwise = 0.0;
        foreach (var a in values)
        {
            foreach (var b in values)
            {
                pairwise += Math.Abs(a - b);
            }
        }

        var n = values.Length;
        var expected = pairwise / (2.0 * n * n * (result.Total / n));
        return Math.Abs(result.Gini.Value - expected) <= 1e-12;
    }

    [Fact]
    public void Compute_AllZero_UndefinedWithReason()
    {
        var result = ParticipationEquity.Compute([0, 0, 0]);
        Assert.Equal("every value is 0", result.Gini.UndefinedReason);
        Assert.False(result.GiniCorrected.IsDefined);
        Assert.False(result.EntropyNats.IsDefined);
        Assert.False(result.EntropyNormalized.IsDefined);
    }

    [Fact]
    public void Compute_SingleMember_GiniZeroCorrectedUndefined()
    {
        var result = ParticipationEquity.Compute([12]);
        Assert.Equal(0, result.Gini.Value);
        Assert.Equal(0, result.EntropyNats.Value);
        Assert.Equal("fewer than 2 members", result.GiniCorrected.UndefinedReason);
        Assert.Equal("fewer than 2 members", result.EntropyNormalized.UndefinedReason);
    }

    [Fact]
    public void Compute_NegativeMinutes_ThrowsNamingIndex()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ParticipationEquity.Compute([3, -2, 5]));
        Assert.Contains("values[1] must be 0 or more, was -2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_Empty_Throws()
    {
        Assert.Throws<ArgumentException>(() => ParticipationEquity.Compute([]));
    }

    [Fact]
    public void GiniAndEntropyNormalized_Shortcuts_MatchCompute()
    {
        double[] values = [1, 2, 3, 10];
        var result = ParticipationEquity.Compute(values);
        Assert.Equal(result.Gini, ParticipationEquity.Gini(values));
        Assert.Equal(result.EntropyNormalized, ParticipationEquity.EntropyNormalized(values));
    }

    private static double[] Minutes(int[] raw)
    {
        var values = (raw ?? []).Select(v => Math.Abs(v % 60) / 2.0).ToList();
        if (values.Count == 0)
        {
            values.Add(1);
        }

        return [.. values];
    }
}
