using System.Net;
using System.Net.Sockets;
using System.Text;

namespace NewsReader.TestSupport;

/// <summary>
/// A raw HTTP/1.1 server on a loopback port, for fetch tests: each path answers with whatever bytes its handler writes
/// (headers included), so tests can send slow drips, compression bombs, redirects and lies about content.
/// </summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Func<string, Stream, CancellationToken, Task>> _routes = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private readonly System.Collections.Concurrent.ConcurrentQueue<(string Path, string Head)> _requests = new();

    public LoopbackServer()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    /// <summary>The requests served so far, in arrival order: each path with its request line and headers.</summary>
    public IReadOnlyList<(string Path, string Head)> Requests => [.. _requests];

    /// <summary>How many requests asked for <paramref name="path"/>.</summary>
    public int RequestsFor(string path) => _requests.Count(r => r.Path == path);

    public Uri Url(string path) => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}{path}");

    public void Map(string path, Func<Stream, CancellationToken, Task> respond) => _routes[path] = (_, stream, ct) => respond(stream, ct);

    /// <summary>Answers with what <paramref name="respond"/> writes, given the request's line and headers.</summary>
    public void Map(string path, Func<string, Stream, CancellationToken, Task> respond) => _routes[path] = respond;

    /// <summary>Answers 200 with the body and content type (and any extra header lines).</summary>
    public void Map(string path, string contentType, byte[] body, string extraHeaders = "") =>
        Map(path, (stream, ct) => WriteAsync(stream, $"HTTP/1.1 200 OK\r\nContent-Type: {contentType}\r\nContent-Length: {body.Length}\r\n{extraHeaders}Connection: close\r\n\r\n", body, ct));

    public void Map(string path, string contentType, string body) => Map(path, contentType, Encoding.UTF8.GetBytes(body));

    public void Redirect(string path, string location) =>
        Map(path, (stream, ct) => WriteAsync(stream, $"HTTP/1.1 302 Found\r\nLocation: {location}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n", [], ct));

    public static async Task WriteAsync(Stream stream, string head, byte[] body, CancellationToken cancellationToken)
    {
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), cancellationToken);
        await stream.WriteAsync(body, cancellationToken);
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var (path, head) = await ReadRequestAsync(stream, _stop.Token);
                if (path is not null)
                {
                    _requests.Enqueue((path, head));
                }

                if (path is not null && _routes.TryGetValue(path, out var respond))
                {
                    await respond(head, stream, _stop.Token);
                }
                else
                {
                    await WriteAsync(stream, "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n", [], _stop.Token);
                }
            }
            catch (Exception ex) when (ex is IOException or OperationCanceledException or SocketException)
            {
                // The client gave up (a timeout under test, say): nothing to answer.
            }
        }
    }

    private static async Task<(string? Path, string Head)> ReadRequestAsync(Stream stream, CancellationToken cancellationToken)
    {
        var head = new StringBuilder();
        var buffer = new byte[1024];
        while (!head.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer, cancellationToken);
            if (read == 0)
            {
                return (null, head.ToString());
            }

            head.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        var parts = head.ToString().Split(' ', 3);
        return (parts.Length >= 2 ? parts[1] : null, head.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }
}
