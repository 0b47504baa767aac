namespace PeerSupport.Analytics.Change;

/// <summary>Jacobson–Truax clinical-significance category of one member's pre/post change.</summary>
public enum ReliableChangeCategory
{
    /// <summary>No reliable change: |RCI| is at most the threshold (1.96 by default).</summary>
    Unchanged = 0,

    /// <summary>Reliable improvement and the post score is on the functional side of cutoff c.</summary>
    Recovered = 1,

    /// <summary>Reliable improvement but the post score is still on the dysfunctional side of cutoff c.</summary>
    Improved = 2,

    /// <summary>Reliable change in the worse direction.</summary>
    Deteriorated = 3,
}
