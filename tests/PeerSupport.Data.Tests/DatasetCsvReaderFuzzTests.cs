using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace PeerSupport.Data.Tests;

/// <summary>Robustness: whatever one cell of the example holds, reading never throws and every error names its file.</summary>
public sealed class DatasetCsvReaderFuzzTests
{
    private static readonly string[] s_files = ["groups.csv", "members.csv", "facilitators.csv", "sessions.csv", "attendance.csv", "assessments.csv", "incidents.csv", "referrals.csv", "goals.csv"];

    private static readonly string[] s_junk = ["", " ", "-1", "0", "99999999999", "1.5", "NaN", "true", "2026-02-30", "peer_led", "F-01;F-01", ";", "\"", "a\"b", "x,y", "line\nbreak", "\uFEFF", "G-NORTH", "N01-2824", "PHQ-9", new string('z', 300)];

    [Property(MaxTest = 150)]
    public Property Read_AnyOneCellReplaced_NeverThrowsAndLocatesEveryError(NonNegativeInt fileSeed, NonNegativeInt lineSeed, NonNegativeInt columnSeed, NonNegativeInt junkSeed)
    {
        using var temp = new TempFolder();
        var folder = ExampleDataset.CopyTo(temp.Combine("ds"));
        var file = s_files[fileSeed.Get % s_files.Length];
        var path = Path.Combine(folder, file);
        var lines = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
        var line = lineSeed.Get % lines.Length;
        var cells = lines[line].Split(',');
        var column = columnSeed.Get % cells.Length;
        var junk = s_junk[junkSeed.Get % s_junk.Length];
        cells[column] = junk.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + junk.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : junk;
        lines[line] = string.Join(',', cells);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");

        var result = DatasetCsvReader.Read(folder);

        var located = result.Errors.All(e => e.Source is not null && e.Message.Length > 0);
        var consistent = result.Succeeded == !result.Errors.Any();
        return (located && consistent).Label($"{file} line {line + 1} column {column + 1} = '{junk}': {string.Join(" | ", result.Errors)}");
    }

    [Theory]
    [InlineData("item_0")]
    [InlineData("item_201")]
    [InlineData("item_x")]
    [InlineData("item_")]
    public void Read_ItemColumnOutsideTheNamingRule_IsABadColumn(string name)
    {
        using var temp = new TempFolder();
        var folder = ExampleDataset.CopyTo(temp.Combine("ds"));
        ExampleDataset.ReplaceLine(folder, "assessments.csv", 1, $"member_id,instrument,date,item_1,item_2,item_3,item_4,item_5,item_6,item_7,item_8,item_9,{name}");

        var result = DatasetCsvReader.Read(folder);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("bad-column", "assessments.csv", 1, 13), (error.Code, error.Source, error.Line, error.Column));
    }

    [Fact]
    public void Read_ColumnNamesAreCaseSensitive()
    {
        using var temp = new TempFolder();
        var folder = ExampleDataset.CopyTo(temp.Combine("ds"));
        ExampleDataset.ReplaceLine(folder, "goals.csv", 1, "member_id,Goal_ID,weight,attainment,date");

        var result = DatasetCsvReader.Read(folder);

        Assert.Equal([("unknown-column", 2)], result.Warnings.Select(w => (w.Code, w.Column)));
        var error = Assert.Single(result.Errors);
        Assert.Equal(("missing-column", "goal_id"), (error.Code, error.Field));
    }
}
