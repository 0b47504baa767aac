namespace PeerSupport.Analytics.Reliability;

/// <summary>
/// One-way random-effects ICC(1) for members nested in groups of possibly unequal size, from the one-way ANOVA
/// (R: <c>anova(lm(score ~ factor(group)))</c> and the n₀ formula). Immutable and thread-safe.
/// </summary>
/// <typeparam name="TGroup">The group label type.</typeparam>
public sealed class OneWayIccResult<TGroup>
    where TGroup : notnull
{
    internal OneWayIccResult(IReadOnlyList<TGroup> groups, IReadOnlyList<int> groupSizes, double ssb, double ssw, Statistic msw, Statistic f, Statistic pValue, double n0, Statistic icc1, Statistic designEffect)
    {
        Groups = groups;
        GroupSizes = groupSizes;
        SumOfSquaresBetween = ssb;
        SumOfSquaresWithin = ssw;
        MeanSquareWithin = msw;
        F = f;
        PValue = pValue;
        N0 = n0;
        Icc1 = icc1;
        DesignEffect = designEffect;
    }

    /// <summary>Gets the number of members N.</summary>
    public int Count => GroupSizes.Sum();

    /// <summary>Gets the group labels in order: ordinal for strings (R's <c>table()</c> order in the C locale), <see cref="Comparer{T}.Default"/> for other types (numeric order for numbers).</summary>
    public IReadOnlyList<TGroup> Groups { get; }

    /// <summary>Gets the group sizes n_j, in the order of <see cref="Groups"/>.</summary>
    public IReadOnlyList<int> GroupSizes { get; }

    /// <summary>Gets the number of groups J.</summary>
    public int GroupCount => GroupSizes.Count;

    /// <summary>Gets SSB = Σ n_j (mean_j − mean)².</summary>
    public double SumOfSquaresBetween { get; }

    /// <summary>Gets SSW = Σ_j Σ_i (x_ij − mean_j)².</summary>
    public double SumOfSquaresWithin { get; }

    /// <summary>Gets the between-groups degrees of freedom J − 1.</summary>
    public int DegreesOfFreedomBetween => GroupCount - 1;

    /// <summary>Gets the within-groups degrees of freedom N − J (a group of size 1 adds none).</summary>
    public int DegreesOfFreedomWithin => Count - GroupCount;

    /// <summary>Gets MSB = SSB/(J − 1).</summary>
    public double MeanSquareBetween => SumOfSquaresBetween / DegreesOfFreedomBetween;

    /// <summary>Gets MSW = SSW/(N − J); undefined when N = J.</summary>
    public Statistic MeanSquareWithin { get; }

    /// <summary>Gets F = MSB/MSW on (J − 1, N − J) df; undefined when MSW is undefined or 0/0.</summary>
    public Statistic F { get; }

    /// <summary>Gets the upper-tail p-value of <see cref="F"/>.</summary>
    public Statistic PValue { get; }

    /// <summary>Gets n₀ = (N − Σ n_j²/N)/(J − 1), the "average" group size used by ICC(1).</summary>
    public double N0 { get; }

    /// <summary>Gets ICC(1) = (MSB − MSW)/(MSB + (n₀ − 1) MSW), not truncated at 0; undefined when the denominator is 0.</summary>
    public Statistic Icc1 { get; }

    /// <summary>Gets the mean group size m̄ = N/J (used by the design effect, not n₀).</summary>
    public double MeanGroupSize => (double)Count / GroupCount;

    /// <summary>Gets the design effect 1 + (m̄ − 1)·ICC(1); undefined when ICC(1) is.</summary>
    public Statistic DesignEffect { get; }
}
