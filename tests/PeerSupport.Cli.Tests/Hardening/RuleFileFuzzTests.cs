using System.Globalization;
using System.Text;
using PeerSupport.Rules;
using PeerSupport.Rules.Language;
using PeerSupport.Rules.Serialization;

namespace PeerSupport.Cli.Tests.Hardening;

/// <summary>
/// Fuzz campaign over rule files: mutations of the default pack (structure, escapes, duplicate keys, limits ± 1, long
/// arithmetic chains, deep nesting, truncation, invalid UTF-8) through rules check, rules test and referrals --rules.
/// </summary>
public sealed class RuleFileFuzzTests
{
    private static readonly string s_pack = RuleSetJson.Write(DefaultRulePack.RuleSet.Model);

    [Fact]
    public void RuleFiles_MutatedAnyWay_ExitZeroOrTwoWithSafeMessages()
    {
        var inputs = Fuzz.Count(shortRun: 40, longRun: 700);
        var unexpected = new List<string>();
        var runs = 0;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        using var temp = new TempFolder();
        for (var i = 0; i < inputs; i++)
        {
            var random = new Random(HashCode.Combine(Fuzz.Seed, i, 2));
            var path = temp.File($"rules-{i}.json");
            var what = Mutate(random, path);
            string[][] commands =
            [
                ["rules", "check", path],
                ["rules", "test", path],
                ["referrals", TestDatasets.Example, "--rules", path],
            ];
            foreach (var args in commands)
            {
                runs++;
                if (Fuzz.Check(Fuzz.RunBounded(args)) is { } why)
                {
                    unexpected.Add($"input {i} ({what}) {string.Join(' ', args[..2])}: {why}");
                    break;
                }
            }
        }

        Fuzz.Report("rule-files", inputs, runs, unexpected, watch.Elapsed);
    }

    internal static string Mutate(Random random, string path)
    {
        var text = s_pack;
        string what;
        switch (random.Next(11))
        {
            case 0:
                {
                    var at = random.Next(text.Length);
                    text = text.Remove(at, 1);
                    what = $"deleted char {at}";
                    break;
                }

            case 1:
                {
                    var at = random.Next(text.Length);
                    var c = random.Pick(["{", "}", "[", "]", "\"", ",", ":", "\\", "\n", "/*", "//"]);
                    text = text.Insert(at, c);
                    what = $"inserted {c} at {at}";
                    break;
                }

            case 2:
                {
                    var key = random.Pick(["\"when\": ", "\"id\": ", "\"priority\": ", "\"protected\": ", "\"cooldownDays\": ", "\"target\": "]);
                    var at = text.IndexOf(key, random.Next(text.Length / 2), StringComparison.Ordinal);
                    if (at < 0)
                    {
                        at = text.IndexOf(key, StringComparison.Ordinal);
                    }

                    var end = text.IndexOf('\n', at);
                    var line = text[at..end].TrimEnd(',');
                    text = text.Insert(end, ",\n" + line.Replace("20", "27", StringComparison.Ordinal));
                    what = $"duplicated {key.Trim()}";
                    break;
                }

            case 3:
                {
                    var escape = random.Pick(["\\ud800", "\\udc00", "\\ud800\\ud800", "\\u0000", "\\u001b[2J", "\\u202e", "\\uDBFF\\uDFFF", "\\x41", "\\"]);
                    var quotes = AllIndexes(text, ": \"");
                    var at = quotes[random.Next(quotes.Count)] + 3;
                    text = text.Insert(at, escape);
                    what = $"escape {escape} at {at}";
                    break;
                }

            case 4:
                {
                    var (find, replacement) = random.Next(6) switch
                    {
                        0 => ("\"cooldownDays\": 14", "\"cooldownDays\": " + random.Pick(["-1", "0", "1", "365", "366", "2147483647", "2147483648", "1e3", "1.5", "null", "\"14\""])),
                        1 => ("\"id\": \"default\"", "\"id\": \"" + random.Pick(["a" + new string('b', 62), "a" + new string('b', 63), "a" + new string('b', 64), "default\\n", "Default", "1x", ""]) + "\""),
                        2 => ("\"version\": \"", "\"version\": \"" + random.Pick(["1.0.0\\n", "01.0.0", "1.0", "1.0.0-", "1.0.0+x", "9999999999.0.0"]) + "\", \"x-old\": \""),
                        3 => (WhenValue(text), new string(' ', ConditionLimits.MaxTextLength - 16 + random.Next(3)) + "phq9.total >= 1"),
                        4 => (WhenValue(text), new string('(', ConditionLimits.MaxDepth - 2 + random.Next(3)) + "phq9.total >= 1" + new string(')', ConditionLimits.MaxDepth - 2 + random.Next(3))),
                        _ => (WhenValue(text), string.Join(" or ", Enumerable.Repeat("phq9.total >= 1", (ConditionLimits.MaxNodes / 4) - 1 + random.Next(4)))),
                    };
                    text = ReplaceFirst(text, find, replacement);
                    what = $"limit {replacement[..Math.Min(40, replacement.Length)]}";
                    break;
                }

            case 5:
                {
                    var terms = 1 + random.Next(random.Next(2) == 0 ? 64 : 130);
                    var op = random.Pick([" + ", " - "]);
                    var chain = string.Join(op, Enumerable.Repeat(random.Pick(["phq9.total", "gad7.total", "1", "phq9.item9"]), terms)) + " >= 1";
                    text = ReplaceFirst(text, WhenValue(text), chain);
                    what = $"arithmetic chain of {terms}";
                    break;
                }

            case 6:
                {
                    var keep = random.Next(text.Length);
                    text = text[..keep];
                    what = $"truncated to {keep}";
                    break;
                }

            case 7:
                {
                    var bytes = Fuzz.Utf8(text);
                    var at = random.Next(bytes.Length);
                    bytes[at] = (byte)random.Next(0x80, 0x100);
                    File.WriteAllBytes(path, bytes);
                    return $"invalid UTF-8 at byte {at}";
                }

            case 8:
                {
                    var depth = 14 + random.Next(6);
                    text = ReplaceFirst(text, "\"tests\": [", "\"x\": " + new string('[', depth) + new string(']', depth) + ", \"tests\": [");
                    what = $"nesting {depth}";
                    break;
                }

            case 9:
                {
                    var value = random.Pick(["phq9.total >= 10\\n", string.Empty, new string('x', 5000), "phq9.total >= 1e400", "count(incidents.crisis_disclosure, 99999d) > 0", "phq9.total >= -0", "phq9.total >= 10 and", "not not not phq9.total > 1"]);
                    text = ReplaceFirst(text, WhenValue(text), value);
                    what = $"when = {value[..Math.Min(30, value.Length)]}";
                    break;
                }

            default:
                what = "unchanged";
                break;
        }

        File.WriteAllText(path, text, new UTF8Encoding(false));
        return what;
    }

    /// <summary>The first "when" property with its whole string value, e.g. <c>"when": "phq9.item9 >= 1"</c>.</summary>
    private static string WhenValue(string text)
    {
        const string Key = "\"when\": \"";
        var start = text.IndexOf(Key, StringComparison.Ordinal);
        var end = start + Key.Length;
        while (end < text.Length && text[end] != '"')
        {
            end += text[end] == '\\' ? 2 : 1;
        }

        return text[(start + Key.Length)..end];
    }

    private static string ReplaceFirst(string text, string find, string replacement)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return at < 0 ? text : string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + find.Length));
    }

    private static List<int> AllIndexes(string text, string find)
    {
        var found = new List<int>();
        for (var at = text.IndexOf(find, StringComparison.Ordinal); at >= 0; at = text.IndexOf(find, at + 1, StringComparison.Ordinal))
        {
            found.Add(at);
        }

        return found;
    }
}
