namespace PeerSupport.Analytics.Change;

/// <summary>
/// Inputs of the Jacobson–Truax method: scale reliability, the SD used for the reliable change index, and the
/// functional (0) and dysfunctional (1) population norms. They are study choices, not constants: sources differ on
/// which SD to use (pre-treatment vs normative), so every value is explicit. Immutable; validated on construction.
/// </summary>
public sealed class JacobsonTruaxParameters
{
    /// <summary>The conventional reliable-change threshold, the literal 1.96 (not qnorm(0.975)).</summary>
    public const double DefaultThreshold = 1.96;

    /// <summary>Initializes the parameters.</summary>
    /// <param name="reliability">Reliability r_xx of the scale, in [0, 1).</param>
    /// <param name="reliableChangeStandardDeviation">
    /// The SD that enters the reliable change index through S_E = SD·sqrt(1 − r_xx) (<c>sd_rci</c> in the R reference;
    /// commonly the pre-treatment SD of the sample, sometimes a normative SD), &gt; 0. It is not SD0 or SD1, the
    /// population SDs that place the cutoff c.
    /// </param>
    /// <param name="functionalMean">Mean M0 of the functional population.</param>
    /// <param name="functionalStandardDeviation">SD0 of the functional population, &gt; 0.</param>
    /// <param name="dysfunctionalMean">Mean M1 of the dysfunctional population.</param>
    /// <param name="dysfunctionalStandardDeviation">SD1 of the dysfunctional population, &gt; 0.</param>
    /// <param name="threshold">Reliable-change threshold for |RCI| (strict), &gt; 0. The default is 1.96.</param>
    /// <param name="lowerIsBetter">
    /// <see langword="true"/> (the default) for symptom scales such as the PHQ-9, where a negative RCI is improvement and
    /// recovery means a post score below c; <see langword="false"/> for well-being scales such as the WHO-5.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a value is outside its range or not finite.</exception>
    public JacobsonTruaxParameters(
        double reliability,
        double reliableChangeStandardDeviation,
        double functionalMean,
        double functionalStandardDeviation,
        double dysfunctionalMean,
        double dysfunctionalStandardDeviation,
        double threshold = DefaultThreshold,
        bool lowerIsBetter = true)
    {
        if (!(reliability >= 0 && reliability < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(reliability), reliability, "Reliability r_xx must be in [0, 1).");
        }

        RequirePositive(reliableChangeStandardDeviation, nameof(reliableChangeStandardDeviation));
        RequireFinite(functionalMean, nameof(functionalMean));
        RequirePositive(functionalStandardDeviation, nameof(functionalStandardDeviation));
        RequireFinite(dysfunctionalMean, nameof(dysfunctionalMean));
        RequirePositive(dysfunctionalStandardDeviation, nameof(dysfunctionalStandardDeviation));
        RequirePositive(threshold, nameof(threshold));
        Reliability = reliability;
        ReliableChangeStandardDeviation = reliableChangeStandardDeviation;
        FunctionalMean = functionalMean;
        FunctionalStandardDeviation = functionalStandardDeviation;
        DysfunctionalMean = dysfunctionalMean;
        DysfunctionalStandardDeviation = dysfunctionalStandardDeviation;
        Threshold = threshold;
        LowerIsBetter = lowerIsBetter;
    }

    /// <summary>Gets the reliability r_xx, in [0, 1).</summary>
    public double Reliability { get; }

    /// <summary>Gets the SD used for the reliable change index (S_E = SD·sqrt(1 − r_xx); <c>sd_rci</c> in R), &gt; 0.</summary>
    public double ReliableChangeStandardDeviation { get; }

    /// <summary>Gets M0, the functional-population mean.</summary>
    public double FunctionalMean { get; }

    /// <summary>Gets SD0, the functional-population SD, &gt; 0.</summary>
    public double FunctionalStandardDeviation { get; }

    /// <summary>Gets M1, the dysfunctional-population mean.</summary>
    public double DysfunctionalMean { get; }

    /// <summary>Gets SD1, the dysfunctional-population SD, &gt; 0.</summary>
    public double DysfunctionalStandardDeviation { get; }

    /// <summary>Gets the strict |RCI| threshold. The default is 1.96.</summary>
    public double Threshold { get; }

    /// <summary>Gets a value indicating whether lower scores are better (symptom scale). The default is <see langword="true"/>.</summary>
    public bool LowerIsBetter { get; }

    private static void RequireFinite(double value, string name)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a finite number.");
        }
    }

    private static void RequirePositive(double value, string name)
    {
        if (!(value > 0) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a finite number greater than 0.");
        }
    }
}
