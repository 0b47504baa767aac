namespace PeerSupport.Cli.Tests.Docs;

/// <summary>Finds the repository the tests were built from, so documentation is read where users read it.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PeerSupport.Core.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("PeerSupport.Core.sln not found above the test output folder.");
    }
}
