using PeerSupport.Domain;
using PeerSupport.Rules;

namespace PeerSupport.Core.Tests.Domain;

public sealed class ReferralTests
{
    private static Referral New(ReferralStatus status = ReferralStatus.Recommended)
        => new(ReferralId.Create("R-1"), MemberId.Create("M-1"), new DateOnly(2026, 2, 5), ReferralTarget.LicensedClinician, RulePriority.Urgent, status, "phq9-severe");

    public static TheoryData<ReferralStatus, ReferralStatus, bool> AllTransitions()
    {
        var legal = new HashSet<(ReferralStatus, ReferralStatus)>
        {
            (ReferralStatus.Recommended, ReferralStatus.Made),
            (ReferralStatus.Made, ReferralStatus.Accepted),
            (ReferralStatus.Accepted, ReferralStatus.Completed),
            (ReferralStatus.Recommended, ReferralStatus.Declined),
            (ReferralStatus.Recommended, ReferralStatus.Lost),
            (ReferralStatus.Made, ReferralStatus.Declined),
            (ReferralStatus.Made, ReferralStatus.Lost),
            (ReferralStatus.Accepted, ReferralStatus.Declined),
            (ReferralStatus.Accepted, ReferralStatus.Lost),
        };
        var data = new TheoryData<ReferralStatus, ReferralStatus, bool>();
        foreach (var from in Enum.GetValues<ReferralStatus>())
        {
            foreach (var to in Enum.GetValues<ReferralStatus>())
            {
                data.Add(from, to, legal.Contains((from, to)));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllTransitions))]
    public void TransitionTo_FollowsTheStateMachine(ReferralStatus from, ReferralStatus to, bool legal)
    {
        var referral = New(from);
        if (legal)
        {
            var moved = referral.TransitionTo(to);
            Assert.Equal(to, moved.Status);
            Assert.Equal(from, referral.Status);
            Assert.Equal(referral.Date, moved.Date);
        }
        else
        {
            var ex = Assert.Throws<InvalidReferralTransitionException>(() => referral.TransitionTo(to));
            Assert.Equal(from, ex.From);
            Assert.Equal(to, ex.To);
            Assert.Contains($"'{WireNames.Of(from)}'", ex.Message, StringComparison.Ordinal);
            Assert.Contains($"'{WireNames.Of(to)}'", ex.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(ReferralStatus.Recommended, true)]
    [InlineData(ReferralStatus.Made, true)]
    [InlineData(ReferralStatus.Accepted, true)]
    [InlineData(ReferralStatus.Completed, false)]
    [InlineData(ReferralStatus.Declined, false)]
    [InlineData(ReferralStatus.Lost, false)]
    public void IsOpen_MatchesRulesContract(ReferralStatus status, bool open) => Assert.Equal(open, New(status).IsOpen);

    [Fact]
    public void Priority_OrderIsFhirRequestPriority()
    {
        Assert.True(RulePriority.Routine < RulePriority.Urgent);
        Assert.True(RulePriority.Urgent < RulePriority.Asap);
        Assert.True(RulePriority.Asap < RulePriority.Stat);
    }
}
