using System.ComponentModel.DataAnnotations;

namespace NewsReader.Web.Accounts;

/// <summary>How many requests a client address may make a minute (configuration section <see cref="Section"/>).</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Sign-in page requests, so a password cannot be guessed at speed.</summary>
    [Range(1, 10_000)]
    public int SignInAttemptsPerMinute { get; set; } = 10;

    /// <summary>Ingest requests (the upload page sends one per file or URL, so this bounds items a minute).</summary>
    [Range(1, 100_000)]
    public int WritesPerMinute { get; set; } = 300;
}
