using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using NewsReader.Text;

namespace NewsReader.Web.Rendering;

/// <summary>Text marked with <see cref="TextMarks"/> (a search snippet, a quoted sentence) as HTML: encoded, each marked run in &lt;mark&gt;.</summary>
public static class Highlight
{
    public static IHtmlContent Marked(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var encoded = HtmlEncoder.Default.Encode(text);
        return new HtmlString(encoded
            .Replace(HtmlEncoder.Default.Encode(TextMarks.Start.ToString()), "<mark>", StringComparison.Ordinal)
            .Replace(HtmlEncoder.Default.Encode(TextMarks.End.ToString()), "</mark>", StringComparison.Ordinal));
    }
}
