namespace PeerSupport.Cli.Tests;

/// <summary>Datasets shared by the tests: the hand-made example and one small simulated cohort.</summary>
internal static class TestDatasets
{
    /// <summary>The seed of the shared simulated cohort (the golden files depend on it).</summary>
    public const string Seed = "11";

    private static readonly Lazy<string> s_simulated = new(CreateSimulated, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Gets the folder of the hand-made example dataset (two groups, 13 members).</summary>
    public static string Example => Path.Combine(AppContext.BaseDirectory, "TestData", "example-dataset");

    /// <summary>Gets the folder of a small simulated cohort (4 groups x 6 members, 12 weeks, seed 11), written once per run.</summary>
    public static string Simulated => s_simulated.Value;

    /// <summary>The arguments that simulate the shared cohort into <paramref name="folder"/>.</summary>
    public static string[] SimulateArgs(string folder) =>
        ["simulate", "--out", folder, "--groups", "4", "--members-per-group", "6", "--weeks", "12", "--seed", Seed];

    /// <summary>Copies the example dataset into <paramref name="folder"/>/data and returns that path.</summary>
    public static string CopyExample(TempFolder folder)
    {
        var target = folder.File("data");
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(Example))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        return target;
    }

    private static string CreateSimulated()
    {
        var folder = Path.Combine(Path.GetTempPath(), "peersupport-cli-tests", "simulated-" + Guid.NewGuid().ToString("N"));
        var run = CliRun.Of(SimulateArgs(folder));
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: a temp folder left behind does no harm.
            }
        };
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException("Simulating the shared test cohort failed: " + run);
        }

        return folder;
    }
}
