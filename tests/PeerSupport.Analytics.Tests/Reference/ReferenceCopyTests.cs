namespace PeerSupport.Analytics.Tests.Reference;

/// <summary>The copied reference data must be byte-identical to the shared originals when those are present.</summary>
public sealed class ReferenceCopyTests
{
    [Fact]
    public void Copy_WhenSharedReferencePresent_IsIdentical()
    {
        var shared = FindSharedReference();
        if (shared is null)
        {
            // A clone of the project alone has no ../shared: the copy is then the only source of truth.
            return;
        }

        var originals = Directory.GetFiles(shared).Where(f => f.EndsWith(".csv", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(originals);
        foreach (var original in originals)
        {
            var copy = Path.Combine(ReferenceCase.DataDirectory, Path.GetFileName(original));
            Assert.True(File.Exists(copy), $"reference file {Path.GetFileName(original)} was not copied into the tests");
            Assert.True(File.ReadAllBytes(original).AsSpan().SequenceEqual(File.ReadAllBytes(copy)), $"reference file {Path.GetFileName(original)} differs from ../shared/reference");
        }

        Assert.Equal(originals.Count, Directory.GetFiles(ReferenceCase.DataDirectory).Length);
    }

    private static string? FindSharedReference()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PeerSupport.Core.sln")))
            {
                var candidate = Path.Combine(dir.Parent?.FullName ?? dir.FullName, "shared", "reference");
                return Directory.Exists(candidate) ? candidate : null;
            }
        }

        return null;
    }
}
