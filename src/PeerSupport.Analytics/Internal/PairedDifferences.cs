namespace PeerSupport.Analytics.Internal;

/// <summary>Validated post − pre differences for the paired statistics.</summary>
internal static class PairedDifferences
{
    /// <summary>Returns post[i] − pre[i] after checking lengths (equal, at least 2) and finiteness.</summary>
    public static double[] Compute(ReadOnlySpan<double> pre, ReadOnlySpan<double> post, int minimum = 2)
    {
        SampleMath.RequireSameLength(pre.Length, post.Length, nameof(pre), nameof(post));
        SampleMath.RequireFinite(pre, minimum, nameof(pre));
        SampleMath.RequireFinite(post, minimum, nameof(post));
        var differences = new double[pre.Length];
        for (var i = 0; i < differences.Length; i++)
        {
            differences[i] = post[i] - pre[i];
        }

        return differences;
    }
}
