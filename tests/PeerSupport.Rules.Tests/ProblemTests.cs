namespace PeerSupport.Rules.Tests;

public sealed class ProblemTests
{
    [Theory]
    [InlineData("members.csv", null, 3, 3, null, "members.csv:3:3: error: bad date")]
    [InlineData("members.csv", null, 3, 0, null, "members.csv:3: error: bad date")]
    [InlineData("members.csv", null, 0, 0, null, "members.csv: error: bad date")]
    [InlineData(null, null, 0, 0, "joined_on", "error: joined_on: bad date")]
    [InlineData("members.csv", null, 2, 4, "joined_on", "members.csv:2:4: error: bad date")]
    [InlineData(null, "/rules/3/when", 1, 12, null, "error: /rules/3/when (1:12): bad date")]
    [InlineData("rules.json", "/rules/3/when", 1, 12, null, "rules.json: error: /rules/3/when (1:12): bad date")]
    [InlineData("dataset.json", "/members/0", 0, 0, null, "dataset.json: error: /members/0: bad date")]
    [InlineData(null, "", 0, 0, null, "error: bad date")]
    [InlineData(null, null, 2, 14, null, "2:14: error: bad date")]
    [InlineData(null, null, 0, 0, null, "error: bad date")]
    public void ToString_LeavesOutWhatIsNotKnown(string? source, string? jsonPointer, int line, int column, string? field, string expected)
    {
        var problem = new Problem(ProblemSeverity.Error, "invalid-date", "bad date", source, jsonPointer, line, column, field);

        Assert.Equal(expected, problem.ToString());
    }

    [Fact]
    public void ToString_Warning_SaysWarning()
        => Assert.Equal("a.csv:1: warning: blank line ignored", new Problem(ProblemSeverity.Warning, "blank-line", "blank line ignored", "a.csv", line: 1).ToString());

    [Theory]
    [InlineData("")]
    [InlineData("Unknown-fact")]
    [InlineData("unknown_fact")]
    [InlineData("unknown--fact")]
    [InlineData("unknown-")]
    [InlineData("-unknown")]
    [InlineData("1unknown")]
    [InlineData("unknown fact")]
    public void Constructor_CodeNotLowerKebabCase_Throws(string code)
        => Assert.Throws<ArgumentException>(() => new Problem(ProblemSeverity.Error, code, "message"));

    [Fact]
    public void Constructor_CodeTooLong_Throws()
        => Assert.Throws<ArgumentException>(() => new Problem(ProblemSeverity.Error, new string('a', Problem.MaxCodeLength + 1), "message"));

    [Theory]
    [InlineData("syntax")]
    [InlineData("unknown-fact")]
    [InlineData("utf8-bom2")]
    public void Constructor_LowerKebabCaseCode_IsKept(string code)
        => Assert.Equal(code, new Problem(ProblemSeverity.Error, code, "message").Code);

    [Fact]
    public void Constructor_BadArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => new Problem(ProblemSeverity.Error, null!, "m"));
        Assert.ThrowsAny<ArgumentException>(() => new Problem(ProblemSeverity.Error, "c", " "));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Problem(ProblemSeverity.Error, "c", "m", line: -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Problem(ProblemSeverity.Error, "c", "m", column: -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Problem((ProblemSeverity)7, "c", "m"));
        Assert.Throws<ArgumentException>(() => new Problem(ProblemSeverity.Error, "c", "m", jsonPointer: "rules/0"));
    }

    [Fact]
    public void Constructor_ControlAndBidiCharacters_AreEscapedEverywhere()
    {
        var problem = new Problem(ProblemSeverity.Error, "c", "a\u001B[31mb\nc\u202Ed", "f\u0007.csv", "/x\u2066", 1, 1, "col\r");

        Assert.Equal("a\\u001B[31mb\\u000Ac\\u202Ed", problem.Message);
        Assert.Equal("f\\u0007.csv", problem.Source);
        Assert.Equal("/x\\u2066", problem.JsonPointer);
        Assert.Equal("col\\u000D", problem.Field);
        Assert.DoesNotContain(problem.ToString(), char.IsControl);
    }

    [Fact]
    public void Constructor_LongText_IsClippedWithAnEllipsis()
    {
        var problem = new Problem(ProblemSeverity.Error, "c", new string('m', 10_000), new string('s', 1000), "/" + new string('p', 1000), field: new string('f', 1000));

        Assert.Equal(Problem.MaxMessageLength, problem.Message.Length);
        Assert.EndsWith("…", problem.Message, StringComparison.Ordinal);
        Assert.Equal(Problem.MaxFieldLength, problem.Source!.Length);
        Assert.Equal(Problem.MaxPointerLength, problem.JsonPointer!.Length);
        Assert.Equal(Problem.MaxFieldLength, problem.Field!.Length);
    }

    [Fact]
    public void Constructor_PointerWithALongPropertyName_IsKeptWhole_SoTheProblemCanStillBeLocated()
    {
        // A rule file's property names come from its author; a 200-character name must not cut the pointer that
        // the CLI turns into line:column (rule errors kept 500 characters of path before one problem type).
        var pointer = "/rules/3/" + new string('x', 200);

        var problem = Problem.AtPointer("unknown-property", pointer, "unknown property");

        Assert.Equal(pointer, problem.JsonPointer);
    }

    [Fact]
    public void Factories_LocateByPointerOrLine()
    {
        var atPointer = Problem.AtPointer("unknown-property", "/rules/0/x", "unknown property 'x'");
        var atLine = Problem.AtLine("syntax", 2, 5, "unexpected character");

        Assert.Equal((ProblemSeverity.Error, "/rules/0/x", 0, 0), (atPointer.Severity, atPointer.JsonPointer, atPointer.Line, atPointer.Column));
        Assert.Equal((ProblemSeverity.Error, (string?)null, 2, 5), (atLine.Severity, atLine.JsonPointer, atLine.Line, atLine.Column));
    }

    [Fact]
    public void WithPointerAndWithSource_KeepEverythingElse()
    {
        var parsed = Problem.AtLine("unknown-fact", 1, 12, "unknown fact 'x'");

        var located = parsed.WithPointer("/rules/3/when").WithSource("r.json");

        Assert.Equal(new Problem(ProblemSeverity.Error, "unknown-fact", "unknown fact 'x'", "r.json", "/rules/3/when", 1, 12), located);
        Assert.Null(parsed.JsonPointer);
    }

    [Fact]
    public void Equals_ComparesEveryMember()
    {
        var a = new Problem(ProblemSeverity.Warning, "c", "m", "s", "/p", 1, 2, "f");
        var same = new Problem(ProblemSeverity.Warning, "c", "m", "s", "/p", 1, 2, "f");

        Assert.Equal(a, same);
        Assert.Equal(a.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(a, new Problem(ProblemSeverity.Error, "c", "m", "s", "/p", 1, 2, "f"));
        Assert.NotEqual(a, new Problem(ProblemSeverity.Warning, "c", "m", "s", "/p", 1, 3, "f"));
        Assert.NotEqual(a, new Problem(ProblemSeverity.Warning, "c", "m", "s", null, 1, 2, "f"));
        Assert.False(a.Equals(null));
    }
}
