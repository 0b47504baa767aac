using PeerSupport.Rules;

namespace PeerSupport.Core.Tests.Rules.Evaluation;

/// <summary>Name resolution and type checking against the fact schema (errors surface from the compiler).</summary>
public sealed class BinderTests
{
    [Theory]
    [InlineData("phq9.itme9 >= 1", "unknown fact 'phq9.itme9'; did you mean 'phq9.item9'?")]
    [InlineData("gad7.totl >= 15", "did you mean 'gad7.total'?")]
    [InlineData("zzz >= 1", "unknown fact 'zzz'")]
    [InlineData("phq9.item9 >= 7", "'phq9.item9 >= 7' is always false: phq9.item9 is 0–3")]
    [InlineData("phq9.item9 <= 3", "'phq9.item9 <= 3' is always true: phq9.item9 is 0–3")]
    [InlineData("k10.total < 10", "is always false")]
    [InlineData("1 = 1", "always true: it compares constants")]
    [InlineData("phq9.item9 >= 'high'", "cannot compare a number (phq9.item9) with a text ('high')")]
    [InlineData("group.acuity > 'standard'", "'>' orders numbers")]
    [InlineData("group.acuity = 'elevatd'", "'elevatd' is not a value of group.acuity (allowed: standard, elevated); did you mean 'elevated'?")]
    [InlineData("phq9.total", "a condition must be true or false")]
    [InlineData("phq9.total and true", "'and' needs a boolean")]
    [InlineData("incidents.conflict >= 1", "counts events; write count(incidents.conflict, 30d)")]
    [InlineData("count(phq9.total, 7d) >= 1", "'phq9.total' is not a counter")]
    [InlineData("count(incidents.conflict) >= 1", "count() takes a counted fact and a window")]
    [InlineData("referral.open('licenced_clinician')", "did you mean 'licensed_clinician'?")]
    [InlineData("referral.open(7d)", "needs a target argument")]
    [InlineData("phq9.total(7d) >= 1", "takes no argument")]
    [InlineData("members.active >= 1", "not available for member rules")]
    [InlineData("30d >= 1", "only allowed as a window argument")]
    [InlineData("has(1)", "has() takes a fact")]
    public void Compile_BadCondition_ReportsRule(string condition, string expected)
    {
        var errors = RuleTestData.Errors(condition);

        Assert.Contains(errors, e => e.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Compile_ConditionError_HasPointerAndLineColumn()
    {
        var error = Assert.Single(RuleTestData.Errors("phq9.total >= 1 and phq9.itme9 >= 1"));

        Assert.Equal("error: /rules/0/when (1:21): unknown fact 'phq9.itme9'; did you mean 'phq9.item9'?", error.ToString());
    }

    [Fact]
    public void Compile_SeveralErrorsInOneCondition_ReportsAll()
    {
        var errors = RuleTestData.Errors("phq9.itme9 >= 1 or gad7.totl >= 2");

        Assert.Equal(2, errors.Count);
    }

    [Theory]
    [InlineData("phq9.change > -6")]
    [InlineData("count(incidents.harmful_advice, 30d) + count(incidents.boundary_violation, 30d) >= 2")]
    [InlineData("has(phq9.item9) and not referral.open('licensed_clinician')")]
    [InlineData("referral.daysSinceLast('crisis_service') <= 14")]
    [InlineData("group.acuity = 'elevated'")]
    public void Compile_ValidMemberCondition_Succeeds(string condition) => Assert.Empty(RuleTestData.Errors(condition));

    [Fact]
    public void Compile_GroupFactInGroupRule_Succeeds() =>
        Assert.Empty(RuleTestData.Errors("sessions.withoutLicensedClinician(30d) >= 1 and members.active > 0", RuleSubject.Group));

    [Fact]
    public void Compile_SameFactTwice_SharesOneSlot()
    {
        var set = RuleTestData.Single("phq9.total >= 10 and phq9.total <= 20");

        Assert.Single(set.Facts);
        Assert.Equal("phq9.total", set.Facts[0].Key);
    }

    [Fact]
    public void Compile_CounterKey_IsWrittenAsInConditionText()
    {
        var set = RuleTestData.Single("count(incidents.crisis_disclosure, 7d) >= 1");

        Assert.Equal("count(incidents.crisis_disclosure, 7d)", Assert.Single(set.Facts).Key);
        Assert.Equal(7, set.Facts[0].WindowDays);
    }
}
