using PeerSupport.Analytics.Tests.Reference;
using PeerSupport.Analytics.Trend;
using Xunit.Abstractions;

namespace PeerSupport.Analytics.Tests.Trend;

/// <summary>Case kind 09: Mann–Kendall, Kendall tau-b / cor.test and Theil–Sen against R.</summary>
public sealed class TrendReferenceTests(ITestOutputHelper output)
{
    [Fact]
    public void Case09_EveryExpectedNumber_MatchesR()
    {
        var ledger = new RelativeErrorLedger(ReferenceCase.Load("case09_mann_kendall"), output);
        var week = ledger.Reference.NumberColumn("week");
        var attendance = ledger.Reference.NumberColumn("attendance");
        var order = Enumerable.Range(0, week.Length).OrderBy(i => week[i]).ToArray();
        var x = order.Select(i => week[i]).ToArray();
        var y = order.Select(i => attendance[i]).ToArray();
        const double Closed = PartBTolerances.ClosedForm;
        const double Iterative = PartBTolerances.Distribution;

        var mk = MannKendall.Compute(y);
        ledger.Check("/results/n", mk.Count, 0);
        ledger.Check("/results/S", mk.S, 0);
        ledger.CheckArray("/results/tie_group_sizes", mk.TieGroupSizes.Select(t => (double)t).ToArray(), 0);
        ledger.Check("/results/var_S", mk.VarianceS, Closed);
        ledger.Check("/results/Z", mk.Z, Closed);
        ledger.Check("/results/p", mk.P, Iterative);

        var tau = KendallTau.Compute(x, y);
        Assert.Equal(mk.S, tau.S);
        ledger.Check("/results/kendall_tau_b", tau.TauB, Closed);
        ledger.Check("/results/cor_test_z", tau.Z, Closed);
        ledger.Check("/results/cor_test_p", tau.P, Iterative);

        var line = TheilSen.Compute(x, y);
        ledger.Check("/results/n_pairwise_slopes", line.PairCount, 0);
        ledger.Check("/results/theil_sen_slope", line.Slope, Closed);
        ledger.Check("/results/theil_sen_intercept", line.Intercept, Closed);
        ledger.Check("/results/intercept_alt_median_y_minus_slope_median_x", line.InterceptMedianYMinusSlopeMedianX, Closed);
        ledger.Finish();
    }
}
