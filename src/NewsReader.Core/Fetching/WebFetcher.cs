using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using NewsReader.Sources;

namespace NewsReader.Fetching;

/// <summary>
/// Fetches one URL for ingestion, defensively: http and https only; the address every hop connects to checked against
/// <see cref="NetworkAddresses.IsPublic"/> unless private addresses are allowed; redirects followed by hand up to a
/// limit; one timeout over the whole fetch; only article and feed media types; the body capped after decompression, so
/// a compression bomb stops at the cap. Every refusal is a <see cref="Result{T}"/> saying why, never an exception.
/// </summary>
public sealed class WebFetcher : IDisposable
{
    private readonly FetchOptions _options;
    private readonly HttpClient _client;

    public WebFetcher(IOptions<FetchOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = TimeSpan.FromSeconds(Math.Min(10, _options.TimeoutSeconds)),
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            UseProxy = _options.UseSystemProxy,
            ConnectCallback = ConnectAsync,
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(_options.UserAgent);
        _client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/markdown;q=0.8,text/plain;q=0.7");
    }

    public async Task<Result<SourceDocument>> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        var fetched = await FetchIfChangedAsync(url, FetchValidators.None, cancellationToken);
        return fetched.Document is { } document ? Result<SourceDocument>.Success(document) : Result<SourceDocument>.Failure(fetched.Error ?? "not fetched");
    }

    /// <summary>
    /// Fetches <paramref name="url"/> unless it is unchanged since the fetch that gave <paramref name="validators"/>
    /// (sent back as <c>If-None-Match</c> and <c>If-Modified-Since</c>; a 304 answer is read no further), under the
    /// same guards as every fetch. A 429 or 503 answer keeps the wait its <c>Retry-After</c> asks for.
    /// </summary>
    public async Task<ConditionalFetch> FetchIfChangedAsync(Uri url, FetchValidators validators, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(validators);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(_options.TimeoutSeconds));
        try
        {
            for (var hop = 0; hop <= _options.MaxRedirects; hop++)
            {
                if (await RefusalOfAsync(url, timeout.Token) is { } refusal)
                {
                    return ConditionalFetch.Failed(refusal);
                }

                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                if (validators.ETag is { } etag)
                {
                    request.Headers.TryAddWithoutValidation("If-None-Match", etag);
                }

                if (validators.LastModified is { } lastModified)
                {
                    request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
                }

                using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                if ((int)response.StatusCode is 301 or 302 or 303 or 307 or 308)
                {
                    if (response.Headers.Location is not { } location)
                    {
                        return ConditionalFetch.Failed($"the server redirected ({(int)response.StatusCode}) without saying where");
                    }

                    url = location.IsAbsoluteUri ? location : new Uri(url, location);
                    continue;
                }

                if (response.StatusCode == HttpStatusCode.NotModified)
                {
                    return new ConditionalFetch(null, null, ValidatorsOf(response, validators), null);
                }

                if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable)
                {
                    return ConditionalFetch.Failed($"the server answered {(int)response.StatusCode} {response.ReasonPhrase}") with { RetryAfter = RetryAfterOf(response) };
                }

                var read = await ReadAsync(url, response, timeout.Token);
                return read.Succeeded ? new ConditionalFetch(read.Value, null, ValidatorsOf(response, FetchValidators.None), null) : ConditionalFetch.Failed(read.Error);
            }

            return ConditionalFetch.Failed($"too many redirects (the limit is {_options.MaxRedirects})");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ConditionalFetch.Failed($"timed out after {_options.TimeoutSeconds} s");
        }
        catch (HttpRequestException ex)
        {
            return ConditionalFetch.Failed(ex.InnerException is RefusedAddressException refused ? refused.Message : $"could not fetch: {ex.Message}");
        }
    }

    /// <summary>The validators a response gives, else those it was asked with (a 304 need not repeat them).</summary>
    private static FetchValidators ValidatorsOf(HttpResponseMessage response, FetchValidators asked)
    {
        var etag = response.Headers.ETag?.ToString();
        var lastModified = response.Content.Headers.LastModified?.ToString("R", CultureInfo.InvariantCulture);
        return etag is null && lastModified is null ? asked : new FetchValidators(etag, lastModified);
    }

    /// <summary>How long a 429 or 503 asks the client to wait, as a delay or a date; null when it does not say.</summary>
    private static TimeSpan? RetryAfterOf(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - DateTimeOffset.UtcNow is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    private async Task<Result<SourceDocument>> ReadAsync(Uri url, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            return Result<SourceDocument>.Failure($"the server answered {(int)response.StatusCode} {response.ReasonPhrase}");
        }

        var type = response.Content.Headers.ContentType;
        if (!SourceFormats.IsSupportedMediaType(type?.MediaType))
        {
            return Result<SourceDocument>.Failure($"not an article or feed: the server sent {type?.MediaType ?? "no content type"}");
        }

        if (response.Content.Headers.ContentLength > _options.MaxBytes)
        {
            return Result<SourceDocument>.Failure(TooLarge());
        }

        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > _options.MaxBytes)
            {
                return Result<SourceDocument>.Failure(TooLarge());
            }

            buffer.Write(chunk, 0, read);
        }

        return Result<SourceDocument>.Success(new SourceDocument(url.AbsoluteUri, buffer.ToArray(), type!.MediaType, type.CharSet?.Trim('"'), url));
    }

    private string TooLarge() => $"too large: over the {_options.MaxBytes:N0}-byte limit";

    /// <summary>Why a URL may not be fetched: its scheme, or (when the host is an address) where it points.</summary>
    private async Task<string?> RefusalOfAsync(Uri url, CancellationToken cancellationToken)
    {
        if (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https"))
        {
            return $"refused: only http and https URLs are fetched, not '{(url.IsAbsoluteUri ? url.Scheme : url.OriginalString)}'";
        }

        if (_options.AllowPrivateAddresses)
        {
            return null;
        }

        try
        {
            var addresses = await AddressesOfAsync(url.DnsSafeHost, cancellationToken);
            return addresses.All(NetworkAddresses.IsPublic) ? null : RefusedAddressException.MessageFor(url.Host);
        }
        catch (SocketException ex)
        {
            return $"could not fetch: {url.Host} does not resolve ({ex.SocketErrorCode})";
        }
    }

    /// <summary>Connects only to addresses the policy allows, so DNS answering differently the second time changes nothing.</summary>
    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = (await AddressesOfAsync(host, cancellationToken))
            .Where(a => _options.AllowPrivateAddresses || _options.UseSystemProxy || NetworkAddresses.IsPublic(a))
            .ToArray();
        if (addresses.Length == 0)
        {
            throw new RefusedAddressException(RefusedAddressException.MessageFor(host));
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static async Task<IPAddress[]> AddressesOfAsync(string host, CancellationToken cancellationToken) =>
        IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);

    public void Dispose() => _client.Dispose();

    private sealed class RefusedAddressException(string message) : IOException(message)
    {
        public static string MessageFor(string host) =>
            $"refused: {host} is a loopback, private or internal address (set Fetching:AllowPrivateAddresses to allow it)";
    }
}
