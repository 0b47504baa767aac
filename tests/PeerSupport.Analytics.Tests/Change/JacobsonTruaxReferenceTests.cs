using PeerSupport.Analytics.Change;
using PeerSupport.Analytics.Tests.Reference;
using Xunit.Abstractions;

namespace PeerSupport.Analytics.Tests.Change;

/// <summary>Case kind 08: Jacobson–Truax reliable change and categories against R.</summary>
public sealed class JacobsonTruaxReferenceTests(ITestOutputHelper output)
{
    [Fact]
    public void Case08_EveryExpectedNumberAndCategory_MatchesR()
    {
        var ledger = new RelativeErrorLedger(ReferenceCase.Load("case08_rci"), output);
        var reference = ledger.Reference;
        double P(string name) => reference.Number("/parameters/" + name)!.Value;
        var method = new JacobsonTruax(new JacobsonTruaxParameters(
            reliability: P("r_xx"),
            reliableChangeStandardDeviation: P("sd_rci"),
            functionalMean: P("M0"),
            functionalStandardDeviation: P("SD0"),
            dysfunctionalMean: P("M1"),
            dysfunctionalStandardDeviation: P("SD1")));
        const double Closed = PartBTolerances.ClosedForm;

        ledger.Check("/results/S_E", method.StandardErrorOfMeasurement, Closed);
        ledger.Check("/results/S_diff", method.StandardErrorOfDifference, Closed);
        ledger.Check("/results/cutoff_c", method.CutoffC, Closed);
        ledger.Check("/results/cutoff_a", method.CutoffA, Closed);
        ledger.Check("/results/cutoff_b", method.CutoffB, Closed);
        ledger.Check("/results/threshold", method.Parameters.Threshold, 0);

        var pre = reference.NumberColumn("pre");
        var post = reference.NumberColumn("post");
        var results = method.ClassifyAll(pre, post);
        ledger.CheckArray("/results/members/member_id", reference.NumberColumn("member_id"), 0);
        ledger.CheckArray("/results/members/pre", results.Select(r => r.Pre).ToArray(), 0);
        ledger.CheckArray("/results/members/post", results.Select(r => r.Post).ToArray(), 0);
        ledger.CheckArray("/results/members/change", results.Select(r => r.Change).ToArray(), 0);
        ledger.CheckArray("/results/members/RCI", results.Select(r => r.Rci).ToArray(), Closed);

        var reliable = reference.At("/results/members/reliable_change").EnumerateArray().Select(e => e.GetBoolean()).ToArray();
        var below = reference.At("/results/members/post_below_cutoff_c").EnumerateArray().Select(e => e.GetBoolean()).ToArray();
        var categories = reference.At("/results/members/category").EnumerateArray().Select(e => e.GetString()).ToArray();
        Assert.Equal(reliable, results.Select(r => r.IsReliableChange).ToArray());
        Assert.Equal(below, results.Select(r => r.IsPostFunctional).ToArray());
        Assert.Equal(categories, results.Select(r => r.Category.ToString().ToLowerInvariant()).ToArray());

        foreach (var category in Enum.GetValues<ReliableChangeCategory>())
        {
            var name = category.ToString().ToLowerInvariant();
            ledger.Check("/results/category_counts/" + name, results.Count(r => r.Category == category), 0);
        }

        ledger.Finish();
    }
}
