using Spectre.Console;

namespace Graph.Cli.Internal;

/// <summary>
/// Whether a writer is a terminal a person watches (then the tool draws progress and tables), and
/// Spectre consoles over the tool's own writers so that tests capture what a person would see.
/// </summary>
internal static class Terminal
{
    public static bool IsInteractive(TextWriter writer) =>
        (ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected)
        || (ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected);

    public static IAnsiConsole ConsoleFor(TextWriter writer)
    {
        var interactive = IsInteractive(writer);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        if (!interactive)
        {
            // A redirected table should not wrap at the 80 columns of a terminal nobody sees.
            console.Profile.Width = 240;
        }
        return console;
    }
}
