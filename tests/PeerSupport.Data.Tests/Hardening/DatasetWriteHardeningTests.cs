namespace PeerSupport.Data.Tests.Hardening;

/// <summary>Writes never clobber: only a dataset folder is replaced, and the destination is the old or the new dataset at every instant.</summary>
[Collection(nameof(WriterStepHookTests))]
public sealed class DatasetWriteHardeningTests
{
    private static PeerSupport.Datasets.PeerSupportDataset Example() => DatasetCsvReader.Read(ExampleDataset.Folder).GetValueOrThrow();

    [Theory]
    [InlineData("notes.txt")]
    [InlineData("sub/")]
    public void Overwrite_FolderThatIsNotADataset_IsRefusedAndLeftUntouched(string extra)
    {
        using var temp = new TempFolder();
        var folder = temp.Combine("out");
        DatasetCsvWriter.Write(Example(), folder);
        if (extra.EndsWith('/'))
        {
            Directory.CreateDirectory(Path.Combine(folder, extra));
        }
        else
        {
            File.WriteAllText(Path.Combine(folder, extra), "mine");
        }

        var before = Directory.GetFileSystemEntries(folder).Order(StringComparer.Ordinal).ToArray();

        var ex = Assert.Throws<IOException>(() => DatasetCsvWriter.Write(Example(), folder, new DatasetCsvWriteOptions { Overwrite = true }));

        Assert.Contains("not a dataset", ex.Message, StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetFileSystemEntries(folder).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(["out"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void IsDatasetFolder_RecognisesWrittenDatasetsAndEmptyFoldersOnly()
    {
        using var temp = new TempFolder();
        var written = temp.Combine("written");
        DatasetCsvWriter.Write(Example(), written);
        Directory.CreateDirectory(temp.Combine("empty"));
        Directory.CreateDirectory(temp.Combine("home"));
        File.WriteAllText(temp.Combine("home", ".bashrc"), "x");
        Directory.CreateSymbolicLink(temp.Combine("link"), written);

        Assert.True(DatasetCsvWriter.IsDatasetFolder(written));
        Assert.True(DatasetCsvWriter.IsDatasetFolder(temp.Combine("empty")));
        Assert.False(DatasetCsvWriter.IsDatasetFolder(temp.Combine("home")));
        Assert.False(DatasetCsvWriter.IsDatasetFolder(temp.Combine("link")));
        Assert.False(DatasetCsvWriter.IsDatasetFolder(temp.Combine("missing")));
    }

    [Fact]
    public void Overwrite_AtEveryStep_TheDestinationIsTheOldOrTheNewDataset()
    {
        using var temp = new TempFolder();
        var folder = temp.Combine("out");
        var old = RandomDatasets.Create(3);
        DatasetCsvWriter.Write(old, folder);
        var steps = new List<(string Step, int Members)>();
        DatasetCsvWriter.StepHook = step => steps.Add((step, DatasetCsvReader.Read(folder).Dataset?.Members.Length ?? -1));
        try
        {
            DatasetCsvWriter.Write(Example(), folder, new DatasetCsvWriteOptions { Overwrite = true });
        }
        finally
        {
            DatasetCsvWriter.StepHook = null;
        }

        Assert.NotEmpty(steps);
        Assert.All(steps, s => Assert.True(s.Members == old.Members.Length || s.Members == Example().Members.Length, $"{s.Step}: destination unreadable"));
        if (OperatingSystem.IsLinux())
        {
            Assert.Contains(steps, s => s.Step == "exchanged");
        }
    }

    [Fact]
    public void Write_AfterAKilledWrite_RestoresTheOldDatasetAndRemovesLeftovers()
    {
        using var temp = new TempFolder();
        var folder = temp.Combine("out");
        var old = RandomDatasets.Create(3);
        DatasetCsvWriter.Write(old, folder);

        // The state a write killed between the fallback's two renames leaves: the old dataset aside, the new one unfinished.
        var aside = temp.Combine(".out.replaced-" + Guid.NewGuid().ToString("N"));
        Directory.Move(folder, aside);
        var unfinished = temp.Combine(".out.writing-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(unfinished);
        File.WriteAllText(Path.Combine(unfinished, "groups.csv"), "group_id\n");

        var ex = Assert.Throws<IOException>(() => DatasetCsvWriter.Write(Example(), folder));

        Assert.Contains("already exists", ex.Message, StringComparison.Ordinal);
        Assert.Equal(old.Members.Length, DatasetCsvReader.Read(folder).GetValueOrThrow().Members.Length);
        Assert.Equal(["out"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Write_LeavesOtherHiddenFoldersAlone()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.Combine(".out.writing-notmine"));
        Directory.CreateDirectory(temp.Combine(".other.writing-" + Guid.NewGuid().ToString("N")));

        DatasetCsvWriter.Write(Example(), temp.Combine("out"));

        Assert.Equal(3, Directory.GetFileSystemEntries(temp.Path).Length);
    }
}

/// <summary>Tests that set <see cref="DatasetCsvWriter.StepHook"/> (a static) must not run in parallel with other writes.</summary>
[CollectionDefinition(nameof(WriterStepHookTests), DisableParallelization = true)]
public sealed class WriterStepHookTests;
