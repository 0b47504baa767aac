namespace PeerSupport.Analytics.Privacy;

/// <summary>
/// Primary and secondary (complementary) cell suppression over additive relations <c>total = Σ parts</c> between
/// count cells, as in the small-number rules of official statistics: a cell below k is hidden (primary); then, until
/// nothing changes, every relation that would let a hidden cell be worked out gets one more hidden cell (secondary).
/// A relation is safe when it has no hidden cell, or at least two hidden cells and, when its total is shown, the hidden
/// parts add up to more than 0 (hidden zeros that add up to a shown difference of 0 would all be known to be 0).
/// Secondary cells are chosen among the relation's shown parts, the smallest positive count first (the least
/// information lost), then the total. Not thread-safe; one instance per report.
/// </summary>
internal sealed class ComplementarySuppression
{
    private readonly int _k;
    private readonly Dictionary<string, Node> _cells = new(StringComparer.Ordinal);
    private readonly List<(string Total, string[] Parts)> _relations = [];

    /// <summary>Initializes a new instance.</summary>
    /// <param name="minimumCellSize">k.</param>
    public ComplementarySuppression(int minimumCellSize) => _k = minimumCellSize;

    /// <summary>Gets the relations registered.</summary>
    public IReadOnlyList<(string Total, string[] Parts)> Relations => _relations;

    /// <summary>Adds a count cell; it is hidden at once when it is below k or when <paramref name="hidden"/> is set.</summary>
    /// <param name="key">A unique key.</param>
    /// <param name="count">The count.</param>
    /// <param name="hidden">Whether the cell is hidden for another reason (for example an already suppressed cell).</param>
    public void Add(string key, int count, bool hidden = false)
        => _cells[key] = new Node(count, hidden || count < _k);

    /// <summary>Adds the relation total = Σ parts (parts that were not added are ignored).</summary>
    /// <param name="total">The total's key.</param>
    /// <param name="parts">The parts' keys.</param>
    public void Relate(string total, IEnumerable<string> parts)
    {
        var present = parts.Where(_cells.ContainsKey).ToArray();
        if (_cells.ContainsKey(total) && present.Length > 0)
        {
            _relations.Add((total, present));
        }
    }

    /// <summary>Gets whether a cell is hidden.</summary>
    /// <param name="key">The key.</param>
    /// <returns><see langword="true"/> when hidden (or unknown).</returns>
    public bool IsHidden(string key) => !_cells.TryGetValue(key, out var node) || node.Hidden;

    /// <summary>Gets the number of cells hidden by secondary suppression.</summary>
    public int SecondaryCount { get; private set; }

    /// <summary>Runs secondary suppression until every relation is safe.</summary>
    public void Solve()
    {
        bool changed;
        do
        {
            changed = false;
            foreach (var (total, parts) in _relations)
            {
                while (!IsSafe(total, parts))
                {
                    var next = parts.Where(p => !_cells[p].Hidden)
                        .OrderBy(p => _cells[p].Count > 0 ? 0 : 1)
                        .ThenBy(p => _cells[p].Count)
                        .ThenBy(p => p, StringComparer.Ordinal)
                        .Select(p => (string?)p)
                        .FirstOrDefault(p => _cells[p!].Count > 0 || HiddenSum(parts) > 0 || _cells[total].Hidden);
                    next ??= _cells[total].Hidden ? parts.FirstOrDefault(p => !_cells[p].Hidden) : total;
                    if (next is null)
                    {
                        break;
                    }

                    _cells[next] = _cells[next] with { Hidden = true };
                    SecondaryCount++;
                    changed = true;
                }
            }
        }
        while (changed);

        // Local safety is not enough when relations overlap (pooled = Σ groups, model = Σ its groups): a hidden cell
        // can be fixed by a combination of relations. Hide more until no hidden cell is fixed by the whole system.
        while (FirstDetermined() is { } fixedCell)
        {
            // Candidates: shown cells of the relations the exposed cell is in; failing that, of the relations of the
            // hidden cells next to it; failing that, any shown cell in a relation. Each round hides one more cell.
            var near = new HashSet<string>(StringComparer.Ordinal) { fixedCell };
            List<string> candidates = [];
            for (var ring = 0; ring < 3 && candidates.Count == 0; ring++)
            {
                var relations = ring < 2
                    ? _relations.Where(r => near.Contains(r.Total) || r.Parts.Any(near.Contains)).ToList()
                    : _relations.ToList();
                candidates = relations.SelectMany(r => r.Parts.Append(r.Total))
                    .Where(c => !_cells[c].Hidden)
                    .Distinct(StringComparer.Ordinal)
                    .OrderBy(c => _cells[c].Count > 0 ? 0 : 1)
                    .ThenBy(c => _cells[c].Count)
                    .ThenBy(c => c, StringComparer.Ordinal)
                    .ToList();
                near.UnionWith(relations.SelectMany(r => r.Parts.Append(r.Total)).Where(c => _cells[c].Hidden));
            }

            if (candidates.Count == 0)
            {
                break;
            }

            var chosen = candidates.FirstOrDefault(c => !WouldStayDetermined(fixedCell, c)) ?? candidates[0];
            _cells[chosen] = _cells[chosen] with { Hidden = true };
            SecondaryCount++;
        }
    }

    private bool WouldStayDetermined(string fixedCell, string extra)
    {
        var node = _cells[extra];
        _cells[extra] = node with { Hidden = true };
        var stays = Exposed().Contains(fixedCell);
        _cells[extra] = node;
        return stays;
    }

    private string? FirstDetermined() => Exposed().Order(StringComparer.Ordinal).FirstOrDefault();

    private HashSet<string> Exposed()
    {
        var result = Determined();
        result.UnionWith(Pinned());
        return result;
    }

    // Bounds propagation: every count is ≥ 0, so in total = Σ parts each hidden cell lies between what the others'
    // bounds allow; a hidden cell whose range shrinks to one value is exposed (for example hidden parts that must be 0).
    private IEnumerable<string> Pinned()
    {
        var lo = new Dictionary<string, double>(StringComparer.Ordinal);
        var hi = new Dictionary<string, double>(StringComparer.Ordinal);
        var system = new List<(List<(string Cell, double A)> Terms, double B)>();
        foreach (var (total, parts) in _relations)
        {
            var terms = new List<(string, double)>();
            var b = 0.0;
            foreach (var (cell, a) in parts.Select(p => (p, -1.0)).Append((total, 1.0)))
            {
                if (_cells[cell].Hidden)
                {
                    terms.Add((cell, a));
                    lo[cell] = 0;
                    hi[cell] = double.PositiveInfinity;
                }
                else
                {
                    b -= a * _cells[cell].Count;
                }
            }

            if (terms.Count > 0)
            {
                system.Add((terms, b));
            }
        }

        for (var pass = 0; pass < 100; pass++)
        {
            var changed = false;
            foreach (var (terms, b) in system)
            {
                // The others' bounds are the relation's sums less the term's own share: linear in the relation's size
                // (a pooled total over thousands of groups), not quadratic.
                var sumLo = default(BoundSum);
                var sumHi = default(BoundSum);
                foreach (var (u, c) in terms)
                {
                    sumLo.Add(c > 0 ? c * lo[u] : c * hi[u]);
                    sumHi.Add(c > 0 ? c * hi[u] : c * lo[u]);
                }

                foreach (var (v, a) in terms)
                {
                    var ownLo = a > 0 ? a * lo[v] : a * hi[v];
                    var ownHi = a > 0 ? a * hi[v] : a * lo[v];
                    var restLo = sumLo.Without(ownLo);
                    var restHi = sumHi.Without(ownHi);

                    var l = a > 0 ? (b - restHi) / a : (b - restLo) / a;
                    var h = a > 0 ? (b - restLo) / a : (b - restHi) / a;
                    if (!double.IsNaN(l) && l > lo[v] + 1e-9)
                    {
                        lo[v] = l;
                        changed = true;
                    }

                    if (!double.IsNaN(h) && h < hi[v] - 1e-9)
                    {
                        hi[v] = h;
                        changed = true;
                    }

                    sumLo.Replace(ownLo, a > 0 ? a * lo[v] : a * hi[v]);
                    sumHi.Replace(ownHi, a > 0 ? a * hi[v] : a * lo[v]);
                }
            }

            if (!changed)
            {
                break;
            }
        }

        return lo.Keys.Where(v => hi[v] - lo[v] < 0.5);
    }

    // Reduced row echelon form of the relations over the hidden cells: a hidden cell is fixed by the published cells
    // exactly when the unit vector of its column lies in the row space, that is (in reduced form, whatever the pivot
    // order) when it is a pivot whose row has no other entry. Rows are sparse and the form is built one relation at a
    // time, so a report with thousands of groups needs memory in proportion to its relations, not relations x cells.
    private HashSet<string> Determined()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var columns = new List<string>();
        var pivotRows = new Dictionary<int, Dictionary<int, double>>();
        var holders = new Dictionary<int, HashSet<int>>(); // non-pivot column -> pivot columns whose rows contain it
        foreach (var (total, parts) in _relations)
        {
            var row = new Dictionary<int, double>();
            AddHidden(row, total, 1);
            foreach (var part in parts)
            {
                AddHidden(row, part, -1);
            }

            // Existing pivot rows hold no other pivot column, so one pass over the pivots present removes them all.
            foreach (var column in row.Keys.Where(pivotRows.ContainsKey).ToList())
            {
                if (row.TryGetValue(column, out var factor))
                {
                    foreach (var (j, value) in pivotRows[column])
                    {
                        Accumulate(row, j, -factor * value);
                    }
                }
            }

            if (row.Count == 0)
            {
                continue;
            }

            var pivot = row.Keys.Min();
            var scale = row[pivot];
            foreach (var j in row.Keys.ToList())
            {
                row[j] /= scale;
            }

            if (holders.Remove(pivot, out var containing))
            {
                foreach (var other in containing)
                {
                    var otherRow = pivotRows[other];
                    var factor = otherRow[pivot];
                    foreach (var (j, value) in row)
                    {
                        Accumulate(otherRow, j, -factor * value);
                        if (j != pivot)
                        {
                            Track(j, other, otherRow.ContainsKey(j));
                        }
                    }
                }
            }

            pivotRows[pivot] = row;
            foreach (var j in row.Keys)
            {
                if (j != pivot)
                {
                    Track(j, pivot, true);
                }
            }
        }

        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (column, row) in pivotRows)
        {
            if (row.Count == 1)
            {
                result.Add(columns[column]);
            }
        }

        return result;

        void AddHidden(Dictionary<int, double> row, string cell, double a)
        {
            if (!_cells[cell].Hidden)
            {
                return;
            }

            if (!index.TryGetValue(cell, out var column))
            {
                column = columns.Count;
                index.Add(cell, column);
                columns.Add(cell);
            }

            Accumulate(row, column, a);
        }

        void Track(int column, int pivotColumn, bool present)
        {
            if (present)
            {
                if (!holders.TryGetValue(column, out var set))
                {
                    holders[column] = set = [];
                }

                set.Add(pivotColumn);
            }
            else if (holders.TryGetValue(column, out var set))
            {
                set.Remove(pivotColumn);
            }
        }
    }

    private static void Accumulate(Dictionary<int, double> row, int column, double value)
    {
        var sum = (row.TryGetValue(column, out var current) ? current : 0) + value;
        if (Math.Abs(sum) > 1e-9)
        {
            row[column] = sum;
        }
        else
        {
            row.Remove(column);
        }
    }

    // A sum of bounds that may be infinite, with the infinite terms counted, so one term can be taken out again.
    private struct BoundSum
    {
        private double _finite;
        private int _negative;
        private int _positive;

        public void Add(double x)
        {
            if (double.IsNegativeInfinity(x))
            {
                _negative++;
            }
            else if (double.IsPositiveInfinity(x))
            {
                _positive++;
            }
            else
            {
                _finite += x;
            }
        }

        public void Replace(double old, double x)
        {
            Remove(old);
            Add(x);
        }

        public readonly double Without(double x)
        {
            var copy = this;
            copy.Remove(x);
            return copy._negative > 0 && copy._positive > 0 ? double.NaN
                : copy._negative > 0 ? double.NegativeInfinity
                : copy._positive > 0 ? double.PositiveInfinity
                : copy._finite;
        }

        private void Remove(double x)
        {
            if (double.IsNegativeInfinity(x))
            {
                _negative--;
            }
            else if (double.IsPositiveInfinity(x))
            {
                _positive--;
            }
            else
            {
                _finite -= x;
            }
        }
    }

    private bool IsSafe(string total, string[] parts)
    {
        var hidden = (_cells[total].Hidden ? 1 : 0) + parts.Count(p => _cells[p].Hidden);
        if (hidden == 0)
        {
            return true;
        }

        if (hidden == 1)
        {
            return false;
        }

        return _cells[total].Hidden || HiddenSum(parts) > 0;
    }

    private int HiddenSum(string[] parts) => parts.Where(p => _cells[p].Hidden).Sum(p => _cells[p].Count);

    private readonly record struct Node(int Count, bool Hidden);
}
