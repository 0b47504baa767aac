using System.Reflection;
using PublicApiGenerator;
using Xunit;

namespace PeerSupport.Tests.Shared;

/// <summary>
/// Approval of a package's public API: <c>src/{Package}/PublicAPI.approved.txt</c> holds the approved surface, so
/// every API change shows up as a diff in review. To accept a change, run the tests with
/// <c>PEERSUPPORT_ACCEPT_API=1</c> and commit the updated file.
/// </summary>
internal static class PublicApiApproval
{
    public static void Verify(Assembly assembly)
    {
        var actual = Normalize(assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }));
        var approvedPath = Path.Combine(FindRepositoryRoot(), "src", assembly.GetName().Name!, "PublicAPI.approved.txt");
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
