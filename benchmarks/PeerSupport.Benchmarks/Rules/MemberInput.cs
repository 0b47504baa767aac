namespace PeerSupport.Benchmarks.Rules;

/// <summary>The member facts of the default pack as a plain object, for engines that evaluate over CLR objects.</summary>
public sealed class MemberInput
{
    public double? Phq9Item9 { get; set; }

    public double? Phq9Total { get; set; }

    public double? Phq9Change { get; set; }

    public double? Phq9AttendedSinceBaseline { get; set; }

    public double? Phq9CountInWindow { get; set; }

    public double? Gad7Total { get; set; }

    public double? Gad7Change { get; set; }

    public double? K10Total { get; set; }

    public double? Who5Total { get; set; }

    public double? ConsecutiveAbsences { get; set; }

    public double? CrisisDisclosures7d { get; set; }

    public int Fired { get; set; }
}
