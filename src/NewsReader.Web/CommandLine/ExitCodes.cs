namespace NewsReader.Web.CommandLine;

internal static class ExitCodes
{
    public const int Success = 0;
    public const int InputFailed = 1;
    public const int BadUsage = 2;
}
