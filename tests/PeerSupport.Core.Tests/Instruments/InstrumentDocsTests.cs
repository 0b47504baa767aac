using PeerSupport.Instruments;

namespace PeerSupport.Core.Tests.Instruments;

/// <summary>Keeps docs/instruments.md honest: its JSON example loads, and its code examples give what it says.</summary>
public sealed class InstrumentDocsTests
{
    [Fact]
    public void Docs_GcqSJsonExample_LoadsToTheSampleDefinition()
    {
        var docs = File.ReadAllText(Path.Combine(FindRepositoryRoot(), "docs", "instruments.md"));
        var start = docs.IndexOf("```json\n", StringComparison.Ordinal) + "```json\n".Length;
        var end = docs.IndexOf("```", start, StringComparison.Ordinal);

        var loaded = InstrumentSamples.Load(docs[start..end]);

        Assert.Equal(InstrumentSamples.GcqS, loaded);
    }

    [Fact]
    public void Docs_CodeExamples_HoldAsDocumented()
    {
        var score = BuiltInInstruments.Phq9.Score([2, 2, 1, 1, 2, 1, 0, 1, 1]);
        Assert.Equal(11, score.Total);
        Assert.Equal("moderate", score.Band?.Label);
        Assert.Equal(true, score.IsCase);
        Assert.Equal(FlagState.Raised, score.GetFlag("safety-check"));

        var unknown = BuiltInInstruments.Phq9.Score([0, 0, 0, 0, 0, 0, 0, 0, null]);
        Assert.Null(unknown.Total);
        Assert.Equal("flag item 9 missing", unknown.UnknownReason);
        Assert.Equal(FlagState.Unknown, unknown.GetFlag("safety-check"));

        Assert.Equal("high", BuiltInInstruments.K10.ScoreTotal(24).Band?.Label);

        var bulk = BuiltInInstruments.Phq9.TryScore([0, 0, 0, 0, 0, 0, 0, 0, 4]);
        Assert.False(bulk.Succeeded);
        Assert.Equal("PHQ-9 item 9 must be 0–3, was 4", bulk.Errors[0].Message);

        var registry = InstrumentRegistry.BuiltIn.Add(InstrumentSamples.GcqS);
        var gcq = registry.Get(InstrumentId.Create("GCQ-S")).Score([6, 4, 1, 5, 2, 0, 1, 3, null, 2, 2, 1]);
        Assert.Equal(4.0, gcq.GetSubscale("engaged").Value);
        Assert.Null(gcq.Total);
        Assert.Equal("GCQ-S has no total score", gcq.UnknownReason);
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PeerSupport.Core.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("PeerSupport.Core.sln not found above the test output folder.");
    }
}
