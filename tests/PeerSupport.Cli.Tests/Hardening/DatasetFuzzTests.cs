using System.Globalization;
using System.Text;

namespace PeerSupport.Cli.Tests.Hardening;

/// <summary>
/// Fuzz campaign over datasets: mutated copies of the example dataset (byte flips, truncation, other encodings, huge
/// fields, special numbers and dates, duplicate and dangling ids, links and special files) through validate, report
/// and referrals. Only exit 0 (valid) or exit 2 with safe, located messages, within the time bound, is acceptable.
/// </summary>
public sealed class DatasetFuzzTests
{
    private static readonly string[] s_specialNumbers = ["NaN", "Infinity", "-Infinity", "1e309", "-1e309", "4.9e-324", "-0", "+1", "0x10", "1,5", "1_000", "٣", "2147483648", "-2147483649", "99999999999999999999", " 1", "1 ", "", "1e5", "0.0000001"];
    private static readonly string[] s_specialDates = ["0001-01-01", "9999-12-31", "2024-02-29", "2023-02-29", "2026-13-01", "2026-1-1", "20260106", "2026-01-06T00:00", "", "0000-00-00", "1900-01-01", "2199-12-31"];
    private static readonly string[] s_specialText = ["\u001b[31mred\u001b[0m", "bell\u0007", "\u202Eevil", "a\"b", "x,y", "line\nbreak", "\uFEFF", "\0", "é", "😀", "  ", "=cmd|' /C calc'!A0"];

    [Fact]
    public void Datasets_MutatedAnyWay_ExitZeroOrTwoWithSafeMessages()
    {
        var inputs = Fuzz.Count(shortRun: 40, longRun: 2600);
        var unexpected = new List<string>();
        var runs = 0;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < inputs; i++)
        {
            var random = new Random(HashCode.Combine(Fuzz.Seed, i, 1));
            using var temp = new TempFolder();
            var data = TestDatasets.CopyExample(temp);
            var what = Mutate(random, data, temp);
            string[][] commands =
            [
                ["validate", data],
                ["report", data, "--format", "json"],
                ["referrals", data, "--format", "json"],
                ["report", data, "--as-of", random.Pick(["9999-12-31", "0001-01-01", "2026-03-01"])],
            ];
            foreach (var args in commands)
            {
                runs++;
                if (Fuzz.Check(Fuzz.RunBounded(args)) is { } why)
                {
                    unexpected.Add($"input {i} ({what}) {args[0]}: {why}");
                    break;
                }
            }
        }

        Fuzz.Report("datasets", inputs, runs, unexpected, watch.Elapsed);
    }

    /// <summary>Applies one random mutation to the dataset in <paramref name="data"/>; returns a description for replay.</summary>
    internal static string Mutate(Random random, string data, TempFolder temp)
    {
        var files = Directory.GetFiles(data).Order(StringComparer.Ordinal).ToArray();
        var file = files[random.Next(files.Length)];
        var name = Path.GetFileName(file);
        var kind = random.Next(12);
        switch (kind)
        {
            case 0:
                {
                    var bytes = File.ReadAllBytes(file);
                    var flips = 1 + random.Next(4);
                    for (var k = 0; k < flips && bytes.Length > 0; k++)
                    {
                        bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                    }

                    File.WriteAllBytes(file, bytes);
                    return $"{name}: {flips} bit flips";
                }

            case 1:
                {
                    var bytes = File.ReadAllBytes(file);
                    var keep = random.Next(bytes.Length + 1);
                    File.WriteAllBytes(file, bytes[..keep]);
                    return $"{name}: truncated to {keep} bytes";
                }

            case 2:
                {
                    var text = File.ReadAllText(file);
                    var encoding = random.Next(3) switch
                    {
                        0 => (Encoding)new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
                        1 => Encoding.Latin1,
                        _ => new UTF32Encoding(bigEndian: true, byteOrderMark: true),
                    };
                    File.WriteAllBytes(file, [.. encoding.GetPreamble(), .. encoding.GetBytes(text + "é")]);
                    return $"{name}: re-encoded as {encoding.WebName}";
                }

            case 3:
                return ReplaceCell(random, file, new string((char)('a' + random.Next(26)), random.Next(2) == 0 ? 100_000 : 2_000_000), "huge field");
            case 4:
                return ReplaceCell(random, file, random.Pick(s_specialNumbers), "special number");
            case 5:
                return ReplaceCell(random, file, random.Pick(s_specialDates), "special date");
            case 6:
                return ReplaceCell(random, file, random.Pick(s_specialText), "special text");
            case 7:
                {
                    var lines = Lines(file);
                    if (lines.Count > 1)
                    {
                        var row = 1 + random.Next(lines.Count - 1);
                        lines.Insert(row, lines[row]);
                        Write(file, lines);
                    }

                    return $"{name}: duplicated a row";
                }

            case 8:
                return ReplaceCell(random, file, random.Pick(["G-NOWHERE", "N99-0000", "S-MISSING", "F-GHOST", "nobody"]), "dangling id", column: 0);
            case 9:
                {
                    var target = temp.Write("outside/" + name, "root:x:0:0:TOPSECRET\n");
                    File.Delete(file);
                    var choice = random.Next(3);
                    File.CreateSymbolicLink(file, choice switch { 0 => target, 1 => "/dev/zero", _ => "/nonexistent/" + name });
                    return $"{name}: symlink to {(choice == 0 ? "a file outside" : choice == 1 ? "/dev/zero" : "nowhere")}";
                }

            case 10:
                {
                    File.Delete(file);
                    if (random.Next(2) == 0 && Fuzz.TryMakeFifo(file))
                    {
                        return $"{name}: a FIFO";
                    }

                    Directory.CreateDirectory(file);
                    return $"{name}: a folder";
                }

            default:
                {
                    if (name == "dataset.json")
                    {
                        var json = random.Pick(["{ \"formatVersion\": 1, \"formatVersion\": 2 }", "{ \"title\": \"a\\ud800\" }", "{ \"t\\udc00\": 1 }", "[]", "{", "{ \"formatVersion\": 1e400 }", "{ \"created\": \"9999-12-31\" }", new string('[', 10_000)]);
                        File.WriteAllText(file, json);
                        return $"dataset.json = {json[..Math.Min(40, json.Length)]}";
                    }

                    File.Delete(file);
                    return $"{name}: deleted";
                }
        }
    }

    private static string ReplaceCell(Random random, string file, string value, string what, int? column = null)
    {
        var lines = Lines(file);
        var name = Path.GetFileName(file);
        if (lines.Count < 2 || name == "dataset.json")
        {
            return $"{name}: unchanged ({what} skipped)";
        }

        var row = 1 + random.Next(lines.Count - 1);
        var cells = lines[row].Split(',');
        var at = column ?? random.Next(cells.Length);
        cells[at] = value.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
        lines[row] = string.Join(',', cells);
        Write(file, lines);
        return string.Create(CultureInfo.InvariantCulture, $"{name}:{row + 1}:{at + 1} {what} ({value.Length} chars)");
    }

    private static List<string> Lines(string file) => [.. File.ReadAllText(file).ReplaceLineEndings("\n").TrimEnd('\n').Split('\n')];

    private static void Write(string file, List<string> lines) => File.WriteAllText(file, string.Join('\n', lines) + "\n");
}
