using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace NatoRules.Server.Tests;

public sealed class ServerTests
{
    private string _rules = "";
    private WebApplicationFactory<Program> _factory = null!;
    private HttpClient _client = null!;

    [SetUp]
    public void StartServer()
    {
        // Each test serves its own copy of the NATO rules, so reload tests can edit them.
        _rules = Path.Combine(Path.GetTempPath(), "natorules-server-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_rules);
        foreach (var file in Directory.GetFiles(Path.Combine(TestSupport.RepositoryRoot.Path, "rules", "nato"), "*.rules"))
            File.Copy(file, Path.Combine(_rules, Path.GetFileName(file)));
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host.UseSetting("Rules:Path", _rules));
        _client = _factory.CreateClient();
    }

    [TearDown]
    public void StopServer()
    {
        _client.Dispose();
        _factory.Dispose();
        Directory.Delete(_rules, recursive: true);
    }

    private static StringContent JsonBody(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<JsonElement> ReadJson(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Test]
    public async Task Health_reports_the_loaded_rules()
    {
        var response = await _client.GetAsync("/health");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await ReadJson(response);
        body.GetProperty("status").GetString().ShouldBe("healthy");
        body.GetProperty("decisions").GetInt32().ShouldBe(2);
    }

    [Test]
    public async Task Rules_lists_decisions_with_their_bodies()
    {
        var body = await ReadJson(await _client.GetAsync("/v1/rules"));
        var decisions = body.GetProperty("decisions").EnumerateArray().ToArray();
        decisions.Select(d => d.GetProperty("decision").GetString()).ShouldBe(["Accession", "SecretaryGeneral"], ignoreOrder: true);
        decisions.ShouldAllBe(d => d.GetProperty("body").GetString() == "NATO");
    }

    [Test]
    public async Task Evaluate_returns_the_verdict_in_the_CLI_json_shape()
    {
        var response = await _client.PostAsync("/v1/evaluate", JsonBody("""{ "decision": "SecretaryGeneral", "candidate": "Rutte", "asOf": "2024-06-17" }"""));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var verdict = (await ReadJson(response)).GetProperty("decisions")[0];
        verdict.GetProperty("outcome").GetString().ShouldBe("blocked");
        verdict.GetProperty("blockers").EnumerateArray().Select(b => b.GetProperty("member").GetString()).ShouldBe(["HUN", "ROU"]);
        verdict.GetProperty("unblock")[0].GetProperty("matter").GetString().ShouldBe("UkraineOptOut");
    }

    [Test]
    public async Task Power_returns_each_allys_exact_share_in_the_CLI_json_shape()
    {
        var response = await _client.PostAsync("/v1/power", JsonBody("""{ "decision": "SecretaryGeneral", "asOf": "2024-06-17" }"""));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var power = await ReadJson(response);
        var members = power.GetProperty("members").EnumerateArray().ToList();
        members.Count.ShouldBe(32);
        members.ShouldAllBe(m => m.GetProperty("shapleyShubik").GetProperty("exact").GetString() == "1/32" && m.GetProperty("canBlockAlone").GetBoolean());
        power.GetProperty("minimalWinning").GetProperty("count").GetString().ShouldBe("1");

        var typo = await _client.PostAsync("/v1/power", JsonBody("""{ "decision": "SecretaryGeneral", "asof": "2024-06-17" }"""));
        typo.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ReadJson(typo)).GetProperty("detail").GetString().ShouldBe("Unknown field 'asof'; did you mean 'asOf'? The fields are decision, asOf.");
        var unknown = await _client.PostAsync("/v1/power", JsonBody("""{ "decision": "Nope", "asOf": "2024-06-17" }"""));
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Timeline_returns_the_stretches_of_the_founding_case()
    {
        var response = await _client.PostAsync("/v1/timeline", JsonBody("""{ "decision": "SecretaryGeneral", "candidate": "Rutte", "from": "2024-06-01", "to": "2024-06-30" }"""));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var segments = (await ReadJson(response)).GetProperty("segments").EnumerateArray()
            .Select(s => $"{s.GetProperty("from").GetString()} {s.GetProperty("outcome").GetString()}").ToList();
        segments.ShouldBe(["2024-06-01 blocked", "2024-06-18 blocked", "2024-06-20 approved"]);

        var unknown = await _client.PostAsync("/v1/timeline", JsonBody("""{ "decision": "SecretaryGeneral", "candidate": "Rute", "from": "2024-06-01", "to": "2024-06-30" }"""));
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ReadJson(unknown)).GetProperty("detail").GetString().ShouldBe("There is no candidate 'Rute'; did you mean 'Rutte'?");
        var centuries = await _client.PostAsync("/v1/timeline", JsonBody("""{ "decision": "SecretaryGeneral", "candidate": "Rutte", "from": "0001-01-01", "to": "9999-12-31" }"""));
        centuries.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Evaluate_takes_facts_as_json()
    {
        var response = await _client.PostAsync("/v1/evaluate", JsonBody("""
            { "decision": "SecretaryGeneral", "candidate": "Rutte", "asOf": "2024-06-26",
              "facts": { "facts": "Extra", "for": ["SecretaryGeneral"],
                         "positions": [{ "on": "2024-06-25", "member": "POL", "stance": "objects", "candidate": "Rutte" }] } }
            """));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var verdict = (await ReadJson(response)).GetProperty("decisions")[0];
        verdict.GetProperty("blockers")[0].GetProperty("member").GetString().ShouldBe("POL");
        verdict.GetProperty("blockers")[0].GetProperty("file").GetString().ShouldBe("request", "a fact from the request points into the request body");
    }

    [Test]
    public async Task Errors_are_problem_details()
    {
        var unknown = await _client.PostAsync("/v1/evaluate", JsonBody("""{ "decision": "Nope", "candidate": "Rutte", "asOf": "2024-06-17" }"""));
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        unknown.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await ReadJson(unknown)).GetProperty("detail").GetString().ShouldBe("There is no decision 'Nope'.");

        var badDate = await _client.PostAsync("/v1/evaluate", JsonBody("""{ "decision": "SecretaryGeneral", "candidate": "Rutte", "asOf": "17/06/2024" }"""));
        badDate.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ReadJson(badDate)).GetProperty("title").GetString().ShouldBe("Malformed request");

        var badFacts = await _client.PostAsync("/v1/evaluate", JsonBody("""
            { "decision": "SecretaryGeneral", "candidate": "Rutte", "asOf": "2024-06-26",
              "facts": { "facts": "Extra", "for": ["SecretaryGeneral"], "positions": [{ "on": "2024-06-25", "member": "HUNG", "stance": "objects", "candidate": "Rutte" }] } }
            """));
        badFacts.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await ReadJson(badFacts);
        problem.GetProperty("diagnostics")[0].GetProperty("id").GetString().ShouldBe("NR2001");

        var notJson = await _client.PostAsync("/v1/evaluate", JsonBody("{ nope"));
        notJson.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        notJson.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");

        var missing = await _client.GetAsync("/v1/nothing-here");
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        missing.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Test]
    public async Task Requests_are_read_strictly_and_name_the_field_at_fault()
    {
        var plain = await _client.PostAsync("/v1/evaluate", new StringContent("""{ "decision": "SecretaryGeneral", "candidate": "Rutte", "asOf": "2024-06-17" }"""));
        plain.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        plain.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");

        var typo = await _client.PostAsync("/v1/evaluate", JsonBody("""{ "decision": "SecretaryGeneral", "candidate": "Rutte", "asOf": "2024-06-17", "explian": true }"""));
        typo.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ReadJson(typo)).GetProperty("detail").GetString()!.ShouldStartWith("Unknown field 'explian'; did you mean 'explain'?");

        var yes = await _client.PostAsync("/v1/evaluate", JsonBody("""{ "decision": "SecretaryGeneral", "candidate": "Rutte", "asOf": "2024-06-17", "explain": "yes" }"""));
        yes.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ReadJson(yes)).GetProperty("detail").GetString().ShouldBe("Field 'explain' must be true or false, not a string.");

        var number = await _client.PostAsync("/v1/evaluate", JsonBody("""{ "decision": 7, "candidate": "Rutte", "asOf": "2024-06-17" }"""));
        (await ReadJson(number)).GetProperty("detail").GetString().ShouldBe("Field 'decision' must be a string, not a number.");

        var missing = await _client.PostAsync("/v1/evaluate", JsonBody("""{ "decision": "SecretaryGeneral", "asOf": "2024-06-17" }"""));
        (await ReadJson(missing)).GetProperty("detail").GetString()!.ShouldStartWith("Field 'candidate' is missing");

        var check = await _client.PostAsync("/v1/check", JsonBody("""{ "rules": "body B {}" }"""));
        check.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
    }

    [Test]
    public async Task Diagnostics_about_request_facts_give_the_line_and_column_in_the_request_body()
    {
        var response = await _client.PostAsync("/v1/evaluate", JsonBody("""
            { "decision": "SecretaryGeneral", "candidate": "Rutte", "asOf": "2024-06-26",
              "facts": {
                "facts": "Extra", "for": ["SecretaryGeneral"],
                "positions": [{ "on": "2024-06-25", "member": "HUNG", "stance": "objects", "candidate": "Rutte" }] } }
            """));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var diagnostic = (await ReadJson(response)).GetProperty("diagnostics")[0];
        diagnostic.GetProperty("id").GetString().ShouldBe("NR2001");
        (diagnostic.GetProperty("line").GetInt32(), diagnostic.GetProperty("column").GetInt32()).ShouldBe((4, 51));
    }

    [Test]
    public async Task Check_binds_posted_text_to_the_served_library()
    {
        var changed = File.ReadAllText(Path.Combine(_rules, "secretary-general.rules")).Replace("require consensus and no backing of rivals;", "require consensus;", StringComparison.Ordinal);

        var inPlace = await ReadJson(await _client.PostAsync("/v1/check?path=secretary-general.rules", new StringContent(changed)));
        inPlace.GetProperty("valid").GetBoolean().ShouldBeTrue(inPlace.ToString());
        inPlace.GetProperty("diagnostics").GetArrayLength().ShouldBe(0);

        var alone = await ReadJson(await _client.PostAsync("/v1/check?alone=true", new StringContent(changed)));
        alone.GetProperty("valid").GetBoolean().ShouldBeFalse();
        alone.GetProperty("diagnostics")[0].GetProperty("id").GetString().ShouldBe("NR2005", "alone, the NATO body is unknown");

        var beside = await ReadJson(await _client.PostAsync("/v1/check", new StringContent("decision Extra in NATO { require consensus; }")));
        beside.GetProperty("valid").GetBoolean().ShouldBeTrue(beside.ToString());

        var noSuchFile = await _client.PostAsync("/v1/check?path=secretary-general.rule", new StringContent(changed));
        noSuchFile.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ReadJson(noSuchFile)).GetProperty("detail").GetString()!.ShouldContain("did you mean 'secretary-general.rules'?");
    }

    [Test]
    public async Task Health_checks_say_live_and_ready_and_the_OpenAPI_document_lists_the_endpoints()
    {
        (await _client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var ready = await _client.GetAsync("/health/ready");
        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ready.Content.ReadAsStringAsync()).ShouldBe("Healthy");

        var openApi = await ReadJson(await _client.GetAsync("/openapi/v1.json"));
        var paths = openApi.GetProperty("paths");
        foreach (var path in (string[])["/v1/evaluate", "/v1/check", "/v1/rules", "/health"])
            paths.TryGetProperty(path, out _).ShouldBeTrue(path);
        paths.GetProperty("/v1/evaluate").GetProperty("post").GetProperty("requestBody").GetProperty("content")
            .TryGetProperty("application/json", out _).ShouldBeTrue();
    }

    [Test]
    public async Task Not_ready_until_a_rule_set_compiles()
    {
        var empty = Path.Combine(Path.GetTempPath(), "natorules-server-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(empty);
        try
        {
            File.WriteAllText(Path.Combine(empty, "broken.rules"), "body B {");
            using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host.UseSetting("Rules:Path", empty));
            using var client = factory.CreateClient();
            (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await client.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    [Test]
    public async Task A_folder_moved_under_the_rules_root_is_picked_up()
    {
        var library = _factory.Services.GetRequiredService<RuleLibrary>();
        var outside = Path.Combine(Path.GetTempPath(), "natorules-server-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "osce.rules"), "body OSCE { member AUT; member FIN; }\ndecision Consensus in OSCE { require consensus; }\nfacts F for Consensus { proposal P; }\n");
        Directory.Move(outside, Path.Combine(_rules, "osce"));
        for (var i = 0; i < 100 && library.Current!.Compilation.FindDecision("OSCE.Consensus") is null; i++)
            await Task.Delay(50);
        library.Current!.Compilation.FindDecision("OSCE.Consensus").ShouldNotBeNull("a folder moved in raises one event, for the folder");
        var rules = await ReadJson(await _client.GetAsync("/v1/rules"));
        rules.GetProperty("decisions").EnumerateArray().Select(d => d.GetProperty("body").GetString()).ShouldContain("OSCE");
    }

    [Test]
    public async Task A_request_over_the_size_limit_is_refused()
    {
        var response = await _client.PostAsync("/v1/check", new StringContent(new string('a', (int)ServerApp.MaxRequestBytes + 1)));
        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await ReadJson(response)).GetProperty("title").GetString().ShouldBe("Request too large");
    }

    [Test]
    public async Task Check_returns_the_diagnostics_of_rule_text()
    {
        var response = await _client.PostAsync("/v1/check", new StringContent("body B { member A; }\ndecision D in BB { require consensus; }"));
        var body = await ReadJson(response);
        body.GetProperty("valid").GetBoolean().ShouldBeFalse();
        var diagnostic = body.GetProperty("diagnostics")[0];
        diagnostic.GetProperty("id").GetString().ShouldBe("NR2005");
        diagnostic.GetProperty("line").GetInt32().ShouldBe(2);
        diagnostic.GetProperty("help").GetString().ShouldBe("did you mean 'B'?");
    }

    [Test]
    public async Task An_invalid_edit_keeps_the_last_good_rules_and_a_valid_one_replaces_them()
    {
        var library = _factory.Services.GetRequiredService<RuleLibrary>();
        var generation = library.Generation;
        var file = Path.Combine(_rules, "secretary-general.rules");
        var original = await File.ReadAllTextAsync(file);

        await File.WriteAllTextAsync(file, original + "\ndecision Broken in NATOO { require consensus; }\n");
        await WaitFor(() => library.Generation > generation);
        var rules = await ReadJson(await _client.GetAsync("/v1/rules"));
        rules.GetProperty("diagnostics")[0].GetProperty("id").GetString().ShouldBe("NR2005");
        (await _client.PostAsync("/v1/evaluate", JsonBody("""{ "decision": "SecretaryGeneral", "candidate": "Rutte", "asOf": "2024-06-17" }""")))
            .StatusCode.ShouldBe(HttpStatusCode.OK, "the last good rules stay in service");

        generation = library.Generation;
        await File.WriteAllTextAsync(file, original.Replace("require consensus and no backing of rivals;", "require consensus;", StringComparison.Ordinal));
        await WaitFor(() => library.Generation > generation && library.LatestDiagnostics.Count == 0);
        var verdict = (await ReadJson(await _client.PostAsync("/v1/evaluate",
            JsonBody("""{ "decision": "SecretaryGeneral", "candidate": "Rutte", "asOf": "2024-06-17" }""")))).GetProperty("decisions")[0];
        verdict.GetProperty("blockers").EnumerateArray().Select(b => b.GetProperty("member").GetString()).ShouldBe(["HUN"]);
    }

    [Test]
    public async Task The_real_server_answers_over_http_on_a_free_loopback_port()
    {
        await using var app = ServerApp.Build(["--urls", "http://127.0.0.1:0", "--Rules:Path", _rules]);
        await app.StartAsync();
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            address.ShouldStartWith("http://127.0.0.1:");
            using var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(30) };
            var response = await client.PostAsJsonAsync("/v1/evaluate", new { decision = "SecretaryGeneral", candidate = "Rutte", asOf = "2024-06-26" });
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await ReadJson(response)).GetProperty("decisions")[0].GetProperty("outcome").GetString().ShouldBe("approved");

            // Kestrel's own limit, on a body sent without a length.
            var chunked = new StreamContent(new MemoryStream(new byte[ServerApp.MaxRequestBytes + 10]));
            chunked.Headers.ContentLength = null;
            using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/check") { Content = chunked };
            request.Headers.TransferEncodingChunked = true;
            var tooLarge = await client.SendAsync(request);
            tooLarge.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        }
        finally
        {
            await app.StopAsync();
        }
    }

    private static async Task WaitFor(Func<bool> condition)
    {
        // Bounded: the watcher settles changes after 200 ms; give it ten seconds at most.
        for (var i = 0; i < 200 && !condition(); i++)
            await Task.Delay(50);
        condition().ShouldBeTrue("the rules were not reloaded in time");
    }
}
