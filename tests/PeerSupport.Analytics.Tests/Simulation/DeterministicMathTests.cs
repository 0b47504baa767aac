using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PeerSupport.Analytics.Simulation;

namespace PeerSupport.Analytics.Tests.Simulation;

public sealed class DeterministicMathTests
{
    [Property(MaxTest = 500)]
    public Property Log_AgreesWithTheBclToFewUlps(NormalFloat value)
    {
        var x = Math.Abs(value.Get) + double.Epsilon;
        var expected = Math.Log(x);
        return (Math.Abs(DeterministicMath.Log(x) - expected) <= 4e-16 * Math.Max(1, Math.Abs(expected))).ToProperty();
    }

    [Property(MaxTest = 500)]
    public Property Exp_AgreesWithTheBclToFewUlps(NormalFloat value)
    {
        var x = Math.Clamp(value.Get, -700, 700);
        var expected = Math.Exp(x);
        return (Math.Abs(DeterministicMath.Exp(x) - expected) <= 1e-14 * expected).ToProperty();
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(Math.E, 1)]
    [InlineData(0.5, -0.6931471805599453)]
    [InlineData(4.9406564584124654E-324, -744.4400719213812)]
    public void Log_KnownValues(double x, double expected)
        => Assert.Equal(expected, DeterministicMath.Log(x), 1e-12);

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Log_OutsideDomain_ThrowsNamingTheValue(double x)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => DeterministicMath.Log(x));
        Assert.Contains("finite positive", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Exp_Extremes_UnderflowAndOverflow()
    {
        Assert.Equal(0, DeterministicMath.Exp(-800));
        Assert.Equal(double.PositiveInfinity, DeterministicMath.Exp(800));
        Assert.Equal(1, DeterministicMath.Exp(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => DeterministicMath.Exp(double.NaN));
    }

    [Theory]
    [InlineData(0.75)]
    [InlineData(0.01)]
    [InlineData(0.5)]
    public void LogisticOfLogit_RoundTrips(double p)
        => Assert.Equal(p, DeterministicMath.Logistic(DeterministicMath.Logit(p)), 1e-14);
}
