namespace PeerSupport.Analytics.MixedModels;

/// <summary>One fixed-effect coefficient of a mixed model, as lme4 reports it (no df or p-value). Immutable and thread-safe.</summary>
public sealed record FixedEffect
{
    internal FixedEffect(string term, double estimate, double standardError)
    {
        Term = term;
        Estimate = estimate;
        StandardError = standardError;
    }

    /// <summary>Gets the term name; the intercept is <c>(Intercept)</c>.</summary>
    public string Term { get; }

    /// <summary>Gets the estimate (generalized least squares at the REML variance components).</summary>
    public double Estimate { get; }

    /// <summary>Gets the standard error, sqrt of the diagonal of σ²(X'V⁻¹X)⁻¹ (no Kenward–Roger or Satterthwaite adjustment); &gt; 0.</summary>
    public double StandardError { get; }

    /// <summary>Gets the t value, <see cref="Estimate"/> / <see cref="StandardError"/>.</summary>
    public double TValue => Estimate / StandardError;
}
