using PeerSupport.Rules.Language;

namespace PeerSupport.Rules.Evaluation;

/// <summary>Assigns one slot per distinct fact key across a rule set.</summary>
internal sealed class SlotTable
{
    private readonly Dictionary<string, FactRequest> _byKey = new(StringComparer.Ordinal);

    public List<FactRequest> Requests { get; } = [];

    public FactRequest GetOrAdd(FactDefinition definition, int? windowDays, string? argument, string key)
    {
        if (_byKey.TryGetValue(key, out var existing))
        {
            return existing;
        }

        var request = new FactRequest(definition, windowDays, argument, key, Requests.Count);
        _byKey.Add(key, request);
        Requests.Add(request);
        return request;
    }
}
