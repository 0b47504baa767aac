using System.Globalization;
using System.Text;
using PeerSupport.Datasets;
using PeerSupport.Serialization;

namespace PeerSupport.Data.Tests;

/// <summary>
/// A canonical text of everything a read produces: every problem (severity, code, location, field, message) in
/// order, and the dataset's records, scores and per-member and per-group indexes, so that two reads can be
/// compared exactly.
/// </summary>
internal static class DatasetDump
{
    public static string Of(DatasetBuildResult result)
    {
        var text = new StringBuilder();
        foreach (var p in result.Problems)
        {
            Line(text, $"problem {p.Severity} {p.Code} {p.Source}:{p.Line}:{p.Column} [{p.Field}] {p.Message}");
        }

        if (result.Dataset is not { } dataset)
        {
            Line(text, "no dataset");
            return text.ToString();
        }

        text.Append(DatasetJson.Serialize(dataset).ReplaceLineEndings("\n")).Append('\n');
        foreach (var w in dataset.Warnings)
        {
            Line(text, $"dataset warning {w.Code} {w.Source}:{w.Line}:{w.Column} [{w.Field}] {w.Message}");
        }

        Line(text, $"last session {dataset.LastSessionDate:yyyy-MM-dd}");
        foreach (var a in dataset.Assessments)
        {
            Line(text, $"scored #{a.Sequence} {a.Assessment.MemberId} {a.Instrument} {a.Date:yyyy-MM-dd} {Score(a)}");
        }

        foreach (var h in dataset.MemberHistories)
        {
            Line(text, $"member {h.Member.Id} group {h.Group.Id} programme {h.Programme?.Id}");
            Line(text, "  attendance " + string.Join(' ', h.Attendance.Select(e => $"{e.Session.Id}:{(e.Record is null ? "implicit" : e.Status.ToString())}")));
            Line(text, "  assessments " + string.Join(' ', h.Assessments.Select(a => a.Sequence)));
            foreach (var instrument in h.Assessments.Select(a => a.Instrument).Distinct().Order())
            {
                Line(text, $"  {instrument} " + string.Join(' ', h.AssessmentsOf(instrument).Select(a => a.Sequence)));
            }

            Line(text, "  incidents " + string.Join(' ', h.Incidents.Select(i => i.Incident.Id)));
            Line(text, "  referrals " + string.Join(' ', h.Referrals.Select(r => r.Id)));
            Line(text, "  goals " + string.Join(' ', h.Goals.Select(g => $"{g.GoalId}@{g.Date:yyyy-MM-dd}")));
        }

        foreach (var g in dataset.GroupHistories)
        {
            Line(text, $"group {g.Group.Id} programme {g.Programme?.Id}");
            Line(text, "  sessions " + string.Join(' ', g.Sessions.Select(s => s.Id)));
            Line(text, "  members " + string.Join(' ', g.Members.Select(m => m.Id)));
            Line(text, "  incidents " + string.Join(' ', g.Incidents.Select(i => i.Incident.Id)));
            Line(text, "  facilitators " + string.Join(' ', g.Facilitators.Select(f => f.Id)));
            foreach (var s in g.Sessions)
            {
                Line(text, $"  at {s.Id} " + string.Join(' ', g.AttendanceAt(s.Id).Select(r => $"{r.MemberId}:{r.Status}")));
            }
        }

        return text.ToString();
    }

    private static string Score(ScoredAssessment a)
    {
        var s = a.Score;
        var items = string.Join(',', s.Items.Select(i => i?.ToString(CultureInfo.InvariantCulture) ?? "-"));
        var subscales = string.Join(',', s.Subscales.Select(x => $"{x.Subscale.Name}={x.Value?.ToString("R", CultureInfo.InvariantCulture) ?? "?"}/{x.AnsweredCount}/{x.UnknownReason}"));
        var flags = string.Join(',', s.Flags.Select(f => f.ToString()));
        var cutoffs = string.Join(',', s.Cutoffs.Select(c => c.ToString()));
        return FormattableString.Invariant(
            $"items [{items}] answered {s.AnsweredCount} totalOnly {s.IsTotalOnly} total {s.Total} prorated {s.IsProrated} unknown '{s.UnknownReason}' band {s.Band?.Label} transformed {s.TransformedTotal} subscales [{subscales}] flags [{flags}] cutoffs [{cutoffs}]");
    }

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
