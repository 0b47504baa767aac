using System.Globalization;
using System.Text.Json;
using PeerSupport.Datasets;
using PeerSupport.Serialization;

namespace PeerSupport.Data.Internal;

/// <summary>Reads <c>dataset.json</c>: <c>formatVersion</c> (must be 1), <c>title</c>, <c>source</c>, <c>created</c> (yyyy-MM-dd).</summary>
internal static class MetadataReader
{
    private const string FileName = DatasetCsvReader.MetadataFileName;

    /// <summary>The largest <c>dataset.json</c> read (1 MiB), checked before reading.</summary>
    private const int MaxLength = 1024 * 1024;

    public static void Read(string directory, DatasetBuilder builder, ProblemSink problems)
    {
        var path = Path.Combine(directory, FileName);
        switch (DatasetFile.Check(directory, FileName, problems, out var length))
        {
            case DatasetFile.Status.Missing or DatasetFile.Status.Refused:
                return;
            case DatasetFile.Status.Empty:
                problems.Error("invalid-metadata", $"{FileName} is empty or is not a regular file (FIFOs, devices and sockets are never read); expected a JSON object", FileName, 0, 0, null);
                return;
        }

        if (length > MaxLength)
        {
            problems.Error("invalid-metadata", string.Create(CultureInfo.InvariantCulture, $"{FileName} must be at most {MaxLength} bytes, was {length}; it holds only formatVersion, title, source and created"), FileName, 0, 0, null);
            return;
        }

        byte[] bytes;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            bytes = new byte[MaxLength + 1];
            var total = 0;
            int read;
            while (total < bytes.Length && (read = stream.Read(bytes, total, bytes.Length - total)) > 0)
            {
                total += read;
            }

            if (total > MaxLength)
            {
                problems.Error("invalid-metadata", string.Create(CultureInfo.InvariantCulture, $"{FileName} must be at most {MaxLength} bytes; it grew while being read"), FileName, 0, 0, null);
                return;
            }

            Array.Resize(ref bytes, total);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Error("unreadable-file", $"{FileName} cannot be read: {ex.GetType().Name}", FileName, 0, 0, null);
            return;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 16 });
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? -1) + 1;
            var column = (int)(ex.BytePositionInLine ?? -1) + 1;
            problems.Error("invalid-metadata", $"{FileName} is not valid JSON: {FirstSentence(ex.Message)}", FileName, line, column, null);
            return;
        }

        var undecodable = JsonText.FindBadText(document.RootElement);
        if (undecodable.Count > 0)
        {
            foreach (var (pointer, problem) in undecodable)
            {
                Error(problems, pointer, $"{FileName}: {problem}");
            }

            document.Dispose();
            return;
        }

        using (document)
        {
            Read(document.RootElement, builder, problems);
        }
    }

    private static void Read(JsonElement root, DatasetBuilder builder, ProblemSink problems)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            Error(problems, "/", $"{FileName} must hold a JSON object, was {root.ValueKind}");
            return;
        }

        int? version = null;
        string? title = null, source = null;
        DateOnly? created = null;
        var ok = true;
        foreach (var property in root.EnumerateObject())
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "formatVersion":
                    if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var v))
                    {
                        if (v != DatasetMetadata.CurrentFormatVersion)
                        {
                            Error(problems, "/formatVersion", $"formatVersion must be {DatasetMetadata.CurrentFormatVersion}, was {v.ToString(CultureInfo.InvariantCulture)}; this library reads format version {DatasetMetadata.CurrentFormatVersion} only");
                            ok = false;
                        }

                        version = v;
                    }
                    else
                    {
                        Error(problems, "/formatVersion", $"formatVersion must be the whole number {DatasetMetadata.CurrentFormatVersion}, was {Show(value)}");
                        ok = false;
                    }

                    break;
                case "title":
                    ok &= TryString(value, "title", problems, out title);
                    break;
                case "source":
                    ok &= TryString(value, "source", problems, out source);
                    break;
                case "created":
                    ok &= TryString(value, "created", problems, out var text);
                    if (text is not null)
                    {
                        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                        {
                            created = date;
                        }
                        else
                        {
                            Error(problems, "/created", $"created '{text}' is not a valid date in yyyy-MM-dd form");
                            ok = false;
                        }
                    }

                    break;
                default:
                    problems.PointerWarning("unknown-property", $"unknown property '{property.Name}' in {FileName} is ignored; expected formatVersion, title, source, created", FileName, "/" + property.Name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));
                    break;
            }
        }

        if (version is null && ok)
        {
            problems.PointerWarning("missing-format-version", $"{FileName} has no formatVersion; read as format version {DatasetMetadata.CurrentFormatVersion}", FileName, "/formatVersion");
        }

        if (ok)
        {
            builder.Metadata = new DatasetMetadata(DatasetMetadata.CurrentFormatVersion, title, source, created);
        }
    }

    private static bool TryString(JsonElement value, string name, ProblemSink problems, out string? text)
    {
        text = null;
        if (value.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Error(problems, "/" + name, $"{name} must be a string, was {value.ValueKind}");
            return false;
        }

        text = value.GetString();
        return true;
    }

    private static string Show(JsonElement value)
    {
        var raw = value.GetRawText();
        return raw.Length <= 40 ? raw : string.Concat(raw.AsSpan(0, 40), "…");
    }

    private static void Error(ProblemSink problems, string pointer, string message)
        => problems.PointerError("invalid-metadata", message, FileName, pointer);

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut >= 0 ? message[..cut] : message).Trim();
    }
}
