namespace PeerSupport.Rules.Tests.Api;

/// <summary>The hand-listed enum values behind rule-file parsing and its error messages stay complete and in order.</summary>
public sealed class NamesTests
{
    [Fact]
    public void HandListedValues_AreEveryEnumValue_InEnumOrder()
    {
        Assert.Equal(Enum.GetValues<RuleAction>(), Names.Actions);
        Assert.Equal(Enum.GetValues<RulePriority>(), Names.Priorities);
        Assert.Equal(Enum.GetValues<RuleSubject>(), Names.Subjects);
        Assert.Equal(Enum.GetValues<ReferralStatus>(), Names.Statuses);
    }

    [Fact]
    public void Lists_AreTheNamesOfEveryValue()
    {
        Assert.Equal("refer, outreach, screen, review", Names.ActionList);
        Assert.Equal("routine, urgent, asap, stat", Names.PriorityList);
        Assert.Equal("member, group", Names.SubjectList);
        Assert.Equal("recommended, made, accepted, completed, declined, lost", Names.StatusList);
    }

    [Fact]
    public void TryParse_ReadsEveryName_AndRejectsOthers()
    {
        foreach (var value in Enum.GetValues<RulePriority>())
        {
            Assert.True(Names.TryParse(Names.Of(value), out RulePriority parsed));
            Assert.Equal(value, parsed);
        }

        foreach (var value in Enum.GetValues<ReferralStatus>())
        {
            Assert.True(Names.TryParse(Names.Of(value), out ReferralStatus parsed));
            Assert.Equal(value, parsed);
        }

        Assert.False(Names.TryParse("Urgent", out RulePriority _));
        Assert.False(Names.TryParse(null, out RuleAction _));
    }
}
