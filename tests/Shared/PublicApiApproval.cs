using System.Reflection;
using System.Text.RegularExpressions;
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
        var actual = Generate(assembly);
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

    /// <summary>
    /// The public API as text. PublicApiGenerator renders a multidimensional array parameter such as <c>double[,]</c> as
    /// <c>double[]</c>, which misstates the signature; the rank is restored here from reflection.
    /// </summary>
    public static string Generate(Assembly assembly)
    {
        var text = Normalize(assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }));
        return RestoreArrayRanks(text, assembly);
    }

    private static string RestoreArrayRanks(string text, Assembly assembly)
    {
        const BindingFlags Members = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var lines = text.Split('\n');
        foreach (var type in assembly.GetExportedTypes())
        {
            foreach (var method in type.GetMethods(Members).Cast<MethodBase>().Concat(type.GetConstructors(Members)))
            {
                if (!(method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly))
                {
                    continue;
                }

                if (method is MethodInfo info && IsMultidimensional(info.ReturnType))
                {
                    throw new NotSupportedException($"{type.FullName}.{method.Name} returns a multidimensional array; teach PublicApiApproval to render it.");
                }

                foreach (var parameter in method.GetParameters().Where(p => IsMultidimensional(p.ParameterType)))
                {
                    var rank = (parameter.ParameterType.IsByRef ? parameter.ParameterType.GetElementType()! : parameter.ParameterType).GetArrayRank();
                    var name = method is ConstructorInfo ? type.Name.Split('`')[0] : method.Name;
                    var pattern = new Regex($@"\[\] {Regex.Escape(parameter.Name!)}(?=[,)])");
                    var replacement = $"[{new string(',', rank - 1)}] {parameter.Name}";
                    var replaced = 0;
                    for (var i = 0; i < lines.Length; i++)
                    {
                        if ((lines[i].Contains($" {name}(", StringComparison.Ordinal) || lines[i].Contains($" {name}<", StringComparison.Ordinal)) && pattern.IsMatch(lines[i]))
                        {
                            lines[i] = pattern.Replace(lines[i], replacement, 1);
                            replaced++;
                        }
                    }

                    if (replaced == 0)
                    {
                        throw new InvalidOperationException($"The generated API has no line for {type.FullName}.{method.Name}({parameter.Name}) to restore the array rank on.");
                    }
                }
            }

            foreach (var property in type.GetProperties(Members).Where(p => IsMultidimensional(p.PropertyType)))
            {
                throw new NotSupportedException($"{type.FullName}.{property.Name} is a multidimensional array; teach PublicApiApproval to render it.");
            }
        }

        return string.Join('\n', lines);
    }

    private static bool IsMultidimensional(Type type)
    {
        var t = type.IsByRef ? type.GetElementType()! : type;
        return t.IsArray && t.GetArrayRank() > 1;
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
