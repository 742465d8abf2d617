using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using NewsReader.Accounts;
using NewsReader.Storage;

namespace NewsReader.Web.Accounts;

/// <summary>
/// Reading is public; writing needs the signed-in administrator. Cookie authentication (HttpOnly, SameSite=Strict,
/// eight hours) naming a session kept on the server (<see cref="SignInSession"/>, ended by signing out, so a copied
/// cookie dies with it), the <see cref="AdminPolicy"/> policy for pages that write, and rate limits that answer 429:
/// one on sign-in attempts (<see cref="SignInLimit"/>) and one on writes (<see cref="WriteLimit"/>), per client
/// address. Redirects to the sign-in page are relative, never built from the request's Host header.
/// </summary>
public static class WriteAccess
{
    public const string AdminPolicy = "Admin";
    public const string AdminRole = "admin";
    public const string SignInLimit = "sign-in";
    public const string WriteLimit = "writes";

    /// <summary>The claim naming the server-side session a sign-in cookie belongs to.</summary>
    public const string SessionClaim = "newsreader:session";

    /// <summary>How long a sign-in lasts.</summary>
    public static readonly TimeSpan SignInLifetime = TimeSpan.FromHours(8);

    public static IServiceCollection AddWriteAccess(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AdminOptions>().Bind(configuration.GetSection(AdminOptions.Section));
        services.AddOptions<RateLimitOptions>().Bind(configuration.GetSection(RateLimitOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(options =>
        {
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/account/login";
            options.Cookie.Name = "newsreader.admin";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = SignInLifetime;
            options.SlidingExpiration = false;
            options.Events = new CookieAuthenticationEvents
            {
                OnValidatePrincipal = ValidateSessionAsync,
                OnRedirectToLogin = context => RedirectWithinSite(context),
                OnRedirectToAccessDenied = context => RedirectWithinSite(context),
            };
        });
        services.AddAuthorizationBuilder().AddPolicy(AdminPolicy, policy => policy.RequireRole(AdminRole));
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
            options.AddPolicy(SignInLimit, context => PerClient(context, c => c.SignInAttemptsPerMinute));
            options.AddPolicy(WriteLimit, context => PerClient(context, c => c.WritesPerMinute));
        });
        return services;
    }

    /// <summary>The administrator in session <paramref name="sessionId"/>, as the sign-in cookie carries them.</summary>
    public static ClaimsPrincipal Administrator(string sessionId) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "admin"), new Claim(ClaimTypes.Role, AdminRole), new Claim(SessionClaim, sessionId)],
            CookieAuthenticationDefaults.AuthenticationScheme));

    /// <summary>A cookie whose session was ended (signed out, expired, or never known) signs nobody in.</summary>
    private static async Task ValidateSessionAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var sessionId = context.Principal?.FindFirst(SessionClaim)?.Value;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        if (sessionId is null || !await SignInSession.IsOpenAsync(services.GetRequiredService<NewsReaderDbContext>(), sessionId, now, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }

    /// <summary>The sign-in redirect by path and query only: the request's Host header chooses no destination.</summary>
    private static Task RedirectWithinSite(RedirectContext<CookieAuthenticationOptions> context)
    {
        var target = Uri.TryCreate(context.RedirectUri, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : context.RedirectUri;
        context.Response.Redirect(target);
        return Task.CompletedTask;
    }

    /// <summary>
    /// A fixed window of <paramref name="permits"/> a minute per client address, counting only what writes or tries a
    /// password: reading the sign-in or ingest page (GET, HEAD) is never counted nor refused.
    /// </summary>
    private static RateLimitPartition<string> PerClient(HttpContext context, Func<RateLimitOptions, int> permits)
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("reading");
        }

        var limit = permits(context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<RateLimitOptions>>().Value);
        return RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
    }
}
