using System.Globalization;
using PeerSupport.Analytics.Goals;
using PeerSupport.Analytics.Tests.Reference;
using Xunit.Abstractions;

namespace PeerSupport.Analytics.Tests.Goals;

/// <summary>Case kind 11: Goal Attainment Scaling T-scores against R.</summary>
public sealed class GoalAttainmentScalingReferenceTests(ITestOutputHelper output)
{
    [Fact]
    public void Case11_EveryExpectedNumber_MatchesR()
    {
        var ledger = new RelativeErrorLedger(ReferenceCase.Load("case11_gas"), output);
        var reference = ledger.Reference;
        var rho = reference.Number("/parameters/rho")!.Value;
        var members = reference.Column("member_id");
        var weights = reference.NumberColumn("weight");
        var attainments = reference.Column("attainment").Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var ids = members.Distinct().ToArray();
        Assert.Equal(reference.At("/results/members").GetArrayLength(), ids.Length);
        const double Closed = PartBTolerances.ClosedForm;
        for (var m = 0; m < ids.Length; m++)
        {
            var prefix = $"/results/members/{m}";
            var rows = Enumerable.Range(0, members.Length).Where(i => members[i] == ids[m]).ToArray();
            var result = GoalAttainmentScaling.Compute(rows.Select(i => weights[i]).ToArray(), rows.Select(i => attainments[i]).ToArray(), rho);
            ledger.Check(prefix + "/member_id", double.Parse(ids[m], CultureInfo.InvariantCulture), 0);
            ledger.Check(prefix + "/n_goals", result.GoalCount, 0);
            ledger.Check(prefix + "/sum_w", result.SumOfWeights, Closed);
            ledger.Check(prefix + "/sum_w2", result.SumOfSquaredWeights, Closed);
            ledger.Check(prefix + "/sum_wx", result.SumOfWeightedAttainments, Closed);
            ledger.Check(prefix + "/T", result.TScore, Closed);
        }

        ledger.Finish();
    }
}
