using System.Globalization;
using Microsoft.AspNetCore.Html;
using NewsReader.Articles;
using NewsReader.Entities;

namespace NewsReader.Web.Rendering;

/// <summary>
/// Article text as HTML: paragraphs, each mention a link to its entity. Text goes through Append, which
/// HTML-encodes it; only the tags written here are markup. Built in code so no template whitespace lands
/// between a name and the punctuation after it.
/// </summary>
public static class ArticleTextMarkup
{
    public static IHtmlContent Render(ArticleTextView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var html = new HtmlContentBuilder();
        foreach (var paragraph in view.Paragraphs)
        {
            html.AppendHtml("<p>");
            foreach (var segment in paragraph)
            {
                if (segment.EntityId is int entityId && view.Entities.TryGetValue(entityId, out var entity))
                {
                    AppendMention(html, segment, entity, view.ColorOf?.Invoke(entityId));
                }
                else
                {
                    html.Append(segment.Text);
                }
            }

            html.AppendHtml("</p>\n");
        }

        return html;
    }

    private static void AppendMention(HtmlContentBuilder html, TextSegment segment, NamedEntity entity, int? color)
    {
        var classes = $"mention kind-{entity.KindName}" + (color is int c ? string.Create(CultureInfo.InvariantCulture, $" hl hl-{c}") : "");
        // Out of the tab order: a long article names dozens, and a keyboard would stop at each on its way past the
        // text; the names are listed once below it, and a pointer still follows them here.
        html.AppendHtml($"<a class=\"{classes}\" href=\"{Links.Entity(entity.Id, entity.Name)}\" tabindex=\"-1\" title=\"");
        html.Append($"{entity.Name} ({entity.KindName})");
        html.AppendHtml("\">");
        html.Append(segment.Text);
        html.AppendHtml("</a>");
    }
}
