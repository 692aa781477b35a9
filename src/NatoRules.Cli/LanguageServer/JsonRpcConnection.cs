using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NatoRules.Cli.LanguageServer;

/// <summary>A request that failed in a way the client should be told (LSP's <c>RequestFailed</c> and kin).</summary>
internal sealed class JsonRpcError(int code, string message) : Exception(message)
{
    public int Code { get; } = code;

    /// <summary>The request was valid and could not be carried out (a rename that would clash).</summary>
    public const int RequestFailed = -32803;

    public const int ParseError = -32700;
    public const int InvalidRequest = -32600;
    public const int MethodNotFound = -32601;
    public const int InvalidParams = -32602;
    public const int InternalError = -32603;
}

/// <summary>
/// JSON-RPC 2.0 with the Language Server Protocol's base protocol: each message a <c>Content-Length</c> header, a
/// blank line and that many bytes of UTF-8 JSON. Messages are handled one after the other, in the order they come,
/// as LSP wants for document changes; notifications to the client may be sent from within a handler.
/// </summary>
/// <remarks>
/// Written on System.Text.Json's nodes, which Native AOT compiles: StreamJsonRpc's JSON formatters need dynamic
/// code (its hardened formatter speaks MessagePack, not the JSON LSP requires), and the CLI is a native binary.
/// </remarks>
internal sealed class JsonRpcConnection(Stream input, Stream output)
{
    private readonly Dictionary<string, Func<JsonElement, JsonNode?>> _requests = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Action<JsonElement>> _notifications = new(StringComparer.Ordinal);
    private readonly Lock _writing = new();

    /// <summary>The largest message read; a bigger one is refused and the connection closed.</summary>
    public const int MaxMessageBytes = 64 * 1024 * 1024;

    public void OnRequest(string method, Func<JsonElement, JsonNode?> handler) => _requests[method] = handler;

    public void OnNotification(string method, Action<JsonElement> handler) => _notifications[method] = handler;

    /// <summary>Set by a handler to end <see cref="Run"/> after its message.</summary>
    public bool Stopped { get; set; }

    /// <summary>Reads and handles messages until the input ends, a handler stops the connection, or a frame is broken.</summary>
    public void Run()
    {
        while (!Stopped && ReadMessage() is { } body)
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(body);
            }
            catch (JsonException e)
            {
                Respond(null, error: (JsonRpcError.ParseError, $"the message is not JSON: {e.Message}"));
                continue;
            }
            using (document)
                Dispatch(document.RootElement);
        }
    }

    /// <summary>Sends a notification to the client.</summary>
    public void Notify(string method, JsonNode parameters) =>
        Write(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    private void Dispatch(JsonElement message)
    {
        var id = message.ValueKind == JsonValueKind.Object && message.TryGetProperty("id", out var idElement) ? JsonNode.Parse(idElement.GetRawText()) : null;
        if (message.ValueKind != JsonValueKind.Object || !message.TryGetProperty("method", out var methodElement) || methodElement.ValueKind != JsonValueKind.String)
        {
            if (id is not null || message.ValueKind != JsonValueKind.Object || !message.TryGetProperty("result", out _))
                Respond(id, error: (JsonRpcError.InvalidRequest, "a request needs a method"));
            return; // a response to a request of ours: the server sends none that wait for one
        }
        var method = methodElement.GetString()!;
        var parameters = message.TryGetProperty("params", out var p) ? p : default;
        try
        {
            if (id is null)
            {
                if (_notifications.TryGetValue(method, out var notification))
                    notification(parameters);
                return; // an unknown notification (such as $/cancelRequest) is ignored, as LSP says
            }
            if (!_requests.TryGetValue(method, out var handler))
            {
                Respond(id, error: (JsonRpcError.MethodNotFound, $"no method '{method}'"));
                return;
            }
            Respond(id, handler(parameters));
        }
        catch (JsonRpcError e)
        {
            if (id is not null)
                Respond(id, error: (e.Code, e.Message));
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException
                                       or IndexOutOfRangeException or NullReferenceException)
        {
            // Parameters of the wrong shape: a property missing, of another type, or an array too short.
            Fail(id, method, JsonRpcError.InvalidParams, $"the parameters of '{method}' are not as LSP gives them: {e.Message}");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug of the server: one message fails, the connection and the other documents go on.
            Fail(id, method, JsonRpcError.InternalError, $"internal error in '{method}': {e.GetType().Name}: {e.Message}");
        }
    }

    // A request gets the error as its answer; a notification has none to get, so the error goes to stderr.
    private void Fail(JsonNode? id, string method, int code, string message)
    {
        if (id is not null)
            Respond(id, error: (code, message));
        else
            Console.Error.WriteLine($"natorules lsp: {method}: {message}");
    }

    private void Respond(JsonNode? id, JsonNode? result = null, (int Code, string Message)? error = null)
    {
        var response = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id };
        if (error is { } e)
            response["error"] = new JsonObject { ["code"] = e.Code, ["message"] = e.Message };
        else
            response["result"] = result;
        Write(response);
    }

    private void Write(JsonNode message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length.ToString(CultureInfo.InvariantCulture)}\r\n\r\n");
        lock (_writing)
        {
            output.Write(header);
            output.Write(body);
            output.Flush();
        }
    }

    // One message's body; null at the end of the input or on a frame that cannot be read.
    private byte[]? ReadMessage()
    {
        var length = -1;
        while (true)
        {
            var line = ReadHeaderLine();
            if (line is null)
                return null;
            if (line.Length == 0)
                break;
            var colon = line.IndexOf(':');
            if (colon > 0 && line[..colon].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase)
                && int.TryParse(line[(colon + 1)..].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
                length = value;
        }
        if (length < 0 || length > MaxMessageBytes)
            return null;
        var body = new byte[length];
        var read = 0;
        while (read < length)
        {
            var n = input.Read(body, read, length - read);
            if (n == 0)
                return null;
            read += n;
        }
        return body;
    }

    // A header line without its CR LF; null at the end of the input or for a line over 1,024 bytes.
    private string? ReadHeaderLine()
    {
        var bytes = new List<byte>();
        while (true)
        {
            var b = input.ReadByte();
            if (b < 0 || bytes.Count > 1024)
                return null;
            if (b == '\n')
                return Encoding.ASCII.GetString([.. bytes]).TrimEnd('\r');
            bytes.Add((byte)b);
        }
    }
}
