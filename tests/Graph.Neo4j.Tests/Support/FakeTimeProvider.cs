namespace Graph.Tests.Support;

/// <summary>
/// A clock that never waits: each timer jumps the clock forward by its due time and fires at once
/// (on the thread pool, as a real timer would). Retry delays and the retry budget are thus measured
/// in fake time, recorded in <see cref="Delays"/>, and tests run without sleeping.
/// </summary>
internal sealed class FakeTimeProvider : TimeProvider
{
    private readonly Lock _gate = new();
    private DateTimeOffset _now = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public List<TimeSpan> Delays { get; } = [];

    /// <summary>Called with each delay before its timer fires (e.g. to bring a server up).</summary>
    public Action<TimeSpan>? OnDelay { get; set; }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (_gate)
        {
            _now += by;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime == Timeout.InfiniteTimeSpan)
        {
            return new InertTimer();
        }

        lock (_gate)
        {
            Delays.Add(dueTime);
            _now += dueTime;
        }

        OnDelay?.Invoke(dueTime);
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
