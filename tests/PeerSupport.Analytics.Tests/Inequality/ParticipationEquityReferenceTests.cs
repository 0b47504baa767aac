using PeerSupport.Analytics.Inequality;
using PeerSupport.Analytics.Tests.Reference;
using Xunit.Abstractions;

namespace PeerSupport.Analytics.Tests.Inequality;

/// <summary>Case kind 10: Gini (plain and corrected) and Shannon entropy against R.</summary>
public sealed class ParticipationEquityReferenceTests(ITestOutputHelper output)
{
    [Fact]
    public void Case10_EveryExpectedNumber_MatchesR()
    {
        var ledger = new RelativeErrorLedger(ReferenceCase.Load("case10_gini_entropy"), output);
        var reference = ledger.Reference;
        var ids = reference.Column("vector_id");
        var minutes = reference.NumberColumn("minutes");
        var vectors = reference.At("/results/vectors");
        var fileOrder = ids.Distinct().ToArray();
        Assert.Equal(vectors.GetArrayLength(), fileOrder.Length);
        const double Closed = PartBTolerances.ClosedForm;
        for (var v = 0; v < fileOrder.Length; v++)
        {
            var prefix = $"/results/vectors/{v}";
            Assert.Equal(reference.At(prefix + "/vector_id").GetString(), fileOrder[v]);
            var x = minutes.Where((_, i) => ids[i] == fileOrder[v]).ToArray();
            var result = ParticipationEquity.Compute(x);
            ledger.Check(prefix + "/n", result.Count, 0);
            ledger.CheckArray(prefix + "/minutes", x, 0);
            ledger.Check(prefix + "/total", result.Total, Closed);
            ledger.Check(prefix + "/gini", result.Gini, Closed);
            ledger.Check(prefix + "/gini_corrected", result.GiniCorrected, Closed);
            ledger.Check(prefix + "/entropy_nats", result.EntropyNats, Closed);
            ledger.Check(prefix + "/entropy_normalized", result.EntropyNormalized, Closed);
        }

        ledger.Finish();
    }
}
