using System.Globalization;
using PeerSupport.Data.Internal;

namespace PeerSupport.Data.Tests.Internal;

public sealed class CsvSchemaTests
{
    [Fact]
    public void Write_Example_EveryFileHasExactlyTheSchemasHeader()
    {
        using var temp = new TempFolder();
        var folder = temp.Combine("out");
        var example = DatasetCsvReader.Read(ExampleDataset.Folder).Dataset;
        Assert.NotNull(example);
        DatasetCsvWriter.Write(example, folder);

        foreach (var schema in CsvSchema.All)
        {
            var header = File.ReadLines(Path.Combine(folder, schema.FileName)).First();
            var items = header.Split(',').Count(c => c.StartsWith("item_", StringComparison.Ordinal));
            Assert.Equal(string.Join(',', schema.Header(items)), header);
        }

        Assert.Equal(9, File.ReadLines(Path.Combine(folder, CsvSchema.Assessments.FileName)).First().Split(',').Count(c => c.StartsWith("item_", StringComparison.Ordinal)));
        Assert.Equal(
            CsvSchema.All.Select(s => s.FileName).Append(DatasetCsvReader.MetadataFileName).Order(StringComparer.Ordinal),
            Directory.GetFiles(folder).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Header_DeclaresEachColumnOnce_RequiredAndOptionalTogether()
    {
        foreach (var schema in CsvSchema.All)
        {
            var header = schema.Header(3);
            Assert.Equal(header.Length, header.Distinct(StringComparer.Ordinal).Count());
            var named = header.Where(c => !c.StartsWith("item_", StringComparison.Ordinal)).ToArray();
            Assert.Equal(schema.RequiredColumns.Concat(schema.OptionalColumns).Order(StringComparer.Ordinal), named.Order(StringComparer.Ordinal));
            Assert.Equal(schema.RequiredColumns, named.Where(schema.RequiredColumns.Contains));
            Assert.Equal(schema.OptionalColumns, named.Where(schema.OptionalColumns.Contains));
            Assert.All(header, c => Assert.True(schema.IsKnown(c) || schema.CheckPatternColumn(c, out var isItem) is null && isItem, $"{schema.FileName}: {c}"));
        }
    }

    [Fact]
    public void Header_ItemColumnsGoBeforeTheTotal()
    {
        Assert.Equal(["member_id", "instrument", "date", "item_1", "item_2", "total"], CsvSchema.Assessments.Header(2));
        Assert.Equal(["member_id", "instrument", "date", "total"], CsvSchema.Assessments.Header(0));
        Assert.Equal(["member_id", "goal_id", "weight", "attainment", "date"], CsvSchema.Goals.Header());
    }

    public static TheoryData<string> Dates() =>
    [
        "2025-01-31", "2024-02-29", "2023-02-29", "0000-01-01", "0001-01-01", "9999-12-31", "2025-00-10", "2025-13-01",
        "2025-12-00", "2025-12-32", "2025-04-31", "2025-1-01", "25-01-01", " 2025-01-01", "2025-01-01 ", "2025/01/01",
        "2025-01-0x", "\uFF12025-01-01", "2025-01-01T00", "-2025-01-0", "", "2025\u201301\u201301",
    ];

    [Theory]
    [MemberData(nameof(Dates))]
    public void TryParseDate_AgreesWithTryParseExact(string text)
    {
        var expected = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var expectedDate);

        var actual = CsvFileReader.TryParseDate(text, out var actualDate);

        Assert.Equal((expected, expectedDate), (actual, actualDate));
    }

    [Fact]
    public void TryParseDate_AgreesWithTryParseExact_OnRandomTenCharacterTexts()
    {
        var random = new Random(12);
        const string alphabet = "0123456789-";
        Span<char> text = stackalloc char[10];
        for (var n = 0; n < 200_000; n++)
        {
            for (var i = 0; i < text.Length; i++)
            {
                text[i] = i is 4 or 7 && random.Next(10) > 0 ? '-' : alphabet[random.Next(i switch { 5 => 2, 8 => 4, _ => 11 })];
            }

            var expected = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var expectedDate);
            var actual = CsvFileReader.TryParseDate(text, out var actualDate);
            Assert.True((expected, expectedDate) == (actual, actualDate), text.ToString());
        }
    }
}
