using System.Text.Json.Serialization;
using PeerSupport.Datasets;
using PeerSupport.Domain;
using PeerSupport.Facilitation;

namespace PeerSupport.Serialization;

/// <summary>
/// The source-generated System.Text.Json context for the public domain types: camelCase property names,
/// lower snake_case enum values (the same names as the CSV format), ISO dates. Reflection-free, so it
/// works with trimming and native AOT.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    NumberHandling = JsonNumberHandling.Strict,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowTrailingCommas = false,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(PeerGroup))]
[JsonSerializable(typeof(Member))]
[JsonSerializable(typeof(Facilitator))]
[JsonSerializable(typeof(Credential))]
[JsonSerializable(typeof(GroupSession))]
[JsonSerializable(typeof(AttendanceRecord))]
[JsonSerializable(typeof(Assessment))]
[JsonSerializable(typeof(Incident))]
[JsonSerializable(typeof(Referral))]
[JsonSerializable(typeof(GoalRating))]
[JsonSerializable(typeof(Programme))]
[JsonSerializable(typeof(ProgrammeModule))]
[JsonSerializable(typeof(Consent))]
[JsonSerializable(typeof(DatasetMetadata))]
[JsonSerializable(typeof(Problem))]
[JsonSerializable(typeof(FacilitationGap))]
[JsonSerializable(typeof(MemberId))]
[JsonSerializable(typeof(GroupId))]
[JsonSerializable(typeof(SessionId))]
[JsonSerializable(typeof(FacilitatorId))]
[JsonSerializable(typeof(IncidentId))]
[JsonSerializable(typeof(ReferralId))]
[JsonSerializable(typeof(ProgrammeId))]
[JsonSerializable(typeof(GoalId))]
[JsonSerializable(typeof(ReferralTarget))]
public sealed partial class PeerSupportJsonContext : JsonSerializerContext;
