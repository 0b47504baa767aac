using NRules.Fluent.Dsl;

namespace PeerSupport.Benchmarks.Engines;

/// <summary>
/// The eleven member rules of the default pack as NRules rules, named by the pack's rule ids. They are nested types,
/// which NRules' type scanner skips unless told otherwise: <see cref="NRulesMemberEngine"/> loads them with
/// <c>NestedTypes()</c> and the equality test checks that all eleven were loaded.
/// </summary>
public static class NRulesMemberRules
{
    /// <summary>Gets the rule types.</summary>
    public static IReadOnlyList<Type> Types { get; } = [.. typeof(NRulesMemberRules).GetNestedTypes().Where(t => typeof(Rule).IsAssignableFrom(t))];

    /// <summary>Records that rule <paramref name="index"/> of <see cref="MemberRules.All"/> fired for <paramref name="m"/>.</summary>
    /// <param name="m">The member.</param>
    /// <param name="index">The rule index.</param>
    public static void Fire(MemberFacts m, int index)
    {
        ArgumentNullException.ThrowIfNull(m);
        m.FiredMask |= 1 << index;
    }

    /// <summary>phq9-item9.</summary>
    [Name("phq9-item9")]
    public sealed class Phq9Item9 : Rule
    {
        /// <inheritdoc />
        public override void Define()
        {
            MemberFacts m = null!;
            When().Match(() => m, x => x.Phq9Item9 >= 1);
            Then().Do(_ => Fire(m, 0));
        }
    }

    /// <summary>crisis-disclosure.</summary>
    [Name("crisis-disclosure")]
    public sealed class CrisisDisclosure : Rule
    {
        /// <inheritdoc />
        public override void Define()
        {
            MemberFacts m = null!;
            When().Match(() => m, x => x.CrisisDisclosures7d >= 1);
            Then().Do(_ => Fire(m, 1));
        }
    }

    /// <summary>rescreen-overdue.</summary>
    [Name("rescreen-overdue")]
    public sealed class RescreenOverdue : Rule
    {
        /// <inheritdoc />
        public override void Define()
        {
            MemberFacts m = null!;
            When().Match(() => m, x => (x.Phq9LastItem9 >= 1 || x.Phq9LastTotal >= 20) && x.Phq9DaysSince > 14);
            Then().Do(_ => Fire(m, 2));
        }
    }

    /// <summary>phq9-severe.</summary>
    [Name("phq9-severe")]
    public sealed class Phq9Severe : Rule
    {
        /// <inheritdoc />
        public override void Define()
        {
            MemberFacts m = null!;
            When().Match(() => m, x => x.Phq9Total >= 20);
            Then().Do(_ => Fire(m, 3));
        }
    }

    /// <summary>gad7-severe.</summary>
    [Name("gad7-severe")]
    public sealed class Gad7Severe : Rule
    {
        /// <inheritdoc />
        public override void Define()
        {
            MemberFacts m = null!;
            When().Match(() => m, x => x.Gad7Total >= 15);
            Then().Do(_ => Fire(m, 4));
        }
    }

    /// <summary>k10-very-high.</summary>
    [Name("k10-very-high")]
    public sealed class K10VeryHigh : Rule
    {
        /// <inheritdoc />
        public override void Define()
        {
            MemberFacts m = null!;
            When().Match(() => m, x => x.K10Total >= 30);
            Then().Do(_ => Fire(m, 5));
        }
    }

    /// <summary>reliable-deterioration.</summary>
    [Name("reliable-deterioration")]
    public sealed class ReliableDeterioration : Rule
    {
        /// <inheritdoc />
        public override void Define()
        {
            MemberFacts m = null!;
            When().Match(() => m, x => x.Phq9Change >= 6 || x.Gad7Change >= 4);
            Then().Do(_ => Fire(m, 6));
        }
    }

    /// <summary>not-improving.</summary>
    [Name("not-improving")]
    public sealed class NotImproving : Rule
    {
        /// <inheritdoc />
        public override void Define()
        {
            MemberFacts m = null!;
            When().Match(() => m, x => x.Phq9Total >= 10 && x.Phq9AttendedSinceBaseline >= 6 && x.Phq9Change > -6);
            Then().Do(_ => Fire(m, 7));
        }
    }

    /// <summary>missed-three.</summary>
    [Name("missed-three")]
    public sealed class MissedThree : Rule
    {
        /// <inheritdoc />
        public override void Define()
        {
            MemberFacts m = null!;
            When().Match(() => m, x => x.ConsecutiveAbsences >= 3);
            Then().Do(_ => Fire(m, 8));
        }
    }

    /// <summary>low-wellbeing-unscreened.</summary>
    [Name("low-wellbeing-unscreened")]
    public sealed class LowWellbeingUnscreened : Rule
    {
        /// <inheritdoc />
        public override void Define()
        {
            MemberFacts m = null!;
            When().Match(() => m, x => x.Who5Total < 13 && x.Phq9CountInWindow == 0);
            Then().Do(_ => Fire(m, 9));
        }
    }

    /// <summary>baseline-missing.</summary>
    [Name("baseline-missing")]
    public sealed class BaselineMissing : Rule
    {
        /// <inheritdoc />
        public override void Define()
        {
            MemberFacts m = null!;
            When().Match(() => m, x => x.Attended >= 2 && x.Phq9Baseline == null);
            Then().Do(_ => Fire(m, 10));
        }
    }
}
