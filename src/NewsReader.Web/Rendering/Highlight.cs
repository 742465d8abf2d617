using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using NewsReader.Search;

namespace NewsReader.Web.Rendering;

/// <summary>A search snippet as HTML: the text encoded, each matched word wrapped in &lt;mark&gt;.</summary>
public static class Highlight
{
    public static IHtmlContent Snippet(string snippet)
    {
        ArgumentNullException.ThrowIfNull(snippet);
        var encoded = HtmlEncoder.Default.Encode(snippet);
        return new HtmlString(encoded
            .Replace(HtmlEncoder.Default.Encode(FullTextSearch.MarkStart.ToString()), "<mark>", StringComparison.Ordinal)
            .Replace(HtmlEncoder.Default.Encode(FullTextSearch.MarkEnd.ToString()), "</mark>", StringComparison.Ordinal));
    }
}
