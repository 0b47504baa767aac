using PeerSupport.Domain;

namespace PeerSupport.Core.Tests.Domain;

public sealed class WireNamesTests
{
    [Fact]
    public void WrittenOutNames_EqualTheMembersAttributes_ValueForValue()
    {
        AssertWrittenOutMatches<Acuity>();
        AssertWrittenOutMatches<AttendanceStatus>();
        AssertWrittenOutMatches<FacilitationModel>();
        AssertWrittenOutMatches<FacilitatorRole>();
        AssertWrittenOutMatches<IncidentKind>();
        AssertWrittenOutMatches<IncidentSeverity>();
        AssertWrittenOutMatches<LeavingReason>();
        AssertWrittenOutMatches<Modality>();
    }

    [Fact]
    public void EveryDomainEnum_HasWrittenOutNames()
    {
        var domainEnums = typeof(Acuity).Assembly.GetTypes()
            .Where(t => t.IsEnum && t.IsPublic && t.Namespace == typeof(Acuity).Namespace
                && t.GetFields().Any(f => f.IsDefined(typeof(System.Text.Json.Serialization.JsonStringEnumMemberNameAttribute), false)))
            .Select(t => t.Name)
            .Order(StringComparer.Ordinal);
        Assert.Equal(
            ["Acuity", "AttendanceStatus", "FacilitationModel", "FacilitatorRole", "IncidentKind", "IncidentSeverity", "LeavingReason", "Modality"],
            domainEnums);
    }

    [Fact]
    public void EnumsOutsideTheDomain_AreReadFromTheirAttributes()
    {
        Assert.Null(WireNames.WrittenOut<PeerSupport.Rules.RulePriority>());
        Assert.Equal(["routine", "urgent", "asap", "stat"], WireNames.All<PeerSupport.Rules.RulePriority>());
        Assert.Equal("asap", WireNames.Of(PeerSupport.Rules.RulePriority.Asap));
        Assert.True(WireNames.TryParse<PeerSupport.Rules.RulePriority>("urgent", out var parsed));
        Assert.Equal(PeerSupport.Rules.RulePriority.Urgent, parsed);
    }

    [Fact]
    public void Of_RejectsAnUndefinedValue_AndTryParse_RejectsNullAndOtherCase()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WireNames.Of((Acuity)7));
        Assert.False(WireNames.TryParse<Acuity>(null, out var none));
        Assert.Equal(default, none);
        Assert.False(WireNames.TryParse<Acuity>("Elevated", out _));
        Assert.True(WireNames.TryParse<Acuity>("elevated", out var elevated));
        Assert.Equal(Acuity.Elevated, elevated);
    }

    private static void AssertWrittenOutMatches<TEnum>()
        where TEnum : struct, Enum
    {
        var written = WireNames.WrittenOut<TEnum>();
        Assert.NotNull(written);
        var reflected = WireNames.Reflect<TEnum>(out var values);
        Assert.Equal(reflected, written);
        Assert.Equal(Enum.GetValues<TEnum>(), values);
        for (var i = 0; i < values.Length; i++)
        {
            Assert.Equal(i, Convert.ToInt32(values[i], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(written[i], WireNames.Of(values[i]));
        }
    }
}
