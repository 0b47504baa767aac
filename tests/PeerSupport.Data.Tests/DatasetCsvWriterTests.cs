using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PeerSupport.Datasets;
using PeerSupport.Domain;
using PeerSupport.Serialization;

namespace PeerSupport.Data.Tests;

public sealed class DatasetCsvWriterTests
{
    private static PeerSupportDataset Example() => DatasetCsvReader.Read(ExampleDataset.Folder).GetValueOrThrow();

    private static PeerSupportDataset WriteAndRead(PeerSupportDataset dataset)
    {
        using var temp = new TempFolder();
        var folder = temp.Combine("out");
        DatasetCsvWriter.Write(dataset, folder);
        var result = DatasetCsvReader.Read(folder);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return result.GetValueOrThrow();
    }

    private static Dictionary<string, byte[]> Snapshot(string folder)
        => Directory.GetFiles(folder).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);

    [Fact]
    public void Write_Example_ReadsBackEqual()
    {
        var original = Example();

        var copy = WriteAndRead(original);

        Assert.Equal(DatasetJson.Serialize(original), DatasetJson.Serialize(copy));
        Assert.Equal(original.Warnings.Select(w => w.ToString()), copy.Warnings.Select(w => w.ToString()));
    }

    [Property(MaxTest = 60)]
    public void Write_RandomValidDataset_ReadsBackEqual(NonNegativeInt seed)
    {
        var original = RandomDatasets.Create(seed.Get);

        var copy = WriteAndRead(original);

        Assert.Equal(DatasetJson.Serialize(original), DatasetJson.Serialize(copy));
        Assert.Equal(original.Warnings.Select(w => w.Code + w.Message), copy.Warnings.Select(w => w.Code + w.Message));
    }

    [Property(MaxTest = 20)]
    public Property Write_RandomDatasetTwice_IsByteIdentical(NonNegativeInt seed)
    {
        var dataset = RandomDatasets.Create(seed.Get);
        using var temp = new TempFolder();

        DatasetCsvWriter.Write(dataset, temp.Combine("a"));
        DatasetCsvWriter.Write(WriteAndRead(dataset), temp.Combine("b"));

        var a = Snapshot(temp.Combine("a"));
        var b = Snapshot(temp.Combine("b"));
        return (a.Keys.Order().SequenceEqual(b.Keys.Order()) && a.All(kv => kv.Value.AsSpan().SequenceEqual(b[kv.Key]))).ToProperty();
    }

    [Theory]
    [InlineData("groups.csv")]
    [InlineData("members.csv")]
    [InlineData("facilitators.csv")]
    [InlineData("sessions.csv")]
    [InlineData("incidents.csv")]
    [InlineData("referrals.csv")]
    [InlineData("goals.csv")]
    [InlineData("programs.csv")]
    public void Write_Example_ReproducesTheInputFileUpToLineEnds(string file)
    {
        using var temp = new TempFolder();
        var folder = temp.Combine("out");

        DatasetCsvWriter.Write(Example(), folder);

        var expected = File.ReadAllText(Path.Combine(ExampleDataset.Folder, file)).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Equal(expected, File.ReadAllText(Path.Combine(folder, file)));
    }

    [Fact]
    public void Write_Files_AreUtf8WithoutBomWithLfLineEnds()
    {
        using var temp = new TempFolder();
        var folder = temp.Combine("out");

        DatasetCsvWriter.Write(RandomDatasets.Create(7), folder);

        foreach (var file in Directory.GetFiles(folder))
        {
            var bytes = File.ReadAllBytes(file);
            Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), file);
            Assert.DoesNotContain((byte)'\r', bytes);
            Assert.Equal((byte)'\n', bytes[^1]);
        }
    }

    [Fact]
    public void Write_Example_WritesEveryFileWithTheDocumentedHeaders()
    {
        using var temp = new TempFolder();
        var folder = temp.Combine("out");

        DatasetCsvWriter.Write(Example(), folder);

        Assert.Equal(
            ["assessments.csv", "attendance.csv", "dataset.json", "facilitators.csv", "goals.csv", "groups.csv", "incidents.csv", "members.csv", "programs.csv", "referrals.csv", "sessions.csv"],
            Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("member_id,instrument,date,item_1,item_2,item_3,item_4,item_5,item_6,item_7,item_8,item_9,total", ExampleDataset.Line(folder, "assessments.csv", 1));
        Assert.Equal("member_id,group_id,joined_on,left_on,left_reason,consent_share_scores,consent_research", ExampleDataset.Line(folder, "members.csv", 1));
        Assert.Equal("G-NORTH-S01,N02-5012,present,7,5", ExampleDataset.Line(folder, "attendance.csv", 3));
        Assert.Equal("H02-1106,K10,2026-02-12,,,,,,,,,,31", File.ReadAllLines(Path.Combine(folder, "assessments.csv")).Single(l => l.Contains("K10", StringComparison.Ordinal)));
    }

    [Fact]
    public void Write_MinimalDataset_OmitsEmptyOptionalFilesAndKeepsRequiredHeaders()
    {
        var dataset = new DatasetBuilder().AddGroup(new PeerGroup(GroupId.Create("G"), "G", FacilitationModel.PeerLed)).Build().GetValueOrThrow();
        using var temp = new TempFolder();
        var folder = temp.Combine("out");

        DatasetCsvWriter.Write(dataset, folder);

        Assert.Equal(
            ["attendance.csv", "dataset.json", "groups.csv", "members.csv", "sessions.csv"],
            Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("session_id,group_id,date,facilitator_ids,program_module\n", File.ReadAllText(Path.Combine(folder, "sessions.csv")));
        Assert.Equal("{\n  \"formatVersion\": 1\n}\n", File.ReadAllText(Path.Combine(folder, "dataset.json")));
        Assert.True(DatasetCsvReader.Read(folder).Succeeded);
    }

    [Fact]
    public void Write_ItemColumns_RunToTheLargestItemCount()
    {
        var member = new Member(MemberId.Create("M"), GroupId.Create("G"), new DateOnly(2026, 1, 1));
        var dataset = new DatasetBuilder()
            .AddGroup(new PeerGroup(GroupId.Create("G"), "G", FacilitationModel.PeerLed))
            .AddMember(member)
            .AddAssessment(new Assessment(member.Id, Instruments.InstrumentId.Phq2, new DateOnly(2026, 1, 1), [1, 2]))
            .AddAssessment(new Assessment(member.Id, Instruments.InstrumentId.K10, new DateOnly(2026, 1, 2), [], 20))
            .Build().GetValueOrThrow();
        using var temp = new TempFolder();
        var folder = temp.Combine("out");

        DatasetCsvWriter.Write(dataset, folder);

        Assert.Equal("member_id,instrument,date,item_1,item_2,total\nM,PHQ-2,2026-01-01,1,2,\nM,K10,2026-01-02,,,20\n", File.ReadAllText(Path.Combine(folder, "assessments.csv")));
    }

    [Fact]
    public void Write_TextNeedingQuotes_IsQuotedAndReadsBack()
    {
        const string Name = "Say \"hi\", then\nleave";
        var dataset = new DatasetBuilder().AddGroup(new PeerGroup(GroupId.Create("G"), Name, FacilitationModel.PeerLed)).Build().GetValueOrThrow();
        using var temp = new TempFolder();
        var folder = temp.Combine("out");

        DatasetCsvWriter.Write(dataset, folder);

        Assert.Contains("G,\"Say \"\"hi\"\", then\nleave\",peer_led", File.ReadAllText(Path.Combine(folder, "groups.csv")), StringComparison.Ordinal);
        Assert.Equal(Name, DatasetCsvReader.Read(folder).GetValueOrThrow().Groups[0].Name);
    }

    [Fact]
    public void Write_ExistingDestinationWithoutOverwrite_ThrowsAndLeavesItUntouched()
    {
        using var temp = new TempFolder();
        var folder = temp.Combine("out");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "keep.txt"), "mine");

        var ex = Assert.Throws<IOException>(() => DatasetCsvWriter.Write(Example(), folder));

        Assert.Contains("already exists", ex.Message, StringComparison.Ordinal);
        Assert.Equal(["keep.txt"], Directory.GetFiles(folder).Select(Path.GetFileName));
        Assert.Equal(["out"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Write_ExistingDestinationWithOverwrite_ReplacesItAndLeavesNothingBehind()
    {
        using var temp = new TempFolder();
        var folder = temp.Combine("out");
        DatasetCsvWriter.Write(RandomDatasets.Create(3), folder);

        DatasetCsvWriter.Write(Example(), folder, new DatasetCsvWriteOptions { Overwrite = true });

        Assert.Equal(Example().Members.Length, DatasetCsvReader.Read(folder).GetValueOrThrow().Members.Length);
        Assert.Equal(["out"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("groups.csv")]
    [InlineData("attendance.csv")]
    [InlineData("dataset.json")]
    public void Write_FailingMidway_LeavesNewDestinationAbsentAndNoTemporaryFolder(string failAfter)
    {
        using var temp = new TempFolder();
        var folder = temp.Combine("out");
        var options = new DatasetCsvWriteOptions { AfterFileWritten = f => Fail(f, failAfter) };

        Assert.Throws<IOException>(() => DatasetCsvWriter.Write(Example(), folder, options));

        Assert.False(Directory.Exists(folder));
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Write_FailingMidwayWhileOverwriting_LeavesTheOldDatasetUntouched()
    {
        using var temp = new TempFolder();
        var folder = temp.Combine("out");
        DatasetCsvWriter.Write(RandomDatasets.Create(3), folder);
        var before = Snapshot(folder);
        var options = new DatasetCsvWriteOptions { Overwrite = true, AfterFileWritten = f => Fail(f, "sessions.csv") };

        Assert.Throws<IOException>(() => DatasetCsvWriter.Write(Example(), folder, options));

        var after = Snapshot(folder);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, kv => Assert.Equal(kv.Value, after[kv.Key]));
        Assert.Equal(["out"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Write_DestinationIsAFile_ThrowsAndLeavesItUntouched()
    {
        using var temp = new TempFolder();
        var path = temp.Combine("out");
        File.WriteAllText(path, "not a folder");

        Assert.Throws<IOException>(() => DatasetCsvWriter.Write(Example(), path, new DatasetCsvWriteOptions { Overwrite = true }));

        Assert.Equal("not a folder", File.ReadAllText(path));
        Assert.Single(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Write_ParentIsAFile_Throws()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.Combine("file"), "x");

        Assert.ThrowsAny<IOException>(() => DatasetCsvWriter.Write(Example(), temp.Combine("file", "out")));

        Assert.Equal("x", File.ReadAllText(temp.Combine("file")));
    }

    [Fact]
    public void Write_GroupFocus_IsRejectedUnlessLossyWriteIsAllowed()
    {
        var dataset = new DatasetBuilder().AddGroup(new PeerGroup(GroupId.Create("G"), "G", FacilitationModel.PeerLed, focus: "grief")).Build().GetValueOrThrow();
        using var temp = new TempFolder();

        var ex = Assert.Throws<ArgumentException>(() => DatasetCsvWriter.Write(dataset, temp.Combine("strict")));
        DatasetCsvWriter.Write(dataset, temp.Combine("lossy"), new DatasetCsvWriteOptions { AllowLossyWrite = true });

        Assert.Contains("Group 'G' has a focus", ex.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Combine("strict")));
        Assert.Null(DatasetCsvReader.Read(temp.Combine("lossy")).GetValueOrThrow().Groups[0].Focus);
    }

    [Fact]
    public void Write_CredentialScopedToAnotherRole_IsRejected()
    {
        var dataset = new DatasetBuilder()
            .AddFacilitator(new Facilitator(FacilitatorId.Create("F"), FacilitatorRole.PeerFacilitator, new Credential("LCSW", FacilitatorRole.LicensedClinician)))
            .Build().GetValueOrThrow();
        using var temp = new TempFolder();

        var ex = Assert.Throws<ArgumentException>(() => DatasetCsvWriter.Write(dataset, temp.Combine("out")));

        Assert.Contains("Facilitator 'F'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ProgrammeModuleTitles_AreRejected()
    {
        var dataset = new DatasetBuilder()
            .AddProgramme(new Programme(ProgrammeId.Create("P"), "P", [new ProgrammeModule(1, "Welcome")]))
            .Build().GetValueOrThrow();
        using var temp = new TempFolder();

        Assert.Throws<ArgumentException>(() => DatasetCsvWriter.Write(dataset, temp.Combine("out")));
    }

    [Fact]
    public void Write_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => DatasetCsvWriter.Write(null!, "x"));
        Assert.Throws<ArgumentNullException>(() => DatasetCsvWriter.Write(Example(), null!));
        Assert.Throws<ArgumentException>(() => DatasetCsvWriter.Write(Example(), " "));
    }

    private static void Fail(string written, string failAfter)
    {
        if (written == failAfter)
        {
            throw new IOException("simulated disk full");
        }
    }
}
