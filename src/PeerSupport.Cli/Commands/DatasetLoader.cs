using System.Globalization;
using PeerSupport.Cli.Infrastructure;
using PeerSupport.Data;
using PeerSupport.Datasets;

namespace PeerSupport.Cli.Commands;

/// <summary>Reads a CSV dataset folder for a command, turning every error into a located bad-input message.</summary>
internal static class DatasetLoader
{
    /// <summary>Reads and validates a dataset folder.</summary>
    /// <param name="context">The context (progress display).</param>
    /// <param name="directory">The folder the user named.</param>
    /// <returns>The read result (errors and warnings with their locations).</returns>
    /// <exception cref="CliInputException">Thrown when the folder does not exist.</exception>
    public static DatasetBuildResult Read(CliContext context, string directory)
    {
        InputFiles.RequireFolder(directory);
        return context.Progress.Run("Reading dataset " + directory, () => DatasetCsvReader.Read(directory));
    }

    /// <summary>Reads a dataset or fails with every error as <c>folder/file:line:column: error: message</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="directory">The folder the user named.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="CliInputException">Thrown when the folder is missing or the dataset has errors.</exception>
    public static PeerSupportDataset Load(CliContext context, string directory)
    {
        var result = Read(context, directory);
        if (!result.Succeeded)
        {
            var errors = result.Errors.Select(p => Format(directory, p)).ToList();
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{directory}: the dataset has {errors.Count} error(s); nothing was analysed"));
            throw new CliInputException(errors);
        }

        var warnings = result.Warnings.Count();
        if (warnings > 0)
        {
            context.Warn(string.Create(CultureInfo.InvariantCulture, $"{directory}: {warnings} dataset warning(s); run 'peersupport validate {directory}' to list them"));
        }

        return result.Dataset;
    }

    /// <summary>Formats a problem with its file path inside the dataset folder.</summary>
    /// <param name="directory">The dataset folder.</param>
    /// <param name="problem">The problem.</param>
    /// <returns>The line of text, e.g. <c>data/attendance.csv:12:3: error: ...</c>.</returns>
    public static string Format(string directory, Problem problem)
    {
        var text = problem.ToString();
        return problem.Source is null ? $"{directory}: {text}" : Path.Combine(directory, text);
    }

    /// <summary>Resolves the as-of date: the option when given, else the dataset's last session date.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="asOf">The <c>--as-of</c> value, or <see langword="null"/>.</param>
    /// <returns>The date.</returns>
    /// <exception cref="CliInputException">Thrown when no date is given and the dataset has no sessions.</exception>
    public static DateOnly AsOf(PeerSupportDataset dataset, DateOnly? asOf) =>
        asOf ?? dataset.LastSessionDate ?? throw new CliInputException("--as-of is required: the dataset has no sessions to take the last session date from");
}
