using System.Security.Claims;

namespace PeerSupport.Samples.ReferralService.Security;

/// <summary>
/// Roles and the scopes they grant. A scope decides whether a caller may use an endpoint at all (403 otherwise, whatever the
/// id); group visibility decides which records it sees (404 for the rest, whether or not they exist).
/// </summary>
public static class Scopes
{
    /// <summary>Read and record member data, get decisions, list and move referrals (facilitator: own groups; clinical lead: all).</summary>
    public const string Members = "members";

    /// <summary>Create groups, enrol members, schedule sessions (clinical lead): ids are unique service-wide.</summary>
    public const string Groups = "groups";

    /// <summary>Read the rule set in force (clinical lead, auditor).</summary>
    public const string RulesRead = "rules:read";

    /// <summary>Upload a rule set (clinical lead).</summary>
    public const string RulesWrite = "rules:write";

    /// <summary>Read and replay the decision log (clinical lead, auditor).</summary>
    public const string Audit = "audit";

    /// <summary>The claim type carrying a scope.</summary>
    public const string ClaimType = "scope";

    /// <summary>The claim type carrying a group a facilitator runs.</summary>
    public const string GroupClaimType = "group";

    /// <summary>The claim type marking a caller who sees every group.</summary>
    public const string AllGroupsClaimType = "all_groups";

    /// <summary>The role names accepted in configuration.</summary>
    public static readonly IReadOnlyList<string> Roles = ["facilitator", "clinical_lead", "auditor"];

    /// <summary>Gets the scopes a role grants.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The scopes.</returns>
    public static IReadOnlyList<string> For(string role) => role switch
    {
        "facilitator" => [Members],
        "clinical_lead" => [Members, Groups, RulesRead, RulesWrite, Audit],
        "auditor" => [RulesRead, Audit],
        _ => [],
    };

    /// <summary>Whether the caller may see a group's records.</summary>
    /// <param name="user">The caller.</param>
    /// <param name="groupId">The group id.</param>
    /// <returns>True when visible.</returns>
    public static bool CanSee(this ClaimsPrincipal user, string groupId) =>
        user.HasClaim(c => c.Type == AllGroupsClaimType) || user.HasClaim(GroupClaimType, groupId);
}
