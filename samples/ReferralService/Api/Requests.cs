namespace PeerSupport.Samples.ReferralService.Api;

/// <summary>Creates a group.</summary>
/// <param name="Id">The group id.</param>
/// <param name="Name">A display name (no personal data).</param>
/// <param name="FacilitationModel">peer_led, co_facilitated or professional_led.</param>
/// <param name="Acuity">standard or elevated (default standard).</param>
public sealed record CreateGroupRequest(string? Id, string? Name, string? FacilitationModel, string? Acuity);

/// <summary>Enrols a member in a group.</summary>
/// <param name="Id">The pseudonymous member id.</param>
/// <param name="JoinedOn">The date the member joined (yyyy-MM-dd).</param>
public sealed record CreateMemberRequest(string? Id, string? JoinedOn);

/// <summary>Records a group session.</summary>
/// <param name="Id">The session id.</param>
/// <param name="Date">The session date (yyyy-MM-dd).</param>
public sealed record CreateSessionRequest(string? Id, string? Date);

/// <summary>Records a member's attendance at a session of their group.</summary>
/// <param name="SessionId">The session id.</param>
/// <param name="Status">present, late, absent or excused.</param>
public sealed record AttendanceRequest(string? SessionId, string? Status);

/// <summary>Records an assessment.</summary>
/// <param name="Instrument">The instrument id, e.g. phq9, gad7.</param>
/// <param name="Date">The assessment date (yyyy-MM-dd).</param>
/// <param name="Items">Item answers in order; null for unanswered.</param>
/// <param name="Total">A total when items are not available.</param>
public sealed record AssessmentRequest(string? Instrument, string? Date, IReadOnlyList<int?>? Items, int? Total);

/// <summary>Records an incident involving a member at a session of their group.</summary>
/// <param name="SessionId">The session id.</param>
/// <param name="Kind">harmful_advice, conflict, boundary_violation, crisis_disclosure or other.</param>
/// <param name="Severity">low, medium or high (optional).</param>
public sealed record IncidentRequest(string? SessionId, string? Kind, string? Severity);

/// <summary>Moves a referral to a new status.</summary>
/// <param name="Status">made, accepted, completed, declined or lost.</param>
public sealed record TransitionRequest(string? Status);
