namespace PeerSupport.Analytics.Proportions;

/// <summary>
/// Fisher's exact test of a 2x2 table as R's <c>fisher.test</c> (two-sided): p sums every table with the same margins
/// whose probability is at most the observed one's times (1 + 1e-7); the odds ratio is the conditional maximum
/// likelihood estimate (noncentral hypergeometric), not ad/(bc); its 95 % interval is the exact conditional one. Unlike
/// R, which solves with <c>uniroot</c> at about 1e-4 relative accuracy, the estimate and limits are solved to machine
/// precision. Produced by <see cref="FisherExactTest.Compute"/>. Immutable.
/// </summary>
public sealed record FisherExactTestResult
{
    internal FisherExactTestResult()
    {
    }

    /// <summary>Gets the two-sided p-value, in (0, 1].</summary>
    public double P { get; internal init; }

    /// <summary>
    /// Gets the conditional MLE of the odds ratio: 0 when a is at the lower end of its support, positive infinity at the
    /// upper end; undefined when a row or column total is 0, because then only one table has the observed margins and
    /// every odds ratio fits it equally (R's <c>fisher.test</c> reports 0 there).
    /// </summary>
    public Statistic OddsRatio { get; internal init; }

    /// <summary>Gets the exact 95 % interval [L, U] with P(X ≥ a; L) = 0.025 and P(X ≤ a; U) = 0.025; L = 0 and U = positive infinity at the support ends.</summary>
    public ConfidenceInterval ConfidenceInterval { get; internal init; }

    /// <summary>Gets the sample odds ratio ad/(bc): positive infinity when only bc is 0, undefined when ad and bc are both 0.</summary>
    public Statistic SampleOddsRatio { get; internal init; }
}
