namespace NewsReader.Web.Browser;

/// <summary>
/// A browser test: it drives Debian's Chromium (`apt-get install -y chromium`). Without it the test is skipped
/// and says why, except on CI (CI=true), where a missing browser is a failure, not a skip.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        var onCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!File.Exists(ChromiumPath) && !onCi)
        {
            Skip = $"Chromium is not installed at {ChromiumPath}; install it with `apt-get install -y chromium` to run browser tests.";
        }
    }
}
