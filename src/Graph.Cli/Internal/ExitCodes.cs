namespace Graph.Cli.Internal;

/// <summary>The exit codes the tool documents.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int ArticlesFailed = 1;
    public const int BadUsage = 2;
    public const int StoreFailed = 3;
}
