using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Channels;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace NatoRules.Cli.Tests;

/// <summary>
/// <c>natorules lsp</c> driven as an editor drives it: the real program over its stdin and stdout, spoken to by
/// StreamJsonRpc (an independent implementation of the protocol's framing), on a copy of the shipped NATO rules.
/// </summary>
public sealed class LanguageServerTests
{
    [Test]
    public async Task Diagnostics_follow_each_edit_with_the_cli_ids_and_ranges()
    {
        await using var server = await LspClient.StartAsync();
        var path = server.PathOf("secretary-general.rules");
        var text = File.ReadAllText(path);
        await server.OpenAsync(path, text);
        (await server.DiagnosticsForAsync(path)).GetArrayLength().ShouldBe(0, "the shipped rules have no diagnostics");

        // Rename HUN in one fact to HUNG, as a user typing would: an incremental edit of one character.
        var (line, character) = LineAndCharacter(text, text.IndexOf("on 2024-01-01: HUN objects", StringComparison.Ordinal) + "on 2024-01-01: HUN".Length);
        await server.ChangeAsync(path, 2, line, character, line, character, "G");
        var diagnostics = await server.DiagnosticsForAsync(path);
        diagnostics.GetArrayLength().ShouldBe(1);
        var diagnostic = diagnostics[0];
        diagnostic.GetProperty("code").GetString().ShouldBe("NR2001");
        diagnostic.GetProperty("severity").GetInt32().ShouldBe(1);
        diagnostic.GetProperty("message").GetString().ShouldBe("unknown member 'HUNG' of NATO\ndid you mean 'HUN'?");
        var range = diagnostic.GetProperty("range");
        range.GetProperty("start").GetProperty("line").GetInt32().ShouldBe(line);
        range.GetProperty("start").GetProperty("character").GetInt32().ShouldBe(character - 3);
        range.GetProperty("end").GetProperty("character").GetInt32().ShouldBe(character + 1);

        await server.ChangeAsync(path, 3, line, character, line, character + 1, "");
        (await server.DiagnosticsForAsync(path)).GetArrayLength().ShouldBe(0, "the fix clears the diagnostic");
    }

    [Test]
    public async Task Hover_definition_and_references_of_a_member()
    {
        await using var server = await LspClient.StartAsync();
        var path = server.PathOf("secretary-general.rules");
        var text = File.ReadAllText(path);
        await server.OpenAsync(path, text);
        var (line, character) = LineAndCharacter(text, text.IndexOf("on 2024-01-01: HUN objects", StringComparison.Ordinal) + "on 2024-01-01: H".Length);

        var hover = await server.RequestAsync("textDocument/hover", server.Position(path, line, character));
        var markdown = hover.GetProperty("contents").GetProperty("value").GetString()!;
        markdown.ShouldStartWith("member **HUN** (Hungary) of NATO: since 1999-03-12");
        markdown.ShouldContain("member HUN \"Hungary\" joined 1999-03-12;");

        var definition = await server.RequestAsync("textDocument/definition", server.Position(path, line, character));
        definition.GetProperty("uri").GetString().ShouldBe(new Uri(server.PathOf("members.rules")).AbsoluteUri);
        var members = File.ReadAllText(server.PathOf("members.rules"));
        definition.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32()
            .ShouldBe(LineAndCharacter(members, members.IndexOf("member HUN", StringComparison.Ordinal)).Line);

        var parameters = server.Position(path, line, character);
        parameters["context"] = new Dictionary<string, object> { ["includeDeclaration"] = true };
        var references = await server.RequestAsync("textDocument/references", parameters);
        var uris = references.EnumerateArray().Select(r => r.GetProperty("uri").GetString()).ToList();
        uris.ShouldContain(new Uri(server.PathOf("members.rules")).AbsoluteUri);
        uris.Count(u => u == new Uri(path).AbsoluteUri).ShouldBe(Names(text, "HUN"), "every HUN of the file");
    }

    [Test]
    public async Task Hover_on_a_decision_gives_its_rule_in_words_and_on_a_diagnostic_its_explanation()
    {
        await using var server = await LspClient.StartAsync();
        var path = server.PathOf("secretary-general.rules");
        var text = File.ReadAllText(path);
        await server.OpenAsync(path, text);
        var (line, character) = LineAndCharacter(text, text.IndexOf("decision SecretaryGeneral", StringComparison.Ordinal) + "decision S".Length);

        var decision = (await server.RequestAsync("textDocument/hover", server.Position(path, line, character))).GetProperty("contents").GetProperty("value").GetString()!;
        decision.ShouldStartWith("decision **NATO.SecretaryGeneral** of NATO\n\n- eligible when the candidate is a national of a member");
        decision.ShouldContain("- approved when no member objects (silence is consent), and no member backs a rival candidate who is still running");

        var broken = server.PathOf("extra.rules");
        await server.OpenAsync(broken, "facts Extra for SecretaryGeneral { on 2024-06-25: HUNG objects Rutte; }\n");
        var explained = (await server.RequestAsync("textDocument/hover", server.Position(broken, 0, 52))).GetProperty("contents").GetProperty("value").GetString()!;
        explained.ShouldStartWith("**NR2001** unknown member 'HUNG' of NATO");
        explained.ShouldContain("### NR2001: Unknown member", Case.Sensitive, "the section of docs/diagnostics.md");
    }

    [Test]
    public async Task Rename_edits_every_reference_and_refuses_a_clash()
    {
        await using var server = await LspClient.StartAsync();
        var path = server.PathOf("secretary-general.rules");
        var text = File.ReadAllText(path);
        await server.OpenAsync(path, text);
        var (line, character) = LineAndCharacter(text, text.IndexOf("candidate Rutte", StringComparison.Ordinal) + "candidate R".Length);

        var parameters = server.Position(path, line, character);
        parameters["newName"] = "MarkRutte";
        var edit = await server.RequestAsync("textDocument/rename", parameters);
        var edits = edit.GetProperty("changes").GetProperty(new Uri(path).AbsoluteUri);
        edits.GetArrayLength().ShouldBe(Names(text, "Rutte"), "the declaration and every reference, not the words of comments and titles");
        edits.EnumerateArray().ShouldAllBe(e => e.GetProperty("newText").GetString() == "MarkRutte");

        parameters["newName"] = "Iohannis";
        var refused = await Should.ThrowAsync<RemoteInvocationException>(() => server.RequestAsync("textDocument/rename", parameters));
        refused.Message.ShouldBe("'Iohannis' is already the name of candidate Iohannis; the rename would make them one");
        parameters["newName"] = "not a name";
        (await Should.ThrowAsync<RemoteInvocationException>(() => server.RequestAsync("textDocument/rename", parameters))).Message.ShouldContain("is not a name");

        // A member: its declaration in members.rules and every position that names it, in both files.
        var (memberLine, memberCharacter) = LineAndCharacter(text, text.IndexOf("on 2024-01-01: HUN objects", StringComparison.Ordinal) + "on 2024-01-01: H".Length);
        var member = server.Position(path, memberLine, memberCharacter);
        member["newName"] = "HNG";
        var changes = (await server.RequestAsync("textDocument/rename", member)).GetProperty("changes");
        var members = File.ReadAllText(server.PathOf("members.rules"));
        changes.GetProperty(new Uri(server.PathOf("members.rules")).AbsoluteUri).GetArrayLength().ShouldBe(Names(members, "HUN"));
        changes.GetProperty(new Uri(path).AbsoluteUri).GetArrayLength().ShouldBe(Names(text, "HUN"));
        member["newName"] = "TUR";
        (await Should.ThrowAsync<RemoteInvocationException>(() => server.RequestAsync("textDocument/rename", member)))
            .Message.ShouldBe("'TUR' is already the name of member TUR; the rename would make them one");
    }

    [Test]
    public async Task Formatting_and_document_symbols()
    {
        await using var server = await LspClient.StartAsync();
        var path = server.PathOf("scratch.rules");
        await server.OpenAsync(path, "decision Extra in NATO{require consensus ;}\n");

        var formatting = await server.RequestAsync("textDocument/formatting",
            new Dictionary<string, object> { ["textDocument"] = new Dictionary<string, object> { ["uri"] = new Uri(path).AbsoluteUri }, ["options"] = new Dictionary<string, object> { ["tabSize"] = 2, ["insertSpaces"] = true } });
        formatting.GetArrayLength().ShouldBe(1);
        formatting[0].GetProperty("newText").GetString().ShouldBe("decision Extra in NATO {\n  require consensus;\n}\n");

        var symbols = await server.RequestAsync("textDocument/documentSymbol",
            new Dictionary<string, object> { ["textDocument"] = new Dictionary<string, object> { ["uri"] = new Uri(server.PathOf("members.rules")).AbsoluteUri } });
        var nato = symbols.EnumerateArray().Single();
        nato.GetProperty("name").GetString().ShouldBe("NATO");
        nato.GetProperty("children").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ShouldContain("HUN");

    }

    [Test]
    public async Task Completion_offers_what_fits_where_the_cursor_is()
    {
        await using var server = await LspClient.StartAsync();
        var path = server.PathOf("secretary-general.rules");
        var text = File.ReadAllText(path);
        await server.OpenAsync(path, text);
        async Task<List<string>> LabelsAt(string before)
        {
            var (line, character) = LineAndCharacter(text, text.IndexOf(before, StringComparison.Ordinal) + before.Length);
            var completion = await server.RequestAsync("textDocument/completion", server.Position(path, line, character));
            return [.. completion.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("label").GetString()!)];
        }

        var declarations = await LabelsAt("");
        declarations.ShouldBe(["body", "decision", "rule", "matter", "facts", "test"], "the start of the file: a declaration");

        var afterColon = await LabelsAt("on 2024-01-01: ");
        afterColon.ShouldContain("HUN", "the members of the facts' decision's body");
        afterColon.ShouldContain("guarantee");
        afterColon.ShouldNotContain("Rutte");
        afterColon.ShouldNotContain("consensus");

        var afterVerb = await LabelsAt("on 2024-01-01: TUR objects ");
        afterVerb.ShouldBe(["Rutte", "Iohannis"], ignoreOrder: true, "the candidates of the facts block");

        (await LabelsAt("expect ")).ShouldContain("SecretaryGeneral");
        (await LabelsAt("expect ")).ShouldNotContain("HUN");

        var inCondition = await LabelsAt("require ");
        inCondition.ShouldContain("consensus");
        inCondition.ShouldContain("unanimity");
    }

    [Test]
    public async Task Semantic_tokens_and_folding_ranges()
    {
        await using var server = await LspClient.StartAsync();
        var path = server.PathOf("members.rules");
        var text = File.ReadAllText(path);
        var document = new Dictionary<string, object> { ["textDocument"] = new Dictionary<string, object> { ["uri"] = new Uri(path).AbsoluteUri } };

        var data = (await server.RequestAsync("textDocument/semanticTokens/full", document)).GetProperty("data").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        data.Length.ShouldBe(data.Length / 5 * 5);
        var tokens = new Dictionary<string, string>();
        string[] types = ["keyword", "string", "number", "comment", "type", "enumMember", "function", "class", "macro", "variable"];
        var lines = text.Split('\n');
        for (int i = 0, line = 0, start = 0; i < data.Length; i += 5)
        {
            line += data[i];
            start = data[i] == 0 ? start + data[i + 1] : data[i + 1];
            tokens.TryAdd(lines[line].Substring(start, data[i + 2]), types[data[i + 3]]);
        }
        tokens["body"].ShouldBe("keyword");
        tokens["NATO"].ShouldBe("type");
        tokens["HUN"].ShouldBe("enumMember");
        tokens["\"Hungary\""].ShouldBe("string");
        tokens["1999-03-12"].ShouldBe("number");
        tokens.Keys.ShouldContain(k => k.StartsWith("//", StringComparison.Ordinal), "comments");

        var folding = await server.RequestAsync("textDocument/foldingRange", document);
        var body = LineAndCharacter(text, text.IndexOf("body NATO", StringComparison.Ordinal)).Line;
        folding.EnumerateArray().ShouldContain(r => r.GetProperty("startLine").GetInt32() == body && r.GetProperty("endLine").GetInt32() == LineAndCharacter(text, text.LastIndexOf('}')).Line - 1);
    }

    [Test]
    public async Task A_did_you_mean_diagnostic_has_a_quick_fix()
    {
        await using var server = await LspClient.StartAsync();
        var path = server.PathOf("extra.rules");
        await server.OpenAsync(path, "facts Extra for SecretaryGeneral { on 2024-06-25: HUNG objects Rutte; }\n");
        (await server.DiagnosticsForAsync(path)).GetArrayLength().ShouldBe(1);

        var parameters = server.Position(path, 0, 0);
        parameters.Remove("position");
        parameters["range"] = new Dictionary<string, object>
        {
            ["start"] = new Dictionary<string, object> { ["line"] = 0, ["character"] = 51 },
            ["end"] = new Dictionary<string, object> { ["line"] = 0, ["character"] = 51 },
        };
        parameters["context"] = new Dictionary<string, object> { ["diagnostics"] = Array.Empty<object>() };
        var action = (await server.RequestAsync("textDocument/codeAction", parameters)).EnumerateArray().Single();
        action.GetProperty("title").GetString().ShouldBe("Change to 'HUN'");
        var edit = action.GetProperty("edit").GetProperty("changes").GetProperty(new Uri(path).AbsoluteUri)[0];
        edit.GetProperty("newText").GetString().ShouldBe("HUN");
        edit.GetProperty("range").GetProperty("start").GetProperty("character").GetInt32().ShouldBe(50);
        edit.GetProperty("range").GetProperty("end").GetProperty("character").GetInt32().ShouldBe(54);
    }

    [Test]
    public async Task Code_lenses_show_test_results_and_verdicts_and_run_a_test()
    {
        await using var server = await LspClient.StartAsync();
        var path = server.PathOf("secretary-general.rules");
        var document = new Dictionary<string, object> { ["textDocument"] = new Dictionary<string, object> { ["uri"] = new Uri(path).AbsoluteUri } };

        var lenses = (await server.RequestAsync("textDocument/codeLens", document)).EnumerateArray()
            .Select(l => l.GetProperty("command").GetProperty("title").GetString()!).ToList();
        lenses.Count(l => l.StartsWith("passed (", StringComparison.Ordinal)).ShouldBe(Regex.Count(File.ReadAllText(path), "^test \"", RegexOptions.Multiline));
        lenses.ShouldContain(l => l.StartsWith("as of 2024-", StringComparison.Ordinal) && l.Contains("Rutte approved", StringComparison.Ordinal));

        var result = await server.RequestAsync("workspace/executeCommand", new Dictionary<string, object>
        {
            ["command"] = "natorules.runTest",
            ["arguments"] = new object[] { "early 2024: Hungary and Turkey block Rutte" },
        });
        result.GetString().ShouldBe("test \"early 2024: Hungary and Turkey block Rutte\": passed (4 expectations)");
    }

    [Test]
    public async Task Requests_of_the_wrong_shape_get_errors_and_the_server_goes_on()
    {
        await using var server = await LspClient.StartAsync();

        // executeCommand without its argument stopped the server with an IndexOutOfRangeException. Errors of the
        // parameters (-32602) come to StreamJsonRpc's client as RemoteMethodNotFoundException.
        var noArgument = await Should.ThrowAsync<RemoteMethodNotFoundException>(() => server.RequestAsync("workspace/executeCommand",
            new Dictionary<string, object> { ["command"] = "natorules.runTest", ["arguments"] = Array.Empty<object>() }));
        noArgument.ErrorCode.ShouldBe(JsonRpcErrorCode.InvalidParams);
        noArgument.Message.ShouldBe("natorules.runTest takes one argument, the name of a test");
        (await Should.ThrowAsync<RemoteMethodNotFoundException>(() => server.RequestAsync("textDocument/hover", new Dictionary<string, object>())))
            .Message.ShouldStartWith("the parameters of 'textDocument/hover' are not as LSP gives them");
        (await Should.ThrowAsync<RemoteMethodNotFoundException>(() => server.RequestAsync("textDocument/hover",
            new Dictionary<string, object> { ["textDocument"] = new Dictionary<string, object> { ["uri"] = 5 }, ["position"] = "here" })))
            .ErrorCode.ShouldBe(JsonRpcErrorCode.InvalidParams);
        (await Should.ThrowAsync<RemoteMethodNotFoundException>(() => server.RequestAsync("no/such/method", new Dictionary<string, object>())))
            .ErrorCode.ShouldBe(JsonRpcErrorCode.MethodNotFound);
        await server.NotifyAsync("textDocument/didOpen", new Dictionary<string, object>());

        var path = server.PathOf("secretary-general.rules");
        var far = await server.RequestAsync("textDocument/hover", server.Position(path, 99_999, -7));
        far.ValueKind.ShouldBe(JsonValueKind.Null, "a position past the end is nothing to hover");
        (await server.ShutdownAsync()).ShouldBe(0, "the server is still there to shut down");
    }

    [Test]
    public async Task Exits_zero_after_shutdown_and_exit()
    {
        await using var server = await LspClient.StartAsync();
        (await server.ShutdownAsync()).ShouldBe(0);
    }

    private static (int Line, int Character) LineAndCharacter(string text, int offset)
    {
        var line = text.AsSpan(0, offset).Count('\n');
        return (line, offset - (text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1));
    }

    // How many times the file names `name` in its code.
    private static int Names(string text, string name) =>
        NatoRules.Syntax.SyntaxTree.Parse(text).Tokens.Count(t => t.Kind == NatoRules.Syntax.SyntaxKind.IdentifierToken && t.Text == name);

    /// <summary>The server in a child process, on a copy of rules/nato, with the client side of the protocol.</summary>
    private sealed class LspClient : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly JsonRpc _rpc;
        private readonly Channel<JsonElement> _diagnostics = Channel.CreateUnbounded<JsonElement>();
        private readonly string _folder;

        private LspClient(Process process, string folder)
        {
            _process = process;
            _folder = folder;
            _rpc = new JsonRpc(new HeaderDelimitedMessageHandler(process.StandardInput.BaseStream, process.StandardOutput.BaseStream, new SystemTextJsonFormatter()));
            Action<JsonElement> published = p => _diagnostics.Writer.TryWrite(p.Clone());
            _rpc.AddLocalRpcMethod(published.Method, published.Target,
                new JsonRpcMethodAttribute("textDocument/publishDiagnostics") { UseSingleObjectParameterDeserialization = true });
            _rpc.StartListening();
        }

        public static async Task<LspClient> StartAsync()
        {
            var folder = Path.Combine(Path.GetTempPath(), "natorules-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            foreach (var file in Directory.GetFiles(Path.Combine(Repository.Root, "rules", "nato"), "*.rules"))
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            };
            start.ArgumentList.Add(Path.Combine(TestContext.CurrentContext.TestDirectory, "NatoRules.Cli.dll"));
            start.ArgumentList.Add("lsp");
            var client = new LspClient(Process.Start(start)!, folder);
            var result = await client.RequestAsync("initialize", new Dictionary<string, object>
            {
                ["processId"] = Environment.ProcessId,
                ["rootUri"] = new Uri(folder).AbsoluteUri,
                ["capabilities"] = new Dictionary<string, object>(),
            });
            result.GetProperty("capabilities").GetProperty("textDocumentSync").GetProperty("change").GetInt32().ShouldBe(2, "incremental sync");
            await client._rpc.NotifyWithParameterObjectAsync("initialized", new Dictionary<string, object>());
            return client;
        }

        public string PathOf(string name) => Path.Combine(_folder, name);

        public Task NotifyAsync(string method, object parameters) => _rpc.NotifyWithParameterObjectAsync(method, parameters);

        public Dictionary<string, object> Position(string path, int line, int character) => new()
        {
            ["textDocument"] = new Dictionary<string, object> { ["uri"] = new Uri(path).AbsoluteUri },
            ["position"] = new Dictionary<string, object> { ["line"] = line, ["character"] = character },
        };

        public async Task<JsonElement> RequestAsync(string method, object parameters)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            return await _rpc.InvokeWithParameterObjectAsync<JsonElement>(method, parameters, timeout.Token);
        }

        public Task OpenAsync(string path, string text) => _rpc.NotifyWithParameterObjectAsync("textDocument/didOpen", new Dictionary<string, object>
        {
            ["textDocument"] = new Dictionary<string, object> { ["uri"] = new Uri(path).AbsoluteUri, ["languageId"] = "natorules", ["version"] = 1, ["text"] = text },
        });

        public Task ChangeAsync(string path, int version, int startLine, int startCharacter, int endLine, int endCharacter, string text) =>
            _rpc.NotifyWithParameterObjectAsync("textDocument/didChange", new Dictionary<string, object>
            {
                ["textDocument"] = new Dictionary<string, object> { ["uri"] = new Uri(path).AbsoluteUri, ["version"] = version },
                ["contentChanges"] = new object[]
                {
                    new Dictionary<string, object>
                    {
                        ["range"] = new Dictionary<string, object>
                        {
                            ["start"] = new Dictionary<string, object> { ["line"] = startLine, ["character"] = startCharacter },
                            ["end"] = new Dictionary<string, object> { ["line"] = endLine, ["character"] = endCharacter },
                        },
                        ["text"] = text,
                    },
                },
            });

        // The next diagnostics published for the file (those of other files are passed over).
        public async Task<JsonElement> DiagnosticsForAsync(string path)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            while (true)
            {
                var published = await _diagnostics.Reader.ReadAsync(timeout.Token);
                if (published.GetProperty("uri").GetString() == new Uri(path).AbsoluteUri)
                    return published.GetProperty("diagnostics");
            }
        }

        public async Task<int> ShutdownAsync()
        {
            await _rpc.InvokeWithParameterObjectAsync<JsonElement?>("shutdown", null);
            await _rpc.NotifyAsync("exit");
            await _process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
            return _process.ExitCode;
        }

        public async ValueTask DisposeAsync()
        {
            _rpc.Dispose();
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
            _process.Dispose();
        }
    }
}
