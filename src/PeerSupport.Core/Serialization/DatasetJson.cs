using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using PeerSupport.Datasets;
using PeerSupport.Domain;
using PeerSupport.Instruments;

namespace PeerSupport.Serialization;

/// <summary>
/// Writes a whole dataset as one JSON document and reads it back with full validation. Reading reports
/// every problem with its JSON pointer (e.g. <c>/members/3/joinedOn</c>) and the rule broken, and
/// returns no dataset when there is any error.
/// </summary>
public static class DatasetJson
{
    /// <summary>The source name used in problems found in JSON input.</summary>
    public const string SourceName = "dataset.json";

    /// <summary>Writes a dataset as indented JSON.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(PeerSupportDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var document = new DatasetDocument
        {
            Metadata = dataset.Metadata,
            Programmes = dataset.Programmes,
            Groups = dataset.Groups,
            Facilitators = dataset.Facilitators,
            Members = dataset.Members,
            Sessions = dataset.Sessions,
            Attendance = dataset.Attendance,
            Assessments = [.. dataset.Assessments.Select(a => a.Assessment)],
            Incidents = dataset.Incidents,
            Referrals = dataset.Referrals,
            Goals = dataset.Goals,
        };
        return JsonSerializer.Serialize(document, DatasetDocumentJsonContext.Default.DatasetDocument);
    }

    /// <summary>Reads a dataset from JSON text, validating every record and the dataset as a whole.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="instruments">The instruments assessments are scored with. The default value is the built-in instruments.</param>
    /// <returns>The dataset, or every problem found (each located by JSON pointer).</returns>
    public static DatasetBuildResult Read(string json, InstrumentRegistry? instruments = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        var builder = new DatasetBuilder(instruments);
        var problems = new List<Problem>();
        var document = JsonText.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 64 }, SourceName, problems);
        if (document is null)
        {
            foreach (var problem in problems)
            {
                builder.AddProblem(problem);
            }

            return builder.Build();
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                builder.AddProblem(At("/", $"a dataset must be a JSON object, was {root.ValueKind}"));
                return builder.Build();
            }

            var known = new HashSet<string>(StringComparer.Ordinal) { "metadata", "programmes", "groups", "facilitators", "members", "sessions", "attendance", "assessments", "incidents", "referrals", "goals" };
            foreach (var property in root.EnumerateObject())
            {
                if (!known.Contains(property.Name))
                {
                    builder.AddProblem(At("/" + Escape(property.Name), $"unknown property '{property.Name}'; expected one of {string.Join(", ", known)}"));
                }
            }

            var context = PeerSupportJsonContext.Default;
            if (root.TryGetProperty("metadata", out var metadata))
            {
                if (TryRead(metadata, "/metadata", context.DatasetMetadata, builder, out var value))
                {
                    builder.Metadata = value;
                }
            }

            ReadArray(root, "programmes", context.Programme, builder, p => builder.AddProgramme(p));
            ReadArray(root, "groups", context.PeerGroup, builder, g => builder.AddGroup(g));
            ReadArray(root, "facilitators", context.Facilitator, builder, f => builder.AddFacilitator(f));
            ReadArray(root, "members", context.Member, builder, m => builder.AddMember(m));
            ReadArray(root, "sessions", context.GroupSession, builder, s => builder.AddSession(s));
            ReadArray(root, "attendance", context.AttendanceRecord, builder, a => builder.AddAttendance(a));
            ReadArray(root, "assessments", context.Assessment, builder, a => builder.AddAssessment(a));
            ReadArray(root, "incidents", context.Incident, builder, i => builder.AddIncident(i));
            ReadArray(root, "referrals", context.Referral, builder, r => builder.AddReferral(r));
            ReadArray(root, "goals", context.GoalRating, builder, g => builder.AddGoalRating(g));
        }

        return builder.Build();
    }

    private static void ReadArray<T>(JsonElement root, string name, JsonTypeInfo<T> typeInfo, DatasetBuilder builder, Action<T> add)
    {
        if (!root.TryGetProperty(name, out var array))
        {
            return;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            builder.AddProblem(At("/" + name, $"'{name}' must be an array, was {array.ValueKind}"));
            return;
        }

        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            if (TryRead(element, $"/{name}/{index}", typeInfo, builder, out var value))
            {
                add(value);
            }

            index++;
        }
    }

    private static bool TryRead<T>(JsonElement element, string pointer, JsonTypeInfo<T> typeInfo, DatasetBuilder builder, out T value)
    {
        try
        {
            var result = element.Deserialize(typeInfo);
            if (result is null)
            {
                builder.AddProblem(At(pointer, "must not be null"));
                value = default!;
                return false;
            }

            value = result;
            return true;
        }
        catch (JsonException ex)
        {
            builder.AddProblem(At(pointer + PathToPointer(ex.Path), FirstSentence(ex.InnerException is ArgumentException inner ? inner.Message : ex.Message)));
        }
        catch (ArgumentException ex)
        {
            builder.AddProblem(At(pointer, FirstSentence(ex.Message)));
        }
        catch (FormatException ex)
        {
            builder.AddProblem(At(pointer, FirstSentence(ex.Message)));
        }

        value = default!;
        return false;
    }

    private static Problem At(string pointer, string message)
        => new(ProblemSeverity.Error, "invalid-json", message, SourceName, pointer);

    /// <summary>Turns a System.Text.Json path such as <c>$.items[2]</c> into a JSON pointer suffix <c>/items/2</c>.</summary>
    internal static string PathToPointer(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        var i = path.StartsWith('$') ? 1 : 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                text.Append('/').Append(Escape(path[(i + 1)..end]));
                i = end;
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                end = end < 0 ? path.Length : end;
                var inner = path[(i + 1)..end].Trim('\'');
                text.Append('/').Append(Escape(inner));
                i = end + 1;
            }
            else
            {
                i++;
            }
        }

        return text.ToString();
    }

    private static string Escape(string token) => token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        message = cut >= 0 ? message[..cut] : message;
        cut = message.IndexOf(" (Parameter", StringComparison.Ordinal);
        return (cut >= 0 ? message[..cut] : message).Trim();
    }
}
