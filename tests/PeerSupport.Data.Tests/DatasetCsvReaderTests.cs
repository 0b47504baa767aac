using PeerSupport.Datasets;
using PeerSupport.Domain;
using PeerSupport.Instruments;
using PeerSupport.Rules;

namespace PeerSupport.Data.Tests;

public sealed partial class DatasetCsvReaderTests
{
    private static PeerSupportDataset ReadExample()
    {
        var result = DatasetCsvReader.Read(ExampleDataset.Folder);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        return result.GetValueOrThrow();
    }

    [Fact]
    public void Read_Example_SucceedsWithoutProblems()
    {
        var result = DatasetCsvReader.Read(ExampleDataset.Folder);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Read_Example_HasEveryRecord()
    {
        var dataset = ReadExample();

        Assert.Equal(["G-NORTH", "G-HARBOR"], dataset.Groups.Select(g => g.Id.Value));
        Assert.Equal(13, dataset.Members.Length);
        Assert.Equal(7, dataset.Members.Count(m => m.GroupId.Value == "G-NORTH"));
        Assert.Equal(4, dataset.Facilitators.Length);
        Assert.Equal(20, dataset.Sessions.Length);
        Assert.Equal(116, dataset.Attendance.Length);
        Assert.Equal(76, dataset.Assessments.Length);
        Assert.Equal(4, dataset.Incidents.Length);
        Assert.Equal(2, dataset.Referrals.Length);
        Assert.Equal(3, dataset.Goals.Length);
        Assert.Single(dataset.Programmes);
    }

    [Fact]
    public void Read_Example_MapsGroupColumns()
    {
        var dataset = ReadExample();

        var north = dataset.Groups[0];
        Assert.Equal("Tuesday evening peer circle", north.Name);
        Assert.Equal(FacilitationModel.PeerLed, north.FacilitationModel);
        Assert.Equal(Acuity.Standard, north.Acuity);
        Assert.Equal(Modality.InPerson, north.Modality);
        Assert.Equal(12, north.Capacity);
        Assert.Null(north.ProgrammeId);
        Assert.Equal(new DateOnly(2026, 1, 6), north.StartedOn);

        var harbor = dataset.Groups[1];
        Assert.Equal(FacilitationModel.CoFacilitated, harbor.FacilitationModel);
        Assert.Equal(Acuity.Elevated, harbor.Acuity);
        Assert.Equal(Modality.Hybrid, harbor.Modality);
        Assert.Equal(ProgrammeId.Create("P-WRAP"), harbor.ProgrammeId);
    }

    [Fact]
    public void Read_Example_UnquotesProgrammeNameWithComma()
    {
        var programme = Assert.Single(ReadExample().Programmes);

        Assert.Equal("Wellness recovery action planning, 8 modules", programme.Name);
        Assert.Equal(8, programme.ModuleCount);
    }

    [Fact]
    public void Read_Example_MapsMembershipAndConsent()
    {
        var dataset = ReadExample();

        var dropped = dataset.GetMember(MemberId.Create("N07-4257")).Member;
        Assert.Equal(new DateOnly(2026, 1, 20), dropped.JoinedOn);
        Assert.Equal(new DateOnly(2026, 2, 24), dropped.LeftOn);
        Assert.Equal(LeavingReason.DroppedOut, dropped.LeavingReason);
        Assert.Equal(new Consent(false, true), dropped.Consent);
        Assert.Null(dataset.GetMember(MemberId.Create("N02-5012")).Member.LeftOn);
        Assert.True(dataset.GetMember(MemberId.Create("N02-5012")).Member.Consent.MayShareScores);
    }

    [Fact]
    public void Read_Example_MapsFacilitatorsAndSessions()
    {
        var dataset = ReadExample();

        Assert.True(dataset.TryGetSession(SessionId.Create("G-NORTH-S02"), out var s02));
        Assert.Equal([FacilitatorId.Create("F-01"), FacilitatorId.Create("F-02")], s02.FacilitatorIds.ToArray());
        Assert.Null(s02.ProgrammeModule);
        Assert.True(dataset.TryGetSession(SessionId.Create("G-HARBOR-S08"), out var h08));
        Assert.Equal(8, h08.ProgrammeModule);
        Assert.Equal(new DateOnly(2026, 2, 26), h08.Date);

        Assert.True(dataset.TryGetFacilitator(FacilitatorId.Create("F-01"), out var peer));
        Assert.Equal(new Credential("DBSA facilitator training", FacilitatorRole.PeerFacilitator), peer.Credential);
        Assert.True(peer.IsTrainedOn(new DateOnly(2030, 1, 1)));
    }

    [Fact]
    public void Read_Example_ClinicianCredentialExpires()
    {
        var dataset = ReadExample();

        Assert.True(dataset.TryGetFacilitator(FacilitatorId.Create("F-03"), out var clinician));
        Assert.Equal(FacilitatorRole.LicensedClinician, clinician.Role);
        Assert.Equal(new Credential("LCSW", FacilitatorRole.LicensedClinician, new DateOnly(2026, 2, 28)), clinician.Credential);
        Assert.True(clinician.IsLicensedClinicianOn(new DateOnly(2026, 2, 28)));
        Assert.False(clinician.IsLicensedClinicianOn(new DateOnly(2026, 3, 1)));
    }

    [Fact]
    public void Read_Example_MapsAttendanceWithMeasures()
    {
        var dataset = ReadExample();

        var late = dataset.Attendance.Single(a => a.SessionId.Value == "G-NORTH-S01" && a.MemberId.Value == "N04-7912");
        Assert.Equal(AttendanceStatus.Late, late.Status);
        Assert.Equal(12.6, late.SpeakingMinutes);
        Assert.Equal(2, late.Turns);
        var absent = dataset.Attendance.Single(a => a.SessionId.Value == "G-NORTH-S01" && a.MemberId.Value == "N01-2824");
        Assert.Equal(AttendanceStatus.Absent, absent.Status);
        Assert.Null(absent.SpeakingMinutes);
        Assert.Null(absent.Turns);
    }

    [Fact]
    public void Read_Example_ChildRowsShareTheirParentsIdStrings()
    {
        var dataset = ReadExample();

        var member = dataset.Members.Single(m => m.Id.Value == "N02-5012");
        var session = dataset.Sessions.Single(s => s.Id.Value == "G-NORTH-S01");
        var row = dataset.Attendance.Single(a => a.MemberId == member.Id && a.SessionId == session.Id);
        Assert.Same(member.Id.Value, row.MemberId.Value);
        Assert.Same(session.Id.Value, row.SessionId.Value);
        Assert.Same(member.GroupId.Value, dataset.Groups[0].Id.Value);
    }

    [Fact]
    public void Read_Example_ProratesPhq9WithOneMissingItem()
    {
        var dataset = ReadExample();

        var scored = dataset.GetMember(MemberId.Create("N01-2824")).AssessmentsOf(InstrumentId.Phq9).Single(a => a.Date == new DateOnly(2026, 2, 3));
        Assert.Null(scored.Assessment.Items[4]);
        Assert.Null(scored.Assessment.Total);
        Assert.True(scored.Score.IsProrated);
        Assert.Equal(8, scored.Score.AnsweredCount);
        Assert.Equal(14, scored.Score.Total); // 12 over 8 answered items, scaled to 9 items: 13.5, rounded
    }

    [Fact]
    public void Read_Example_AcceptsTotalOnlyK10()
    {
        var dataset = ReadExample();

        var k10 = Assert.Single(dataset.Assessments, a => a.Instrument == InstrumentId.K10);
        Assert.Equal("H02-1106", k10.Assessment.MemberId.Value);
        Assert.Empty(k10.Assessment.Items);
        Assert.Equal(31, k10.Assessment.Total);
        Assert.True(k10.Score.IsTotalOnly);
        Assert.Equal(31, k10.Score.Total);
    }

    [Fact]
    public void Read_Example_TrimsTrailingEmptyItemsOfShorterInstruments()
    {
        var dataset = ReadExample();

        var who5 = Assert.Single(dataset.Assessments, a => a.Instrument == InstrumentId.Who5);
        Assert.Equal(new int?[] { 2, 3, 2, 3, 2 }, who5.Assessment.Items.ToArray());
        Assert.All(dataset.Assessments.Where(a => a.Instrument == InstrumentId.Gad7), a => Assert.Equal(7, a.Assessment.Items.Length));
    }

    [Fact]
    public void Read_Example_RaisesSafetyCheckOnPositiveItem9()
    {
        var dataset = ReadExample();

        var raised = dataset.Assessments.Where(a => a.Score.RaisedFlags.Contains("safety-check")).ToList();
        var positive = Assert.Single(raised, a => a.Assessment.MemberId.Value == "N02-5012");
        Assert.Equal(new DateOnly(2026, 3, 3), positive.Date);
        Assert.Equal(1, positive.Score.GetItem(9));
    }

    [Fact]
    public void Read_Example_KeepsUnattributedIncidents()
    {
        var dataset = ReadExample();

        Assert.Equal(["I-2", "I-4"], dataset.Incidents.Where(i => i.MemberId is null).Select(i => i.Id.Value));
        var crisis = dataset.Incidents.Single(i => i.Id.Value == "I-3");
        Assert.Equal(IncidentKind.CrisisDisclosure, crisis.Kind);
        Assert.Equal(IncidentSeverity.High, crisis.Severity);
        Assert.Equal(MemberId.Create("H03-6574"), crisis.MemberId);
    }

    [Fact]
    public void Read_Example_MapsReferralsAndGoals()
    {
        var dataset = ReadExample();

        var referral = dataset.Referrals[0];
        Assert.Equal(ReferralTarget.CrisisService, referral.Target);
        Assert.Equal(RulePriority.Stat, referral.Priority);
        Assert.Equal(ReferralStatus.Completed, referral.Status);
        Assert.Equal("crisis-disclosure", referral.RuleId);
        Assert.Equal(new DateOnly(2026, 2, 5), referral.Date);

        var goal = dataset.Goals[2];
        Assert.Equal(-1, goal.Attainment);
        Assert.Equal(3, goal.Weight);
        Assert.Equal(GoalId.Create("GL-1"), goal.GoalId);
    }

    [Fact]
    public void Read_Example_ReadsMetadata()
    {
        var metadata = ReadExample().Metadata;

        Assert.Equal(1, metadata.FormatVersion);
        Assert.Equal("Example: two synthetic peer support groups", metadata.Title);
        Assert.Equal(new DateOnly(2026, 11, 26), metadata.Created);
        Assert.StartsWith("hand-made illustration", metadata.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WithoutOptionalFiles_Succeeds()
    {
        using var temp = new TempFolder();
        var folder = ExampleDataset.CopyTo(temp.Combine("ds"));
        foreach (var optional in new[] { "facilitators.csv", "assessments.csv", "incidents.csv", "referrals.csv", "goals.csv", "programs.csv", "dataset.json" })
        {
            File.Delete(Path.Combine(folder, optional));
        }

        File.WriteAllText(Path.Combine(folder, "sessions.csv"), "session_id,group_id,date\nS1,G-NORTH,2026-01-06\n");
        File.WriteAllText(Path.Combine(folder, "groups.csv"), "group_id,name,facilitation_model\nG-NORTH,North,peer_led\nG-HARBOR,Harbor,co_facilitated\n");
        File.WriteAllText(Path.Combine(folder, "attendance.csv"), "session_id,member_id,status\nS1,N01-2824,present\n");

        var result = DatasetCsvReader.Read(folder);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(new DatasetMetadata(), result.GetValueOrThrow().Metadata);
        Assert.Equal(Acuity.Standard, result.Dataset.Groups[1].Acuity);
        Assert.Empty(result.Dataset.Facilitators);
    }

    [Fact]
    public void Read_ColumnsInAnyOrder_Succeeds()
    {
        using var temp = new TempFolder();
        var folder = ExampleDataset.CopyTo(temp.Combine("ds"));
        File.WriteAllText(
            Path.Combine(folder, "members.csv"),
            "consent_research,joined_on,group_id,member_id\ntrue,2026-01-06,G-NORTH,N01-2824\n,2026-01-06,G-NORTH,N02-5012\n");
        File.WriteAllText(Path.Combine(folder, "attendance.csv"), "status,member_id,session_id\npresent,N02-5012,G-NORTH-S01\n");
        foreach (var optional in new[] { "assessments.csv", "incidents.csv", "referrals.csv", "goals.csv" })
        {
            File.Delete(Path.Combine(folder, optional));
        }

        var result = DatasetCsvReader.Read(folder);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(new Consent(null, true), result.GetValueOrThrow().Members[0].Consent);
        Assert.Equal(AttendanceStatus.Present, Assert.Single(result.Dataset.Attendance).Status);
    }

    [Fact]
    public void Read_QuotedFields_AreUnescaped()
    {
        using var temp = new TempFolder();
        var folder = ExampleDataset.CopyTo(temp.Combine("ds"));
        ExampleDataset.ReplaceLine(folder, "groups.csv", 2, "G-NORTH,\"Tuesday \"\"north\"\" circle, with a comma\nand a line break\",peer_led,standard,in_person,12,,2026-01-06");
        ExampleDataset.ReplaceLine(folder, "groups.csv", 4, "\"G-HARBOR\",\"Harbor\",\"co_facilitated\",elevated,hybrid,10,P-WRAP,2026-01-08");

        var result = DatasetCsvReader.Read(folder);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal("Tuesday \"north\" circle, with a comma\nand a line break", result.GetValueOrThrow().Groups[0].Name);
        Assert.Equal("Harbor", result.Dataset.Groups[1].Name);
    }

    [Fact]
    public void Read_QuotedFieldSpanningLines_ReportsLaterRowsAtTheirPhysicalLine()
    {
        using var temp = new TempFolder();
        var folder = ExampleDataset.CopyTo(temp.Combine("ds"));
        ExampleDataset.ReplaceLine(folder, "groups.csv", 2, "G-NORTH,\"two\nlines\",peer_led,standard,in_person,12,,2026-01-06");
        ExampleDataset.ReplaceLine(folder, "groups.csv", 4, "G-HARBOR,Harbor,co-facilitated,elevated,hybrid,10,P-WRAP,2026-01-08");

        var result = DatasetCsvReader.Read(folder);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("groups.csv", 4, 3), (error.Source, error.Line, error.Column));
    }

    [Fact]
    public void Read_Utf8WithByteOrderMarkAndNonAsciiText_Succeeds()
    {
        using var temp = new TempFolder();
        var folder = ExampleDataset.CopyTo(temp.Combine("ds"));
        var path = Path.Combine(folder, "groups.csv");
        var text = File.ReadAllText(path).Replace("Tuesday evening peer circle", "Dienstagskreis für Angehörige – Nord", StringComparison.Ordinal);
        File.WriteAllText(path, text, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var result = DatasetCsvReader.Read(folder);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal("Dienstagskreis für Angehörige – Nord", result.GetValueOrThrow().Groups[0].Name);
    }

    [Fact]
    public void Read_CrLfLineEnds_Succeeds()
    {
        using var temp = new TempFolder();
        var folder = ExampleDataset.CopyTo(temp.Combine("ds"));
        foreach (var file in Directory.GetFiles(folder, "*.csv"))
        {
            File.WriteAllText(file, File.ReadAllText(file).Replace("\n", "\r\n", StringComparison.Ordinal));
        }

        var result = DatasetCsvReader.Read(folder);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal("Tuesday evening peer circle", result.GetValueOrThrow().Groups[0].Name);
        Assert.Equal(116, result.Dataset.Attendance.Length);
    }

    [Fact]
    public void Read_CustomInstrumentFromOptions_IsScored()
    {
        using var temp = new TempFolder();
        var folder = ExampleDataset.CopyTo(temp.Combine("ds"));
        ExampleDataset.AppendLine(folder, "assessments.csv", "N01-2824,MY-3,2026-01-06,1,2,0,,,,,,,");
        var custom = new InstrumentDefinitionBuilder { Id = InstrumentId.Create("MY-3"), Name = "My three items", ItemCount = 3, ItemMin = 0, ItemMax = 2, MinimumAnswered = 3 }.Build();

        var withoutCustom = DatasetCsvReader.Read(folder);
        var withCustom = DatasetCsvReader.Read(folder, new DatasetCsvOptions { Instruments = InstrumentRegistry.BuiltIn.Add(custom) });

        var error = Assert.Single(withoutCustom.Errors);
        Assert.Equal("unknown-instrument", error.Code);
        Assert.Equal(("assessments.csv", 78, 2), (error.Source, error.Line, error.Column));
        Assert.True(withCustom.Succeeded, string.Join("\n", withCustom.Errors));
        Assert.Equal(3, withCustom.GetValueOrThrow().Assessments[^1].Score.Total);
    }
}
