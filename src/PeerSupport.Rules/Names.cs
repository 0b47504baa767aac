using System.Diagnostics.CodeAnalysis;

namespace PeerSupport.Rules;

/// <summary>Lower snake_case names of the rule enums, as used in JSON, and parsing back.</summary>
internal static class Names
{
    public static string Of(RuleAction value) => value switch
    {
        RuleAction.Refer => "refer",
        RuleAction.Outreach => "outreach",
        RuleAction.Screen => "screen",
        _ => "review",
    };

    public static string Of(RulePriority value) => value switch
    {
        RulePriority.Routine => "routine",
        RulePriority.Urgent => "urgent",
        RulePriority.Asap => "asap",
        _ => "stat",
    };

    public static string Of(RuleSubject value) => value == RuleSubject.Member ? "member" : "group";

    public static string Of(ReferralStatus value) => value switch
    {
        ReferralStatus.Recommended => "recommended",
        ReferralStatus.Made => "made",
        ReferralStatus.Accepted => "accepted",
        ReferralStatus.Completed => "completed",
        ReferralStatus.Declined => "declined",
        _ => "lost",
    };

    public static string Of(Evaluation.RuleResult value) => value switch
    {
        Evaluation.RuleResult.True => "true",
        Evaluation.RuleResult.False => "false",
        Evaluation.RuleResult.NotApplicable => "not_applicable",
        Evaluation.RuleResult.Unknown => "unknown",
        _ => "error",
    };

    // Every value of each enum in Enum.GetValues order, listed by hand: reading them by reflection costs start-up time
    // and an array per call, and rule files parse three of these per rule (a test checks the lists stay complete).
    internal static readonly RuleAction[] Actions = [RuleAction.Refer, RuleAction.Outreach, RuleAction.Screen, RuleAction.Review];

    internal static readonly RulePriority[] Priorities = [RulePriority.Routine, RulePriority.Urgent, RulePriority.Asap, RulePriority.Stat];

    internal static readonly RuleSubject[] Subjects = [RuleSubject.Member, RuleSubject.Group];

    internal static readonly ReferralStatus[] Statuses =
        [ReferralStatus.Recommended, ReferralStatus.Made, ReferralStatus.Accepted, ReferralStatus.Completed, ReferralStatus.Declined, ReferralStatus.Lost];

    /// <summary>Gets the action names, comma-separated (for error messages).</summary>
    public static string ActionList { get; } = string.Join(", ", Actions.Select(Of));

    /// <summary>Gets the priority names, comma-separated.</summary>
    public static string PriorityList { get; } = string.Join(", ", Priorities.Select(Of));

    /// <summary>Gets the subject names, comma-separated.</summary>
    public static string SubjectList { get; } = string.Join(", ", Subjects.Select(Of));

    /// <summary>Gets the referral status names, comma-separated.</summary>
    public static string StatusList { get; } = string.Join(", ", Statuses.Select(Of));

    public static bool TryParse(string? text, out RuleAction value) => TryParse(text, Actions, Of, out value);

    public static bool TryParse(string? text, out RulePriority value) => TryParse(text, Priorities, Of, out value);

    public static bool TryParse(string? text, out RuleSubject value) => TryParse(text, Subjects, Of, out value);

    public static bool TryParse(string? text, out ReferralStatus value) => TryParse(text, Statuses, Of, out value);

    private static bool TryParse<T>(string? text, T[] values, Func<T, string> name, [MaybeNullWhen(false)] out T value)
        where T : struct, Enum
    {
        foreach (var candidate in values)
        {
            if (string.Equals(name(candidate), text, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
