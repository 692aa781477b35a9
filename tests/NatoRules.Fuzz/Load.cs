using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace NatoRules.Fuzz;

/// <summary>
/// The service under load, on loopback only: starts the real server on a free port of 127.0.0.1 over a copy
/// of the rule library, sends valid evaluations from many connections mixed with malformed, oversized and
/// slow requests, edits the rules invalidly and then validly during the run, and reports status codes,
/// dropped connections, latency percentiles of the valid requests and the server's resident memory.
/// </summary>
public static class Load
{
    /// <summary>What a run saw.</summary>
    public sealed record Report(
        int Valid, int Bad, int ServerErrors, int Dropped, TimeSpan Median, TimeSpan P99, long ResidentBefore, long ResidentAfter,
        long ResidentPeak, bool KeptLastGood, bool ServedFixed, IReadOnlyDictionary<int, int> Statuses)
    {
        /// <summary>The figures in a few lines.</summary>
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"""
            load: {Valid} valid and {Bad} malformed, oversized or slow requests
            load: status codes {string.Join(", ", Statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}"))}; {ServerErrors} 5xx, {Dropped} dropped connections
            load: valid requests median {Median.TotalMilliseconds:F1} ms, p99 {P99.TotalMilliseconds:F1} ms
            load: server resident memory {ResidentBefore / (1024 * 1024)} MiB before, {ResidentPeak / (1024 * 1024)} MiB at most, {ResidentAfter / (1024 * 1024)} MiB after
            load: last good rules kept through the invalid edit: {KeptLastGood}; fixed rules served after it: {ServedFixed}
            """);
    }

    /// <summary>Runs the load against the server built at <paramref name="serverDll"/>, over a copy of <paramref name="rules"/>.</summary>
    public static async Task<Report> RunAsync(string serverDll, string rules, int valid, int bad, int connections)
    {
        var folder = Path.Combine(Path.GetTempPath(), "natorules-load", Guid.NewGuid().ToString("N"));
        CopyFolder(rules, folder);
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])[serverDll, "--urls", $"http://127.0.0.1:{port}", "--Rules:Path", folder])
            info.ArgumentList.Add(argument);
        using var server = Process.Start(info)!;
        server.OutputDataReceived += (_, _) => { };
        server.ErrorDataReceived += (_, _) => { };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        try
        {
            using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
            using var client = new HttpClient(handler) { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
            await WaitUntilReady(client);
            // Warm up with every kind of request, long enough for tiered compilation to reach its optimized
            // code (a method is recompiled after 30 calls, in the background, in batches): "before" is the
            // service in its steady state. With 250 requests the JIT was still at work when the run began,
            // and its code (8 MiB) and native memory (10 MiB) were counted as growth of the run.
            for (var i = 0; i < 2_000; i++)
                await Send(client, i, valid: i % 10 != 0);
            await Task.Delay(2_000);
            var before = Resident(server);
            var peak = before;
            var statuses = new Dictionary<int, int>();
            var latencies = new List<TimeSpan>(valid);
            var dropped = 0;
            var total = valid + bad;
            var next = -1;
            var keptLastGood = true;
            var servedFixed = false;
            using var sampling = new CancellationTokenSource();
            var sampler = Task.Run(async () =>
            {
                while (!sampling.IsCancellationRequested)
                {
                    peak = Math.Max(peak, Resident(server));
                    await Task.Delay(100);
                }
            });
            var workers = Enumerable.Range(0, connections).Select(_ => Task.Run(async () =>
            {
                int index;
                while ((index = Interlocked.Increment(ref next)) < total)
                {
                    // One request in (total / bad) is bad, spread over the run.
                    var isValid = bad == 0 || index % (total / bad) != 0;
                    if (index == total / 3)
                        await File.WriteAllTextAsync(Path.Combine(folder, "nato", "broken.rules"), "decision Broken in NOSUCHBODY { require consensus; }");
                    if (index == 2 * total / 3)
                        await File.WriteAllTextAsync(Path.Combine(folder, "nato", "broken.rules"), "decision Fixed in NATO { require consensus; }\nfacts Later for Fixed { proposal LaterProposal; }");
                    var clock = Stopwatch.StartNew();
                    try
                    {
                        var status = await Send(client, index, isValid);
                        lock (statuses)
                        {
                            statuses[status] = statuses.GetValueOrDefault(status) + 1;
                            if (isValid)
                                latencies.Add(clock.Elapsed);
                            if (isValid && status != 200)
                                keptLastGood = false;
                        }
                    }
                    catch (HttpRequestException)
                    {
                        Interlocked.Increment(ref dropped);
                    }
                    catch (TaskCanceledException)
                    {
                        Interlocked.Increment(ref dropped);
                    }
                }
            })).ToList();
            await Task.WhenAll(workers);
            for (var i = 0; i < 50 && !servedFixed; i++)
            {
                using var fixedResponse = await client.PostAsync("/v1/evaluate", Json("""{ "decision": "Fixed", "candidate": "LaterProposal", "asOf": "2024-06-26" }"""));
                servedFixed = fixedResponse.StatusCode == HttpStatusCode.OK;
                if (!servedFixed)
                    await Task.Delay(100);
            }
            await sampling.CancelAsync();
            await sampler;
            // Let the service settle as a long-running one does: Kestrel's memory pool gives back idle
            // blocks every 10 s, and the collector runs with the next requests.
            for (var i = 0; i < 15; i++)
            {
                await Task.Delay(1_000);
                await Send(client, i, valid: true);
            }
            var after = Resident(server);
            latencies.Sort();
            return new Report(latencies.Count, bad, statuses.Where(s => s.Key >= 500).Sum(s => s.Value), dropped,
                latencies.Count == 0 ? TimeSpan.Zero : latencies[latencies.Count / 2],
                latencies.Count == 0 ? TimeSpan.Zero : latencies[(int)(latencies.Count * 0.99)],
                before, after, Math.Max(peak, after), keptLastGood, servedFixed, statuses);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static readonly string[] Candidates = ["Rutte", "Iohannis"];
    private static readonly string[] Dates = ["2024-01-15", "2024-03-12", "2024-05-01", "2024-06-17", "2024-06-18", "2024-06-26"];

    // A valid evaluation, with facts in one request of four; or a bad one of eight kinds, the last a
    // request body mutated as the fuzzer mutates facts documents.
    private static async Task<int> Send(HttpClient client, int index, bool valid)
    {
        HttpResponseMessage response;
        if (valid)
        {
            var facts = index % 4 == 0
                ? """, "facts": { "facts": "Extra", "for": ["SecretaryGeneral"], "positions": [{ "on": "2024-06-25", "member": "TUR", "stance": "supports", "candidate": "Rutte" }] }"""
                : "";
            var body = $$"""{ "decision": "SecretaryGeneral", "candidate": "{{Candidates[index % 2]}}", "asOf": "{{Dates[index % Dates.Length]}}", "explain": {{(index % 3 == 0 ? "true" : "false")}}{{facts}} }""";
            response = await client.PostAsync("/v1/evaluate", Json(body));
        }
        else
        {
            response = (index / 7 % 8) switch
            {
                7 => await client.PostAsync("/v1/evaluate", Json(JsonShapes.Mutate(new Random(index),
                    InputGenerator.MutateCharacters(new Random(~index), """{ "decision": "SecretaryGeneral", "candidate": "Rutte", "asOf": "2024-06-17", "facts": { "facts": "F", "for": ["SecretaryGeneral"] } }""")))),
                0 => await client.PostAsync("/v1/evaluate", Json("{ nope")),
                1 => await client.PostAsync("/v1/evaluate", Json("""{ "decision": "SecretaryGeneral", "candidate": "Rutte", "asOf": "2024-06-17", "explain": "yes" }""")),
                2 => await client.PostAsync("/v1/evaluate", new StringContent("""{ "decision": "SecretaryGeneral" }""")),
                3 => await client.PostAsync("/v1/check", new StringContent(new string('x', 1024 * 1024 + 1))),
                4 => await client.PostAsync("/v1/check", new StringContent(string.Concat(Enumerable.Repeat("body B { member A; } decision D in B { require consensus and ", 2_000)))),
                5 => await client.PostAsync("/v1/evaluate", Json("""{ "decision": "Nope", "candidate": "Rutte", "asOf": "2024-06-17" }""")),
                _ => await client.PostAsync("/v1/evaluate", new SlowContent(Encoding.UTF8.GetBytes("""{ "decision": "SecretaryGeneral", "candidate": "Rutte", "asOf": "2024-06-17" }"""))),
            };
        }
        using (response)
        {
            await response.Content.ReadAsByteArrayAsync();
            return (int)response.StatusCode;
        }
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    /// <summary>A body sent a few bytes at a time, with pauses: a slow client.</summary>
    private sealed class SlowContent : HttpContent
    {
        private readonly byte[] bytes;

        public SlowContent(byte[] bytes)
        {
            this.bytes = bytes;
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            for (var i = 0; i < bytes.Length; i += 16)
            {
                await stream.WriteAsync(bytes.AsMemory(i, Math.Min(16, bytes.Length - i)));
                await stream.FlushAsync();
                await Task.Delay(5);
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = bytes.Length;
            return true;
        }

    }

    private static async Task WaitUntilReady(HttpClient client)
    {
        for (var i = 0; i < 300; i++)
        {
            try
            {
                using var response = await client.GetAsync("/health/ready");
                if (response.IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(100);
        }
        throw new InvalidOperationException("the server did not become ready in 30 s");
    }

    // The resident set of the server, from /proc (Linux), or the working set elsewhere.
    private static long Resident(Process process)
    {
        var status = $"/proc/{process.Id}/status";
        if (File.Exists(status))
            foreach (var line in File.ReadLines(status))
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                    return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        process.Refresh();
        return process.WorkingSet64;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*.rules", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
