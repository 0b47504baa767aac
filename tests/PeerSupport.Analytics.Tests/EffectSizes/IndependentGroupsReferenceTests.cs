using PeerSupport.Analytics.EffectSizes;
using PeerSupport.Analytics.Hypothesis;
using PeerSupport.Analytics.Tests.Reference;
using Xunit.Abstractions;

namespace PeerSupport.Analytics.Tests.EffectSizes;

/// <summary>Case kind 07a: Cohen's d, Hedges' g and the Welch t-test against R.</summary>
public sealed class IndependentGroupsReferenceTests(ITestOutputHelper output)
{
    [Fact]
    public void Case07a_EveryExpectedNumber_MatchesR()
    {
        var ledger = new RelativeErrorLedger(ReferenceCase.Load("case07a_effect_independent"), output);
        var reference = ledger.Reference;
        var groups = reference.Column("group");
        var scores = reference.NumberColumn("score");
        var label1 = reference.At("/results/group1").GetString();
        var label2 = reference.At("/results/group2").GetString();
        var x1 = scores.Where((_, i) => groups[i] == label1).ToArray();
        var x2 = scores.Where((_, i) => groups[i] == label2).ToArray();

        var effect = EffectSize.Independent(x1, x2);
        const double Closed = PartBTolerances.ClosedForm;
        const double Iterative = PartBTolerances.Distribution;
        ledger.Check("/results/n1", effect.Count1, 0);
        ledger.Check("/results/n2", effect.Count2, 0);
        ledger.Check("/results/mean1", effect.Mean1, Closed);
        ledger.Check("/results/mean2", effect.Mean2, Closed);
        ledger.Check("/results/sd1", effect.StandardDeviation1, Closed);
        ledger.Check("/results/sd2", effect.StandardDeviation2, Closed);
        ledger.Check("/results/df_pooled", effect.DegreesOfFreedom, 0);
        ledger.Check("/results/sd_pooled", effect.PooledStandardDeviation, Closed);
        ledger.Check("/results/cohen_d", effect.CohenD, Closed);
        ledger.Check("/results/hedges_J", effect.HedgesCorrection, Closed);
        ledger.Check("/results/hedges_g", effect.HedgesG, Closed);
        ledger.Check("/results/var_d", effect.VarianceD, Closed);
        ledger.Check("/results/se_d", effect.StandardErrorD, Closed);
        ledger.CheckInterval("/results/ci_d_95", effect.ConfidenceIntervalD, Closed);
        ledger.Check("/results/var_g", effect.VarianceG, Closed);
        ledger.Check("/results/se_g", effect.StandardErrorG, Closed);
        ledger.CheckInterval("/results/ci_g_95", effect.ConfidenceIntervalG, Closed);
        ledger.Check("/results/z_975", Distributions975(), Closed);

        var welch = WelchTTest.Compute(x1, x2);
        ledger.Check("/results/welch/t", welch.T, Closed);
        ledger.Check("/results/welch/df", welch.DegreesOfFreedom, Closed);
        ledger.Check("/results/welch/p", welch.P, Iterative);
        ledger.Check("/results/welch/mean_difference", welch.MeanDifference, Closed);
        ledger.Check("/results/welch/std_error", welch.StandardError, Closed);
        ledger.CheckInterval("/results/welch/ci_95", welch.ConfidenceInterval, Iterative);
        ledger.Finish();
    }

    private static double Distributions975() => PeerSupport.Analytics.Internal.Distributions.Z975;
}
