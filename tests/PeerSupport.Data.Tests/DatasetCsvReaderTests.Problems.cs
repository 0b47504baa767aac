using System.Text;
using PeerSupport.Datasets;

namespace PeerSupport.Data.Tests;

/// <summary>Broken copies of the example dataset: one test per kind of problem, each asserting the exact location.</summary>
public sealed partial class DatasetCsvReaderTests
{
    private const string AttendanceRow = "G-NORTH-S01,N01-2824,absent,,";

    private static DatasetBuildResult ReadBroken(Action<string> breakIt)
    {
        using var temp = new TempFolder();
        var folder = ExampleDataset.CopyTo(temp.Combine("ds"));
        breakIt(folder);
        return DatasetCsvReader.Read(folder);
    }

    private static Problem SingleError(DatasetBuildResult result)
    {
        Assert.False(result.Succeeded);
        Assert.Null(result.Dataset);
        return Assert.Single(result.Errors);
    }

    private static void AssertAt(Problem problem, string code, string location)
    {
        Assert.Equal(code, problem.Code);
        Assert.StartsWith(location + ": ", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BadEnumValue_ListsAllowedValuesAtCell()
    {
        var result = ReadBroken(f => ExampleDataset.ReplaceLine(f, "groups.csv", 2, "G-NORTH,North,peerled,standard,in_person,12,,2026-01-06"));

        var error = SingleError(result);
        AssertAt(error, "invalid-enum", "groups.csv:2:3");
        Assert.Contains("'peerled'", error.Message, StringComparison.Ordinal);
        Assert.Contains("peer_led, co_facilitated, professional_led", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EnumIsCaseSensitive_ReportsAttendanceStatus()
    {
        var result = ReadBroken(f => ExampleDataset.ReplaceLine(f, "attendance.csv", 3, "G-NORTH-S01,N02-5012,Present,7.0,5"));

        var error = SingleError(result);
        AssertAt(error, "invalid-enum", "attendance.csv:3:3");
        Assert.Contains("present, late, absent, excused", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("06/01/2026")]
    [InlineData("2026-1-6")]
    [InlineData("2026-01-06T00:00")]
    public void Read_UnparsableDate_ReportsValueAndFormat(string date)
    {
        var result = ReadBroken(f => ExampleDataset.ReplaceLine(f, "members.csv", 3, $"N02-5012,G-NORTH,{date},,,true,true"));

        var error = SingleError(result);
        AssertAt(error, "invalid-date", "members.csv:3:3");
        Assert.Contains($"'{date}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("yyyy-MM-dd", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("seven", 4)]
    [InlineData("1e999", 4)]
    [InlineData("NaN", 4)]
    public void Read_UnparsableSpeakingMinutes_ReportsNumber(string value, int column)
    {
        var result = ReadBroken(f => ExampleDataset.ReplaceLine(f, "attendance.csv", 3, $"G-NORTH-S01,N02-5012,present,{value},5"));

        var error = SingleError(result);
        AssertAt(error, "invalid-number", $"attendance.csv:3:{column}");
        Assert.Contains($"'{value}'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12.5")]
    [InlineData("1,000")]
    [InlineData("twelve")]
    public void Read_UnparsableWholeNumber_ReportsCapacity(string value)
    {
        var result = ReadBroken(f => ExampleDataset.ReplaceLine(f, "groups.csv", 2, $"G-NORTH,North,peer_led,standard,in_person,\"{value}\",,2026-01-06"));

        var error = SingleError(result);
        AssertAt(error, "invalid-number", "groups.csv:2:6");
    }

    [Fact]
    public void Read_OutOfRangeItem_NamesInstrumentItemAndRange()
    {
        var result = ReadBroken(f => ExampleDataset.ReplaceLine(f, "assessments.csv", 2, "N01-2824,PHQ-9,2026-01-06,3,1,4,1,0,3,0,3,0,"));

        var error = SingleError(result);
        AssertAt(error, "out-of-range", "assessments.csv:2:6");
        Assert.Equal("PHQ-9 item 3 must be 0–3, was 4", error.Message);
    }

    [Fact]
    public void Read_ItemBeyondInstrumentLength_ReportsItemColumn()
    {
        var result = ReadBroken(f => ExampleDataset.ReplaceLine(f, "assessments.csv", 3, "N01-2824,GAD-7,2026-01-06,0,2,2,3,2,0,0,1,,"));

        var error = SingleError(result);
        AssertAt(error, "out-of-range", "assessments.csv:3:11");
        Assert.Contains("item 8 must be empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TotalDisagreeingWithItems_ReportsTotalColumn()
    {
        var result = ReadBroken(f => ExampleDataset.ReplaceLine(f, "assessments.csv", 2, "N01-2824,PHQ-9,2026-01-06,3,1,2,1,0,3,0,3,0,12"));

        var error = SingleError(result);
        AssertAt(error, "total-mismatch", "assessments.csv:2:13");
        Assert.Contains("total 12 disagrees with the items, which give 13", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TotalBesideItemsThatCannotBeTotalled_IsAnError()
    {
        var result = ReadBroken(f => ExampleDataset.ReplaceLine(f, "assessments.csv", 2, "N01-2824,PHQ-9,2026-01-06,3,1,,,0,3,0,3,0,12"));

        var error = SingleError(result);
        AssertAt(error, "total-mismatch", "assessments.csv:2:13");
    }

    [Fact]
    public void Read_TotalOutOfRange_ReportsTotalColumn()
    {
        var result = ReadBroken(f => ExampleDataset.ReplaceLine(f, "assessments.csv", 2, "N01-2824,PHQ-9,2026-01-06,,,,,,,,,,28"));

        var error = SingleError(result);
        AssertAt(error, "out-of-range", "assessments.csv:2:13");
        Assert.Contains("0–27, was 28", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AssessmentWithNeitherItemsNorTotal_ReportsTotalColumn()
    {
        var result = ReadBroken(f => ExampleDataset.ReplaceLine(f, "assessments.csv", 2, "N01-2824,PHQ-9,2026-01-06,,,,,,,,,,"));

        var error = SingleError(result);
        AssertAt(error, "invalid-value", "assessments.csv:2:13");
        Assert.Contains("needs at least one item answer or a total", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateMemberId_ReportsSecondRowAndFirstLine()
    {
        var result = ReadBroken(f => ExampleDataset.AppendLine(f, "members.csv", "N02-5012,G-NORTH,2026-01-06,,,true,true"));

        var error = SingleError(result);
        AssertAt(error, "duplicate-id", "members.csv:15:1");
        Assert.Contains("first at line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateAttendanceRow_IsAnError()
    {
        var result = ReadBroken(f => ExampleDataset.AppendLine(f, "attendance.csv", "G-NORTH-S01,N02-5012,present,,"));

        var error = SingleError(result);
        AssertAt(error, "duplicate-id", "attendance.csv:118:2");
    }

    [Fact]
    public void Read_AttendanceOfUnknownSession_ReportsSessionColumn()
    {
        var result = ReadBroken(f => ExampleDataset.AppendLine(f, "attendance.csv", "G-NORTH-S99,N02-5012,present,,"));

        var error = SingleError(result);
        AssertAt(error, "dangling-reference", "attendance.csv:118:1");
        Assert.Contains("'G-NORTH-S99'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AttendanceOfUnknownMember_ReportsMemberColumn()
    {
        var result = ReadBroken(f => ExampleDataset.AppendLine(f, "attendance.csv", "G-NORTH-S01,N99-0000,present,,"));

        var error = SingleError(result);
        AssertAt(error, "dangling-reference", "attendance.csv:118:2");
    }

    [Fact]
    public void Read_SessionOfUnknownGroup_ReportsGroupColumn()
    {
        var result = ReadBroken(f => ExampleDataset.AppendLine(f, "sessions.csv", "G-SOUTH-S01,G-SOUTH,2026-01-06,F-01,"));

        var error = SingleError(result);
        AssertAt(error, "dangling-reference", "sessions.csv:22:2");
    }

    [Fact]
    public void Read_SessionWithUnknownFacilitator_ReportsFacilitatorColumn()
    {
        var result = ReadBroken(f => ExampleDataset.ReplaceLine(f, "sessions.csv", 2, "G-NORTH-S01,G-NORTH,2026-01-06,F-01;F-99,"));

        var error = SingleError(result);
        AssertAt(error, "dangling-reference", "sessions.csv:2:4");
        Assert.Contains("'F-99'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_IncidentOfUnknownMember_ReportsMemberColumn()
    {
        var result = ReadBroken(f => ExampleDataset.ReplaceLine(f, "incidents.csv", 3, "I-2,G-NORTH-S06,N99-0000,boundary_violation,low"));

        var error = SingleError(result);
        AssertAt(error, "dangling-reference", "incidents.csv:3:3");
    }

    [Fact]
    public void Read_AttendanceAfterLeaving_ReportsOutsideMembership()
    {
        var result = ReadBroken(f => ExampleDataset.AppendLine(f, "attendance.csv", "G-NORTH-S09,N07-4257,present,3.0,2"));

        var error = SingleError(result);
        AssertAt(error, "outside-membership", "attendance.csv:118:3");
        Assert.Contains("2026-01-20 to 2026-02-24", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AttendanceBeforeJoining_ReportsOutsideMembership()
    {
        var result = ReadBroken(f => ExampleDataset.AppendLine(f, "attendance.csv", "G-NORTH-S01,N03-2679,late,,"));

        var error = SingleError(result);
        AssertAt(error, "outside-membership", "attendance.csv:118:3");
    }

    [Fact]
    public void Read_AbsentRowOutsideMembership_IsOnlyAWarning()
    {
        var result = ReadBroken(f => ExampleDataset.AppendLine(f, "attendance.csv", "G-NORTH-S01,N03-2679,absent,,"));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        AssertAt(Assert.Single(result.Warnings), "outside-membership", "attendance.csv:118:3");
    }

    [Fact]
    public void Read_MissingAttendanceRows_WarnsForEachAndReadsThemAsAbsent()
    {
        var result = ReadBroken(f =>
        {
            var path = Path.Combine(f, "attendance.csv");
            var lines = File.ReadAllLines(path).Where(l => !l.StartsWith("G-NORTH-S02,", StringComparison.Ordinal)).ToArray();
            File.WriteAllText(path, string.Join('\n', lines) + "\n");
        });

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var warnings = result.Warnings.ToList();
        Assert.Equal(4, warnings.Count);
        Assert.All(warnings, w => Assert.Equal("missing-attendance", w.Code));
        Assert.All(warnings, w => Assert.Contains("'G-NORTH-S02'", w.Message, StringComparison.Ordinal));
        Assert.All(warnings, w => Assert.StartsWith("attendance.csv: warning: ", w.ToString(), StringComparison.Ordinal));
        Assert.Equal(warnings, result.GetValueOrThrow().Warnings);
        var history = result.Dataset.GetMember(Domain.MemberId.Create("N01-2824"));
        var entry = history.Attendance.Single(e => e.Session.Id.Value == "G-NORTH-S02");
        Assert.False(entry.Attended);
    }

    [Fact]
    public void Read_LeftBeforeJoined_ConstructorErrorIsLocatedAtLeftOn()
    {
        var result = ReadBroken(f => ExampleDataset.ReplaceLine(f, "members.csv", 8, "N07-4257,G-NORTH,2026-01-20,2026-01-19,dropped_out,false,true"));

        var error = SingleError(result);
        AssertAt(error, "invalid-value", "members.csv:8:4");
        Assert.Contains("left_on (2026-01-19) must not be before joined_on (2026-01-20)", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LeavingReasonWithoutDate_ConstructorErrorIsLocatedAtLeftReason()
    {
        var result = ReadBroken(f => ExampleDataset.ReplaceLine(f, "members.csv", 8, "N07-4257,G-NORTH,2026-01-20,,dropped_out,false,true"));

        AssertAt(SingleError(result), "invalid-value", "members.csv:8:5");
    }

    [Fact]
    public void Read_SpeakingTimeForAbsentMember_ConstructorErrorIsLocatedAtStatus()
    {
        var result = ReadBroken(f => ExampleDataset.ReplaceLine(f, "attendance.csv", 2, "G-NORTH-S01,N01-2824,absent,3.5,2"));

        var error = SingleError(result);
        AssertAt(error, "invalid-value", "attendance.csv:2:3");
        Assert.Contains("absent", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NegativeSpeakingMinutes_ConstructorErrorIsLocatedAtSpeakingMinutes()
    {
        var result = ReadBroken(f => ExampleDataset.ReplaceLine(f, "attendance.csv", 3, "G-NORTH-S01,N02-5012,present,-1,5"));

        AssertAt(SingleError(result), "invalid-value", "attendance.csv:3:4");
    }

    [Fact]
    public void Read_GoalAttainmentOutOfRange_IsLocatedAtAttainment()
    {
        var result = ReadBroken(f => ExampleDataset.ReplaceLine(f, "goals.csv", 2, "H01-4611,GL-1,2,3,2026-03-05"));

        var error = SingleError(result);
        AssertAt(error, "invalid-value", "goals.csv:2:4");
        Assert.Contains("-2 to 2, was 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ProgramModuleBeyondProgram_IsOutOfRange()
    {
        var result = ReadBroken(f => ExampleDataset.ReplaceLine(f, "sessions.csv", 20, "G-HARBOR-S09,G-HARBOR,2026-03-05,F-02;F-04,9"));

        var error = SingleError(result);
        AssertAt(error, "out-of-range", "sessions.csv:20:5");
    }

    [Fact]
    public void Read_ProgramWithZeroModules_IsOutOfRange()
    {
        var result = ReadBroken(f => ExampleDataset.ReplaceLine(f, "programs.csv", 2, "P-WRAP,WRAP,0"));

        var error = SingleError(result);
        AssertAt(error, "out-of-range", "programs.csv:2:3");
    }

    [Fact]
    public void Read_CredentialExpiryWithoutCredentialName_IsAnError()
    {
        var result = ReadBroken(f => ExampleDataset.ReplaceLine(f, "facilitators.csv", 4, "F-03,licensed_clinician,,2026-02-28"));

        var error = SingleError(result);
        AssertAt(error, "expiry-without-credential", "facilitators.csv:4:4");
    }

    [Fact]
    public void Read_CredentialWithoutExpiry_NeverExpires()
    {
        var result = ReadBroken(f => ExampleDataset.ReplaceLine(f, "facilitators.csv", 4, "F-03,licensed_clinician,LCSW,"));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.True(result.GetValueOrThrow().TryGetFacilitator(Domain.FacilitatorId.Create("F-03"), out var f));
        Assert.Null(f.Credential!.ExpiresOn);
    }

    [Fact]
    public void Read_BadBoolean_ListsTrueAndFalse()
    {
        var result = ReadBroken(f => ExampleDataset.ReplaceLine(f, "members.csv", 2, "N01-2824,G-NORTH,2026-01-06,,,yes,true"));

        var error = SingleError(result);
        AssertAt(error, "invalid-boolean", "members.csv:2:6");
        Assert.Contains("expected true or false", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidId_DoesNotEchoTheText()
    {
        var result = ReadBroken(f => ExampleDataset.ReplaceLine(f, "referrals.csv", 3, "R-2, Jane Doe ,2026-02-20,licensed_clinician,routine,made,not-improving"));

        var error = SingleError(result);
        AssertAt(error, "invalid-id", "referrals.csv:3:2");
        Assert.DoesNotContain("Jane", error.Message, StringComparison.Ordinal);
        Assert.Contains("white space", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyRequiredCell_ReportsMissingValue()
    {
        var result = ReadBroken(f => ExampleDataset.ReplaceLine(f, "referrals.csv", 2, "R-1,H03-6574,,crisis_service,stat,completed,crisis-disclosure"));

        var error = SingleError(result);
        AssertAt(error, "missing-value", "referrals.csv:2:3");
        Assert.Equal("date is required but empty", error.Message);
    }

    [Fact]
    public void Read_BadReferralTarget_ReportsNamingRule()
    {
        var result = ReadBroken(f => ExampleDataset.ReplaceLine(f, "referrals.csv", 2, "R-1,H03-6574,2026-02-05,Crisis Service,stat,completed,"));

        var error = SingleError(result);
        AssertAt(error, "invalid-value", "referrals.csv:2:4");
        Assert.Contains("lower-case", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("F-01;;F-02")]
    [InlineData("F-01;")]
    [InlineData("F-01;F-01")]
    public void Read_BadFacilitatorList_ReportsFacilitatorIds(string list)
    {
        var result = ReadBroken(f => ExampleDataset.ReplaceLine(f, "sessions.csv", 2, $"G-NORTH-S01,G-NORTH,2026-01-06,{list},"));

        AssertAt(SingleError(result), list.EndsWith("F-01", StringComparison.Ordinal) ? "invalid-value" : "invalid-id", "sessions.csv:2:4");
    }

    [Fact]
    public void Read_RowWithWrongFieldCount_IsSkippedWithoutFollowOnErrors()
    {
        var result = ReadBroken(f => ExampleDataset.ReplaceLine(f, "members.csv", 2, "N01-2824,G-NORTH,2026-01-06,,,false"));

        var error = SingleError(result);
        AssertAt(error, "field-count", "members.csv:2:7");
        Assert.Contains("6 fields but the header has 7", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RowWithExtraField_PointsAtTheFirstExtraField()
    {
        var result = ReadBroken(f => ExampleDataset.ReplaceLine(f, "incidents.csv", 2, "I-1,G-NORTH-S04,N02-5012,harmful_advice,medium,extra"));

        AssertAt(SingleError(result), "field-count", "incidents.csv:2:6");
    }

    [Fact]
    public void Read_RejectedGroup_SkipsItsMembersSessionsAndAttendanceWithoutFollowOnErrors()
    {
        var result = ReadBroken(f => ExampleDataset.ReplaceLine(f, "groups.csv", 2, "G-NORTH,North,peer_led,standard,in_person,0,,2026-01-06"));

        var error = SingleError(result);
        AssertAt(error, "invalid-value", "groups.csv:2:6");
    }

    [Fact]
    public void Read_ManyProblemsInManyFiles_ReportsThemAllAtOnce()
    {
        var result = ReadBroken(f =>
        {
            ExampleDataset.ReplaceLine(f, "groups.csv", 3, "G-HARBOR,Harbor,co_facilitated,severe,hybrid,10,P-WRAP,2026-01-08");
            ExampleDataset.ReplaceLine(f, "members.csv", 5, "N04-7912,G-NORTH,2026-02-30,,,true,true");
            ExampleDataset.AppendLine(f, "attendance.csv", "G-NORTH-S01,N99-0000,present,,");
            ExampleDataset.ReplaceLine(f, "assessments.csv", 2, "N01-2824,PHQ-9,2026-01-06,3,1,2,1,0,3,0,3,0,99");
            ExampleDataset.ReplaceLine(f, "goals.csv", 2, "H01-4611,GL-1,2,x,2026-03-05");
        });

        Assert.False(result.Succeeded);
        var locations = result.Errors.Select(e => $"{e.Source}:{e.Line}:{e.Column}:{e.Code}").Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(
            new[]
            {
                "assessments.csv:2:13:total-mismatch",
                "attendance.csv:118:2:dangling-reference",
                "goals.csv:2:4:invalid-number",
                "groups.csv:3:4:invalid-enum",
                "members.csv:5:3:invalid-date",
            },
            locations);
    }

    [Fact]
    public void Read_MissingRequiredFile_NamesTheFile()
    {
        var result = ReadBroken(f => File.Delete(Path.Combine(f, "sessions.csv")));

        var error = result.Errors.First();
        Assert.Equal("missing-file", error.Code);
        Assert.Equal("sessions.csv", error.Source);
        Assert.StartsWith("sessions.csv: error: required file sessions.csv is missing", error.ToString(), StringComparison.Ordinal);
        Assert.Null(result.Dataset);
    }

    [Fact]
    public void Read_MissingRequiredColumn_NamesFileAndColumn()
    {
        var result = ReadBroken(f => File.WriteAllText(Path.Combine(f, "programs.csv"), "program_id,name\nP-WRAP,WRAP\n"));

        var error = result.Errors.First();
        AssertAt(error, "missing-column", "programs.csv:1");
        Assert.Equal("programs.csv lacks the required column 'modules'", error.Message);
        Assert.Equal("modules", error.Field);
    }

    [Fact]
    public void Read_UnknownColumn_IsKeptAndIgnoredWithWarning()
    {
        var result = ReadBroken(f =>
        {
            var path = Path.Combine(f, "groups.csv");
            var lines = File.ReadAllLines(path).Select((l, i) => l + (i == 0 ? ",notes" : ",\"free text, ignored\"")).ToArray();
            File.WriteAllText(path, string.Join('\n', lines) + "\n");
        });

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var warning = Assert.Single(result.Warnings);
        AssertAt(warning, "unknown-column", "groups.csv:1:9");
        Assert.Contains("'notes'", warning.Message, StringComparison.Ordinal);
        Assert.Equal("Tuesday evening peer circle", result.GetValueOrThrow().Groups[0].Name);
    }

    [Fact]
    public void Read_DuplicateColumn_IsAnError()
    {
        var result = ReadBroken(f => ExampleDataset.ReplaceLine(f, "goals.csv", 1, "member_id,goal_id,weight,attainment,weight"));

        AssertAt(result.Errors.First(), "duplicate-column", "goals.csv:1:5");
    }

    [Fact]
    public void Read_MalformedItemColumn_IsAnError()
    {
        var result = ReadBroken(f => ExampleDataset.ReplaceLine(f, "assessments.csv", 1, "member_id,instrument,date,item_1,item_2,item_3,item_4,item_5,item_6,item_7,item_8,item_09,total"));

        var error = result.Errors.First();
        AssertAt(error, "bad-column", "assessments.csv:1:12");
        Assert.Contains("item_1 to item_200", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyFile_IsAnError()
    {
        var result = ReadBroken(f => File.WriteAllText(Path.Combine(f, "incidents.csv"), string.Empty));

        AssertAt(SingleError(result), "empty-file", "incidents.csv:1");
    }

    [Fact]
    public void Read_HeaderOnlyOptionalFile_Succeeds()
    {
        var result = ReadBroken(f => File.WriteAllText(Path.Combine(f, "incidents.csv"), "incident_id,session_id,kind\n"));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Empty(result.GetValueOrThrow().Incidents);
    }

    [Fact]
    public void Read_BlankLine_IsIgnoredWithWarning()
    {
        var result = ReadBroken(f => ExampleDataset.ReplaceLine(f, "referrals.csv", 2, "\nR-1,H03-6574,2026-02-05,crisis_service,stat,completed,crisis-disclosure"));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        AssertAt(Assert.Single(result.Warnings), "blank-line", "referrals.csv:2");
        Assert.Equal(2, result.GetValueOrThrow().Referrals.Length);
    }

    [Fact]
    public void Read_InvalidUtf8_IsAnError()
    {
        var result = ReadBroken(f =>
        {
            var path = Path.Combine(f, "goals.csv");
            var bytes = File.ReadAllBytes(path).Concat(new byte[] { 0x48, 0xC3, 0x28, 0x2C, 0x0A }).ToArray();
            File.WriteAllBytes(path, bytes);
        });

        var error = SingleError(result);
        Assert.Equal("unreadable-file", error.Code);
        Assert.Equal("goals.csv", error.Source);
        Assert.Contains("not valid UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingFolder_IsAnErrorNotAnException()
    {
        using var temp = new TempFolder();

        var result = DatasetCsvReader.Read(temp.Combine("nope"));

        AssertAt(SingleError(result), "missing-folder", "nope");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Read_BlankDirectory_Throws(string directory)
    {
        Assert.Throws<ArgumentException>(() => DatasetCsvReader.Read(directory));
    }

    [Fact]
    public void Read_NullDirectory_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => DatasetCsvReader.Read(null!));
    }

    [Fact]
    public void Read_FormatVersion2_IsAnError()
    {
        var result = ReadBroken(f => File.WriteAllText(Path.Combine(f, "dataset.json"), "{ \"formatVersion\": 2 }"));

        var error = SingleError(result);
        Assert.Equal(("invalid-metadata", "dataset.json", "/formatVersion"), (error.Code, error.Source, error.JsonPointer));
        Assert.Contains("formatVersion must be 1, was 2", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"formatVersion\": \"1\" }", "/formatVersion")]
    [InlineData("{ \"formatVersion\": 1, \"created\": \"26/11/2026\" }", "/created")]
    [InlineData("{ \"formatVersion\": 1, \"title\": 5 }", "/title")]
    [InlineData("[1]", "/")]
    public void Read_BadMetadataValue_IsLocatedByPointer(string json, string pointer)
    {
        var result = ReadBroken(f => File.WriteAllText(Path.Combine(f, "dataset.json"), json));

        var error = SingleError(result);
        Assert.Equal(("invalid-metadata", pointer), (error.Code, error.JsonPointer));
    }

    [Fact]
    public void Read_MetadataNotJson_ReportsLineAndColumn()
    {
        var result = ReadBroken(f => File.WriteAllText(Path.Combine(f, "dataset.json"), "{\n  \"formatVersion\": 1,\n  \"title\": oops\n}"));

        var error = SingleError(result);
        AssertAt(error, "invalid-metadata", "dataset.json:3:12");
    }

    [Fact]
    public void Read_MetadataWithoutVersionOrWithUnknownProperty_Warns()
    {
        var result = ReadBroken(f => File.WriteAllText(Path.Combine(f, "dataset.json"), "{ \"title\": \"T\", \"licence\": \"CC0\" }"));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(["unknown-property", "missing-format-version"], result.Warnings.Select(w => w.Code));
        Assert.Equal("T", result.GetValueOrThrow().Metadata.Title);
    }

    [Fact]
    public void Read_ProblemMessages_NeverContainAbsolutePaths()
    {
        using var temp = new TempFolder();
        var folder = ExampleDataset.CopyTo(temp.Combine("ds"));
        File.Delete(Path.Combine(folder, "members.csv"));
        File.WriteAllText(Path.Combine(folder, "goals.csv"), "member_id\n", Encoding.UTF8);

        var result = DatasetCsvReader.Read(folder);

        Assert.NotEmpty(result.Errors);
        Assert.All(result.Problems, p => Assert.DoesNotContain(temp.Path, p.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Read_UnterminatedQuote_IsReportedNotThrown()
    {
        var result = ReadBroken(f => ExampleDataset.ReplaceLine(f, "referrals.csv", 2, "R-1,H03-6574,2026-02-05,crisis_service,stat,completed,\"crisis-disclosure"));

        var error = SingleError(result);
        AssertAt(error, "unterminated-quote", "referrals.csv:2");
        Assert.Contains("never closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_QuoteInsideUnquotedField_IsKeptLiterally()
    {
        var result = ReadBroken(f => ExampleDataset.ReplaceLine(f, "groups.csv", 2, "G-NORTH,Tuesday \"evening\" circle,peer_led,standard,in_person,12,,2026-01-06"));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal("Tuesday \"evening\" circle", result.GetValueOrThrow().Groups[0].Name);
    }
}
