namespace JjjMatch.Matching.Deals;

/// <summary>
/// Contracts are signed, and reported, by the calendar of China Standard Time (UTC+8, no daylight saving): a match accepted
/// at 01:00 in Beijing was accepted "today" there although it is still yesterday in UTC.
/// </summary>
public static class BeijingTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(utc + Offset);

    public static DateOnly Today(TimeProvider time) => DateOf(time.GetUtcNow().UtcDateTime);

    /// <summary>The UTC instant at which <paramref name="date"/> begins in Beijing.</summary>
    public static DateTime StartOf(DateOnly date) => DateTime.SpecifyKind(date.ToDateTime(TimeOnly.MinValue) - Offset, DateTimeKind.Utc);
}
