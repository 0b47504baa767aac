namespace PeerSupport.Analytics.EffectSizes;

/// <summary>
/// Standardized mean difference of two independent groups, direction <b>group 1 minus group 2</b>:
/// Cohen's d with the pooled sample SD, Hedges' g with the exact gamma-function correction J, the large-sample
/// variance of d with the 2(n1 + n2) term (Hedges &amp; Olkin) and normal-approximation 95 % intervals.
/// Produced by <see cref="EffectSize.Independent"/>. Immutable.
/// </summary>
public sealed record IndependentGroupsEffectSize
{
    internal IndependentGroupsEffectSize()
    {
    }

    /// <summary>Gets the number of observations in group 1 (at least 2).</summary>
    public int Count1 { get; internal init; }

    /// <summary>Gets the number of observations in group 2 (at least 2).</summary>
    public int Count2 { get; internal init; }

    /// <summary>Gets the mean of group 1.</summary>
    public double Mean1 { get; internal init; }

    /// <summary>Gets the mean of group 2.</summary>
    public double Mean2 { get; internal init; }

    /// <summary>Gets the sample standard deviation (n − 1 denominator) of group 1.</summary>
    public double StandardDeviation1 { get; internal init; }

    /// <summary>Gets the sample standard deviation (n − 1 denominator) of group 2.</summary>
    public double StandardDeviation2 { get; internal init; }

    /// <summary>Gets the pooled degrees of freedom n1 + n2 − 2.</summary>
    public int DegreesOfFreedom { get; internal init; }

    /// <summary>Gets the pooled SD, sqrt(((n1 − 1) s1² + (n2 − 1) s2²) / (n1 + n2 − 2)).</summary>
    public double PooledStandardDeviation { get; internal init; }

    /// <summary>Gets Cohen's d = (mean1 − mean2) / pooled SD; undefined when the pooled SD is 0.</summary>
    public Statistic CohenD { get; internal init; }

    /// <summary>Gets the exact small-sample correction J = Γ(df/2) / (sqrt(df/2) Γ((df − 1)/2)), in (0, 1).</summary>
    public double HedgesCorrection { get; internal init; }

    /// <summary>Gets Hedges' g = J d; undefined when d is.</summary>
    public Statistic HedgesG { get; internal init; }

    /// <summary>Gets Var(d) = (n1 + n2)/(n1 n2) + d²/(2 (n1 + n2)); undefined when d is.</summary>
    public Statistic VarianceD { get; internal init; }

    /// <summary>Gets the standard error of d, sqrt(Var(d)).</summary>
    public Statistic StandardErrorD { get; internal init; }

    /// <summary>Gets the 95 % normal-approximation interval d ∓ z₀.₉₇₅ SE(d) (not the noncentral-t interval).</summary>
    public ConfidenceInterval ConfidenceIntervalD { get; internal init; }

    /// <summary>Gets Var(g) = J² Var(d).</summary>
    public Statistic VarianceG { get; internal init; }

    /// <summary>Gets the standard error of g, J SE(d).</summary>
    public Statistic StandardErrorG { get; internal init; }

    /// <summary>Gets the 95 % normal-approximation interval g ∓ z₀.₉₇₅ SE(g) (equals J times the interval of d).</summary>
    public ConfidenceInterval ConfidenceIntervalG { get; internal init; }
}
