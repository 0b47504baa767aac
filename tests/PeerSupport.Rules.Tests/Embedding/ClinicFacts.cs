using PeerSupport.Rules.Evaluation;
using PeerSupport.Rules.Language;

namespace PeerSupport.Rules.Tests.Embedding;

/// <summary>
/// A host with its own vocabulary and no PeerSupport domain: a waiting-list service that tracks a wellbeing score,
/// days waited, a triage flag and missed calls. Each fact is declared once, with the function that reads it.
/// </summary>
internal static class ClinicFacts
{
    public static FactSchema Schema { get; } = FactSchema.Create(
        [
            FactDefinition.Number("wellbeing.score", FactSubjects.Member, "Latest wellbeing score.", 0, 25, unit: "points"),
            FactDefinition.Number("waitlist.days", FactSubjects.Member, "Time on the waiting list.", 0, unit: "days"),
            FactDefinition.Boolean("triage.flagged", FactSubjects.Member, "Flagged at triage for urgent contact."),
            FactDefinition.Counter("calls.missed", FactSubjects.Member, "Scheduled calls the client missed, in the window.", "calls"),
        ],
        targets: ["duty_clinician", "care_coordinator"],
        instruments: []);

    public const string Rules = """
        {
          "id": "clinic", "version": "1.0.0",
          "rules": [
            { "id": "triage-flag", "title": "Flagged at triage", "subject": "member", "when": "triage.flagged",
              "then": { "action": "refer", "target": "duty_clinician", "priority": "stat" }, "protected": true },
            { "id": "low-wellbeing-long-wait", "title": "Low wellbeing after a long wait", "subject": "member",
              "when": "wellbeing.score < 9 and waitlist.days >= 42",
              "then": { "action": "refer", "target": "duty_clinician", "priority": "urgent" } },
            { "id": "missed-calls", "title": "Missed two calls in two weeks", "subject": "member",
              "when": "count(calls.missed, 14d) >= 2",
              "then": { "action": "outreach", "target": "care_coordinator", "priority": "routine" } }
          ]
        }
        """;
}

/// <summary>One client's record as the host stores it.</summary>
internal sealed record Client(int? WellbeingScore, int DaysWaiting, bool Flagged, IReadOnlyList<DateOnly> MissedCalls);

/// <summary>Reads the clinic's facts for one client as of a date.</summary>
internal sealed class ClientFactReader(Client client, DateOnly asOf) : IFactReader
{
    public FactValue Read(in FactRequest request) => request.Name switch
    {
        "wellbeing.score" => client.WellbeingScore is int score ? FactValue.FromNumber(score) : FactValue.Missing,
        "waitlist.days" => FactValue.FromNumber(client.DaysWaiting),
        "triage.flagged" => FactValue.FromBoolean(client.Flagged),
        "calls.missed" => FactValue.FromNumber(CountWithin(request.WindowDays ?? 0)),
        _ => throw new RuleEvaluationException($"the clinic has no reader for fact '{request.Key}'"),
    };

    private int CountWithin(int days)
    {
        var count = 0;
        foreach (var date in client.MissedCalls)
        {
            var age = asOf.DayNumber - date.DayNumber;
            if (age >= 0 && age <= days)
            {
                count++;
            }
        }

        return count;
    }
}
