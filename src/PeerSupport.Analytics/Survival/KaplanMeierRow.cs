namespace PeerSupport.Analytics.Survival;

/// <summary>
/// One row of a Kaplan–Meier table at a distinct time. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Convention (R <c>survival::survfit</c>, <c>conf.type = "log"</c>): events come before censorings at tied
/// times, so a member censored at <see cref="Time"/> is still in <see cref="AtRisk"/>;
/// <see cref="StandardErrorCumulativeHazard"/> is what R stores in <c>fit$std.err</c> (SE of −log S),
/// <see cref="StandardErrorSurvival"/> is the Greenwood SE of S that <c>summary(fit)</c> prints.
/// </remarks>
public sealed record KaplanMeierRow
{
    internal KaplanMeierRow(double time, int atRisk, int events, int censored, double survival, double standardErrorCumulativeHazard, Statistic standardErrorSurvival, Statistic lower95, Statistic upper95)
    {
        Time = time;
        AtRisk = atRisk;
        Events = events;
        Censored = censored;
        Survival = survival;
        StandardErrorCumulativeHazard = standardErrorCumulativeHazard;
        StandardErrorSurvival = standardErrorSurvival;
        Lower95 = lower95;
        Upper95 = upper95;
    }

    /// <summary>Gets the time (same unit as the input, ≥ 0).</summary>
    public double Time { get; }

    /// <summary>Gets the number at risk: observations with time ≥ <see cref="Time"/>.</summary>
    public int AtRisk { get; }

    /// <summary>Gets the number of events at exactly <see cref="Time"/>.</summary>
    public int Events { get; }

    /// <summary>
    /// Gets the number censored: in the all-times table, censored at exactly <see cref="Time"/>; in the event-times
    /// table, censored in the interval (previous event time, <see cref="Time"/>].
    /// </summary>
    public int Censored { get; }

    /// <summary>Gets the product-limit survival S(t) in [0, 1].</summary>
    public double Survival { get; }

    /// <summary>
    /// Gets the standard error of the cumulative hazard (of −log S), <c>sqrt(Σ d/(n(n−d)))</c>; ≥ 0, and
    /// positive infinity once S has reached 0.
    /// </summary>
    public double StandardErrorCumulativeHazard { get; }

    /// <summary>Gets the Greenwood standard error of S itself (S × <see cref="StandardErrorCumulativeHazard"/>); undefined when S = 0.</summary>
    public Statistic StandardErrorSurvival { get; }

    /// <summary>Gets the lower 95 % limit, <c>exp(log S − z·se)</c>; undefined when S = 0.</summary>
    public Statistic Lower95 { get; }

    /// <summary>Gets the upper 95 % limit, <c>min(1, exp(log S + z·se))</c>; undefined when S = 0.</summary>
    public Statistic Upper95 { get; }
}
