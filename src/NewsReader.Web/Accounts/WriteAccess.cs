using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace NewsReader.Web.Accounts;

/// <summary>
/// Reading is public; writing needs the signed-in administrator. Cookie authentication (HttpOnly, SameSite=Strict,
/// eight hours), the <see cref="AdminPolicy"/> policy for pages that write, and rate limits that answer 429: one on
/// sign-in attempts (<see cref="SignInLimit"/>) and one on writes (<see cref="WriteLimit"/>), per client address.
/// </summary>
public static class WriteAccess
{
    public const string AdminPolicy = "Admin";
    public const string AdminRole = "admin";
    public const string SignInLimit = "sign-in";
    public const string WriteLimit = "writes";

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
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = false;
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

    /// <summary>The administrator, as the sign-in cookie carries them.</summary>
    public static ClaimsPrincipal Administrator() =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "admin"), new Claim(ClaimTypes.Role, AdminRole)], CookieAuthenticationDefaults.AuthenticationScheme));

    private static RateLimitPartition<string> PerClient(HttpContext context, Func<RateLimitOptions, int> permits)
    {
        var limit = permits(context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<RateLimitOptions>>().Value);
        return RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
    }
}
