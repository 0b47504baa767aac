using PeerSupport.Rules.Language;

namespace PeerSupport.Rules.Tests.Language;

public sealed class FactDefinitionTests
{
    [Fact]
    public void Number_WithUnit_KeepsTheUnit()
    {
        var fact = FactDefinition.Number("waitlist.days", FactSubjects.Member, "Time on the waiting list.", 0, unit: "days");

        Assert.Equal("days", fact.Unit);
    }

    [Fact]
    public void Counter_WithUnit_KeepsTheUnit()
    {
        var fact = FactDefinition.Counter("calls.missed", FactSubjects.Member, "Scheduled calls missed, in the window.", "calls");

        Assert.Equal("calls", fact.Unit);
    }

    [Fact]
    public void BooleanAndTextFacts_HaveNoUnit()
    {
        Assert.Null(FactDefinition.Boolean("flag", FactSubjects.Member, "A flag.").Unit);
        Assert.Null(FactDefinition.Text("level", FactSubjects.Member, "A level.", ["low", "high"]).Unit);
        Assert.Null(FactDefinition.Number("score", FactSubjects.Member, "A score.").Unit);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" days")]
    [InlineData("days ")]
    [InlineData("1st")]
    [InlineData("days\n")]
    [InlineData("tage€")]
    [InlineData("a-unit-name-longer-than-thirty-two")]
    public void Number_MalformedUnit_ThrowsNamingTheFactAndTheRule(string unit)
    {
        var error = Assert.Throws<ArgumentException>(() => FactDefinition.Number("waitlist.days", FactSubjects.Member, "Time on the waiting list.", unit: unit));

        Assert.Equal("unit", error.ParamName);
        Assert.Contains("Fact 'waitlist.days': unit", error.Message, StringComparison.Ordinal);
        Assert.Contains("1 to 32 characters", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("days", true)]
    [InlineData("T-score points", true)]
    [InlineData("%", true)]
    [InlineData("mg/l", true)]
    [InlineData("per_week", true)]
    [InlineData(null, false)]
    [InlineData("-days", false)]
    public void IsValidUnit_AcceptsShortUnitNames(string? unit, bool valid) => Assert.Equal(valid, FactDefinition.IsValidUnit(unit));
}
