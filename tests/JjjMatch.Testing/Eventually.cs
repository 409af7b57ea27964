namespace JjjMatch.Testing;

public static class Eventually
{
    /// <summary>
    /// Polls until <paramref name="condition"/> holds; fails with <paramref name="what"/> and the last value after the
    /// timeout.
    /// </summary>
    public static async Task<T> WaitForAsync<T>(
        Func<Task<T>> probe,
        Func<T, bool> condition,
        TimeSpan timeout,
        string what
    )
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var value = await probe();
            if (condition(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException(
                    $"Gave up after {timeout.TotalSeconds:0}s waiting " + $"for {what}; last value: {Describe(value)}"
                );
            }

            await Task.Delay(200);
        }
    }

    private static string? Describe<T>(T value) =>
        value is System.Collections.ICollection collection ? $"{collection.Count} items" : value?.ToString();
}
