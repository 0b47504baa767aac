namespace PeerSupport.Analytics.MixedModels;

/// <summary>
/// A random-intercept linear mixed model <c>y = Xβ + Zu + e</c>, <c>u ~ N(0, τ²)</c>, <c>e ~ N(0, σ²)</c>, fitted by REML
/// with lme4's conventions (<c>lmer(y ~ x1 + ... + (1 | group), REML = TRUE)</c>). Immutable and thread-safe.
/// </summary>
public sealed class RandomInterceptFit
{
    internal RandomInterceptFit(int observations, IReadOnlyList<int> groupSizes, IReadOnlyList<FixedEffect> fixedEffects, IReadOnlyList<IReadOnlyList<double>> covariance, double theta, double residualVariance, double remlCriterion, double scoreAtOptimum)
    {
        Observations = observations;
        GroupSizes = groupSizes;
        FixedEffects = fixedEffects;
        FixedEffectsCovariance = covariance;
        Theta = theta;
        ResidualVariance = residualVariance;
        RemlCriterion = remlCriterion;
        ScoreAtOptimum = scoreAtOptimum;
    }

    /// <summary>Gets the number of observations n.</summary>
    public int Observations { get; }

    /// <summary>Gets the number of groups.</summary>
    public int GroupCount => GroupSizes.Count;

    /// <summary>Gets the group sizes in label order: ordinal for strings, <see cref="Comparer{T}.Default"/> for other types.</summary>
    public IReadOnlyList<int> GroupSizes { get; }

    /// <summary>Gets the fixed effects in model-matrix order: <c>(Intercept)</c>, then the covariates as given.</summary>
    public IReadOnlyList<FixedEffect> FixedEffects { get; }

    /// <summary>Gets the covariance matrix of the fixed effects, σ²(X'V⁻¹X)⁻¹, in the order of <see cref="FixedEffects"/>.</summary>
    public IReadOnlyList<IReadOnlyList<double>> FixedEffectsCovariance { get; }

    /// <summary>Gets θ = τ/σ, the relative standard deviation of the random intercept (lme4's parameter); ≥ 0.</summary>
    public double Theta { get; }

    /// <summary>Gets a value indicating whether the fit is singular (θ = 0: the group variance is estimated as 0).</summary>
    public bool IsSingular => Theta == 0;

    /// <summary>Gets the REML residual variance σ² = r'V⁻¹r/(n − p); &gt; 0.</summary>
    public double ResidualVariance { get; }

    /// <summary>Gets the random-intercept (between-group) variance τ² = θ²σ²; ≥ 0.</summary>
    public double RandomInterceptVariance => Theta * Theta * ResidualVariance;

    /// <summary>Gets σ.</summary>
    public double ResidualStandardDeviation => Math.Sqrt(ResidualVariance);

    /// <summary>Gets τ.</summary>
    public double RandomInterceptStandardDeviation => Theta * ResidualStandardDeviation;

    /// <summary>Gets the ICC τ²/(τ² + σ²), conditional on the fixed effects; in [0, 1).</summary>
    public double Icc => RandomInterceptVariance / (RandomInterceptVariance + ResidualVariance);

    /// <summary>
    /// Gets lme4's REML criterion at the optimum, <c>log|V| + log|X'V⁻¹X| + (n − p)(1 + log(2π σ²))</c> with
    /// <c>V = I + θ²ZZ'</c>. Other programs add different constants (e.g. a log|X'X| term), so compare like with like.
    /// </summary>
    public double RemlCriterion { get; }

    /// <summary>Gets lme4's REML log-likelihood, −<see cref="RemlCriterion"/>/2.</summary>
    public double RemlLogLikelihood => -RemlCriterion / 2;

    /// <summary>
    /// Gets the derivative of the REML criterion with respect to λ = θ² at the optimum (the REML score equation; about 0
    /// at an interior optimum, ≥ 0 at a singular fit). For diagnostics.
    /// </summary>
    public double ScoreAtOptimum { get; }
}
