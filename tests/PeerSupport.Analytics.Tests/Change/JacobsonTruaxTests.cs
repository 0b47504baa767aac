using PeerSupport.Analytics.Change;

namespace PeerSupport.Analytics.Tests.Change;

public sealed class JacobsonTruaxTests
{
    private static readonly JacobsonTruax s_phq9 = new(new JacobsonTruaxParameters(0.89, 5, 2.91, 3.52, 15, 5));

    [Theory]
    [InlineData(18, 6, ReliableChangeCategory.Recovered)]
    [InlineData(21, 14, ReliableChangeCategory.Improved)]
    [InlineData(15, 12, ReliableChangeCategory.Unchanged)]
    [InlineData(12, 17, ReliableChangeCategory.Deteriorated)]
    public void Classify_Phq9Pairs_Category(double pre, double post, ReliableChangeCategory expected)
    {
        Assert.Equal(expected, s_phq9.Classify(pre, post).Category);
    }

    [Fact]
    public void Classify_RciExactlyAtThreshold_IsNotReliable()
    {
        // Strict comparison: |RCI| must exceed the threshold.
        var method = new JacobsonTruax(new JacobsonTruaxParameters(0.5, 1, 0, 1, 10, 1, threshold: 2));
        Assert.Equal(1, method.StandardErrorOfDifference, 15);
        var atThreshold = method.Classify(10, 8);
        Assert.False(atThreshold.IsReliableChange);
        Assert.Equal(ReliableChangeCategory.Unchanged, atThreshold.Category);
        Assert.True(method.Classify(10, 7.9).IsReliableChange);
    }

    [Fact]
    public void Classify_HigherIsBetter_MirrorsDirection()
    {
        // A well-being scale: functional population higher (M0 = 18), dysfunctional lower (M1 = 8).
        var method = new JacobsonTruax(new JacobsonTruaxParameters(0.9, 4, 18, 4, 8, 4, lowerIsBetter: false));
        Assert.Equal(13, method.CutoffC, 12);
        Assert.Equal(ReliableChangeCategory.Recovered, method.Classify(8, 16).Category);
        Assert.Equal(ReliableChangeCategory.Improved, method.Classify(2, 10).Category);
        Assert.Equal(ReliableChangeCategory.Deteriorated, method.Classify(12, 5).Category);
        Assert.Equal(16, method.CutoffA, 12);
        Assert.Equal(10, method.CutoffB, 12);
    }

    [Fact]
    public void ClassifyAll_LengthMismatch_Throws()
    {
        Assert.Throws<ArgumentException>(() => s_phq9.ClassifyAll([1, 2], [1]));
    }

    [Fact]
    public void Classify_NaNScore_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => s_phq9.Classify(double.NaN, 3));
        Assert.Equal("pre", error.ParamName);
    }

    [Theory]
    [InlineData(1.0, 5.0, 3.0)]
    [InlineData(-0.1, 5.0, 3.0)]
    [InlineData(0.8, 0.0, 3.0)]
    [InlineData(0.8, 5.0, -1.0)]
    public void Parameters_OutOfRange_Throw(double reliability, double sd, double functionalSd)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new JacobsonTruaxParameters(reliability, sd, 3, functionalSd, 15, 5));
    }

    [Fact]
    public void Constructor_NullParameters_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new JacobsonTruax(null!));
    }

    [Fact]
    public void Parameters_NonPositiveRciSd_NamesTheUnambiguousParameter()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new JacobsonTruaxParameters(0.9, 0, 3, 4, 15, 5));
        Assert.Equal("reliableChangeStandardDeviation", error.ParamName);
        Assert.Equal(5, new JacobsonTruaxParameters(0.9, reliableChangeStandardDeviation: 5, 3, 4, 15, 5).ReliableChangeStandardDeviation);
    }
}
