using System.Globalization;
using PeerSupport.Domain;
using PeerSupport.Instruments;
using PeerSupport.Rules;
using PeerSupport.Rules.Facts;
using PeerSupport.Rules.Language;
using static PeerSupport.Core.Tests.Rules.Facts.RuleDatasets;

namespace PeerSupport.Core.Tests.Rules.Facts;

/// <summary>The peer support fact catalogue: one declaration per fact, each with its reader, generated where it can be.</summary>
public sealed class FactCatalogueTests
{
    [Fact]
    public void EveryDeclaredFact_HasAReader_AndEveryReaderADeclaration()
    {
        var schema = PeerSupportFacts.Schema;
        var declaredMember = schema.Facts.Where(f => (f.Subjects & FactSubjects.Member) != 0).Select(f => f.Name).Order(StringComparer.Ordinal);
        var declaredGroup = schema.Facts.Where(f => (f.Subjects & FactSubjects.Group) != 0).Select(f => f.Name).Order(StringComparer.Ordinal);

        Assert.Equal(declaredMember, PeerSupportFacts.MemberReaders.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(declaredGroup, PeerSupportFacts.GroupReaders.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryNumberFact_DeclaresAUnit_AndOnlyNumberFactsDo()
    {
        var facts = PeerSupportFacts.Schema.Facts;

        Assert.Empty(facts.Where(f => f.Type == FactType.Number && f.Unit is null).Select(f => f.Name));
        Assert.Empty(facts.Where(f => f.Type != FactType.Number && f.Unit is not null).Select(f => f.Name));
    }

    [Fact]
    public void NoDescription_RestatesItsUnit()
    {
        // The unit is declared once, beside the fact; a description says what is measured, not in what. The old
        // descriptions opened with the unit ("Days since ...", "Sessions attended ...") or a unit phrase ("Number of",
        // "Share of").
        string[] unitPhrases = ["Number of", "Share of", "Count of", "in days", "(days)", "Days since"];
        var restating = PeerSupportFacts.Schema.Facts
            .Where(f => f.Unit is { } unit
                && (f.Description.StartsWith(unit, StringComparison.OrdinalIgnoreCase)
                    || unitPhrases.Any(p => f.Description.Contains(p, StringComparison.OrdinalIgnoreCase))))
            .Select(f => f.Name + ": " + f.Description);

        Assert.Empty(restating);
    }

    [Theory]
    [InlineData("phq9.total", "points")]
    [InlineData("phq9.item9", "points")]
    [InlineData("k10.change", "points")]
    [InlineData("phq9.daysSince", "days")]
    [InlineData("phq9.count", "assessments")]
    [InlineData("attendance.rate", "proportion")]
    [InlineData("attendance.consecutiveAbsences", "sessions")]
    [InlineData("membership.days", "days")]
    [InlineData("program.progress", "proportion")]
    [InlineData("referral.daysSinceLast", "days")]
    [InlineData("incidents.crisis_disclosure", "incidents")]
    [InlineData("sessions.held", "sessions")]
    [InlineData("members.active", "members")]
    public void Fact_HasItsUnit(string name, string unit)
    {
        Assert.True(PeerSupportFacts.Schema.TryGetFact(name, out var fact));
        Assert.Equal(unit, fact.Unit);
    }

    [Theory]
    [InlineData(RuleSubject.Member)]
    [InlineData(RuleSubject.Group)]
    public void EveryDeclaredFact_ReadsFromADatasetWithoutError(RuleSubject subject)
    {
        var flag = subject == RuleSubject.Member ? FactSubjects.Member : FactSubjects.Group;
        var builder = new RuleSetBuilder("every-fact", "1.0.0");
        var i = 0;
        foreach (var fact in PeerSupportFacts.Schema.Facts.Where(f => (f.Subjects & flag) != 0))
        {
            var reference = fact switch
            {
                { IsCounter: true } => $"count({fact.Name}, 30d)",
                { Parameter: FactParameter.Window } => fact.Name + "(30d)",
                { Parameter: FactParameter.Target } => $"{fact.Name}('{fact.AllowedArguments[0]}')",
                _ => fact.Name,
            };
            builder.AddRule(string.Create(CultureInfo.InvariantCulture, $"f{i++}"), r =>
            {
                r.Titled("reads " + fact.Name).When("has(" + reference + ")").Review("facilitation_policy", RulePriority.Routine);
                if (subject == RuleSubject.Group)
                {
                    r.ForGroup();
                }
            });
        }

        var compiled = RuleSetCompiler.Compile(builder.Build(), new RuleSetCompileOptions { Schema = PeerSupportFacts.Schema });
        Assert.True(compiled.Succeeded, compiled.ToString());
        var data = new RuleDatasets();
        data.Phq9(5, "M1", 1, 1, 1, 1, 1, 1, 1, 1, 0);
        data.Attend(data.Session(0), AttendanceStatus.Present);

        var decision = new ReferralEngine(compiled.GetValueOrThrow()).Evaluate(data.Build(), AsOf, DecisionOptions.None)
            .Single(d => d.Subject.Kind == subject);

        Assert.Empty(decision.Errors);
        Assert.NotEmpty(decision.Recommendations);
    }

    [Fact]
    public void InstrumentFacts_AreGeneratedFromTheRegistry()
    {
        var schema = PeerSupportFacts.Schema;
        foreach (var instrument in InstrumentRegistry.BuiltIn.Definitions)
        {
            var prefix = instrument.Id.FactPrefix;
            Assert.True(schema.TryGetFact(string.Create(CultureInfo.InvariantCulture, $"{prefix}.item{instrument.ItemCount}"), out var last));
            Assert.Equal((instrument.ItemMin, instrument.ItemMax), ((int)last.Minimum!, (int)last.Maximum!));
            Assert.False(schema.TryGetFact(string.Create(CultureInfo.InvariantCulture, $"{prefix}.item{instrument.ItemCount + 1}"), out _));
            Assert.True(schema.TryGetFact(prefix + ".total", out var total));
            Assert.Equal((instrument.TotalMin, instrument.TotalMax), ((int)total.Minimum!, (int)total.Maximum!));
            Assert.Equal(instrument.Bands.Count > 0, schema.TryGetFact(prefix + ".severity", out _));
            Assert.Contains(prefix, schema.Instruments);
        }
    }

    [Fact]
    public void EnumFacts_TakeTheirValuesFromWireNames()
    {
        var schema = PeerSupportFacts.Schema;

        Assert.True(schema.TryGetFact("group.acuity", out var acuity));
        Assert.Equal(WireNames.All<Acuity>(), acuity.AllowedValues);
        Assert.True(schema.TryGetFact("group.facilitationModel", out var model));
        Assert.Equal(WireNames.All<FacilitationModel>(), model.AllowedValues);
        foreach (var kind in WireNames.All<IncidentKind>())
        {
            Assert.True(schema.TryGetFact("incidents." + kind, out var counter));
            Assert.True(counter.IsCounter);
        }
    }
}
