using System.Diagnostics;
using Graph.Export;
using Graph.Tests.Support;

using Graph.Facts;

namespace Graph.Tests;

/// <summary>
/// Opens graph.html in headless Chromium through tools/graph-view/check.mjs (Playwright): nodes and
/// edges drawn, a contact type filtered out, an edge clicked and its evidence shown, nothing fetched.
/// Needs Debian's chromium and the npm packages of tools/graph-view; fails saying how to install them.
/// </summary>
public sealed class HtmlGraphPageBrowserTests : IDisposable
{
    private const string Chromium = "/usr/bin/chromium";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "graph-export-html-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Write_PageInHeadlessChromium_DrawsFiltersAndShowsEvidence()
    {
        var tool = Path.Combine(RepoPaths.Root, "tools", "graph-view");
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install it with `apt-get install -y chromium`.");
        Assert.True(Directory.Exists(Path.Combine(tool, "node_modules", "playwright-core")),
            "tools/graph-view/node_modules is missing: run `npm ci --prefix tools/graph-view`.");
        Directory.CreateDirectory(_folder);
        var page = Path.Combine(_folder, "page.html");
        var shot = Path.Combine(_folder, "shot.png");
        HtmlGraphPage.Write(GraphSnapshot.Of(ExportSamples.Articles), ExportSamples.Mapping, page);

        var (exitCode, output) = Run("node", Path.Combine(tool, "check.mjs"), page, shot, "--nodes", "8", "--edges", "8");

        Assert.True(exitCode == 0, $"check.mjs exited with {exitCode}:\n{output}");
        Assert.True(new FileInfo(shot).Length > 10_000, "the screenshot is missing or empty");
    }

    private static (int ExitCode, string Output) Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "check.mjs did not finish within two minutes");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
