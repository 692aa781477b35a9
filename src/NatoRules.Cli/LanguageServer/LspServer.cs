using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using NatoRules.Binding;
using NatoRules.Diagnostics;
using NatoRules.Evaluation;
using NatoRules.Formatting;
using NatoRules.Syntax;
using NatoRules.Text;

namespace NatoRules.Cli.LanguageServer;

/// <summary>
/// The language server of <c>natorules lsp</c>: the Language Server Protocol over stdin and stdout.
/// Every change compiles the workspace again and publishes the diagnostics of every file (the CLI's ids, messages
/// and ranges); hover, definition, references, rename, document and workspace symbols, completion and formatting
/// answer from that compilation. Messages are read and written as JSON nodes, without protocol classes.
/// </summary>
internal sealed class LspServer
{
    private readonly JsonRpcConnection _rpc;
    private readonly LspWorkspace _workspace = new();
    private readonly Lock _gate = new();
    private readonly HashSet<string> _published = new(StringComparer.Ordinal);
    private bool _shutdown;

    private LspServer(Stream input, Stream output)
    {
        _rpc = new JsonRpcConnection(input, output);
        Handle("initialize", Initialize);
        Notify("initialized", _ => Recompile());
        Handle("shutdown", _ =>
        {
            _shutdown = true;
            return null;
        });
        Notify("exit", _ => _rpc.Stopped = true);
        Notify("textDocument/didOpen", DidOpen);
        Notify("textDocument/didChange", DidChange);
        Notify("textDocument/didClose", DidClose);
        Notify("textDocument/didSave", _ => Recompile());
        Notify("workspace/didChangeWatchedFiles", _ => Recompile());
        Handle("textDocument/hover", Hover);
        Handle("textDocument/definition", Definition);
        Handle("textDocument/references", References);
        Handle("textDocument/rename", Rename);
        Handle("textDocument/documentSymbol", DocumentSymbols);
        Handle("workspace/symbol", WorkspaceSymbols);
        Handle("textDocument/completion", Completion);
        Handle("textDocument/formatting", Formatting);
        Handle("textDocument/semanticTokens/full", SemanticTokens);
        Handle("textDocument/foldingRange", FoldingRanges);
        Handle("textDocument/codeAction", CodeActions);
        Handle("textDocument/codeLens", CodeLenses);
        Handle("workspace/executeCommand", ExecuteCommand);
    }

    /// <summary>Serves one client until it sends <c>exit</c> or closes the stream; the exit code LSP gives (0 after shutdown, else 1).</summary>
    public static int Run(Stream input, Stream output)
    {
        var server = new LspServer(input, output);
        server._rpc.Run();
        return server._shutdown ? 0 : 1;
    }

    private void Handle(string method, Func<JsonElement, JsonNode?> handler) => _rpc.OnRequest(method, handler);

    private void Notify(string method, Action<JsonElement> handler) => _rpc.OnNotification(method, handler);

    private JsonNode? Initialize(JsonElement request)
    {
        string? root = null;
        if (request.TryGetProperty("workspaceFolders", out var folders) && folders.ValueKind == JsonValueKind.Array && folders.GetArrayLength() > 0)
            root = PathOf(folders[0].GetProperty("uri").GetString());
        else if (request.TryGetProperty("rootUri", out var rootUri) && rootUri.ValueKind == JsonValueKind.String)
            root = PathOf(rootUri.GetString());
        else if (request.TryGetProperty("rootPath", out var rootPath) && rootPath.ValueKind == JsonValueKind.String)
            root = rootPath.GetString();
        lock (_gate)
            _workspace.SetRoot(root);
        return new JsonObject
        {
            ["capabilities"] = new JsonObject
            {
                ["textDocumentSync"] = new JsonObject { ["openClose"] = true, ["change"] = 2, ["save"] = new JsonObject { ["includeText"] = false } },
                ["hoverProvider"] = true,
                ["definitionProvider"] = true,
                ["referencesProvider"] = true,
                ["renameProvider"] = true,
                ["documentSymbolProvider"] = true,
                ["workspaceSymbolProvider"] = true,
                ["completionProvider"] = new JsonObject { ["triggerCharacters"] = new JsonArray(" ", ":", ",") },
                ["documentFormattingProvider"] = true,
                ["semanticTokensProvider"] = new JsonObject
                {
                    ["legend"] = new JsonObject
                    {
                        ["tokenTypes"] = new JsonArray([.. TokenTypes.Select(t => (JsonNode)t)]),
                        ["tokenModifiers"] = new JsonArray(),
                    },
                    ["full"] = true,
                },
                ["foldingRangeProvider"] = true,
                ["codeActionProvider"] = new JsonObject { ["codeActionKinds"] = new JsonArray("quickfix") },
                ["codeLensProvider"] = new JsonObject { ["resolveProvider"] = false },
                ["executeCommandProvider"] = new JsonObject { ["commands"] = new JsonArray(RunTestCommand) },
            },
            ["serverInfo"] = new JsonObject
            {
                ["name"] = "natorules",
                ["version"] = typeof(LspServer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "",
            },
        };
    }

    private void DidOpen(JsonElement request)
    {
        var document = request.GetProperty("textDocument");
        lock (_gate)
            _workspace.Open(PathOf(document.GetProperty("uri").GetString())!, document.GetProperty("text").GetString() ?? "");
        Recompile();
    }

    private void DidChange(JsonElement request)
    {
        var path = PathOf(request.GetProperty("textDocument").GetProperty("uri").GetString())!;
        var changes = request.GetProperty("contentChanges").EnumerateArray()
            .Select(c => (c.TryGetProperty("range", out var range) ? Span(range) : (LinePositionSpan?)null, c.GetProperty("text").GetString() ?? ""))
            .ToList();
        lock (_gate)
            _workspace.Open(path, LspWorkspace.Apply(_workspace.TextOf(path) ?? "", changes));
        Recompile();
    }

    private void DidClose(JsonElement request)
    {
        lock (_gate)
            _workspace.Close(PathOf(request.GetProperty("textDocument").GetProperty("uri").GetString())!);
        Recompile();
    }

    // Compiles and publishes every file's diagnostics, and an empty list for a file that had some and has none now.
    private void Recompile()
    {
        List<(string Path, JsonArray Diagnostics)> toPublish;
        lock (_gate)
        {
            var ruleSet = _workspace.Compile();
            var byPath = ruleSet.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Hidden && d.Location.Path.Length > 0)
                .GroupBy(d => d.Location.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            var paths = byPath.Keys.Concat(_published).Concat(ruleSet.Compilation.SyntaxTrees.Select(t => t.Path).Where(_workspace.IsOpen))
                .Distinct(StringComparer.Ordinal).ToList();
            toPublish = [.. paths.Select(p => (p, new JsonArray([.. byPath.GetValueOrDefault(p, []).Select(ToLsp)])))];
            _published.Clear();
            _published.UnionWith(byPath.Keys);
        }
        foreach (var (path, diagnostics) in toPublish)
            _rpc.Notify("textDocument/publishDiagnostics", new JsonObject { ["uri"] = UriOf(path), ["diagnostics"] = diagnostics });
    }

    private static JsonNode ToLsp(Diagnostic diagnostic)
    {
        var node = new JsonObject
        {
            ["range"] = Range(diagnostic.Location.LineSpan),
            ["severity"] = diagnostic.Severity switch
            {
                DiagnosticSeverity.Error => 1,
                DiagnosticSeverity.Warning => 2,
                _ => 3,
            },
            ["code"] = diagnostic.Id,
            ["source"] = "natorules",
            ["message"] = diagnostic.Help is { } help ? $"{diagnostic.Message}\n{help}" : diagnostic.Message,
        };
        return node;
    }

    private JsonNode? Hover(JsonElement request)
    {
        lock (_gate)
        {
            if (At(request) is not var (tree, offset))
                return null;
            var parts = new List<string>();
            foreach (var diagnostic in _workspace.Current.Diagnostics.Where(d => d.Location.Path == tree.Path && Touches(d.Location.Span, offset)))
                parts.Add($"**{diagnostic.Id}** {diagnostic.Message}" + (Commands.ExplainCommand.Section(diagnostic.Id) is { } section ? "\n\n" + section.Trim() : ""));
            if (_workspace.Current.Compilation.GetSemanticModel(tree).GetSymbolAt(offset) is { } symbol)
                parts.Add(Describe(symbol));
            return parts.Count == 0 ? null : new JsonObject { ["contents"] = new JsonObject { ["kind"] = "markdown", ["value"] = string.Join("\n\n---\n\n", parts) } };
        }
    }

    // What a hover says of a symbol: its kind, name and facts, then its declaration as written.
    private static string Describe(Symbol symbol)
    {
        var head = symbol switch
        {
            MemberSymbol m => $"member **{m.Name}**{Title(m.Title)} of {m.Body.Name}: "
                              + string.Join("; ", m.Memberships.Select(p => p.Until is { } until ? $"{p.From:yyyy-MM-dd} to {until:yyyy-MM-dd}" : $"since {p.From:yyyy-MM-dd}"))
                              + string.Concat(m.Flags.Order(StringComparer.Ordinal).Select(f => $", {f}"))
                              + string.Concat(m.Numbers.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => $", {n.Key} {n.Value.ToString(CultureInfo.InvariantCulture)}")),
            DecisionSymbol d => $"decision **{d.QualifiedName}** of {d.Body.Name}\n\n{NatoRules.Binding.Bound.RuleWords.Describe(d)}",
            CandidateSymbol c => $"{(c.IsProposal ? "proposal" : "candidate")} **{c.Name}**{Title(c.Title)}"
                                 + (c.Nationality is { } n ? $", national of {n}" : "")
                                 + (c.Declared is { } declared ? $", declared {declared:yyyy-MM-dd}" : "")
                                 + (c.Withdrawn is { } withdrawn ? $", withdrawn {withdrawn:yyyy-MM-dd}" : ""),
            _ => $"{symbol.Kind.ToString().ToLowerInvariant()} **{symbol.Name}**",
        };
        return symbol.DeclaringSyntax is { } syntax ? $"{head}\n\n```natorules\n{syntax.ToString().Trim()}\n```" : head;
    }

    private static string Title(string? title) => title is null ? "" : $" ({title})";

    private JsonNode? Definition(JsonElement request)
    {
        lock (_gate)
            return SymbolAt(request)?.Location is { } location ? ToLsp(location) : null;
    }

    private JsonNode? References(JsonElement request)
    {
        lock (_gate)
        {
            if (SymbolAt(request) is not { } symbol)
                return new JsonArray();
            var withDeclaration = request.TryGetProperty("context", out var context) && context.TryGetProperty("includeDeclaration", out var include) && include.GetBoolean();
            var locations = _workspace.Current.Compilation.FindReferences(symbol).AsEnumerable();
            if (withDeclaration && symbol.Location is { } declaration)
                locations = locations.Prepend(declaration);
            return new JsonArray([.. locations.Select(ToLsp)]);
        }
    }

    private JsonNode? Rename(JsonElement request)
    {
        lock (_gate)
        {
            var newName = request.GetProperty("newName").GetString() ?? "";
            if (SymbolAt(request) is not { } symbol || symbol.Location is not { } declaration)
                throw new JsonRpcError(JsonRpcError.RequestFailed, "there is nothing to rename here");
            var lexed = SyntaxTree.Parse($"rule {newName} = consensus;").Diagnostics.Count == 0;
            if (!lexed || newName.Contains('.'))
                throw new JsonRpcError(JsonRpcError.RequestFailed, $"'{newName}' is not a name: a letter or _, then letters, digits or _, and no keyword");
            if (Clash(symbol, newName) is { } clash)
                throw new JsonRpcError(JsonRpcError.RequestFailed, $"'{newName}' is already the name of {clash}; the rename would make them one");
            var changes = new JsonObject();
            foreach (var group in _workspace.Current.Compilation.FindReferences(symbol).Prepend(declaration).GroupBy(l => l.Path, StringComparer.Ordinal))
            {
                var edits = new JsonArray();
                foreach (var location in group)
                {
                    // A qualified name (NATO.SecretaryGeneral) keeps its qualifier: only the last part is the symbol's name.
                    var text = location.Source.ToString(location.Span);
                    var dot = text.LastIndexOf('.');
                    var span = dot < 0 ? location.Span : new TextSpan(location.Span.Start + dot + 1, location.Span.Length - dot - 1);
                    edits.Add((JsonNode)new JsonObject { ["range"] = Range(location.Source.GetLinePositionSpan(span)), ["newText"] = newName });
                }
                changes[UriOf(group.Key)] = edits;
            }
            return new JsonObject { ["changes"] = changes };
        }
    }

    // The symbol of the same kind (and, for a member, the same body) that already has the name.
    private string? Clash(Symbol symbol, string name)
    {
        var compilation = _workspace.Current.Compilation;
        IEnumerable<Symbol> rivals = symbol switch
        {
            MemberSymbol m => m.Body.Members,
            DecisionSymbol d => compilation.Decisions.Where(x => x.Body == d.Body),
            CandidateSymbol => compilation.Candidates,
            RuleSymbol => compilation.Rules,
            MatterSymbol => compilation.Matters,
            BodySymbol => compilation.Bodies,
            FactsSymbol => compilation.Facts,
            _ => [],
        };
        return rivals.FirstOrDefault(r => r != symbol && string.Equals(r.Name, name, StringComparison.Ordinal)) is { } rival
            ? $"{rival.Kind.ToString().ToLowerInvariant()} {rival.Name}"
            : null;
    }

    private JsonNode? DocumentSymbols(JsonElement request)
    {
        lock (_gate)
        {
            var path = PathOf(request.GetProperty("textDocument").GetProperty("uri").GetString());
            var compilation = _workspace.Current.Compilation;
            bool Here(Symbol s) => s.Location?.Path == path && s.DeclaringSyntax is not null;
            var symbols = new JsonArray();
            foreach (var body in compilation.Bodies.Where(Here))
                symbols.Add((JsonNode)DocumentSymbol(body, body.Members.Where(Here).Select(m => DocumentSymbol(m))));
            foreach (var symbol in compilation.Decisions.Concat<Symbol>(compilation.Rules).Concat(compilation.Matters).Where(Here))
                symbols.Add((JsonNode)DocumentSymbol(symbol));
            foreach (var facts in compilation.Facts.Where(Here))
                symbols.Add((JsonNode)DocumentSymbol(facts, facts.Candidates.Where(Here).Select(c => DocumentSymbol(c))));
            foreach (var test in compilation.Tests.Where(Here))
                symbols.Add((JsonNode)DocumentSymbol(test));
            return symbols;
        }
    }

    // LSP's SymbolKind of each kind of declaration, for document and workspace symbols.
    private static int SymbolKindOf(Symbol symbol) => symbol switch
    {
        BodySymbol => 5, // Class
        MemberSymbol => 8, // Field
        DecisionSymbol or RuleSymbol => 12, // Function
        MatterSymbol => 14, // Constant
        FactsSymbol => 3, // Namespace
        CandidateSymbol => 19, // Object
        _ => 6, // Method: a test
    };

    private static JsonObject DocumentSymbol(Symbol symbol, IEnumerable<JsonObject>? children = null)
    {
        var syntax = symbol.DeclaringSyntax!;
        var node = new JsonObject
        {
            ["name"] = symbol.Name,
            ["detail"] = symbol.Kind.ToString().ToLowerInvariant(),
            ["kind"] = SymbolKindOf(symbol),
            ["range"] = Range(syntax.GetLocation().LineSpan),
            ["selectionRange"] = Range(symbol.Location!.LineSpan),
        };
        if (children is not null)
            node["children"] = new JsonArray([.. children]);
        return node;
    }

    private JsonNode? WorkspaceSymbols(JsonElement request)
    {
        var query = request.TryGetProperty("query", out var q) ? q.GetString() ?? "" : "";
        lock (_gate)
        {
            var compilation = _workspace.Current.Compilation;
            IEnumerable<Symbol> all = [
                .. compilation.Bodies, .. compilation.Bodies.SelectMany(b => b.Members), .. compilation.Decisions, .. compilation.Rules,
                .. compilation.Matters, .. compilation.Facts, .. compilation.Candidates, .. compilation.Tests,
            ];
            return new JsonArray([.. all.Where(s => s.Location is not null && s.Name.Contains(query, StringComparison.OrdinalIgnoreCase))
                .Select(s => new JsonObject { ["name"] = s.Name, ["kind"] = SymbolKindOf(s), ["location"] = ToLsp(s.Location!) })]);
        }
    }

    // What may be written at the cursor: by the block it stands in and the token before it, the statements
    // and keywords that fit there and the names of the right kind (a facts block's members are its decisions'
    // bodies' members, its candidates its own); anywhere else, every keyword and every name.
    private JsonNode? Completion(JsonElement request)
    {
        lock (_gate)
        {
            var items = new JsonArray();
            var compilation = _workspace.Current.Compilation;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            void Keywords(params string[] words)
            {
                foreach (var word in words)
                    if (seen.Add(word))
                        items.Add((JsonNode)new JsonObject { ["label"] = word, ["kind"] = 14 });
            }
            void Names(IEnumerable<Symbol> symbols)
            {
                foreach (var symbol in symbols)
                    if (seen.Add(symbol.Name))
                        items.Add((JsonNode)new JsonObject { ["label"] = symbol.Name, ["kind"] = CompletionKind(symbol), ["detail"] = Detail(symbol) });
            }
            IEnumerable<Symbol> AllNames() => [.. compilation.Bodies.SelectMany(b => b.Members), .. compilation.Candidates, .. compilation.Matters,
                .. compilation.Rules, .. compilation.Decisions, .. compilation.Bodies];

            if (At(request) is not var (tree, offset))
                return new JsonObject { ["isIncomplete"] = false, ["items"] = items };
            var (previous, block) = Context(tree, offset);
            var model = compilation.GetSemanticModel(tree);
            var after = previous?.Kind ?? SyntaxKind.None;
            var statementStart = after is SyntaxKind.None or SyntaxKind.SemicolonToken or SyntaxKind.OpenBraceToken or SyntaxKind.CloseBraceToken;
            switch (block)
            {
                case null when statementStart:
                    Keywords("body", "decision", "rule", "matter", "facts", "test");
                    break;
                case BodyDeclarationSyntax when statementStart:
                    Keywords("member");
                    break;
                case BodyDeclarationSyntax:
                    Keywords("joined", "left", "term", "to");
                    break;
                case FactsDeclarationSyntax facts:
                    var factsSymbol = model.GetDeclaredSymbol(facts) as FactsSymbol;
                    var members = factsSymbol?.Decisions.SelectMany(d => d.Body.Members).Cast<Symbol>() ?? [];
                    if (statementStart)
                        Keywords("candidate", "proposal", "on", "guarantee", "matter");
                    else if (after is SyntaxKind.ColonToken)
                    {
                        Names(members);
                        Keywords("guarantee", "vote");
                    }
                    else if (after is SyntaxKind.CommaToken or SyntaxKind.ToKeyword)
                        Names(members);
                    else if (after is SyntaxKind.SupportsKeyword or SyntaxKind.ObjectsKeyword or SyntaxKind.AbstainsKeyword or SyntaxKind.FromKeyword
                             or SyntaxKind.VoteKeyword)
                        Names(factsSymbol?.Candidates ?? []);
                    else if (after is SyntaxKind.GuaranteeKeyword)
                        Names(compilation.Matters);
                    else if (after is SyntaxKind.IdentifierToken && previous!.Parent?.Parent is NameListSyntax)
                        Keywords("supports", "objects", "abstains", "absent", "joins", "leaves", "withdraws");
                    else if (after is SyntaxKind.UnlessKeyword or SyntaxKind.IfKeyword)
                        Keywords("guarantee");
                    else
                        Keywords(SyntaxFacts.KeywordTexts.ToArray());
                    break;
                case TestDeclarationSyntax when statementStart:
                    Keywords("as", "with", "without", "expect");
                    break;
                case TestDeclarationSyntax:
                    if (after is SyntaxKind.ExpectKeyword)
                        Names(compilation.Decisions);
                    else if (after is SyntaxKind.ForKeyword or SyntaxKind.SupportsKeyword or SyntaxKind.ObjectsKeyword or SyntaxKind.AbstainsKeyword)
                        Names(compilation.Candidates);
                    else if (after is SyntaxKind.ByKeyword or SyntaxKind.WithKeyword or SyntaxKind.CommaToken)
                        Names(compilation.Bodies.SelectMany(b => b.Members));
                    else if (after is SyntaxKind.IsKeyword)
                        Keywords("approved", "blocked", "pending", "ineligible", "rejected");
                    else if (after is SyntaxKind.GuaranteeKeyword)
                        Names(compilation.Matters);
                    else
                        Keywords(SyntaxFacts.KeywordTexts.ToArray());
                    break;
                case DecisionDeclarationSyntax when statementStart:
                    Keywords("require", "eligible", "guarantees", "blocking", "quorum");
                    break;
                default:
                    // A condition, or a place the context does not narrow.
                    Keywords(SyntaxFacts.KeywordTexts.ToArray());
                    Names(AllNames());
                    break;
            }
            return new JsonObject { ["isIncomplete"] = false, ["items"] = items };
        }
    }

    // The token before the word at the cursor (the word being typed is not context), and the body, decision, facts
    // or test declaration whose block or heading holds the cursor (none after its closing brace).
    private static (SyntaxToken? Previous, DeclarationSyntax? Block) Context(SyntaxTree tree, int offset)
    {
        SyntaxToken? previous = null;
        foreach (var token in tree.Tokens)
        {
            var typing = token.Span.End == offset && (token.Kind == SyntaxKind.IdentifierToken || SyntaxFacts.IsKeyword(token.Kind));
            if (token.Kind == SyntaxKind.EndOfFileToken || token.Span.End > offset || typing)
                break;
            previous = token;
        }
        DeclarationSyntax? block = null;
        for (var node = previous?.Parent; node is not null && block is null; node = node.Parent)
            if (node is BodyDeclarationSyntax or DecisionDeclarationSyntax or FactsDeclarationSyntax or TestDeclarationSyntax)
                block = (DeclarationSyntax)node;
        if (previous?.Kind == SyntaxKind.CloseBraceToken && block?.Span.End == previous.Span.End)
            block = null;
        return (previous, block);
    }

    private static int CompletionKind(Symbol symbol) => symbol switch
    {
        MemberSymbol => 20,
        CandidateSymbol => 12,
        MatterSymbol => 21,
        RuleSymbol or DecisionSymbol => 3,
        _ => 7,
    };

    private static string Detail(Symbol symbol) => symbol switch
    {
        MemberSymbol m => $"member of {m.Body.Name}{Title(m.Title)}",
        CandidateSymbol c => (c.IsProposal ? "proposal" : "candidate") + Title(c.Title),
        DecisionSymbol d => $"decision of {d.Body.Name}",
        _ => symbol.Kind.ToString().ToLowerInvariant(),
    };

    private JsonNode? Formatting(JsonElement request)
    {
        lock (_gate)
        {
            if (TreeOf(request) is not { } tree)
                return new JsonArray();
            var result = RuleFormatter.Format(tree);
            if (result.Status != FormattingStatus.Formatted || !result.Changed)
                return new JsonArray();
            var end = tree.Text.GetLinePosition(tree.Text.Length);
            return new JsonArray((JsonNode)new JsonObject { ["range"] = Range(new LinePositionSpan(new LinePosition(0, 0), end)), ["newText"] = result.Text });
        }
    }

    // The semantic token types, in the legend's order: a token's type is its index here.
    private static readonly string[] TokenTypes = ["keyword", "string", "number", "comment", "type", "enumMember", "function", "class", "macro", "variable"];

    // Every token of the file, classified: keywords, literals and comments by their kind, names by what they name
    // in the compilation (a body, a member, a decision or rule, a candidate, a matter), as LSP's relative integers.
    private JsonNode? SemanticTokens(JsonElement request)
    {
        lock (_gate)
        {
            if (TreeOf(request) is not { } tree)
                return new JsonObject { ["data"] = new JsonArray() };
            var compilation = _workspace.Current.Compilation;
            var kinds = new Dictionary<string, int>(StringComparer.Ordinal);
            void Name(IEnumerable<Symbol> symbols, int type)
            {
                foreach (var symbol in symbols)
                    kinds.TryAdd(symbol.Name, type);
            }
            Name(compilation.Bodies, 4);
            Name(compilation.Bodies.SelectMany(b => b.Members), 5);
            Name(compilation.Decisions, 6);
            Name(compilation.Rules, 6);
            Name(compilation.Candidates, 7);
            Name(compilation.Matters, 8);
            var data = new List<int>();
            var (lastLine, lastStart) = (0, 0);
            void Add(TextSpan span, int type)
            {
                // A token of several lines (a block comment) is one token a line, as clients without multiline tokens want.
                var text = tree.Text;
                for (var start = span.Start; start < span.End;)
                {
                    var position = text.GetLinePosition(start);
                    var lineEnd = Math.Min(span.End, text.GetLineSpan(position.Line).End);
                    if (lineEnd > start)
                    {
                        data.AddRange([position.Line - lastLine, position.Line == lastLine ? position.Character - lastStart : position.Character, lineEnd - start, type, 0]);
                        (lastLine, lastStart) = (position.Line, position.Character);
                    }
                    start = position.Line + 1 < text.LineCount ? text.GetLineSpan(position.Line + 1).Start : span.End;
                }
            }
            foreach (var token in tree.Tokens)
            {
                foreach (var trivia in token.LeadingTrivia)
                    if (SyntaxFacts.IsComment(trivia.Kind))
                        Add(trivia.Span, 3);
                var type = token.Kind switch
                {
                    SyntaxKind.StringToken => 1,
                    SyntaxKind.IntegerToken or SyntaxKind.PercentToken or SyntaxKind.FractionToken or SyntaxKind.DateToken => 2,
                    SyntaxKind.IdentifierToken => kinds.GetValueOrDefault(token.Text[(token.Text.LastIndexOf('.') + 1)..], 9),
                    _ when SyntaxFacts.IsKeyword(token.Kind) => 0,
                    _ => -1,
                };
                if (type >= 0 && token.Text.Length > 0)
                    Add(new TextSpan(token.Position, token.Text.Length), type);
                foreach (var trivia in token.TrailingTrivia)
                    if (SyntaxFacts.IsComment(trivia.Kind))
                        Add(trivia.Span, 3);
            }
            return new JsonObject { ["data"] = new JsonArray([.. data.Select(d => (JsonNode)d)]) };
        }
    }

    // Each block over more than one line, and each run of two or more comment lines.
    private JsonNode? FoldingRanges(JsonElement request)
    {
        lock (_gate)
        {
            var ranges = new JsonArray();
            if (TreeOf(request) is not { } tree)
                return ranges;
            var open = new Stack<int>();
            var text = tree.Text;
            (int First, int Last)? comments = null;
            void EndComments()
            {
                if (comments is { } c && c.Last > c.First)
                    ranges.Add((JsonNode)new JsonObject { ["startLine"] = c.First, ["endLine"] = c.Last, ["kind"] = "comment" });
                comments = null;
            }
            foreach (var token in tree.Tokens)
            {
                foreach (var trivia in token.LeadingTrivia.Concat(token.TrailingTrivia))
                {
                    if (trivia.Kind != SyntaxKind.SingleLineCommentTrivia)
                        continue;
                    var line = text.GetLinePosition(trivia.Position).Line;
                    comments = comments is { } c && c.Last + 1 == line ? (c.First, line) : Restart(line);
                }
                if (token.Kind == SyntaxKind.OpenBraceToken)
                {
                    open.Push(text.GetLinePosition(token.Position).Line);
                }
                else if (token.Kind == SyntaxKind.CloseBraceToken && open.Count > 0)
                {
                    var start = open.Pop();
                    var end = text.GetLinePosition(token.Position).Line;
                    if (end > start)
                        ranges.Add((JsonNode)new JsonObject { ["startLine"] = start, ["endLine"] = end - 1 });
                }
            }
            EndComments();
            return ranges;

            (int, int) Restart(int line)
            {
                EndComments();
                return (line, line);
            }
        }
    }

    // A quick fix for each diagnostic in the range that suggests a name: the name put in its place.
    private JsonNode? CodeActions(JsonElement request)
    {
        lock (_gate)
        {
            var actions = new JsonArray();
            if (TreeOf(request) is not { } tree)
                return actions;
            var range = Span(request.GetProperty("range"));
            var start = LspWorkspace.OffsetOf(tree.Text, range.Start.Line, range.Start.Character);
            var end = LspWorkspace.OffsetOf(tree.Text, range.End.Line, range.End.Character);
            foreach (var diagnostic in _workspace.Current.Diagnostics.Where(d => d.Location.Path == tree.Path && d.Location.Span.Start <= end && start <= d.Location.Span.End))
            {
                if (NameSuggester.SuggestionOf(diagnostic.Help) is not { } suggestion)
                    continue;
                var edit = new JsonObject { ["range"] = Range(diagnostic.Location.LineSpan), ["newText"] = suggestion };
                actions.Add((JsonNode)new JsonObject
                {
                    ["title"] = $"Change to '{suggestion}'",
                    ["kind"] = "quickfix",
                    ["isPreferred"] = true,
                    ["diagnostics"] = new JsonArray(ToLsp(diagnostic)),
                    ["edit"] = new JsonObject { ["changes"] = new JsonObject { [UriOf(tree.Path)] = new JsonArray((JsonNode)edit) } },
                });
            }
            return actions;
        }
    }

    private const string RunTestCommand = "natorules.runTest";

    // Above each test its result; above each decision its verdict for each candidate, as of the file's last test date or today.
    private JsonNode? CodeLenses(JsonElement request)
    {
        lock (_gate)
        {
            var lenses = new JsonArray();
            if (TreeOf(request) is not { } tree || _workspace.Current.HasErrors)
                return lenses;
            var compilation = _workspace.Current.Compilation;
            var tests = compilation.Tests.Where(t => t.Location?.Path == tree.Path).ToList();
            foreach (var test in tests)
            {
                var result = NatoRules.Testing.TestRunner.Run(compilation, test);
                var title = result.Passed ? $"passed ({result.Expectations} expectations)" : $"failed: {result.Failures[0].Expected}, got {result.Failures[0].Actual}";
                lenses.Add((JsonNode)Lens(test, title, new JsonArray(test.Name)));
            }
            var asOf = tests.Count > 0 ? tests.Max(t => t.AsOf) : DateOnly.FromDateTime(DateTime.Today);
            foreach (var decision in compilation.Decisions.Where(d => d.Location?.Path == tree.Path))
            {
                var verdicts = decision.Candidates.Select(c => $"{c.Name} {compilation.Evaluate(decision, c, asOf).Outcome.ToText()}").ToList();
                if (verdicts.Count > 0)
                    lenses.Add((JsonNode)Lens(decision, $"as of {asOf:yyyy-MM-dd}: {string.Join(", ", verdicts)}", null));
            }
            return lenses;
        }
    }

    private static JsonObject Lens(Symbol symbol, string title, JsonArray? arguments)
    {
        var command = new JsonObject { ["title"] = title, ["command"] = arguments is null ? "" : RunTestCommand };
        if (arguments is not null)
            command["arguments"] = arguments;
        return new JsonObject { ["range"] = Range(symbol.Location!.LineSpan), ["command"] = command };
    }

    // natorules.runTest NAME: runs the test and tells the client its result in a message.
    private JsonNode? ExecuteCommand(JsonElement request)
    {
        if (request.GetProperty("command").GetString() != RunTestCommand)
            throw new JsonRpcError(JsonRpcError.InvalidParams, $"no command '{request.GetProperty("command").GetString()}'");
        if (!request.TryGetProperty("arguments", out var arguments) || arguments.ValueKind != JsonValueKind.Array
            || arguments.GetArrayLength() != 1 || arguments[0].ValueKind != JsonValueKind.String)
            throw new JsonRpcError(JsonRpcError.InvalidParams, $"{RunTestCommand} takes one argument, the name of a test");
        var name = arguments[0].GetString();
        string message;
        lock (_gate)
        {
            var compilation = _workspace.Current.Compilation;
            if (_workspace.Current.HasErrors || compilation.Tests.FirstOrDefault(t => t.Name == name) is not { } test)
                throw new JsonRpcError(JsonRpcError.RequestFailed, _workspace.Current.HasErrors ? "the rules have errors; fix them to run the tests" : $"no test \"{name}\"");
            var result = NatoRules.Testing.TestRunner.Run(compilation, test);
            message = result.Passed
                ? $"test \"{name}\": passed ({result.Expectations} expectations)"
                : $"test \"{name}\": failed\n" + string.Join("\n", result.Failures.Select(f => $"expected {f.Expected}, got {f.Actual}"));
        }
        _rpc.Notify("window/showMessage", new JsonObject { ["type"] = message.Contains("failed", StringComparison.Ordinal) ? 1 : 3, ["message"] = message });
        return message;
    }

    private SyntaxTree? TreeOf(JsonElement request) =>
        PathOf(request.GetProperty("textDocument").GetProperty("uri").GetString()) is { } path ? _workspace.TreeOf(path) : null;

    // The tree and offset of a request's textDocument and position.
    private (SyntaxTree Tree, int Offset)? At(JsonElement request)
    {
        if (TreeOf(request) is not { } tree)
            return null;
        var position = request.GetProperty("position");
        return (tree, LspWorkspace.OffsetOf(tree.Text, position.GetProperty("line").GetInt32(), position.GetProperty("character").GetInt32()));
    }

    private Symbol? SymbolAt(JsonElement request) =>
        At(request) is var (tree, offset) ? _workspace.Current.Compilation.GetSemanticModel(tree).GetSymbolAt(offset) : null;

    private static bool Touches(TextSpan span, int offset) => span.Start <= offset && offset <= span.End;

    private static JsonObject ToLsp(Location location) => new() { ["uri"] = UriOf(location.Path), ["range"] = Range(location.LineSpan) };

    private static JsonObject Range(LinePositionSpan span) => new()
    {
        ["start"] = new JsonObject { ["line"] = span.Start.Line, ["character"] = span.Start.Character },
        ["end"] = new JsonObject { ["line"] = span.End.Line, ["character"] = span.End.Character },
    };

    private static LinePositionSpan Span(JsonElement range)
    {
        LinePosition Position(JsonElement p) => new(p.GetProperty("line").GetInt32(), p.GetProperty("character").GetInt32());
        return new LinePositionSpan(Position(range.GetProperty("start")), Position(range.GetProperty("end")));
    }

    private static string? PathOf(string? uri) =>
        uri is null ? null : Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile ? Path.GetFullPath(parsed.LocalPath) : uri;

    private static string UriOf(string path) => Path.IsPathRooted(path) ? new Uri(path).AbsoluteUri : path;
}
