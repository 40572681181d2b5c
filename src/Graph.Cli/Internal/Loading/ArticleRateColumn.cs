using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Graph.Cli.Internal.Loading;

/// <summary>A progress column showing articles per second.</summary>
internal sealed class ArticleRateColumn : ProgressColumn
{
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
    {
        ArgumentNullException.ThrowIfNull(task);
        var speed = task.Speed;
        return new Spectre.Console.Text(speed is null ? "-- articles/s" : string.Create(CultureInfo.InvariantCulture, $"{speed:0.0} articles/s"));
    }
}
