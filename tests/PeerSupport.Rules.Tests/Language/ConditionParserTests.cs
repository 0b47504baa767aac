using PeerSupport.Rules.Language;

namespace PeerSupport.Rules.Tests.Language;

public sealed class ConditionParserTests
{
    [Theory]
    [InlineData("phq9.item9 >= 1", "phq9.item9 >= 1")]
    [InlineData("phq9.item9>=1", "phq9.item9 >= 1")]
    [InlineData("gad7.total >= 15 and not referral.open('licensed_clinician')", "gad7.total >= 15 and not referral.open('licensed_clinician')")]
    [InlineData("(a or b) and c", "(a or b) and c")]
    [InlineData("a or (b and c)", "a or b and c")]
    [InlineData("count(incidents.harmful_advice, 30d) >= 2", "count(incidents.harmful_advice, 30d) >= 2")]
    [InlineData("phq9.change > -6", "phq9.change > -6")]
    [InlineData("x ≥ 1 and y ≠ 2 and z ≤ 3", "x >= 1 and y != 2 and z <= 3")]
    [InlineData("not not a", "not not a")]
    [InlineData("a - (b - c) = 1", "a - (b - c) = 1")]
    [InlineData("'it''s' = t", "'it''s' = t")]
    [InlineData("(a = 1) = true", "(a = 1) = true")]
    public void Parse_ValidText_PrintsCanonicalForm(string text, string canonical)
    {
        var result = ConditionParser.Parse(text);

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        Assert.Equal(canonical, result.GetValueOrThrow().ToString());
    }

    [Theory]
    [InlineData("phq9.item9 >=", 1, 14, "expected a number, text, fact or '('")]
    [InlineData("phq9.item9 >= 1 and\n  (gad7.total", 2, 14, "expected ')'")]
    [InlineData("a < b < c", 1, 7, "cannot be chained")]
    [InlineData("a # 1", 1, 3, "unexpected character '#'")]
    [InlineData("x = 'open", 1, 5, "unterminated text")]
    [InlineData("x >= 12abc", 1, 6, "malformed number")]
    [InlineData("max(a, b) > 1", 1, 4, "is not a function")]
    [InlineData("a = 1 b", 1, 7, "after a complete condition")]
    [InlineData("x(99999d) > 1", 1, 3, "duration")]
    [InlineData("- a", 1, 3, "expected a number after '-'")]
    public void Parse_InvalidText_ReportsLineColumnAndRule(string text, int line, int column, string fragment)
    {
        var result = ConditionParser.Parse(text);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Problems);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TooLongText_IsRejected()
    {
        var result = ConditionParser.Parse("a = " + new string('1', ConditionLimits.MaxTextLength));

        Assert.Contains("at most 4096 characters", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TooDeep_IsRejected()
    {
        var text = new string('(', 40) + "a" + new string(')', 40);

        var result = ConditionParser.Parse(text);

        Assert.Contains("deeper than 32", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DeepNotChain_IsRejected()
    {
        var result = ConditionParser.Parse(string.Concat(Enumerable.Repeat("not ", 40)) + "a");

        Assert.Contains("deeper than 32", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TooManyNodes_IsRejected()
    {
        var text = string.Join(" or ", Enumerable.Range(0, 100).Select(i => "a = " + i));

        var result = ConditionParser.Parse(text);

        Assert.Contains("more than 256 nodes", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Null_Throws() => Assert.Throws<ArgumentNullException>(() => ConditionParser.Parse(null!));

    [Fact]
    public void Parse_Positions_PointAtOperators()
    {
        var expression = (ComparisonExpression)ConditionParser.Parse("phq9.item9 >= 1").GetValueOrThrow();

        Assert.Equal(new SourcePosition(1, 12), expression.Position);
        Assert.Equal(new SourcePosition(1, 1), expression.Left.Position);
    }
}
