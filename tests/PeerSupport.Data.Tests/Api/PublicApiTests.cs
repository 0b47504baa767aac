using PublicApiGenerator;

namespace PeerSupport.Data.Tests.Api;

/// <summary>
/// The public API of PeerSupport.Data is approved in <c>src/PeerSupport.Data/PublicAPI.approved.txt</c>:
/// any change to it shows up as a diff. To accept a change, run the tests with
/// <c>PEERSUPPORT_ACCEPT_API=1</c> and commit the updated file.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_MatchesApprovedFile()
    {
        var assembly = typeof(PeerSupport.Data.DatasetCsvReader).Assembly;
        var actual = Normalize(assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }));
        var root = FindRepositoryRoot();
        var approvedPath = Path.Combine(root, "src", "PeerSupport.Data", "PublicAPI.approved.txt");
        if (Environment.GetEnvironmentVariable("PEERSUPPORT_ACCEPT_API") == "1")
        {
            File.WriteAllText(approvedPath, actual);
        }

        var approved = File.Exists(approvedPath) ? Normalize(File.ReadAllText(approvedPath)) : string.Empty;
        if (approved != actual)
        {
            var receivedPath = Path.ChangeExtension(approvedPath, ".received.txt");
            File.WriteAllText(receivedPath, actual);
            Assert.Fail($"The public API changed. Compare {receivedPath} with {approvedPath}; if the change is intended, rerun with PEERSUPPORT_ACCEPT_API=1 and commit the approved file.");
        }
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";

    private static string FindRepositoryRoot()
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
