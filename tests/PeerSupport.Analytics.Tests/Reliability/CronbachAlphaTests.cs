using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PeerSupport.Analytics.Reliability;
using PeerSupport.Analytics.Tests.Reference;

namespace PeerSupport.Analytics.Tests.Reliability;

public sealed class CronbachAlphaTests
{
    private const double ClosedForm = 1e-12;

    [Fact]
    public void Compute_Case06Likert_MatchesREveryNumber()
    {
        var reference = ReferenceCase.Load("case06_cronbach_alpha");
        var items = reference.NumberMatrix(skipColumns: 1);

        var result = CronbachAlpha.Compute(items);

        reference.Check("/results/n_respondents", result.Respondents, ClosedForm);
        reference.Check("/results/n_items", result.Items, ClosedForm);
        reference.Check("/results/raw_alpha", result.RawAlpha, ClosedForm);
        reference.Check("/results/std_alpha", result.StandardizedAlpha, ClosedForm);
        reference.Check("/results/average_r", result.AverageR, ClosedForm);
        for (var j = 0; j < result.Items; j++)
        {
            var prefix = $"/results/alpha_if_item_dropped/{j}";
            Assert.Equal(reference.Header[j + 1], reference.At(prefix + "/item").GetString());
            var dropped = result.IfItemDropped[j];
            Assert.Equal(j, dropped.ItemIndex);
            reference.Check(prefix + "/raw_alpha", dropped.RawAlpha, ClosedForm);
            reference.Check(prefix + "/std_alpha", dropped.StandardizedAlpha, ClosedForm);
            reference.Check(prefix + "/average_r", dropped.AverageR, ClosedForm);
        }

        reference.CheckArray("/results/item_variances", result.ItemVariances, ClosedForm);
        reference.Check("/results/total_score_variance", result.TotalVariance, ClosedForm);
        reference.AssertEveryNumberChecked();
    }

    [Fact]
    public void Compute_ConstantItem_StandardizedUndefinedRawDefined()
    {
        var result = CronbachAlpha.Compute(new double[,] { { 1, 3, 2 }, { 2, 3, 3 }, { 3, 3, 5 } });

        Assert.True(result.RawAlpha.IsDefined);
        Assert.False(result.StandardizedAlpha.IsDefined);
        Assert.False(result.AverageR.IsDefined);
        Assert.Contains("variance 0", result.AverageR.UndefinedReason, StringComparison.Ordinal);

        // Dropping the constant item makes the correlations defined again.
        Assert.True(result.IfItemDropped[1].AverageR.IsDefined);
    }

    [Fact]
    public void Compute_AllConstant_RawAlphaUndefinedWithReason()
    {
        var result = CronbachAlpha.Compute(new double[,] { { 2, 2 }, { 2, 2 } });

        Assert.False(result.RawAlpha.IsDefined);
        Assert.Contains("variance 0", result.RawAlpha.UndefinedReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_TwoItems_DroppedStatisticsUndefined()
    {
        var result = CronbachAlpha.Compute(new double[,] { { 1, 2 }, { 2, 2 }, { 3, 5 } });

        Assert.All(result.IfItemDropped, d => Assert.False(d.RawAlpha.IsDefined));
    }

    [Fact]
    public void Compute_IdenticalItems_AlphaIsOne()
    {
        var result = CronbachAlpha.Compute(new double[,] { { 1, 1, 1 }, { 2, 2, 2 }, { 5, 5, 5 } });

        Assert.Equal(1.0, result.RawAlpha.Value, 14);
        Assert.Equal(1.0, result.StandardizedAlpha.Value, 14);
        Assert.Equal(1.0, result.AverageR.Value, 14);
    }

    [Fact]
    public void Compute_TooFewRowsOrColumns_ThrowsNamingTheRule()
    {
        var rows = Assert.Throws<ArgumentException>(() => CronbachAlpha.Compute(new double[,] { { 1, 2 } }));
        Assert.Contains("at least 2 respondents (rows), got 1", rows.Message, StringComparison.Ordinal);
        var columns = Assert.Throws<ArgumentException>(() => CronbachAlpha.Compute(new double[,] { { 1 }, { 2 } }));
        Assert.Contains("at least 2 items (columns), got 1", columns.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => CronbachAlpha.Compute(null!));
    }

    [Fact]
    public void Compute_NaNScore_ThrowsNamingTheCell()
    {
        var ex = Assert.Throws<ArgumentException>(() => CronbachAlpha.Compute(new double[,] { { 1, 2 }, { 2, double.NaN } }));
        Assert.Contains("items[1, 1] must be finite", ex.Message, StringComparison.Ordinal);
    }

    [Property(MaxTest = 100)]
    public Property Compute_RandomLikert_RawAlphaAtMostOne()
    {
        var table = Gen.Zip(Gen.Choose(2, 12), Gen.Choose(2, 6))
            .SelectMany(size => Gen.ArrayOf(Gen.Choose(1, 5), size.Item1 * size.Item2).Select(values => (size.Item1, size.Item2, values)));
        return Prop.ForAll(
            table.ToArbitrary(),
            data =>
            {
                var (n, k, values) = data;
                var items = new double[n, k];
                for (var i = 0; i < n; i++)
                {
                    for (var j = 0; j < k; j++)
                    {
                        items[i, j] = values[(i * k) + j];
                    }
                }

                var result = CronbachAlpha.Compute(items);
                return !result.RawAlpha.TryGetValue(out var alpha) || alpha <= 1 + 1e-12;
            });
    }
}
