using System.Text.Json;
using Graph.Loading;

namespace Graph.Cli.Internal.Loading;

/// <summary>The --report file: the run's <see cref="LoadReport"/> as JSON, with where it went and when.</summary>
internal static class ReportFile
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task WriteAsync(string path, LoadReport report, string target, DateTimeOffset finished, CancellationToken cancellationToken)
    {
        var document = new { target, finished, succeeded = report.Succeeded, report };
        var temporary = path + ".tmp";
        await File.WriteAllTextAsync(temporary, JsonSerializer.Serialize(document, Options), cancellationToken).ConfigureAwait(false);
        File.Move(temporary, path, overwrite: true);
    }
}
