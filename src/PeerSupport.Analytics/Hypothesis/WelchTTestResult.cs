namespace PeerSupport.Analytics.Hypothesis;

/// <summary>
/// Welch's unequal-variance two-sample t-test (R: <c>t.test(x1, x2, var.equal = FALSE)</c>), direction group 1 minus
/// group 2, two-sided p and 95 % interval. Produced by <see cref="WelchTTest.Compute"/>. Immutable.
/// </summary>
public sealed record WelchTTestResult
{
    internal WelchTTestResult()
    {
    }

    /// <summary>Gets mean1 − mean2.</summary>
    public double MeanDifference { get; internal init; }

    /// <summary>Gets the standard error sqrt(s1²/n1 + s2²/n2).</summary>
    public double StandardError { get; internal init; }

    /// <summary>Gets t = (mean1 − mean2) / SE; undefined when SE is 0.</summary>
    public Statistic T { get; internal init; }

    /// <summary>Gets the Welch–Satterthwaite degrees of freedom (non-integer); undefined when SE is 0.</summary>
    public Statistic DegreesOfFreedom { get; internal init; }

    /// <summary>Gets the two-sided p-value 2 P(T_df &gt; |t|); undefined when SE is 0.</summary>
    public Statistic P { get; internal init; }

    /// <summary>Gets the 95 % interval (mean1 − mean2) ∓ qt(0.975, df) SE; undefined when SE is 0.</summary>
    public ConfidenceInterval ConfidenceInterval { get; internal init; }
}
