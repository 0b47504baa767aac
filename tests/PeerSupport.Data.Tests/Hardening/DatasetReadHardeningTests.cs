using System.Diagnostics;

namespace PeerSupport.Data.Tests.Hardening;

/// <summary>Datasets from untrusted sources: every defect is a located problem, reading never throws, hangs or echoes foreign content.</summary>
public sealed class DatasetReadHardeningTests
{
    internal static PeerSupport.Datasets.DatasetBuildResult ReadWithinBound(string folder)
    {
        var task = Task.Run(() => DatasetCsvReader.Read(folder));
        Assert.True(task.Wait(TimeSpan.FromSeconds(30)), "reading did not finish within 30 s");
        return task.Result;
    }

    [Theory]
    [InlineData("members.csv", 2, "2026-01-06", "0001-01-01")]
    [InlineData("members.csv", 2, "2026-01-06", "9999-12-31")]
    [InlineData("sessions.csv", 2, null, "9999-12-31")]
    [InlineData("sessions.csv", 2, null, "0001-01-01")]
    public void Read_ExtremeDate_IsAProblemOrValidNeverAnException(string file, int line, string? find, string replace)
    {
        using var temp = new TempFolder();
        var folder = ExampleDataset.CopyTo(temp.Combine("ds"));
        var text = ExampleDataset.Line(folder, file, line);
        find ??= text.Split(',')[2];
        ExampleDataset.ReplaceLine(folder, file, line, text.Replace(find, replace, StringComparison.Ordinal));

        var result = DatasetCsvReader.Read(folder);

        Assert.All(result.Errors, e => Assert.NotNull(e.Source));
    }

    [Theory]
    [InlineData("+5")]
    [InlineData("+0")]
    public void Read_PlusSignInANumberCell_IsAnError(string value)
    {
        using var temp = new TempFolder();
        var folder = ExampleDataset.CopyTo(temp.Combine("ds"));
        var header = ExampleDataset.Line(folder, "attendance.csv", 1).Split(',');
        var cells = ExampleDataset.Line(folder, "attendance.csv", 2).Split(',');
        cells[Array.IndexOf(header, "turns")] = value;
        ExampleDataset.ReplaceLine(folder, "attendance.csv", 2, string.Join(',', cells));

        var result = DatasetCsvReader.Read(folder);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("invalid-number", "attendance.csv", 2), (error.Code, error.Source, error.Line));
    }

    [Fact]
    public void Read_ControlCharactersAndHugeValues_AreEscapedAndClippedInMessages()
    {
        using var temp = new TempFolder();
        var folder = ExampleDataset.CopyTo(temp.Combine("ds"));
        var header = ExampleDataset.Line(folder, "attendance.csv", 1).Split(',');
        var cells = ExampleDataset.Line(folder, "attendance.csv", 2).Split(',');
        cells[Array.IndexOf(header, "turns")] = "\u001b]0;pwned\u0007" + new string('9', 1_000_000);
        ExampleDataset.ReplaceLine(folder, "attendance.csv", 2, string.Join(',', cells));
        ExampleDataset.ReplaceLine(folder, "goals.csv", 1, ExampleDataset.Line(folder, "goals.csv", 1) + ",\u001b[2J" + new string('c', 5000));

        var result = DatasetCsvReader.Read(folder);

        var all = result.Errors.Concat(result.Warnings).ToList();
        Assert.NotEmpty(all);
        Assert.All(all, p =>
        {
            var text = p.ToString();
            Assert.DoesNotContain(text, c => char.IsControl(c));
            Assert.True(text.Length < 1000, text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        });
    }

    [Fact]
    public void Read_RowOverTheSizeLimit_IsALocatedError()
    {
        using var temp = new TempFolder();
        var folder = ExampleDataset.CopyTo(temp.Combine("ds"));
        var huge = new string('x', 17 * 1024 * 1024);
        ExampleDataset.AppendLine(folder, "goals.csv", "N01-2824,g," + huge + ",1,2026-01-06");

        var result = ReadWithinBound(folder);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Source == "goals.csv");
        Assert.All(result.Errors, e => Assert.True(e.ToString().Length < 1000));
    }

    [Fact]
    public void Read_FifoInPlaceOfACsv_IsAnErrorNotAHang()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var temp = new TempFolder();
        var folder = ExampleDataset.CopyTo(temp.Combine("ds"));
        File.Delete(Path.Combine(folder, "goals.csv"));
        MakeFifo(Path.Combine(folder, "goals.csv"));
        File.Delete(Path.Combine(folder, "dataset.json"));
        MakeFifo(Path.Combine(folder, "dataset.json"));

        var result = ReadWithinBound(folder);

        Assert.Contains(result.Errors, e => e.Source == "goals.csv" && e.Message.Contains("regular file", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Source == "dataset.json" && e.Message.Contains("regular file", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_LinkLeavingTheFolder_IsRefusedWithoutEchoingItsContent()
    {
        using var temp = new TempFolder();
        var folder = ExampleDataset.CopyTo(temp.Combine("ds"));
        var secret = temp.Combine("secret.txt");
        File.WriteAllText(secret, "root:x:0:0:TOPSECRET\nmore\n");
        File.Delete(Path.Combine(folder, "goals.csv"));
        File.CreateSymbolicLink(Path.Combine(folder, "goals.csv"), secret);
        File.Delete(Path.Combine(folder, "dataset.json"));
        File.CreateSymbolicLink(Path.Combine(folder, "dataset.json"), "/dev/zero");

        var result = ReadWithinBound(folder);

        var all = result.Errors.Concat(result.Warnings).Select(p => p.ToString()).ToList();
        Assert.DoesNotContain(all, t => t.Contains("TOPSECRET", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Source == "goals.csv" && e.Message.Contains("link", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Source == "dataset.json" && e.Message.Contains("link", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_LinkInsideTheFolder_IsFollowed()
    {
        using var temp = new TempFolder();
        var folder = ExampleDataset.CopyTo(temp.Combine("ds"));
        File.Move(Path.Combine(folder, "goals.csv"), Path.Combine(folder, "goals.real"));
        File.CreateSymbolicLink(Path.Combine(folder, "goals.csv"), "goals.real");

        var result = DatasetCsvReader.Read(folder);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
    }

    [Theory]
    [InlineData("{ \"formatVersion\": 1, \"title\": \"a\\ud800\" }", "/title")]
    [InlineData("{ \"formatVersion\": 1, \"ti\\udc00tle\": \"a\" }", "/")]
    [InlineData("{ \"formatVersion\": 1, \"title\": \"a\", \"title\": \"b\" }", "/title")]
    public void Read_MetadataWithBadText_IsALocatedError(string json, string pointer)
    {
        using var temp = new TempFolder();
        var folder = ExampleDataset.CopyTo(temp.Combine("ds"));
        File.WriteAllText(Path.Combine(folder, "dataset.json"), json);

        var result = DatasetCsvReader.Read(folder);

        Assert.Contains(result.Errors, e => e.Source == "dataset.json" && e.JsonPointer == pointer);
    }

    [Fact]
    public void Read_MetadataWithInvalidUtf8_IsALocatedError()
    {
        using var temp = new TempFolder();
        var folder = ExampleDataset.CopyTo(temp.Combine("ds"));
        File.WriteAllBytes(Path.Combine(folder, "dataset.json"), [.. "{ \"formatVersion\": 1, \"title\": \"a"u8, 0xFF, 0xFE, .. "\" }"u8]);

        var result = DatasetCsvReader.Read(folder);

        Assert.Contains(result.Errors, e => e.Source == "dataset.json");
    }

    [Fact]
    public void Read_HugeMetadata_IsRefusedBeforeReading()
    {
        using var temp = new TempFolder();
        var folder = ExampleDataset.CopyTo(temp.Combine("ds"));
        File.WriteAllText(Path.Combine(folder, "dataset.json"), "{ \"title\": \"" + new string('t', 2_000_000) + "\" }");

        var result = DatasetCsvReader.Read(folder);

        Assert.Contains(result.Errors, e => e.Source == "dataset.json" && e.Message.Contains("at most", StringComparison.Ordinal));
    }

    internal static void MakeFifo(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
