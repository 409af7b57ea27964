using JjjMatch.Bench.Speed.Http;
using JjjMatch.Bench.Speed.Measure;

namespace JjjMatch.Bench.Tests.Speed;

public sealed class HttpFiguresTests
{
    [Fact]
    public void Cpu_per_request_is_the_cpu_used_in_the_window_divided_by_the_requests_completed_in_it() =>
        HttpFigures.CpuPerRequest(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(13), 10_000).ShouldBe(300);

    [Fact]
    public void Without_requests_or_a_cpu_reading_there_is_no_cpu_per_request()
    {
        HttpFigures.CpuPerRequest(TimeSpan.Zero, TimeSpan.FromSeconds(1), 0).ShouldBeNull();
        HttpFigures.CpuPerRequest(null, TimeSpan.FromSeconds(1), 10).ShouldBeNull();
        HttpFigures.CpuPerRequest(TimeSpan.Zero, null, 10).ShouldBeNull();
    }

    [Fact]
    public void The_service_alone_could_serve_every_core_divided_by_its_cpu_per_request()
    {
        var figures = new HttpFigures("GET", 1000, LatencyStats.Of([1.0]), 0, 32) { ServerCpuMicroseconds = 250 };

        figures.ServiceAloneCapacity!.Value.ShouldBe(Environment.ProcessorCount * 4000, tolerance: 1e-6);
        (figures with { ServerCpuMicroseconds = null }).ServiceAloneCapacity.ShouldBeNull();
    }
}
