using Graph.Cli;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(
    System.Runtime.InteropServices.PosixSignal.SIGTERM, context =>
    {
        context.Cancel = true;
        cancellation.Cancel();
    });
Console.OutputEncoding = System.Text.Encoding.UTF8;
return await GraphApp.RunAsync(args, TimeProvider.System, Console.Out, Console.Error, cancellation.Token);
