using JjjMatch.BuildingBlocks.Messaging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace JjjMatch.Messaging.Tests;

/// <summary>Consumers and the outbox step aside while callers are answered, but only for Bus:ConsumersYieldFor.</summary>
public sealed class CallersInFlightTests
{
    private readonly FakeTimeProvider time = new();

    [Fact]
    public void Nobody_waiting_means_no_pause()
    {
        Callers(TimeSpan.FromSeconds(1)).PauseAsync(CancellationToken.None).IsCompletedSuccessfully.ShouldBeTrue();
    }

    [Fact]
    public async Task A_pause_lasts_until_the_last_caller_is_answered()
    {
        var callers = Callers(TimeSpan.FromSeconds(1));
        callers.Enter();
        callers.Enter();
        var pause = callers.PauseAsync(CancellationToken.None);

        callers.Leave();
        await Task.Delay(50);
        pause.IsCompleted.ShouldBeFalse();

        callers.Leave();
        await pause.WaitAsync(TimeSpan.FromSeconds(5));
        callers.Count.ShouldBe(0);
    }

    [Fact]
    public async Task Callers_who_never_pause_hold_consumers_back_for_the_yield_time_only()
    {
        var callers = Callers(TimeSpan.FromSeconds(1));
        callers.Enter();
        var pause = callers.PauseAsync(CancellationToken.None);

        time.Advance(TimeSpan.FromMilliseconds(900));
        await Task.Delay(50);
        pause.IsCompleted.ShouldBeFalse();

        time.Advance(TimeSpan.FromMilliseconds(100));
        await pause.WaitAsync(TimeSpan.FromSeconds(5));
        // The busy stretch began over a second ago: later consumers do not wait either, until callers pause once.
        callers.PauseAsync(CancellationToken.None).IsCompletedSuccessfully.ShouldBeTrue();
    }

    [Fact]
    public async Task A_new_busy_stretch_starts_a_new_yield()
    {
        var callers = Callers(TimeSpan.FromSeconds(1));
        callers.Enter();
        time.Advance(TimeSpan.FromSeconds(5));
        callers.Leave();
        callers.Enter();

        var pause = callers.PauseAsync(CancellationToken.None);
        await Task.Delay(50);
        pause.IsCompleted.ShouldBeFalse();
        callers.Leave();
        await pause.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void A_yield_of_zero_never_pauses()
    {
        var callers = Callers(TimeSpan.Zero);
        callers.Enter();
        callers.PauseAsync(CancellationToken.None).IsCompletedSuccessfully.ShouldBeTrue();
    }

    [Fact]
    public async Task A_cancelled_pause_ends_with_the_cancellation()
    {
        var callers = Callers(TimeSpan.FromSeconds(1));
        callers.Enter();
        using var stop = new CancellationTokenSource();
        var pause = callers.PauseAsync(stop.Token);

        await stop.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(() => pause.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    private CallersInFlight Callers(TimeSpan yieldFor) =>
        new(Options.Create(new BusOptions { ConsumersYieldFor = yieldFor }), time);
}
