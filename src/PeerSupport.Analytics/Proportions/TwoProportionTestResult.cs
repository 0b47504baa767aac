namespace PeerSupport.Analytics.Proportions;

/// <summary>
/// Pearson chi-square test of two proportions as R's <c>prop.test(c(x1, x2), c(n1, n2), correct = ...)</c>, with the
/// unpooled Wald 95 % interval of p1 − p2 widened by the same (capped) Yates correction and clipped to [−1, 1].
/// Produced by <see cref="TwoProportionTest.Compute"/>. Immutable.
/// </summary>
public sealed record TwoProportionTestResult
{
    internal TwoProportionTestResult()
    {
    }

    /// <summary>Gets p1 = x1 / n1.</summary>
    public double Proportion1 { get; internal init; }

    /// <summary>Gets p2 = x2 / n2.</summary>
    public double Proportion2 { get; internal init; }

    /// <summary>Gets p1 − p2.</summary>
    public double Difference { get; internal init; }

    /// <summary>Gets a value indicating whether the continuity correction was requested.</summary>
    public bool IsContinuityCorrected { get; internal init; }

    /// <summary>Gets the Yates correction Y used: 0 uncorrected, otherwise min(0.5, |p1 − p2| / (1/n1 + 1/n2)).</summary>
    public double YatesCorrection { get; internal init; }

    /// <summary>Gets Σ (|O − E| − Y)² / E over the four cells (expected counts from the pooled proportion); undefined when nobody or everybody had the event.</summary>
    public Statistic ChiSquare { get; internal init; }

    /// <summary>Gets the degrees of freedom, always 1.</summary>
    public int DegreesOfFreedom { get; internal init; }

    /// <summary>Gets the upper-tail p-value P(χ²₁ &gt; statistic); undefined when the statistic is.</summary>
    public Statistic P { get; internal init; }

    /// <summary>Gets the 95 % Wald interval (p1 − p2) ∓ [z sqrt(p1(1 − p1)/n1 + p2(1 − p2)/n2) + Y (1/n1 + 1/n2)], clipped to [−1, 1].</summary>
    public ConfidenceInterval ConfidenceInterval { get; internal init; }

    /// <summary>Gets a value indicating whether an expected count is below 5 (R warns "Chi-squared approximation may be incorrect").</summary>
    public bool HasSmallExpectedCount { get; internal init; }
}
