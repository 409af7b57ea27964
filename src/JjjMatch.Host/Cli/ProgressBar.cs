using Spectre.Console;

namespace JjjMatch.Host.Cli;

/// <summary>A progress bar on the terminal (plain lines when output is redirected).</summary>
public static class ProgressBar
{
    public static async Task<T> RunAsync<T>(string title, int total, Func<IProgress<int>, Task<T>> work)
    {
        if (!AnsiConsole.Profile.Capabilities.Interactive)
        {
            Console.WriteLine($"{title}: {total} items");
            var lines = new ProgressLines(title, total, TimeSpan.FromSeconds(5), TimeProvider.System, Console.Out);
            var result = await work(new Counter(lines.Advance));
            Console.WriteLine($"{title}: done");
            return result;
        }

        return await AnsiConsole
            .Progress()
            .Columns(
                new TaskDescriptionColumn(),
                new ProgressBarColumn(),
                new PercentageColumn(),
                new RemainingTimeColumn()
            )
            .StartAsync(async context =>
            {
                var task = context.AddTask(title, maxValue: Math.Max(total, 1));
                return await work(new Counter(step => task.Increment(step)));
            });
    }

    private sealed class Counter(Action<int> step) : IProgress<int>
    {
        public void Report(int value) => step(value);
    }
}
