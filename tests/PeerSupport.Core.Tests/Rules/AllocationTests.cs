using PeerSupport.Rules;
using PeerSupport.Rules.Evaluation;
using static PeerSupport.Core.Tests.Rules.RuleTestData;

namespace PeerSupport.Core.Tests.Rules;

public sealed class AllocationTests
{
    [Fact]
    public void HasFindings_QuietMember_AllocatesNothing()
    {
        var pack = DefaultRulePack.RuleSet;
        var facts = Given(
            ("phq9.item9", 0), ("phq9.total", 6), ("phq9.change", -2), ("phq9.attendedSinceBaseline", 4), ("phq9.countInWindow", 1),
            ("gad7.total", 5), ("gad7.change", 0), ("k10.total", 18), ("who5.total", 15), ("attendance.consecutiveAbsences", 1),
            ("count(incidents.crisis_disclosure, 7d)", 0));
        for (var i = 0; i < 100; i++)
        {
            Assert.False(pack.HasFindings(facts, RuleSubject.Member));
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var findings = false;
        for (var i = 0; i < 1000; i++)
        {
            findings |= pack.HasFindings(facts, RuleSubject.Member);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.False(findings);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Decide_QuietMember_AllocatesNothing()
    {
        var pack = DefaultRulePack.RuleSet;
        var facts = Given(("phq9.item9", 0), ("phq9.total", 6), ("gad7.total", 5));
        var subject = RuleTestData.Member;
        for (var i = 0; i < 100; i++)
        {
            pack.Decide(subject, AsOf, facts);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var decision = pack.Decide(subject, AsOf, facts);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Empty(decision.Recommendations);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Decide_QuietMemberOverFilledSlots_AllocatesNothing()
    {
        var pack = DefaultRulePack.RuleSet;
        var subject = RuleTestData.Member;
        var slots = pack.CreateSlots();
        slots.Fill(Given(("phq9.item9", 0), ("phq9.total", 6), ("gad7.total", 5)), RuleSubject.Member);
        for (var i = 0; i < 100; i++)
        {
            pack.Decide(subject, AsOf, slots);
            pack.HasFindings(slots, RuleSubject.Member);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var decision = pack.Decide(subject, AsOf, slots);
        var quiet = pack.HasFindings(slots, RuleSubject.Member);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Empty(decision.Recommendations);
        Assert.False(quiet);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void HasFindings_WithReferrals_SeesADueEscalation_AndAllocatesNothing()
    {
        var pack = DefaultRulePack.RuleSet;
        var facts = Given(("phq9.item9", 0), ("phq9.total", 6));
        PriorReferral[] made = [new("r1", AsOf.AddDays(-2), "licensed_clinician", RulePriority.Stat, ReferralStatus.Made)];
        PriorReferral[] unactioned = [new("r1", AsOf.AddDays(-2), "licensed_clinician", RulePriority.Stat, ReferralStatus.Recommended)];

        Assert.False(pack.HasFindings(facts, RuleSubject.Member, AsOf, made));
        Assert.True(pack.HasFindings(facts, RuleSubject.Member, AsOf, unactioned));
        Assert.False(pack.HasFindings(facts, RuleSubject.Group, AsOf, unactioned));
        Assert.NotEmpty(pack.Decide(RuleTestData.Member, AsOf, facts, unactioned).Recommendations);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var findings = false;
        for (var i = 0; i < 1000; i++)
        {
            findings |= pack.HasFindings(facts, RuleSubject.Member, AsOf, made);
        }

        Assert.False(findings);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void HasFindings_FiringMember_IsTrue() =>
        Assert.True(DefaultRulePack.RuleSet.HasFindings(Given(("phq9.item9", 1)), RuleSubject.Member));

    [Fact]
    public void HasFindings_MissingProtectedFact_IsTrue() =>
        Assert.True(DefaultRulePack.RuleSet.HasFindings(Given(("phq9.item9", null)), RuleSubject.Member));
}
