namespace Graph.Cli.Internal;

/// <summary>What a command needs from the process: the clock, the two writers and the environment variables.</summary>
internal sealed record CliContext(TimeProvider Clock, TextWriter Output, TextWriter Error, Func<string, string?> Environment);
