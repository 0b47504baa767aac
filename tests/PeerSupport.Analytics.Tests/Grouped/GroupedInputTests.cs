using FsCheck.Xunit;
using PeerSupport.Analytics.EffectSizes;
using PeerSupport.Analytics.Hypothesis;
using PeerSupport.Analytics.MixedModels;
using PeerSupport.Analytics.Reliability;
using PeerSupport.Analytics.Survival;

namespace PeerSupport.Analytics.Tests.Grouped;

/// <summary>Long-format inputs ((group, value) rows or parallel columns) give exactly the results of the pre-split inputs; labels are ordered ordinally.</summary>
public sealed class GroupedInputTests
{
    private static readonly (string Group, double Value)[] s_rows =
    [
        ("peer-led", 4), ("co-facilitated", 7), ("peer-led", 6), ("clinician-led", 9), ("co-facilitated", 3),
        ("peer-led", 5), ("co-facilitated", 8), ("clinician-led", 2), ("peer-led", 9), ("co-facilitated", 6),
    ];

    [Fact]
    public void EffectSize_Rows_SameAsPreSplitArraysAndOtherGroupsIgnored()
    {
        var expected = EffectSize.Independent([4, 6, 5, 9], [7, 3, 8, 6]);
        Assert.Equal(expected, EffectSize.Independent(s_rows, "peer-led", "co-facilitated"));
        Assert.Equal(expected, EffectSize.Independent(s_rows.Select(r => r.Group).ToArray(), s_rows.Select(r => r.Value).ToArray(), "peer-led", "co-facilitated"));
    }

    [Fact]
    public void Welch_Rows_SameAsPreSplitArraysInTheNamedDirection()
    {
        var expected = WelchTTest.Compute([7, 3, 8, 6], [4, 6, 5, 9]);
        Assert.Equal(expected, WelchTTest.Compute(s_rows, "co-facilitated", "peer-led"));
        Assert.Equal(expected, WelchTTest.Compute(s_rows.Select(r => r.Group).ToList(), s_rows.Select(r => r.Value).ToList(), "co-facilitated", "peer-led"));
    }

    [Property(MaxTest = 100)]
    public bool Welch_Rows_AnyShuffle_SameResult(int seed)
    {
        var random = new Random(seed);
        (string Group, double Value)[] shuffled = [.. s_rows.OrderBy(_ => random.Next())];
        var t = WelchTTest.Compute(shuffled, "peer-led", "co-facilitated").T.Value;
        return Math.Abs(t - WelchTTest.Compute([4, 6, 5, 9], [7, 3, 8, 6]).T.Value) <= 1e-12;
    }

    [Fact]
    public void TwoGroup_SameLabelTwice_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => WelchTTest.Compute(s_rows, "peer-led", "peer-led"));
        Assert.Equal("group1 and group2 must be different labels, both were 'peer-led'. (Parameter 'group2')", error.Message);
    }

    [Fact]
    public void TwoGroup_LengthsDiffer_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => EffectSize.Independent(new[] { "a", "b" }, new[] { 1.0 }, "a", "b"));
        Assert.Equal("values", error.ParamName);
    }

    [Fact]
    public void TwoGroup_AbsentLabel_ThrowsTooFewValues()
    {
        Assert.Throws<ArgumentException>(() => EffectSize.Independent(s_rows, "peer-led", "online"));
    }

    [Fact]
    public void OneWayIcc_Rows_SameAsColumns()
    {
        var expected = OneWayIcc.Compute(s_rows.Select(r => r.Group).ToArray(), s_rows.Select(r => r.Value).ToArray());
        var actual = OneWayIcc.Compute(s_rows);
        Assert.Equal(expected.Groups, actual.Groups);
        Assert.Equal(expected.Icc1, actual.Icc1);
        Assert.Equal(expected.PValue, actual.PValue);
    }

    [Fact]
    public void LogRank_Rows_SameAsColumns()
    {
        (string Group, double Time, bool Event)[] rows = [("b", 3, true), ("a", 5, false), ("b", 4, true), ("a", 9, true), ("b", 1, false), ("a", 7, true)];
        var expected = LogRankTest.Compute(rows.Select(r => r.Time).ToArray(), rows.Select(r => r.Event).ToArray(), rows.Select(r => r.Group).ToArray());
        var actual = LogRankTest.Compute(rows);
        Assert.Equal(expected.ChiSquare, actual.ChiSquare);
        Assert.Equal(expected.PValue, actual.PValue);
        Assert.Equal(expected.Groups.Select(g => g.Group), actual.Groups.Select(g => g.Group));
    }

    [Fact]
    public void GroupOrder_Strings_OrdinalNotCultureCollation()
    {
        // Culture collation puts "a" before "B" and ignores the hyphen in "a-b"; ordinal order (R's sort(method = "radix"),
        // the C locale) puts upper case first and "a-b" before "ab". "é" (U+00E9) sorts after every ASCII letter.
        string[] labels = ["ab", "a-b", "B", "é", "a", "ab", "a-b", "B", "é", "a"];
        double[] scores = [1, 2, 3, 4, 5, 2, 3, 4, 6, 5];
        string[] ordinal = ["B", "a", "a-b", "ab", "é"];
        Assert.Equal(ordinal, OneWayIcc.Compute(labels, scores).Groups);
        Assert.Equal(ordinal, LogRankTest.Compute(scores, scores.Select(s => s > 2).ToArray(), labels).Groups.Select(g => g.Group));
        Assert.Equal(ordinal, KaplanMeier.EstimateByGroup(scores, scores.Select(s => s > 2).ToArray(), labels).Select(c => c.Group));
        Assert.Equal(ordinal.Length, RandomInterceptModel.Fit(scores, labels).GroupSizes.Count);
    }
}
