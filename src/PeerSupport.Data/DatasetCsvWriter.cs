using System.Globalization;
using System.Text;
using System.Text.Json;
using nietras.SeparatedValues;
using PeerSupport.Data.Internal;
using PeerSupport.Datasets;
using PeerSupport.Domain;

namespace PeerSupport.Data;

/// <summary>
/// Writes a <see cref="PeerSupportDataset"/> as a folder in the CSV dataset format (docs/dataset-format.md, format
/// version 1) that <see cref="DatasetCsvReader"/> reads back to an equal dataset.
/// </summary>
/// <remarks>
/// <para>
/// Output is deterministic: UTF-8 without a byte order mark, LF line ends, invariant culture, dates as
/// <c>yyyy-MM-dd</c>, numbers round-trippable (<c>"R"</c>), rows in dataset order; optional files are written
/// only when they have rows, and item columns run up to the largest item count. The same dataset
/// always gives byte-identical files.
/// </para>
/// <para>
/// Writing is atomic per dataset: files go into a hidden temporary sibling folder (<c>.NAME.writing-*</c>),
/// which is then renamed into place, so a crash never leaves half a dataset at the destination and a failure
/// leaves the destination untouched. With <see cref="DatasetCsvWriteOptions.Overwrite"/> an existing folder is
/// replaced only when <see cref="IsDatasetFolder"/> recognises it as a dataset this writer wrote; on Linux the new
/// and the old folder are swapped in one step (<c>renameat2</c> with <c>RENAME_EXCHANGE</c>), so the destination
/// is the old or the new dataset at every instant. Where that is not available (other systems, or file systems
/// without it) the old folder is renamed aside (<c>.NAME.replaced-*</c>) and the new one renamed into place:
/// a crash between those two renames leaves no destination, and the next write to it puts the old dataset back
/// before it starts. Leftover hidden <c>.NAME.writing-*</c> and <c>.NAME.replaced-*</c> folders of the
/// destination are removed by the next write to it.
/// </para>
/// <para>Thread-safe; concurrent writes to the same destination are not coordinated.</para>
/// </remarks>
public static class DatasetCsvWriter
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Writes <paramref name="dataset"/> into the folder <paramref name="directory"/>.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="directory">The destination folder; its parent is created when missing.</param>
    /// <param name="options">The options. The default value is <see cref="DatasetCsvWriteOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="dataset"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="directory"/> is empty, or the dataset holds data the CSV format cannot represent and <see cref="DatasetCsvWriteOptions.AllowLossyWrite"/> is off (the message names the record and field).</exception>
    /// <exception cref="IOException">Thrown when the destination exists and <see cref="DatasetCsvWriteOptions.Overwrite"/> is off, or writing fails; the destination is then unchanged.</exception>
    /// <exception cref="UnauthorizedAccessException">Thrown when the destination or its parent cannot be written; the destination is then unchanged.</exception>
    public static void Write(PeerSupportDataset dataset, string directory, DatasetCsvWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        options ??= DatasetCsvWriteOptions.Default;
        if (!options.AllowLossyWrite)
        {
            CheckRepresentable(dataset);
        }

        var destination = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        var parent = Path.GetDirectoryName(destination) ?? throw new ArgumentException("The destination must not be a root folder.", nameof(directory));
        var name = Path.GetFileName(destination);
        if (Directory.Exists(destination) && !options.Overwrite)
        {
            throw new IOException($"The destination folder '{name}' already exists; set {nameof(DatasetCsvWriteOptions.Overwrite)} to replace it.");
        }

        if (File.Exists(destination))
        {
            throw new IOException($"The destination '{name}' is a file, not a folder.");
        }

        if (Directory.Exists(destination) && !IsDatasetFolder(destination))
        {
            throw new IOException($"The destination folder '{name}' is not a dataset written by this library (it must be empty, or hold dataset.json and groups.csv and nothing but dataset files, no links or subfolders), so it is not replaced.");
        }

        Directory.CreateDirectory(parent);
        Recover(parent, name, destination);
        var temporary = Path.Combine(parent, $".{name}.writing-{Guid.NewGuid():N}");
        Directory.CreateDirectory(temporary);
        try
        {
            WriteFiles(dataset, temporary, options);
            MoveIntoPlace(temporary, destination, parent, name, options.Overwrite);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>
    /// Returns whether <paramref name="directory"/> is recognisably a dataset folder this writer wrote, and so may be
    /// replaced: a real folder (not a link) that is empty, or holds <c>dataset.json</c> and <c>groups.csv</c> and
    /// nothing but regular files named like dataset files (no subfolders, no links, no other files).
    /// </summary>
    /// <param name="directory">The folder.</param>
    /// <returns>Whether it may be replaced.</returns>
    public static bool IsDatasetFolder(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var folder = new DirectoryInfo(directory);
        if (!folder.Exists || folder.LinkTarget is not null)
        {
            return false;
        }

        try
        {
            var entries = folder.GetFileSystemInfos();
            return entries.Length == 0 || entries.Any(e => e.Name == DatasetCsvReader.MetadataFileName)
                && entries.Any(e => e.Name == CsvSchema.Groups.FileName)
                && entries.All(e => e is FileInfo && e.LinkTarget is null && s_datasetFileNames.Contains(e.Name));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Called between the steps of a replace with the step's name (tests use it to observe every intermediate state).</summary>
    internal static Action<string>? StepHook { get; set; }

    private static readonly HashSet<string> s_datasetFileNames = new([.. CsvSchema.All.Select(s => s.FileName), DatasetCsvReader.MetadataFileName], StringComparer.Ordinal);

    /// <summary>
    /// Cleans up after an earlier write that was killed: puts an old dataset renamed aside back when the destination
    /// is missing, then removes the destination's leftover hidden temporary folders.
    /// </summary>
    private static void Recover(string parent, string name, string destination)
    {
        string[] leftovers;
        try
        {
            leftovers = Directory.GetDirectories(parent, $".{name}.*");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return;
        }

        var replaced = leftovers.Where(f => IsLeftover(f, name, ".replaced-")).ToList();
        if (!Directory.Exists(destination) && replaced.Count == 1 && IsDatasetFolder(replaced[0]))
        {
            Directory.Move(replaced[0], destination);
            replaced.Clear();
        }

        foreach (var folder in leftovers.Where(f => IsLeftover(f, name, ".writing-")).Concat(replaced))
        {
            TryDelete(folder);
        }
    }

    private static bool IsLeftover(string folder, string name, string kind)
    {
        var file = Path.GetFileName(folder);
        var prefix = "." + name + kind;
        return file.StartsWith(prefix, StringComparison.Ordinal)
            && file.Length == prefix.Length + 32
            && file[prefix.Length..].All(char.IsAsciiHexDigitLower);
    }

    private static void MoveIntoPlace(string temporary, string destination, string parent, string name, bool overwrite)
    {
        if (!Directory.Exists(destination))
        {
            Directory.Move(temporary, destination);
            return;
        }

        if (!overwrite)
        {
            throw new IOException($"The destination folder '{name}' already exists; set {nameof(DatasetCsvWriteOptions.Overwrite)} to replace it.");
        }

        StepHook?.Invoke("before-replace");
        if (AtomicExchange.TryExchange(temporary, destination))
        {
            // The new dataset is in place and the old one is at the temporary path; failing to delete it loses nothing.
            StepHook?.Invoke("exchanged");
            TryDelete(temporary);
            return;
        }

        var old = Path.Combine(parent, $".{name}.replaced-{Guid.NewGuid():N}");
        Directory.Move(destination, old);
        StepHook?.Invoke("moved-aside");
        try
        {
            Directory.Move(temporary, destination);
        }
        catch
        {
            Directory.Move(old, destination);
            throw;
        }

        // The new dataset is in place; failing to delete the old copy loses nothing.
        TryDelete(old);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: a leftover hidden temporary folder is harmless and is never read as a dataset.
        }
    }

    private static void WriteFiles(PeerSupportDataset dataset, string folder, DatasetCsvWriteOptions options)
    {
        void Done(string file) => options.AfterFileWritten?.Invoke(file);

        WriteCsv(folder, CsvSchema.Groups, dataset.Groups, static (row, g) =>
        {
            row["group_id"].Set(g.Id.Value);
            row["name"].Set(g.Name);
            row["facilitation_model"].Set(WireNames.Of(g.FacilitationModel));
            row["acuity"].Set(WireNames.Of(g.Acuity));
            row["modality"].Set(g.Modality is { } m ? WireNames.Of(m) : string.Empty);
            row["capacity"].Set(Int(g.Capacity));
            row["program_id"].Set(g.ProgrammeId?.Value ?? string.Empty);
            row["started_on"].Set(Date(g.StartedOn));
        });
        Done(CsvSchema.Groups.FileName);

        WriteCsv(folder, CsvSchema.Members, dataset.Members, static (row, m) =>
        {
            row["member_id"].Set(m.Id.Value);
            row["group_id"].Set(m.GroupId.Value);
            row["joined_on"].Set(Date(m.JoinedOn));
            row["left_on"].Set(Date(m.LeftOn));
            row["left_reason"].Set(m.LeavingReason is { } r ? WireNames.Of(r) : string.Empty);
            row["consent_share_scores"].Set(Bool(m.Consent.ShareScores));
            row["consent_research"].Set(Bool(m.Consent.Research));
        });
        Done(CsvSchema.Members.FileName);

        if (dataset.Facilitators.Length > 0)
        {
            WriteCsv(folder, CsvSchema.Facilitators, dataset.Facilitators, static (row, f) =>
            {
                row["facilitator_id"].Set(f.Id.Value);
                row["role"].Set(WireNames.Of(f.Role));
                row["credential"].Set(f.Credential?.Name ?? string.Empty);
                row["credential_expires_on"].Set(Date(f.Credential?.ExpiresOn));
            });
            Done(CsvSchema.Facilitators.FileName);
        }

        WriteCsv(folder, CsvSchema.Sessions, dataset.Sessions, static (row, s) =>
        {
            row["session_id"].Set(s.Id.Value);
            row["group_id"].Set(s.GroupId.Value);
            row["date"].Set(Date(s.Date));
            row["facilitator_ids"].Set(string.Join(';', s.FacilitatorIds.Select(id => id.Value)));
            row["program_module"].Set(Int(s.ProgrammeModule));
        });
        Done(CsvSchema.Sessions.FileName);

        WriteCsv(folder, CsvSchema.Attendance, dataset.Attendance, static (row, a) =>
        {
            row["session_id"].Set(a.SessionId.Value);
            row["member_id"].Set(a.MemberId.Value);
            row["status"].Set(WireNames.Of(a.Status));
            row["speaking_minutes"].Set(Double(a.SpeakingMinutes));
            row["turns"].Set(Int(a.Turns));
        });
        Done(CsvSchema.Attendance.FileName);

        if (dataset.Assessments.Length > 0)
        {
            var itemCount = dataset.Assessments.Max(a => a.Assessment.Items.Length);
            var items = Enumerable.Range(1, itemCount).Select(CsvSchema.ItemColumn).ToArray();
            WriteCsv(folder, CsvSchema.Assessments, dataset.Assessments, (row, scored) =>
            {
                var a = scored.Assessment;
                row["member_id"].Set(a.MemberId.Value);
                row["instrument"].Set(a.Instrument.Value);
                row["date"].Set(Date(a.Date));
                for (var i = 0; i < items.Length; i++)
                {
                    row[items[i]].Set(i < a.Items.Length ? Int(a.Items[i]) : string.Empty);
                }

                row["total"].Set(Int(a.Total));
            }, itemCount);
            Done(CsvSchema.Assessments.FileName);
        }

        if (dataset.Incidents.Length > 0)
        {
            WriteCsv(folder, CsvSchema.Incidents, dataset.Incidents, static (row, i) =>
            {
                row["incident_id"].Set(i.Id.Value);
                row["session_id"].Set(i.SessionId.Value);
                row["member_id"].Set(i.MemberId?.Value ?? string.Empty);
                row["kind"].Set(WireNames.Of(i.Kind));
                row["severity"].Set(i.Severity is { } s ? WireNames.Of(s) : string.Empty);
            });
            Done(CsvSchema.Incidents.FileName);
        }

        if (dataset.Referrals.Length > 0)
        {
            WriteCsv(folder, CsvSchema.Referrals, dataset.Referrals, static (row, r) =>
            {
                row["referral_id"].Set(r.Id.Value);
                row["member_id"].Set(r.MemberId.Value);
                row["date"].Set(Date(r.Date));
                row["target"].Set(r.Target.Value);
                row["priority"].Set(WireNames.Of(r.Priority));
                row["status"].Set(WireNames.Of(r.Status));
                row["rule_id"].Set(r.RuleId ?? string.Empty);
            });
            Done(CsvSchema.Referrals.FileName);
        }

        if (dataset.Goals.Length > 0)
        {
            WriteCsv(folder, CsvSchema.Goals, dataset.Goals, static (row, g) =>
            {
                row["member_id"].Set(g.MemberId.Value);
                row["goal_id"].Set(g.GoalId.Value);
                row["weight"].Set(Double(g.Weight));
                row["attainment"].Set(g.Attainment.ToString(CultureInfo.InvariantCulture));
                row["date"].Set(Date(g.Date));
            });
            Done(CsvSchema.Goals.FileName);
        }

        if (dataset.Programmes.Length > 0)
        {
            WriteCsv(folder, CsvSchema.Programs, dataset.Programmes, static (row, p) =>
            {
                row["program_id"].Set(p.Id.Value);
                row["name"].Set(p.Name);
                row["modules"].Set(p.ModuleCount.ToString(CultureInfo.InvariantCulture));
            });
            Done(CsvSchema.Programs.FileName);
        }

        WriteMetadata(folder, dataset.Metadata);
        Done(DatasetCsvReader.MetadataFileName);
    }

    private static void WriteCsv<T>(string folder, CsvSchema schema, IReadOnlyList<T> rows, Action<SepWriter.Row, T> fill, int itemCount = 0)
    {
        using var stream = new FileStream(Path.Combine(folder, schema.FileName), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        using (var text = new StreamWriter(stream, s_utf8, 1 << 16, leaveOpen: true) { NewLine = "\n" })
        {
            using var writer = Sep.New(',').Writer(o => o with { Escape = true, WriteHeader = true, CultureInfo = CultureInfo.InvariantCulture }).To(text, leaveOpen: true);
            writer.Header.Add(schema.Header(itemCount));
            if (rows.Count == 0)
            {
                writer.Header.Write();
            }

            foreach (var value in rows)
            {
                using var row = writer.NewRow();
                fill(row, value);
            }
        }

        stream.Flush(flushToDisk: true);
    }

    private static void WriteMetadata(string folder, DatasetMetadata metadata)
    {
        using var stream = new FileStream(Path.Combine(folder, DatasetCsvReader.MetadataFileName), FileMode.CreateNew, FileAccess.Write, FileShare.None);
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            json.WriteStartObject();
            json.WriteNumber("formatVersion", metadata.FormatVersion);
            if (metadata.Title is not null)
            {
                json.WriteString("title", metadata.Title);
            }

            if (metadata.Source is not null)
            {
                json.WriteString("source", metadata.Source);
            }

            if (metadata.Created is { } created)
            {
                json.WriteString("created", Date(created));
            }

            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        stream.Flush(flushToDisk: true);
    }

    private static void CheckRepresentable(PeerSupportDataset dataset)
    {
        const string Hint = "; set AllowLossyWrite to drop it";
        foreach (var group in dataset.Groups)
        {
            if (group.Focus is not null)
            {
                throw new ArgumentException($"Group '{group.Id}' has a focus, which the CSV dataset format (version 1) cannot hold{Hint}.", nameof(dataset));
            }
        }

        foreach (var facilitator in dataset.Facilitators)
        {
            if (facilitator.Credential is { } credential && credential.Scope != facilitator.Role)
            {
                throw new ArgumentException(
                    $"Facilitator '{facilitator.Id}' holds a credential scoped to {WireNames.Of(credential.Scope)} but has the role {WireNames.Of(facilitator.Role)}; the CSV dataset format records credentials for the facilitator's own role only{Hint}.",
                    nameof(dataset));
            }
        }

        foreach (var programme in dataset.Programmes)
        {
            if (programme.Modules.Any(m => m.Title is not null || m.Goal is not null))
            {
                throw new ArgumentException($"Programme '{programme.Id}' has module titles or goals, which the CSV dataset format (version 1) cannot hold (it records the module count only){Hint}.", nameof(dataset));
            }
        }
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Date(DateOnly? date) => date is { } d ? Date(d) : string.Empty;

    private static string Int(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Double(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Bool(bool? value) => value switch
    {
        true => "true",
        false => "false",
        null => string.Empty,
    };
}
