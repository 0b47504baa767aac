using PeerSupport.Instruments;

namespace PeerSupport.Core.Tests.Instruments;

public sealed class OutcomeListsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(6)]
    public void Get_GivesOneResultPerEntryInItsState(int count)
    {
        var lists = new OutcomeLists<string>(count, (i, state) => $"{i}:{state}");
        var random = new Random(count);
        for (var n = 0; n < 50; n++)
        {
            var states = new byte[count];
            for (var i = 0; i < count; i++)
            {
                states[i] = (byte)random.Next(3);
            }

            Assert.Equal(states.Select((s, i) => $"{i}:{s}"), lists.Get(states));
        }
    }

    [Fact]
    public void Get_SharesTheListOfACombinationUpToFiveEntries()
    {
        var few = new OutcomeLists<string>(5, (i, state) => $"{i}:{state}");
        var many = new OutcomeLists<string>(6, (i, state) => $"{i}:{state}");

        Assert.Same(few.Get([2, 0, 1, 1, 2]), few.Get([2, 0, 1, 1, 2]));
        Assert.NotSame(few.Get([2, 0, 1, 1, 2]), few.Get([2, 0, 1, 1, 0]));
        Assert.NotSame(many.Get([2, 0, 1, 1, 2, 0]), many.Get([2, 0, 1, 1, 2, 0]));
        Assert.Same(Array.Empty<string>(), new OutcomeLists<string>(0, (_, _) => "x").Get([]));
    }

    [Fact]
    public void Score_FlagAndCutoffResultsMatchTheirDefinitions()
    {
        var phq9 = InstrumentRegistry.BuiltIn.Get(InstrumentId.Phq9);

        var raised = phq9.Score([1, 1, 1, 1, 1, 1, 1, 1, 2]);
        var missing = phq9.Score([3, 3, 3, 3, 3, 3, 3, 3, null]);

        Assert.All(raised.Flags, f => Assert.Equal(FlagState.Raised, f.State));
        Assert.All(missing.Flags, f => Assert.Equal(FlagState.Unknown, f.State));
        Assert.Equal(phq9.Flags, raised.Flags.Select(f => f.Flag));
        Assert.Equal(phq9.Cutoffs.Select(c => (bool?)c.Threshold.IsMetBy(10)), raised.Cutoffs.Select(c => c.IsMet));
        Assert.All(missing.Cutoffs, c => Assert.Null(c.IsMet));
    }
}
