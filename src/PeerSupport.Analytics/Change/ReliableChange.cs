namespace PeerSupport.Analytics.Change;

/// <summary>One member's Jacobson–Truax result. Produced by <see cref="JacobsonTruax.Classify"/>. Immutable.</summary>
public sealed record ReliableChange
{
    internal ReliableChange()
    {
    }

    /// <summary>Gets the pre score.</summary>
    public double Pre { get; internal init; }

    /// <summary>Gets the post score.</summary>
    public double Post { get; internal init; }

    /// <summary>Gets post − pre.</summary>
    public double Change { get; internal init; }

    /// <summary>Gets the reliable change index (post − pre) / S_diff (negative is improvement on a symptom scale).</summary>
    public double Rci { get; internal init; }

    /// <summary>Gets a value indicating whether |RCI| is strictly greater than the threshold.</summary>
    public bool IsReliableChange { get; internal init; }

    /// <summary>Gets a value indicating whether the post score is on the functional side of cutoff c (strictly below c when lower is better).</summary>
    public bool IsPostFunctional { get; internal init; }

    /// <summary>Gets the category.</summary>
    public ReliableChangeCategory Category { get; internal init; }
}
