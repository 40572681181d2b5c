namespace Graph.Tests.Support;

/// <summary>
/// A clock that never waits: a timer moves the clock on by its due time and fires at once on the
/// thread pool. Each delay is recorded, and <see cref="OnDelay"/> lets a test act at that moment:
/// returning false keeps the timer from firing, so that a sleep interrupted by Ctrl-C ends only
/// through its cancellation, whichever thread runs first.
/// </summary>
internal sealed class FakeClock : TimeProvider
{
    private readonly Lock _gate = new();
    private DateTimeOffset _now = new(2025, 6, 30, 8, 0, 0, TimeSpan.Zero);
    private readonly List<TimeSpan> _delays = [];

    public Func<int, bool>? OnDelay { get; set; }

    public IReadOnlyList<TimeSpan> Delays
    {
        get
        {
            lock (_gate)
            {
                return [.. _delays];
            }
        }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime == Timeout.InfiniteTimeSpan)
        {
            return new InertTimer();
        }

        int count;
        lock (_gate)
        {
            _delays.Add(dueTime);
            _now += dueTime;
            count = _delays.Count;
        }

        if (OnDelay?.Invoke(count) == false)
        {
            return new InertTimer();
        }

        ThreadPool.QueueUserWorkItem(_ => callback(state));
        return new InertTimer();
    }

    private sealed class InertTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
