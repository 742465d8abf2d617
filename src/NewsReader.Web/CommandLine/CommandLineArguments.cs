namespace NewsReader.Web.CommandLine;

/// <summary>The verb and options of one invocation. `serve` (or no verb) hands its arguments to the web host.</summary>
public sealed record CommandLineArguments(string Verb, IReadOnlyList<string> Paths, string? DbPath, IReadOnlyList<string> HostArguments, string? Error)
{
    /// <summary>`--output &lt;file&gt;`, for the commands that write one.</summary>
    public string? OutputPath { get; init; }

    /// <summary>`--follow-links` (ingest, subscribe): fetch the page of a feed item that carries only a teaser.</summary>
    public bool FollowLinks { get; init; }

    /// <summary>`--interval &lt;minutes&gt;` (subscribe): how often the feeds are polled.</summary>
    public int? IntervalMinutes { get; init; }

    public const string Serve = "serve";
    public const string Ingest = "ingest";
    public const string Export = "export";
    public const string Help = "help";
    public const string NerEval = "ner-eval";
    public const string Extract = "extract";
    public const string HashPassword = "hash-password";
    public const string Backup = "backup";
    public const string Subscribe = "subscribe";
    public const string Unsubscribe = "unsubscribe";
    public const string Subscriptions = "subscriptions";
    public const string Poll = "poll";
    public const string Opml = "opml";

    public static CommandLineArguments Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count == 0 || args[0].StartsWith('-') && args[0] is not ("-h" or "--help"))
        {
            return new(Serve, [], null, args, null);
        }

        var verb = args[0] is "-h" or "--help" ? Help : args[0];
        return verb switch
        {
            Serve => new(Serve, [], null, args.Skip(1).ToList(), null),
            Help => new(Help, [], null, [], null),
            HashPassword => args.Count == 1 ? new(HashPassword, [], null, [], null) : new(HashPassword, [], null, [], "hash-password takes no arguments: it reads the password from standard input"),
            Ingest or Export or NerEval or Extract or Backup or Subscribe or Unsubscribe or Subscriptions or Poll or Opml => ParseOptions(verb, args.Skip(1).ToList()),
            _ => new(verb, [], null, [], $"unknown command '{verb}'"),
        };
    }

    private static CommandLineArguments ParseOptions(string verb, List<string> rest)
    {
        var paths = new List<string>();
        string? db = null;
        string? output = null;
        var followLinks = false;
        int? interval = null;
        for (var i = 0; i < rest.Count; i++)
        {
            var arg = rest[i];
            if (arg == "--db")
            {
                if (i + 1 >= rest.Count)
                {
                    return new(verb, [], null, [], "--db needs a file path");
                }

                db = rest[++i];
            }
            else if (arg.StartsWith("--db=", StringComparison.Ordinal))
            {
                db = arg["--db=".Length..];
            }
            else if (arg == "--output" && verb == NerEval)
            {
                if (i + 1 >= rest.Count)
                {
                    return new(verb, [], null, [], "--output needs a file path");
                }

                output = rest[++i];
            }
            else if (arg == "--follow-links" && verb is Ingest or Subscribe)
            {
                followLinks = true;
            }
            else if (arg == "--interval" && verb == Subscribe)
            {
                if (i + 1 >= rest.Count || !int.TryParse(rest[i + 1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var minutes))
                {
                    return new(verb, [], null, [], "--interval needs a whole number of minutes");
                }

                interval = minutes;
                i++;
            }
            else if (arg.StartsWith('-') && arg.Length > 1)
            {
                return new(verb, [], null, [], $"unknown option '{arg}'");
            }
            else
            {
                paths.Add(arg);
            }
        }

        var error = verb == Ingest && paths.Count == 0 ? "ingest needs at least one file, folder or URL"
            : verb == Export && paths.Count > 0 ? $"export takes no paths (got '{paths[0]}')"
            : verb == NerEval && paths.Count != 1 ? "ner-eval needs exactly one CoNLL file"
            : verb == Extract && paths.Count == 0 ? "extract needs at least one HTML file"
            : verb == Backup && paths.Count != 1 ? "backup needs exactly one file to write the copy to"
            : verb is Subscribe or Unsubscribe && paths.Count == 0 ? $"{verb} needs at least one feed or site address"
            : verb is Subscriptions or Poll && paths.Count > 0 ? $"{verb} takes no addresses (got '{paths[0]}')"
            : verb == Opml && !(paths is ["import", _] or ["export"]) ? "opml needs 'import <file>' or 'export'"
            : null;
        return new(verb, paths, db, [], error) { OutputPath = output, FollowLinks = followLinks, IntervalMinutes = interval };
    }
}
