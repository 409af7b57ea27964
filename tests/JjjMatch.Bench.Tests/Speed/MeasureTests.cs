using JjjMatch.Bench.Speed.Matcher;
using JjjMatch.Bench.Speed.Measure;

namespace JjjMatch.Bench.Tests.Speed;

public sealed class MeasureTests
{
    [Fact]
    public void Process_memory_is_read_from_the_status_text_in_kilobytes()
    {
        const string status =
            "Name:\tdotnet\nVmPeak:\t 9999999 kB\nVmHWM:\t  204800 " + "kB\nVmRSS:\t  102400 kB\nThreads:\t27\n";

        var memory = ProcessMemory.Parse(status)!;

        memory.ResidentMiB.ShouldBe(100);
        memory.PeakResidentMiB.ShouldBe(200);
    }

    [Fact]
    public void A_status_text_without_the_figures_gives_nothing() =>
        ProcessMemory.Parse("Name:\tkthreadd\n").ShouldBeNull();

    [Fact]
    public void This_process_has_a_resident_size_and_a_peak_at_least_as_large()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var memory = ProcessMemory.Read(Environment.ProcessId)!;

        memory.ResidentBytes.ShouldBeGreaterThan(0);
        memory.PeakResidentBytes.ShouldBeGreaterThanOrEqualTo(memory.ResidentBytes);
    }

    [Fact]
    public void Process_cpu_is_user_plus_system_time_even_when_the_name_holds_spaces_and_brackets()
    {
        const string stat = "4242 (dotnet (x) y) S 1 4242 4242 0 -1 4194304 100 0 0 0 250 50 0 0 20 0 30 0 1000 0 0";

        ProcessCpu.Parse(stat).ShouldBe(TimeSpan.FromSeconds(3));
    }

    [Fact]
    public void This_process_has_used_some_cpu()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        ProcessCpu.Read(Environment.ProcessId)!.Value.ShouldBeGreaterThan(TimeSpan.Zero);
    }

    [Fact]
    public void A_steady_rate_spaces_the_starts_evenly()
    {
        SteadyRate.DueAt(0, 20).ShouldBe(TimeSpan.Zero);
        SteadyRate.DueAt(1, 20).ShouldBe(TimeSpan.FromMilliseconds(50));
        SteadyRate.DueAt(20, 20).ShouldBe(TimeSpan.FromSeconds(1));
        Should.Throw<ArgumentOutOfRangeException>(() => SteadyRate.DueAt(1, 0));
    }

    [Fact]
    public async Task A_steady_rate_runs_every_action_once_and_keeps_their_results_in_order()
    {
        var results = await SteadyRate.RunAsync(5, 1000, i => Task.FromResult(i * 10), CancellationToken.None);

        results.ShouldBe([0, 10, 20, 30, 40]);
    }

    [Fact]
    public void Spread_picks_the_same_evenly_spaced_items_every_time()
    {
        var items = Enumerable.Range(0, 100).ToList();

        MatcherPhase.Spread(items, 4).ShouldBe([0, 25, 50, 75]);
        MatcherPhase.Spread(items, 4).ShouldBe(MatcherPhase.Spread(items, 4));
        MatcherPhase.Spread(items, 500).Count.ShouldBe(100);
    }
}
