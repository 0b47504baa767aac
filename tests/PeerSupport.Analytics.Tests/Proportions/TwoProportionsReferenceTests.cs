using System.Globalization;
using PeerSupport.Analytics.Proportions;
using PeerSupport.Analytics.Tests.Reference;
using Xunit.Abstractions;

namespace PeerSupport.Analytics.Tests.Proportions;

/// <summary>Case kind 12: prop.test with and without Yates and fisher.test against R.</summary>
public sealed class TwoProportionsReferenceTests(ITestOutputHelper output)
{
    /// <summary>R's <c>uniroot</c> answers for the Fisher estimate and limits are only about 1e-4 accurate.</summary>
    private const double RUniroot = 1e-3;

    [Fact]
    public void Case12_EveryExpectedNumber_MatchesR()
    {
        var ledger = new RelativeErrorLedger(ReferenceCase.Load("case12_two_proportions"), output);
        var reference = ledger.Reference;
        var tableIds = reference.Column("table_id");
        var arms = reference.Column("arm");
        var referred = reference.Column("referred").Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var sizes = reference.Column("n").Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var ids = tableIds.Distinct().ToArray();
        Assert.Equal(reference.At("/results/tables").GetArrayLength(), ids.Length);
        const double Closed = PartBTolerances.ClosedForm;
        const double Iterative = PartBTolerances.Distribution;
        for (var t = 0; t < ids.Length; t++)
        {
            var prefix = $"/results/tables/{t}";
            Assert.Equal(reference.At(prefix + "/table_id").GetString(), ids[t]);
            var rows = Enumerable.Range(0, tableIds.Length).Where(i => tableIds[i] == ids[t]).ToArray();
            Assert.Equal(2, rows.Length);
            Assert.Equal(reference.At(prefix + "/arms/0").GetString(), arms[rows[0]]);
            Assert.Equal(reference.At(prefix + "/arms/1").GetString(), arms[rows[1]]);
            int x1 = referred[rows[0]], n1 = sizes[rows[0]], x2 = referred[rows[1]], n2 = sizes[rows[1]];
            ledger.Check(prefix + "/a_referred_arm1", x1, 0);
            ledger.Check(prefix + "/b_not_referred_arm1", n1 - x1, 0);
            ledger.Check(prefix + "/c_referred_arm2", x2, 0);
            ledger.Check(prefix + "/d_not_referred_arm2", n2 - x2, 0);

            var corrected = TwoProportionTest.Compute(x1, n1, x2, n2, continuityCorrection: true);
            var uncorrected = TwoProportionTest.Compute(x1, n1, x2, n2, continuityCorrection: false);
            ledger.Check(prefix + "/p1", corrected.Proportion1, Closed);
            ledger.Check(prefix + "/p2", corrected.Proportion2, Closed);
            ledger.Check(prefix + "/difference_p1_minus_p2", corrected.Difference, Closed);
            ledger.Check(prefix + "/yates_correction_used", corrected.YatesCorrection, Closed);
            CheckPropTest(ledger, prefix + "/prop_test_corrected", corrected);
            CheckPropTest(ledger, prefix + "/prop_test_uncorrected", uncorrected);
            var warned = reference.At(prefix + "/r_warnings").EnumerateArray().Any(w => w.GetString() == "Chi-squared approximation may be incorrect");
            Assert.Equal(warned, corrected.HasSmallExpectedCount);

            var fisher = FisherExactTest.Compute(x1, n1 - x1, x2, n2 - x2);
            ledger.Check(prefix + "/fisher/p", fisher.P, Iterative);
            ledger.Check(prefix + "/fisher/odds_ratio_conditional_mle", fisher.OddsRatio, RUniroot);
            ledger.CheckInterval(prefix + "/fisher/ci_95", fisher.ConfidenceInterval, RUniroot);
            ledger.Check(prefix + "/fisher_high_precision/odds_ratio_conditional_mle", fisher.OddsRatio, PartBTolerances.Root);
            ledger.CheckInterval(prefix + "/fisher_high_precision/ci_95", fisher.ConfidenceInterval, PartBTolerances.Root);
            ledger.Check(prefix + "/sample_odds_ratio", fisher.SampleOddsRatio, Closed);
        }

        ledger.Finish();
    }

    private static void CheckPropTest(RelativeErrorLedger ledger, string prefix, TwoProportionTestResult result)
    {
        var statistic = ledger.Reference.Number(prefix + "/statistic")!.Value;

        // A corrected statistic that is mathematically 0 is compared absolutely (R prints a rounding-level number).
        ledger.Check(prefix + "/statistic", result.ChiSquare, statistic < 1e-12 ? 1 : PartBTolerances.ClosedForm);
        ledger.Check(prefix + "/df", result.DegreesOfFreedom, 0);
        ledger.Check(prefix + "/p", result.P, PartBTolerances.Distribution);
        ledger.Check(prefix + "/estimate_p1", result.Proportion1, PartBTolerances.ClosedForm);
        ledger.Check(prefix + "/estimate_p2", result.Proportion2, PartBTolerances.ClosedForm);
        ledger.CheckInterval(prefix + "/ci_95_p1_minus_p2", result.ConfidenceInterval, PartBTolerances.ClosedForm);
    }
}
