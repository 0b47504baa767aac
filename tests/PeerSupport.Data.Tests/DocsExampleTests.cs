using PeerSupport.Datasets;
using PeerSupport.Instruments;

namespace PeerSupport.Data.Tests;

/// <summary>Runs the C# example of docs/dataset-format.md (with temporary folders) so that it cannot rot.</summary>
public sealed class DocsExampleTests
{
    [Fact]
    public void ReadingAndWritingExample_RunsAsDocumented()
    {
        using var temp = new TempFolder();
        var source = ExampleDataset.CopyTo(temp.Combine("data", "example"));
        var copy = temp.Combine("data", "copy");
        var errors = new StringWriter();

        // --- begin docs snippet (paths replaced) ---
        DatasetBuildResult result = DatasetCsvReader.Read(source);
        foreach (Problem problem in result.Problems)
        {
            errors.WriteLine(problem);
        }

        if (result.Dataset is { } dataset)
        {
            DatasetCsvWriter.Write(dataset, copy, new DatasetCsvWriteOptions { Overwrite = true });
        }

        // --- end docs snippet ---
        Assert.Equal(string.Empty, errors.ToString());
        Assert.Equal(13, DatasetCsvReader.Read(copy).GetValueOrThrow().Members.Length);
    }

    [Fact]
    public void CustomInstrumentExample_Compiles()
    {
        var myDefinition = new InstrumentDefinitionBuilder { Id = InstrumentId.Create("MY-2"), Name = "Two items", ItemCount = 2, ItemMin = 0, ItemMax = 3, MinimumAnswered = 2 }.Build();

        var result = DatasetCsvReader.Read(ExampleDataset.Folder, new DatasetCsvOptions { Instruments = InstrumentRegistry.BuiltIn.Add(myDefinition) });

        Assert.True(result.Succeeded);
        Assert.True(result.GetValueOrThrow().Instruments.TryGet(InstrumentId.Create("MY-2"), out _));
    }

    [Fact]
    public void DocumentedMessages_MatchTheReader()
    {
        using var temp = new TempFolder();
        var folder = ExampleDataset.CopyTo(temp.Combine("ds"));
        ExampleDataset.ReplaceLine(folder, "members.csv", 3, "N02-5012,G-NORTH,2026-13-01,,,true,true");

        var problem = Assert.Single(DatasetCsvReader.Read(folder).Errors);

        Assert.Equal("members.csv:3:3: error: joined_on '2026-13-01' is not a valid date in yyyy-MM-dd form", problem.ToString());
    }
}
