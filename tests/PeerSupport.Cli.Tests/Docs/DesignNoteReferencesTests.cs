namespace PeerSupport.Cli.Tests.Docs;

/// <summary>
/// Help text, output, XML documentation and docs point only to files a user has: the project's design notes are
/// not in the repository, so no source, doc, sample or test data may name them.
/// </summary>
public sealed class DesignNoteReferencesTests
{
    private static readonly string[] s_notes = ["RULES", "DATASET", "DOMAIN", "ARCHITECTURE", "STYLE"];

    [Fact]
    public void Repository_NamesNoDesignNoteOutsideIt()
    {
        var names = s_notes.Select(n => n + ".md").ToArray();
        string[] roots = ["src", "docs", "samples", "tests", "benchmarks"];
        var files = roots.Select(RepositoryFiles.PathOf).Where(Directory.Exists)
            .SelectMany(r => Directory.EnumerateFiles(r, "*", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && Path.GetExtension(f) is ".cs" or ".md" or ".json" or ".csv" or ".txt" or ".csproj" or ".props")
            .Concat([RepositoryFiles.PathOf("README.md"), RepositoryFiles.PathOf("CHANGELOG.md")])
            .ToArray();
        Assert.True(files.Length > 100, $"only {files.Length} files scanned");

        var hits = (from file in files
                    let text = File.ReadAllText(file)
                    from name in names
                    where text.Contains(name, StringComparison.Ordinal)
                    select $"{Path.GetRelativePath(RepositoryFiles.Root, file)} names {name}").ToArray();
        Assert.True(hits.Length == 0, string.Join('\n', hits));
    }
}
