namespace PeerSupport.Analytics.Tests.Reference;

/// <summary>
/// Tolerances of the part-B reference tests: the reference README's suggestions, tighter than the project-wide
/// <see cref="ReferenceCase.ClosedForm"/> (1e-9) and <see cref="ReferenceCase.Iterative"/> (1e-6) because the measured
/// errors are far smaller (see docs/statistics-b.md); a regression therefore shows up early.
/// </summary>
internal static class PartBTolerances
{
    /// <summary>Closed-form arithmetic (relative; absolute 1e-14 near 0).</summary>
    public const double ClosedForm = 1e-12;

    /// <summary>Anything through a distribution function or its inverse.</summary>
    public const double Distribution = 1e-10;

    /// <summary>Roots solved to machine precision (Fisher conditional MLE and exact limits).</summary>
    public const double Root = 1e-9;
}
