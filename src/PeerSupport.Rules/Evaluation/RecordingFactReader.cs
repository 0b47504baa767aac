namespace PeerSupport.Rules.Evaluation;

/// <summary>Wraps a reader and records every distinct fact read, in first-read order.</summary>
internal sealed class RecordingFactReader(IFactReader inner) : IFactReader
{
    private readonly Dictionary<string, FactValue> _seen = new(StringComparer.Ordinal);
    private readonly List<KeyValuePair<string, FactValue>> _entries = [];

    public FactValue Read(in FactRequest request)
    {
        if (_seen.TryGetValue(request.Key, out var known))
        {
            return known;
        }

        var value = inner.Read(in request);
        _seen.Add(request.Key, value);
        _entries.Add(new KeyValuePair<string, FactValue>(request.Key, value));
        return value;
    }

    public FactSet ToFactSet() => FactSet.Create(_entries);
}
