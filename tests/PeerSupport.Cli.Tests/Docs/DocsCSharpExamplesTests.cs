using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PeerSupport.Cli.Tests.Docs;

/// <summary>
/// Every <c>```csharp</c> block in README.md, docs/*.md and the package READMEs (src/*/README.md) compiles against
/// the SDK as it is now. A block is compiled as a top-level program with every SDK namespace imported; names a
/// fragment uses without declaring (a <c>dataset</c> built earlier on the page, the host's <c>services</c>, ...) come
/// from <see cref="Ambient"/>, whose members a block's own declarations shadow. Compiled, not run: the examples read
/// files and data the reader supplies.
/// </summary>
public sealed partial class DocsCSharpExamplesTests
{
    /// <summary>The free names fragments may use, declared once with the types the docs imply.</summary>
    private const string Ambient = """
        internal static class Ambient
        {
            public static PeerSupportDataset dataset => throw null!;
            public static IServiceCollection services => throw null!;
            public static TimeProvider timeProvider => throw null!;
            public static IFactReader facts => throw null!;
            public static TextWriter auditLog => throw null!;
            public static string folder => throw null!;
            public static DateOnly start => throw null!;
            public static DateOnly asOf => throw null!;
            public static GroupId group => throw null!;
            public static InstrumentDefinition myDefinition => throw null!;
        }
        """;

    public static TheoryData<string, int> Blocks()
    {
        var data = new TheoryData<string, int>();
        foreach (var (file, line, _) in AllBlocks())
        {
            data.Add(file, line);
        }

        return data;
    }

    [Fact]
    public void Docs_HaveCSharpExamples_FromEveryAudience()
    {
        var files = AllBlocks().Select(b => b.File).Distinct().ToArray();
        Assert.Contains("README.md", files);
        Assert.Contains("docs/statistics.md", files);
        Assert.Contains("docs/rules.md", files);
        Assert.Contains("src/PeerSupport.Analytics/README.md", files);
        Assert.True(AllBlocks().Count >= 15, $"only {AllBlocks().Count} C# blocks found");
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Example_Compiles(string file, int line)
    {
        var code = AllBlocks().Single(b => b.File == file && b.Line == line).Code;
        var errors = Compile(code);
        Assert.True(errors.Count == 0, $"{file}:{line}: the C# example does not compile:\n{string.Join('\n', errors)}\n--- example\n{code}");
    }

    [Fact]
    public void Compile_BrokenExample_Fails()
    {
        Assert.NotEmpty(Compile("var x = BuiltInInstruments.Phq9.NoSuchMethod();"));
        Assert.NotEmpty(Compile("Console.WriteLine(undeclaredName);"));
    }

    internal static List<string> Compile(string code)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var usings = new StringBuilder();
        foreach (var ns in Namespaces())
        {
            usings.Append("global using ").Append(ns).AppendLine(";");
        }

        usings.AppendLine("global using static Ambient;");
        var trees = new[]
        {
            CSharpSyntaxTree.ParseText(usings.ToString(), parse, "Usings.cs"),
            CSharpSyntaxTree.ParseText(Ambient, parse, "Ambient.cs"),
            CSharpSyntaxTree.ParseText(code, parse, "Example.cs"),
        };
        var compilation = CSharpCompilation.Create(
            "DocsExample",
            trees,
            s_references.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var output = new MemoryStream();
        var result = compilation.Emit(output);
        return [.. result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString())];
    }

    private static readonly Lazy<MetadataReference[]> s_references = new(() =>
        [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Select(p => MetadataReference.CreateFromFile(p))]);

    /// <summary>System namespaces a script would import, and every public namespace of the SDK's libraries.</summary>
    private static IEnumerable<string> Namespaces()
    {
        string[] system = ["System", "System.IO", "System.Linq", "System.Collections.Generic", "System.Globalization", "System.Text.Json", "Microsoft.Extensions.DependencyInjection"];
        // Every library package next to the tests (PeerSupport.*.dll, not the tool or the test assemblies), so a new
        // package's namespaces are imported without editing this test.
        var sdk = Directory.GetFiles(AppContext.BaseDirectory, "PeerSupport.*.dll")
            .Where(f => !Path.GetFileName(f).Contains(".Tests", StringComparison.Ordinal))
            .Select(f => Assembly.LoadFrom(f));
        return system.Concat(sdk.SelectMany(a => a.GetExportedTypes()).Select(t => t.Namespace!).Where(n => n is not null)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
    }

    internal static IReadOnlyList<(string File, int Line, string Code)> AllBlocks() => s_blocks.Value;

    private static readonly Lazy<IReadOnlyList<(string File, int Line, string Code)>> s_blocks = new(() =>
    {
        var files = new List<string> { "README.md" };
        files.AddRange(Directory.GetFiles(RepositoryFiles.PathOf("docs"), "*.md").Select(Relative));
        files.AddRange(Directory.GetDirectories(RepositoryFiles.PathOf("src")).Select(d => Path.Combine(d, "README.md")).Where(File.Exists).Select(Relative));
        var blocks = new List<(string, int, string)>();
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(RepositoryFiles.PathOf(file));
            for (var i = 0; i < lines.Length; i++)
            {
                var open = Fence().Match(lines[i]);
                if (!open.Success || open.Groups["lang"].Value != "csharp")
                {
                    continue;
                }

                var indent = open.Groups["indent"].Value.Length;
                var start = i + 1;
                var code = new StringBuilder();
                for (i++; i < lines.Length && lines[i].Trim() != "```"; i++)
                {
                    code.AppendLine(lines[i].Length >= indent ? lines[i][indent..] : lines[i].TrimStart());
                }

                blocks.Add((file, start, code.ToString()));
            }
        }

        return blocks;
    });

    private static string Relative(string path) => Path.GetRelativePath(RepositoryFiles.Root, path).Replace(Path.DirectorySeparatorChar, '/');

    [GeneratedRegex(@"^(?<indent>\s*)```(?<lang>\w+)\s*$")]
    private static partial Regex Fence();
}
