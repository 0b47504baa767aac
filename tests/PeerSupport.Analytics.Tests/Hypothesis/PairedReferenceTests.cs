using PeerSupport.Analytics.EffectSizes;
using PeerSupport.Analytics.Hypothesis;
using PeerSupport.Analytics.Tests.Reference;
using Xunit.Abstractions;

namespace PeerSupport.Analytics.Tests.Hypothesis;

/// <summary>Case kind 07b: paired t-test, d_z and the Wilcoxon signed-rank test against R.</summary>
public sealed class PairedReferenceTests(ITestOutputHelper output)
{
    [Fact]
    public void Case07b_EveryExpectedNumber_MatchesR()
    {
        var ledger = new RelativeErrorLedger(ReferenceCase.Load("case07b_effect_paired"), output);
        var pre = ledger.Reference.NumberColumn("pre");
        var post = ledger.Reference.NumberColumn("post");
        const double Closed = PartBTolerances.ClosedForm;
        const double Iterative = PartBTolerances.Distribution;

        var t = PairedTTest.Compute(pre, post);
        ledger.Check("/results/n", t.Count, 0);
        ledger.Check("/results/mean_pre", t.MeanPre, Closed);
        ledger.Check("/results/mean_post", t.MeanPost, Closed);
        ledger.Check("/results/mean_difference", t.MeanDifference, Closed);
        ledger.Check("/results/sd_difference", t.StandardDeviationOfDifferences, Closed);
        ledger.Check("/results/paired_t/t", t.T, Closed);
        ledger.Check("/results/paired_t/df", t.DegreesOfFreedom, 0);
        ledger.Check("/results/paired_t/p", t.P, Iterative);
        ledger.Check("/results/paired_t/std_error", t.StandardError, Closed);
        ledger.CheckInterval("/results/paired_t/ci_95", t.ConfidenceInterval, Iterative);
        ledger.Check("/results/cohen_dz", EffectSize.CohenDz(pre, post), Closed);
        Assert.Equal(EffectSize.CohenDz(pre, post), t.CohenDz);

        var w = WilcoxonSignedRankTest.Compute(pre, post);
        ledger.Check("/results/wilcoxon/V", w.V, Closed);
        ledger.Check("/results/wilcoxon/p", w.P, Iterative);
        ledger.Check("/results/wilcoxon/n_nonzero", w.NonzeroCount, 0);
        ledger.Check("/results/wilcoxon/n_zero_differences", w.ZeroDifferenceCount, 0);
        ledger.CheckArray("/results/wilcoxon/tie_group_sizes_of_abs_differences", w.TieGroupSizes.Select(s => (double)s).ToArray(), 0);
        ledger.Check("/results/wilcoxon/expected_V", w.ExpectedV, Closed);
        ledger.Check("/results/wilcoxon/sd_V_tie_corrected", w.StandardDeviationV, Closed);
        ledger.Check("/results/wilcoxon/z_with_continuity_correction", w.Z, Closed);
        ledger.Finish();
    }
}
