// PeerSupport referral service: an ASP.NET Core minimal API embedding the referral engine, with its state and decision
// log in SQLite and API keys mapped to roles. A sample: read README.md before running anything like it for real.
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using PeerSupport.Rules;
using PeerSupport.Samples.ReferralService;
using PeerSupport.Samples.ReferralService.Api;
using PeerSupport.Samples.ReferralService.Security;
using PeerSupport.Samples.ReferralService.Storage;

// Settings (including the log levels that keep member ids out of the logs) come from the application's folder, wherever
// it is started from; relative paths in settings (DatabasePath) stay relative to the working directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Services.AddOptions<ServiceOptions>()
    .Bind(builder.Configuration.GetSection(ServiceOptions.Section))
    .ValidateOnStart();
builder.Services.AddSingleton<IValidateOptions<ServiceOptions>, ServiceSetup>();
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<BadRequestHandler>();
builder.Services.AddExceptionHandler<StorageFailureHandler>();
// Binding failures throw (in every environment) so BadRequestHandler answers them with a ProblemDetails body.
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
{
    // Every endpoint but /healthz and the document itself needs the X-Api-Key header.
    document.Components ??= new OpenApiComponents();
    document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
    document.Components.SecuritySchemes[ApiKeyAuthenticationHandler.SchemeName] = new OpenApiSecurityScheme
    {
        Type = SecuritySchemeType.ApiKey,
        In = ParameterLocation.Header,
        Name = ApiKeyAuthenticationHandler.HeaderName,
        Description = "An API key mapped to a role (facilitator, clinical_lead, auditor) in configuration.",
    };
    document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyAuthenticationHandler.SchemeName, document)] = [] }];
    document.Info.Title = "PeerSupport referral service (sample)";
    return Task.CompletedTask;
}));
builder.Services.Configure<JsonOptions>(o => o.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton(sp => new Database(sp.GetRequiredService<IOptions<ServiceOptions>>().Value.DatabasePath));
builder.Services.AddSingleton<StateStore>();
builder.Services.AddSingleton<IDecisionLog, SqliteDecisionLog>();
builder.Services.AddSingleton(sp => new RuleSetHost(
    sp.GetRequiredService<Database>(),
    new ReferralEngineOptions
    {
        TimeZone = TimeZoneInfo.FindSystemTimeZoneById(sp.GetRequiredService<IOptions<ServiceOptions>>().Value.TimeZone),
        ProtectedRuleIds = DefaultRulePack.ProtectedRuleIds,
    }));
builder.Services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
    .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
builder.Services.AddAuthorizationBuilder()
    .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
    .AddPolicy(Scopes.Members, p => p.RequireClaim(Scopes.ClaimType, Scopes.Members))
    .AddPolicy(Scopes.Groups, p => p.RequireClaim(Scopes.ClaimType, Scopes.Groups))
    .AddPolicy(Scopes.RulesRead, p => p.RequireClaim(Scopes.ClaimType, Scopes.RulesRead))
    .AddPolicy(Scopes.RulesWrite, p => p.RequireClaim(Scopes.ClaimType, Scopes.RulesWrite))
    .AddPolicy(Scopes.Audit, p => p.RequireClaim(Scopes.ClaimType, Scopes.Audit));

var app = builder.Build();

// Open the database and load the rule set before taking requests, so a bad file fails the start, not the first request.
app.Services.GetRequiredService<RuleSetHost>();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();
app.MapOpenApi().AllowAnonymous();
Endpoints.Map(app);
app.Run();

/// <summary>The entry point (public so the test host can start it).</summary>
public partial class Program;
