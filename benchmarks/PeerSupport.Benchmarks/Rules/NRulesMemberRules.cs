using NRules.Fluent.Dsl;

namespace PeerSupport.Benchmarks.Rules;

/// <summary>The nine member rules of the default pack as NRules rules, nested so the file holds one top-level type.</summary>
public static class NRulesMemberRules
{
    public sealed class Phq9Item9 : Rule
    {
        public override void Define()
        {
            MemberInput m = null!;
            When().Match(() => m, x => x.Phq9Item9 >= 1);
            Then().Do(_ => Fire(m));
        }

        internal static void Fire(MemberInput m) => m.Fired++;
    }

    public sealed class CrisisDisclosure : Rule
    {
        public override void Define()
        {
            MemberInput m = null!;
            When().Match(() => m, x => x.CrisisDisclosures7d >= 1);
            Then().Do(_ => Phq9Item9.Fire(m));
        }
    }

    public sealed class Phq9Severe : Rule
    {
        public override void Define()
        {
            MemberInput m = null!;
            When().Match(() => m, x => x.Phq9Total >= 20);
            Then().Do(_ => Phq9Item9.Fire(m));
        }
    }

    public sealed class Gad7Severe : Rule
    {
        public override void Define()
        {
            MemberInput m = null!;
            When().Match(() => m, x => x.Gad7Total >= 15);
            Then().Do(_ => Phq9Item9.Fire(m));
        }
    }

    public sealed class K10VeryHigh : Rule
    {
        public override void Define()
        {
            MemberInput m = null!;
            When().Match(() => m, x => x.K10Total >= 30);
            Then().Do(_ => Phq9Item9.Fire(m));
        }
    }

    public sealed class ReliableDeterioration : Rule
    {
        public override void Define()
        {
            MemberInput m = null!;
            When().Match(() => m, x => x.Phq9Change >= 6 || x.Gad7Change >= 4);
            Then().Do(_ => Phq9Item9.Fire(m));
        }
    }

    public sealed class NotImproving : Rule
    {
        public override void Define()
        {
            MemberInput m = null!;
            When().Match(() => m, x => x.Phq9Total >= 10 && x.Phq9AttendedSinceBaseline >= 6 && x.Phq9Change > -6);
            Then().Do(_ => Phq9Item9.Fire(m));
        }
    }

    public sealed class MissedThree : Rule
    {
        public override void Define()
        {
            MemberInput m = null!;
            When().Match(() => m, x => x.ConsecutiveAbsences >= 3);
            Then().Do(_ => Phq9Item9.Fire(m));
        }
    }

    public sealed class LowWellbeing : Rule
    {
        public override void Define()
        {
            MemberInput m = null!;
            When().Match(() => m, x => x.Who5Total < 13 && x.Phq9CountInWindow == 0);
            Then().Do(_ => Phq9Item9.Fire(m));
        }
    }
}
