using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EcrCi.Nuke.Tests.Readme;

/// <summary>
/// Compiles a C# snippet with Roslyn against the .NET framework, the suite's assemblies
/// (EcrCi.Core, EcrCi.Nuke, Serilog and what they depend on) and, for Nuke snippets, the
/// <see cref="NukeStandIn"/>. The wrapping rule, kept simple:
/// <list type="bullet">
/// <item>a Nuke snippet with using directives is compiled with exactly those (a <c>nuke :setup</c>
/// build has no implicit usings); one without gets the usings of a <c>nuke :setup</c> build;</item>
/// <item>any other snippet has the implicit usings of a console project, and <c>using EcrCi;</c>
/// when it has no using directive of its own;</item>
/// <item>members outside a type (fields, properties, methods) are wrapped in
/// <c>class Build : Nuke.Common.NukeBuild { ... }</c> (Nuke) or <c>class Snippet { ... }</c>;</item>
/// <item>statements compile as the top-level statements of a program; types compile as they are.</item>
/// </list>
/// </summary>
internal static class SnippetCompiler
{
    /// <summary>The implicit usings of an SDK console project, which every snippet outside Nuke has.</summary>
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static readonly CSharpParseOptions Parse = new(LanguageVersion.Latest);

    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(LoadReferences);

    /// <summary>The source as compiled, after the wrapping rule.</summary>
    public static string Wrap(string code, bool nuke)
    {
        var unit = SyntaxFactory.ParseCompilationUnit(code, options: Parse);
        var usings = (nuke, unit.Usings.Count > 0) switch
        {
            (true, true) => "",
            (true, false) => NukeStandIn.SetupUsings + "\n",
            (false, true) => ImplicitUsings + "\n",
            (false, false) => ImplicitUsings + "\nusing EcrCi;\n",
        };
        if (!unit.Members.Any(m => m is not (BaseTypeDeclarationSyntax or BaseNamespaceDeclarationSyntax or GlobalStatementSyntax or DelegateDeclarationSyntax)))
        {
            return usings + code;
        }

        var split = unit.Usings.Count > 0 ? unit.Usings.Last().FullSpan.End : 0;
        var type = nuke ? "class Build : Nuke.Common.NukeBuild" : "class Snippet";
        return $"{usings}{code[..split]}\n{type}\n{{\n{code[split..]}\n}}\n";
    }

    /// <summary>The compiler's errors for <paramref name="source"/> (already wrapped), each as <c>line: id message</c>.</summary>
    public static IReadOnlyList<string> Errors(string source, bool nuke)
    {
        var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(source, Parse, "Snippet.cs") };
        if (nuke)
        {
            trees.Add(CSharpSyntaxTree.ParseText(NukeStandIn.Source, Parse, "NukeStandIn.cs"));
        }

        var program = trees[0].GetRoot().DescendantNodes().OfType<GlobalStatementSyntax>().Any();
        var compilation = CSharpCompilation.Create("Snippet", trees, References.Value,
            new CSharpCompilationOptions(program ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary));
        using var output = new MemoryStream();
        var result = compilation.Emit(output);
        return [.. result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => $"{d.Location.GetLineSpan().Path}:{d.Location.GetLineSpan().StartLinePosition.Line + 1}: {d.Id} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")];
    }

    private static List<MetadataReference> LoadReferences()
    {
        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var suite = new[] { "EcrCi.Core", "EcrCi.Nuke", "Serilog", "Polly.Core" };
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path =>
            {
                var name = Path.GetFileNameWithoutExtension(path);
                return Path.GetDirectoryName(path) == framework || suite.Contains(name) || name.StartsWith("AWSSDK.", StringComparison.Ordinal);
            });
        return [.. paths.Select(path => MetadataReference.CreateFromFile(path))];
    }
}
