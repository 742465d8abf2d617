using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Web.TestSupport;

namespace NewsReader.Web.Startup;

public sealed class SecurityHeadersTests : IDisposable
{
    private readonly NewsReaderWebFactory _factory = new();

    [Theory]
    [InlineData("/")]
    [InlineData("/articles/1")]
    [InlineData("/search?q=Gaza")]
    [InlineData("/no-such-page")]
    [InlineData("/css/site.css")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        using var response = await _factory.CreateClient().GetAsync(new Uri(url, UriKind.Relative));

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.Should().Contain("script-src 'self'").And.Contain("frame-ancestors 'none'").And.Contain("object-src 'none'").And.NotContain("unsafe-inline").And.NotContain("unsafe-eval");
        response.Headers.GetValues("X-Content-Type-Options").Single().Should().Be("nosniff");
        response.Headers.GetValues("Referrer-Policy").Single().Should().Be("strict-origin-when-cross-origin");
        response.Headers.GetValues("X-Frame-Options").Single().Should().Be("DENY");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/articles/1")]
    [InlineData("/compare?ids=1,2")]
    [InlineData("/stories")]
    [InlineData("/search?q=Gaza")]
    [InlineData("/account/login")]
    public async Task Pages_use_no_inline_script_or_style_the_policy_would_block(string url)
    {
        var page = await HtmlPage.GetAsync(_factory.CreateClient(), url);

        page.QuerySelectorAll("script:not([src])").Should().BeEmpty();
        page.QuerySelectorAll("style, [style]").Should().BeEmpty();
        page.All.SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.Ordinal)).Should().BeEmpty();
    }

    [Fact]
    public async Task An_error_outside_development_shows_no_stack_trace()
    {
        using var production = _factory.WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.ConfigureServices(services => services.Configure<MvcOptions>(options => options.Filters.Add(new ThrowOnBoom())));
        });

        using var response = await production.CreateClient().GetAsync(new Uri("/?boom=1", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        body.Should().Contain("Something went wrong").And.NotContain("secret detail").And.NotContain("ThrowOnBoom").And.NotContain("   at ");
    }

    /// <summary>A page filter that fails a request asking for it, as a bug in a page would.</summary>
    private sealed class ThrowOnBoom : IPageFilter
    {
        public void OnPageHandlerSelected(PageHandlerSelectedContext context)
        {
        }

        public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
        {
            if (context.HttpContext.Request.Query.ContainsKey("boom") && context.HttpContext.Request.Path != "/Error")
            {
                throw new InvalidOperationException("secret detail");
            }
        }

        public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
        {
        }
    }

    public void Dispose() => _factory.Dispose();
}
