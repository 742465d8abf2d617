using Microsoft.Extensions.Logging;

namespace NewsReader.Storage;

/// <summary>
/// One NewsReader process at a time brings a database file to its schema: an exclusive lock on a file beside it
/// (<c>newsreader.db-startup.lock</c>), held by the operating system, so that it goes when its process goes, however
/// that process ends. A process that finds the lock taken waits, says so once, and tries again.
/// </summary>
internal sealed partial class StartupLock : IDisposable
{
    private static readonly TimeSpan RetryEvery = TimeSpan.FromMilliseconds(200);

    private readonly FileStream _file;

    private StartupLock(FileStream file)
    {
        _file = file;
    }

    public static string PathFor(string databasePath) => databasePath + "-startup.lock";

    public static async Task<StartupLock> AcquireAsync(string databasePath, ILogger logger, CancellationToken cancellationToken)
    {
        var path = PathFor(databasePath);
        var said = false;
        while (true)
        {
            try
            {
                return new StartupLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (File.Exists(path))
            {
                if (!said)
                {
                    LogWaiting(logger, path);
                    said = true;
                }

                await Task.Delay(RetryEvery, cancellationToken);
            }
        }
    }

    public void Dispose() => _file.Dispose();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Waiting for another NewsReader process to finish preparing the database ({LockFile} is held)")]
    private static partial void LogWaiting(ILogger logger, string lockFile);
}
