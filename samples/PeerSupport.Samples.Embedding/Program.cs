// Embedding the rules engine in a host with its own data: a waiting-list service declares its facts, loads rules
// written against them, fills each client's facts once and decides. Only PeerSupport.Rules is referenced; all data
// here are synthetic.
using PeerSupport.Rules;
using PeerSupport.Rules.Evaluation;
using PeerSupport.Rules.Language;
using PeerSupport.Rules.Serialization;

// 1. The host's vocabulary: each fact declared once, with its type, range and subjects.
var schema = FactSchema.Create(
    [
        FactDefinition.Number("wellbeing.score", FactSubjects.Member, "Latest wellbeing score.", 0, 25, unit: "points"),
        FactDefinition.Number("waitlist.days", FactSubjects.Member, "Time on the waiting list.", 0, unit: "days"),
        FactDefinition.Boolean("triage.flagged", FactSubjects.Member, "Flagged at triage for urgent contact."),
        FactDefinition.Counter("calls.missed", FactSubjects.Member, "Scheduled calls missed, in the window.", "calls"),
    ],
    targets: ["duty_clinician", "care_coordinator"],
    instruments: []);

// 2. Rules as a reviewed text file; unknown names and impossible comparisons are load errors with a JSON pointer.
const string rules = """
    {
      "id": "waitlist", "version": "1.0.0",
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
var load = RuleSetJson.Load(rules, new RuleSetCompileOptions { Schema = schema });
if (!load.Succeeded)
{
    foreach (var error in load.Problems)
    {
        Console.Error.WriteLine(error);
    }

    return 2;
}

var ruleSet = load.RuleSet;
var asOf = new DateOnly(2026, 3, 2);
Client[] clients =
[
    new("c-01", WellbeingScore: 6, DaysWaiting: 50, Flagged: false, MissedCalls: [asOf.AddDays(-3), asOf.AddDays(-10)]),
    new("c-02", WellbeingScore: 18, DaysWaiting: 12, Flagged: false, MissedCalls: []),
    new("c-03", WellbeingScore: null, DaysWaiting: 60, Flagged: true, MissedCalls: []),
];

// 3. One set of slots, filled once per client: each fact is read and checked once, and the rules read slots by index.
var slots = ruleSet.CreateSlots();
foreach (var client in clients)
{
    slots.Fill(new ClientFacts(client, asOf), RuleSubject.Member);
    if (!ruleSet.HasFindings(slots, RuleSubject.Member))
    {
        Console.WriteLine($"{client.Id}: nothing to do");
        continue;
    }

    var decision = ruleSet.Decide(DecisionSubject.Member(client.Id, "waitlist"), asOf, slots);
    foreach (var recommendation in decision.Recommendations)
    {
        Console.WriteLine($"{client.Id}: {recommendation.Action} → {recommendation.Target} ({recommendation.Priority}): {string.Join("; ", recommendation.Reasons)}");
    }

    foreach (var unknown in decision.Unknowns)
    {
        Console.WriteLine($"{client.Id}: could not decide '{unknown.RuleId}', missing {string.Join(", ", unknown.Missing)}");
    }
}

return 0;

/// <summary>One client's record as the host stores it.</summary>
internal sealed record Client(string Id, int? WellbeingScore, int DaysWaiting, bool Flagged, IReadOnlyList<DateOnly> MissedCalls);

/// <summary>Reads the host's facts for one client as of a date; a blank score is missing, not zero.</summary>
internal sealed class ClientFacts(Client client, DateOnly asOf) : IFactReader
{
    public FactValue Read(in FactRequest request) => request.Name switch
    {
        "wellbeing.score" => client.WellbeingScore is int score ? FactValue.FromNumber(score) : FactValue.Missing,
        "waitlist.days" => FactValue.FromNumber(client.DaysWaiting),
        "triage.flagged" => FactValue.FromBoolean(client.Flagged),
        "calls.missed" => FactValue.FromNumber(CountWithin(request.WindowDays ?? 0)),
        _ => throw new RuleEvaluationException($"no reader for fact '{request.Key}'"),
    };

    private int CountWithin(int days) => client.MissedCalls.Count(d => d <= asOf && asOf.DayNumber - d.DayNumber <= days);
}
