using FsCheck.Xunit;
using PeerSupport.Analytics.Internal;

namespace PeerSupport.Analytics.Tests.Internal;

public sealed class KendallScoreTests
{
    [Property(MaxTest = 500)]
    public bool ForSeries_MatchesPairwiseDefinition(int[] raw)
    {
        var y = (raw ?? []).Select(v => (double)(v % 7)).ToArray();
        return KendallScore.ForSeries(y) == Naive(Enumerable.Range(0, y.Length).Select(i => (double)i).ToArray(), y);
    }

    [Property(MaxTest = 500)]
    public bool ForPairs_WithTiesInBoth_MatchesPairwiseDefinition(int[] raw)
    {
        var values = raw ?? [];
        var x = values.Select(v => (double)(v % 4)).ToArray();
        var y = values.Select((v, i) => (double)(((v / 3) + i) % 5)).ToArray();
        return KendallScore.ForPairs(x, y) == Naive(x, y);
    }

    private static long Naive(double[] x, double[] y)
    {
        long s = 0;
        for (var i = 0; i < x.Length; i++)
        {
            for (var j = i + 1; j < x.Length; j++)
            {
                s += Math.Sign(x[j] - x[i]) * Math.Sign(y[j] - y[i]);
            }
        }

        return s;
    }
}
