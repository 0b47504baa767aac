using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PeerSupport.Rules.Language;

namespace PeerSupport.Rules.Tests.Language;

public sealed class ConditionPrinterTests
{
    private static readonly string[] s_facts = ["phq9.item9", "gad7.total", "a", "b.c_d", "attendance.rate"];

    /// <summary>Random condition text built from the grammar (any types: parsing does not type-check).</summary>
    internal static Gen<string> Text(int depth)
    {
        var number = Gen.Choose(-50, 500).Select(i => (i / 10.0).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var atom = Gen.OneOf(
            number,
            Gen.Elements(s_facts),
            Gen.Elements("'x'", "'it''s'", "true", "false"),
            Gen.Elements("count(incidents.conflict, 7d)", "referral.open('crisis_service')", "has(phq9.total)", "sessions.held(30d)"));
        if (depth <= 0)
        {
            return atom;
        }

        var sub = Text(depth - 1);
        return Gen.OneOf(
            atom,
            from l in sub from r in sub from op in Gen.Elements("and", "or", "=", "!=", "<", "<=", ">", ">=", "+", "-") select WrapIfComparison(l, op) + " " + op + " " + WrapIfComparison(r, op),
            sub.Select(s => "not (" + s + ")"),
            sub.Select(s => "(" + s + ")"));
    }

    private static string WrapIfComparison(string operand, string op) => "(" + operand + ")";

    [Property(MaxTest = 300)]
    public Property PrintParse_RoundTrip_IsStable() => Prop.ForAll(Text(4).ToArbitrary(), text =>
    {
        var first = ConditionParser.Parse(text);
        if (!first.Succeeded)
        {
            return true.Label("skipped: " + first.Problems[0]);
        }

        var printed = first.GetValueOrThrow().ToString();
        var second = ConditionParser.Parse(printed);
        return (second.Succeeded && second.Expression.ToString() == printed).Label(text + " => " + printed);
    });

    [Property(MaxTest = 300)]
    public Property Parse_RandomGrammarText_AlwaysSucceeds() => Prop.ForAll(Text(3).ToArbitrary(), text =>
    {
        var result = ConditionParser.Parse(text);
        return (result.Succeeded || result.Problems[0].Message.Contains("nodes", StringComparison.Ordinal) || result.Problems[0].Message.Contains("deeper", StringComparison.Ordinal)).Label(text + ": " + string.Join(";", result.Problems));
    });

    [Fact]
    public void Print_Null_Throws() => Assert.Throws<ArgumentNullException>(() => ConditionPrinter.Print(null!));
}
