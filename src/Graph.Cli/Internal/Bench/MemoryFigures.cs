using System.Diagnostics;

namespace Graph.Cli.Internal.Bench;

/// <summary>The process's memory at one moment: the managed heap after a full collection, the working set and its peak.</summary>
internal sealed record MemoryFigures(long GcHeapBytes, long WorkingSetBytes, long PeakWorkingSetBytes)
{
    public static MemoryFigures Now()
    {
        // A full, compacting collection first, so that the heap figure is what is really still held.
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        return new MemoryFigures(heap, process.WorkingSet64, process.PeakWorkingSet64);
    }
}
