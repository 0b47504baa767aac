using System.Text.RegularExpressions;
using PeerSupport.Rules.Facts;
using PeerSupport.Serialization;

namespace PeerSupport.Core.Tests.Serialization;

/// <summary>
/// Each wire format spells "programme" one way (docs/dataset-format.md, "Spelling of programme"): the C# API and the
/// dataset JSON derived from it say <c>programme</c>; the published CSV format version 1 and the rule language's
/// published fact name say <c>program</c>.
/// </summary>
public sealed partial class ProgrammeSpellingTests
{
    [Fact]
    public void DatasetJson_SpellsProgrammeOnly()
    {
        var json = DatasetJson.Serialize(SampleData.Dataset());

        Assert.Contains("\"programmes\":", json, StringComparison.Ordinal);
        Assert.Contains("\"programmeId\": \"P-WRAP\"", json, StringComparison.Ordinal);
        Assert.Contains("\"programmeModule\": 1", json, StringComparison.Ordinal);
        Assert.DoesNotMatch(AmericanJsonName(), json);
    }

    [Fact]
    public void RuleFacts_SpellProgramOnly()
    {
        var names = PeerSupportFacts.Schema.Facts.Select(f => f.Name).ToArray();

        Assert.Contains("program.progress", names);
        Assert.DoesNotContain(names, n => n.Contains("programme", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void PublicApi_SpellsProgrammeOnly()
    {
        var names = typeof(PeerSupport.Domain.Programme).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetMembers().Select(m => m.Name).Prepend(t.Name))
            .Where(n => n.Contains("program", StringComparison.OrdinalIgnoreCase))
            .Distinct()
            .ToArray();

        Assert.NotEmpty(names);
        Assert.DoesNotContain(names, n => !n.Contains("programme", StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex("\"program(?!me)[A-Za-z_]*\"\\s*:")]
    private static partial Regex AmericanJsonName();
}
