using JjjMatch.Host.Cli;

namespace JjjMatch.Host.Tests;

public sealed class ProgressLinesTests
{
    [Fact]
    public void A_line_every_interval_estimates_the_time_left_from_the_rate_so_far()
    {
        var clock = new ManualClock();
        var output = new StringWriter();
        var lines = new ProgressLines("Indexing", 1000, TimeSpan.FromSeconds(5), clock, output);

        clock.Seconds = 1;
        lines.Advance(100);
        output.ToString().ShouldBeEmpty();

        clock.Seconds = 6;
        lines.Advance(100);
        clock.Seconds = 7;
        lines.Advance(100);

        output
            .ToString()
            .ShouldBe("Indexing: 200 of 1,000 (20%), 6s so far, about 24s left / 约剩 24 秒" + Environment.NewLine);
    }

    [Fact]
    public void The_last_item_always_prints_a_line()
    {
        var clock = new ManualClock();
        var output = new StringWriter();
        var lines = new ProgressLines("Indexing", 10, TimeSpan.FromMinutes(1), clock, output);

        clock.Seconds = 2;
        lines.Advance(10);

        output.ToString().ShouldContain("10 of 10 (100%), 2s so far, about 0s left");
    }

    private sealed class ManualClock : TimeProvider
    {
        public double Seconds { get; set; }

        public override long TimestampFrequency => 1000;

        public override long GetTimestamp() => (long)(Seconds * 1000);
    }
}
