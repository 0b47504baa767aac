namespace PeerSupport.Analytics.Reliability;

/// <summary>One Shrout–Fleiss ICC form with its F test and 95 % bounds. Immutable and thread-safe.</summary>
public sealed record IccEstimate
{
    internal IccEstimate(IccForm form, Statistic value, Statistic f, double df1, double df2, Statistic pValue, Statistic lowerBound, Statistic upperBound)
    {
        Form = form;
        Value = value;
        F = f;
        DegreesOfFreedom1 = df1;
        DegreesOfFreedom2 = df2;
        PValue = pValue;
        LowerBound = lowerBound;
        UpperBound = upperBound;
    }

    /// <summary>Gets the form.</summary>
    public IccForm Form { get; }

    /// <summary>Gets the ICC (at most 1; may be negative); undefined when its denominator is 0, e.g. for constant ratings.</summary>
    public Statistic Value { get; }

    /// <summary>Gets the F statistic of the test of ICC = 0 (MSB/MSW for one-way forms, MSB/MSE otherwise); may be +∞.</summary>
    public Statistic F { get; }

    /// <summary>Gets the numerator degrees of freedom, n − 1.</summary>
    public double DegreesOfFreedom1 { get; }

    /// <summary>Gets the denominator degrees of freedom, n(k − 1) for one-way forms, (n − 1)(k − 1) otherwise.</summary>
    public double DegreesOfFreedom2 { get; }

    /// <summary>Gets the upper-tail p-value P(F(df1, df2) &gt; F).</summary>
    public Statistic PValue { get; }

    /// <summary>Gets the lower 95 % bound (psych's formulas; ICC2 forms use a Satterthwaite-type non-integer df).</summary>
    public Statistic LowerBound { get; }

    /// <summary>Gets the upper 95 % bound.</summary>
    public Statistic UpperBound { get; }
}
