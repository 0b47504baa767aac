using PeerSupport.Analytics.GroupHealth;
using PeerSupport.Domain;

namespace PeerSupport.Analytics.Tests.GroupHealth;

public sealed class RetentionObservationTests
{
    private static readonly DateOnly s_joined = new(2026, 1, 5);
    private static readonly DateOnly s_asOf = new(2026, 3, 2);

    [Fact]
    public void TryObserve_JoinedAfterTheAsOfDate_IsNotObserved()
    {
        Assert.False(RetentionObservation.TryObserve(Member(s_asOf.AddDays(1)), s_asOf, out var observation));
        Assert.Equal(default, observation);
    }

    [Fact]
    public void TryObserve_DroppedOutBeforeTheAsOfDate_IsAnEventAtLeaving()
    {
        Assert.True(RetentionObservation.TryObserve(Member(s_joined, s_joined.AddDays(20), LeavingReason.DroppedOut), s_asOf, out var observation));
        Assert.Equal((20, true), (observation.Days, observation.DroppedOut));
    }

    [Fact]
    public void TryObserve_DroppedOutOnTheAsOfDate_IsAnEvent()
    {
        RetentionObservation.TryObserve(Member(s_joined, s_asOf, LeavingReason.DroppedOut), s_asOf, out var observation);
        Assert.Equal((s_asOf.DayNumber - s_joined.DayNumber, true), (observation.Days, observation.DroppedOut));
    }

    [Theory]
    [InlineData(LeavingReason.Completed)]
    [InlineData(LeavingReason.Transferred)]
    [InlineData(LeavingReason.ReferredOn)]
    public void TryObserve_LeftForAnotherReason_IsCensoredAtLeaving(LeavingReason reason)
    {
        RetentionObservation.TryObserve(Member(s_joined, s_joined.AddDays(30), reason), s_asOf, out var observation);
        Assert.Equal((30, false), (observation.Days, observation.DroppedOut));
    }

    [Fact]
    public void TryObserve_DropoutDatedAfterTheAsOfDate_IsCensoredAtTheAsOfDate()
    {
        RetentionObservation.TryObserve(Member(s_joined, s_asOf.AddDays(1), LeavingReason.DroppedOut), s_asOf, out var observation);
        Assert.Equal((s_asOf.DayNumber - s_joined.DayNumber, false), (observation.Days, observation.DroppedOut));
    }

    [Fact]
    public void TryObserve_StillAMember_IsCensoredAtTheAsOfDate()
    {
        RetentionObservation.TryObserve(Member(s_joined), s_asOf, out var observation);
        Assert.Equal((s_asOf.DayNumber - s_joined.DayNumber, false), (observation.Days, observation.DroppedOut));
    }

    [Fact]
    public void TryObserve_JoinedOnTheAsOfDate_IsObservedForZeroDays()
    {
        Assert.True(RetentionObservation.TryObserve(Member(s_asOf), s_asOf, out var observation));
        Assert.Equal(0, observation.Days);
    }

    private static Member Member(DateOnly joined, DateOnly? left = null, LeavingReason? reason = null) =>
        new(MemberId.Create("m-1"), GroupId.Create("g-1"), joined, left, reason);
}
