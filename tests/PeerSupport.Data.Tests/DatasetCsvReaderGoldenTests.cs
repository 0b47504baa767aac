using System.Text;

namespace PeerSupport.Data.Tests;

/// <summary>
/// The reader's whole output (dataset, scores, indexes, and every problem with its code, location and message, in
/// order) for seeded random datasets, clean and damaged, compared with golden files recorded before the reader was
/// rewritten for speed. A change to any of it fails here with the first differing lines.
/// </summary>
public sealed class DatasetCsvReaderGoldenTests
{
    public static TheoryData<int, string> Cases()
    {
        var cases = new TheoryData<int, string>();
        foreach (var seed in new[] { 3, 11, 29, 47 })
        {
            cases.Add(seed, "clean");
            cases.Add(seed, "damaged");
            cases.Add(seed, "crlf");
            cases.Add(seed, "warned");
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_SeededDataset_MatchesGolden(int seed, string variant)
    {
        using var temp = new TempFolder();
        var folder = temp.Combine("ds");
        DatasetCsvWriter.Write(RandomDatasets.Create(seed, scale: 3), folder);
        switch (variant)
        {
            case "damaged":
                Damage(folder, new Random(seed));
                break;
            case "warned":
                Warn(folder, new Random(seed));
                break;
            case "crlf":
                foreach (var file in Directory.GetFiles(folder, "*.csv"))
                {
                    File.WriteAllText(file, File.ReadAllText(file).Replace("\n", "\r\n", StringComparison.Ordinal));
                }

                break;
        }

        var dump = DatasetDump.Of(DatasetCsvReader.Read(folder));

        GoldenFile.Verify($"read-seed{seed}-{variant}.txt", dump);
    }

    /// <summary>Damages files whose rows are one line each: blank lines, bad cells, duplicates, a short row, an unknown column, a BOM.</summary>
    private static void Damage(string folder, Random random)
    {
        Edit(folder, "attendance.csv", lines =>
        {
            if (lines.Count > 3)
            {
                lines.Insert(1 + random.Next(lines.Count - 1), string.Empty);
                var row = 1 + random.Next(lines.Count - 1);
                lines[row] = lines[row].Length == 0 ? lines[row] : ReplaceCell(lines[row], 2, "maybe");
                lines.Add(lines[1 + random.Next(lines.Count - 2)]);
                lines.RemoveAt(1 + random.Next(lines.Count - 1));
            }

            lines.Add("\"S-0,M-0,present");
        });
        Edit(folder, "assessments.csv", lines =>
        {
            if (lines.Count > 3)
            {
                var row = 1 + random.Next(lines.Count - 1);
                lines[row] = ReplaceCell(lines[row], 3, "9");
                row = 1 + random.Next(lines.Count - 1);
                lines[row] = ReplaceCell(lines[row], 2, "2025-13-01");
                row = 1 + random.Next(lines.Count - 1);
                lines[row] = ReplaceCell(lines[row], lines[row].Split(',').Length - 1, "77");
            }
        });
        Edit(folder, "goals.csv", lines =>
        {
            lines[0] += ",notes";
            for (var i = 1; i < lines.Count; i++)
            {
                lines[i] += i % 2 == 0 ? ",x" : ",\"y, \"\"z\"\"\"";
            }

            lines.Add("M-0,GL-9,1");
            lines.Add("M-0,GL-9,1,+1,2025-01-01,");
        });
        var members = Path.Combine(folder, "members.csv");
        File.WriteAllText(members, "\uFEFF" + File.ReadAllText(members) + "\n\n");
    }

    /// <summary>Changes that give warnings only: a BOM, blank lines, an unknown column with quoted cells.</summary>
    private static void Warn(string folder, Random random)
    {
        Edit(folder, "attendance.csv", lines => lines.Insert(1 + random.Next(lines.Count), string.Empty));
        Edit(folder, "goals.csv", lines =>
        {
            lines[0] += ",notes";
            for (var i = 1; i < lines.Count; i++)
            {
                lines[i] += i % 2 == 0 ? ",x" : ",\"y, \"\"z\"\"\"";
            }
        });
        var members = Path.Combine(folder, "members.csv");
        File.WriteAllText(members, "\uFEFF" + File.ReadAllText(members) + "\n\n");
    }

    private static void Edit(string folder, string file, Action<List<string>> edit)
    {
        var path = Path.Combine(folder, file);
        if (!File.Exists(path))
        {
            File.WriteAllText(path, file == "goals.csv" ? "member_id,goal_id,weight,attainment,date\n" : "member_id,instrument,date,total\n");
        }

        var lines = File.ReadAllText(path).TrimEnd('\n').Split('\n').ToList();
        edit(lines);
        File.WriteAllText(path, string.Join('\n', lines) + "\n", new UTF8Encoding(false));
    }

    private static string ReplaceCell(string line, int index, string value)
    {
        var cells = line.Split(',');
        if (index < cells.Length)
        {
            cells[index] = value;
        }

        return string.Join(',', cells);
    }
}
