using System.Text.RegularExpressions;
using NewsReader.Articles;
using NewsReader.Sources.Feeds;
using NewsReader.Sources.Html;
using NewsReader.Sources.Markdown;
using NewsReader.Sources.PlainText;

namespace NewsReader.Sources;

/// <summary>
/// Reads the articles out of one source document, whatever its format (<see cref="SourceFormats.Detect"/>): a text,
/// page or Markdown file gives one item, a feed one per entry. Nothing here throws on bad input: each item is an
/// article or the reason it is not one, and a reader that gives up on a document (a malformed feed, a line no pattern
/// could match in time) fails that document alone.
/// </summary>
public static class SourceReader
{
    public static IReadOnlyList<SourceItem> Read(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var bytes = document.Content;
        if (bytes.Length == 0)
        {
            return [SourceItem.Failed(document.Source, "empty file")];
        }

        if (ArticleLimits.SizeProblem(bytes.Length) is { } tooLarge)
        {
            return [SourceItem.Failed(document.Source, tooLarge)];
        }

        return Guarded(document.Source, () => SourceFormats.Detect(document.Source, document.MediaType, bytes) switch
        {
            SourceFormat.Html => [One(document, PageDecoder.Decode(bytes, document.Charset), html => HtmlArticleReader.Read(html, document.Url))],
            SourceFormat.Markdown => [One(document, TextDecoder.Decode(bytes), MarkdownArticleParser.Parse)],
            SourceFormat.Feed => ReadFeed(document),
            _ => [One(document, TextDecoder.Decode(bytes), PlainTextArticleParser.Parse)],
        });
    }

    /// <summary>The items <paramref name="read"/> gives, or one failed item saying why it gave up on the document.</summary>
    internal static IReadOnlyList<SourceItem> Guarded(string source, Func<IReadOnlyList<SourceItem>> read)
    {
        try
        {
            return read();
        }
        catch (InvalidDataException ex)
        {
            return [SourceItem.Failed(source, ex.Message)];
        }
        catch (RegexMatchTimeoutException ex)
        {
            return [SourceItem.Failed(source, $"not read: a line of it took longer than {ex.MatchTimeout.TotalSeconds:0.#} s to match the page-clutter patterns")];
        }
    }

    /// <summary>The one article of a file or page, carrying the hash of the bytes it was read from.</summary>
    private static SourceItem One(SourceDocument document, Result<string> text, Func<string, Result<ParsedArticle>> parse)
    {
        if (!text.Succeeded)
        {
            return SourceItem.Failed(document.Source, text.Error!);
        }

        var read = parse(text.Value!);
        return new SourceItem(document.Source, read.Succeeded
            ? Result<ParsedArticle>.Success(read.Value! with { SourceHash = Ingestion.ContentHash.OfSource(document.Content) })
            : read);
    }

    private static List<SourceItem> ReadFeed(SourceDocument document)
    {
        if (TextDecoder.BinaryProblem(document.Content) is { } binary)
        {
            return [SourceItem.Failed(document.Source, binary)];
        }

        var feed = FeedReader.Read(document.Content, document.Charset, document.Url);
        if (feed.Entries.Count == 0)
        {
            return [SourceItem.Failed(document.Source, "empty feed: it has no items")];
        }

        var outlet = OutletOf(feed);
        var items = feed.Entries.Select((entry, i) =>
        {
            var source = entry.Link?.AbsoluteUri ?? $"{document.Source}#item-{i + 1}";
            if (ArticleLimits.TitleProblem(entry.Title) is { } problem)
            {
                return SourceItem.Failed(source, entry.Title is null ? "no title: the feed item has none" : problem) with { FeedItemId = entry.Id, Link = entry.Link };
            }

            return (entry.HasFullText
                ? new SourceItem(source, Result<ParsedArticle>.Success(new ParsedArticle(entry.Title!, outlet, entry.Published, entry.Paragraphs, []) { Url = entry.Link, Byline = entry.Author }))
                : new SourceItem(source, Result<ParsedArticle>.Failure(entry.Link is null
                    ? "the feed carries only a teaser for this item, and no link to the article"
                    : "the feed carries only a teaser for this item: follow links (--follow-links) to fetch the article"), entry.Link))
                with { FeedItemId = entry.Id, Link = entry.Link };
        }).ToList();

        // Items past the limit are not dropped silently: one line says how many were left and why.
        if (feed.Unread > 0)
        {
            items.Add(SourceItem.Failed(
                $"{document.Source}#items-{feed.Entries.Count + 1}-{feed.ItemCount}",
                $"not read: the feed holds {feed.ItemCount:N0} items and at most {FeedReader.MaxEntries:N0} are read from one feed; {feed.Unread:N0} were left"));
        }

        return items;
    }

    /// <summary>The site a feed belongs to: its title before any " - Section" part, else its link's host.</summary>
    private static string? OutletOf(Feed feed)
    {
        var title = feed.Title?.Split([" - ", " | ", " – ", " — ", ": "], 2, StringSplitOptions.TrimEntries)[0];
        return string.IsNullOrWhiteSpace(title) ? ArticleOrigin.SiteOf(feed.Link) : title;
    }
}
