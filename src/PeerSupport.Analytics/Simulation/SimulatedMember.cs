using PeerSupport.Domain;

namespace PeerSupport.Analytics.Simulation;

/// <summary>The hidden state of one simulated member while their group is simulated.</summary>
internal sealed class SimulatedMember
{
    public SimulatedMember(MemberId id, int joinWeek, DateOnly joinedOn)
    {
        Id = id;
        JoinWeek = joinWeek;
        JoinedOn = joinedOn;
    }

    public MemberId Id { get; }

    public int JoinWeek { get; }

    public DateOnly JoinedOn { get; }

    public Consent Consent { get; set; }

    /// <summary>Gets or sets the probability of attending any one session.</summary>
    public double Propensity { get; set; }

    /// <summary>Gets or sets the talkativeness (log-normal, median 1).</summary>
    public double Talkativeness { get; set; }

    /// <summary>Gets or sets the latent baseline PHQ-9 (group effect + member effect).</summary>
    public double Baseline { get; set; }

    /// <summary>Gets or sets the member's GAD-7 level at baseline.</summary>
    public double AnxietyBaseline { get; set; }

    /// <summary>Gets or sets the weekly PHQ-9 change.</summary>
    public double Slope { get; set; }

    public bool Deteriorates { get; set; }

    /// <summary>Gets or sets the first observed PHQ-9 total, used for the reliable-deterioration trigger.</summary>
    public int? BaselinePhq9 { get; set; }

    public DateOnly? LeftOn { get; set; }

    public LeavingReason? LeavingReason { get; set; }

    public bool Active => LeftOn is null;

    public bool PendingReferredOn { get; set; }

    public int ConsecutiveAbsences { get; set; }

    /// <summary>Gets the date of the latest recorded referral per target slot (clinician, crisis service, peer outreach).</summary>
    public DateOnly?[] LastReferral { get; } = new DateOnly?[3];

    /// <summary>Gets or sets the weights of the member's goals (empty outside programme groups).</summary>
    public int[] GoalWeights { get; set; } = [];

    /// <summary>Gets or sets this week's attendance status.</summary>
    public AttendanceStatus Status { get; set; }

    /// <summary>Gets or sets this week's speaking weight.</summary>
    public double SpeakingWeight { get; set; }

    public Member ToMember(GroupId groupId) => new(Id, groupId, JoinedOn, LeftOn, LeavingReason, Consent);
}
