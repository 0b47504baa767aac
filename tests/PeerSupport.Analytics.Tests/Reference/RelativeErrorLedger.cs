using System.Globalization;
using Xunit.Abstractions;

namespace PeerSupport.Analytics.Tests.Reference;

/// <summary>
/// Wraps a <see cref="ReferenceCase"/> for the part-B reference tests: every comparison goes through
/// <see cref="ReferenceCase.Check(string, double?, double)"/> and the largest relative error is written to the test
/// output, so the documented "max relative error measured" figures can be regenerated.
/// </summary>
internal sealed class RelativeErrorLedger
{
    private readonly ITestOutputHelper _output;
    private double _maxRelative;
    private string _maxPointer = "(none)";
    private double _maxLoose;
    private string _maxLoosePointer = "(none)";

    public RelativeErrorLedger(ReferenceCase reference, ITestOutputHelper output)
    {
        Reference = reference;
        _output = output;
    }

    public ReferenceCase Reference { get; }

    public void Check(string pointer, double? actual, double tolerance)
    {
        Reference.Check(pointer, actual, tolerance);
        Record(pointer, actual, tolerance);
    }

    public void Check(string pointer, Statistic actual, double tolerance) => Check(pointer, actual.ToNullable(), tolerance);

    public void CheckArray(string pointer, IReadOnlyList<double> actual, double tolerance)
    {
        Assert.Equal(Reference.At(pointer).GetArrayLength(), actual.Count);
        for (var i = 0; i < actual.Count; i++)
        {
            Check($"{pointer}/{i}", actual[i], tolerance);
        }
    }

    public void CheckInterval(string pointer, ConfidenceInterval actual, double tolerance)
    {
        Assert.Equal(2, Reference.At(pointer).GetArrayLength());
        Check(pointer + "/0", actual.Lower, tolerance);
        Check(pointer + "/1", actual.Upper, tolerance);
    }

    /// <summary>Asserts every expected number was compared and reports the largest relative error.</summary>
    public void Finish()
    {
        Reference.AssertEveryNumberChecked();
        _output.WriteLine($"{Reference.Name}: max relative error {_maxRelative.ToString("E2", CultureInfo.InvariantCulture)} at {_maxPointer}");
        if (_maxLoose > 0)
        {
            _output.WriteLine($"{Reference.Name}: max relative error against loosely computed R values {_maxLoose.ToString("E2", CultureInfo.InvariantCulture)} at {_maxLoosePointer}");
        }
    }

    private void Record(string pointer, double? actual, double tolerance)
    {
        var expected = Reference.Number(pointer);
        if (expected is null || actual is null || !double.IsFinite(expected.Value))
        {
            return;
        }

        var difference = Math.Abs(expected.Value - actual.Value);
        var relative = expected.Value == 0 ? difference : difference / Math.Abs(expected.Value);
        if (relative > 0)
        {
            _output.WriteLine($"  {pointer}: relative error {relative.ToString("E2", CultureInfo.InvariantCulture)}");
        }

        if (tolerance > ReferenceCase.Iterative)
        {
            // Compared at a documented loose tolerance (R's uniroot answers, values that are mathematically 0).
            if (relative > _maxLoose)
            {
                _maxLoose = relative;
                _maxLoosePointer = pointer;
            }
        }
        else if (relative > _maxRelative)
        {
            _maxRelative = relative;
            _maxPointer = pointer;
        }
    }
}
