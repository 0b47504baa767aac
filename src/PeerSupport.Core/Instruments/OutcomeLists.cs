namespace PeerSupport.Instruments;

/// <summary>
/// The read-only lists of an instrument's flag or cutoff results, shared between scores: each result has one of
/// three states, so an instrument with a few flags (or cutoffs) has a few lists of results, built once each, and
/// scoring a large dataset allocates no result objects or lists per assessment. Instruments with more than
/// <see cref="MaxShared"/> entries get a new list per score. Thread-safe: a list built twice by racing threads is
/// built the same both times.
/// </summary>
/// <typeparam name="TResult">The result type.</typeparam>
internal sealed class OutcomeLists<TResult>
    where TResult : class
{
    /// <summary>The most entries for which every combination of states is kept (3^5 = 243 lists at most).</summary>
    private const int MaxShared = 5;

    private readonly int _count;
    private readonly Func<int, int, TResult> _create;
    private readonly IReadOnlyList<TResult>?[]? _lists;

    /// <param name="count">The number of entries (flags or cutoffs).</param>
    /// <param name="create">Creates the result of entry <c>i</c> in state <c>s</c> (0, 1 or 2).</param>
    public OutcomeLists(int count, Func<int, int, TResult> create)
    {
        _count = count;
        _create = create;
        if (count <= MaxShared)
        {
            var combinations = 1;
            for (var i = 0; i < count; i++)
            {
                combinations *= 3;
            }

            _lists = new IReadOnlyList<TResult>?[combinations];
        }
    }

    /// <summary>Gets the list of results for the given states, one per entry, each 0, 1 or 2.</summary>
    public IReadOnlyList<TResult> Get(ReadOnlySpan<byte> states)
    {
        if (_count == 0)
        {
            return Array.Empty<TResult>();
        }

        if (_lists is null)
        {
            return Build(states);
        }

        var key = 0;
        for (var i = states.Length - 1; i >= 0; i--)
        {
            key = (key * 3) + states[i];
        }

        return _lists[key] ??= Build(states);
    }

    private System.Collections.ObjectModel.ReadOnlyCollection<TResult> Build(ReadOnlySpan<byte> states)
    {
        var results = new TResult[_count];
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = _create(i, states[i]);
        }

        return results.AsReadOnly();
    }
}
