namespace PeerSupport.Analytics.Reliability;

/// <summary>
/// The six Shrout–Fleiss ICCs of an n targets × k judges rating table with the two-way ANOVA mean squares they come
/// from (R's <c>psych::ICC(x, lmer = FALSE)</c>). Immutable and thread-safe.
/// </summary>
public sealed class ShroutFleissIccResult
{
    internal ShroutFleissIccResult(int targets, int judges, double msb, double msw, double msj, double mse, IReadOnlyList<IccEstimate> estimates)
    {
        Targets = targets;
        Judges = judges;
        MeanSquareBetweenTargets = msb;
        MeanSquareWithinTargets = msw;
        MeanSquareBetweenJudges = msj;
        MeanSquareResidual = mse;
        Estimates = estimates;
    }

    /// <summary>Gets the number of targets n (rows).</summary>
    public int Targets { get; }

    /// <summary>Gets the number of judges k (columns).</summary>
    public int Judges { get; }

    /// <summary>Gets MSB = SSB/(n − 1), between targets.</summary>
    public double MeanSquareBetweenTargets { get; }

    /// <summary>Gets MSW = (SSJ + SSE)/(n(k − 1)), within targets (one-way).</summary>
    public double MeanSquareWithinTargets { get; }

    /// <summary>Gets MSJ = SSJ/(k − 1), between judges.</summary>
    public double MeanSquareBetweenJudges { get; }

    /// <summary>Gets MSE = SSE/((n − 1)(k − 1)), residual.</summary>
    public double MeanSquareResidual { get; }

    /// <summary>Gets the degrees of freedom between targets, n − 1.</summary>
    public int DegreesOfFreedomBetweenTargets => Targets - 1;

    /// <summary>Gets the degrees of freedom between judges, k − 1.</summary>
    public int DegreesOfFreedomBetweenJudges => Judges - 1;

    /// <summary>Gets the residual degrees of freedom, (n − 1)(k − 1).</summary>
    public int DegreesOfFreedomResidual => (Targets - 1) * (Judges - 1);

    /// <summary>Gets the six forms in psych's order: ICC1, ICC2, ICC3, ICC1k, ICC2k, ICC3k.</summary>
    public IReadOnlyList<IccEstimate> Estimates { get; }

    /// <summary>Gets the estimate of one form.</summary>
    /// <param name="form">The form.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="form"/> is not a defined value.</exception>
    public IccEstimate this[IccForm form]
        => form is >= IccForm.Icc1 and <= IccForm.Icc3K ? Estimates[(int)form] : throw new ArgumentOutOfRangeException(nameof(form), $"Unknown ICC form {(int)form}.");
}
