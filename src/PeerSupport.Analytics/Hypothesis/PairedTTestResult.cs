namespace PeerSupport.Analytics.Hypothesis;

/// <summary>
/// Paired t-test on diff = post − pre (R: <c>t.test(post, pre, paired = TRUE)</c>) with Cohen's d_z, two-sided p and
/// 95 % interval of the mean difference. Produced by <see cref="PairedTTest.Compute"/>. Immutable.
/// </summary>
public sealed record PairedTTestResult
{
    internal PairedTTestResult()
    {
    }

    /// <summary>Gets the number of pairs (at least 2).</summary>
    public int Count { get; internal init; }

    /// <summary>Gets the mean of the pre scores.</summary>
    public double MeanPre { get; internal init; }

    /// <summary>Gets the mean of the post scores.</summary>
    public double MeanPost { get; internal init; }

    /// <summary>Gets the mean of post − pre.</summary>
    public double MeanDifference { get; internal init; }

    /// <summary>Gets the sample SD (n − 1) of post − pre.</summary>
    public double StandardDeviationOfDifferences { get; internal init; }

    /// <summary>Gets the standard error sd(diff) / sqrt(n).</summary>
    public double StandardError { get; internal init; }

    /// <summary>Gets t = mean(diff) / SE; undefined when all differences are equal.</summary>
    public Statistic T { get; internal init; }

    /// <summary>Gets the degrees of freedom n − 1.</summary>
    public int DegreesOfFreedom { get; internal init; }

    /// <summary>Gets the two-sided p-value; undefined when all differences are equal.</summary>
    public Statistic P { get; internal init; }

    /// <summary>Gets the 95 % interval mean(diff) ∓ qt(0.975, n − 1) SE; undefined when all differences are equal.</summary>
    public ConfidenceInterval ConfidenceInterval { get; internal init; }

    /// <summary>Gets Cohen's d_z = mean(diff) / sd(diff); undefined when all differences are equal.</summary>
    public Statistic CohenDz { get; internal init; }
}
