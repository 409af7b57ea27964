using System.CommandLine;
using JjjMatch.Bench.Quality;
using JjjMatch.Bench.Speed;
using JjjMatch.Bench.Writes;

namespace JjjMatch.Bench;

/// <summary>
/// <c>quality</c> and <c>speed</c>: the matcher's ranking quality on labelled sets, and the speed and scale of the
/// whole matching path.
/// </summary>
public static class BenchCommandLine
{
    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("JjjMatch benchmarks / 京津冀科技成果对接平台基准测试")
        {
            QualityCommand.Create(),
            SpeedCommand.Create(),
            WritesCommand.Create(),
            Notifications.NotificationsBenchCommand.Create(),
        };
        try
        {
            return await root.Parse(args)
                .InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception exception) when (IsUsersToFix(exception))
        {
            // A missing file or a setting the benchmark cannot work with: the message says what to change, a stack
            // trace would not.
            await Console.Error.WriteLineAsync($"error: {exception.Message}");
            return 2;
        }
    }

    /// <summary>Makes a numeric option refuse zero and negative values with a message naming it.</summary>
    public static Option<T> Positive<T>(this Option<T> option)
    {
        ArgumentNullException.ThrowIfNull(option);
        option.Validators.Add(result =>
        {
            if (
                result.GetValueOrDefault<T>() is { } value
                && Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture) <= 0
            )
            {
                result.AddError($"{option.Name} must be above 0.");
            }
        });
        return option;
    }

    private static bool IsUsersToFix(Exception exception) =>
        exception
            is FileNotFoundException
                or DirectoryNotFoundException
                or InvalidOperationException
                or Microsoft.Extensions.Options.OptionsValidationException;
}
