using NatoRules.Hosting;
using NatoRules.Server;

var app = ServerApp.Build(args);
app.Run();

/// <summary>The HTTP validation service: builds the app, so tests can start it too.</summary>
public static partial class ServerApp
{
    /// <summary>The largest request body accepted, in bytes.</summary>
    public const long MaxRequestBytes = 1024 * 1024;

    /// <summary>Builds the service: NatoRules from configuration (<c>Rules:Path</c>, default <c>rules</c>), the endpoints, Problem Details.</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxRequestBytes);
        builder.Services.AddProblemDetails();
        builder.Services.AddNatoRules(options =>
        {
            options.MaxSourceLength = (int)MaxRequestBytes;
            options.MaxEvaluationSteps = builder.Configuration.GetValue("NatoRules:MaxEvaluationSteps", 10_000_000L);
            options.MaxCompilationSteps = builder.Configuration.GetValue("NatoRules:MaxCompilationSteps", 100_000_000L);
        });
        builder.Services.AddSingleton<RuleLibrary>();
        // Live: the process answers. Ready: a rule set has compiled and is in service.
        builder.Services.AddHealthChecks().AddCheck<RulesLoadedCheck>("rules", tags: ["ready"]);
        builder.Services.AddOpenApi();
        configure?.Invoke(builder);
        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        // A body over the size limit (413) or cut short (400) becomes a Problem Details response too.
        app.Use(async (context, next) =>
        {
            // Kestrel enforces the limit while reading; a declared length over it is refused at once,
            // whatever server hosts the app.
            if (context.Request.ContentLength > MaxRequestBytes)
            {
                // Read and drop a body of up to four times the limit first, so the client, still sending,
                // gets the answer instead of a reset connection; a larger one is cut off.
                if (context.Request.ContentLength <= 4 * MaxRequestBytes
                    && context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
                {
                    size.MaxRequestBodySize = 4 * MaxRequestBytes;
                    await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
                }
                await Results.Problem(detail: $"The request body is larger than {MaxRequestBytes} bytes.",
                    statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large").ExecuteAsync(context);
                return;
            }
            try
            {
                await next(context);
            }
            catch (BadHttpRequestException e) when (!context.Response.HasStarted)
            {
                var title = e.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request too large" : "Bad request";
                var detail = e.StatusCode == StatusCodes.Status413PayloadTooLarge
                    ? $"The request body is larger than {MaxRequestBytes} bytes."
                    : e.Message;
                await Results.Problem(detail: detail, statusCode: e.StatusCode, title: title).ExecuteAsync(context);
            }
        });
        Endpoints.Map(app);
        app.MapOpenApi();
        app.MapHealthChecks("/health/live", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        // Load the rules at start-up, not on the first request.
        app.Services.GetRequiredService<RuleLibrary>();
        return app;
    }
}

/// <summary>The entry point, public so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
