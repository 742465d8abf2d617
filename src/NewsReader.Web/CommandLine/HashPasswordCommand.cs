using System.Text;
using NewsReader.Web.Accounts;

namespace NewsReader.Web.CommandLine;

/// <summary>
/// `hash-password`: reads the administrator password (twice, without echo, on a terminal; one line from a pipe) and
/// prints its hash and how to configure it. The password is never written anywhere.
/// </summary>
internal static class HashPasswordCommand
{
    public const int MinLength = 10;

    public static async Task<int> RunAsync(CommandConsole console)
    {
        var password = console.IsInteractiveInput ? ReadHidden(console, "Administrator password: ") : await console.In.ReadLineAsync();
        if (console.IsInteractiveInput && password is not null && ReadHidden(console, "Again: ") != password)
        {
            await console.Error.WriteLineAsync("error: the two passwords differ");
            return ExitCodes.InputFailed;
        }

        if (string.IsNullOrEmpty(password) || password.Length < MinLength)
        {
            await console.Error.WriteLineAsync($"error: give a password of at least {MinLength} characters on standard input");
            return ExitCodes.InputFailed;
        }

        var hash = AdminPassword.Hash(password);
        await console.Out.WriteLineAsync(hash);
        await console.Error.WriteLineAsync($"Set it as the environment variable Admin__PasswordHash='{hash}' (or Admin:PasswordHash in appsettings.json) and restart.");
        return ExitCodes.Success;
    }

    private static string ReadHidden(CommandConsole console, string prompt)
    {
        console.Error.Write(prompt);
        var typed = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                typed.Length = Math.Max(0, typed.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }

        console.Error.WriteLine();
        return typed.ToString();
    }
}
