using PeerSupport.Analytics.Internal;

namespace PeerSupport.Analytics.Change;

/// <summary>
/// Jacobson–Truax (1991) reliable change and clinical significance: S_E = SD sqrt(1 − r_xx), S_diff = sqrt(2) S_E,
/// RCI = (post − pre) / S_diff, reliable when |RCI| &gt; threshold (1.96), cutoff c = (SD0 M1 + SD1 M0)/(SD0 + SD1).
/// Categories: deteriorated (reliable change in the worse direction), unchanged, recovered (reliable improvement and
/// post on the functional side of c), improved (reliable improvement, post not past c). The category looks only at
/// RCI and post; callers should apply it to members who started in the dysfunctional range.
/// Immutable and thread-safe.
/// </summary>
public sealed class JacobsonTruax
{
    /// <summary>Initializes the method from its parameters.</summary>
    /// <param name="parameters">The parameters.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="parameters"/> is null.</exception>
    public JacobsonTruax(JacobsonTruaxParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Parameters = parameters;
        StandardErrorOfMeasurement = parameters.ReliableChangeStandardDeviation * Math.Sqrt(1 - parameters.Reliability);
        StandardErrorOfDifference = Math.Sqrt(2 * StandardErrorOfMeasurement * StandardErrorOfMeasurement);
        double m0 = parameters.FunctionalMean, sd0 = parameters.FunctionalStandardDeviation;
        double m1 = parameters.DysfunctionalMean, sd1 = parameters.DysfunctionalStandardDeviation;
        var sign = parameters.LowerIsBetter ? 1 : -1;
        CutoffA = m1 - (sign * 2 * sd1);
        CutoffB = m0 + (sign * 2 * sd0);
        CutoffC = ((sd0 * m1) + (sd1 * m0)) / (sd0 + sd1);
    }

    /// <summary>Gets the parameters.</summary>
    public JacobsonTruaxParameters Parameters { get; }

    /// <summary>Gets S_E = SD sqrt(1 − r_xx).</summary>
    public double StandardErrorOfMeasurement { get; }

    /// <summary>Gets S_diff = sqrt(2 S_E²), greater than 0 because r_xx &lt; 1.</summary>
    public double StandardErrorOfDifference { get; }

    /// <summary>Gets cutoff a: two dysfunctional SDs from M1 toward the functional side (M1 − 2 SD1 when lower is better). Information only.</summary>
    public double CutoffA { get; }

    /// <summary>Gets cutoff b: two functional SDs from M0 toward the dysfunctional side (M0 + 2 SD0 when lower is better). Information only.</summary>
    public double CutoffB { get; }

    /// <summary>Gets cutoff c = (SD0 M1 + SD1 M0)/(SD0 + SD1), the point between the two populations used for recovery.</summary>
    public double CutoffC { get; }

    /// <summary>Classifies one pre/post pair.</summary>
    /// <param name="pre">Score before; finite.</param>
    /// <param name="post">Score after; finite.</param>
    /// <returns>The RCI and category.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a score is NaN or infinite.</exception>
    public ReliableChange Classify(double pre, double post)
    {
        if (!double.IsFinite(pre))
        {
            throw new ArgumentOutOfRangeException(nameof(pre), pre, "The pre score must be a finite number.");
        }

        if (!double.IsFinite(post))
        {
            throw new ArgumentOutOfRangeException(nameof(post), post, "The post score must be a finite number.");
        }

        var change = post - pre;
        var rci = change / StandardErrorOfDifference;
        var threshold = Parameters.Threshold;
        var better = Parameters.LowerIsBetter ? rci < -threshold : rci > threshold;
        var worse = Parameters.LowerIsBetter ? rci > threshold : rci < -threshold;
        var functional = Parameters.LowerIsBetter ? post < CutoffC : post > CutoffC;
        var category = worse ? ReliableChangeCategory.Deteriorated
            : !better ? ReliableChangeCategory.Unchanged
            : functional ? ReliableChangeCategory.Recovered
            : ReliableChangeCategory.Improved;
        return new ReliableChange
        {
            Pre = pre,
            Post = post,
            Change = change,
            Rci = rci,
            IsReliableChange = Math.Abs(rci) > threshold,
            IsPostFunctional = functional,
            Category = category,
        };
    }

    /// <summary>Classifies paired pre/post scores, in order.</summary>
    /// <param name="pre">Scores before (finite).</param>
    /// <param name="post">Scores after, same length and order.</param>
    /// <returns>One result per pair.</returns>
    /// <exception cref="ArgumentException">Thrown when the lengths differ or a score is NaN or infinite.</exception>
    public IReadOnlyList<ReliableChange> ClassifyAll(ReadOnlySpan<double> pre, ReadOnlySpan<double> post)
    {
        SampleMath.RequireSameLength(pre.Length, post.Length, nameof(pre), nameof(post));
        SampleMath.RequireFinite(pre, 0, nameof(pre));
        SampleMath.RequireFinite(post, 0, nameof(post));
        var results = new ReliableChange[pre.Length];
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = Classify(pre[i], post[i]);
        }

        return Array.AsReadOnly(results);
    }
}
