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

    public static bool TryParse(string? text, out RuleAction value) => TryParse(text, Enum.GetValues<RuleAction>(), Of, out value);

    public static bool TryParse(string? text, out RulePriority value) => TryParse(text, Enum.GetValues<RulePriority>(), Of, out value);

    public static bool TryParse(string? text, out RuleSubject value) => TryParse(text, Enum.GetValues<RuleSubject>(), Of, out value);

    public static bool TryParse(string? text, out ReferralStatus value) => TryParse(text, Enum.GetValues<ReferralStatus>(), Of, out value);

    public static string List<T>(Func<T, string> name)
        where T : struct, Enum => string.Join(", ", Enum.GetValues<T>().Select(name));

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
