namespace NewsReader.Web.CommandLine;

internal static class Usage
{
    public const string Text = """
        NewsReader: read news across outlets and see how their reports connect.

        Usage: NewsReader.Web [command] [options]
               (from a clone: dotnet run --project src/NewsReader.Web -- [command] [options])

        Commands:
          serve                      Serve the web app (the default). --urls and ASPNETCORE_URLS work as usual.
          ingest <path|url>... [--follow-links] [--db F]
                                     Add articles from files, folders and http(s) URLs: plain text
                                     (.txt), web pages (.html), Markdown (.md, front matter read) and
                                     RSS/Atom feeds (.xml, .rss, .atom; an article per item). Folders
                                     are read recursively. --follow-links fetches the page of a feed
                                     item that carries only a teaser. A line per article (added,
                                     duplicate, failed: reason) and a summary. Exit 0 when every
                                     article was added or a duplicate, 1 when any failed.
          export [--db F]            Write the whole store as JSON to standard output.
          backup <file> [--db F]     Write a consistent copy of the database to a new file (SQLite's
                                     VACUUM INTO), safe while the app serves and ingests, and check it.
          extract <file>...          Read saved HTML pages: one JSON object per line per page,
                                     {"source","title","byline","published","siteName","text"}.
          ner-eval <file> [--output F]
                                     Tag a CoNLL-style file (token first, gold tag last) with the entity
                                     model; print precision, recall and F1 per type and tokens per second.
                                     --output writes each line with the predicted tag appended.
          subscribe <url>... [--interval MIN] [--follow-links] [--db F]
                                     Follow feeds: a feed's address, or a site's page that advertises one
                                     (<link rel="alternate">). Polled every MIN minutes (default 30, at
                                     least 5) by the web app, or by `poll`; --follow-links fetches the
                                     page of an item that carries only a teaser.
          unsubscribe <url>... [--db F]
                                     Stop following feeds (their articles stay).
          subscriptions [--db F]     One line per feed: address, title, state, last polled, articles.
          poll [--db F]              Poll every due subscription once: a line per feed (new N,
                                     unchanged, failed: reason). Exit 1 when any feed failed.
          opml import <file> [--db F] | opml export [--db F]
                                     Subscribe to the feeds an OPML file lists; write the subscriptions
                                     as OPML to standard output.
          hash-password              Read the administrator password from standard input (not echoed on a
                                     terminal) and print its hash, for Admin__PasswordHash. Signing in at
                                     /account/login then allows adding articles at /ingest.
          help                       Show this text.

        Options:
          --db <file>                The SQLite database file (default: data/newsreader.db under the
                                     current folder, or ConnectionStrings:NewsReader).

        Exit codes: 0 success, 1 some input failed, 2 bad usage.
        """;
}
