using PeerSupport.Domain;

namespace PeerSupport.Data.Internal;

/// <summary>
/// The ids of one kind already read, looked up by the characters of a cell. Child rows (attendance
/// names a session and a member on every row) then reuse the parent's id instead of allocating and
/// validating a copy of the same text, which saves time and keeps one string per id in memory.
/// </summary>
internal sealed class IdPool<T>
    where T : struct, IIdentifier<T>
{
    private readonly Dictionary<string, T> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public IdPool() => _bySpan = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    public void Add(T id) => _ids.TryAdd(id.Value, id);

    public bool TryGet(ReadOnlySpan<char> text, out T id) => _bySpan.TryGetValue(text, out id);
}
